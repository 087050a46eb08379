"""The live workbook in Excel, through the small slice of the xlwings API that the actions use.

:class:`LiveBook` wraps an ``xlwings.Book`` (from ``Book.caller()``), or in the tests a fake with the same
slice that counts every call. Each method costs a fixed number of Excel round trips, whatever the number of
rows, because every table is read with one ``.value`` and every result area is written with one:

===============================  ==============================================================================
method                           xlwings calls
===============================  ==============================================================================
``sheet_names()``                ``book.sheets`` and each sheet's ``.name`` (once per button press)
``read(name)``                   ``sheet.used_range``, its ``.address``, ``.options(ndim=2, …).value``
``write(sheet, row, col, rows)`` ``sheet.range(address)``, ``.value = rows``
``clear(sheet, ref)``            ``sheet.range(ref)``, ``.clear_contents()``
``insert_rows(sheet, row, n)``   ``sheet.range("12:14")``, ``.insert(shift="down")`` (whole rows: what is below moves)
``delete_rows(sheet, a, b)``     ``sheet.range("12:14")``, ``.delete(shift="up")``
``ensure_sheet(name)``           ``book.sheets.add(name, after=…)`` when the sheet is missing
``show(sheet)``                  ``sheet.activate()``
``set_print_area(sheet, ref)``   ``sheet.page_setup.print_area = ref``
``autofit_rows(sheet, ref)``     ``sheet.range(ref).rows.autofit()``
``defined_name(name)``           ``book.names[name]``, ``.refers_to``
``path``                         ``book.fullname`` (once per button press)
``quiet()``                      ``app.properties(screen_updating=False, calculation="manual", enable_events=False)``
``status(text)``                 ``app.status_bar = text`` on entry, the outer text or ``False`` on exit (2 calls)
``alert(text, title)``           ``app.alert(...)``
``describe_functions(entries)``  ``app.api.MacroOptions(...)`` per worksheet function (Excel for Windows)
``formulas(sheet, ref)``         ``sheet.range(ref)``, ``.formula`` (what each cell holds: formula or constant)
``table_range(sheet, name)``     ``sheet.tables[name]``, ``.range``, ``.address``
``resize_table(sheet, name, r)`` ``sheet.tables[name]``, ``sheet.range(r)``, ``.resize(range)``
``confirm(text, title)``         ``app.alert(..., buttons="ok_cancel")``; ``ask_yes_no``: ``buttons="yes_no"``
``ask_files(title)``             ``app.api.GetOpenFilename(...)`` (Windows); AppleScript ``choose file`` (Mac)
``ask_text(prompt, title)``      ``app.api.InputBox(...)`` (Windows); AppleScript ``display dialog`` (Mac)
===============================  ==============================================================================

Nothing here imports xlwings: the book object is handed in.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from typing import Any, TypeVar

from ..xlsx.cells import address, column_index
from ..xlsx.raw import CellError, SheetGrid

__all__ = ["EXCEL_ERRORS", "LiveBook", "StatusStages"]

EXCEL_ERRORS = frozenset(
    {
        "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA",
        "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!", "#PYTHON!",
    }
)  # fmt: skip
"""What xlwings returns for error cells with ``err_to_str=True``."""

T = TypeVar("T")

_RANGE = re.compile(r"^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$")


def _top_left(used_address: str) -> tuple[int, int]:
    """(row, column) of the first cell of an address such as ``$B$2:$F$9`` or ``$A$1``."""
    match = _RANGE.match(used_address.strip())
    if not match:
        raise ValueError(f"unexpected used range address {used_address!r}")
    return int(match.group(2)), column_index(match.group(1))


def _from_excel(value: object) -> object:
    if isinstance(value, str) and value in EXCEL_ERRORS:
        return CellError(value)
    return value


def _to_excel(value: object) -> object:
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, dt.datetime | dt.date) or value is None or isinstance(value, str | int | float):
        return value
    return str(value)


class LiveBook:
    """The workbook a ribbon button was pressed in."""

    def __init__(self, book: Any, platform: str | None = None) -> None:
        self._book = book
        self._sheets: dict[str, Any] | None = None
        self._path: str | None = None
        self.platform = platform or sys.platform
        self._statuses: list[str] = []  # the status bar's texts of the stages now running, innermost last
        self._status_shown: str | bool = False  # what this press last put there (False: Excel's own)
        self._status_broken = False

    # ---- reading ----------------------------------------------------------------------------------------------

    @property
    def path(self) -> str:
        """The workbook's full name: a local path, or a URL for a OneDrive/SharePoint workbook (asked once per press:
        what a button writes goes beside the workbook as it was when the button was pressed)."""
        if self._path is None:
            self._path = self._book.fullname
        return self._path

    def sheet_names(self) -> list[str]:
        return list(self._sheet_objects())

    def _sheet_objects(self) -> dict[str, Any]:
        if self._sheets is None:
            self._sheets = {}
            for sheet in self._book.sheets:
                self._sheets.setdefault(sheet.name, sheet)
        return self._sheets

    def _sheet(self, name: str) -> Any:
        return self._sheet_objects()[name]

    def read(self, name: str) -> SheetGrid:
        """The used range of one sheet, with one ``.value`` call."""
        used = self._sheet(name).used_range
        row, col = _top_left(used.address)
        values = used.options(ndim=2, empty=None, err_to_str=True).value
        return SheetGrid(name, [[_from_excel(v) for v in cells] for cells in values], row, col)

    def read_all(self, names: Sequence[str]) -> list[SheetGrid]:
        return [self.read(name) for name in names]

    def formulas(self, sheet: str, ref: str) -> list[list[object]]:
        """What each cell of ``ref`` holds, as Excel's ``Formula`` gives it: the formula of a formula cell, the
        constant of the others (one call)."""
        got = self._sheet(sheet).range(ref).formula
        if not isinstance(got, list | tuple):
            return [[got]]
        if got and not isinstance(got[0], list | tuple):
            return [list(got)]
        return [list(r) for r in got]

    def table_range(self, sheet: str, name: str) -> str | None:
        """The address of an Excel table (``$A$3:$AB$23``), or None when the sheet has no such table."""
        try:
            return self._sheet(sheet).tables[name].range.address
        except Exception:  # no such table (a user converted it to a range), or an old Excel without tables
            return None

    def resize_table(self, sheet: str, name: str, ref: str) -> None:
        """Make an Excel table cover ``ref`` (its header row included), so its formulas see every row."""
        ws = self._sheet(sheet)
        ws.tables[name].resize(ws.range(ref))

    def defined_name(self, name: str) -> str | None:
        """What a workbook-level defined name refers to (``'="0.37.8"'``), or None when there is no such name."""
        try:
            return self._book.names[name].refers_to
        except Exception:  # a missing name is a COM error on Windows, a KeyError elsewhere
            return None

    # ---- writing ----------------------------------------------------------------------------------------------

    def write(self, sheet: str, row: int, col: int, rows: Sequence[Sequence[object]]) -> None:
        """Write a rectangular block with its top-left cell at (row, col), in one call."""
        if not rows:
            return
        width = max(len(r) for r in rows)
        values = [[_to_excel(v) for v in r] + [None] * (width - len(r)) for r in rows]
        ref = f"{address(row, col)}:{address(row + len(values) - 1, col + width - 1)}"
        self._sheet(sheet).range(ref).value = values

    def clear(self, sheet: str, ref: str) -> None:
        self._sheet(sheet).range(ref).clear_contents()

    def insert_rows(self, sheet: str, row: int, count: int) -> None:
        """Insert ``count`` whole rows before ``row`` in one call: everything from ``row`` down moves down."""
        self._sheet(sheet).range(f"{row}:{row + count - 1}").insert(shift="down")

    def delete_rows(self, sheet: str, first: int, last: int) -> None:
        """Delete the whole rows ``first``…``last`` in one call: everything below moves up."""
        self._sheet(sheet).range(f"{first}:{last}").delete(shift="up")

    def ensure_sheet(self, name: str) -> bool:
        """Add an empty sheet at the end when ``name`` is missing (a user deleted it); True when added."""
        sheets = self._sheet_objects()
        if name in sheets:
            return False
        last = list(sheets.values())[-1]
        sheets[name] = self._book.sheets.add(name, after=last)
        return True

    def show(self, sheet: str) -> None:
        self._sheet(sheet).activate()

    def set_print_area(self, sheet: str, ref: str) -> None:
        self._sheet(sheet).page_setup.print_area = ref

    def autofit_rows(self, sheet: str, ref: str) -> None:
        self._sheet(sheet).range(ref).rows.autofit()

    @contextlib.contextmanager
    def quiet(self) -> Iterator[None]:
        """Screen updating, automatic calculation and events off while writing; restored also on error."""
        with self._book.app.properties(screen_updating=False, calculation="manual", enable_events=False):
            yield

    # ---- the status bar ---------------------------------------------------------------------------------------

    @contextlib.contextmanager
    def status(self, text: str) -> Iterator[None]:
        """Excel's status bar says ``text`` while the block runs. At its end, also when it raises, the status bar
        says the enclosing stage's text again, or is given back to Excel (``Application.StatusBar = False``, what
        xlwings' own VBA does; in xlwings ``app.status_bar = False`` on Windows and Mac alike).

        The status bar is only a courtesy: when Excel refuses it (busy, a Mac Excel without it), the error goes
        to the log once and the action goes on without it.
        """
        self._statuses.append(text)
        self._set_status(text)
        try:
            yield
        finally:
            self._statuses.pop()
            self._set_status(self._statuses[-1] if self._statuses else False)

    def stages(self) -> StatusStages:
        """The core's long steps (``progress=`` of ``generate_document``) shown on the status bar."""
        return StatusStages(self)

    def _set_status(self, value: str | bool) -> None:
        """One Excel call, none when the status bar already says ``value`` (a stage with its action's own text)."""
        if value == self._status_shown and value is not False:
            return
        giving_back = value is False and self._status_shown is not False
        if self._status_broken and not giving_back:  # once refused, only the final reset is tried again
            return
        try:
            self._book.app.status_bar = value
            self._status_shown = value
        except Exception as exc:  # never worth failing the action for
            if not self._status_broken:
                from ..errors import report_unexpected

                self._status_broken = True
                with contextlib.suppress(Exception):  # not even the log may break the action
                    report_unexpected(exc)

    # ---- talking to the user ----------------------------------------------------------------------------------

    def alert(self, text: str, title: str, *, critical: bool = False) -> None:
        self._book.app.alert(text, title=title, mode="critical" if critical else "info")

    def confirm(self, text: str, title: str) -> bool:
        """OK / Cancel; True for OK."""
        return self._book.app.alert(text, title=title, buttons="ok_cancel", mode="info") == "ok"

    def ask_yes_no(self, text: str, title: str) -> bool:
        return self._book.app.alert(text, title=title, buttons="yes_no", mode="info") == "yes"

    def ask_files(self, title: str) -> list[str] | None:
        """Excel's Open dialog for one or more .xlsx files; None when cancelled or when no dialog can be shown."""
        if self.platform == "win32":
            got = self._book.app.api.GetOpenFilename(
                FileFilter="Excel (*.xlsx;*.xlsm),*.xlsx;*.xlsm", Title=title, MultiSelect=True
            )
            if not got:  # False when cancelled
                return None
            return [str(p) for p in (got if isinstance(got, list | tuple) else [got])]
        if self.platform == "darwin":
            out = _osascript(_MAC_CHOOSE_FILES, title)
            if out is None:
                return None
            return [line for line in out.splitlines() if line.strip()] or None
        return None

    def ask_text(self, prompt: str, title: str, default: str = "") -> str | None:
        """A line of text from the user; None when cancelled or when no dialog can be shown."""
        if self.platform == "win32":
            got = self._book.app.api.InputBox(Prompt=prompt, Title=title, Default=default, Type=2)  # 2: text
            return None if got is False or got is None else str(got)
        if self.platform == "darwin":
            return _osascript(_MAC_ASK_TEXT, prompt, title, default)
        return None

    def code_name(self, sheet: str) -> str | None:
        """The VBA code name of ``sheet`` (``Sheet3``); None when there is no such sheet or this Excel does not tell."""
        try:
            obj = self._sheet_objects().get(sheet)
            if obj is None:
                return None
            if self.platform == "win32":
                return str(obj.api.CodeName or "")
            if self.platform == "darwin":
                return str(obj.api.code_name.get() or "")
        except Exception:  # an Excel without code names for this sheet: nothing to compare
            return None
        return None

    @property
    def has_udfs(self) -> bool:
        """Worksheet functions through xlwings exist only in Excel for Windows."""
        return self.platform == "win32"

    def describe_functions(self, entries: Sequence[tuple[str, str, list[str]]], category: str) -> None:
        """Register the function wizard's descriptions, as xlwings' "Import Functions" does.

        ``entries`` are (function name, description, argument descriptions); Excel takes at most 255
        characters of each.
        """
        api = self._book.app.api
        book = self._book.name.replace("'", "''")
        for name, description, arguments in entries:
            api.MacroOptions(
                Macro=f"'{book}'!{name}",
                Description=description[:255],
                Category=category,
                ArgumentDescriptions=[a[:255] for a in arguments] or None,
            )


