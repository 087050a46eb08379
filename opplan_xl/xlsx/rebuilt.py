"""What a workbook rebuilt from the plan leaves behind: the officer's own sheets and columns.

``opplan merge`` and ``opplan build-workbook --from`` read a workbook into a plan and build a NEW workbook from it
(never load-and-save: that would drop the ribbon, and a received file's content must not be copied blindly). The
new workbook has the standard sheets and columns only, so a sheet the officer added to the master, or a column such
as "หมายเหตุ" typed next to a table, is not in it. The original file is never changed and still has them; the
user is told, by :func:`not_carried`, as warnings naming each sheet and column.
"""

from __future__ import annotations

from collections.abc import Iterable

from .. import schema
from ..findings import Finding, finding
from .raw import RawBook

__all__ = ["not_carried", "rebuilt_sheet_names"]


def rebuilt_sheet_names(*, xlsm: bool, merge_report: bool = False) -> tuple[str, ...]:
    """The sheets of a rebuilt workbook: the standard ones, the .xlsm's how-to and results sheets, the merge
    report of ``opplan merge``."""
    names = list(schema.STANDARD_SHEETS)
    if xlsm:
        names += [schema.SHEET_HELP, schema.SHEET_RESULTS]
    if merge_report:
        names.append(schema.SHEET_MERGE_REPORT)
    return tuple(names)


def not_carried(raw: RawBook, kept: Iterable[str], book: str) -> list[Finding]:
    """Warnings for what the workbook ``raw`` was read from has and a rebuild with the sheets ``kept`` does not:

    - every sheet that is neither rebuilt nor read into the plan (a renamed settings sheet is read, so its
      content is carried over under the standard name);
    - every header cell of a table that is none of the table's columns (``RawTable.unknown_headers``).
    """
    keep = {name.casefold() for name in kept}
    keep.add(raw.settings_sheet.casefold())
    keep |= {t.sheet.casefold() for t in raw.tables.values() if t.header_row is not None}
    out = [finding("W-REBUILD-SHEET", sheet, book=book) for sheet in raw.sheet_names if sheet.casefold() not in keep]
    for table in raw.tables.values():
        if table.header_row is None:
            continue
        for letter, header in table.unknown_headers:
            cell = f"{letter}{table.header_row}"
            out.append(finding("W-REBUILD-COLUMN", table.sheet, cell, column=letter, header=header, book=book))
    return out
