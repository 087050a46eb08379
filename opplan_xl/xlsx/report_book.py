"""The monitoring report as a new .xlsx: the tables of :func:`~opplan_xl.monitoring.report.progress_report` on
their own sheets, with native charts.

Built fresh with openpyxl (never a load-and-save of the .xlsm). Sheets, in order:

1. สรุปตามยุทธศาสตร์: the title lines, the reconciliation line a reviewer checks against ผด.01, then one row per
   ยุทธศาสตร์ (its totals: ``SUBTOTAL(9, …)`` of its แผนงาน rows below it), the แผนงาน rows (values), "รวมโครงการ"
   (``SUBTOTAL(9, …)`` of the whole block: the strategy rows' own subtotals are skipped, so every pair counts once),
   the equipment row and "รวมทั้งสิ้น". Columns: projects, budget, count and amount for each of the five statuses,
   contracted, disbursed, % disbursed (a formula on every row).
2. สรุปตามหน่วยงาน: the same columns per agency (projects and equipment), with a ``SUM`` total row.
3. รายการโครงการ: every project and equipment item with its status, contract, disbursement and note; ``SUM`` totals.
4. ปัญหา อุปสรรค: the notes (ปัญหา อุปสรรค และข้อเสนอแนะ), or the explicit "ไม่มี".
5. ยกเลิกและกันเงิน: the cancelled and carried-over items (for the next amendment or next year's plan), or "ไม่มี".
6. แผนภูมิ: the charts' data and three native charts: budget share by ยุทธศาสตร์ (pie), cumulative planned against
   disbursed by fiscal month (line), status by หน่วยงาน (stacked bar).

Every formula carries the value Python computed for it (:func:`~opplan_xl.xlsx.cached.remember`), so a viewer that
never recalculates shows the report's figures; LibreOffice recalculating them gets the same totals (the tests).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from .. import messages, schema
from ..thai import THAI_MONTHS_SHORT, format_amount, format_date, format_int
from .cached import remember
from .cells import column_letter
from .kit import add_sheets, new_workbook, print_setup, put, xlsx_bytes
from .styles import GREEN, RED, TOTAL_FILL, YELLOW, Styles, colour_when_equal

if TYPE_CHECKING:  # pragma: no cover
    from openpyxl.worksheet.worksheet import Worksheet

    from ..model import Plan
    from ..monitoring.report import Group, Line, ProgressReport

__all__ = ["SHEET_KEYS", "report_book_bytes", "sheet_names"]

SHEET_KEYS = ("strategies", "agencies", "lines", "problems", "follow_up", "charts")
STATUSES = schema.PROGRESS_STATUSES
STATUS_COLOURS = (
    (schema.PROGRESS_DONE, GREEN),
    (schema.PROGRESS_IN_PROGRESS, YELLOW),
    (schema.PROGRESS_CANCELLED, RED),
    (schema.PROGRESS_CARRIED, RED),
)
ZERO = Decimal("0.00")

# The summary sheets: A label, B items, C budget, D… (count, amount) per status, then contract, disbursed, %.
_FIRST_STATUS_COL = 4
_CONTRACT_COL = _FIRST_STATUS_COL + 2 * len(STATUSES)  # N
_DISBURSED_COL = _CONTRACT_COL + 1  # O
_PCT_COL = _DISBURSED_COL + 1  # P
_SUMMARY_HEADER = 6  # two header rows: 6 (groups) and 7 (count / amount)
_SUMMARY_FIRST = _SUMMARY_HEADER + 2
_LIST_HEADER = 4


def t(key: str, **params: object) -> str:
    return messages.text(key, **params)


def sheet_names() -> list[str]:
    """The report's sheet names, in order (from the catalogue)."""
    return [t(f"rb.sheet.{k}") for k in SHEET_KEYS]


# ------------------------------------------------------------------------------------------------------ pieces


class _Look:
    """The styles of the report: the workbook's own (TH Sarabun New) plus number formats and fills."""

    def __init__(self) -> None:
        from openpyxl.styles import Alignment, Border, PatternFill, Side

        self.s = Styles()
        self.total_fill = PatternFill("solid", fgColor=TOTAL_FILL)
        self.group_fill = PatternFill("solid", fgColor="EDEDED")
        thin = Side(style="thin", color="808080")
        self.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        self.indent = Alignment(indent=1, wrap_text=True, vertical="top")


