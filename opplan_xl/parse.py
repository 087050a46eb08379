"""Raw tables → Plan, with a finding (sheet!cell) for every value the parser cannot take.

A value that cannot be taken becomes ``None`` in the plan and its address goes to ``Plan.reported``,
so the rules, which run next, report each mistake once. Nothing here raises on bad input.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from . import schema, thai
from .findings import Finding, finding
from .model import Amendment, Change, Equipment, Holiday, Paragraph, Plan, Project, Settings, Strategy
from .schema import Kind, Table
from .versions.fields import history_column
from .xlsx.cells import column_letter
from .xlsx.raw import CellError, RawBook, RawRow, RawTable

# Month-grid values that plainly mean "runs this month"; anything else non-empty counts too, with a warning.
_KNOWN_MARKS = frozenset({"✓", "✔", "☑", "/", "x", "*", "1", "●", "•", "■", "→", "←", "↔", "⟶", "ü", "p", "a", "true"})


# Differences below this are binary-float noise (0.1 + 0.2), not satang typed too finely.
_FLOAT_NOISE = Decimal("0.000001")


class _Context:
    """Collects findings and the addresses already reported while one workbook is parsed."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.findings: list[Finding] = []

    def report(self, code: str, sheet: str, cell: str, **params: object) -> None:
        self.findings.append(finding(code, sheet, cell, **params))
        self.plan.reported.add(f"{sheet}!{cell}")


# --------------------------------------------------------------------------------------------------
# single values
# --------------------------------------------------------------------------------------------------


def _shown(value: object) -> str:
    """How a raw value is quoted back to the user in a message."""
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()[:10]
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime):
        value = value.date()
    s = str(value).strip()
    return s or None


def _code(value: object) -> str | None:
    """Strategy codes: 1, 1.0, "1", "๑" and " 1 " are all "1"."""
    s = _text(value)
    return thai.to_arabic_digits(s) if s else None


def _date(ctx: _Context, sheet: str, cell: str, field: str, value: object) -> dt.date | None:
    try:
        d = thai.parse_date(value)
    except thai.ImpossibleDate as exc:
        ctx.report("E-DATE-IMPOSSIBLE", sheet, cell, field=field, value=_shown(value), reason=exc.reason)
        return None
    except thai.ThaiParseError:
        ctx.report("E-DATE-NOT-DATE", sheet, cell, field=field, value=_shown(value))
        return None
    if d.year >= 2400:
        try:
            fixed = d.replace(year=d.year - 543)
        except ValueError:  # 29 Feb in a year that is not leap after the shift
            fixed = dt.date(d.year - 543, d.month, 28)
        ctx.report(
            "E-DATE-BE-AS-CE",
            sheet,
            cell,
            field=field,
            year=d.year,
            suggestion=fixed.isoformat(),
            suggestion_text=fixed,
        )
        return None
    return d


def _amount(ctx: _Context, sheet: str, cell: str, value: object) -> Decimal | None:
    try:
        amount = thai.parse_amount(value, limit=schema.MAX_AMOUNT)
    except thai.AmountTooLarge:
        ctx.report("E-BUDGET-TOO-LARGE", sheet, cell, value=_shown(value), limit=f"{schema.MAX_AMOUNT:,}")
        return None
    except thai.ThaiParseError:
        ctx.report("E-BUDGET-NOT-NUMBER", sheet, cell, value=_shown(value))
        return None
    # Taken, but Excel's own ผด.01 formulas would disagree with the program: SUMIFS skips text, and sums
    # the unrounded number.
    if isinstance(value, str) and amount:
        ctx.findings.append(finding("W-BUDGET-TEXT", sheet, cell, value=value, amount=f"{amount:,.2f}"))
    elif isinstance(value, float) and abs(Decimal(repr(value)) - amount) > _FLOAT_NOISE:
        ctx.findings.append(finding("W-BUDGET-SATANG", sheet, cell, value=repr(value), amount=f"{amount:,.2f}"))
    return amount


def _bool(ctx: _Context, sheet: str, cell: str, field: str, value: object) -> bool | None:
    if isinstance(value, bool):
        return value
    s = (_text(value) or "").lower().replace(" ", "")
    if s in {"ใช่", "yes", "y", "true", "1", "ใช้", "มี"}:
        return True
    if s in {"ไม่ใช่", "no", "n", "false", "0", "ไม่ใช้", "ไม่", "ไม่มี"}:
        return False
    ctx.report("E-BOOL-NOT-YESNO", sheet, cell, field=field, value=_shown(value))
    return None


