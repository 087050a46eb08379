"""Worksheet functions for Excel (xlwings UDFs; Excel for Windows only, like every xlwings UDF).

For what Excel cannot do natively: the day rules of ข้อ ๒๖ / ๒๗ with Thai holidays, the posting status in
Thai words, Thai dates with BE years in text, and baht text. Names are ASCII (``OPPLAN_…``); the Thai
descriptions of the function wizard come from the message catalogue (``udf.*``).

Only someone who types them uses them: the workbook's own cells never call these functions, so a recipient
without Python (or on a Mac) still sees correct values everywhere.

The VBA wrappers (module ``xlwings_udfs``) are written at build time by xlwings' own generator from this
module (:mod:`opplan_xl.excel.wrappers`), so users never need "Import Functions". This module is imported
only by Excel's UDF server, by that generator, and by tests; on a machine without Excel xlwings' decorators
are no-ops and the functions are plain Python.

Bad input gives a short Thai text in the cell instead of an error, and empty input an empty cell.
"""

from __future__ import annotations

import datetime as dt
import inspect
from collections.abc import Callable

import xlwings as xw

from .. import messages, thai

__all__ = [
    "OPPLAN_BAHTTEXT",
    "OPPLAN_DUE",
    "OPPLAN_POSTING_STATUS",
    "OPPLAN_POST_BY",
    "OPPLAN_TAKE_DOWN_FROM",
    "OPPLAN_THAIDATE",
    "UDFS",
    "function_help",
]

CATEGORY = "OpPlan"
_YES = frozenset({"1", "true", "yes", "y", "ใช่", "จริง"})
_NO = frozenset({"", "0", "false", "no", "n", "ไม่ใช่", "ไม่", "เท็จ"})


def _doc(key: str) -> str:
    return messages.text(f"udf.arg.{key}")


class _BadInput(ValueError):
    """An argument that cannot be read; the cell shows the Thai message."""

    def __init__(self, key: str, value: object) -> None:
        super().__init__(messages.text(key, value=value))


def _date(value: object) -> dt.date | None:
    """A date from a cell: a date, a serial number or Thai/ISO text; None when the cell is empty."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        d = thai.parse_date(value)
    except thai.ThaiParseError:
        raise _BadInput("udf.bad_date", value) from None
    if d.year >= 2400:  # a BE year typed as if it were CE
        raise _BadInput("udf.be_as_ce", d.year)
    return d


def _flag(value: object, default: bool = False) -> bool:
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return bool(value)
    text = str(value).strip().lower()
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise _BadInput("udf.bad_flag", value)


def _days(value: object) -> int:
    try:
        number = float(thai.to_arabic_digits(str(value)).strip()) if isinstance(value, str) else float(value)
    except (TypeError, ValueError):
        raise _BadInput("udf.bad_days", value) from None
    if not number.is_integer() or not 0 <= number <= 3650:
        raise _BadInput("udf.bad_days", value)
    return int(number)


def _short(d: dt.date) -> str:
    return thai.format_date(d, "short", thai_digits=False)


def _cell(compute: Callable[[], object]) -> object:
    """Run a UDF's body: a value, "" for an empty result, or the Thai message of bad input."""
    try:
        result = compute()
    except _BadInput as exc:
        return str(exc)
    return "" if result is None else result


# ------------------------------------------------------------------------------------------------ the functions
# Each function's description in the function wizard is its docstring (xlwings takes it from there); the
# docstring is the Thai catalogue text, set by @_described before xlwings sees the function.


def _described(name: str) -> Callable[[Callable], Callable]:
    def set_doc(f: Callable) -> Callable:
        f.__doc__ = messages.text(f"udf.{name}")
        return f

    return set_doc


@xw.func(category=CATEGORY)
@xw.arg("start_date", doc=_doc("start_date"))
@xw.arg("days", doc=_doc("days"))
@xw.arg("roll_forward", doc=_doc("roll_forward"))
@_described("OPPLAN_DUE")
def OPPLAN_DUE(start_date, days, roll_forward=False):
    # "within N days of D": the first day is not counted, so the last allowed day is D + N; with roll_forward a
    # last day that falls on a weekend or Thai holiday moves to the next working day (ป.พ.พ. ๑๙๓/๘).
    def compute() -> dt.date | None:
        start = _date(start_date)
        if start is None:
            return None
        due = start + dt.timedelta(days=_days(days))
        if _flag(roll_forward):
            from ..deadlines import HolidayCalendar

            calendar = HolidayCalendar()
            if not calendar.is_working_day(due):
                due = calendar.next_working_day_after(due)
        return due

    return _cell(compute)


