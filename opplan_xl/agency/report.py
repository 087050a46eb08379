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
from ..findings import Finding, Severity, counts, shown_value
from ..thai import format_amount
from ..versions import views
from .merge import AgencyMerge, MergeResult

if TYPE_CHECKING:  # pragma: no cover
    from openpyxl import Workbook

__all__ = [
    "MergedBook",
    "ReportBlock",
    "add_report_sheet",
    "agency_lines",
    "report_block",
    "report_lines",
    "write_merged",
]


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
            out.append((messages.text(what, lang), f"{shown_value(p.name or '', lang)} ({budget})"))
    return out


def _change_counts(m: AgencyMerge) -> dict[str, int]:
    return {
        "added": len(m.added),
        "changed": len(m.changed),
        "removed": len(m.removed),
        "unchanged": m.unchanged,
        "conflicts": len(m.conflicts),
    }


def agency_lines(m: AgencyMerge, lang: str = "th") -> list[str]:
    """Two lines on one returned form: the agency, its file and budget; the counts of what changed."""
    agency = messages.text(
        "ui.merge.agency",
        lang,
        agency=m.agency,
        file=m.form.file,
        form_id=m.form.identity.form_id,
        received=m.received,
        budget=format_amount(m.budget),
    )
    return [agency, "  " + messages.text("ui.merge.changes", lang, **_change_counts(m))]


def report_lines(result: MergeResult, lang: str = "th") -> list[str]:
    """The report as printed lines."""
    from ..rollup import rollup

    lines = [messages.text("ui.merge.title", lang)]
    if result.amendment is not None:  # forms returned after the announcement: what became of them first
        lines += result.amendment.lines(lang)
    for m in result.merged:
        lines.append("")
        lines += agency_lines(m, lang)
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
    if result.merged and result.not_carried:
        lines.append("")
        lines.append(messages.text("ui.merge.not_carried", lang))
        lines.extend("  " + (f.message_en if lang == "en" else f.message) for f in result.not_carried)
    if result.merged:
        lines.append("")
        if not result.changed:
            lines += _no_change_lines(result, lang)
        r = rollup(views.consolidated(result.plan)).own_vs_other  # as ผด.01 shows it: cancelled rows out
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


def _no_change_lines(result: MergeResult, lang: str) -> list[str]:
    """Why the data did not change, per returned form: merged already, an empty form with nothing to withdraw,
    or the officer's edited rows kept."""
    lines = [messages.text("ui.merge.no_change", lang)]
    for m in result.merged:
        if m.conflicts:
            key = "ui.merge.no_change.kept"
        elif not m.form.projects:
            key = "ui.merge.no_change.empty"
        elif m.kept_out and len(m.kept_out) == len(m.form.projects):  # every row had errors: nothing was merged
            key = "ui.merge.no_change.refused"
        else:
            key = "ui.merge.no_change.same"
        lines.append("  " + messages.text(key, lang, agency=m.agency, file=m.form.file))
    return lines


def _status(m: AgencyMerge) -> str:
    if not m.has_changes:
        return messages.text("ui.merge.status.unchanged")
    if not m.form.projects:
        return messages.text("ui.merge.status.withdrawn")
    return messages.text("ui.merge.status.merged")


@dataclass
class ReportBlock:
    """The report sheet as values from A1: rows, and where its two tables' headers and its error rows are."""

    rows: list[list[object]]
    header_row: int
    detail_header_row: int
    error_rows: list[int]
    width: int = len(schema.MERGE_REPORT_COLUMNS)


