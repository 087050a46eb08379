"""Reading saved workbooks safely: untrusted .xlsx/.xlsm files → :class:`~opplan_xl.xlsx.raw.RawBook`.

Workbooks arrive by e-mail from other agencies, so the file is treated as hostile until proven
otherwise. Only cell VALUES are read (cached formula results; nothing is ever evaluated, no macro
runs, no external link is followed) and the file is only ever opened for reading. The steps:

1. The file itself: exists, not too big, is a zip and not an encrypted or legacy (OLE) document.
2. The zip: has ``xl/workbook.xml``; declared sizes and compression ratios are sane (zip bombs);
   no part uses a compression method or encryption that Excel never writes; no XML part carries a
   ``<!DOCTYPE``/``<!ENTITY`` (entity expansion, external entities).
3. The sheets we need are decompressed here, with the sizes the zip directory declared as a hard
   limit, and scanned for their real extent: calamine builds a dense grid from A1 to the furthest
   cell, so a single cell at XFD1048576 would make it allocate billions of cells (it aborts the
   process; that is not an exception we could catch). Error cells (``t="e"``) are noted too, since
   python-calamine returns them as empty strings.
4. Only the verified parts (package and workbook parts, styles, shared strings and the sheets we
   need) are repacked, uncompressed, into an in-memory zip that calamine reads. Nothing of the
   original archive that we did not check reaches the parser.
5. :func:`~opplan_xl.xlsx.raw.extract_raw` finds the settings, tables and lists by their Thai labels.

Everything that goes wrong becomes a :class:`ReadError` carrying findings with Thai messages.
"""

from __future__ import annotations

import io
import os
import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .. import schema
from ..findings import Finding, Severity, finding
from .cells import address, column_index
from .cellscan import CellNotes, inspect_cell, shared_string_cells, string_lengths
from .raw import CellError, RawBook, SheetGrid, extract_raw, needed_sheets

if TYPE_CHECKING:  # pragma: no cover
    from ..model import Plan

__all__ = ["ReadError", "read_raw", "read_workbook"]

CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # OLE compound file: legacy .xls/.doc, or encrypted OOXML
ZIP_MAGIC = b"PK\x03\x04"
WORKBOOK_PART = "xl/workbook.xml"
WORKBOOK_RELS = "xl/_rels/workbook.xml.rels"
PACKAGE_PARTS = ("[Content_Types].xml", "_rels/.rels", WORKBOOK_PART, WORKBOOK_RELS)
MAX_RATIO = 200  # deflate can reach ~1000:1; real workbook parts stay well under 100:1
RATIO_MIN_BYTES = 1024 * 1024  # small parts may compress as they like
CELLS_PER_ROW_LIMIT = 64  # default cell limit = max_rows × this
PROLOG_MAX_BYTES = 64 * 1024
_CHUNK = 1024 * 1024  # a sheet part is decompressed this much at a time
MAX_PARTS = 10_000  # a workbook has tens of parts, a few hundred with many pictures
_XML_SUFFIXES = (".xml", ".rels", ".vml")

_REL_NS_SUFFIX = "}id"
_DTD = re.compile(rb"<!\s*(?i:doctype|entity)")
_WS = b" \t\r\n"


class ReadError(Exception):
    """The file cannot be read as a standard workbook (the CLI exits with status 2).

    ``findings`` say why, in Thai (``Finding.message``) and English (``Finding.message_en``).
    """

    def __init__(self, findings: list[Finding]) -> None:
        self.findings = list(findings)
        super().__init__("\n".join(f.text() for f in self.findings))

    def text(self, lang: str = "th") -> str:
        return "\n".join(f.text(lang) for f in self.findings)


def read_workbook(path: str | os.PathLike, **limits: int) -> tuple[Plan, list[Finding]]:
    """Read and parse a saved workbook: ``(Plan, findings)``; raises :class:`ReadError` when unreadable."""
    from ..parse import parse

    return parse(read_raw(path, **limits))