def _header(ws: Worksheet, look: _Look, row: int, col: int, text: str, end_row: int | None = None,
            end_col: int | None = None) -> None:  # fmt: skip
    cell = ws.cell(row, col)
    put(cell, text)
    cell.font = look.s.bold
    cell.alignment = look.s.centre_wrap
    cell.fill = look.s.heading_fill
    cell.border = look.border
    if end_row or end_col:
        r2, c2 = end_row or row, end_col or col
        for r in range(row, r2 + 1):
            for c in range(col, c2 + 1):
                other = ws.cell(r, c)
                other.border = look.border
                other.fill = look.s.heading_fill
        ws.merge_cells(start_row=row, start_column=col, end_row=r2, end_column=c2)


def _amount(cell, value: Decimal | None) -> None:
    cell.value = value
    cell.number_format = schema.FMT_AMOUNT


def _count(cell, value: int) -> None:
    cell.value = value
    cell.number_format = schema.FMT_INT


def _titles(ws: Worksheet, look: _Look, plan: Plan, report: ProgressReport, sheet_title: str) -> None:
    """Rows 1–3: the report's title, the organisation, the date and version; the sheet's own title in row 1."""
    fy = report.fiscal_year
    rnd = t(f"rb.round.{report.round}") if report.round else ""
    title = t("rb.title", year=fy, round=rnd) if fy else t("rb.title.no_year", round=rnd)
    version = t("rb.version.amended", n=report.version) if report.version else t("rb.version.first")
    lines = [
        (f"{title}: {sheet_title}", look.s.title),
        (_org_line(plan), look.s.bold),
        (t("rb.as_of", date=format_date(report.as_of, "long", thai_digits=False), version=version), look.s.base),
    ]
    for i, (text, font) in enumerate(lines, 1):
        cell = ws.cell(i, 1)
        put(cell, text)
        cell.font = font


def _org_line(plan: Plan) -> str:
    s = plan.settings
    parts = [s.org_full_name]
    district = (s.district or "").strip().removeprefix(schema.ORG_LINE_DISTRICT).strip()
    province = (s.province or "").strip().removeprefix(schema.ORG_LINE_PROVINCE).strip()
    if district and (s.org_kind or "").strip() != schema.ORG_KINDS[-1]:
        parts.append(f"{schema.ORG_LINE_DISTRICT}{district}")
    if province:
        parts.append(f"{schema.ORG_LINE_PROVINCE}{province}")
    return " ".join(p for p in parts if p)


def reconciliation_line(report: ProgressReport) -> str:
    """The line a reviewer checks: the report's totals against ผด.01's roll-up of the same view."""
    r = report.reconciliation
    key = "rb.reconciliation.ok" if r.ok else "rb.reconciliation.differs"
    return t(
        key,
        plan_projects=format_int(r.plan_projects),
        plan_budget=format_amount(r.plan_budget),
        plan_equipment=format_int(r.plan_equipment),
        plan_equipment_budget=format_amount(r.plan_equipment_budget),
        report_projects=format_int(r.report_projects),
        report_budget=format_amount(r.report_budget),
        report_equipment=format_int(r.report_equipment),
        report_equipment_budget=format_amount(r.report_equipment_budget),
    )


# --------------------------------------------------------------------------------------------- summary sheets


def _summary_header(ws: Worksheet, look: _Look, first_label: str) -> None:
    h = _SUMMARY_HEADER
    _header(ws, look, h, 1, first_label, end_row=h + 1)
    _header(ws, look, h, 2, t("rb.col.items"), end_row=h + 1)
    _header(ws, look, h, 3, t("rb.col.budget"), end_row=h + 1)
    for i, status in enumerate(STATUSES):
        col = _FIRST_STATUS_COL + 2 * i
        _header(ws, look, h, col, status, end_col=col + 1)
        _header(ws, look, h + 1, col, t("rb.col.count"))
        _header(ws, look, h + 1, col + 1, t("rb.col.amount"))
    _header(ws, look, h, _CONTRACT_COL, t("rb.col.contract"), end_row=h + 1)
    _header(ws, look, h, _DISBURSED_COL, t("rb.col.disbursed"), end_row=h + 1)
    _header(ws, look, h, _PCT_COL, t("rb.col.disbursed_pct"), end_row=h + 1)
    ws.row_dimensions[h].height = 42
    ws.column_dimensions["A"].width = 46
    for col in range(2, _PCT_COL + 1):
        amount = col == 3 or col >= _CONTRACT_COL or (col >= _FIRST_STATUS_COL and (col - _FIRST_STATUS_COL) % 2)
        ws.column_dimensions[column_letter(col)].width = 16 if amount else 9
    ws.column_dimensions[column_letter(_PCT_COL)].width = 11
    ws.freeze_panes = ws.cell(_SUMMARY_FIRST, 2)
    print_setup(ws, None)
    ws.print_title_rows = f"{h}:{h + 1}"