def _int(ctx: _Context, sheet: str, cell: str, field: str, value: object) -> int | None:
    try:
        number = thai.parse_amount(value)
    except thai.ThaiParseError:
        number = None
    if number is None or number != number.to_integral_value():
        ctx.report("E-INT-NOT-NUMBER", sheet, cell, field=field, value=_shown(value))
        return None
    return int(number)


def _year(ctx: _Context, sheet: str, cell: str, value: object) -> int | None:
    try:
        year = thai.parse_year(value)
    except thai.ThaiParseError:
        ctx.report("E-YEAR-NOT-YEAR", sheet, cell, value=_shown(value))
        return None
    if 1900 <= year < 2400:
        ctx.report("E-YEAR-IS-CE", sheet, cell, value=year, suggestion=year + 543)
        return None
    if not 2400 <= year <= 2800:
        ctx.report("E-YEAR-NOT-YEAR", sheet, cell, value=_shown(value))
        return None
    return year


def _kept(value: object) -> object:
    """A value the parser could not take, as it is kept in the plan for rebuilt workbooks (errors as text)."""
    return str(value) if isinstance(value, CellError) else value


def _is_mark(value: object) -> bool:
    if value is None or value is False:
        return False
    if value is True:
        return True
    return schema.normalise_header(value) not in schema.MONTH_NO_MARKS


# --------------------------------------------------------------------------------------------------
# settings
# --------------------------------------------------------------------------------------------------


def _parse_settings(raw: RawBook, ctx: _Context) -> Settings:
    sheet = raw.settings_sheet
    values: dict[str, object] = {}
    unparsed: dict[str, object] = {}
    for setting in schema.SETTINGS:
        rs = raw.settings.get(setting.key)
        if rs is None or rs.address is None:
            continue
        ctx.plan.setting_cells[setting.key] = rs.address
        value, cell = rs.value, rs.address
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        if isinstance(value, CellError):
            ctx.report(value.finding or "E-CELL-ERROR", sheet, cell, value=str(value))
            unparsed[setting.key] = _kept(value)
            continue
        parsed: object
        if setting.kind is Kind.DATE:
            parsed = _date(ctx, sheet, cell, setting.label, value)
        elif setting.kind is Kind.YEAR:
            parsed = _year(ctx, sheet, cell, value)
        elif setting.kind is Kind.BOOL:
            parsed = _bool(ctx, sheet, cell, setting.label, value)
        elif setting.kind is Kind.INT:
            parsed = _int(ctx, sheet, cell, setting.label, value)
        else:
            parsed = _text(value)
        if parsed is not None:
            values[setting.key] = parsed
        else:
            unparsed[setting.key] = _kept(value)
    holidays = _parse_holidays(raw, ctx)
    return Settings(**values, extra_holidays=holidays, unparsed=unparsed)


def _parse_holidays(raw: RawBook, ctx: _Context) -> list[Holiday]:
    table = raw.tables.get(schema.HOLIDAYS_TABLE.key)
    if table is None:
        return []
    out = []
    date_col = schema.HOLIDAYS_TABLE.column("date")
    for row in table.rows:
        value = row.values.get("date")
        cell = _address(table, "date", row.row)
        if value is None:
            continue
        if isinstance(value, CellError):
            ctx.report(value.finding or "E-CELL-ERROR", table.sheet, cell, value=str(value))
            continue
        d = _date(ctx, table.sheet, cell, date_col.header, value)
        if d is not None:
            out.append(Holiday(date=d, name=_text(row.values.get("name")) or "", row=row.row))
    return out


# --------------------------------------------------------------------------------------------------
# tables
# --------------------------------------------------------------------------------------------------


def _address(table: RawTable, key: str, row: int) -> str:
    return f"{column_letter(table.columns[key])}{row}"


@dataclass(frozen=True)
class _Col:
    """A data column as found in one sheet: where it is and how to parse it."""

    key: str
    kind: Kind
    header: str
    letter: str


