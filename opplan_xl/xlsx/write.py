"""The standard workbook without Excel: a :class:`~opplan_xl.model.Plan` → a new ``.xlsx`` (openpyxl).

The workbook is laid out from :mod:`opplan_xl.schema` only: the settings sheet with a defined name per setting,
the data tables (Excel tables with drop-downs, input messages, formats, frozen panes and status colours), the
lists, and the ผด.01 summary as **native formulas** so it stays right in Excel with no Python at all.

The summary sheet
-----------------
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

Determinism: fixed document properties and zip timestamps, so the same plan gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .. import messages, schema
from ..files import safe_write
from ..model import Plan
from ..rollup import Rollup, rollup
from ..schema import Column, Kind, Table
from .cells import column_index, column_letter, quote_sheet

if TYPE_CHECKING:  # pragma: no cover
    from openpyxl import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

__all__ = [
    "SPARE_ROWS",
    "VALIDATION_ROWS",
    "SummaryLayout",
    "build_workbook",
    "summary_layout",
    "workbook_bytes",
    "write_workbook",
    "xlsx_bytes",
]

FONT_NAME = "TH Sarabun New"
FONT_SIZE = 14
TITLE_SIZE = 16
DEFAULT_ROW_HEIGHT = 21  # points: one line of TH Sarabun New 14 (Excel still fits rows with wrapped text)
SPARE_ROWS = 20  # empty formatted rows inside each table, so typing below the data keeps drop-downs and formats
HOLIDAY_SPARE_ROWS = 10
VALIDATION_ROWS = 2000  # drop-downs, validation and status colours reach this far below each table
TABLE_STYLE = "TableStyleMedium2"
LIST_TABLE_STYLE = "TableStyleLight9"
FIXED_TIME = dt.datetime(2026, 1, 1, 0, 0, 0)
ZIP_TIME = (1980, 1, 1, 0, 0, 0)
CREATOR = "opplan-xl"
DATE_MIN = dt.date(1990, 1, 1)
DATE_MAX = dt.date(2200, 12, 31)  # a BE year typed as CE (2569 …) is refused
YEAR_MIN, YEAR_MAX = 2500, 2700
UNITS = 10_000  # 100.00 percent in hundredths

RED = ("FFC7CE", "9C0006")
YELLOW = ("FFEB9C", "9C5700")
GREEN = ("C6EFCE", "006100")
HEADING_FILL = "DDEBF7"
TOTAL_FILL = "F2F2F2"

# Lists whose drop-downs only warn on other values (users may add items; other agencies use their own names).
OPEN_LISTS = frozenset(
    {schema.LIST_PLAN_AREAS, schema.LIST_EQUIPMENT_CATEGORIES, schema.LIST_AGENCIES, schema.LIST_SOURCES}
)

# Summary sheet columns: A–F the form, H–W hidden helpers (see the module docstring).
SUMMARY_HEADER_ROW = 5
SUMMARY_WIDTHS = {"A": 58, "B": 13, "C": 15, "D": 18, "E": 15, "F": 34}
_FLAG, _C_NUM, _C_FLOOR, _C_REM, _C_UNITS = "H", "I", "J", "K", "L"
_B_NUM, _B_FLOOR, _B_REM, _B_UNITS = "M", "N", "O", "P"
_C_DIV, _C_SIGN, _C_MISSING, _B_DIV, _B_SIGN, _B_MISSING = "R", "S", "T", "U", "V", "W"
SUMMARY_LAST_COL = "W"


# --------------------------------------------------------------------------------------------------
# Small helpers (no openpyxl)
# --------------------------------------------------------------------------------------------------


def _str_literal(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _criterion(value: str) -> str:
    """A COUNTIFS/SUMIFS criterion matching exactly ``value`` (wildcards escaped; "" matches empty cells)."""
    s = value.replace("~", "~~").replace("*", "~*").replace("?", "~?")
    if s[:1] in ("<", ">", "="):
        s = "=" + s
    return _str_literal(s)


def _structured(table: Table, key: str) -> str:
    """``tblProjects[งบประมาณ (บาท)]``: a column of a table's data, in the file form of structured references."""
    header = table.column(key).header
    for ch in ("'", "[", "]", "#"):
        header = header.replace(ch, "'" + ch)
    return f"{table.name}[{header}]"


