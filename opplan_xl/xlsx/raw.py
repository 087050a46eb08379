"""Raw tables: cell values and where they are, before any parsing.

This is the seam between the two ways of reading a workbook — a saved file (calamine, in
``xlsx/read.py``) and a live book in Excel (xlwings, in ``excel/``) — and the parser (``parse.py``).
Both readers produce sheet grids; :func:`extract_raw` finds the settings, tables and lists in them by
their Thai labels and headers (never by position) and returns a :class:`RawBook`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..findings import Finding
from ..schema import Table


@dataclass(frozen=True)
class CellError:
    """An Excel error value in a cell (``#DIV/0!``, ``#REF!``, ``#N/A`` …)."""

    code: str

    def __str__(self) -> str:
        return self.code


@dataclass
class SheetGrid:
    """The values of one sheet as rows of cells; ``values[0][0]`` is the cell at (first_row, first_col)."""

    name: str
    values: list[list[object]]
    first_row: int = 1
    first_col: int = 1
    merged: list[str] = field(default_factory=list)  # merged ranges, e.g. ["A5:C5"], when the reader knows them


@dataclass
class RawRow:
    """One non-blank data row of a table."""

    row: int  # 1-based sheet row number
    values: dict[str, object]  # column key → raw value (None when empty); only columns found in the sheet


@dataclass
class RawTable:
    table: Table
    sheet: str  # the sheet it was found on (normally table.sheet)
    header_row: int | None  # None when the header row was not found
    columns: dict[str, int]  # column key → 1-based column index, found by header text
    rows: list[RawRow] = field(default_factory=list)
    blank_rows: list[int] = field(default_factory=list)  # blank rows between data rows


@dataclass
class RawSetting:
    key: str
    address: str | None  # e.g. "B7"; None when the label was not found
    value: object = None


@dataclass
class RawBook:
    path: str | None
    settings: dict[str, RawSetting]
    tables: dict[str, RawTable]  # "strategies", "projects", "equipment", "holidays"
    lists: dict[str, list[str]]  # list name (schema.LIST_*) → items found on the lists sheet
    # Free text outside the tables (titles, notes) with its place: (sheet, cell, text). Rules look here
    # for a fiscal year written differently.
    other_text: list[tuple[str, str, str]] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)  # structural findings (missing header, merged …)