def read_raw(
    path: str | os.PathLike,
    *,
    max_bytes: int = schema.DEFAULT_MAX_FILE_BYTES,
    max_unzipped: int = schema.DEFAULT_MAX_UNZIPPED_BYTES,
    max_rows: int = schema.DEFAULT_MAX_ROWS,
    max_cells: int | None = None,
    max_text: int = schema.DEFAULT_MAX_TEXT_CHARS,
) -> RawBook:
    """Read the values of a saved .xlsx/.xlsm into a :class:`RawBook`, without trusting the file.

    Raises :class:`ReadError` when the file cannot be read at all, or when it has no settings sheet or
    no projects table; every other problem is a finding in ``RawBook.findings``.
    """
    shown = os.fspath(path)
    cells = max_cells if max_cells is not None else max_rows * CELLS_PER_ROW_LIMIT
    limits = _Limits(max_bytes, max_unzipped, max_rows, cells, max_text)
    book = _Book(shown, limits)
    grids = book.load()
    raw = extract_raw(grids, shown)
    raw.sheet_names = list(book.sheet_names)
    book.add_notes(raw)
    settings_missing = any(f.code == "E-SHEET-MISSING" and f.sheet == schema.SHEET_SETTINGS for f in raw.findings)
    if settings_missing or raw.tables[schema.PROJECTS.key].header_row is None:
        raise ReadError([f for f in raw.findings if f.severity is Severity.ERROR])
    return raw


# --------------------------------------------------------------------------------------------------
# the file and its zip
# --------------------------------------------------------------------------------------------------


@dataclass
class _Limits:
    max_bytes: int
    max_unzipped: int
    max_rows: int
    max_cells: int
    max_text: int = schema.DEFAULT_MAX_TEXT_CHARS


@dataclass
class _Scan:
    """What the pre-scan of one sheet part found."""

    rows: int = 0  # furthest row (1-based) any cell can land on
    cols: int = 0  # furthest column
    errors: list[tuple[int, int, str]] = field(default_factory=list)  # (row, col, "#DIV/0!")
    notes: CellNotes = field(default_factory=CellNotes)  # formulas, bad values, shared-string text


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:,.1f}"