def _code_value(code: str | None) -> object:
    """Strategy codes that are whole numbers go in as numbers (what users type and what the drop-down gives)."""
    if code is None:
        return None
    return int(code) if code.isdigit() and len(code) < 10 and not (len(code) > 1 and code[0] == "0") else code


_ESCAPE_LIKE = re.compile(r"_(x[0-9A-Fa-f]{4}_)")


def _put(cell, value: object) -> None:
    """Store a data value as itself: text that starts with "=" stays text, characters XML cannot carry are
    dropped, text is cut at Excel's 32,767-character limit, and text that looks like OOXML's ``_xHHHH_`` escape
    is escaped itself (``_x005F_``), so Excel, LibreOffice and the reader see what was written."""
    if isinstance(value, str):
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        value = ILLEGAL_CHARACTERS_RE.sub("", value)[:32767]
        if "_x" in value:
            value = _ESCAPE_LIKE.sub(r"_x005F_\1", value)
        cell.value = value
        cell.data_type = "s"
    else:
        cell.value = value


def _setting_ref(key: str) -> str:
    return schema.SETTINGS_BY_KEY[key].defined_name


def fiscal_year_title_formula() -> str:
    """``="แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. "&cfg_fiscal_year``: the year is never retyped."""
    return f"={_str_literal(schema.PLAN_YEAR_TITLE)}&{_setting_ref('fiscal_year')}"


def form_title_formula(form: str) -> str:
    """The form's title from its setting, the standard title when the setting is empty."""
    ref = _setting_ref(schema.FORM_TITLE_SETTINGS[form])
    return f'=IF({ref}="",{_str_literal(schema.FORM_TITLES[form])},{ref})'


def org_line_formula() -> str:
    """<ชื่อ อปท.> อำเภอ… จังหวัด… from the settings (the kind is not doubled when the name already has it)."""
    kind, name = _setting_ref("org_kind"), _setting_ref("org_name")
    district, province = _setting_ref("district"), _setting_ref("province")
    d = _str_literal(" " + schema.ORG_LINE_DISTRICT)
    p = _str_literal(" " + schema.ORG_LINE_PROVINCE)
    return (
        f'=IF(LEFT({name},LEN({kind}))={kind},"",{kind})&{name}'
        f'&IF({district}="","",{d}&{district})&IF({province}="","",{p}&{province})'
    )


def _heading(code: str, name: str) -> str:
    """ "1. ยุทธศาสตร์การพัฒนาด้าน…": the strategy's code and its name as typed in the strategies table."""
    return f"{code}. {name}".strip() if code else name


# --------------------------------------------------------------------------------------------------
# The summary sheet as data (also for the Excel layer, which rebuilds it in a live book)
# --------------------------------------------------------------------------------------------------


@dataclass
class SummaryLayout:
    """The ผด.01 block of the summary sheet: values and formulas for columns A…W from ``first_row`` on.

    ``kinds[i]`` says what row ``first_row + i`` is: ``heading``, ``pair``, ``subtotal``, ``total``, ``blank``,
    ``check`` or ``note`` (the builder styles rows by kind). Column F of pair rows holds the agencies (a value).
    """

    first_row: int
    rows: list[list[object]]
    kinds: list[str]
    total_row: int
    check_row: int
    pair_rows: list[int] = field(default_factory=list)
    subtotal_rows: list[int] = field(default_factory=list)

    @property
    def last_row(self) -> int:
        return self.first_row + len(self.rows) - 1


_COLS = [column_letter(i) for i in range(1, 24)]  # A … W
_INDEX = {c: i for i, c in enumerate(_COLS)}