def _group_values(g: Group) -> dict[int, object]:
    """Column → value of one summary row (without the % column)."""
    out: dict[int, object] = {2: g.items, 3: g.budget}
    for i, c in enumerate(g.by_status):
        out[_FIRST_STATUS_COL + 2 * i] = c.items
        out[_FIRST_STATUS_COL + 2 * i + 1] = c.budget
    out[_CONTRACT_COL] = g.contract
    out[_DISBURSED_COL] = g.disbursed
    return out


def _is_count_col(col: int) -> bool:
    return col == 2 or (_FIRST_STATUS_COL <= col < _CONTRACT_COL and (col - _FIRST_STATUS_COL) % 2 == 0)


def _summary_row(ws: Worksheet, look: _Look, row: int, label: str, g: Group, formulas: dict[int, str] | None = None,
                 kind: str = "line") -> None:  # fmt: skip
    """One row: ``g``'s values, or ``formulas`` (column → formula text with ``{c}`` for the column letter) cached
    with ``g``'s values; the % column is always a formula over the row's budget and disbursed."""
    label_cell = ws.cell(row, 1)
    put(label_cell, label)
    label_cell.alignment = look.indent if kind == "line" else look.s.wrap
    for col, value in _group_values(g).items():
        cell = ws.cell(row, col)
        if formulas is not None:
            remember(cell, formulas[col].format(c=column_letter(col)), value)
        else:
            cell.value = value
        cell.number_format = schema.FMT_INT if _is_count_col(col) else schema.FMT_AMOUNT
    b, d = column_letter(3), column_letter(_DISBURSED_COL)
    pct = ws.cell(row, _PCT_COL)
    remember(pct, f"=IF({b}{row}=0,0,ROUND({d}{row}/{b}{row}*100,2))", g.disbursed_pct)
    pct.number_format = schema.FMT_PERCENT
    for col in range(1, _PCT_COL + 1):
        cell = ws.cell(row, col)
        cell.border = look.border
        if kind != "line":
            cell.font = look.s.bold
            cell.fill = look.total_fill if kind == "total" else look.group_fill


def _every(pattern: str) -> dict[int, str]:
    return {col: pattern for col in range(2, _DISBURSED_COL + 1)}


def _strategies_sheet(ws: Worksheet, look: _Look, plan: Plan, report: ProgressReport) -> None:
    _titles(ws, look, plan, report, t("rb.sheet_title.strategies"))
    line = ws.cell(4, 1)
    put(line, reconciliation_line(report))
    line.font = look.s.bold
    _summary_header(ws, look, t("rb.col.strategy_area"))
    row = _SUMMARY_FIRST
    pairs = list(report.by_pair)
    for s, g in zip(report.summary.strategies, report.by_strategy, strict=True):
        own = pairs[: len(s.rows)]
        del pairs[: len(s.rows)]
        label = f"{s.strategy}. {g.label}" if s.strategy and g.label != s.strategy else g.label
        label = label or t("rb.row.no_strategy")
        if own:
            first, last = row + 1, row + len(own)
            _summary_row(ws, look, row, label, g, _every(f"=SUBTOTAL(9,{{c}}{first}:{{c}}{last})"), kind="group")
        else:
            _summary_row(ws, look, row, label, g, kind="group")
        row += 1
        for j, pair in enumerate(own, 1):
            prefix = f"{s.strategy}.{j} " if s.strategy else f"{j}. "
            _summary_row(ws, look, row, prefix + pair.label, pair)
            row += 1
    projects_row, equipment_row, total_row = row, row + 1, row + 2
    block = f"=SUBTOTAL(9,{{c}}{_SUMMARY_FIRST}:{{c}}{row - 1})" if row > _SUMMARY_FIRST else "=0"
    _summary_row(ws, look, projects_row, t("rb.row.projects_total"), report.projects_total, _every(block), "total")
    _summary_row(ws, look, equipment_row, t("rb.row.equipment"), report.equipment_total, kind="group")
    both = f"={{c}}{projects_row}+{{c}}{equipment_row}"
    _summary_row(ws, look, total_row, t("rb.row.total"), report.total, _every(both), "total")
    ws.print_area = f"A1:{column_letter(_PCT_COL)}{total_row}"