# Parsers for non-text kinds: (ctx, sheet, cell, header, value) → typed value or None (reported).
_PARSERS: dict[Kind, Callable[[_Context, str, str, str, object], object]] = {
    Kind.AMOUNT: lambda ctx, sheet, cell, _h, v: _amount(ctx, sheet, cell, v),
    Kind.DATE: _date,
    Kind.INT: _int,
    Kind.BOOL: _bool,
    Kind.YEAR: lambda ctx, sheet, cell, _h, v: _year(ctx, sheet, cell, v),
    Kind.CODE: lambda _c, _s, _cell, _h, v: _code(v),
    Kind.VALUE: lambda _c, _s, _cell, _h, v: v,  # typed later by the column it is a value of (_type_history)
}


def _columns(table: RawTable) -> tuple[list[_Col], list[tuple[int, _Col]]]:
    """The table's data columns present in the sheet: (value columns, month columns in fiscal order)."""
    values, months = [], []
    for c in table.table.data_columns:
        if c.key in table.columns:
            col = _Col(c.key, c.kind, c.header, column_letter(table.columns[c.key]))
            (months if c.kind is Kind.MONTH else values).append(col)
    month_cols = sorted(((int(c.key[1:]), c) for c in months), key=lambda mc: schema.FISCAL_MONTHS.index(mc[0]))
    return values, month_cols


def _month_marks(
    months: list[tuple[int, _Col]], row: RawRow, sheet: str, ctx: _Context, unparsed: dict[str, object]
) -> list[int]:
    marked = []
    for month, col in months:
        value = row.values.get(col.key)
        if value is None:
            continue
        if value == schema.MONTH_MARK or value is True:
            marked.append(month)
        elif isinstance(value, CellError):
            ctx.report(value.finding or "E-CELL-ERROR", sheet, f"{col.letter}{row.row}", value=str(value))
            unparsed[col.key] = _kept(value)
        elif _is_mark(value):
            marked.append(month)
            if schema.normalise_header(value) not in _KNOWN_MARKS:
                ctx.report("W-MONTH-MARK-UNCLEAR", sheet, f"{col.letter}{row.row}", value=_shown(value))
    return marked


def _cell_values(
    table: RawTable,
    columns: tuple[list[_Col], list[tuple[int, _Col]]],
    row: RawRow,
    ctx: _Context,
    fiscal_year: int | None,
) -> dict[str, object]:
    """Typed values of one row for every data column that is present, months gathered into ``months``."""
    out: dict[str, object] = {}
    unparsed: dict[str, object] = {}  # what could not be taken, kept as it was (see Settings.unparsed)
    sheet = table.sheet
    value_cols, month_cols = columns
    for col in value_cols:
        value = row.values.get(col.key)
        if value is None:
            continue
        if isinstance(value, CellError):
            ctx.report(value.finding or "E-CELL-ERROR", sheet, f"{col.letter}{row.row}", value=str(value))
            unparsed[col.key] = _kept(value)
            continue
        if col.kind is Kind.TEXT or col.kind is Kind.PERIOD:
            text = value if type(value) is str else _text(value)
            if text:
                out[col.key] = text
            continue
        parsed = _PARSERS[col.kind](ctx, sheet, f"{col.letter}{row.row}", col.header, value)
        if parsed is not None:
            out[col.key] = parsed
        else:
            unparsed[col.key] = value
    if unparsed:
        out["unparsed"] = unparsed
    if not month_cols and not table.table.has_months:
        return out
    marked = _month_marks(month_cols, row, sheet, ctx, unparsed)
    if unparsed:
        out["unparsed"] = unparsed
    period = out.get("period")
    if isinstance(period, str):
        _apply_period(table, row, ctx, fiscal_year, period, marked, out)
    else:
        out["months"] = tuple(marked)
    return out


def _apply_period(
    table: RawTable,
    row: RawRow,
    ctx: _Context,
    fiscal_year: int | None,
    period: str,
    marked: list[int],
    out: dict[str, object],
) -> None:
    """Months from the period text when no month is marked; a warning when both are given and differ."""
    cell = _address(table, "period", row.row)
    out["months"] = tuple(marked)
    if fiscal_year is None:
        return
    try:
        from_text = thai.parse_period(period, fiscal_year)
    except thai.PeriodOutsideFiscalYear:
        ctx.report(
            "E-MONTHS-OUTSIDE-FY", table.sheet, cell, value=period, fiscal_year=fiscal_year, start_year=fiscal_year - 1
        )
        return
    except thai.ThaiParseError:
        ctx.report("E-PERIOD-UNREADABLE", table.sheet, cell, value=period)
        return
    if not marked:
        out["months"] = tuple(from_text)
    elif set(from_text) != set(marked):
        ctx.findings.append(finding("W-MONTHS-PERIOD-MISMATCH", table.sheet, cell, row=row.row, value=period))