def summary_layout(plan: Plan, summary: Rollup | None = None) -> SummaryLayout:
    """The summary rows for ``plan``: its (ยุทธศาสตร์, แผนงาน) pairs (or those of ``summary``) as formulas.

    The formulas count the projects table itself, so the numbers follow the data; ``summary`` only decides which
    pairs are listed and the agencies shown (default: ``rollup(plan)``).
    """
    r = summary if summary is not None else rollup(plan)
    P = schema.PROJECTS
    strat, area = _structured(P, "strategy"), _structured(P, "plan_area")
    name, budget = _structured(P, "name"), _structured(P, "budget")
    activity = _structured(P, "activity")
    nonblank = f"{strat}&{area}&{name}&{activity}&{budget}"  # a row holds a project when one of these is filled

    hdr = SUMMARY_HEADER_ROW
    first = hdr + 1
    n_rows = sum(len(s.rows) + 2 for s in r.strategies)
    total = first + n_rows
    check = total + 2

    def row_of(values: dict[str, object]) -> list[object]:
        out: list[object] = [None] * len(_COLS)
        for col, v in values.items():
            out[_INDEX[col]] = v
        return out

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

    rows: list[list[object]] = []
    kinds: list[str] = []
    pair_rows: list[int] = []
    subtotal_rows: list[int] = []
    row = first
    for s in r.strategies:
        rows.append(row_of({"A": _heading(s.strategy, s.strategy_name)}))
        kinds.append("heading")
        row += 1
        top = row
        for j, pair in enumerate(s.rows, 1):
            label = f"{s.strategy}.{j} {pair.plan_area}" if s.strategy else f"{j}. {pair.plan_area}"
            if pair.strategy and pair.plan_area:
                args = f"{strat},{_criterion(pair.strategy)},{area},{_criterion(pair.plan_area)}"
                count, amount = f"=COUNTIFS({args})", f"=SUMIFS({budget},{args})"
            else:
                # An empty strategy or plan area (the validator reports it): COUNTIFS with several "" criteria
                # miscounts in LibreOffice, so compare as text, and only on rows that hold a project.
                match = (
                    f'(({strat}&"")={_str_literal(pair.strategy)})'
                    f'*(({area}&"")={_str_literal(pair.plan_area)})*(LEN({nonblank})>0)'
                )
                count, amount = f"=SUMPRODUCT({match})", f"=SUMPRODUCT({match},{budget})"
            values = {
                "A": label,
                "B": count,
                "D": amount,
                "F": ", ".join(pair.agencies),
                **shares(row),
            }
            rows.append(row_of(values))
            kinds.append("pair")
            pair_rows.append(row)
            row += 1
        bottom = row - 1
        rows.append(
            row_of(
                {
                    "A": messages.text("ui.rollup.subtotal"),
                    "B": f"=SUM(B{top}:B{bottom})",
                    "C": f"=SUM({_C_UNITS}{top}:{_C_UNITS}{bottom})/100",
                    "D": f"=SUM(D{top}:D{bottom})",
                    "E": f"=SUM({_B_UNITS}{top}:{_B_UNITS}{bottom})/100",
                }
            )
        )
        kinds.append("subtotal")
        subtotal_rows.append(row)
        row += 1
    assert row == total

    listed = f"${_FLAG}${first}:${_FLAG}${total - 1}"
    rows.append(
        row_of(
            {
                "A": messages.text("ui.rollup.total"),
                "B": f"=SUMPRODUCT(--(LEN({nonblank})>0))",
                "C": f"=SUMIFS(${_C_UNITS}${first}:${_C_UNITS}${check},{flags},1)/100",
                "D": f"=SUM({budget})",
                "E": f"=SUMIFS(${_B_UNITS}${first}:${_B_UNITS}${check},{flags},1)/100",
                _C_DIV: f"=ABS(B{T})",
                _C_SIGN: f"=SIGN(B{T})",
                _C_MISSING: f"={UNITS}-SUMIFS(${_C_FLOOR}${first}:${_C_FLOOR}${check},{flags},1)",
                _B_DIV: f"=ABS(ROUND(D{T}*100,0))",
                _B_SIGN: f"=SIGN(ROUND(D{T}*100,0))",
                _B_MISSING: f"={UNITS}-SUMIFS(${_B_FLOOR}${first}:${_B_FLOOR}${check},{flags},1)",
            }
        )
    )
    kinds.append("total")
    rows.append(row_of({}))
    kinds.append("blank")
    rows.append(
        row_of(
            {
                "A": schema.SUMMARY_CHECK_LABEL,
                "B": f"=B{T}-SUMIFS($B${first}:$B${total - 1},{listed},1)",
                "D": f"=ROUND(D{T}-SUMIFS($D${first}:$D${total - 1},{listed},1),2)",
                **shares(check),
            }
        )
    )
    kinds.append("check")
    rows.append(row_of({"A": schema.SUMMARY_CHECK_NOTE}))
    kinds.append("note")
    return SummaryLayout(first, rows, kinds, total, check, pair_rows, subtotal_rows)


