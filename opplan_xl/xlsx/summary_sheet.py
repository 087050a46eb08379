"""The ผด.01 summary sheet of the standard workbook: the rows as data (:func:`summary_layout`, also what the
ribbon's สรุปงบประมาณ writes into a live book) and the sheet itself (:func:`summary_sheet`).

One row per (ยุทธศาสตร์, แผนงาน) pair of the plan, in :func:`~opplan_xl.rollup.rollup` order, counting with
``COUNTIFS``/``SUMIFS`` over structured references to ``tblProjects`` (they follow the table when users add
rows or move columns; LibreOffice evaluates them too). A "รวม" row per strategy sums its pair rows; the
"รวมทั้งสิ้น" row counts the WHOLE projects table, so it stays right when a user adds a pair that is not
listed, and the check row below it ("โครงการที่ยังไม่อยู่ในตารางสรุป") shows whole table − listed rows, red
when not zero.

Percentages are shares of the grand total with 2 decimals by largest remainder, in formulas, so the column
sums to exactly 100.00 and equals :func:`~opplan_xl.rollup.rollup` to the hundredth. Hidden helper columns
(H–W) work in exact integers: a row's budget in satang ``b = ROUND(D*100, 0)`` and the total ``t``;
``q = INT(b*10000/t)`` (the share in hundredths of a percent, rounded down: exact while the total is below
9,000 million baht, as ``b*10000`` stays below 2^53), the remainder ``b*10000 − q*t`` (an exact integer), its
rank among all rows (larger remainders first, ties by position, by ``SUMPRODUCT``), and one more hundredth for
the top ``10000 − Σq`` rows. The check row takes part in the sharing (with weight 0 when the summary is
complete), so pair rows + check row always sum to 100.00. The agencies column is a value computed here.

The look follows the content, not the row numbers: the ribbon's สรุปงบประมาณ rebuilds the block in a live
workbook with a constant number of Excel calls, and a style fixed on a row would then land on the wrong row. So
every cell of A–F from the first block row to :data:`SUMMARY_REACH` rows below gets its column's format (number
formats, wrapping), the hidden column :data:`SUMMARY_KIND_COL` holds each row's kind (part of the layout's rows),
and conditional formatting on that column makes headings and totals bold, totals grey, the note italic and a
non-zero check row red. The standard .xlsx and the .xlsm look the same; the macro only writes the layout.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .. import messages, schema
from ..rollup import Rollup, rollup
from ..versions.views import consolidated
from .cached import remember
from .cells import column_index, column_letter
from .formulas import (
    criterion,
    fiscal_year_title_formula,
    form_title_formula,
    org_line_formula,
    str_literal,
    structured,
)
from .kit import CREATOR, print_setup, put
from .limits import FORMULA_TEXT, constant_length
from .styles import RED, TOTAL_FILL, Styles
from .summary_values import block_values

if TYPE_CHECKING:  # pragma: no cover
    from openpyxl.worksheet.worksheet import Worksheet

    from ..model import Plan

__all__ = [
    "SUMMARY_HEADER_ROW",
    "SUMMARY_KINDS",
    "SUMMARY_KIND_COL",
    "SUMMARY_LAST_COL",
    "SUMMARY_REACH",
    "SummaryLayout",
    "summary_layout",
    "summary_sheet",
]

UNITS = 10_000  # 100.00 percent in hundredths

# Columns: A–F the form, H–W hidden helpers, X the row's kind (see the module docstring).
SUMMARY_HEADER_ROW = 5
SUMMARY_WIDTHS = {"A": 58, "B": 13, "C": 15, "D": 18, "E": 15, "F": 34}
_FLAG, _C_NUM, _C_FLOOR, _C_REM, _C_UNITS = "H", "I", "J", "K", "L"
_B_NUM, _B_FLOOR, _B_REM, _B_UNITS = "M", "N", "O", "P"
_C_DIV, _C_SIGN, _C_MISSING, _B_DIV, _B_SIGN, _B_MISSING = "R", "S", "T", "U", "V", "W"
_HELPERS = {
    "flag": _FLAG, "c_num": _C_NUM, "c_floor": _C_FLOOR, "c_rem": _C_REM, "c_units": _C_UNITS,
    "b_num": _B_NUM, "b_floor": _B_FLOOR, "b_rem": _B_REM, "b_units": _B_UNITS,
    "c_div": _C_DIV, "c_sign": _C_SIGN, "c_missing": _C_MISSING, "b_div": _B_DIV, "b_sign": _B_SIGN,
    "b_missing": _B_MISSING,
}  # fmt: skip
SUMMARY_LAST_COL = "W"
SUMMARY_KIND_COL = column_letter(column_index(SUMMARY_LAST_COL) + 1)
"""The hidden column that holds each row's kind; conditional formatting reads it."""
SUMMARY_REACH = 1000
"""How many rows below the header get the block's column formats and conditional formatting."""
SUMMARY_KINDS = ("heading", "pair", "subtotal", "total", "blank", "check", "note")
"""The row kinds of the block (what column :data:`SUMMARY_KIND_COL` holds on each of its rows)."""