def _parse_rows(raw: RawBook, key: str, ctx: _Context, fiscal_year: int | None, model: type) -> list:
    table = raw.tables.get(key)
    if table is None:
        return []
    ctx.plan.columns[key] = {k: column_letter(i) for k, i in table.columns.items()}
    columns = _columns(table)
    return [model(**_cell_values(table, columns, row, ctx, fiscal_year), row=row.row) for row in table.rows]


def _standardise_plan_areas(items: list[Project] | list[Equipment], table: Table, plan: Plan, ctx: _Context) -> None:
    """Known variants of แผนงาน names (extra spaces, old spellings) become the standard name, with a warning."""
    known = plan.list_items(schema.LIST_PLAN_AREAS)
    by_norm = {schema.normalise_header(a): a for a in known}
    by_norm.update({schema.normalise_header(v): s for v, s in schema.PLAN_AREA_VARIANTS.items()})
    sheet = plan.sheet(table)
    for item in items:
        value = item.plan_area
        if value is None or value in known:
            continue
        standard = by_norm.get(schema.normalise_header(value))
        if standard:
            cell = plan.cell(table, "plan_area", item.row)
            ctx.findings.append(finding("W-PLAN-AREA-VARIANT", sheet, cell, value=value, standard=standard))
            item.plan_area = standard


def _typed(ctx: _Context, sheet: str, cell: str, column: schema.Column, value: object) -> object:
    if column.kind is Kind.MONTH:  # an empty month cell is "does not run this month"
        return _is_mark(value)
    if value is None:
        return None
    if column.kind in (Kind.TEXT, Kind.PERIOD):
        return _text(value)
    return _PARSERS[column.kind](ctx, sheet, cell, column.header, value)


def _type_history(raw: RawBook, plan: Plan, ctx: _Context) -> None:
    """The history's เดิม / แก้ไขเป็น values typed like the column each row names; field headers → column keys."""
    table = raw.tables.get("history")
    if table is None:
        return
    for change in plan.history:
        found = history_column(change.field, change.row_id)
        if found is None:
            if change.field is not None:
                ctx.report(
                    "E-HISTORY-FIELD-UNKNOWN", table.sheet, _address(table, "field", change.row), value=change.field
                )
            continue
        data_table, key = found
        change.field = key
        column = data_table.column(key)
        for side in ("old", "new"):
            if side in table.columns:
                cell = _address(table, side, change.row)
                setattr(change, side, _typed(ctx, table.sheet, cell, column, getattr(change, side)))


# --------------------------------------------------------------------------------------------------
# the whole book
# --------------------------------------------------------------------------------------------------


def parse(raw: RawBook) -> tuple[Plan, list[Finding]]:
    """Turn raw tables into a Plan; findings for everything that could not be taken as it stands."""
    plan = Plan(source_path=raw.path)
    ctx = _Context(plan)
    ctx.findings.extend(raw.findings)
    for key, table in raw.tables.items():
        plan.table_sheets[key] = table.sheet
    plan.table_sheets["settings"] = raw.settings_sheet
    plan.settings = _parse_settings(raw, ctx)
    fiscal_year = plan.settings.fiscal_year
    plan.extra_list_items = {name: list(items) for name, items in raw.lists.items() if items}
    plan.strategies = _parse_rows(raw, "strategies", ctx, fiscal_year, Strategy)
    plan.projects = _parse_rows(raw, "projects", ctx, fiscal_year, Project)
    plan.equipment = _parse_rows(raw, "equipment", ctx, fiscal_year, Equipment)
    plan.amendments = _parse_rows(raw, "amendments", ctx, fiscal_year, Amendment)
    plan.history = _parse_rows(raw, "history", ctx, fiscal_year, Change)
    _type_history(raw, plan, ctx)
    plan.paragraphs = _parse_rows(raw, "paragraphs", ctx, fiscal_year, Paragraph)
    _standardise_plan_areas(plan.projects, schema.PROJECTS, plan, ctx)
    _standardise_plan_areas(plan.equipment, schema.EQUIPMENT, plan, ctx)
    plan.other_text = list(raw.other_text)
    return plan, ctx.findings
