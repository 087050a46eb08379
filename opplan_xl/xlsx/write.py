"""The standard workbook without Excel: a :class:`~opplan_xl.model.Plan` → a new ``.xlsx`` (openpyxl).

The workbook is laid out from :mod:`opplan_xl.schema` only: the settings sheet with a defined name per setting,
the data tables (Excel tables with drop-downs, input messages, formats, frozen panes and status colours), the
lists, and the ผด.01 summary as **native formulas** so it stays right in Excel with no Python at all
(:mod:`~opplan_xl.xlsx.summary_sheet`). The pieces every workbook shares are in :mod:`~opplan_xl.xlsx.kit`,
fonts and colours in :mod:`~opplan_xl.xlsx.styles`.

Determinism: fixed document properties and zip timestamps, so the same plan gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .. import schema
from ..files import safe_write
from ..model import Plan
from ..rollup import Rollup
from ..schema import Column, Kind, Table
from .cells import column_index, column_letter
from .formulas import fiscal_year_title_formula
from .kit import LIST_TABLE_STYLE, abs_ref, add_sheets, define, excel_table, new_workbook, print_setup, put, xlsx_bytes
from .styles import DEFAULT_ROW_HEIGHT, GREEN, RED, YELLOW, Styles, colour_when_equal, wrapped_height
from .summary_sheet import SUMMARY_HEADER_ROW, SummaryLayout, summary_layout, summary_sheet

if TYPE_CHECKING:  # pragma: no cover
    from openpyxl import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

__all__ = [
    "SPARE_ROWS",
    "SUMMARY_HEADER_ROW",
    "VALIDATION_ROWS",
    "SummaryLayout",
    "build_workbook",
    "data_sheet",
    "settings_sheet",
    "summary_layout",
    "workbook_bytes",
    "write_workbook",
    "xlsx_bytes",
]

SPARE_ROWS = 20  # empty formatted rows inside each table, so typing below the data keeps drop-downs and formats
HOLIDAY_SPARE_ROWS = 10
PARAGRAPH_SPARE_ROWS = 2  # the wording sheet's rows are the document's paragraphs; room for a note or two
PLACEHOLDER_WIDTH = 62
VALIDATION_ROWS = 2000  # drop-downs, validation and status colours reach this far below each table
DATE_MIN = dt.date(1990, 1, 1)
DATE_MAX = dt.date(2200, 12, 31)  # a BE year typed as CE (2569 …) is refused
YEAR_MIN, YEAR_MAX = 2500, 2700

# Lists whose drop-downs only warn on other values (users may add items; other agencies use their own names).
OPEN_LISTS = frozenset(
    {schema.LIST_PLAN_AREAS, schema.LIST_EQUIPMENT_CATEGORIES, schema.LIST_AGENCIES, schema.LIST_SOURCES}
)
STATUS_COLOURS = ((schema.STATUS_ERROR, RED), (schema.STATUS_WARNING, YELLOW), (schema.STATUS_OK, GREEN))


def _code_value(code: str | None) -> object:
    """Strategy codes that are whole numbers go in as numbers (what users type and what the drop-down gives)."""
    if code is None:
        return None
    return int(code) if code.isdigit() and len(code) < 10 and not (len(code) > 1 and code[0] == "0") else code


# ---- data validation ----------------------------------------------------------------------------


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


# ---- settings -----------------------------------------------------------------------------------


def _setting_value(plan: Plan, key: str) -> object:
    setting = schema.SETTINGS_BY_KEY[key]
    value = getattr(plan.settings, key)
    if key in plan.settings.unparsed:  # what the officer typed and the parser could not take stays as it was
        return plan.settings.unparsed[key]
    if setting.kind is Kind.BOOL:
        return schema.YES if value else schema.NO
    if value is None or value == "":
        return setting.default
    return value


def settings_sheet(wb: Workbook, ws: Worksheet, plan: Plan, st: Styles) -> None:
    """The settings (label, value, a defined name per setting, validation) and the extra holidays table."""
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
        put(cell, _setting_value(plan, setting.key))
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
        define(wb, setting.defined_name, ws.title, abs_ref(vcol, row))

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
        put(ws[f"{letters[1]}{hrow + i}"], h.name or None)
    for r in range(hrow + 1, last + 1):
        ws[f"{letters[0]}{r}"].number_format = schema.FMT_DATE_BE_LONG
        ws[f"{letters[0]}{r}"].alignment = st.right
        ws[f"{letters[1]}{r}"].alignment = st.wrap
    ws.add_table(excel_table(f"{letters[0]}{hrow}:{letters[-1]}{last}", table.name, LIST_TABLE_STYLE))
    _date_validation(ws, f"{letters[0]}{hrow + 1}:{letters[0]}{last + VALIDATION_ROWS // 10}", "", table.title)
    ws.freeze_panes = f"A{schema.SETTINGS_FIRST_ROW}"
    print_setup(ws, None, landscape=False)


# ---- data tables --------------------------------------------------------------------------------


def _cell_value(item: object, column: Column) -> object:
    if column.kind is Kind.OUTPUT:
        return None
    if column.key in item.unparsed:  # what the officer typed and the parser could not take stays as it was
        return item.unparsed[column.key]
    if column.kind is Kind.MONTH:
        return schema.MONTH_MARK if int(column.key[1:]) in item.months else None
    value = getattr(item, column.key)
    if column.kind is Kind.CODE:
        return _code_value(value)
    if value == "":
        return None
    return value


def _column_heads(ws: Worksheet, table: Table, letters: Sequence[str], hrow: int, st: Styles) -> None:
    """The header row of a table sheet: widths, hidden columns, bold centred headers."""
    for letter, column in zip(letters, table.columns, strict=True):
        ws.column_dimensions[letter].width = column.width
        ws.column_dimensions[letter].hidden = column.hidden
        head = ws[f"{letter}{hrow}"]
        head.value = column.header
        head.font = st.bold
        head.alignment = st.centre_wrap


def data_sheet(ws: Worksheet, table: Table, items: Sequence, st: Styles) -> int:
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

    _column_heads(ws, table, letters, hrow, st)

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
    # Cells are made directly (not through ws.cell(), which looks each one up first): a 5,000-project book has
    # 200,000 of them.
    from openpyxl.cell.cell import Cell

    cells = ws._cells
    numbered = list(enumerate(table.columns, 1))
    for row in range(first, last + 1):
        item = items[row - first] if row - first < len(items) else None
        for j, column in numbered:
            cell = cells[(row, j)] = Cell(ws, row=row, column=j, style_array=copy(templates[j - 1]))
            if item is not None:
                value = _cell_value(item, column)
                if value is not None:
                    put(cell, value)

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
            colour_when_equal(ws, ref, STATUS_COLOURS)

    ws.add_table(excel_table(f"A{hrow}:{letters[-1]}{last}", table.name))
    ws.row_dimensions[hrow].height = 42
    freeze_col = "D" if table is schema.PROJECTS else "A"
    ws.freeze_panes = f"{freeze_col}{first}"
    print_setup(ws, hrow)
    progress = [i for i, c in enumerate(table.columns) if c.key in schema.PROGRESS_KEYS]
    if progress:  # the sheet prints as the plan: the progress columns (and the status after them) stay off paper
        ws.print_area = f"A1:{letters[progress[0] - 1]}{last}"
    return last


# ---- lists --------------------------------------------------------------------------------------


def lists_sheet(
    wb: Workbook,
    ws: Worksheet,
    plan: Plan,
    strategies_last_row: int,
    st: Styles,
    replace: Mapping[str, Sequence[str]] | None = None,
) -> None:
    """The drop-down lists, one table and defined name each, and the name of the strategy codes' range.

    ``replace``: list name → the items to show instead of the plan's (the agency form's own agency).
    """
    replace = replace or {}
    for i, lst in enumerate(schema.standard_lists(plan.settings.org_kind), 1):
        letter = column_letter(i)
        items = replace[lst.name] if lst.name in replace else plan.list_items(lst.name)
        ws[f"{letter}1"] = lst.header
        ws[f"{letter}1"].font = st.bold
        for r, item in enumerate(items, 2):
            put(ws[f"{letter}{r}"], item)
        last = 1 + max(len(items), 1)
        ws.add_table(excel_table(f"{letter}1:{letter}{last}", "tbl" + lst.name.removeprefix("lst"), LIST_TABLE_STYLE))
        ws.column_dimensions[letter].width = max(
            14, min(48, max((len(x) for x in (*items, lst.header)), default=0) + 4)
        )
        if items:
            define(wb, lst.name, ws.title, abs_ref(letter, 2, 1 + len(items)))
    code = schema.STRATEGIES.column("code")
    code_letter = column_letter(schema.STRATEGIES.columns.index(code) + 1)
    define(
        wb,
        schema.LIST_STRATEGY_CODES,
        schema.STRATEGIES.sheet,
        abs_ref(code_letter, schema.STRATEGIES.header_row + 1, strategies_last_row),
    )
    ws.freeze_panes = "A2"


def history_cells(plan: Plan) -> list:
    """The history rows as the sheet shows them: the column's Thai header, months as ✓ (see versions.fields)."""
    from ..versions.fields import cell_value, history_column

    out = []
    for change in plan.history:
        found = history_column(change.field, change.row_id)
        if found is None:  # an unknown field stays as the officer typed it
            out.append(change)
            continue
        table, key = found
        shown = {"field": table.column(key).header}
        for side in ("old", "new"):
            if side not in change.unparsed:
                shown[side] = cell_value(table, key, getattr(change, side))
        out.append(change.model_copy(update=shown))
    return out