# --------------------------------------------------------------------------------------------------
# openpyxl
# --------------------------------------------------------------------------------------------------


class _Styles:
    """The few styles the builder uses, created once per workbook."""

    def __init__(self) -> None:
        from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

        self.base = Font(name=FONT_NAME, sz=FONT_SIZE, family=2)
        self.bold = Font(name=FONT_NAME, sz=FONT_SIZE, family=2, b=True)
        self.title = Font(name=FONT_NAME, sz=TITLE_SIZE, family=2, b=True)
        self.wrap = Alignment(wrap_text=True, vertical="top")
        self.centre = Alignment(horizontal="center", vertical="top")
        self.centre_wrap = Alignment(horizontal="center", vertical="center", wrap_text=True)
        self.right = Alignment(horizontal="right")
        self.top = Alignment(vertical="top")
        self.across = Alignment(horizontal="centerContinuous")
        self.heading_fill = PatternFill("solid", fgColor=HEADING_FILL)
        self.total_fill = PatternFill("solid", fgColor=TOTAL_FILL)
        thin = Side(style="thin")
        self.total_border = Border(top=thin, bottom=Side(style="double"))


def _new_workbook(styles: _Styles, plan: Plan) -> Workbook:
    """A workbook whose default (Normal) font is TH Sarabun New, so every cell users type gets it too."""
    from copy import copy

    from openpyxl import Workbook
    from openpyxl.styles import NamedStyle
    from openpyxl.styles.borders import DEFAULT_BORDER
    from openpyxl.styles.named_styles import NamedStyleList
    from openpyxl.utils.indexed_list import IndexedList

    wb = Workbook()
    # openpyxl has no public setting for the default font: replace the bootstrap font and the Normal style.
    wb._fonts = IndexedList([styles.base])
    wb._named_styles = NamedStyleList()
    wb.add_named_style(NamedStyle(name="Normal", font=copy(styles.base), border=copy(DEFAULT_BORDER), builtinId=0))
    wb.code_name = "ThisWorkbook"
    props = wb.properties
    props.creator = CREATOR
    props.lastModifiedBy = CREATOR
    props.created = FIXED_TIME
    props.modified = FIXED_TIME
    fy = plan.settings.fiscal_year
    props.title = f"{schema.PLAN_YEAR_TITLE}{fy}" if fy else schema.PLAN_YEAR_TITLE.strip()
    return wb


def _define(wb: Workbook, name: str, sheet: str, ref: str) -> None:
    from openpyxl.workbook.defined_name import DefinedName

    wb.defined_names[name] = DefinedName(name, attr_text=f"{quote_sheet(sheet)}!{ref}")


def _abs(col: str, first: int, last: int | None = None) -> str:
    return f"${col}${first}" if last is None else f"${col}${first}:${col}${last}"


def _validation(
    ws: Worksheet,
    ref: str,
    *,
    prompt: str = "",
    prompt_title: str = "",
    kind: str | None = None,
    operator: str | None = None,
    formula1: str | None = None,
    formula2: str | None = None,
    error: str = "",
    error_title: str = "",
    error_style: str = "stop",
) -> None:
    from openpyxl.worksheet.datavalidation import DataValidation

    dv = DataValidation(
        type=kind,
        operator=operator,
        formula1=formula1,
        formula2=formula2,
        allow_blank=True,
        showErrorMessage=kind is not None,
        showInputMessage=bool(prompt),
        errorStyle=error_style if kind is not None else None,
        error=error[:225] or None,  # Excel's limit for the error message
        errorTitle=error_title[:32] or None,
        prompt=prompt[:255] or None,
        promptTitle=(prompt_title[:32] or None) if prompt else None,
    )
    dv.add(ref)
    ws.add_data_validation(dv)