class StatusStages:
    """The stage protocol of :class:`opplan_xl.progress.Progress` (``stage``, ``items``) on Excel's status bar: the
    long steps the core names for a terminal ("กำลังสร้าง PDF ด้วย LibreOffice") show at the bottom of Excel.

    ``items`` shows one text for the whole loop, so the Excel calls do not grow with the items.
    """

    def __init__(self, book: LiveBook) -> None:
        self._book = book

    @contextlib.contextmanager
    def stage(self, key: str, **params: object) -> Iterator[None]:
        from .. import messages

        with self._book.status(messages.text(key, **params) + "…"):
            yield

    def items(self, iterable: Iterable[T], key: str, total: int | None = None, **params: object) -> Iterator[T]:
        with self.stage(key, **params):
            yield from iterable


# AppleScript for the dialogs Excel for Mac's object model does not offer (run by osascript, no Excel round trip).
_MAC_CHOOSE_FILES = """on run argv
    set chosen to choose file with prompt (item 1 of argv) with multiple selections allowed
    set out to ""
    repeat with f in chosen
        set out to out & POSIX path of f & linefeed
    end repeat
    return out
end run"""
_MAC_ASK_TEXT = """on run argv
    set answer to display dialog (item 1 of argv) with title (item 2 of argv) default answer (item 3 of argv)
    return text returned of answer
end run"""


def _osascript(script: str, *args: str) -> str | None:
    """Run an AppleScript with arguments; its output, or None when the user cancelled or it failed."""
    import subprocess

    try:
        done = subprocess.run(
            ["osascript", "-e", script, *args], capture_output=True, text=True, encoding="utf-8", timeout=600
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.rstrip("\n") if done.returncode == 0 else None
