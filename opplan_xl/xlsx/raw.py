"""Raw tables: cell values and where they are, before any parsing.

This is the seam between the two ways of reading a workbook — a saved file (calamine, in
``xlsx/read.py``) and a live book in Excel (xlwings, in ``excel/``) — and the parser (``parse.py``).
Both readers produce sheet grids; :func:`extract_raw` finds the settings, tables and lists in them by
their Thai labels and headers (never by position) and returns a :class:`RawBook`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from operator import itemgetter

from ..findings import Finding, finding
from ..schema import (
    DATA_TABLES,
    HOLIDAYS_TABLE,
    LIST_HEADER_BY_NAME,
    OPTIONAL_TABLES,
    SETTINGS,
    SETTINGS_BY_KEY,
    SETTINGS_LABEL_COL,
    SETTINGS_VALUE_COL,
    SHEET_HELP,
    SHEET_LISTS,
    SHEET_RESULTS,
    SHEET_SETTINGS,
    SHEET_SUMMARY,
    STANDARD_SHEETS,
    Table,
    normalise_header,
)
from .cells import address, column_index, column_letter, split_address


@dataclass(frozen=True)
class CellError:
    """An Excel error value in a cell (``#DIV/0!``, ``#REF!``, ``#N/A`` …), or a cell the reader would not take
    as a value: then ``finding`` is the code the parser reports for it (a formula without a saved value, a shared
    string that does not exist, a number that is not finite) and ``code`` the text quoted."""

    code: str
    finding: str = ""

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
    # Excel tables (ListObjects) on the sheet as (name, "A3:AE120"), when the reader knows them: Excel's own
    # formulas (the ผด.01 sheet's structured references) see only the rows inside them.
    tables: list[tuple[str, str]] = field(default_factory=list)


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
    blank_rows: list[int] = field(default_factory=list)  # blank rows between the header and the last data row
    # Header cells of the header row that are none of the table's columns: (column letter, text). Columns the
    # officer added ("หมายเหตุ"); a workbook rebuilt from the plan does not have them.
    unknown_headers: list[tuple[str, str]] = field(default_factory=list)


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
    # Where the settings were read from (the real sheet name, which differs when the sheet was renamed).
    settings_sheet: str = SHEET_SETTINGS
    # Every sheet of the workbook, in workbook order (also those that were not read).
    sheet_names: list[str] = field(default_factory=list)
    # Formula cells read by their saved value, per sheet: (cell, formula, saved value). Never evaluated.
    formulas: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict)


# --------------------------------------------------------------------------------------------------
# Finding the settings, tables and lists in sheet grids
# --------------------------------------------------------------------------------------------------

HEADER_SEARCH_ROWS = 30  # a table's header row is looked for in the first rows of its sheet
HOLIDAY_SEARCH_ROWS = 200  # the holidays table may sit anywhere on the (small) settings sheet
LIST_SEARCH_ROWS = 30
SETTINGS_MIN_LABELS = 3  # a sheet with fewer settings labels in column A is not a renamed settings sheet
_ROLE_SETTINGS = "settings"
_MAX_LISTED = 8  # how many ranges or rows a message quotes before "…"


def _clean(value: object) -> object:
    """A raw cell value as the parser gets it: strings stripped, empty strings None, the rest untouched."""
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


def _listed(items: list[str]) -> str:
    shown = ", ".join(items[:_MAX_LISTED])
    return shown + (", …" if len(items) > _MAX_LISTED else "")


class _Sheet:
    """A :class:`SheetGrid` addressed by 1-based sheet row and column, whatever cell the grid starts at."""

    __slots__ = ("c0", "grid", "last_row", "name", "r0", "rows")

    def __init__(self, grid: SheetGrid) -> None:
        self.grid = grid
        self.name = grid.name
        self.rows = grid.values
        self.r0 = grid.first_row
        self.c0 = grid.first_col
        self.last_row = self.r0 + len(self.rows) - 1

    def value(self, row: int, col: int) -> object:
        i, j = row - self.r0, col - self.c0
        if 0 <= i < len(self.rows) and j >= 0:
            cells = self.rows[i]
            if j < len(cells):
                return cells[j]
        return None

    def text(self, row: int, col: int) -> str | None:
        """The cell's text, stripped, or None when it holds no text."""
        v = self.value(row, col)
        if isinstance(v, str):
            v = v.strip()
            return v or None
        return None

    def row_texts(self, row: int) -> list[tuple[int, str]]:
        """(column, stripped text) of the text cells of one row."""
        i = row - self.r0
        if not 0 <= i < len(self.rows):
            return []
        out = []
        for j, v in enumerate(self.rows[i]):
            if isinstance(v, str):
                v = v.strip()
                if v:
                    out.append((self.c0 + j, v))
        return out


_LOOKUPS: dict[str, tuple[Table, dict[str, str]]] = {}


def _header_lookup(table: Table) -> dict[str, str]:
    """Normalised header text → column key. The same comparison as :meth:`schema.Column.matches`; a
    column's own header wins over another column's alias."""
    cached = _LOOKUPS.get(table.key)
    if cached is None or cached[0] is not table:
        lookup: dict[str, str] = {}
        for c in table.columns:
            for alias in c.aliases:
                lookup.setdefault(normalise_header(alias), c.key)
        for c in reversed(table.columns):
            lookup[normalise_header(c.header)] = c.key
        cached = (table, lookup)
        _LOOKUPS[table.key] = cached
    return cached[1]


def _label_lookup() -> dict[str, str]:
    """Normalised settings label → setting key (the comparison of :meth:`schema.Setting.matches`)."""
    lookup: dict[str, str] = {}
    for s in SETTINGS:
        for alias in s.aliases:
            lookup.setdefault(normalise_header(alias), s.key)
    for s in reversed(SETTINGS):
        lookup[normalise_header(s.label)] = s.key
    return lookup


def _min_headers(table: Table, *, strict: bool = False) -> int:
    """How many of a table's headers a row needs to count as its header row: half of the required
    columns (so that a missing required column is reported as such, not as a missing header row).
    When a renamed sheet is being looked for, never fewer than two."""
    required = sum(1 for c in table.data_columns if c.required)
    need = max(1, -(-required // 2))
    return max(2, need) if strict else need


@dataclass
class _Header:
    row: int
    matches: list[tuple[int, str]]  # (column, key) of every header cell of the row, duplicates included
    score: int  # distinct data columns found


def _find_header(sheet: _Sheet, table: Table, search_rows: int = HEADER_SEARCH_ROWS) -> _Header | None:
    """The row (within the first ``search_rows`` rows of the grid) with the most of the table's headers."""
    lookup = _header_lookup(table)
    data_keys = {c.key for c in table.data_columns}
    best: _Header | None = None
    for row in range(sheet.r0, min(sheet.last_row, sheet.r0 + search_rows - 1) + 1):
        matches = []
        for col, text in sheet.row_texts(row):
            key = lookup.get(normalise_header(text))
            if key is not None:
                matches.append((col, key))
        score = len({k for _, k in matches if k in data_keys})
        if score and (best is None or score > best.score):
            best = _Header(row, matches, score)
    return best


class _Extractor:
    def __init__(self, grids: list[SheetGrid], path: str | None) -> None:
        self.path = path
        self.sheets = [_Sheet(g) for g in grids]
        self.by_name: dict[str, _Sheet] = {}
        for s in self.sheets:
            self.by_name.setdefault(s.name, s)
        self.findings: list[Finding] = []
        self.headers: dict[tuple[str, str], _Header | None] = {}
        # per sheet: rectangles (r1, c1, r2, c2) and single cells that are data, headers or labels
        self.used_areas: dict[str, list[tuple[int, int, int, int]]] = {}
        self.used_cells: dict[str, set[tuple[int, int]]] = {}
        self.merged_hits: dict[str, list[str]] = {}

    def add(self, code: str, sheet: str = "", cell: str = "", **params: object) -> None:
        self.findings.append(finding(code, sheet, cell, **params))

    def header(self, sheet: _Sheet, table: Table) -> _Header | None:
        key = (table.key, sheet.name)
        if key not in self.headers:
            self.headers[key] = _find_header(sheet, table)
        return self.headers[key]

    # ---- which sheet plays which part -----------------------------------------------------------

    def assign_sheets(self) -> dict[str, _Sheet | None]:
        standard = {_ROLE_SETTINGS: SHEET_SETTINGS, **{t.key: t.sheet for t in DATA_TABLES}}
        roles: dict[str, _Sheet | None] = {role: self.by_name.get(name) for role, name in standard.items()}
        missing = [role for role, s in roles.items() if s is None]
        if not missing:
            return roles
        excluded = {*STANDARD_SHEETS, SHEET_HELP, SHEET_RESULTS}
        candidates = [s for s in self.sheets if s.name not in excluded and self.by_name[s.name] is s]
        order = list(standard)
        scored: list[tuple[int, int, int, str, _Sheet]] = []
        for k, sheet in enumerate(candidates):
            table_scores = {}
            for t in DATA_TABLES:
                h = self.header(sheet, t)
                table_scores[t.key] = h.score if h else 0
            for role in missing:
                if role == _ROLE_SETTINGS:
                    score = self.settings_score(sheet)
                    if score >= SETTINGS_MIN_LABELS:
                        scored.append((-score, k, order.index(role), role, sheet))
                    continue
                table = next(t for t in DATA_TABLES if t.key == role)
                score = table_scores[role]
                # the sheet must look more like this table than like any other (a copy of ผด.02 is not ผด.02/1)
                if score >= _min_headers(table, strict=True) and all(
                    score > s for key, s in table_scores.items() if key != role
                ):
                    scored.append((-score, k, order.index(role), role, sheet))
        taken: set[str] = set()
        for _, _, _, role, sheet in sorted(scored, key=lambda x: x[:3]):
            if roles[role] is None and sheet.name not in taken:
                roles[role] = sheet
                taken.add(sheet.name)
                self.add("W-SHEET-RENAMED", sheet.name, "", standard=standard[role])
        return roles

    def settings_score(self, sheet: _Sheet) -> int:
        lookup = _label_lookup()
        col = column_index(SETTINGS_LABEL_COL)
        found = set()
        for row in range(sheet.r0, sheet.last_row + 1):
            text = sheet.text(row, col)
            if text:
                key = lookup.get(normalise_header(text))
                if key:
                    found.add(key)
        return len(found)

    # ---- settings ---------------------------------------------------------------------------------

    def settings(self, sheet: _Sheet | None) -> dict[str, RawSetting]:
        if sheet is None:
            self.add("E-SHEET-MISSING", SHEET_SETTINGS, "")
            return {s.key: RawSetting(s.key, None) for s in SETTINGS}
        lookup = _label_lookup()
        label_col = column_index(SETTINGS_LABEL_COL)
        value_col = column_index(SETTINGS_VALUE_COL)
        used = self.used_cells.setdefault(sheet.name, set())
        rows: dict[str, int] = {}
        for row in range(sheet.r0, sheet.last_row + 1):
            text = sheet.text(row, label_col)
            if not text:
                continue
            key = lookup.get(normalise_header(text))
            if key is None:
                continue
            used.add((row, label_col))
            if key in rows:
                self.add(
                    "W-SETTING-DUPLICATE",
                    sheet.name,
                    address(row, label_col),
                    label=SETTINGS_BY_KEY[key].label,
                    used=address(rows[key], label_col),
                )
                continue
            rows[key] = row
            used.add((row, value_col))
        out = {}
        for s in SETTINGS:
            row = rows.get(s.key)
            if row is None:
                out[s.key] = RawSetting(s.key, None)
                if s.hidden:  # kept by the program; older workbooks do not have it yet
                    continue
                code = "E-SETTING-LABEL-MISSING" if s.required else "W-SETTING-LABEL-MISSING"
                self.add(code, sheet.name, "", label=s.label)
            else:
                out[s.key] = RawSetting(s.key, address(row, value_col), _clean(sheet.value(row, value_col)))
        return out

    # ---- tables -----------------------------------------------------------------------------------

    def table(self, table: Table, sheet: _Sheet | None, header: _Header | None) -> RawTable:
        if sheet is None:
            return RawTable(table, table.sheet, None, {})
        if header is None or header.score < _min_headers(table):
            first = next(c for c in table.data_columns if c.required)
            if table is HOLIDAYS_TABLE:
                self.add("I-HOLIDAYS-TABLE-MISSING", sheet.name, "", header=first.header, title=table.title)
            else:
                self.add("E-HEADER-ROW-MISSING", sheet.name, "", header=first.header)
            return RawTable(table, sheet.name, None, {})
        hrow = header.row
        columns: dict[str, int] = {}
        used = self.used_cells.setdefault(sheet.name, set())
        for col, key in sorted(header.matches):
            used.add((hrow, col))
            if key in columns:
                self.add(
                    "W-HEADER-DUPLICATE",
                    sheet.name,
                    address(hrow, col),
                    header=table.column(key).header,
                    used=address(hrow, columns[key]),
                )
            else:
                columns[key] = col
        first_col = min(columns.values())
        for c in table.columns:
            if c.required and c.key not in columns:
                self.add("E-HEADER-MISSING", sheet.name, address(hrow, first_col), header=c.header)
        data = [(c.key, columns[c.key] - sheet.c0) for c in table.data_columns if c.key in columns]
        raw = RawTable(table, sheet.name, hrow, dict(sorted(columns.items(), key=lambda kv: kv[1])))
        matched = {col for col, _ in header.matches}
        raw.unknown_headers = [(column_letter(col), text) for col, text in sheet.row_texts(hrow) if col not in matched]
        self.read_rows(sheet, hrow, data, raw)
        if table in DATA_TABLES:  # only these feed the ผด.01 formulas (the wording sheet, versions do not)
            self.rows_outside_excel_table(sheet, raw, first_col)
        cols = [columns[c.key] for c in table.data_columns if c.key in columns]
        if cols:
            # the header row and everything under the table's columns is the table, not free text
            self.used_areas.setdefault(sheet.name, []).append((hrow, min(cols), max(sheet.last_row, hrow), max(cols)))
            if raw.rows:
                self.note_merged(sheet, (hrow + 1, min(cols), raw.rows[-1].row, max(cols)))
        if raw.blank_rows:
            self.add(
                "I-BLANK-ROWS",
                sheet.name,
                address(raw.blank_rows[0], first_col),
                count=len(raw.blank_rows),
                rows=_listed([str(r) for r in raw.blank_rows]),
            )
        return raw

    @staticmethod
    def read_rows(sheet: _Sheet, header_row: int, data: list[tuple[str, int]], raw: RawTable) -> None:
        """Every row under the header to the end of the grid: non-blank ones into ``raw.rows``, blank ones
        followed by a non-blank one into ``raw.blank_rows``."""
        if not data:
            return
        keys = [k for k, _ in data]
        idx = [j for _, j in data]
        width, need = len(idx), max(idx) + 1
        get = itemgetter(*idx) if width > 1 else (lambda cells, j=idx[0]: (cells[j],))
        rows, blank_rows, pending = raw.rows, raw.blank_rows, []
        grid = sheet.rows
        for i in range(header_row + 1 - sheet.r0, len(grid)):
            cells = grid[i]
            if len(cells) < need:
                cells = [*cells, *([None] * (need - len(cells)))]
            values = [(v.strip() or None) if isinstance(v, str) else v for v in get(cells)]
            r = i + sheet.r0
            if values.count(None) == width:
                pending.append(r)
                continue
            if pending:
                blank_rows.extend(pending)
                pending = []
            rows.append(RawRow(r, dict(zip(keys, values, strict=True))))

    def rows_outside_excel_table(self, sheet: _Sheet, raw: RawTable, first_col: int) -> None:
        """Data rows below the end of the Excel table whose header row this is: the program reads them, but
        Excel's structured references (the ผด.01 formulas) do not, so the two totals would differ."""
        for name, ref in sheet.grid.tables:
            try:
                (r1, c1), (r2, c2) = (split_address(p) for p in ref.split(":"))
            except ValueError:
                continue
            if r1 != raw.header_row or not c1 <= first_col <= c2:
                continue
            outside = [r.row for r in raw.rows if r.row > r2]
            if outside:
                self.add(
                    "W-ROWS-OUTSIDE-TABLE",
                    sheet.name,
                    address(outside[0], first_col),
                    count=len(outside),
                    rows=_listed([str(r) for r in outside]),
                    table=name,
                    end=r2,
                )
            return

    def note_merged(self, sheet: _Sheet, area: tuple[int, int, int, int]) -> None:
        r1, c1, r2, c2 = area
        hits = self.merged_hits.setdefault(sheet.name, [])
        for ref in sheet.grid.merged:
            try:
                parts = [split_address(p) for p in ref.split(":")]
            except ValueError:
                continue
            (mr1, mc1), (mr2, mc2) = parts[0], parts[-1]
            if mr1 <= r2 and mr2 >= r1 and mc1 <= c2 and mc2 >= c1 and ref not in hits:
                hits.append(ref)

    # ---- lists ------------------------------------------------------------------------------------

    def lists(self, sheet: _Sheet | None) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {name: [] for name in LIST_HEADER_BY_NAME}
        if sheet is None:
            return out
        wanted = {normalise_header(h): name for name, h in LIST_HEADER_BY_NAME.items()}
        used = self.used_cells.setdefault(sheet.name, set())
        found: set[str] = set()
        for row in range(sheet.r0, min(sheet.last_row, sheet.r0 + LIST_SEARCH_ROWS - 1) + 1):
            for col, text in sheet.row_texts(row):
                name = wanted.get(normalise_header(text))
                if name is None or name in found:
                    continue
                found.add(name)
                used.add((row, col))
                r = row + 1
                while True:
                    v = _clean(sheet.value(r, col))
                    if v is None:
                        break
                    used.add((r, col))
                    if not isinstance(v, CellError):
                        out[name].append(_item_text(v))
                    r += 1
        return out

    # ---- free text --------------------------------------------------------------------------------

    def other_text(self, sheets: list[_Sheet]) -> list[tuple[str, str, str]]:
        """Text cells outside the tables, labels, settings values and lists: titles and notes."""
        out = []
        for sheet in sheets:
            areas = [(r1, c1 - sheet.c0, r2, c2 - sheet.c0) for r1, c1, r2, c2 in self.used_areas.get(sheet.name, [])]
            cells = self.used_cells.get(sheet.name, set())
            for i, row_cells in enumerate(sheet.rows):
                r = i + sheet.r0
                n = len(row_cells)
                segments, j = [], 0
                for _, a, _, b in sorted(x for x in areas if x[0] <= r <= x[2]):
                    if a > j:
                        segments.append((j, min(a, n)))
                    j = max(j, b + 1)
                segments.append((j, n))
                for a, b in segments:
                    for k in range(a, b):
                        v = row_cells[k]
                        if isinstance(v, str) and (r, k + sheet.c0) not in cells:
                            text = v.strip()
                            if text:
                                out.append((sheet.name, address(r, k + sheet.c0), text))
        return out


def needed_sheets(names: Sequence[str], *, settings_only: bool = False) -> list[str]:
    """The sheets a reader has to fetch for :func:`extract_raw`, in workbook order without repeats.

    The standard sheets; when one of the settings or data sheets is missing (renamed?), every sheet but our own
    help and results sheets, so the extractor can find it by its content. ``settings_only``: just the settings
    sheet, unless that search is needed.
    """
    roles = (SHEET_SETTINGS, *(t.sheet for t in DATA_TABLES))
    search = any(role not in names for role in roles)
    if settings_only and not search:
        return [SHEET_SETTINGS]
    ours = (SHEET_HELP, SHEET_RESULTS)
    return [n for n in dict.fromkeys(names) if n in STANDARD_SHEETS or (search and n not in ours)]


def _item_text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def extract_raw(grids: list[SheetGrid], path: str | None = None) -> RawBook:
    """Find the settings, the data tables, the holidays and the lists in sheet grids.

    Works the same on grids from a file (calamine) and from a live book (xlwings): sheets, settings
    and columns are found by their Thai labels and headers, never by position, and a renamed sheet is
    found by its content. Problems with the layout become findings in ``RawBook.findings``.
    """
    ex = _Extractor(grids, path)
    roles = ex.assign_sheets()
    settings_sheet = roles[_ROLE_SETTINGS]
    settings = ex.settings(settings_sheet)
    tables: dict[str, RawTable] = {}
    for table in DATA_TABLES:
        sheet = roles[table.key]
        if sheet is None:
            ex.add("E-SHEET-MISSING", table.sheet, "")
        tables[table.key] = ex.table(table, sheet, ex.header(sheet, table) if sheet else None)
    if settings_sheet is None:
        tables[HOLIDAYS_TABLE.key] = RawTable(HOLIDAYS_TABLE, SHEET_SETTINGS, None, {})
    else:
        header = _find_header(settings_sheet, HOLIDAYS_TABLE, HOLIDAY_SEARCH_ROWS)
        tables[HOLIDAYS_TABLE.key] = ex.table(HOLIDAYS_TABLE, settings_sheet, header)
    for table in OPTIONAL_TABLES:  # older workbooks have no such sheets: no amendments, the standard wording
        sheet = ex.by_name.get(table.sheet)
        if sheet is not None:
            tables[table.key] = ex.table(table, sheet, ex.header(sheet, table))
    lists_sheet = ex.by_name.get(SHEET_LISTS)
    lists = ex.lists(lists_sheet)
    for sheet in ex.sheets:
        ranges = ex.merged_hits.get(sheet.name)
        if ranges:
            top_left = ranges[0].split(":")[0]
            ex.add("W-MERGED-CELLS", sheet.name, top_left, ranges=_listed(ranges))
    standard = {id(s) for s in roles.values() if s is not None}
    for name in (SHEET_SUMMARY, SHEET_LISTS):
        if name in ex.by_name:
            standard.add(id(ex.by_name[name]))
    text_sheets = [s for s in ex.sheets if id(s) in standard]
    return RawBook(
        path=path,
        settings=settings,
        tables=tables,
        lists=lists,
        other_text=ex.other_text(text_sheets),
        findings=ex.findings,
        settings_sheet=settings_sheet.name if settings_sheet else SHEET_SETTINGS,
        sheet_names=[g.name for g in grids],
    )
