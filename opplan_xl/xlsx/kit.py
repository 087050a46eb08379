"""The openpyxl pieces every workbook we write is made of: a new workbook with TH Sarabun New as its default font
and fixed properties, its sheets, cell values stored as themselves, defined names, tables, print setup, and the
deterministic .xlsx bytes.

Used by the standard workbook (:mod:`~opplan_xl.xlsx.write`), its ผด.01 sheet, the .xlsm, the agency form and the
merge report. openpyxl is imported inside the functions.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .. import schema
from .cells import quote_sheet
from .styles import DEFAULT_ROW_HEIGHT, Styles

if TYPE_CHECKING:  # pragma: no cover
    from openpyxl import Workbook
    from openpyxl.worksheet.table import Table as XlTable
    from openpyxl.worksheet.worksheet import Worksheet

    from ..model import Plan

__all__ = [
    "CREATOR",
    "LIST_TABLE_STYLE",
    "TABLE_STYLE",
    "abs_ref",
    "add_sheets",
    "define",
    "excel_table",
    "new_workbook",
    "print_setup",
    "put",
    "xlsx_bytes",
]

TABLE_STYLE = "TableStyleMedium2"
LIST_TABLE_STYLE = "TableStyleLight9"
FIXED_TIME = dt.datetime(2026, 1, 1, 0, 0, 0)
ZIP_TIME = (1980, 1, 1, 0, 0, 0)
CREATOR = "opplan-xl"


def new_workbook(styles: Styles, plan: Plan) -> Workbook:
    """A workbook whose default (Normal) font is TH Sarabun New, so every cell users type gets it too; its
    document properties are fixed (the same plan gives the same bytes)."""
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


def add_sheets(wb: Workbook, names: Sequence[str]) -> dict[str, Worksheet]:
    """The sheets of a new workbook in this order (code names ``Sheet1``…), with the default row height."""
    sheets: dict[str, Worksheet] = {}
    for i, name in enumerate(names, 1):
        ws = wb.active if i == 1 else wb.create_sheet()
        ws.title = name
        ws.sheet_properties.codeName = f"Sheet{i}"
        ws.sheet_format.defaultRowHeight = DEFAULT_ROW_HEIGHT
        ws.sheet_format.customHeight = True
        sheets[name] = ws
    return sheets


_ESCAPE_LIKE = re.compile(r"_(x[0-9A-Fa-f]{4}_)")


def put(cell, value: object) -> None:
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


def define(wb: Workbook, name: str, sheet: str, ref: str) -> None:
    """A workbook-level defined name for ``ref`` on ``sheet``."""
    from openpyxl.workbook.defined_name import DefinedName

    wb.defined_names[name] = DefinedName(name, attr_text=f"{quote_sheet(sheet)}!{ref}")


def abs_ref(col: str, first: int, last: int | None = None) -> str:
    """``$B$3``, or ``$A$2:$A$13`` with ``last``."""
    return f"${col}${first}" if last is None else f"${col}${first}:${col}${last}"


def excel_table(ref: str, name: str, style: str = TABLE_STYLE) -> XlTable:
    """An Excel table (ListObject) over ``ref`` with banded rows."""
    from openpyxl.worksheet.table import Table as XlTable
    from openpyxl.worksheet.table import TableStyleInfo

    t = XlTable(displayName=name, ref=ref)
    t.tableStyleInfo = TableStyleInfo(name=style, showRowStripes=True, showColumnStripes=False)
    return t


def print_setup(ws: Worksheet, header_row: int | None, landscape: bool = True) -> None:
    """A4, one page wide; the header row repeats on every printed page."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    if header_row is not None:
        ws.print_title_rows = f"{header_row}:{header_row}"


def _stable_zip(data: bytes, values: dict[int, dict[str, object]] | None = None) -> bytes:
    """The same zip with fixed timestamps and attributes, so equal content gives equal bytes; ``values`` are the
    formulas' cached values to put into the sheets (:mod:`~opplan_xl.xlsx.cached`)."""
    from .cached import add_cached_values

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src:
        infos = src.infolist()
        parts = {info.filename: src.read(info.filename) for info in infos}
    if values:
        add_cached_values(parts, values)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in infos:
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o600 << 16
            dst.writestr(fixed, parts[info.filename])
    return out.getvalue()


def xlsx_bytes(wb: Workbook) -> bytes:
    """An openpyxl workbook as .xlsx bytes with fixed zip timestamps (the document properties are the caller's),
    every formula cell carrying its cached value (:func:`~opplan_xl.xlsx.cached.cached_values`)."""
    from openpyxl.writer.excel import ExcelWriter

    from .cached import cached_values

    values = cached_values(wb)
    buf = io.BytesIO()
    archive = zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
    ExcelWriter(wb, archive).save()  # not openpyxl.save_workbook: it stamps the current time
    return _stable_zip(buf.getvalue(), values)
