"""``OpPlan.xlsm``: the standard workbook with a ribbon tab, macros and worksheet functions (xlwings).

Built on Linux without Office, never by loading and saving an .xlsm with openpyxl (that drops the ribbon):

1. :func:`opplan_xl.xlsx.write.build_workbook` lays out the standard sheets for the plan (in memory);
2. this module adds the วิธีใช้ (how to use) sheet first and the ผลการตรวจสอบ (results) sheet and records the
   xlwings version in the hidden defined name ``_OpPlanXlwings``; openpyxl writes the .xlsx bytes;
3. :func:`opplan_xl.xlsx.vba.project.build_vba_project` makes a source-only VBA project: the installed
   xlwings' standalone module (with ``Dictionary``), our ribbon callbacks (``OpPlanRibbon``) and the
   ``xlwings_udfs`` module that xlwings' own generator writes for :mod:`opplan_xl.excel.udfs`;
4. :func:`opplan_xl.xlsx.xlsm.make_xlsm` adds the VBA project and the ribbon (customUI14 + legacy customUI).

The result is deterministic: the same plan gives the same parts (fixed document properties and zip times).

The ผด.01 block needs nothing more here: :mod:`~opplan_xl.xlsx.summary_sheet` already styles it through a hidden
kind column, so the ribbon's สรุปงบประมาณ can rebuild it in place by writing values, formulas and kinds.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from .. import messages, schema
from ..files import safe_write
from ..model import Plan
from .cells import column_letter
from .styles import FONT_NAME, GREEN, RED, YELLOW, Styles, colour_when_equal, wrapped_height
from .summary_sheet import SUMMARY_KIND_COL, SUMMARY_REACH  # re-exported (tests import them here)

if TYPE_CHECKING:  # pragma: no cover
    from openpyxl import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

__all__ = [
    "RIBBON_MODULE",
    "SUMMARY_KIND_COL",
    "SUMMARY_REACH",
    "XLWINGS_NAME",
    "build_xlsm",
    "customui14",
    "ribbon_module_source",
    "write_xlsm",
]

XLWINGS_NAME = "_OpPlanXlwings"
"""Hidden defined name holding the xlwings version the VBA module came from (``="0.37.8"``)."""
RIBBON_MODULE = "OpPlanRibbon"
RESULTS_REACH = 20000
HELP_LINE = 80
"""Characters per line of the help sheet (its column is a little wider)."""


def ribbon_module_source() -> str:
    return resources.files("opplan_xl.excel").joinpath("vba", f"{RIBBON_MODULE}.bas").read_text(encoding="ascii")


def customui14() -> bytes:
    return resources.files("opplan_xl.excel").joinpath("vba", "customUI14.xml").read_bytes()


# ------------------------------------------------------------------------------------------------- the sheets


def _help_sheet(ws: Worksheet, st: Styles) -> None:

    names = {
        "settings": schema.SHEET_SETTINGS,
        "strategies": schema.SHEET_STRATEGIES,
        "projects": schema.SHEET_PROJECTS,
        "equipment": schema.SHEET_EQUIPMENT,
        "summary": schema.SHEET_SUMMARY,
        "lists": schema.SHEET_LISTS,
        "results": schema.SHEET_RESULTS,
        "status": schema.STATUS_COLUMN.header,
        "amendments": schema.SHEET_AMENDMENTS,
        "history": schema.SHEET_HISTORY,
        "paragraphs": schema.SHEET_PARAGRAPHS,
    }
    ws.column_dimensions["A"].width = HELP_LINE + 5
    ws["A1"] = messages.text("xl.help.title")
    ws["A1"].font = st.title
    row = 3
    for section in ("fill", "buttons", "dates", "functions", "trouble"):
        cell = ws.cell(row, 1, messages.text(f"xl.help.{section}.title"))
        cell.font = st.bold
        row += 1
        for line in messages.text(f"xl.help.{section}", **names).split("\n"):
            ws.cell(row, 1, line).alignment = st.wrap
            ws.row_dimensions[row].height = wrapped_height(line, HELP_LINE)
            row += 1
        row += 1
    ws.sheet_view.showGridLines = False
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def _results_sheet(ws: Worksheet, st: Styles) -> None:
    from openpyxl.styles import Font

    from ..excel.results import RESULTS_FIRST_ROW, results_header, severity_label
    from ..findings import Severity

    ws["A1"] = schema.SHEET_RESULTS
    ws["A1"].font = st.title
    ws.cell(RESULTS_FIRST_ROW, 1, messages.text("xl.results.not_yet"))
    header_row = RESULTS_FIRST_ROW + 2
    for col, text in enumerate(results_header(), 1):
        ws.cell(header_row, col, text).font = Font(name=FONT_NAME, b=True)
    for col, width in enumerate((7, 12, 30, 90, 26), 1):  # number, severity, place, message, code
        ws.column_dimensions[column_letter(col)].width = width
    ref = f"B{RESULTS_FIRST_ROW}:B{RESULTS_REACH}"
    colours = ((Severity.ERROR, RED), (Severity.WARNING, YELLOW), (Severity.INFO, GREEN))
    colour_when_equal(ws, ref, [(severity_label(severity), colour) for severity, colour in colours])
    for row in range(RESULTS_FIRST_ROW, RESULTS_FIRST_ROW + 200):
        ws.cell(row, 4).alignment = st.wrap


def _add_sheets(wb: Workbook) -> None:
    used = {ws.sheet_properties.codeName for ws in wb.worksheets}
    free = (f"Sheet{n}" for n in range(1, 1000) if f"Sheet{n}" not in used)

    help_ws = wb.create_sheet(schema.SHEET_HELP, 0)
    help_ws.sheet_properties.codeName = next(free)
    st = Styles()
    _help_sheet(help_ws, st)

    lists_at = wb.sheetnames.index(schema.SHEET_LISTS)
    results = wb.create_sheet(schema.SHEET_RESULTS, lists_at)
    results.sheet_properties.codeName = next(free)
    _results_sheet(results, st)

    for ws in wb.worksheets:
        ws.sheet_view.tabSelected = False
    wb.active = 0
    help_ws.sheet_view.tabSelected = True


def _xlwings_version_name(wb: Workbook, version: str) -> None:
    from openpyxl.workbook.defined_name import DefinedName

    wb.defined_names[XLWINGS_NAME] = DefinedName(XLWINGS_NAME, attr_text=f'"{version}"', hidden=True)


def build_openpyxl(plan: Plan, xlwings_version: str) -> Workbook:
    """The workbook's sheets, in memory (what :func:`build_xlsm` turns into the .xlsm)."""
    from .write import build_workbook

    wb = build_workbook(plan)
    _add_sheets(wb)
    _xlwings_version_name(wb, xlwings_version)
    return wb