class _Book:
    def __init__(self, path: str, limits: _Limits) -> None:
        self.path = path
        self.limits = limits
        self.sheet_names: list[str] = []
        self.lengths: list[int] = []  # characters of each shared string
        self.expanded = 0  # characters of shared strings the sheets read so far expand to
        self.scans: dict[str, _Scan] = {}

    def fail(self, code: str, sheet: str = "", cell: str = "", **params: object) -> ReadError:
        return ReadError([finding(code, sheet, cell, path=self.path, **params)])

    def corrupt(self, detail: str, why: str = "structure", **params: object) -> ReadError:
        """E-FILE-CORRUPT: ``detail`` (English, for maintainers) and the Thai reason ``read.corrupt.<why>``."""
        from .. import messages

        reason = messages.text(f"read.corrupt.{why}", "th", **params)
        return self.fail("E-FILE-CORRUPT", detail=detail, reason=reason)

    # ---- 1. the file --------------------------------------------------------------------------

    def read_bytes(self) -> bytes:
        """The whole file, refused at once when it is not a plain file (a FIFO, a device, a link to one)."""
        from ..files import NotRegularFile, TooLarge, read_regular

        limit = self.limits.max_bytes
        try:
            return read_regular(self.path, limit)
        except (FileNotFoundError, NotADirectoryError, ValueError):
            raise self.fail("E-FILE-NOT-FOUND") from None
        except IsADirectoryError:
            raise self.fail("E-FILE-NOT-EXCEL") from None
        except NotRegularFile:  # a device, a pipe, a socket, or a link to one
            raise self.fail("E-FILE-NOT-REGULAR") from None
        except TooLarge as exc:
            raise self.fail("E-FILE-TOO-BIG", size_mb=_mb(exc.size), limit_mb=_mb(limit)) from None
        except OSError as exc:  # locked by another program, no permission, a network drive gone
            raise self.fail("E-FILE-NO-ACCESS", detail=exc.strerror or type(exc).__name__) from None

    def classify_ole(self, data: bytes) -> ReadError:
        """An OLE compound file: encrypted OOXML (password) or a legacy binary document."""
        try:
            import olefile

            with olefile.OleFileIO(io.BytesIO(data)) as ole:
                encrypted = ole.exists("EncryptionInfo") or ole.exists("EncryptedPackage")
        except Exception:  # a damaged compound file is still "not a workbook we can read"
            encrypted = b"E\x00n\x00c\x00r\x00y\x00p\x00t\x00i\x00o\x00n\x00I\x00n\x00f\x00o\x00" in data
        return self.fail("E-FILE-ENCRYPTED" if encrypted else "E-FILE-NOT-EXCEL")

    # ---- 2. the zip ---------------------------------------------------------------------------

    def open_zip(self, data: bytes) -> zipfile.ZipFile:
        if data.startswith(CFB_MAGIC):
            raise self.classify_ole(data)
        if not data.startswith(ZIP_MAGIC):
            raise self.fail("E-FILE-NOT-EXCEL")
        try:
            zf = zipfile.ZipFile(io.BytesIO(data))
            infos = zf.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
            raise self.corrupt(f"zip: {exc}", "zip") from None
        names = [i.filename for i in infos]
        if len(names) > MAX_PARTS:
            raise self.corrupt(f"zip: {len(names):,} parts", "parts")
        if WORKBOOK_PART not in names:
            raise self.fail("E-FILE-NOT-EXCEL")
        if len(set(names)) != len(names):
            raise self.corrupt("zip: duplicate part names", "parts")
        if len({n.lower() for n in names}) != len(names):  # parts are case-insensitive: which one would be read?
            raise self.corrupt("zip: part names that differ only by case", "parts")
        total = sum(i.file_size for i in infos)
        ratios = [(i.file_size / max(i.compress_size, 1), i.file_size) for i in infos]
        if total > self.limits.max_unzipped or any(r > MAX_RATIO and n >= RATIO_MIN_BYTES for r, n in ratios):
            raise self.fail(
                "E-FILE-UNZIP-LIMIT",
                size_mb=_mb(total),
                limit_mb=_mb(self.limits.max_unzipped),
                ratio=f"{max(r for r, _ in ratios):,.0f}",
            )
        for i in infos:
            if i.flag_bits & 0x1:
                raise self.corrupt(f"zip: encrypted part {i.filename}", "packing")
            if i.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise self.corrupt(f"zip: compression method {i.compress_type} in {i.filename}", "packing")
        return zf

    def read_part(self, zf: zipfile.ZipFile, name: str) -> bytes:
        """A whole part; zipfile stops at the size the directory declared and checks the CRC."""
        try:
            data = zf.read(name)
        except KeyError:
            raise self.corrupt(f"missing part {name}", "missing", part=name) from None
        except Exception as exc:  # BadZipFile (CRC), zlib.error, EOFError, …
            raise self.corrupt(f"{name}: {type(exc).__name__}", "xml", part=name) from None
        if _DTD.search(data):
            raise self.corrupt(f"<!DOCTYPE>/<!ENTITY> in {name}", "entity", part=name)
        return data

    def read_sheet(self, zf: zipfile.ZipFile, part: str, name: str) -> bytes:
        """A worksheet part, decompressed a megabyte at a time: a sheet with more rows of data than the limit is
        refused as soon as the rows seen (``…</c></row>``) pass it, before the rest is decompressed."""
        limit = self.limits.max_rows
        mark = b"</c></row>"
        chunks: list[bytes] = []
        rows, tail = 0, b""
        try:
            with zf.open(part) as fh:
                while True:
                    chunk = fh.read(_CHUNK)
                    if not chunk:
                        break
                    rows += (tail + chunk).count(mark)  # the tail is too short to hold a whole mark
                    if rows > limit:
                        head = chunks[0] if chunks else chunk
                        raise self.too_many_rows(name, max(rows, _dimension_rows(head)))
                    tail = chunk[-(len(mark) - 1) :]
                    chunks.append(chunk)
        except KeyError:
            raise self.corrupt(f"missing part {part}", "missing", part=part) from None
        except ReadError:
            raise
        except Exception as exc:  # BadZipFile (CRC), zlib.error, EOFError, …
            raise self.corrupt(f"{part}: {type(exc).__name__}", "xml", part=part) from None
        data = b"".join(chunks)
        del chunks
        if _DTD.search(data):
            raise self.corrupt(f"<!DOCTYPE>/<!ENTITY> in {part}", "entity", part=part)
        return data

    def check_prologs(self, zf: zipfile.ZipFile) -> None:
        """No XML part may declare a DTD (entity expansion bombs, external entities)."""
        for info in zf.infolist():
            if not info.filename.lower().endswith(_XML_SUFFIXES) or info.is_dir():
                continue
            try:
                with zf.open(info) as fh:
                    head = b""
                    while True:
                        chunk = fh.read(4096)
                        head += chunk
                        verdict = _prolog_verdict(head, done=not chunk)
                        if verdict is not None or len(head) >= PROLOG_MAX_BYTES:
                            break
            except Exception as exc:
                raise self.corrupt(f"{info.filename}: {type(exc).__name__}", "xml", part=info.filename) from None
            if verdict is None:
                verdict = "XML prolog too long"
            if verdict:
                raise self.corrupt(f"{verdict} in {info.filename}", "entity", part=info.filename)

    # ---- 3. the sheets ------------------------------------------------------------------------

    def workbook_parts(self, zf: zipfile.ZipFile) -> tuple[list[tuple[str, str | None]], dict[str, str]]:
        """[(sheet name, worksheet part or None)] in workbook order, and {relationship type suffix: part}."""
        from defusedxml import ElementTree

        try:
            wb = ElementTree.fromstring(self.read_part(zf, WORKBOOK_PART), forbid_dtd=True)
            rels = ElementTree.fromstring(self.read_part(zf, WORKBOOK_RELS), forbid_dtd=True)
        except ReadError:
            raise
        except Exception as exc:
            raise self.corrupt(f"workbook.xml: {type(exc).__name__}", "xml", part="xl/workbook.xml") from None
        names = set(zf.namelist())
        by_lower = {n.lower(): n for n in names}
        targets: dict[str, tuple[str, str]] = {}
        others: dict[str, str] = {}
        for rel in rels.iter():
            if not rel.tag.endswith("Relationship") or rel.get("TargetMode") == "External":
                continue
            target = rel.get("Target") or ""
            part = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
            part = part if part in names else by_lower.get(part.lower(), part)
            kind = (rel.get("Type") or "").rsplit("/", 1)[-1]
            targets[rel.get("Id") or ""] = (kind, part)
            others.setdefault(kind, part)
        sheets: list[tuple[str, str | None]] = []
        for el in wb.iter():
            if not (el.tag == "sheet" or el.tag.endswith("}sheet")):
                continue
            rid = next((v for k, v in el.attrib.items() if k.endswith(_REL_NS_SUFFIX)), "")
            kind, part = targets.get(rid, ("", ""))
            sheets.append((el.get("name") or "", part if kind == "worksheet" else None))
        return sheets, others

    def scan_sheet(self, name: str, data: bytes) -> _Scan:
        limits = self.limits
        self.check_row_count(name, data)
        scan = _scan_fast(data, self.lengths, limits)
        if scan is None:
            try:
                scan = _scan_general(data, self.lengths)
            except ValueError as exc:
                raise self.corrupt(f"sheet {name}: {exc}", "sheet", sheet=name) from None
        if scan.rows > limits.max_rows:
            raise self.too_many_rows(name, scan.rows)
        if scan.rows * scan.cols > limits.max_cells:
            raise ReadError(
                [
                    finding(
                        "E-FILE-TOO-MANY-CELLS",
                        name,
                        address(scan.rows, scan.cols),
                        path=self.path,
                        cells=f"{scan.rows * scan.cols:,}",
                        limit=f"{limits.max_cells:,}",
                    )
                ]
            )
        self.expanded += scan.notes.expanded
        if self.expanded > limits.max_text:
            raise self.fail(
                "E-FILE-TEXT-LIMIT",
                name,
                chars=f"{self.expanded:,}",
                cells=f"{scan.notes.string_cells:,}",
                limit=f"{limits.max_text:,}",
            )
        return scan

    def neutralise(self, name: str, data: bytes, scan: _Scan) -> bytes:
        """The sheet as calamine gets it: a bad shared-string index written as 0 (an index out of range stops
        calamine; the cell's value is replaced by its finding afterwards anyway)."""
        notes = scan.notes
        if not any(m.finding == "E-CELL-BAD-STRING" for _, _, m in notes.marks):
            return data
        if notes.bad_spans is None:
            row, col, mark = next(m for m in notes.marks if m[2].finding == "E-CELL-BAD-STRING")
            raise self.corrupt(
                f"sheet {name}: shared string {mark.code!r} at {address(row, col)}",
                "string",
                sheet=name,
                cell=address(row, col),
            )
        out, last = [], 0
        for a, b in sorted(notes.bad_spans):
            out += [data[last:a], b"0"]
            last = b
        out.append(data[last:])
        return b"".join(out)

    def too_many_rows(self, name: str, rows: int) -> ReadError:
        limit = self.limits.max_rows
        return self.fail("E-FILE-TOO-MANY-ROWS", name, rows=f"{rows:,}", limit=f"{limit:,}")

    def check_row_count(self, name: str, data: bytes) -> None:
        """Refuse a sheet of more rows than the limit at once, from counts the bytes give in milliseconds: rows
        whose last cell holds something (``…</c></row>``, prefixed or not) are rows of data, however they are
        numbered; the dimension the sheet declares only says how many to quote."""
        limit = self.limits.max_rows
        rows = data.count(b"</c></row>")
        if rows <= limit and data.find(b":row>") >= 0:
            rows += len(_PREFIXED_ROW_END.findall(data))
        if rows > limit:
            raise self.too_many_rows(name, max(rows, _dimension_rows(data)))

    def add_notes(self, raw: RawBook) -> None:
        """Formula cells that were read by their saved value (said in a return, see agency/returned.py)."""
        for name, scan in self.scans.items():
            if scan.notes.formulas:
                raw.formulas[name] = [(address(r, c), f, v) for r, c, f, v in scan.notes.formulas]

    # ---- 4. calamine ----------------------------------------------------------------------------

    def load(self) -> list[SheetGrid]:
        data = self.read_bytes()
        zf = self.open_zip(data)
        packed = io.BytesIO()
        scans = self.scans
        with zf, zipfile.ZipFile(packed, "w", zipfile.ZIP_STORED) as out:
            self.check_prologs(zf)
            sheets, others = self.workbook_parts(zf)
            self.sheet_names = [n for n, _ in sheets]
            needed = _needed_parts(sheets)
            parts = [p for p in PACKAGE_PARTS if p in zf.NameToInfo]
            for kind in ("styles", "sharedStrings"):
                parts += [p for p in (others.get(kind), f"xl/{kind}.xml") if p and p in zf.NameToInfo]
            strings = others.get("sharedStrings") or "xl/sharedStrings.xml"
            written: set[str] = set()
            for part in parts:
                if part not in written:
                    content = self.read_part(zf, part)
                    if part == strings:
                        self.lengths = string_lengths(content)
                    out.writestr(part, content)
                    written.add(part)
                    del content
            # one sheet part in memory at a time: read, scan, repack, drop
            tables: dict[str, list[tuple[str, str]]] = {}
            for name, part in needed:
                content = self.read_sheet(zf, part, name)
                scans[name] = self.scan_sheet(name, content)
                content = self.neutralise(name, content, scans[name])
                if part not in written:
                    out.writestr(part, content)
                    written.add(part)
                del content
                tables[name] = self.excel_tables(zf, part)
        del data, zf
        grids = self.calamine(packed, [n for n, _ in needed], scans)
        for grid in grids:
            grid.tables = tables.get(grid.name, [])
        return grids

    def excel_tables(self, zf: zipfile.ZipFile, sheet_part: str) -> list[tuple[str, str]]:
        """(name, ref) of the Excel tables on a worksheet, from its relationships and table parts."""
        from defusedxml import ElementTree

        folder, base = posixpath.split(sheet_part)
        rels_part = posixpath.join(folder, "_rels", base + ".rels")
        if rels_part not in zf.NameToInfo:
            return []
        out = []
        try:
            rels = ElementTree.fromstring(self.read_part(zf, rels_part), forbid_dtd=True)
            for rel in rels.iter():
                if not (rel.get("Type") or "").endswith("/table") or rel.get("TargetMode") == "External":
                    continue
                target = rel.get("Target") or ""
                part = (
                    target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
                )
                if part not in zf.NameToInfo:
                    continue
                table = ElementTree.fromstring(self.read_part(zf, part), forbid_dtd=True)
                name, ref = table.get("displayName") or table.get("name") or "", table.get("ref") or ""
                if ref:
                    out.append((name, ref))
        except ReadError:
            raise
        except Exception:  # a damaged table part only costs the outside-the-table check
            return out
        return out

    def calamine(self, packed: io.BytesIO, names: list[str], scans: dict[str, _Scan]) -> list[SheetGrid]:
        """Values of the sheets ``names`` from the repacked, verified zip."""
        import python_calamine

        grids = []
        try:
            packed.seek(0)
            wb = python_calamine.CalamineWorkbook.from_filelike(packed)
            packed.close()  # calamine holds its own copy
            try:
                for name in names:
                    sheet = wb.get_sheet_by_name(name)
                    values = sheet.to_python(skip_empty_area=False)
                    merged = [
                        f"{address(r1 + 1, c1 + 1)}:{address(r2 + 1, c2 + 1)}"
                        for (r1, c1), (r2, c2) in (sheet.merged_cell_ranges or [])
                    ]
                    _put_errors(values, scans[name].errors)
                    _put_marks(values, scans[name].notes.marks)
                    grids.append(SheetGrid(name, values, 1, 1, merged))
            finally:
                wb.close()
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as exc:  # CalamineError, and pyo3's PanicException, which is a BaseException
            detail = str(exc).strip().splitlines()[0][:120] if str(exc).strip() else ""
            raise self.corrupt(f"calamine {type(exc).__name__}: {detail}".rstrip(": "), "cells") from None
        return grids


