"""Rules on the data tables: strategies, projects (ผด.02) and equipment (ผด.02/1)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from .. import schema
from ..findings import Finding, finding
from ..model import Equipment, Plan, Project, Strategy
from ..schema import Kind, Table


def _rows(plan: Plan) -> Iterator[tuple[Table, Strategy | Project | Equipment]]:
    yield from ((schema.STRATEGIES, s) for s in plan.strategies)
    yield from ((schema.PROJECTS, p) for p in plan.projects)
    yield from ((schema.EQUIPMENT, e) for e in plan.equipment)


def _has_column(plan: Plan, table: Table, key: str) -> bool:
    """False when the reader did not find this column (it has reported the missing header)."""
    cols = plan.columns.get(table.key)
    return cols is None or key in cols


def _where(plan: Plan, table: Table, key: str, row: int | None) -> tuple[str, str]:
    return plan.sheet(table), plan.cell(table, key, row)


def strategies_present(plan: Plan) -> list[Finding]:
    if plan.strategies:
        return []
    return [finding("E-NO-STRATEGIES", plan.sheet(schema.STRATEGIES), "A1")]


def projects_present(plan: Plan) -> list[Finding]:
    if plan.projects:
        return []
    return [finding("W-NO-PROJECTS", plan.sheet(schema.PROJECTS), "A1")]


def strategy_codes_unique(plan: Plan) -> list[Finding]:
    seen: dict[str, Strategy] = {}
    out = []
    for s in plan.strategies:
        if s.code is None:
            continue
        first = seen.setdefault(s.code, s)
        if first is not s:
            sheet, cell = _where(plan, schema.STRATEGIES, "code", s.row)
            other = plan.cell(schema.STRATEGIES, "code", first.row)
            out.append(finding("E-STRATEGY-DUPLICATE", sheet, cell, value=s.code, other_cell=other))
    return out


def required_cells(plan: Plan) -> list[Finding]:
    """Every required cell of every row is filled (cells the parser could not read are reported already)."""
    out = []
    for table, item in _rows(plan):
        for column in table.columns:
            if not column.required or column.kind in (Kind.MONTH, Kind.OUTPUT):
                continue
            if getattr(item, column.key) not in (None, "") or not _has_column(plan, table, column.key):
                continue
            sheet, cell = _where(plan, table, column.key, item.row)
            if f"{sheet}!{cell}" not in plan.reported:
                out.append(finding("E-REQUIRED", sheet, cell, header=column.header))
    return out


def _lines(plan: Plan) -> Iterator[tuple[Table, Project | Equipment]]:
    yield from ((schema.PROJECTS, p) for p in plan.projects)
    yield from ((schema.EQUIPMENT, e) for e in plan.equipment)


def budgets_positive(plan: Plan) -> list[Finding]:
    out = []
    for table, item in _lines(plan):
        if item.budget is None or item.budget > 0:
            continue
        sheet, cell = _where(plan, table, "budget", item.row)
        code = "E-BUDGET-NEGATIVE" if item.budget < 0 else "W-BUDGET-ZERO"
        out.append(finding(code, sheet, cell, value=f"{item.budget:,.2f}"))
    return out


def months_present(plan: Plan) -> list[Finding]:
    """Each project and equipment item runs in at least one month of the fiscal year."""
    out = []
    first_month = f"m{schema.FISCAL_MONTHS[0]:02d}"
    for table, item in _lines(plan):
        if item.months:
            continue
        sheet, cell = _where(plan, table, first_month, item.row)
        period_cell = f"{sheet}!{plan.cell(table, 'period', item.row)}"
        if period_cell not in plan.reported:
            out.append(finding("E-MONTHS-NONE", sheet, cell, row=item.row or ""))
    return out


def strategies_known(plan: Plan) -> list[Finding]:
    if not plan.strategies:
        return []  # strategies_present has said it
    known = plan.strategy_by_code
    out = []
    for p in plan.projects:
        if p.strategy is not None and p.strategy not in known:
            sheet, cell = _where(plan, schema.PROJECTS, "strategy", p.row)
            out.append(finding("E-STRATEGY-UNKNOWN", sheet, cell, value=p.strategy))
    return out


def _unknown_values(
    plan: Plan, table: Table, items: Iterable[Project | Equipment], key: str, list_name: str, code: str
) -> list[Finding]:
    known = set(plan.list_items(list_name))
    out = []
    for item in items:
        value = getattr(item, key)
        if value is not None and value not in known:
            sheet, cell = _where(plan, table, key, item.row)
            out.append(finding(code, sheet, cell, value=value))
    return out


def plan_areas_known(plan: Plan) -> list[Finding]:
    """แผนงาน are from the list (known variants were made standard by the parser, with a warning)."""
    return _unknown_values(
        plan, schema.PROJECTS, plan.projects, "plan_area", schema.LIST_PLAN_AREAS, "E-PLAN-AREA-UNKNOWN"
    ) + _unknown_values(
        plan, schema.EQUIPMENT, plan.equipment, "plan_area", schema.LIST_PLAN_AREAS, "E-PLAN-AREA-UNKNOWN"
    )


def equipment_categories_known(plan: Plan) -> list[Finding]:
    return _unknown_values(
        plan, schema.EQUIPMENT, plan.equipment, "category", schema.LIST_EQUIPMENT_CATEGORIES, "E-CATEGORY-UNKNOWN"
    )


def _sources(plan: Plan, table: Table, items: Iterable[Project | Equipment]) -> list[Finding]:
    """Sources from the list pass; a spelling that clearly is a standard entry is one info per spelling (real
    plans write "ข้อบัญญัติ 2568" on every row); only text no one can place warns."""
    from ..names.sources import match_source

    known = set(plan.list_items(schema.LIST_SOURCES))
    variants: dict[str, tuple[str, str, int]] = {}  # typed text → (standard, first cell, rows)
    out = []
    sheet = plan.sheet(table)
    for item in items:
        value = item.source
        if value is None or value in known:
            continue
        cell = plan.cell(table, "source", item.row)
        standard = match_source(value, plan.settings.org_kind).standard
        if standard is None:
            out.append(finding("W-SOURCE-UNKNOWN", sheet, cell, value=value))
        elif value in variants:
            std, first, n = variants[value]
            variants[value] = (std, first, n + 1)
        else:
            variants[value] = (standard, cell, 1)
    for value, (standard, cell, n) in variants.items():
        out.append(finding("I-SOURCE-VARIANT", sheet, cell, value=value, standard=standard, more=n - 1))
    return out


def money_sources_known(plan: Plan) -> list[Finding]:
    return _sources(plan, schema.PROJECTS, plan.projects) + _sources(plan, schema.EQUIPMENT, plan.equipment)


def funders_known(plan: Plan) -> list[Finding]:
    """The own/other-agency column holds one of its two values (or nothing)."""
    from ..names.sources import funder_own

    out = []
    for p in plan.projects:
        if p.funder and funder_own(p.funder) is None:
            sheet, cell = _where(plan, schema.PROJECTS, "funder", p.row)
            out.append(
                finding(
                    "W-FUNDER-UNKNOWN", sheet, cell, value=p.funder, own=schema.FUNDER_OWN, other=schema.FUNDER_OTHER
                )
            )
    return out


def _norm(text: str | None) -> str:
    return schema.normalise_header(text)


def _duplicates(plan: Plan, table: Table, items: Iterable, key_of, code: str) -> list[Finding]:
    seen: dict[tuple, int | None] = {}
    out = []
    for item in items:
        key = key_of(item)
        if not key[0]:
            continue
        if key in seen:
            sheet, cell = _where(plan, table, "budget" if table is schema.EQUIPMENT else "name", item.row)
            out.append(finding(code, sheet, cell, row=item.row or "", other_row=seen[key] or ""))
        else:
            seen[key] = item.row
    return out


def _every_field(item: Project | Equipment, keys: Iterable[str]) -> tuple:
    values = (getattr(item, k) for k in keys)
    return tuple(_norm(v) if isinstance(v, str) else v for v in values)


_PROJECT_FIELDS = ("name", "strategy", "plan_area", "activity", "budget", "location", "agency", "source", "months")
_EQUIPMENT_FIELDS = ("item", "category", "plan_area", "detail", "budget", "location", "agency", "source", "months")


def no_duplicate_projects(plan: Plan) -> list[Finding]:
    """The same project typed twice: every field the same. One building funded from two sources, or a name used
    twice with different budgets, is two lines of the plan (domain §3)."""
    return _duplicates(
        plan, schema.PROJECTS, plan.projects, lambda p: _every_field(p, _PROJECT_FIELDS), "W-DUPLICATE-PROJECT"
    )


def no_duplicate_equipment(plan: Plan) -> list[Finding]:
    return _duplicates(
        plan, schema.EQUIPMENT, plan.equipment, lambda e: _every_field(e, _EQUIPMENT_FIELDS), "W-DUPLICATE-EQUIPMENT"
    )