def report_block(result: MergeResult, book: str, when: dt.datetime) -> ReportBlock:
    """What the report sheet holds (the openpyxl builder and the Excel action write the same rows)."""
    rows: list[list[object]] = [
        [messages.text("ui.merge.title")],
        [messages.text("ui.merge.ran", when=_when(when), book=book)],
        *([line] for line in (result.amendment.lines() if result.amendment is not None else [])),
        [],
        list(schema.MERGE_REPORT_COLUMNS),
    ]
    header = len(rows)
    for m in result.merged:
        c = counts(m.findings)
        rows.append(
            [
                m.agency,
                m.form.file,
                m.form.identity.form_id,
                _status(m),
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
        )
    for r in result.refused:
        rows.append(["", r.file, "", messages.text("ui.merge.status.refused")])
    rows.append([])
    rows.append(list(schema.MERGE_REPORT_DETAIL_COLUMNS))
    detail = len(rows)
    errors: list[int] = []
    for m in result.merged:
        for what, text in _changes(m, "th"):
            rows.append([m.agency, m.form.file, messages.text("ui.merge.kind.change"), what, text])
        for f in m.findings:
            kind = "ui.merge.kind.conflict" if f in m.conflicts else "ui.merge.kind.finding"
            label = messages.text(f"ui.severity.{f.severity.value}")
            rows.append([m.agency, m.form.file, f"{messages.text(kind)} ({label})", _where(f), f.message])
            if f.severity is Severity.ERROR:
                errors.append(len(rows))
    for r in result.refused:
        for f in r.findings:
            rows.append(["", r.file, messages.text("ui.merge.status.refused"), "", f.message])
            errors.append(len(rows))
    for f in result.not_carried:
        rows.append(["", book, messages.text("ui.merge.kind.not_carried"), _where(f), f.message])
    return ReportBlock(rows, header, detail, errors)


def add_report_sheet(wb: Workbook, result: MergeResult, book: str, when: dt.datetime) -> None:
    """The report as a sheet at the end of ``wb`` (text cells stay text, whatever they hold)."""
    from openpyxl.styles import Alignment, Font

    from ..xlsx.cells import column_letter
    from ..xlsx.kit import put
    from ..xlsx.styles import DEFAULT_ROW_HEIGHT, FONT_NAME, FONT_SIZE, RED, Styles

    block = report_block(result, book, when)
    st = Styles()
    used = {w.sheet_properties.codeName for w in wb.worksheets}
    ws = wb.create_sheet(schema.SHEET_MERGE_REPORT)
    ws.sheet_properties.codeName = next(f"Sheet{n}" for n in range(len(used) + 1, 1000) if f"Sheet{n}" not in used)
    ws.sheet_format.defaultRowHeight = DEFAULT_ROW_HEIGHT
    for i, values in enumerate(block.rows, 1):
        for j, v in enumerate(values, 1):
            if v is not None and v != "":
                put(ws.cell(i, j), v)
    ws["A1"].font = st.title
    widths = (26, 28, 28, 16, 60, 18, 8, 8, 8, 8, 10, 10, 10)
    for j, width in enumerate(widths, 1):
        ws.column_dimensions[column_letter(j)].width = width
    for r in (block.header_row, block.detail_header_row):
        for j in range(1, len(block.rows[r - 1]) + 1):
            cell = ws.cell(r, j)
            cell.font = st.bold
            cell.alignment = st.centre_wrap
            cell.fill = st.heading_fill
    for r in range(block.header_row + 1, block.detail_header_row - 1):
        ws.cell(r, 6).number_format = schema.FMT_AMOUNT
    wrap = Alignment(wrap_text=True, vertical="top")
    for r in range(block.detail_header_row + 1, len(block.rows) + 1):
        ws.cell(r, 5).alignment = wrap
    red = Font(name=FONT_NAME, sz=FONT_SIZE, color=RED[1])
    for r in block.error_rows:
        ws.cell(r, 3).font = red
    ws.freeze_panes = f"A{block.header_row + 1}"


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
    """The merged plan as a new workbook with the report sheet; atomic, numbered backup of ``out``.

    An ``out`` ending in .xlsm is the macro-enabled workbook (the VBA and ribbon of ``opplan build-workbook``),
    anything else the standard .xlsx.
    """
    from ..files import safe_write

    stamp = when or dt.datetime.now()
    target = Path(out)
    if target.suffix.lower() == ".xlsm":
        from ..xlsx.workbook import build_xlsm

        data = build_xlsm(result.plan, add=lambda wb: add_report_sheet(wb, result, book, stamp))
    else:
        from ..xlsx.kit import xlsx_bytes
        from ..xlsx.write import build_workbook

        wb = build_workbook(result.plan)
        add_report_sheet(wb, result, book, stamp)
        data = xlsx_bytes(wb)
    backup = safe_write(target, data)
    return MergedBook(target, backup)