def _needed_parts(sheets: list[tuple[str, str | None]]) -> list[tuple[str, str]]:
    """(name, part) of the worksheets to read (:func:`~opplan_xl.xlsx.raw.needed_sheets`; a name's first part)."""
    parts: dict[str, str] = {}
    for name, part in sheets:
        if part and name not in parts:
            parts[name] = part
    return [(name, parts[name]) for name in needed_sheets(list(parts))]


def _put_marks(values: list[list[object]], marks: list[tuple[int, int, CellError]]) -> None:
    """Cells the pre-scan would not take as values (a formula without one, a bad string index …)."""
    for row, col, mark in marks:
        while len(values) < row:
            values.append([])
        cells = values[row - 1]
        if len(cells) < col:
            cells.extend([""] * (col - len(cells)))
        cells[col - 1] = mark


def _dimension_rows(data: bytes) -> int:
    """The last row of the ``<dimension ref="A1:V96"/>`` a sheet declares (0 when none)."""
    m = _DIMENSION.search(data, 0, 4096)
    return int(m.group(1)) if m else 0


def _put_errors(values: list[list[object]], errors: list[tuple[int, int, str]]) -> None:
    _put_marks(values, [(row, col, CellError(code)) for row, col, code in errors])


# --------------------------------------------------------------------------------------------------
# XML checks and the sheet pre-scan (bytes, no parser: a 5,000-row sheet is scanned in ~50 ms)
# --------------------------------------------------------------------------------------------------


