"""Opening a hand-made workbook without trusting it: values, fills and merged cells of every sheet.

Hand-made plans mark months by a cell's fill colour and span headings and month bars over merged cells; calamine
(the reader of the standard workbook, :mod:`opplan_xl.xlsx.read`) gives values and merged ranges but no fills, so
this path uses openpyxl. The file gets the same checks first as any file from outside (size, zip bombs, DTDs,
encrypted or legacy files, the extent of each sheet: ``xlsx/read.py``'s ``_Book``), and then only the parts that
hold values and styles are repacked in memory for openpyxl: no macros, external links, drawings or comments reach
it, formulas are read as their cached values (``data_only``), and the file is opened for reading only.
"""

from __future__ import annotations

import io
import os
import zipfile
from dataclasses import dataclass, field

from .. import schema
from ..findings import finding
from ..xlsx.read import PACKAGE_PARTS, ReadError, _Book, _Limits

__all__ = ["HandSheet", "load_handmade"]

CELLS_PER_ROW_LIMIT = 64
_WHITE = frozenset({"FFFFFFFF", "00FFFFFF", "FFFFFF"})


@dataclass
class HandSheet:
    """One sheet of a hand-made workbook: its non-empty values, the fills that mark cells, its merged ranges."""

    name: str
    values: dict[tuple[int, int], object] = field(default_factory=dict)  # (row, col) → value
    fills: dict[tuple[int, int], str] = field(default_factory=dict)  # (row, col) → fill key, when coloured
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # (r1, c1, r2, c2)
    max_row: int = 0
    max_col: int = 0
    drawings: bool = False  # shapes (arrows drawn over the month grid) are not read

    def value(self, row: int, col: int) -> object:
        return self.values.get((row, col))

    def text(self, row: int, col: int) -> str | None:
        v = self.values.get((row, col))
        if v is None:
            return None
        if isinstance(v, float) and v.is_integer():
            v = int(v)
        s = " ".join(str(v).split())
        return s or None


def _fill_key(cell) -> str | None:
    """A comparable key of a cell's fill when it colours the cell; ``None`` for no fill and white."""
    fill = cell.fill
    kind = getattr(fill, "fill_type", None) or getattr(fill, "patternType", None)
    if not kind or kind == "none":
        return None
    colour = fill.fgColor if kind == "solid" else (fill.fgColor or fill.bgColor)
    if colour is None:
        return kind
    ctype = getattr(colour, "type", None)
    if ctype == "rgb":
        rgb = str(colour.rgb or "").upper()
        if rgb in _WHITE:
            return None
        return f"rgb:{rgb}"
    if ctype == "theme":
        if colour.theme == 0 and not colour.tint:  # "background 1": white
            return None
        return f"theme:{colour.theme}:{round(colour.tint or 0, 3)}"
    if ctype == "indexed":
        if colour.indexed in (9, 64, 65):  # white, system foreground/background
            return None
        return f"indexed:{colour.indexed}"
    return kind


def load_handmade(
    path: str | os.PathLike,
    *,
    max_bytes: int = schema.DEFAULT_MAX_FILE_BYTES,
    max_unzipped: int = schema.DEFAULT_MAX_UNZIPPED_BYTES,
    max_rows: int = schema.DEFAULT_MAX_ROWS,
) -> list[HandSheet]:
    """The sheets of a hand-made .xlsx/.xlsm in workbook order; raises :class:`ReadError` (Thai findings)."""
    shown = os.fspath(path)
    limits = _Limits(max_bytes, max_unzipped, max_rows, max_rows * CELLS_PER_ROW_LIMIT)
    book = _Book(shown, limits)
    data = book.read_bytes()
    zf = book.open_zip(data)
    packed = io.BytesIO()
    drawings: dict[str, bool] = {}
    with zf, zipfile.ZipFile(packed, "w", zipfile.ZIP_STORED) as out:
        book.check_prologs(zf)
        sheets, others = book.workbook_parts(zf)
        book.sheet_names = [n for n, _ in sheets]
        parts = [p for p in PACKAGE_PARTS if p in zf.NameToInfo]
        for kind in ("styles", "sharedStrings", "theme"):
            parts += [p for p in (others.get(kind),) if p and p in zf.NameToInfo]
        written: set[str] = set()
        for part in parts:
            if part not in written:
                out.writestr(part, book.read_part(zf, part))
                written.add(part)
        for name, part in sheets:
            if not part or part in written:
                continue
            content = book.read_part(zf, part)
            book.scan_sheet(name, content)
            if content.count(b"<c") > limits.max_cells:  # formatting-only cells count here: openpyxl makes them
                raise ReadError(
                    [
                        finding(
                            "E-FILE-TOO-MANY-CELLS",
                            name,
                            "",
                            path=shown,
                            cells=f"{content.count(b'<c'):,}",
                            limit=f"{limits.max_cells:,}",
                        )
                    ]
                )
            out.writestr(part, content)
            written.add(part)
            folder, base = part.rsplit("/", 1)
            rels = f"{folder}/_rels/{base}.rels"
            drawings[name] = rels in zf.NameToInfo and b"/drawing" in book.read_part(zf, rels)
            del content
    del data
    return _read(book, packed, drawings)


def _read(book: _Book, packed: io.BytesIO, drawings: dict[str, bool]) -> list[HandSheet]:
    import warnings

    from openpyxl import load_workbook

    packed.seek(0)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "unknown extension", "data validation not supported" …
            wb = load_workbook(packed, data_only=True, keep_vba=False, keep_links=False, rich_text=False)
    except (KeyboardInterrupt, SystemExit, MemoryError):
        raise
    except Exception as exc:
        raise book.corrupt(f"openpyxl {type(exc).__name__}: {str(exc)[:120]}", "cells") from None
    out = []
    for ws in wb.worksheets:
        sheet = HandSheet(ws.title, drawings=drawings.get(ws.title, False))
        for (row, col), cell in ws._cells.items():
            value = cell.value
            if isinstance(value, str) and not value.strip():
                value = None
            if value is not None:
                sheet.values[(row, col)] = value
                sheet.max_row = max(sheet.max_row, row)
                sheet.max_col = max(sheet.max_col, col)
            if cell.has_style:
                key = _fill_key(cell)
                if key is not None:
                    sheet.fills[(row, col)] = key
        sheet.merged = [(r.min_row, r.min_col, r.max_row, r.max_col) for r in ws.merged_cells.ranges]
        out.append(sheet)
    wb.close()
    return out