def _list_validation(ws: Worksheet, ref: str, list_name: str, prompt: str, title: str) -> None:
    open_list = list_name in OPEN_LISTS
    _validation(
        ws,
        ref,
        kind="list",
        formula1=list_name,  # a named range, no leading "=" (what Excel itself writes)
        prompt=prompt,
        prompt_title=title,
        error=schema.DV_LIST_WARN if open_list else schema.DV_LIST_STOP,
        error_title=schema.DV_LIST_TITLE,
        error_style="warning" if open_list else "stop",
    )


def _date_validation(ws: Worksheet, ref: str, prompt: str = "", title: str = "") -> None:
    from openpyxl.utils.datetime import to_excel

    _validation(
        ws,
        ref,
        kind="date",
        operator="between",
        formula1=str(int(to_excel(DATE_MIN))),
        formula2=str(int(to_excel(DATE_MAX))),
        prompt=prompt,
        prompt_title=title,
        error=schema.DV_DATE_ERROR,
        error_title=schema.DV_DATE_TITLE,
    )


def _table(ref: str, name: str, style: str = TABLE_STYLE):
    from openpyxl.worksheet.table import Table as XlTable
    from openpyxl.worksheet.table import TableStyleInfo

    t = XlTable(displayName=name, ref=ref)
    t.tableStyleInfo = TableStyleInfo(name=style, showRowStripes=True, showColumnStripes=False)
    return t


def _print_setup(ws: Worksheet, header_row: int | None, landscape: bool = True) -> None:
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    if header_row is not None:  # the header row repeats on every printed page
        ws.print_title_rows = f"{header_row}:{header_row}"


# ---- settings -----------------------------------------------------------------------------------


def _setting_value(plan: Plan, key: str) -> object:
    setting = schema.SETTINGS_BY_KEY[key]
    value = getattr(plan.settings, key)
    if setting.kind is Kind.BOOL:
        return schema.YES if value else schema.NO
    if value is None or value == "":
        return setting.default
    return value


def _settings_sheet(wb: Workbook, ws: Worksheet, plan: Plan, st: _Styles) -> None:
    ws["A1"] = schema.SHEET_SETTINGS
    ws["A1"].font = st.title
    ws.column_dimensions[schema.SETTINGS_LABEL_COL].width = 44
    ws.column_dimensions[schema.SETTINGS_VALUE_COL].width = 46
    ws.column_dimensions["C"].width = 3
    vcol = schema.SETTINGS_VALUE_COL
    for i, setting in enumerate(schema.SETTINGS):
        row = schema.SETTINGS_FIRST_ROW + i
        label = ws[f"{schema.SETTINGS_LABEL_COL}{row}"]
        label.value = setting.label
        label.font = st.bold if setting.required else st.base
        label.alignment = st.wrap
        if setting.hidden:
            ws.row_dimensions[row].hidden = True
        cell = ws[f"{vcol}{row}"]
        _put(cell, _setting_value(plan, setting.key))
        cell.alignment = st.wrap
        ref = f"{vcol}{row}"
        if setting.kind is Kind.DATE:
            cell.number_format = schema.FMT_DATE_BE_LONG
            cell.alignment = st.right
            _date_validation(ws, ref, setting.help, setting.label)
        elif setting.kind is Kind.YEAR:
            cell.number_format = "0"
            cell.alignment = st.right
            _validation(
                ws,
                ref,
                kind="whole",
                operator="between",
                formula1=str(YEAR_MIN),
                formula2=str(YEAR_MAX),
                prompt=setting.help,
                prompt_title=setting.label,
                error=schema.DV_YEAR_ERROR,
                error_title=schema.DV_YEAR_TITLE,
            )
        elif setting.kind is Kind.INT:
            cell.number_format = "0"
            cell.alignment = st.right
            _validation(ws, ref, kind="whole", operator="greaterThanOrEqual", formula1="0", prompt=setting.help)
        else:
            cell.number_format = "@"  # text stays text ("2566-2570" is not a date)
            if setting.list_name:
                _list_validation(ws, ref, setting.list_name, setting.help, setting.label)
            elif setting.help:
                _validation(ws, ref, prompt=setting.help, prompt_title=setting.label)
        _define(wb, setting.defined_name, ws.title, _abs(vcol, row))

    # extra holidays beside the settings
    table = schema.HOLIDAYS_TABLE
    first_col = column_index(schema.HOLIDAYS_FIRST_COL)
    letters = [column_letter(first_col + i) for i in range(len(table.columns))]
    hrow = table.header_row
    title = ws[f"{letters[0]}{hrow - 1}"]
    title.value = table.title
    title.font = st.bold
    for letter, column in zip(letters, table.columns, strict=True):
        ws[f"{letter}{hrow}"] = column.header
        ws.column_dimensions[letter].width = column.width
    holidays = plan.settings.extra_holidays
    last = hrow + len(holidays) + HOLIDAY_SPARE_ROWS
    for i, h in enumerate(holidays, 1):
        ws[f"{letters[0]}{hrow + i}"] = h.date
        _put(ws[f"{letters[1]}{hrow + i}"], h.name or None)
    for r in range(hrow + 1, last + 1):
        ws[f"{letters[0]}{r}"].number_format = schema.FMT_DATE_BE_LONG
        ws[f"{letters[0]}{r}"].alignment = st.right
        ws[f"{letters[1]}{r}"].alignment = st.wrap
    ws.add_table(_table(f"{letters[0]}{hrow}:{letters[-1]}{last}", table.name, LIST_TABLE_STYLE))
    _date_validation(ws, f"{letters[0]}{hrow + 1}:{letters[0]}{last + VALIDATION_ROWS // 10}", "", table.title)
    ws.freeze_panes = f"A{schema.SETTINGS_FIRST_ROW}"
    _print_setup(ws, None, landscape=False)