def _prolog_verdict(head: bytes, done: bool) -> str | None:
    """Whether an XML part's prolog is harmless: "" yes, a reason when not, None when more bytes are needed.

    Only ``<?…?>`` and comments may come before the root element; any other ``<!…>`` there is a
    document type declaration, which is where entity bombs and external entities live.
    """
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or head[:2] in (b"<\x00", b"\x00<"):
        codec = "utf-16-le" if head.startswith(b"\xff\xfe") or head[:2] == b"<\x00" else "utf-16-be"
        text = head.decode(codec, errors="ignore").lstrip("\ufeff").encode("utf-8")
    else:
        text = head[3:] if head.startswith(b"\xef\xbb\xbf") else head
    i, n = 0, len(text)
    while True:
        while i < n and text[i] in _WS:
            i += 1
        if n - i < 10 and not done:
            return None
        if i >= n:
            return ""
        if text.startswith(b"<?", i):
            j, skip = text.find(b"?>", i + 2), 2
        elif text.startswith(b"<!--", i):
            j, skip = text.find(b"-->", i + 4), 3
        elif text.startswith(b"<!", i):
            return "<!DOCTYPE>"
        elif text.startswith(b"<", i):
            return ""  # the root element: the prolog is over
        else:
            return "text before the root element"
        if j < 0:
            return "unterminated XML prolog" if done else None
        i = j + skip