# ---- the document's wording ---------------------------------------------------------------------


def paragraph_rows(plan: Plan) -> list:
    """The wording sheet's rows: every paragraph of the document in order, the officer's row when the plan has
    one (its text as typed, empty included), else the standard text; then the officer's other rows as typed."""
    from ..wording import chosen, standard_paragraphs

    if not plan.paragraphs:
        return standard_paragraphs()
    mine = chosen(plan)
    rows = [mine[p.key].model_copy(update={"part": p.part}) if p.key in mine else p for p in standard_paragraphs()]
    used = {id(p) for p in mine.values()}
    return rows + [p for p in plan.paragraphs if id(p) not in used]


def paragraphs_sheet(ws: Worksheet, plan: Plan, st: Styles) -> None:
    """The wording sheet: a how-to line, one row per paragraph (label, text, hidden key) in an Excel table, and
    beside it the placeholders the officer may type."""
    table = schema.PARAGRAPHS
    letters = [column_letter(i + 1) for i in range(len(table.columns))]
    text_letter = letters[[c.key for c in table.columns].index("text")]
    text_width = table.column("text").width
    hrow = table.header_row
    ws["A1"] = table.title
    ws["A1"].font = st.title
    ws["A2"] = schema.SHEET_HELP
    ws["A2"].font = st.bold
    ws["A2"].alignment = st.top
    help_cell = ws[f"{text_letter}2"]
    put(help_cell, schema.PARAGRAPHS_INSTRUCTION)
    help_cell.alignment = st.wrap
    ws.row_dimensions[2].height = wrapped_height(schema.PARAGRAPHS_INSTRUCTION, int(text_width * 0.85))
    _column_heads(ws, table, letters, hrow, st)
    rows = paragraph_rows(plan)
    last = hrow + len(rows) + PARAGRAPH_SPARE_ROWS
    for r in range(hrow + 1, last + 1):
        item = rows[r - hrow - 1] if r - hrow - 1 < len(rows) else None
        for letter, column in zip(letters, table.columns, strict=True):
            cell = ws[f"{letter}{r}"]
            cell.alignment = st.wrap
            cell.number_format = "@"
            if item is not None:
                value = _cell_value(item, column)
                if value is not None:
                    put(cell, value)
        if item is not None:
            text = item.unparsed.get("text", item.text) or ""
            # Excel does not fit rows on opening: room for every line, and one spare line for the officer's edits
            height = sum(wrapped_height(line, int(text_width * 0.85)) for line in str(text).split("\n"))
            ws.row_dimensions[r].height = height + DEFAULT_ROW_HEIGHT
    ws.add_table(excel_table(f"A{hrow}:{letters[-1]}{last}", table.name))
    text_column = table.column("text")
    _validation(ws, f"{text_letter}{hrow + 1}:{text_letter}{last + VALIDATION_ROWS // 10}", prompt=text_column.help)
    # the placeholders beside the table, one block of lines in a cell merged down the paragraphs' rows (below the
    # header row: a header there would read as a column of the table)
    letter = schema.PLACEHOLDER_COL
    ws.column_dimensions[column_letter(column_index(letter) - 1)].width = 3
    ws.column_dimensions[letter].width = PLACEHOLDER_WIDTH
    block = ws[f"{letter}{hrow + 1}"]
    put(block, placeholder_block())
    block.alignment = st.wrap
    block.font = st.base
    ws.merge_cells(f"{letter}{hrow + 1}:{letter}{max(hrow + len(rows), hrow + 1)}")
    ws.freeze_panes = f"A{hrow + 1}"
    print_setup(ws, hrow, landscape=False)