# ---- data tables --------------------------------------------------------------------------------


def _cell_value(item: object, column: Column) -> object:
    if column.kind is Kind.OUTPUT:
        return None
    if column.kind is Kind.MONTH:
        return schema.MONTH_MARK if int(column.key[1:]) in item.months else None
    value = getattr(item, column.key)
    if column.kind is Kind.CODE:
        return _code_value(value)
    if value == "":
        return None
    return value


def _conditional_status(ws: Worksheet, ref: str) -> None:
    from openpyxl.formatting.rule import CellIsRule
    from openpyxl.styles import Font, PatternFill

    for text, (fill, font) in (
        (schema.STATUS_ERROR, RED),
        (schema.STATUS_WARNING, YELLOW),
        (schema.STATUS_OK, GREEN),
    ):
        ws.conditional_formatting.add(
            ref,
            CellIsRule(
                operator="equal",
                formula=[_str_literal(text)],
                fill=PatternFill("solid", fgColor=fill, bgColor=fill),
                font=Font(color=font),
            ),
        )


def _data_sheet(wb: Workbook, ws: Worksheet, plan: Plan, table: Table, items: Sequence, st: _Styles) -> int:
    """Write one data table; returns the last row of the Excel table (data + spare rows)."""
    hrow = table.header_row
    ncols = len(table.columns)
    letters = [column_letter(i + 1) for i in range(ncols)]
    ws["A1"] = table.title
    ws["A1"].font = st.title
    ws["A2"] = fiscal_year_title_formula()
    ws["A2"].font = st.bold
    first = hrow + 1
    last = hrow + len(items) + SPARE_ROWS
    reach = last + VALIDATION_ROWS

    for letter, column in zip(letters, table.columns, strict=True):
        ws.column_dimensions[letter].width = column.width
        head = ws[f"{letter}{hrow}"]
        head.value = column.header
        head.font = st.bold
        head.alignment = st.centre_wrap

    # Each column's cell style is set once and copied to every row: setting styles cell by cell through
    # openpyxl's descriptors costs more than the rest of the build.
    from copy import copy

    templates = []
    for j, column in enumerate(table.columns, 1):
        cell = ws.cell(row=first, column=j)
        if column.kind in (Kind.MONTH, Kind.CODE):
            cell.alignment = st.centre
        elif column.kind is Kind.AMOUNT:
            cell.number_format = schema.FMT_AMOUNT
        elif column.kind is Kind.DATE:
            cell.number_format = schema.FMT_DATE_BE
            cell.alignment = st.right
        else:
            cell.alignment = st.wrap
        templates.append(cell._style)
    for row in range(first, last + 1):
        item = items[row - first] if row - first < len(items) else None
        for j, column in enumerate(table.columns, 1):
            cell = ws.cell(row=row, column=j)
            cell._style = copy(templates[j - 1])
            if item is not None:
                value = _cell_value(item, column)
                if value is not None:
                    _put(cell, value)

    for letter, column in zip(letters, table.columns, strict=True):
        ref = f"{letter}{first}:{letter}{reach}"
        title = column.header
        if column.list_name:
            _list_validation(ws, ref, column.list_name, column.help, title)
        elif column.kind is Kind.AMOUNT:
            _validation(
                ws,
                ref,
                kind="decimal",
                operator="greaterThanOrEqual",
                formula1="0",
                prompt=column.help,
                prompt_title=title,
                error=schema.DV_AMOUNT_ERROR,
                error_title=schema.DV_AMOUNT_TITLE,
            )
        elif column.help:
            _validation(ws, ref, prompt=column.help, prompt_title=title)
        if column.kind is Kind.OUTPUT:
            _conditional_status(ws, ref)

    ws.add_table(_table(f"A{hrow}:{letters[-1]}{last}", table.name))
    ws.row_dimensions[hrow].height = 42
    freeze_col = "D" if table is schema.PROJECTS else "A"
    ws.freeze_panes = f"{freeze_col}{first}"
    _print_setup(ws, hrow)
    return last


