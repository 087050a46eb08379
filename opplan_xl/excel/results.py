"""What the ribbon's actions write into the workbook, as plain values: the results sheet and the status column.

Pure Python (no xlwings): the actions write these blocks through the adapter with one call each, and the
workbook builder uses the same layout for the empty results sheet and its conditional formatting.

Results sheet (``schema.SHEET_RESULTS``), columns A:E:

- row 1: the title (written by the builder, never touched again);
- from row 2, written by every action in one block: heading lines (what ran, when, the counts), a blank
  row, the column headers, then one row per finding: number, severity, a ``HYPERLINK`` to the cell, the
  message, the finding code.

The status column of each data table gets one of ``schema.STATUS_*`` per data row (the worst finding on that
row), or nothing for rows that are not data; the workbook's conditional formatting colours them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from .. import messages, schema, thai
from ..findings import Finding, Severity, counts
from ..xlsx.cells import quote_sheet, split_address

__all__ = [
    "RESULTS_CLEAR",
    "RESULTS_COLUMNS",
    "RESULTS_FIRST_ROW",
    "counts_line",
    "link_formula",
    "ran_at",
    "results_block",
    "results_header",
    "severity_label",
    "status_column",
    "text_cell",
]

RESULTS_FIRST_ROW = 2
RESULTS_COLUMNS = 5
RESULTS_CLEAR = f"A{RESULTS_FIRST_ROW}:E1048576"
"""Cleared before each write, so a shorter list leaves nothing of a longer one behind."""

_STATUS = {Severity.ERROR: schema.STATUS_ERROR, Severity.WARNING: schema.STATUS_WARNING}
_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
_FORMULA_START = ("=", "+", "-", "@")
_MAX_LINK_TEXT = 255  # HYPERLINK's arguments are at most 255 characters each


def text_cell(value: str) -> str:
    """Text that Excel must keep as text when it is written as a value (not a formula or a number)."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def severity_label(severity: Severity, lang: str = "th") -> str:
    return messages.text(f"ui.severity.{severity.value}", lang)


def results_header(lang: str = "th") -> list[str]:
    return messages.text("xl.results.columns", lang).split("|")


def link_formula(sheet: str, cell: str) -> str | None:
    """``=HYPERLINK("#'sheet'!E12","sheet!E12")``: a click goes to the cell (the sheet's A1 without a cell)."""
    if not sheet:
        return None
    target = f"#{quote_sheet(sheet)}!{cell or 'A1'}"
    shown = f"{sheet}!{cell}" if cell else sheet
    if len(target) > _MAX_LINK_TEXT or len(shown) > _MAX_LINK_TEXT:
        return None
    return f'=HYPERLINK("{_quoted(target)}","{_quoted(shown)}")'


def _quoted(text: str) -> str:
    return text.replace('"', '""')


def ran_at(now: dt.datetime) -> str:
    """``27 พ.ย. 2569 เวลา 10:15 น.``"""
    date = thai.format_date(now.date(), "short", thai_digits=False)
    return messages.text("xl.results.when", date=date, time=now.strftime("%H:%M"))


def results_block(findings: Sequence[Finding], heading: Iterable[str], lang: str = "th") -> list[list[object]]:
    """The rows to write from ``A{RESULTS_FIRST_ROW}``, each ``RESULTS_COLUMNS`` wide."""
    width = RESULTS_COLUMNS
    rows: list[list[object]] = [[text_cell(line), *[None] * (width - 1)] for line in heading]
    rows.append([None] * width)
    rows.append(list(results_header(lang)))
    if not findings:
        rows.append([None, None, None, messages.text("xl.results.none", lang), None])
    for number, f in enumerate(findings, 1):
        where = f"{f.sheet}!{f.cell}" if f.cell else f.sheet
        message = f.message_en if lang == "en" else f.message
        rows.append(
            [number, severity_label(f.severity, lang), link_formula(f.sheet, f.cell) or text_cell(where),
             text_cell(message), f.code]
        )  # fmt: skip
    return rows


def counts_line(findings: Iterable[Finding], lang: str = "th") -> str:
    c = counts(findings)
    if not any(c.values()):
        return messages.text("ui.validate.ok", lang)
    return messages.text("ui.validate.summary", lang, **c)


def status_column(
    sheet: str, data_rows: Iterable[int], first_row: int, last_row: int, findings: Iterable[Finding]
) -> list[list[str | None]]:
    """The status cells of rows ``first_row..last_row`` of a table on ``sheet`` (one value per row).

    A data row gets the status of its worst finding (errors, then warnings; notes count as passed); a row
    that holds no data gets ``None``, which also clears a status left from an earlier run.
    """
    worst: dict[int, Severity] = {}
    for f in findings:
        if f.sheet != sheet or not f.cell:
            continue
        try:
            row, _ = split_address(f.cell)
        except ValueError:  # a whole column ("E") or another shape: not about one row
            continue
        if row not in worst or _RANK[f.severity] < _RANK[worst[row]]:
            worst[row] = f.severity
    data = set(data_rows)
    return [
        [_STATUS.get(worst.get(r), schema.STATUS_OK) if r in data else None] for r in range(first_row, last_row + 1)
    ]
