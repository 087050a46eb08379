"""A fake of the slice of the xlwings API that ``opplan_xl.excel`` uses, counting every call that would go to Excel.

Every property read or write and every method call that costs a round trip to Excel (COM on Windows, Apple Events
on a Mac) adds one to ``FakeBook.calls`` and a line to ``FakeBook.log``; building a ``Range`` object with
``.options()`` costs nothing, as in xlwings. Values behave like Excel's: numbers come back as floats, a written
string that starts with "=" is a formula (read back without a value, as from a file that was never calculated), a
leading apostrophe keeps text as text, the used range is the smallest rectangle around the cells that hold
something, and inserting or deleting whole rows ("12:14") moves the cells below (``FakeSheet.row_changes`` records
each). The status bar takes a text or False, as Excel's does; ``FakeApp.status_history`` keeps every value set.

Only what the adapter uses is here, so a new use of the xlwings API fails loudly until the fake learns it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

from opplan_xl.xlsx.cells import column_index, column_letter

_REF = re.compile(r"^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$")
_ROWS = re.compile(r"^\$?(\d+):\$?(\d+)$")
MAX_COL = 16384  # XFD: a range of whole rows spans every column


class Formula(str):
    """A cell's formula (what Excel makes of a written string that starts with "=")."""


def _bounds(ref: str) -> tuple[int, int, int, int]:
    rows = _ROWS.match(ref)
    if rows:  # whole rows, "12:14"
        r1, r2 = int(rows.group(1)), int(rows.group(2))
        assert 1 <= r1 <= r2, ref
        return r1, 1, r2, MAX_COL
    m = _REF.match(ref)
    assert m, f"the fake understands A1, A1:B2 or 12:14 references, not {ref!r}"
    r1, c1 = int(m.group(2)), column_index(m.group(1))
    r2, c2 = (int(m.group(4)), column_index(m.group(3))) if m.group(3) else (r1, c1)
    assert r1 <= r2 and c1 <= c2, ref
    return r1, c1, r2, c2


class Counter:
    def __init__(self) -> None:
        self.calls = 0
        self.log: list[str] = []

    def __call__(self, what: str) -> None:
        self.calls += 1
        self.log.append(what)


class FakeRange:
    def __init__(self, sheet: FakeSheet, bounds: tuple[int, int, int, int], options: dict | None = None) -> None:
        self._sheet = sheet
        self._bounds = bounds
        self._options = options or {}

    def options(self, **options: Any) -> FakeRange:
        return FakeRange(self._sheet, self._bounds, {**self._options, **options})

    @property
    def address(self) -> str:
        self._sheet._count("Range.address")
        r1, c1, r2, c2 = self._bounds
        first = f"${column_letter(c1)}${r1}"
        return first if (r1, c1) == (r2, c2) else f"{first}:${column_letter(c2)}${r2}"

    @property
    def value(self) -> Any:
        self._sheet._count(f"Range.value get {self._sheet._name}")
        assert self._options.get("ndim") == 2, "the adapter reads with ndim=2"
        r1, c1, r2, c2 = self._bounds
        empty = self._options.get("empty")
        rows = []
        for r in range(r1, r2 + 1):
            row = []
            for c in range(c1, c2 + 1):
                v = self._sheet.cells.get((r, c))
                if isinstance(v, Formula):
                    v = None  # the fake has no calculation engine
                elif isinstance(v, int) and not isinstance(v, bool):
                    v = float(v)  # Excel hands every number over as a double
                row.append(empty if v is None else v)
            rows.append(row)
        return rows

    @value.setter
    def value(self, data: Any) -> None:
        self._sheet._count(f"Range.value set {self._sheet._name}")
        r1, c1, r2, c2 = self._bounds
        assert isinstance(data, list) and all(isinstance(row, list) for row in data), "write 2-D lists"
        assert len(data) == r2 - r1 + 1 and all(len(row) == c2 - c1 + 1 for row in data), "shape must fit the range"
        for i, row in enumerate(data):
            for j, v in enumerate(row):
                assert v is None or isinstance(v, str | int | float | dt.date), f"cannot send {type(v)} to Excel"
                if isinstance(v, str) and v.startswith("'"):
                    v = v[1:]  # the apostrophe keeps text as text
                elif isinstance(v, str) and v.startswith("="):
                    v = Formula(v)
                self._sheet.cells[(r1 + i, c1 + j)] = None if v == "" else v
        self._sheet.writes.append((self._bounds, data))

    @property
    def formula(self) -> Any:
        """Excel's ``Formula``: the formula of a formula cell, the constant as text for the others, "" when empty."""
        self._sheet._count(f"Range.formula get {self._sheet._name}")
        r1, c1, r2, c2 = self._bounds
        rows = []
        for r in range(r1, r2 + 1):
            row = []
            for c in range(c1, c2 + 1):
                v = self._sheet.cells.get((r, c))
                row.append("" if v is None else v if isinstance(v, Formula) else _formula_text(v))
            rows.append(tuple(row))
        return rows[0][0] if (r1, c1) == (r2, c2) else tuple(rows)

    def clear_contents(self) -> None:
        self._sheet._count("Range.clear_contents")
        r1, c1, r2, c2 = self._bounds
        for key in [k for k in self._sheet.cells if r1 <= k[0] <= r2 and c1 <= k[1] <= c2]:
            del self._sheet.cells[key]

    @property
    def rows(self) -> FakeRows:
        return FakeRows(self)

    def insert(self, shift: str, copy_origin: str = "format_from_left_or_above") -> None:
        """Insert whole rows (the only insert the adapter makes): every cell from the first row down moves down."""
        self._sheet._count("Range.insert")
        r1, c1, r2, c2 = self._bounds
        assert (c1, c2) == (1, MAX_COL) and shift == "down", "the adapter inserts whole rows"
        n = r2 - r1 + 1
        self._sheet.cells = {(r + n if r >= r1 else r, c): v for (r, c), v in self._sheet.cells.items()}
        self._sheet.row_changes.append(("insert", r1, n))

    def delete(self, shift: str | None = None) -> None:
        """Delete whole rows (the only delete the adapter makes): the cells below move up."""
        self._sheet._count("Range.delete")
        r1, c1, r2, c2 = self._bounds
        assert (c1, c2) == (1, MAX_COL) and shift == "up", "the adapter deletes whole rows"
        n = r2 - r1 + 1
        self._sheet.cells = {
            (r - n if r > r2 else r, c): v for (r, c), v in self._sheet.cells.items() if not r1 <= r <= r2
        }
        self._sheet.row_changes.append(("delete", r1, n))


