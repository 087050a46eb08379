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
``ensure_sheet(name)``           ``book.sheets.add(name, after=…)`` when the sheet is missing
``show(sheet)``                  ``sheet.activate()``
``set_print_area(sheet, ref)``   ``sheet.page_setup.print_area = ref``
``autofit_rows(sheet, ref)``     ``sheet.range(ref).rows.autofit()``
``defined_name(name)``           ``book.names[name]``, ``.refers_to``
``path``                         ``book.fullname``
``quiet()``                      ``app.properties(screen_updating=False, calculation="manual", enable_events=False)``
``alert(text, title)``           ``app.alert(...)``
``describe_functions(entries)``  ``app.api.MacroOptions(...)`` per worksheet function (Excel for Windows)
===============================  ==============================================================================

Nothing here imports xlwings: the book object is handed in.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import sys
from collections.abc import Iterator, Sequence
from decimal import Decimal
from typing import Any

from ..xlsx.cells import address, column_index
from ..xlsx.raw import CellError, SheetGrid

__all__ = ["EXCEL_ERRORS", "LiveBook"]

EXCEL_ERRORS = frozenset(
    {
        "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA",
        "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!", "#PYTHON!",
    }
)  # fmt: skip
"""What xlwings returns for error cells with ``err_to_str=True``."""

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
        self.platform = platform or sys.platform

    # ---- reading ----------------------------------------------------------------------------------------------

    @property
    def path(self) -> str:
        """The workbook's full name: a local path, or a URL for a OneDrive/SharePoint workbook."""
        return self._book.fullname

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

    # ---- talking to the user ----------------------------------------------------------------------------------

    def alert(self, text: str, title: str, *, critical: bool = False) -> None:
        self._book.app.alert(text, title=title, mode="critical" if critical else "info")

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