def _heading(code: str, name: str) -> str:
    """ "1. ยุทธศาสตร์การพัฒนาด้าน…": the strategy's code and its name as typed in the strategies table."""
    return f"{code}. {name}".strip() if code else name


@dataclass
class SummaryLayout:
    """The ผด.01 block of the summary sheet: values and formulas for columns A…X from ``first_row`` on.

    ``kinds[i]`` says what row ``first_row + i`` is: ``heading``, ``pair``, ``subtotal``, ``total``, ``blank``,
    ``check`` or ``note``; it is also the row's last value (column :data:`SUMMARY_KIND_COL`), which the
    conditional formats read. Column F of pair rows holds the agencies (a value). ``values[i]`` maps the column
    letters of row ``first_row + i``'s formulas to what they evaluate to (their cached values).
    """

    first_row: int
    rows: list[list[object]]
    kinds: list[str]
    total_row: int
    check_row: int
    pair_rows: list[int] = field(default_factory=list)
    subtotal_rows: list[int] = field(default_factory=list)
    values: list[dict[str, object]] = field(default_factory=list)

    @property
    def last_row(self) -> int:
        return self.first_row + len(self.rows) - 1


_COLS = [column_letter(i) for i in range(1, column_index(SUMMARY_KIND_COL) + 1)]  # A … X
_INDEX = {c: i for i, c in enumerate(_COLS)}