def _formula_text(v: object) -> str:
    if isinstance(v, bool):
        return "TRUE" if v else "FALSE"
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, dt.datetime | dt.date):
        return f"{v.month}/{v.day}/{v.year}"
    return str(v)


class FakeTable:
    """An Excel table (ListObject) of a sheet: its range, and resize."""

    def __init__(self, sheet: FakeSheet, name: str, ref: str) -> None:
        self._sheet = sheet
        self.name = name
        self.ref = ref

    @property
    def range(self) -> FakeRange:
        self._sheet._count("Table.range")
        return FakeRange(self._sheet, _bounds(self.ref))

    def resize(self, rng: FakeRange) -> None:
        self._sheet._count("Table.resize")
        r1, c1, r2, c2 = rng._bounds
        self.ref = f"{column_letter(c1)}{r1}:{column_letter(c2)}{r2}"


class FakeTables:
    def __init__(self, sheet: FakeSheet) -> None:
        self._sheet = sheet

    def __getitem__(self, name: str) -> FakeTable:
        self._sheet._count("Tables item")
        return self._sheet.table_objects[name]  # KeyError like a missing table


class FakeRows:
    def __init__(self, rng: FakeRange) -> None:
        self._range = rng

    def autofit(self) -> None:
        self._range._sheet._count("RangeRows.autofit")


class FakePageSetup:
    def __init__(self, sheet: FakeSheet) -> None:
        self._sheet = sheet

    @property
    def print_area(self) -> str | None:
        self._sheet._count("PageSetup.print_area get")
        return self._sheet.print_area

    @print_area.setter
    def print_area(self, value: str | None) -> None:
        self._sheet._count("PageSetup.print_area set")
        self._sheet.print_area = value