def _agencies_sheet(ws: Worksheet, look: _Look, plan: Plan, report: ProgressReport) -> None:
    _titles(ws, look, plan, report, t("rb.sheet_title.agencies"))
    _summary_header(ws, look, t("rb.col.agency"))
    row = _SUMMARY_FIRST
    for g in report.by_agency:
        _summary_row(ws, look, row, g.label or t("rb.row.no_agency"), g)
        row += 1
    block = f"=SUM({{c}}{_SUMMARY_FIRST}:{{c}}{row - 1})" if row > _SUMMARY_FIRST else "=0"
    _summary_row(ws, look, row, t("rb.row.total"), report.total, _every(block), "total")
    ws.print_area = f"A1:{column_letter(_PCT_COL)}{row}"


# ------------------------------------------------------------------------------------------------ list sheets


def _strategy_label(ln: Line) -> str:
    if not ln.strategy:
        return ""
    return f"{ln.strategy}. {ln.strategy_name}" if ln.strategy_name else ln.strategy


def _table(ws: Worksheet, look: _Look, columns: Sequence[tuple[str, int, str | None]], rows: Sequence[Sequence],
           sums: Sequence[int] = (), sums_of: Sequence[Decimal] = (), pct: tuple[int, int, int] | None = None,
           pct_value: Decimal = ZERO) -> int:  # fmt: skip
    """A list from row :data:`_LIST_HEADER`: ``columns`` are (header key, width, number format); a total row with
    ``SUM`` in the ``sums`` columns (cached ``sums_of``) and ``pct`` = (column, part column, whole column) as a
    formula, or one "ไม่มี" row when there are no ``rows``. Returns the last row written."""
    h = _LIST_HEADER
    for col, (key, width, _fmt) in enumerate(columns, 1):
        _header(ws, look, h, col, t(key))
        ws.column_dimensions[column_letter(col)].width = width
    ws.row_dimensions[h].height = 42
    last_col = column_letter(len(columns))
    if not rows:
        cell = ws.cell(h + 1, 1)
        put(cell, t("rb.row.none"))
        cell.font = look.s.bold
        ws.merge_cells(start_row=h + 1, start_column=1, end_row=h + 1, end_column=len(columns))
        print_setup(ws, h)
        ws.print_area = f"A1:{last_col}{h + 1}"
        return h + 1
    for i, values in enumerate(rows):
        r = h + 1 + i
        for col, (value, (_key, _width, fmt)) in enumerate(zip(values, columns, strict=True), 1):
            cell = ws.cell(r, col)
            put(cell, value)
            cell.alignment = look.s.wrap
            if fmt:
                cell.number_format = fmt
    last = h + len(rows)
    ws.freeze_panes = ws.cell(h + 1, 3)
    ws.auto_filter.ref = f"A{h}:{last_col}{last}"
    print_setup(ws, h)
    if not sums:
        ws.print_area = f"A1:{last_col}{last}"
        return last
    total = last + 1
    put(ws.cell(total, 2), t("rb.row.sum"))
    for col, value in zip(sums, sums_of, strict=True):
        letter = column_letter(col)
        cell = ws.cell(total, col)
        remember(cell, f"=SUM({letter}{h + 1}:{letter}{last})", value)
        cell.number_format = schema.FMT_AMOUNT
    if pct is not None:
        col, part, whole = (column_letter(c) for c in pct)
        cell = ws.cell(total, pct[0])
        remember(cell, f"=IF({whole}{total}=0,0,ROUND({part}{total}/{whole}{total}*100,2))", pct_value)
        cell.number_format = schema.FMT_PERCENT
    for col in range(1, len(columns) + 1):
        ws.cell(total, col).font = look.s.bold
        ws.cell(total, col).fill = look.total_fill
    ws.print_area = f"A1:{last_col}{total}"
    return total


