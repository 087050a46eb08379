"""A1-style addresses without importing openpyxl (the validate path must stay light)."""

from __future__ import annotations

import re

_ADDRESS = re.compile(r"^\$?([A-Za-z]{1,3})\$?(\d+)$")


def column_letter(index: int) -> str:
    """1 → "A", 27 → "AA"."""
    if index < 1:
        raise ValueError(index)
    letters = ""
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def column_index(letter: str) -> int:
    """ "A" → 1, "AA" → 27."""
    n = 0
    for ch in letter.upper():
        n = n * 26 + (ord(ch) - 64)
    return n


def address(row: int, col: int) -> str:
    """(row 3, column 2) → "B3"; both 1-based."""
    return f"{column_letter(col)}{row}"


def split_address(ref: str) -> tuple[int, int]:
    """ "B3" → (3, 2)."""
    m = _ADDRESS.match(ref.strip())
    if not m:
        raise ValueError(ref)
    return int(m.group(2)), column_index(m.group(1))


def quote_sheet(name: str) -> str:
    """Sheet name as it appears in a formula: always quoted, since ours are Thai and have spaces."""
    return "'" + name.replace("'", "''") + "'"