_SHEETDATA_OPEN = b"<sheetData"
_SHEETDATA_CLOSE = b"</sheetData>"
# A whole cell start tag as Excel, LibreOffice, openpyxl and xlsxwriter write it: r first, then only the
# attributes a cell can have, double-quoted, single spaces. _CELL_TAG_T also captures the type and the
# "/" of an empty (formatting-only) cell.
_CELL_TAG = re.compile(rb'<c r="([A-Z]{1,3})([0-9]{1,7})"(?: (?:s|t|cm|vm|ph)="[^"<>]*")*/?>')
_CELL_TAG_T = re.compile(rb'<c r="([A-Z]{1,3})([0-9]{1,7})"(?: (?:s|cm|vm|ph)="[^"<>]*"| t="([a-zA-Z]*)")*(/?)>')
# what makes a cell worth a look in a usual sheet: a formula, a value that may not be a finite number
_WORTH_A_LOOK = re.compile(rb"<f[ >/]|<v>\s*[-+]?(?:[nN][aA][nN]|[iI][nN][fF])|<v>[^<]*[eE][-+]?[0-9]{3}")
_DIMENSION = re.compile(rb'<(?:[\w.\-]+:)?dimension\s+ref="[A-Z]{0,3}[0-9]*:?\$?[A-Z]{0,3}\$?([0-9]{1,9})"')
_PREFIXED_ROW_END = re.compile(rb"</[\w.\-]+:c>\s*</[\w.\-]+:row>")
_VALUE = re.compile(rb"<(?:[\w.\-]+:)?v(?:\s[^>]*)?>([^<]*)<")


