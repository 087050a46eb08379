"""The merge report: per agency, the projects and budget received, what changed, findings and conflicts.

The same content is printed by ``opplan merge`` and written as a sheet (``schema.SHEET_MERGE_REPORT``) in the
merged workbook: a summary table with one row per returned file, then one row per change, finding or conflict.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .. import messages, schema
from ..findings import Finding, Severity, counts
from ..thai import format_amount
from .merge import AgencyMerge, MergeResult

if TYPE_CHECKING:  # pragma: no cover
    from openpyxl import Workbook

__all__ = ["MergedBook", "add_report_sheet", "report_lines", "write_merged"]


def _where(f: Finding) -> str:
    if f.sheet and f.cell:
        return f"{f.sheet}!{f.cell}"
    return f.sheet


def _finding_line(f: Finding, lang: str) -> str:
    label = messages.text(f"ui.severity.{f.severity.value}", lang)
    return f"[{label}] {f.text(lang)}"


def _changes(m: AgencyMerge, lang: str) -> list[tuple[str, str]]:
    """(what, "name (budget baht)") for every added, changed and removed row."""
    out = []
    for what, rows in (
        ("ui.merge.added", m.added),
        ("ui.merge.changed", [new for _, new in m.changed]),
        ("ui.merge.removed", m.removed),
    ):
        for p in rows:
            budget = format_amount(p.budget) if p.budget is not None else "-"
            out.append((messages.text(what, lang), f"{p.name or ''} ({budget})"))
    return out


def _change_counts(m: AgencyMerge) -> dict[str, int]:
    return {
        "added": len(m.added),
        "changed": len(m.changed),
        "removed": len(m.removed),
        "unchanged": m.unchanged,
        "conflicts": len(m.conflicts),
    }


def report_lines(result: MergeResult, lang: str = "th") -> list[str]:
    """The report as printed lines."""
    from ..rollup import rollup

    lines = [messages.text("ui.merge.title", lang)]
    for m in result.merged:
        lines.append("")
        lines.append(
            messages.text(
                "ui.merge.agency",
                lang,
                agency=m.agency,
                file=m.form.file,
                form_id=m.form.identity.form_id,
                received=m.received,
                budget=format_amount(m.budget),
            )
        )
        lines.append("  " + messages.text("ui.merge.changes", lang, **_change_counts(m)))
        for what, text in _changes(m, lang):
            lines.append(f"    {what}: {text}")
        findings = m.findings
        if findings:
            lines.append("  " + messages.text("ui.merge.counts", lang, **counts(findings)))
            lines.extend("    " + _finding_line(f, lang) for f in findings)
    if result.refused:
        lines.append("")
        lines.append(messages.text("ui.merge.refused", lang, n=len(result.refused)))
        for r in result.refused:
            lines.extend("  " + f.text(lang) for f in r.findings)
    if result.merged:
        lines.append("")
        if not result.changed:
            lines.append(messages.text("ui.merge.no_change", lang))
        r = rollup(result.plan).own_vs_other
        lines.append(
            messages.text(
                "ui.merge.totals",
                lang,
                own=r.own.projects,
                own_budget=format_amount(r.own.budget),
                other=r.other.projects,
                other_budget=format_amount(r.other.budget),
            )
        )
    return lines


def add_report_sheet(wb: Workbook, result: MergeResult, book: str, when: dt.datetime) -> None:
    """The report as a sheet at the end of ``wb`` (text cells stay text, whatever they hold)."""
    from openpyxl.styles import Alignment, Font

    from ..xlsx import write as w
    from ..xlsx.cells import column_letter

    st = w._Styles()
    ws = wb.create_sheet(schema.SHEET_MERGE_REPORT)
    ws.sheet_properties.codeName = f"Sheet{len(wb.worksheets)}"
    ws.sheet_format.defaultRowHeight = w.DEFAULT_ROW_HEIGHT
    ws["A1"] = messages.text("ui.merge.title")
    ws["A1"].font = st.title
    w._put(ws["A2"], messages.text("ui.merge.ran", when=_when(when), book=book))
    header = 4
    widths = (26, 28, 28, 16, 12, 18, 8, 8, 8, 8, 10, 10, 10)
    for j, (text, width) in enumerate(zip(schema.MERGE_REPORT_COLUMNS, widths, strict=True), 1):
        cell = ws.cell(header, j, text)
        cell.font = st.bold
        cell.alignment = st.centre_wrap
        cell.fill = st.heading_fill
        ws.column_dimensions[column_letter(j)].width = width
    row = header + 1
    for m in result.merged:
        c = counts(m.findings)
        status = "ui.merge.status.merged" if m.has_changes else "ui.merge.status.unchanged"
        values = [
            m.agency,
            m.form.file,
            m.form.identity.form_id,
            messages.text(status),
            m.received,
            m.budget,
            len(m.added),
            len(m.changed),
            len(m.removed),
            m.unchanged,
            len(m.conflicts),
            c["error"],
            c["warning"],
        ]
        _row(ws, row, values)
        ws.cell(row, 6).number_format = schema.FMT_AMOUNT
        row += 1
    for r in result.refused:
        _row(ws, row, ["", r.file, "", messages.text("ui.merge.status.refused")])
        row += 1

    row += 1
    for j, text in enumerate(schema.MERGE_REPORT_DETAIL_COLUMNS, 1):
        cell = ws.cell(row, j, text)
        cell.font = st.bold
        cell.fill = st.heading_fill
    row += 1
    wrap = Alignment(wrap_text=True, vertical="top")
    for m in result.merged:
        for what, text in _changes(m, "th"):
            _row(ws, row, [m.agency, m.form.file, messages.text("ui.merge.kind.change"), what, text])
            row += 1
        for f in m.findings:
            kind = "ui.merge.kind.conflict" if f in m.conflicts else "ui.merge.kind.finding"
            label = messages.text(f"ui.severity.{f.severity.value}")
            _row(ws, row, [m.agency, m.form.file, f"{messages.text(kind)} ({label})", _where(f), f.message])
            if f.severity is Severity.ERROR:
                ws.cell(row, 3).font = Font(name=w.FONT_NAME, sz=w.FONT_SIZE, color=w.RED[1])
            row += 1
    for r in result.refused:
        for f in r.findings:
            label = messages.text("ui.merge.status.refused")
            _row(ws, row, ["", r.file, label, "", f.message])
            row += 1
    for r_ in range(header + 1, row):
        ws.cell(r_, 5).alignment = wrap
    ws.freeze_panes = f"A{header + 1}"


def _row(ws, row: int, values: list[object]) -> None:
    from ..xlsx.write import _put

    for j, v in enumerate(values, 1):
        if v is not None and v != "":
            _put(ws.cell(row, j), v)


def _when(when: dt.datetime) -> str:
    from ..thai import format_date

    return f"{format_date(when.date(), 'short', thai_digits=False)} {when:%H:%M}"


@dataclass(frozen=True)
class MergedBook:
    path: Path
    backup: Path | None


def write_merged(
    result: MergeResult, out: str | os.PathLike, *, book: str, when: dt.datetime | None = None
) -> MergedBook:
    """The merged plan as a new standard workbook, with the report sheet; atomic, numbered backup of ``out``."""
    from ..files import safe_write
    from ..xlsx.write import build_workbook, xlsx_bytes

    wb = build_workbook(result.plan)
    add_report_sheet(wb, result, book, when or dt.datetime.now())
    target = Path(out)
    backup = safe_write(target, xlsx_bytes(wb))
    return MergedBook(target, backup)