class FakeSheet:
    def __init__(self, book: FakeBook, name: str, cells: dict[tuple[int, int], object] | None = None) -> None:
        self._book = book
        self._name = name
        self.cells: dict[tuple[int, int], object] = dict(cells or {})
        self.writes: list[tuple[tuple[int, int, int, int], list]] = []
        self.print_area: str | None = None
        self.activated = 0
        self.table_objects: dict[str, FakeTable] = {}
        self.row_changes: list[tuple[str, int, int]] = []  # ("insert" | "delete", first row, how many)
        self.code_name = ""

    def _count(self, what: str) -> None:
        self._book.counter(what)

    @property
    def name(self) -> str:
        self._count("Sheet.name")
        return self._name

    @property
    def used_range(self) -> FakeRange:
        self._count("Sheet.used_range")
        keys = [k for k, v in self.cells.items() if v is not None]
        if not keys:
            return FakeRange(self, (1, 1, 1, 1))
        rows, cols = [k[0] for k in keys], [k[1] for k in keys]
        return FakeRange(self, (min(rows), min(cols), max(rows), max(cols)))

    def range(self, ref: str) -> FakeRange:
        self._count("Sheet.range")
        return FakeRange(self, _bounds(ref))

    def activate(self) -> None:
        self._count("Sheet.activate")
        self.activated += 1

    @property
    def tables(self) -> FakeTables:
        self._count("Sheet.tables")
        return FakeTables(self)

    @property
    def page_setup(self) -> FakePageSetup:
        self._count("Sheet.page_setup")
        return FakePageSetup(self)

    @property
    def api(self) -> FakeSheetApi:
        self._count("Sheet.api")
        return FakeSheetApi(self)

    # for the tests (not counted)
    def get(self, ref: str) -> object:
        r, c, _, _ = _bounds(ref)
        return self.cells.get((r, c))

    def column(self, letter: str, first: int, last: int) -> list[object]:
        c = column_index(letter)
        return [self.cells.get((r, c)) for r in range(first, last + 1)]


class FakeSheetApi:
    """What the code reads of a sheet's COM object: its VBA code name."""

    def __init__(self, sheet: FakeSheet) -> None:
        self.CodeName = sheet.code_name


class FakeSheets:
    def __init__(self, book: FakeBook) -> None:
        self._book = book

    def __iter__(self) -> Iterator[FakeSheet]:
        for sheet in list(self._book._sheets):
            self._book.counter("Sheets item")
            yield sheet

    def add(self, name: str, after: FakeSheet | None = None) -> FakeSheet:
        self._book.counter("Sheets.add")
        sheet = FakeSheet(self._book, name)
        index = self._book._sheets.index(after) + 1 if after is not None else 0
        self._book._sheets.insert(index, sheet)
        return sheet


class FakeName:
    def __init__(self, book: FakeBook, refers_to: str) -> None:
        self._book = book
        self._refers_to = refers_to

    @property
    def refers_to(self) -> str:
        self._book.counter("Name.refers_to")
        return self._refers_to


class FakeNames:
    def __init__(self, book: FakeBook) -> None:
        self._book = book

    def __getitem__(self, name: str) -> FakeName:
        self._book.counter("Names item")
        return FakeName(self._book, self._book.defined_names[name])  # KeyError like a missing name


class FakeApi:
    def __init__(self, app: FakeApp) -> None:
        self._app = app

    def MacroOptions(self, **kwargs: Any) -> None:
        self._app._book.counter("Application.MacroOptions")
        self._app.macro_options.append(kwargs)

    def GetOpenFilename(self, **kwargs: Any) -> Any:
        """What the user picks in the Open dialog: ``FakeApp.open_files`` (False, as when cancelled, by default)."""
        self._app._book.counter("Application.GetOpenFilename")
        self._app.dialogs.append(("GetOpenFilename", kwargs))
        return self._app.open_files

    def InputBox(self, **kwargs: Any) -> Any:
        """What the user types: ``FakeApp.input_text`` (False, as when cancelled, by default); a list gives its
        answers in turn, one per input box (False, cancelled, when it runs out)."""
        self._app._book.counter("Application.InputBox")
        self._app.dialogs.append(("InputBox", kwargs))
        if isinstance(self._app.input_text, list):
            return self._app.input_text.pop(0) if self._app.input_text else False
        return self._app.input_text


