"""The fiscal year, the day rules of ข้อ ๒๖ and ข้อ ๒๗, and the holidays they meet (domain/README.md §2.1).

- "ภายใน N วันนับแต่วันที่ D": the first day is not counted (ป.พ.พ. ๑๙๓/๓), so the last allowed day is D + N.
- Plan completion (ข้อ ๒๗): due = budget act announcement + 30.
- Posting (ข้อ ๒๖ (๒)): post by = plan announcement + 15, never before the announcement; keep posted
  through posted + 30; may take down from posted + 31.
- A deadline on a Saturday, Sunday or Thai public holiday does not move by default (พ.ร.บ.วิธีปฏิบัติราชการ
  ทางปกครอง มาตรา ๖๔): the rule warns and names the last working day before it, and shows as information
  the next working day that ป.พ.พ. มาตรา ๑๙๓/๘ would give. The ``roll_forward`` setting moves the
  deadline to that next working day instead.

Public holidays come from the ``holidays`` package (Thailand), imported only when a weekday has to be
looked up and built only for the years asked for, plus the extra days the user lists in the workbook.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from . import messages, thai
from .findings import Finding, finding

if TYPE_CHECKING:
    from .model import Holiday, Plan, Settings

__all__ = [
    "DAYS_KEEP_POSTED",
    "DAYS_PLAN_DUE",
    "DAYS_POST_BY",
    "DeadlineHoliday",
    "Deadlines",
    "HolidayCalendar",
    "compute",
    "dates_findings",
    "deadline_findings",
    "deadlines_json",
    "fiscal_months",
    "fiscal_year_bounds",
    "fiscal_year_of",
]

DAYS_PLAN_DUE = 30  # ข้อ ๒๗: finished within 30 days of the budget act's announcement
DAYS_POST_BY = 15  # ข้อ ๒๖ (๒): posted within 15 days of the plan's announcement
DAYS_KEEP_POSTED = 30  # ข้อ ๒๖ (๒): posted for at least 30 days

_DAY = dt.timedelta(days=1)

# --------------------------------------------------------------------------------------------------
# Fiscal year
# --------------------------------------------------------------------------------------------------


def fiscal_year_of(d: dt.date) -> int:
    """The BE fiscal year a date falls in: 2025-10-01 → 2569, 2025-09-30 → 2568."""
    return d.year + thai.BE_OFFSET + (1 if d.month >= 10 else 0)


def fiscal_year_bounds(fiscal_year_be: int) -> tuple[dt.date, dt.date]:
    """First and last day of a BE fiscal year: 2569 → (2025-10-01, 2026-09-30)."""
    ce = fiscal_year_be - thai.BE_OFFSET
    return dt.date(ce - 1, 10, 1), dt.date(ce, 9, 30)


def fiscal_months(fiscal_year_be: int) -> list[tuple[int, int]]:
    """The twelve (CE year, month) pairs of a fiscal year, from October."""
    ce = fiscal_year_be - thai.BE_OFFSET
    return [(ce - 1, m) for m in (10, 11, 12)] + [(ce, m) for m in range(1, 10)]


# --------------------------------------------------------------------------------------------------
# Holidays
# --------------------------------------------------------------------------------------------------

_WEEKEND_NAMES = {5: messages.CATALOGUE["word.saturday"], 6: messages.CATALOGUE["word.sunday"]}
_EXTRA_HOLIDAY_NAME = messages.CATALOGUE["word.extra_holiday"]
# Days the `holidays` package lists that government offices work: National Labour Day is a day off
# for the private and financial sectors only (the package says so in its source).
_NOT_GOVERNMENT_DAYS_OFF = ("วันแรงงานแห่งชาติ",)


@lru_cache(maxsize=1)
def _thailand_class() -> type:
    """The ``holidays`` package's Thailand calendar, loaded on its own.

    ``holidays.countries`` imports all ~250 country modules (about 150 ms) whichever one is asked
    for, even through the package's lazy loader; loading ``countries/thailand.py`` straight from its
    file costs only the package core. Falls back to the ordinary import if the layout changes.
    """
    import importlib.util
    import sys
    from pathlib import Path

    name = "holidays.countries.thailand"
    if name in sys.modules:
        return sys.modules[name].Thailand
    import holidays

    path = Path(holidays.__file__).with_name("countries") / "thailand.py"
    spec = importlib.util.spec_from_file_location(name, path) if path.is_file() else None
    if spec is None or spec.loader is None:
        from holidays.countries.thailand import Thailand

        return Thailand
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.Thailand


@lru_cache(maxsize=64)
def _public_holidays(year: int) -> dict[dt.date, tuple[str, str]]:
    """Thai government days off in a CE year: date → (Thai name, English name).

    The package's PUBLIC category plus GOVERNMENT (the Royal Ploughing Ceremony, a day off for
    government offices), without National Labour Day.
    """
    Thailand = _thailand_class()
    categories = ("public", "government")
    th = Thailand(years=year, language="th", categories=categories)
    en = Thailand(years=year, language="en_US", categories=categories)
    days: dict[dt.date, tuple[str, str]] = {}
    for day, name in th.items():
        # Several holidays on one day come as "a; b; c".
        all_parts = name.split("; ")
        th_parts = [p for p in all_parts if not any(x in p for x in _NOT_GOVERNMENT_DAYS_OFF)]
        if not th_parts:
            continue
        en_parts = (en.get(day) or "").split("; ")
        if len(th_parts) < len(all_parts):
            en_parts = [p for p in en_parts if "Labor" not in p and "Labour" not in p]
        joiner, fallback = messages.CATALOGUE["word.holiday_and"][0], messages.CATALOGUE["word.public_holiday"][1]
        days[day] = (joiner.join(th_parts), " / ".join(p for p in en_parts if p) or fallback)
    return days


class HolidayCalendar:
    """Working days of a Thai local government: Monday to Friday except public holidays and the
    extra days the user listed (``settings.extra_holidays``)."""

    def __init__(self, extra: Iterable[dt.date | Holiday] = ()) -> None:
        self._extra: dict[dt.date, tuple[str, str]] = {}
        for item in extra:
            if isinstance(item, dt.date):
                self._extra[item] = _EXTRA_HOLIDAY_NAME
            else:
                name = (getattr(item, "name", "") or "").strip()
                self._extra[item.date] = (name, name) if name else _EXTRA_HOLIDAY_NAME

    def _names(self, d: dt.date) -> tuple[str, str] | None:
        if isinstance(d, dt.datetime):
            d = d.date()
        if d.weekday() in _WEEKEND_NAMES:
            return _WEEKEND_NAMES[d.weekday()]
        if d in self._extra:
            return self._extra[d]
        return _public_holidays(d.year).get(d)

    def holiday_name(self, d: dt.date, lang: str = "th") -> str | None:
        """Why ``d`` is not a working day ("วันเสาร์", "วันอาทิตย์", the holiday's Thai name), or None."""
        names = self._names(d)
        if names is None:
            return None
        return names[1] if lang == "en" else names[0]

    def is_working_day(self, d: dt.date) -> bool:
        return self._names(d) is None

    def last_working_day_before(self, d: dt.date) -> dt.date:
        """The nearest working day strictly before ``d``."""
        d -= _DAY
        while not self.is_working_day(d):
            d -= _DAY
        return d

    def next_working_day_after(self, d: dt.date) -> dt.date:
        """The nearest working day strictly after ``d``."""
        d += _DAY
        while not self.is_working_day(d):
            d += _DAY
        return d


# --------------------------------------------------------------------------------------------------
# Deadlines
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DeadlineHoliday:
    """A deadline (``plan_due`` or ``post_by``) that falls on a day off."""

    key: str
    due: dt.date  # the date the rule gives, before any roll-forward
    holiday: str  # Thai name of the day off
    holiday_en: str
    last_working_day: dt.date  # §64: act by this day
    next_working_day: dt.date  # ป.พ.พ. ๑๙๓/๘: the day the deadline would move to
    rolled: bool  # True when settings.roll_forward moved the deadline to next_working_day


@dataclass(frozen=True)
class Deadlines:
    """The dates the rules give; ``None`` where the date they count from is not known yet."""

    plan_due: dt.date | None = None
    post_by: dt.date | None = None
    keep_posted_through: dt.date | None = None
    take_down_from: dt.date | None = None
    # plan_due / post_by → why that deadline falls on a day off (only those that do).
    holidays: dict[str, DeadlineHoliday] = field(default_factory=dict, compare=False, hash=False)


def _calendar_for(settings: Settings, calendar: HolidayCalendar | None) -> HolidayCalendar:
    return calendar if calendar is not None else HolidayCalendar(settings.extra_holidays)


def compute(settings: Settings, calendar: HolidayCalendar | None = None) -> Deadlines:
    """The deadlines for these settings. With ``settings.roll_forward`` a plan-due or post-by date
    that falls on a day off moves to the next working day; otherwise it stays (§64)."""
    cal = _calendar_for(settings, calendar)
    found: dict[str, DeadlineHoliday] = {}

    def deadline(key: str, start: dt.date | None, days: int) -> dt.date | None:
        if start is None:
            return None
        due = start + dt.timedelta(days=days)
        names = cal._names(due)
        if names is None:
            return due
        note = DeadlineHoliday(
            key=key,
            due=due,
            holiday=names[0],
            holiday_en=names[1],
            last_working_day=cal.last_working_day_before(due),
            next_working_day=cal.next_working_day_after(due),
            rolled=bool(settings.roll_forward),
        )
        found[key] = note
        return note.next_working_day if note.rolled else due

    posted = settings.posted_date
    return Deadlines(
        plan_due=deadline("plan_due", settings.budget_act_date, DAYS_PLAN_DUE),
        post_by=deadline("post_by", settings.announced_date, DAYS_POST_BY),
        keep_posted_through=posted + dt.timedelta(days=DAYS_KEEP_POSTED) if posted else None,
        take_down_from=posted + dt.timedelta(days=DAYS_KEEP_POSTED + 1) if posted else None,
        holidays=found,
    )


def _holiday_findings(note: DeadlineHoliday, done: dt.date | None, sheet: str, cell: str) -> list[Finding]:
    """Findings for a deadline on a day off; none when the act it times was already done by then."""
    if done is not None and done <= note.due:
        return []
    word = f"word.{note.key}"
    what = {"what": messages.text(word, "th"), "what_en": messages.text(word, "en")}
    if note.rolled:
        return [
            finding(
                "I-DEADLINE-ROLLED",
                sheet,
                cell,
                **what,
                due=note.due,
                holiday=note.holiday,
                holiday_en=note.holiday_en,
                next_working_day=note.next_working_day,
            )
        ]
    return [
        finding(
            "W-DEADLINE-HOLIDAY",
            sheet,
            cell,
            **what,
            due=note.due,
            holiday=note.holiday,
            holiday_en=note.holiday_en,
            last_working_day=note.last_working_day,
        ),
        finding("I-DEADLINE-1938", sheet, cell, **what, next_working_day=note.next_working_day),
    ]


def deadline_findings(plan: Plan, calendar: HolidayCalendar | None = None) -> list[Finding]:
    """The ข้อ ๒๖ / ๒๗ checks on the settings sheet's dates.

    A check whose dates are missing is skipped silently (the settings rule reports missing dates).
    A deadline that falls on a day off is reported while the act it times is still open or late;
    once the act was done by the deadline there is nothing to warn about.
    """
    return dates_findings(plan.settings, plan.settings_sheet, plan.setting_cell, calendar)


def dates_findings(
    s: Settings,
    sheet: str,
    cell_of: Callable[[str], str],
    calendar: HolidayCalendar | None = None,
    late_code: str = "W-PLAN-LATE",
    **params: object,
) -> list[Finding]:
    """The ข้อ ๒๖ / ๒๗ checks on one set of dates (the plan's, or an amendment's put in a :class:`Settings`).

    ``cell_of`` gives the cell of a setting key (``budget_act_date`` is the trigger, ``announced_date`` …);
    ``late_code`` and ``params`` make the lateness finding name what is late (the plan, or amendment N).
    """
    d = compute(s, calendar)
    out: list[Finding] = []

    # ข้อ ๒๗: the plan is finished on its announcement date.
    if d.plan_due and s.announced_date and s.announced_date > d.plan_due:
        out.append(
            finding(
                late_code,
                sheet,
                cell_of("announced_date"),
                announced=s.announced_date,
                due=d.plan_due,
                trigger=s.budget_act_date,
                **params,
            )
        )
    if "plan_due" in d.holidays:
        out += _holiday_findings(d.holidays["plan_due"], s.announced_date, sheet, cell_of("budget_act_date"))

    # ข้อ ๒๖ (๒): posting.
    if s.posted_date and s.announced_date:
        if s.posted_date < s.announced_date:
            out.append(
                finding(
                    "E-POST-BEFORE-ANNOUNCE",
                    sheet,
                    cell_of("posted_date"),
                    posted=s.posted_date,
                    announced=s.announced_date,
                )
            )
        elif d.post_by and s.posted_date > d.post_by:
            out.append(
                finding(
                    "E-POST-LATE",
                    sheet,
                    cell_of("posted_date"),
                    posted=s.posted_date,
                    post_by=d.post_by,
                    announced=s.announced_date,
                )
            )
    if "post_by" in d.holidays:
        out += _holiday_findings(d.holidays["post_by"], s.posted_date, sheet, cell_of("announced_date"))

    # ข้อ ๒๖ (๒): at least 30 days on display.
    if d.take_down_from and d.keep_posted_through and s.taken_down_date and s.taken_down_date < d.take_down_from:
        out.append(
            finding(
                "E-TAKEDOWN-EARLY",
                sheet,
                cell_of("taken_down_date"),
                taken_down=s.taken_down_date,
                keep_through=d.keep_posted_through,
                take_down_from=d.take_down_from,
            )
        )
    return out


def deadlines_json(d: Deadlines, findings: Iterable[Finding], lang: str = "th") -> dict:
    """``{"plan_due", "post_by", "keep_posted_through", "take_down_from", "findings"}``: ISO CE dates
    or null, and the findings as :meth:`Finding.to_json` gives them."""

    def iso(x: dt.date | None) -> str | None:
        return x.isoformat() if x else None

    return {
        "plan_due": iso(d.plan_due),
        "post_by": iso(d.post_by),
        "keep_posted_through": iso(d.keep_posted_through),
        "take_down_from": iso(d.take_down_from),
        "findings": [f.to_json(lang) for f in findings],
    }
