"""The new workbook of an import, with its report sheet, and the report's lines for the console.

The report lists, in Thai, everything the import skipped or guessed (at the source sheet and cell) and every
finding of the new workbook (at its new cell, with the source cell it came from). The workbook is built from the
plan by the builder (never a copy of the source file), written atomically with the previous file kept.
"""

from __future__ import annotations

import os
from pathlib import Path

from .. import messages, schema
from ..findings import Finding, Severity
from .book import Imported

__all__ = ["report_lines", "report_rows", "write_imported"]

CONSOLE_INFO_PER_CODE = 10  # the console shows this many notes of one kind; the report sheet has them all


def _places(f: Finding, imported: Imported) -> tuple[str, str]:
    """(new cell, source cell) of a note or finding."""
    here = f"{f.sheet}!{f.cell}" if f.cell else f.sheet
    sources = imported.sources.get((f.sheet, f.cell))
    if sources:
        return here, ", ".join(sources)
    if f.sheet in schema.STANDARD_SHEETS or not f.sheet:
        return here, ""
    return "", here


def report_rows(imported: Imported, lang: str = "th") -> list[tuple[str, list[list[str]]]]:
    """The report's two sections: (title, rows of IMPORT_REPORT_COLUMNS)."""
    out = []
    for key, items in (("ui.import.report_notes", imported.notes), ("ui.import.report_findings", imported.findings)):
        rows = []
        for f in items:
            new, source = _places(f, imported)
            text = f.message_en if lang == "en" else f.message
            rows.append([messages.text(f"ui.severity.{f.severity.value}", lang), f.code, new, source, text])
        out.append((messages.text(key, lang), rows))
    return out


def report_lines(imported: Imported, lang: str = "th") -> list[str]:
    """The report as console lines."""
    plan = imported.plan
    lines = [
        messages.text(
            "ui.import.read",
            lang,
            path=imported.path,
            projects=len(plan.projects),
            equipment=len(plan.equipment),
            strategies=len(plan.strategies),
            sheets=sum(1 for r in imported.sheets if r.form in ("projects", "equipment")),
            totals=sum(r.totals_checked for r in imported.sheets),
        )
    ]
    for key, items in (("ui.import.notes", imported.notes), ("ui.import.findings", imported.findings)):
        if not items:
            continue
        lines.append(messages.text(key, lang))
        shown: dict[str, int] = {}
        for f in items:
            shown[f.code] = shown.get(f.code, 0) + 1
            if f.severity is Severity.INFO and shown[f.code] > CONSOLE_INFO_PER_CODE:
                continue
            new, source = _places(f, imported)
            label = messages.text(f"ui.severity.{f.severity.value}", lang)
            where = new or source
            text = f.message_en if lang == "en" else f.message
            lines.append(f"  [{label}] {where}: {text}  ({f.code})")
        for code, n in shown.items():
            if n > CONSOLE_INFO_PER_CODE:
                more = n - CONSOLE_INFO_PER_CODE
                lines.append(
                    "  " + messages.text("ui.import.more", lang, n=more, code=code, sheet=schema.SHEET_IMPORT_REPORT)
                )
    return lines


def _add_report_sheet(wb, imported: Imported, source_name: str) -> None:
    from ..xlsx.kit import put
    from ..xlsx.output import add_sheet
    from ..xlsx.styles import Styles

    st = Styles()
    ws = add_sheet(wb, schema.SHEET_IMPORT_REPORT)
    ws["A1"] = messages.text("ui.import.report_title", path=source_name)
    ws["A1"].font = st.title
    ws.page_setup.orientation = "landscape"  # printed on one page width, as the ผด. forms are
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    widths = (12, 26, 24, 26, 80)
    for j, w in enumerate(widths):
        ws.column_dimensions["ABCDE"[j]].width = w
    from copy import copy

    template = None
    row = 3
    for title, rows in report_rows(imported):
        ws.cell(row, 1, title).font = st.bold
        row += 1
        for j, header in enumerate(schema.IMPORT_REPORT_COLUMNS, 1):
            ws.cell(row, j, header).font = st.bold
        row += 1
        if not rows:
            ws.cell(row, 1, messages.text("ui.import.report_none"))
            row += 1
        for values in rows:
            for j, value in enumerate(values, 1):
                cell = ws.cell(row, j)
                put(cell, value)
                if template is None:  # one style object for every cell: openpyxl's per-cell styling is slow
                    cell.alignment = st.wrap
                    template = cell._style
                cell._style = copy(template)
            row += 1
        row += 1


def write_imported(imported: Imported, out: str | os.PathLike, *, source_name: str) -> tuple[Path, Path | None]:
    """The new standard workbook (.xlsx, or .xlsm with the ribbon) with the report sheet: (path, backup)."""
    from ..xlsx.output import write_plan_book

    return write_plan_book(imported.plan, out, lambda wb: _add_report_sheet(wb, imported, source_name))