# ---- lists --------------------------------------------------------------------------------------


def _lists_sheet(wb: Workbook, ws: Worksheet, plan: Plan, strategies_last_row: int, st: _Styles) -> None:
    for i, lst in enumerate(schema.standard_lists(plan.settings.org_kind), 1):
        letter = column_letter(i)
        items = plan.list_items(lst.name)
        ws[f"{letter}1"] = lst.header
        ws[f"{letter}1"].font = st.bold
        for r, item in enumerate(items, 2):
            _put(ws[f"{letter}{r}"], item)
        last = 1 + max(len(items), 1)
        ws.add_table(_table(f"{letter}1:{letter}{last}", "tbl" + lst.name.removeprefix("lst"), LIST_TABLE_STYLE))
        ws.column_dimensions[letter].width = max(
            14, min(48, max((len(x) for x in (*items, lst.header)), default=0) + 4)
        )
        if items:
            _define(wb, lst.name, ws.title, _abs(letter, 2, 1 + len(items)))
    code = schema.STRATEGIES.column("code")
    code_letter = column_letter(schema.STRATEGIES.columns.index(code) + 1)
    _define(
        wb,
        schema.LIST_STRATEGY_CODES,
        schema.STRATEGIES.sheet,
        _abs(code_letter, schema.STRATEGIES.header_row + 1, strategies_last_row),
    )
    ws.freeze_panes = "A2"


# ---- summary ------------------------------------------------------------------------------------