def build_xlsm(plan: Plan | None = None, *, add: Callable[[Workbook], None] | None = None) -> bytes:
    """The macro-enabled workbook for ``plan`` (default: an empty plan, what an officer starts from).

    ``add`` may add sheets to the laid-out workbook before it is packed (``opplan merge`` adds its report sheet);
    each new sheet needs a codeName no other sheet has.
    """
    from ..excel.wrappers import MODULE_NAME, wrapper_source
    from .kit import xlsx_bytes
    from .vba.project import VbaModule, build_vba_project, installed_xlwings_version
    from .xlsm import make_xlsm

    plan = plan if plan is not None else Plan()
    version = installed_xlwings_version()
    wb = build_openpyxl(plan, version)
    if add is not None:
        add(wb)
    xlsx = xlsx_bytes(wb)
    modules = [VbaModule(RIBBON_MODULE, ribbon_module_source()), VbaModule(MODULE_NAME, wrapper_source())]
    codenames = [ws.sheet_properties.codeName for ws in wb.worksheets]
    vba = build_vba_project(codenames, modules, wb.code_name)
    return make_xlsm(xlsx, vba, customui14())


def write_xlsm(plan: Plan | None, path: str | os.PathLike) -> tuple[Path, Path | None]:
    """Write the workbook to ``path`` atomically; returns (path, backup of the previous file or None).

    A different previous file is kept as a numbered backup; an identical one is left as it is (no backup).
    """
    target = Path(path)
    data = build_xlsm(plan)
    if target.is_file() and target.read_bytes() == data:
        return target, None
    return target, safe_write(target, data)
