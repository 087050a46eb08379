"""The monitoring rounds: the 6-month report as at 31 มี.ค. (O10) and the annual report as at 30 ก.ย. (O11)."""

from __future__ import annotations

import datetime as dt

from ..deadlines import fiscal_year_bounds

ROUNDS: tuple[str, ...] = ("6m", "12m")


def round_date(fiscal_year: int, name: str) -> dt.date:
    """The report date of round ``name`` ("6m" or "12m") of BE fiscal year ``fiscal_year``."""
    end = fiscal_year_bounds(fiscal_year)[1]
    if name == "6m":
        return dt.date(end.year, 3, 31)
    if name == "12m":
        return end
    raise ValueError(name)


def round_of(fiscal_year: int | None, as_of: dt.date) -> str | None:
    """The round whose date ``as_of`` is, else ``None`` (a report as at another day)."""
    if fiscal_year is None:
        return None
    return next((r for r in ROUNDS if round_date(fiscal_year, r) == as_of), None)


def current_round(fiscal_year: int, today: dt.date) -> str:
    """The round an officer is working towards on ``today``: the 6-month one until its date, then the annual one."""
    return "6m" if today <= round_date(fiscal_year, "6m") else "12m"