def placeholder_block() -> str:
    """The wording sheet's list of placeholders: a title line, then "{name}  what it stands for" a line each."""
    lines = [schema.PLACEHOLDER_TITLE, *("{" + name + "}  " + what for name, _, what in schema.PLACEHOLDERS)]
    return "\n".join(lines)


# ---- the workbook -------------------------------------------------------------------------------


def build_workbook(plan: Plan, summary: Rollup | None = None) -> Workbook:
    """The standard workbook for ``plan``, in memory (later wrapped into the .xlsm and the agency forms).

    ``summary`` decides which (ยุทธศาสตร์, แผนงาน) rows the ผด.01 sheet lists (default ``rollup(plan)``); its
    numbers are always formulas over the projects table. Every project and equipment row is written with a stable
    row id (the hidden column; :func:`opplan_xl.versions.ids.with_ids`: ids it has stay; a table that has ids
    already gets none for rows typed since, see :func:`~opplan_xl.versions.ids.needs_ids`), so that a later diff,
    amendment or late agency form matches rows by id.
    """
    from ..versions.ids import needs_ids, with_ids

    if needs_ids(plan):
        plan = with_ids(plan, fresh_only=True)
    st = Styles()
    wb = new_workbook(st, plan)
    sheets = add_sheets(wb, schema.STANDARD_SHEETS)
    settings_sheet(wb, sheets[schema.SHEET_SETTINGS], plan, st)
    strategies_last = data_sheet(sheets[schema.STRATEGIES.sheet], schema.STRATEGIES, plan.strategies, st)
    data_sheet(sheets[schema.PROJECTS.sheet], schema.PROJECTS, plan.projects, st)
    data_sheet(sheets[schema.EQUIPMENT.sheet], schema.EQUIPMENT, plan.equipment, st)
    summary_sheet(sheets[schema.SHEET_SUMMARY], summary_layout(plan, summary), st)
    lists_sheet(wb, sheets[schema.SHEET_LISTS], plan, strategies_last, st)
    data_sheet(sheets[schema.SHEET_AMENDMENTS], schema.AMENDMENTS, plan.amendments, st)
    data_sheet(sheets[schema.SHEET_HISTORY], schema.HISTORY, history_cells(plan), st)
    paragraphs_sheet(sheets[schema.SHEET_PARAGRAPHS], plan, st)
    wb.active = 0
    return wb


def workbook_bytes(plan: Plan, summary: Rollup | None = None) -> bytes:
    """The standard workbook as .xlsx bytes; deterministic (same plan → same bytes)."""
    return xlsx_bytes(build_workbook(plan, summary))


def write_workbook(plan: Plan, path: str | os.PathLike, summary: Rollup | None = None) -> Path:
    """Write the standard workbook to ``path`` atomically; an existing file is kept as a numbered backup."""
    target = Path(path)
    safe_write(target, workbook_bytes(plan, summary))
    return target