def _kind(ln: Line) -> str:
    return t(f"rb.kind.{ln.table}")


def _lines_sheet(ws: Worksheet, look: _Look, plan: Plan, report: ProgressReport) -> None:
    _titles(ws, look, plan, report, t("rb.sheet_title.lines"))
    A, D, P = schema.FMT_AMOUNT, schema.FMT_DATE_BE, schema.FMT_PERCENT
    columns = [
        ("rb.col.no", 7, None), ("rb.col.name", 46, None), ("rb.col.kind", 10, None),
        ("rb.col.strategy", 28, None), ("rb.col.plan_area", 24, None), ("rb.col.agency", 24, None),
        ("rb.col.budget", 16, A), ("rb.col.status", 22, None), ("rb.col.contract_amount", 16, A),
        ("rb.col.contract_date", 13, D), ("rb.col.disbursed", 16, A), ("rb.col.disbursed_date", 13, D),
        ("rb.col.disbursed_pct", 11, P), ("rb.col.note", 40, None),
    ]  # fmt: skip
    rows = [
        [i, ln.name, _kind(ln), _strategy_label(ln), ln.plan_area, ln.agency, ln.budget, ln.status,
         ln.contract_amount, ln.contract_date, ln.disbursed, ln.disbursed_date, ln.disbursed_pct, ln.note]
        for i, ln in enumerate(report.lines, 1)
    ]  # fmt: skip
    tot = report.total
    last = _table(ws, look, columns, rows, sums=(7, 9, 11), sums_of=(tot.budget, tot.contract, tot.disbursed),
                  pct=(13, 11, 7), pct_value=tot.disbursed_pct)  # fmt: skip
    if rows:
        colour_when_equal(ws, f"H{_LIST_HEADER + 1}:H{last}", STATUS_COLOURS)


def _problems_sheet(ws: Worksheet, look: _Look, plan: Plan, report: ProgressReport) -> None:
    _titles(ws, look, plan, report, t("rb.sheet_title.problems"))
    columns = [("rb.col.no", 7, None), ("rb.col.name", 46, None), ("rb.col.agency", 26, None),
               ("rb.col.status", 22, None), ("rb.col.problem", 60, None)]  # fmt: skip
    rows = [[i, ln.name, ln.agency, ln.status, ln.note] for i, ln in enumerate(report.problems, 1)]
    _table(ws, look, columns, rows)


def _follow_up_sheet(ws: Worksheet, look: _Look, plan: Plan, report: ProgressReport) -> None:
    _titles(ws, look, plan, report, t("rb.sheet_title.follow_up"))
    columns = [
        ("rb.col.no", 7, None), ("rb.col.name", 46, None), ("rb.col.kind", 10, None), ("rb.col.agency", 26, None),
        ("rb.col.budget", 16, schema.FMT_AMOUNT), ("rb.col.status", 24, None), ("rb.col.cancelled_in", 12, None),
        ("rb.col.note", 40, None),
    ]  # fmt: skip
    rows = [
        [i, ln.name, _kind(ln), ln.agency, ln.budget, ln.status, ln.cancelled_in, ln.note]
        for i, ln in enumerate(report.follow_up, 1)
    ]
    budget = sum((ln.budget for ln in report.follow_up), ZERO)
    _table(ws, look, columns, rows, sums=(5,), sums_of=(budget,))


# ----------------------------------------------------------------------------------------------------- charts


def month_label(month: int, year: int) -> str:
    """ "ต.ค. 68": a fiscal month with its short BE year."""
    return f"{THAI_MONTHS_SHORT[month]} {str(year + 543)[-2:]}"


def _data_block(ws: Worksheet, look: _Look, top: int, headers: Sequence[str], rows: Sequence[Sequence],
                formats: Sequence[str | None]) -> tuple[int, int]:  # fmt: skip
    """A small table of chart data with its header at ``top``; returns (first data row, last data row)."""
    for col, text in enumerate(headers, 1):
        _header(ws, look, top, col, text)
    ws.row_dimensions[top].height = 42
    for i, values in enumerate(rows, 1):
        for col, (value, fmt) in enumerate(zip(values, formats, strict=True), 1):
            cell = ws.cell(top + i, col)
            put(cell, value)
            cell.border = look.border
            if fmt:
                cell.number_format = fmt
    return top + 1, top + len(rows)