class FakeApp:
    _PROPERTIES = ("screen_updating", "calculation", "enable_events")

    def __init__(self, book: FakeBook) -> None:
        self._book = book
        self._state = {"screen_updating": True, "calculation": "automatic", "enable_events": True}
        self.alerts: list[dict[str, Any]] = []
        self.macro_options: list[dict[str, Any]] = []
        self.history: list[tuple[str, object]] = []
        # the user's side of dialogs: answers to alerts with buttons (in order), the Open dialog, the input box
        self.answers: list[str] = []
        self.open_files: Any = False
        self.input_text: Any = False
        self.dialogs: list[tuple[str, Any]] = []
        # the status bar: what it says (False: Excel's own), every value set in order, and a switch that makes
        # setting it fail as a busy Excel does
        self._status_bar: str | bool = False
        self.status_history: list[str | bool] = []
        self.status_bar_fails = False

    def __getattr__(self, name: str) -> Any:
        if name in FakeApp._PROPERTIES:
            self._book.counter(f"App.{name} get")
            return self._state[name]
        raise AttributeError(name)

    def __setattr__(self, name: str, value: Any) -> None:
        if name in FakeApp._PROPERTIES:
            self._book.counter(f"App.{name} set")
            self._state[name] = value
            self.history.append((name, value))
        else:
            super().__setattr__(name, value)

    @property
    def status_bar(self) -> str | bool:
        self._book.counter("App.status_bar get")
        return self._status_bar

    @status_bar.setter
    def status_bar(self, value: str | bool) -> None:
        """Excel's ``Application.StatusBar``: a text, or False to give it back to Excel."""
        self._book.counter("App.status_bar set")
        if self.status_bar_fails:
            raise RuntimeError("(-2147418111, 'Call was rejected by callee.', None, None)")
        assert value is False or (isinstance(value, str) and value), f"the status bar takes a text or False: {value!r}"
        self._status_bar = value
        self.status_history.append(value)

    @contextlib.contextmanager
    def properties(self, **kwargs: Any) -> Iterator[FakeApp]:
        """What xlwings' ``App.properties`` does: read each, set each, restore each at the end (also on error)."""
        initial = {}
        for attribute, value in kwargs.items():
            initial[attribute] = getattr(self, attribute)
            setattr(self, attribute, value)
        try:
            yield self
        finally:
            for attribute, value in initial.items():
                setattr(self, attribute, value)

    def alert(self, prompt: str, title: str | None = None, buttons: str = "ok", mode: str | None = None,
              callback: str | None = None) -> str:  # fmt: skip
        self._book.counter("App.alert")
        self.alerts.append({"prompt": prompt, "title": title, "buttons": buttons, "mode": mode})
        if buttons != "ok" and self.answers:
            return self.answers.pop(0)
        return {"ok": "ok", "ok_cancel": "ok", "yes_no": "yes", "yes_no_cancel": "yes"}[buttons]

    @property
    def api(self) -> FakeApi:
        self._book.counter("App.api")
        return FakeApi(self)

    @property
    def state(self) -> dict[str, object]:
        return dict(self._state)


class FakeBook:
    """``FakeBook.from_workbook(wb, path)``: the values of an openpyxl workbook as a live book."""

    def __init__(self, fullname: str, defined_names: dict[str, str] | None = None) -> None:
        self.counter = Counter()
        self._fullname = fullname
        self._sheets: list[FakeSheet] = []
        self.defined_names = dict(defined_names or {})
        self.app = FakeApp(self)

    @classmethod
    def from_workbook(cls, wb: Any, fullname: str) -> FakeBook:
        names = {name: "=" + dn.attr_text for name, dn in wb.defined_names.items()}
        book = cls(fullname, names)
        for ws in wb.worksheets:
            cells = {}
            for row in ws.iter_rows():
                for cell in row:
                    if cell.value is not None:
                        formula = cell.data_type == "f" and isinstance(cell.value, str)
                        cells[(cell.row, cell.column)] = Formula(cell.value) if formula else cell.value
            sheet = FakeSheet(book, ws.title, cells)
            sheet.code_name = ws.sheet_properties.codeName or ""
            sheet.table_objects = {t.displayName: FakeTable(sheet, t.displayName, t.ref) for t in ws.tables.values()}
            book._sheets.append(sheet)
        return book

    @property
    def calls(self) -> int:
        return self.counter.calls

    @property
    def log(self) -> list[str]:
        return self.counter.log

    def reset_counts(self) -> None:
        self.counter = Counter()

    @property
    def fullname(self) -> str:
        self.counter("Book.fullname")
        return self._fullname

    @property
    def name(self) -> str:
        self.counter("Book.name")
        return self._fullname.replace("\\", "/").rsplit("/", 1)[-1]

    @property
    def sheets(self) -> FakeSheets:
        self.counter("Book.sheets")
        return FakeSheets(self)

    @property
    def names(self) -> FakeNames:
        self.counter("Book.names")
        return FakeNames(self)

    # for the tests (not counted)
    def sheet(self, name: str) -> FakeSheet:
        return next(s for s in self._sheets if s._name == name)

    @property
    def sheet_names(self) -> list[str]:
        return [s._name for s in self._sheets]