def _scan_fast(data: bytes, lengths: list[int] | None = None, limits: _Limits | None = None) -> _Scan | None:
    """Extent, error cells and value checks of a sheet written the usual way; None when any cell tag is written
    otherwise (another attribute order, a prefix, single quotes, a repeated ``r`` …), and then
    :func:`_scan_general` reads the tags one by one. About 50 ms for 5,000 rows × 22 columns.

    The extent counts formatting-only cells too; when that is over the limits, the extent is counted again
    from the cells that hold something.
    """
    start = data.find(_SHEETDATA_OPEN)
    end = data.rfind(_SHEETDATA_CLOSE)
    if start < 0 or end < 0:
        return None
    if data.find(b":c", start, end) >= 0:  # possibly a prefixed <x:c> (calamine ignores prefixes)
        return None
    tags = _CELL_TAG.findall(data, start, end)
    # every "<c" must be one of the tags read (a "<color" in rich text only sends us the slow way)
    if len(tags) != data.count(b"<c", start, end):
        return None
    scan = _Scan()
    if tags:
        scan.rows = max(map(int, {r for _, r in tags}))
        scan.cols = max(column_index(c.decode()) for c in {c for c, _ in tags})
    if limits is not None and (scan.rows > limits.max_rows or scan.rows * scan.cols > limits.max_cells):
        full = [(c, r) for c, r, _, empty in _CELL_TAG_T.findall(data, start, end) if not empty]
        scan.rows = max(map(int, {r for _, r in full}), default=0)
        scan.cols = max((column_index(c.decode()) for c in {c for c, _ in full}), default=0)
        if scan.rows > limits.max_rows or scan.rows * scan.cols > limits.max_cells:
            return scan  # refused by the caller; no need to look at the values
    del tags
    if data.find(b' t="e"', start, end) >= 0:
        scan.errors = _errors_fast(data, start, end)
    strings = lengths is not None and data.find(b' t="s"', start, end) >= 0
    if strings and not shared_string_cells(data, start, end, lengths or [], scan.notes):
        return None
    if not _inspect_fast(data, start, end, scan):
        return None
    return scan


def _inspect_fast(data: bytes, start: int, end: int, scan: _Scan) -> bool:
    """:func:`~opplan_xl.xlsx.cellscan.inspect_cell` on the few cells that need a look: formulas, numbers that
    may not be finite. False when such a cell is not written the usual way."""
    seen: set[int] = set()
    for m in _WORTH_A_LOOK.finditer(data, start, end):
        cell_start = data.rfind(b"<c ", start, m.start())
        if cell_start in seen:
            continue
        seen.add(cell_start)
        tag = _CELL_TAG_T.match(data, cell_start)
        if tag is None or tag.group(4):
            return False
        cell_end = data.find(b"</c>", tag.end(), end)
        if cell_end < 0:
            return False
        row, col = int(tag.group(2)), column_index(tag.group(1).decode())
        kind = tag.group(3).decode() if tag.group(3) is not None else None
        inspect_cell(row, col, kind, data[tag.end() : cell_end], None, scan.notes)
    return True


