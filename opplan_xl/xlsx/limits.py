"""Excel's own limits that a user's text can reach, checked before Excel meets them (Excel "repairs" a file that
breaks them: "We found a problem with some content", and drops the formula or name).

- a text constant inside a formula or a defined name: 255 characters (ผด.01's COUNTIFS/SUMIFS criteria hold each
  แผนงาน and strategy code; an agency form's identity names hold the agency's name);
- cell text: 32,767 characters; sheet names: 31 characters, none of ``: \\ / ? * [ ]``, not starting or ending
  with ``'``; defined and table names: 255 characters, a letter, ``_`` or ``\\`` first, then letters, digits,
  ``_`` and ``.``, and not a cell reference (``A1``, ``R1C1``);
- a list validation's source (``formula1``): 255 characters.

Pure text checks; the validation rule is :mod:`opplan_xl.rules.excel_limits`.
"""

from __future__ import annotations

import re

__all__ = [
    "CELL_TEXT",
    "FORMULA_TEXT",
    "LIST_SOURCE",
    "NAME",
    "SHEET_NAME",
    "constant_length",
    "name_ok",
    "sheet_name_ok",
]

FORMULA_TEXT = 255
CELL_TEXT = 32_767
SHEET_NAME = 31
NAME = 255
LIST_SOURCE = 255

_SHEET_BAD = re.compile(r"[:\\/?*\[\]]")
_NAME = re.compile(r"^[A-Za-z_\\\u0080-\uffff][A-Za-z0-9_.\\\u0080-\uffff]*$")
_A1 = re.compile(r"^[A-Za-z]{1,3}[0-9]+$")
_R1C1 = re.compile(r"^[Rr]([0-9]*)?[Cc]?([0-9]*)?$")


def constant_length(text: str) -> int:
    """How long ``text`` is as a formula's text constant, counted on the safe side: quotes doubled, and the
    ``~`` a COUNTIFS criterion puts before ``~ * ?``."""
    return len(text) + text.count('"') + sum(text.count(c) for c in "~*?")


def sheet_name_ok(name: str) -> bool:
    return 0 < len(name) <= SHEET_NAME and not _SHEET_BAD.search(name) and not name.startswith("'") \
        and not name.endswith("'")  # fmt: skip


def name_ok(name: str) -> bool:
    """A defined name or table name Excel accepts."""
    if not (0 < len(name) <= NAME) or not _NAME.match(name):
        return False
    return not (_A1.match(name) or _R1C1.match(name))