@xw.func(category=CATEGORY)
@xw.arg("announced", doc=_doc("announced"))
@_described("OPPLAN_POST_BY")
def OPPLAN_POST_BY(announced):
    # ข้อ ๒๖ (๒): the plan is posted within 15 days of its announcement.
    def compute() -> dt.date | None:
        return _deadlines(announced=_date(announced)).post_by

    return _cell(compute)


@xw.func(category=CATEGORY)
@xw.arg("posted", doc=_doc("posted"))
@_described("OPPLAN_TAKE_DOWN_FROM")
def OPPLAN_TAKE_DOWN_FROM(posted):
    # ข้อ ๒๖ (๒): posted for at least 30 days, so it may come down from the 31st day.
    def compute() -> dt.date | None:
        return _deadlines(posted=_date(posted)).take_down_from

    return _cell(compute)


@xw.func(category=CATEGORY)
@xw.arg("announced", doc=_doc("announced"))
@xw.arg("posted", doc=_doc("posted"))
@xw.arg("taken_down", doc=_doc("taken_down"))
@_described("OPPLAN_POSTING_STATUS")
def OPPLAN_POSTING_STATUS(announced, posted=None, taken_down=None):
    # Where the posting of the plan stands, in Thai words; no "today", so the result never goes stale.
    return _cell(lambda: posting_status(_date(announced), _date(posted), _date(taken_down)))


@xw.func(category=CATEGORY)
@xw.arg("date_value", doc=_doc("date_value"))
@xw.arg("thai_digits", doc=_doc("thai_digits"))
@_described("OPPLAN_THAIDATE")
def OPPLAN_THAIDATE(date_value, thai_digits=False):
    # "15 ตุลาคม พ.ศ. 2568" (or with Thai digits) from a date cell, a serial number or date text.
    def compute() -> str | None:
        d = _date(date_value)
        return None if d is None else thai.format_date(d, "long", thai_digits=_flag(thai_digits))

    return _cell(compute)


@xw.func(category=CATEGORY)
@xw.arg("amount", doc=_doc("amount"))
@_described("OPPLAN_BAHTTEXT")
def OPPLAN_BAHTTEXT(amount):
    # The amount in Thai words, as Excel's BAHTTEXT writes it (which LibreOffice and Excel for Mac may lack).
    def compute() -> str | None:
        if amount is None or (isinstance(amount, str) and not amount.strip()):
            return None
        try:
            return thai.bahttext(thai.parse_amount(amount))
        except thai.ThaiParseError:
            raise _BadInput("udf.bad_amount", amount) from None

    return _cell(compute)


UDFS: tuple[Callable, ...] = (
    OPPLAN_DUE,
    OPPLAN_POST_BY,
    OPPLAN_TAKE_DOWN_FROM,
    OPPLAN_POSTING_STATUS,
    OPPLAN_THAIDATE,
    OPPLAN_BAHTTEXT,
)


# ------------------------------------------------------------------------------------------------------ helpers


def _deadlines(**dates: dt.date | None):
    from ..deadlines import compute
    from ..model import Settings

    return compute(Settings(**{f"{key}_date": value for key, value in dates.items()}))


def posting_status(announced: dt.date | None, posted: dt.date | None, taken_down: dt.date | None) -> str:
    """The posting of a plan (ข้อ ๒๖ (๒)) in Thai words, from its three dates."""
    if announced is None:
        return messages.text("udf.status.not_announced")
    d = _deadlines(announced=announced, posted=posted)
    post_by = _short(d.post_by)
    if posted is None:
        return messages.text("udf.status.not_posted", post_by=post_by)
    if posted < announced:
        return messages.text("udf.status.posted_early", announced=_short(announced))
    late = posted > d.post_by
    if taken_down is None:
        key = "udf.status.posted_late" if late else "udf.status.posted"
        return messages.text(key, post_by=post_by, take_down_from=_short(d.take_down_from))
    if taken_down < d.take_down_from:
        return messages.text("udf.status.taken_down_early", take_down_from=_short(d.take_down_from))
    return messages.text("udf.status.done_late" if late else "udf.status.done", post_by=post_by)


def function_help() -> list[tuple[str, str, list[str]]]:
    """(name, Thai description, Thai description of each argument) of every UDF, for the function wizard.

    The same texts xlwings would register through ``Application.MacroOptions`` on "Import Functions"; the
    macros register them so (:meth:`opplan_xl.excel.book.LiveBook.describe_functions`).
    """
    return [(f.__name__, f.__doc__ or "", [_doc(p) for p in inspect.signature(f).parameters]) for f in UDFS]
