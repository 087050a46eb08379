"""The value checks of the sheet pre-scan: what a cell holds before calamine turns it into a value.

calamine reads a formula cell's cached value (and nothing when it has none), a shared-string index that is
negative or not a number as string 0, ``NaN`` or ``inf`` as a float, and builds one Python string per cell that
points at a shared string, so a small file of cells all pointing at one 32,767-character string expands to
gigabytes. The pre-scan (``xlsx/read.py``) finds these cells in the sheet's bytes first:

- :func:`string_lengths` measures each shared string once; :func:`shared_string_cells` adds up the text the cells
  that point at them would expand to, and marks indices that point nowhere;
- :func:`inspect_cell` looks at one cell's XML: a formula (never evaluated: its cached value is used and said, no
  value is a finding), a number that is not finite.

Text over Excel's 32,767 characters is read whole; the rule ``E-EXCEL-CELL-TEXT`` (``rules/excel_limits.py``)
reports it with its cell, for a master and for a return alike.

A cell that cannot be taken is replaced by a :class:`~opplan_xl.xlsx.raw.CellError` that names the finding the
parser reports for it; a cell that is taken but worth a word is noted for the caller.
"""

from __future__ import annotations

import html
import math
import re
from dataclasses import dataclass, field

from .raw import CellError

__all__ = ["CellNotes", "inspect_cell", "shared_string_cells", "string_lengths"]

_SI = re.compile(rb"<(?:[\w.\-]+:)?si(?:\s[^>]*)?(?:/>|>(.*?)</(?:[\w.\-]+:)?si>)", re.S)
_PHONETIC = re.compile(rb"<(?:[\w.\-]+:)?rPh\b.*?</(?:[\w.\-]+:)?rPh>", re.S)
_TAGS = re.compile(rb"<[^>]*>")
_ENTITY = re.compile(rb"&(?:#[0-9]+|#x[0-9a-fA-F]+|[a-zA-Z]+);")
_FORMULA = re.compile(rb"<(?:[\w.\-]+:)?f\b[^>]*?(?:/>|>([^<]*)</(?:[\w.\-]+:)?f>)")
_VALUE = re.compile(rb"<(?:[\w.\-]+:)?v(?:\s[^>]*)?(?:/>|>([^<]*)</(?:[\w.\-]+:)?v>)")
_TEXT = re.compile(rb"<(?:[\w.\-]+:)?t(?:\s[^>]*)?>([^<]*)</(?:[\w.\-]+:)?t>")
# a shared-string cell written the usual way (see read._CELL_TAG): its column, row and index text
_S_CELL = re.compile(
    rb'<c r="([A-Z]{1,3})([0-9]{1,7})"(?: (?:s|cm|vm|ph)="[^"<>]*")* t="s"(?: (?:s|cm|vm|ph)="[^"<>]*")*>'
    rb"(?:<f(?: [^>]*)?/>|<f(?: [^>]*)?>[^<]*</f>)?<v>([^<]*)</v>"
)
_NUMBER_KINDS = (None, "", "n")
_TEXT_KINDS = ("str", "inlineStr")
FORMULA_SHOWN_MAX = 60


@dataclass
class CellNotes:
    """What the value checks found in one sheet."""

    marks: list[tuple[int, int, CellError]] = field(default_factory=list)  # cells replaced by a finding
    formulas: list[tuple[int, int, str, str]] = field(default_factory=list)  # (row, col, formula, cached value)
    expanded: int = 0  # characters of shared strings the sheet's cells expand to
    string_cells: int = 0  # cells pointing at a shared string
    # byte spans of the bad shared-string indices in the sheet, to be written as 0 before calamine reads the
    # sheet (an index out of range stops calamine); None when some bad index could not be placed that way
    bad_spans: list[tuple[int, int]] | None = field(default_factory=list)