def _errors_fast(data: bytes, start: int, end: int) -> list[tuple[int, int, str]]:
    """(row, column, error text) of the ``t="e"`` cells of a sheet that :func:`_scan_fast` accepted."""
    out = []
    for m in _CELL_TAG_T.finditer(data, start, end):
        if m.group(3) == b"e" and not m.group(4):  # an empty <c t="e"/> holds nothing; calamine skips it
            row, col = int(m.group(2)), column_index(m.group(1).decode())
            out.append((row, col, _error_text(data, m.end(), end)))
    return out


def _error_text(data: bytes, tag_end: int, end: int) -> str:
    """The cached error value (``<v>#DIV/0!</v>``) of the cell whose start tag ends at ``tag_end``."""
    cell_end = data.find(b"c>", tag_end, end)
    m = _VALUE.search(data, tag_end, cell_end if cell_end > 0 else end)
    text = m.group(1).decode("utf-8", errors="replace").strip() if m else ""
    return text or "#N/A"


_TAG = re.compile(
    rb"<(/?)(?:[^\s<>/:=\"']+:)?(row|c)((?:\s+[^\s=/>\"']+\s*=\s*(?:\"[^\"]*\"|'[^']*'))*)\s*(/?)>",
)
_CELL_CLOSE = re.compile(rb"</(?:[^\s<>/:=\"']+:)?c>")
_ANY_TAG = re.compile(rb"<(?:[^\s<>/:=\"']+:)?(?:row|c)[\s/>]")
_ATTR = re.compile(rb"([^\s=/>\"']+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
_REF = re.compile(r"^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$")


def _scan_general(data: bytes, lengths: list[int] | None = None) -> _Scan:
    """Extent and error cells of any sheet, following calamine's rules: a cell without ``r`` goes to
    the next column of its row, a row without ``r`` after the previous row, namespace prefixes and
    attribute quoting do not matter, and of duplicate ``r`` attributes the last one counts. Bounds are
    generous (the furthest any reading could place a value); empty cells (``<c r="A1" s="3"/>``,
    formatting only) do not count, as calamine skips them. Raises ValueError on a tag it cannot read.
    """
    scan = _Scan()
    row = 0  # 1-based current row
    col = 0  # last column used in the current row
    tags = 0
    for m in _TAG.finditer(data):
        closing, name, attrs, empty = m.group(1), m.group(2), m.group(3), m.group(4)
        if closing:
            continue
        tags += 1
        refs, kind = [], None
        for a in _ATTR.finditer(attrs):
            key = a.group(1).rsplit(b":", 1)[-1]
            value = (a.group(2) if a.group(2) is not None else a.group(3)).decode("utf-8", errors="replace")
            if key == b"r":
                refs.append(value.strip())
            elif key == b"t":
                kind = value.strip()
        if name == b"row":
            explicit = [int(v) for v in refs if v.isdigit()]
            if len(explicit) != len(refs):
                raise ValueError("unreadable row number")
            row = max([row + 1, *explicit]) if explicit else row + 1
            col = 0
            continue
        places = []
        for v in refs:
            ref = _REF.match(v)
            if not ref:
                raise ValueError(f"unreadable cell reference {v[:20]!r}")
            places.append((int(ref.group(2)), column_index(ref.group(1).upper())))
        if places:
            r, c = places[-1]
            far_r = max(p[0] for p in places)
            far_c = max(p[1] for p in places)
        else:
            r, c = max(row, 1), col + 1
            far_r, far_c = r, c
        col = max(col + 1, c)
        if empty:
            continue
        scan.rows = max(scan.rows, far_r)
        scan.cols = max(scan.cols, far_c, col)
        if kind == "e":
            scan.errors.append((r, c, _error_text(data, m.end(), len(data))))
        elif lengths is not None:
            close = _CELL_CLOSE.search(data, m.end())
            content = data[m.end() : close.start() if close else len(data)]
            inspect_cell(r, c, kind, content, lengths, scan.notes)
    if tags != len(_ANY_TAG.findall(data)):
        raise ValueError("unreadable row or cell tag")
    return scan