def summary_layout(plan: Plan, summary: Rollup | None = None) -> SummaryLayout:
    """The summary rows for ``plan``: its (ยุทธศาสตร์, แผนงาน) pairs (or those of ``summary``) as formulas.

    The formulas count the projects table itself, so the numbers follow the data; ``summary`` only decides which
    pairs are listed and the agencies shown (default: ``rollup(plan)``).
    """
    current = consolidated(plan)  # the formulas leave cancelled rows out: the consolidated plan
    r = summary if summary is not None else rollup(current)
    P = schema.PROJECTS
    cancelled = structured(P, "cancelled_in")  # a cancelled project stays in the table but not in the plan
    strat, area = structured(P, "strategy"), structured(P, "plan_area")
    name, budget = structured(P, "name"), structured(P, "budget")
    activity = structured(P, "activity")
    nonblank = f"{strat}&{area}&{name}&{activity}&{budget}"  # a row holds a project when one of these is filled
    live = f'(LEN({cancelled}&"")=0)'

    hdr = SUMMARY_HEADER_ROW
    first = hdr + 1
    n_rows = sum(len(s.rows) + 2 for s in r.strategies)
    total = first + n_rows
    check = total + 2

    rows: list[list[object]] = []
    kinds: list[str] = []

    def add(kind: str, values: dict[str, object]) -> None:
        assert kind in SUMMARY_KINDS
        out: list[object] = [None] * len(_COLS)
        for col, v in values.items():
            out[_INDEX[col]] = v
        out[_INDEX[SUMMARY_KIND_COL]] = kind
        rows.append(out)
        kinds.append(kind)

    T = total
    flags = f"${_FLAG}${first}:${_FLAG}${check}"

    def shares(row: int) -> dict[str, object]:
        """Helper cells of one row taking part in the largest-remainder sharing."""

        def rank_units(floor: str, rem: str, div: str, missing: str) -> str:
            rems = f"${rem}${first}:${rem}${check}"
            before_flags = f"${_FLAG}${hdr}:${_FLAG}{row - 1}"
            before_rems = f"${rem}${hdr}:${rem}{row - 1}"
            rank = (
                f"SUMPRODUCT(({flags}=1)*({rems}>{rem}{row}))+SUMPRODUCT(({before_flags}=1)*({before_rems}={rem}{row}))"
            )
            return f"=IF(${div}${T}=0,0,{floor}{row}+IF({rank}<${missing}${T},1,0))"

        return {
            _FLAG: 1,
            _C_NUM: f"=B{row}*{UNITS}*${_C_SIGN}${T}",
            _C_FLOOR: f"=IF(${_C_DIV}${T}=0,0,INT({_C_NUM}{row}/${_C_DIV}${T}))",
            _C_REM: f"={_C_NUM}{row}-{_C_FLOOR}{row}*${_C_DIV}${T}",
            _C_UNITS: rank_units(_C_FLOOR, _C_REM, _C_DIV, _C_MISSING),
            _B_NUM: f"=ROUND(D{row}*100,0)*{UNITS}*${_B_SIGN}${T}",
            _B_FLOOR: f"=IF(${_B_DIV}${T}=0,0,INT({_B_NUM}{row}/${_B_DIV}${T}))",
            _B_REM: f"={_B_NUM}{row}-{_B_FLOOR}{row}*${_B_DIV}${T}",
            _B_UNITS: rank_units(_B_FLOOR, _B_REM, _B_DIV, _B_MISSING),
            "C": f"={_C_UNITS}{row}/100",
            "E": f"={_B_UNITS}{row}/100",
        }

    pair_rows: list[int] = []
    pair_keys: list[tuple[str, str]] = []
    subtotal_rows: list[int] = []
    row = first
    for s in r.strategies:
        add("heading", {"A": _heading(s.strategy, s.strategy_name)})
        row += 1
        top = row
        for j, pair in enumerate(s.rows, 1):
            label = f"{s.strategy}.{j} {pair.plan_area}" if s.strategy else f"{j}. {pair.plan_area}"
            if constant_length(pair.strategy) > FORMULA_TEXT or constant_length(pair.plan_area) > FORMULA_TEXT:
                # Excel refuses a text constant over 255 characters in a formula (the validator reports the
                # cell): this row's numbers are written as values instead.
                count, amount = pair.projects, pair.budget
            elif pair.strategy and pair.plan_area:
                args = f'{strat},{criterion(pair.strategy)},{area},{criterion(pair.plan_area)},{cancelled},""'
                count, amount = f"=COUNTIFS({args})", f"=SUMIFS({budget},{args})"
            else:
                # An empty strategy or plan area (the validator reports it): COUNTIFS with several "" criteria
                # miscounts in LibreOffice, so compare as text, and only on rows that hold a project.
                match = (
                    f'(({strat}&"")={str_literal(pair.strategy)})'
                    f'*(({area}&"")={str_literal(pair.plan_area)})*(LEN({nonblank})>0)*{live}'
                )
                count, amount = f"=SUMPRODUCT({match})", f"=SUMPRODUCT({match},{budget})"
            values = {
                "A": label,
                "B": count,
                "D": amount,
                "F": ", ".join(pair.agencies),
                **shares(row),
            }
            add("pair", values)
            pair_rows.append(row)
            pair_keys.append((pair.strategy, pair.plan_area))
            row += 1
        bottom = row - 1
        add(
            "subtotal",
            {
                "A": messages.text("ui.rollup.subtotal"),
                "B": f"=SUM(B{top}:B{bottom})",
                "C": f"=SUM({_C_UNITS}{top}:{_C_UNITS}{bottom})/100",
                "D": f"=SUM(D{top}:D{bottom})",
                "E": f"=SUM({_B_UNITS}{top}:{_B_UNITS}{bottom})/100",
            },
        )
        subtotal_rows.append(row)
        row += 1
    assert row == total

    listed = f"${_FLAG}${first}:${_FLAG}${total - 1}"
    add(
        "total",
        {
            "A": messages.text("ui.rollup.total"),
            "B": f"=SUMPRODUCT((LEN({nonblank})>0)*{live})",
            "C": f"=SUMIFS(${_C_UNITS}${first}:${_C_UNITS}${check},{flags},1)/100",
            "D": f'=SUMIFS({budget},{cancelled},"")',
            "E": f"=SUMIFS(${_B_UNITS}${first}:${_B_UNITS}${check},{flags},1)/100",
            _C_DIV: f"=ABS(B{T})",
            _C_SIGN: f"=SIGN(B{T})",
            _C_MISSING: f"={UNITS}-SUMIFS(${_C_FLOOR}${first}:${_C_FLOOR}${check},{flags},1)",
            _B_DIV: f"=ABS(ROUND(D{T}*100,0))",
            _B_SIGN: f"=SIGN(ROUND(D{T}*100,0))",
            _B_MISSING: f"={UNITS}-SUMIFS(${_B_FLOOR}${first}:${_B_FLOOR}${check},{flags},1)",
        },
    )
    add("blank", {})
    add(
        "check",
        {
            "A": schema.SUMMARY_CHECK_LABEL,
            "B": f"=B{T}-SUMIFS($B${first}:$B${total - 1},{listed},1)",
            "D": f"=ROUND(D{T}-SUMIFS($D${first}:$D${total - 1},{listed},1),2)",
            **shares(check),
        },
    )
    add("note", {"A": schema.SUMMARY_CHECK_NOTE})
    values = block_values(current, kinds, pair_keys, _HELPERS, UNITS, r if summary is None else None)
    return SummaryLayout(first, rows, kinds, total, check, pair_rows, subtotal_rows, values)