def _text_length(raw: bytes) -> int:
    """Characters of XML text content (an entity counts as one character)."""
    n = len(raw) if raw.isascii() else len(raw.decode("utf-8", "replace"))
    if b"&" in raw:
        n -= sum(len(m) - 1 for m in _ENTITY.findall(raw))
    return n


def string_lengths(sst: bytes) -> list[int]:
    """The length in characters of each shared string, in order (what a cell's index points at)."""
    out = []
    for m in _SI.finditer(sst):
        content = m.group(1) or b""
        if b"rPh" in content:
            content = _PHONETIC.sub(b"", content)
        out.append(sum(_text_length(t) for t in _TEXT.findall(content)))
    return out


def bad_index(text: str) -> CellError:
    return CellError(text.strip()[:20] or "(ว่าง)", "E-CELL-BAD-STRING")


def shared_string_cells(data: bytes, start: int, end: int, lengths: list[int], notes: CellNotes) -> bool:
    """Add up the text the shared-string cells of a usual sheet expand to and mark bad indices.

    False when some shared-string cell is written otherwise; then every cell goes through :func:`inspect_cell`.
    """
    cells = _S_CELL.findall(data, start, end)
    if len(cells) != data.count(b' t="s"', start, end):
        return False
    n = len(lengths)
    notes.string_cells += len(cells)
    try:
        notes.expanded += sum(lengths[int(i)] for _, _, i in cells if i.isdigit())
    except IndexError:  # some index points nowhere (marked below): count the others
        notes.expanded += sum(lengths[int(i)] for _, _, i in cells if i.isdigit() and int(i) < n)
    from .cells import column_index

    if any(not i.isdigit() or int(i) >= n for _, _, i in cells):
        for m in _S_CELL.finditer(data, start, end):
            idx = m.group(3)
            if not idx.isdigit() or int(idx) >= n:
                r, c = int(m.group(2)), column_index(m.group(1).decode())
                notes.marks.append((r, c, bad_index(idx.decode("utf-8", "replace"))))
                if notes.bad_spans is not None:
                    notes.bad_spans.append(m.span(3))
    return True


def _shown_formula(raw: bytes | None) -> str:
    text = html.unescape((raw or b"").decode("utf-8", "replace")).strip()
    text = "=" + text if text else "=(สูตรร่วม)"
    return text if len(text) <= FORMULA_SHOWN_MAX else text[: FORMULA_SHOWN_MAX - 1] + "…"


def inspect_cell(
    row: int, col: int, kind: str | None, content: bytes, lengths: list[int] | None, notes: CellNotes
) -> None:
    """Check one non-empty cell's XML (what is between its start and end tags).

    ``lengths`` None: shared-string cells were already counted by :func:`shared_string_cells`.
    """
    if kind == "e":
        return  # error cells are read.py's own (the cached error text)
    f = _FORMULA.search(content)
    v = _VALUE.search(content)
    value = v.group(1) if v else None
    if f is not None:
        formula = _shown_formula(f.group(1))
        if not value and kind not in _TEXT_KINDS:
            notes.marks.append((row, col, CellError(formula, "E-CELL-FORMULA-NO-VALUE")))
            return
        cached = html.unescape((value or b"").decode("utf-8", "replace"))
        notes.formulas.append((row, col, formula, cached))
    if kind == "s":
        if lengths is None:
            return
        idx = (value or b"").decode("utf-8", "replace")
        notes.string_cells += 1
        if not idx.isdigit() or int(idx) >= len(lengths):
            notes.marks.append((row, col, bad_index(idx)))
            notes.bad_spans = None  # the general scan does not place it: the file is refused instead
            return
        notes.expanded += lengths[int(idx)]
        return
    if kind in _NUMBER_KINDS and value:
        try:
            number = float(value)
        except ValueError:
            return  # calamine keeps it as text; the parser says what it is not
        if not math.isfinite(number):
            shown = value.decode("utf-8", "replace").strip()[:20]
            notes.marks.append((row, col, CellError(shown, "E-CELL-NOT-FINITE")))
        return