def _summary_sheet(ws: Worksheet, plan: Plan, layout: SummaryLayout, st: _Styles) -> None:
    from openpyxl.comments import Comment
    from openpyxl.formatting.rule import FormulaRule
    from openpyxl.styles import Font, PatternFill

    for letter, width in SUMMARY_WIDTHS.items():
        ws.column_dimensions[letter].width = width
    ws.column_dimensions["G"].width = 3
    for i in range(_INDEX[_FLAG], _INDEX[SUMMARY_LAST_COL] + 1):
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

    for offset, (values, kind) in enumerate(zip(layout.rows, layout.kinds, strict=True)):
        row = layout.first_row + offset
        for i, value in enumerate(values):
            if value is not None:
                cell = ws.cell(row, i + 1)
                if i in (0, 5):  # labels and agencies are text from the plan; the rest are our formulas
                    _put(cell, value)
                else:
                    cell.value = value
        if kind in ("blank", "note"):
            continue
        a = ws[f"A{row}"]
        a.alignment = st.wrap
        if kind in ("heading", "subtotal", "total", "check"):
            a.font = st.bold
        if kind == "heading":
            continue
        ws[f"B{row}"].number_format = schema.FMT_INT
        ws[f"C{row}"].number_format = schema.FMT_PERCENT
        ws[f"D{row}"].number_format = schema.FMT_AMOUNT
        ws[f"E{row}"].number_format = schema.FMT_PERCENT
        ws[f"F{row}"].alignment = st.wrap
        for letter in "BCDE":
            ws[f"{letter}{row}"].alignment = st.top
        if kind in ("subtotal", "total"):
            for letter in "ABCDEF":
                ws[f"{letter}{row}"].font = st.bold
                ws[f"{letter}{row}"].fill = st.total_fill
            if kind == "total":
                for letter in "ABCDEF":
                    ws[f"{letter}{row}"].border = st.total_border

    check = layout.check_row
    ws[f"A{check}"].comment = Comment(schema.SUMMARY_CHECK_NOTE, CREATOR, width=360, height=130)
    note = ws[f"A{check + 1}"]
    note.alignment = st.wrap
    note.font = Font(name=FONT_NAME, sz=12, family=2, i=True)
    ws.row_dimensions[check + 1].height = 40
    fill, font = RED
    ws.conditional_formatting.add(
        f"A{check}:F{check}",
        FormulaRule(
            formula=[f"OR($B${check}<>0,$D${check}<>0)"],
            fill=PatternFill("solid", fgColor=fill, bgColor=fill),
            font=Font(color=font, b=True),
        ),
    )
    ws.freeze_panes = f"A{hdr + 1}"
    _print_setup(ws, hdr, landscape=True)
    ws.print_area = f"A1:F{layout.total_row}"


# ---- the workbook -------------------------------------------------------------------------------


def build_workbook(plan: Plan, summary: Rollup | None = None) -> Workbook:
    """The standard workbook for ``plan``, in memory (later wrapped into the .xlsm and the agency forms).

    ``summary`` decides which (ยุทธศาสตร์, แผนงาน) rows the ผด.01 sheet lists (default ``rollup(plan)``); its
    numbers are always formulas over the projects table.
    """
    st = _Styles()
    wb = _new_workbook(st, plan)
    sheets: dict[str, Worksheet] = {}
    for i, name in enumerate(schema.STANDARD_SHEETS, 1):
        ws = wb.active if i == 1 else wb.create_sheet()
        ws.title = name
        ws.sheet_properties.codeName = f"Sheet{i}"
        ws.sheet_format.defaultRowHeight = DEFAULT_ROW_HEIGHT
        ws.sheet_format.customHeight = True
        sheets[name] = ws

    _settings_sheet(wb, sheets[schema.SHEET_SETTINGS], plan, st)
    strategies_last = _data_sheet(wb, sheets[schema.STRATEGIES.sheet], plan, schema.STRATEGIES, plan.strategies, st)
    _data_sheet(wb, sheets[schema.PROJECTS.sheet], plan, schema.PROJECTS, plan.projects, st)
    _data_sheet(wb, sheets[schema.EQUIPMENT.sheet], plan, schema.EQUIPMENT, plan.equipment, st)
    _summary_sheet(sheets[schema.SHEET_SUMMARY], plan, summary_layout(plan, summary), st)
    _lists_sheet(wb, sheets[schema.SHEET_LISTS], plan, strategies_last, st)
    wb.active = 0
    return wb


def _stable_zip(data: bytes) -> bytes:
    """The same zip with fixed timestamps and attributes, so equal content gives equal bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o600 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def xlsx_bytes(wb: Workbook) -> bytes:
    """An openpyxl workbook as .xlsx bytes with fixed zip timestamps (the document properties are the caller's)."""
    from openpyxl.writer.excel import ExcelWriter

    buf = io.BytesIO()
    archive = zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
    ExcelWriter(wb, archive).save()  # not openpyxl.save_workbook: it stamps the current time
    return _stable_zip(buf.getvalue())


def workbook_bytes(plan: Plan, summary: Rollup | None = None) -> bytes:
    """The standard workbook as .xlsx bytes; deterministic (same plan → same bytes)."""
    return xlsx_bytes(build_workbook(plan, summary))


def write_workbook(plan: Plan, path: str | os.PathLike, summary: Rollup | None = None) -> Path:
    """Write the standard workbook to ``path`` atomically; an existing file is kept as a numbered backup."""
    target = Path(path)
    safe_write(target, workbook_bytes(plan, summary))
    return target