def summary_sheet(ws: Worksheet, layout: SummaryLayout, st: Styles) -> None:
    """Lay out the summary sheet: the form's heading (titles from the settings), the header row and the block."""
    from openpyxl.comments import Comment

    for letter, width in SUMMARY_WIDTHS.items():
        ws.column_dimensions[letter].width = width
    ws.column_dimensions["G"].width = 3
    for i in range(_INDEX[_FLAG], _INDEX[SUMMARY_KIND_COL] + 1):
        ws.column_dimensions[_COLS[i]].hidden = True

    ws["F1"] = schema.FORM_CODES["summary"]
    ws["F1"].font = st.bold
    ws["F1"].alignment = st.right
    ws["A2"] = form_title_formula("summary")
    ws["A3"] = fiscal_year_title_formula()
    ws["A4"] = org_line_formula()
    for r in (2, 3, 4):
        for letter in "ABCDEF":
            ws[f"{letter}{r}"].alignment = st.across
        ws[f"A{r}"].font = st.title if r == 2 else st.bold

    hdr = SUMMARY_HEADER_ROW
    for i, text in enumerate(schema.SUMMARY_HEADERS):
        cell = ws.cell(hdr, i + 1, text)
        cell.font = st.bold
        cell.alignment = st.centre_wrap
        cell.fill = st.heading_fill
    ws.row_dimensions[hdr].height = 48
    ws[f"F{hdr}"].comment = Comment(schema.SUMMARY_AGENCIES_NOTE, CREATOR, width=320, height=110)

    _block_formats(ws, layout.first_row, st)
    for offset, values in enumerate(layout.rows):
        row = layout.first_row + offset
        for i, value in enumerate(values):
            if value is not None:
                cell = ws.cell(row, i + 1)
                if i in (0, 5):  # labels and agencies are text from the plan; the rest are our formulas
                    put(cell, value)
                elif isinstance(value, str) and value.startswith("="):
                    remember(cell, value, layout.values[offset][_COLS[i]])
                else:
                    cell.value = value
    ws.row_dimensions[layout.check_row + 1].height = 40  # the note: the button's autofit takes over later
    _kind_rules(ws, layout.first_row)

    ws.freeze_panes = f"A{hdr + 1}"
    print_setup(ws, hdr, landscape=True)
    ws.print_area = f"A1:F{layout.total_row}"


def _block_formats(ws: Worksheet, first: int, st: Styles) -> None:
    """Every cell of A–F in the block's reach gets its column's format, whatever row kind lands there."""
    from copy import copy

    formats = {"B": schema.FMT_INT, "C": schema.FMT_PERCENT, "D": schema.FMT_AMOUNT, "E": schema.FMT_PERCENT}
    templates = {}
    for letter in "ABCDEF":
        cell = ws[f"{letter}{first}"]
        cell.font = st.base
        cell.number_format = formats.get(letter, "General")
        cell.alignment = st.wrap if letter in "AF" else st.top
        templates[letter] = cell._style
    for row in range(first, first + SUMMARY_REACH + 1):
        for letter in "ABCDEF":
            ws[f"{letter}{row}"]._style = copy(templates[letter])


def _kind_rules(ws: Worksheet, first: int) -> None:
    """Conditional formats from the kind column: bold headings and totals, grey totals, a red non-zero check."""
    from openpyxl.formatting.rule import FormulaRule
    from openpyxl.styles import Border, Font, PatternFill, Side

    fill, font_colour = RED
    grey = PatternFill("solid", fgColor=TOTAL_FILL, bgColor=TOTAL_FILL)
    thin = Side(style="thin")
    ref = f"A{first}:F{first + SUMMARY_REACH}"
    k = f"${SUMMARY_KIND_COL}{first}"
    rules = [
        (f'AND({k}="check",OR($B{first}<>0,$D{first}<>0))',
         {"fill": PatternFill("solid", fgColor=fill, bgColor=fill), "font": Font(color=font_colour, b=True)}),
        (f'{k}="total"', {"fill": grey, "font": Font(b=True), "border": Border(top=thin, bottom=thin)}),
        (f'{k}="subtotal"', {"fill": grey, "font": Font(b=True)}),
        (f'OR({k}="heading",{k}="check")', {"font": Font(b=True)}),
        (f'{k}="note"', {"font": Font(i=True)}),
    ]  # fmt: skip
    for formula, style in rules:
        ws.conditional_formatting.add(ref, FormulaRule(formula=[formula], stopIfTrue=True, **style))