def _font_props(size: int = 1200, bold: bool = False, rotate: int = 0, wrap: bool = True):
    """Chart text in TH Sarabun New (Latin and complex script), ``size`` in hundredths of a point, turned by
    ``rotate`` degrees; ``wrap=False`` keeps each label on one line."""
    from openpyxl.chart.text import RichText
    from openpyxl.drawing.text import CharacterProperties, Font, Paragraph, ParagraphProperties, RichTextProperties

    from .styles import FONT_NAME

    props = CharacterProperties(latin=Font(typeface=FONT_NAME), cs=Font(typeface=FONT_NAME), sz=size, b=bold)
    body = None
    if rotate or not wrap:
        body = RichTextProperties(rot=rotate * 60000 if rotate else None, vert="horz", wrap=None if wrap else "none")
    return RichText(bodyPr=body, p=[Paragraph(pPr=ParagraphProperties(defRPr=props), endParaRPr=props)])


def _title(chart, text: str) -> None:
    from openpyxl.chart.text import RichText, Text
    from openpyxl.chart.title import Title
    from openpyxl.drawing.text import CharacterProperties, Font, Paragraph, ParagraphProperties, RegularTextRun

    from .styles import FONT_NAME

    props = CharacterProperties(latin=Font(typeface=FONT_NAME), cs=Font(typeface=FONT_NAME), sz=1600, b=True)
    run = RegularTextRun(rPr=props, t=text)
    rich = RichText(p=[Paragraph(pPr=ParagraphProperties(defRPr=props), r=[run])])
    chart.title = Title(tx=Text(rich=rich), overlay=False)


def _axes(chart, y_format: str, y_title: str) -> None:
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.x_axis.txPr = _font_props()
    chart.y_axis.txPr = _font_props()
    chart.y_axis.numFmt = y_format
    chart.y_axis.title = y_title


_ROW_CM = 21 / 72 * 2.54  # one row of the default height, in cm


def _rows_for(chart) -> int:
    """How many rows a chart anchored in a row covers."""
    return int(chart.height / _ROW_CM) + 2


def _charts_sheet(ws: Worksheet, look: _Look, plan: Plan, report: ProgressReport) -> None:
    """Three blocks, each its data on the left and its chart on the right, one printed page each."""
    from openpyxl.chart import BarChart, LineChart, PieChart, Reference
    from openpyxl.chart.label import DataLabelList
    from openpyxl.chart.legend import Legend
    from openpyxl.worksheet.pagebreak import Break

    _titles(ws, look, plan, report, t("rb.sheet_title.charts"))
    A, N = schema.FMT_AMOUNT, schema.FMT_INT
    for col, width in zip("ABCDEF", (40, 17, 17, 17, 17, 17), strict=True):
        ws.column_dimensions[col].width = width
    print_setup(ws, None)
    chart_col = "H"

    def next_block(last: int, chart_top: int, chart) -> int:
        top = max(last, chart_top + (_rows_for(chart) if chart is not None else 0)) + 2
        ws.row_breaks.append(Break(id=top - 1))
        return top

    # 1. budget share by strategy
    top = 5
    share = [[label or t("rb.row.no_strategy"), budget, pct] for label, budget, pct in report.budget_share]
    first, last = _data_block(ws, look, top, [t("rb.col.strategy"), t("rb.col.budget"), t("rb.col.share_pct")],
                              share, [None, A, schema.FMT_PERCENT])  # fmt: skip
    chart = None
    if share:
        chart = PieChart()
        _title(chart, t("rb.chart.share"))
        chart.add_data(Reference(ws, min_col=2, min_row=top, max_row=last), titles_from_data=True)
        chart.set_categories(Reference(ws, min_col=1, min_row=first, max_row=last))
        chart.dataLabels = DataLabelList(showPercent=True, showVal=False, showCatName=False, showSerName=False,
                                         showLeaderLines=True)  # fmt: skip
        chart.dataLabels.txPr = _font_props(1200, bold=True)
        chart.legend = Legend(legendPos="r")
        chart.legend.txPr = _font_props(1100)
        chart.width, chart.height = 24, 11
        ws.add_chart(chart, f"{chart_col}{top}")

    # 2. cumulative planned against disbursed, by fiscal month
    top = next_block(last, top, chart)
    chart = None
    months = [[month_label(m.month, m.year), m.planned_total, m.disbursed_total, m.planned, m.disbursed]
              for m in report.by_month]  # fmt: skip
    heads = [t("rb.col.month"), t("rb.col.planned_total"), t("rb.col.disbursed_total"), t("rb.col.planned"),
             t("rb.col.disbursed_month")]  # fmt: skip
    if months:
        first, last = _data_block(ws, look, top, heads, months, [None, A, A, A, A])
        chart = LineChart()
        _title(chart, t("rb.chart.months"))
        chart.add_data(Reference(ws, min_col=2, max_col=3, min_row=top, max_row=last), titles_from_data=True)
        chart.set_categories(Reference(ws, min_col=1, min_row=first, max_row=last))
        _axes(chart, "#,##0", t("rb.chart.axis_baht"))
        chart.x_axis.txPr = _font_props(rotate=-45)
        chart.legend = Legend(legendPos="b")
        chart.legend.txPr = _font_props()
        for series in chart.series:
            series.smooth = False
        chart.width, chart.height = 24, 11
        ws.add_chart(chart, f"{chart_col}{top}")
    else:
        put(ws.cell(top, 1), t("rb.row.no_months"))
        last = top

    # 3. status by agency (number of items), stacked
    top = next_block(last, top, chart)
    chart = None
    agencies = [[g.label or t("rb.row.no_agency"), *(c.items for c in g.by_status)] for g in report.by_agency]
    first, last = _data_block(ws, look, top, [t("rb.col.agency"), *STATUSES], agencies, [None, *[N] * len(STATUSES)])
    if agencies:
        chart = BarChart()
        chart.type = "bar"
        chart.grouping = "stacked"
        chart.overlap = 100
        _title(chart, t("rb.chart.status"))
        chart.add_data(Reference(ws, min_col=2, max_col=1 + len(STATUSES), min_row=top, max_row=last),
                       titles_from_data=True)  # fmt: skip
        chart.set_categories(Reference(ws, min_col=1, min_row=first, max_row=last))
        _axes(chart, "0", t("rb.chart.axis_items"))
        chart.x_axis.scaling.orientation = "maxMin"  # the first agency on top, as in the table
        chart.y_axis.crosses = "max"  # and the counts below the bars
        chart.x_axis.tickLblSkip = 1  # every agency named (LibreOffice skips some otherwise)
        chart.x_axis.txPr = _font_props(1100, wrap=False)
        chart.legend = Legend(legendPos="b")
        chart.legend.txPr = _font_props()
        for series, colour in zip(chart.series, ("A6A6A6", "FFC000", "70AD47", "C00000", "7030A0"), strict=False):
            series.graphicalProperties.solidFill = colour
            series.graphicalProperties.line.solidFill = colour
        chart.width, chart.height = 24, max(11, 4 + 2 * len(agencies))
        ws.add_chart(chart, f"{chart_col}{top}")
    end = max(last, top + (_rows_for(chart) if chart is not None else 0))
    ws.print_area = f"A1:V{end}"


# -------------------------------------------------------------------------------------------------------- book


def report_book_bytes(plan: Plan, report: ProgressReport) -> bytes:
    """The monitoring ``report`` of ``plan`` as a new .xlsx (bytes): the sheets of :data:`SHEET_KEYS`."""
    look = _Look()
    wb = new_workbook(look.s, plan)
    sheets = add_sheets(wb, sheet_names())
    fy = report.fiscal_year
    rnd = t(f"rb.round.{report.round}") if report.round else ""
    wb.properties.title = t("rb.title", year=fy, round=rnd) if fy else t("rb.title.no_year", round=rnd)
    builders = (_strategies_sheet, _agencies_sheet, _lines_sheet, _problems_sheet, _follow_up_sheet, _charts_sheet)
    for build, ws in zip(builders, sheets.values(), strict=True):
        build(ws, look, plan, report)
    return xlsx_bytes(wb)
