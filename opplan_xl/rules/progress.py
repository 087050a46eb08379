"""Rules on the progress columns of project and equipment rows (status, contract, disbursement; issue 13).

A plan without progress (every workbook made before the progress columns, or one not yet reported on) meets none
of them. Each finding names the progress cell to fix. Cells the parser already reported (``plan.reported``) are
skipped, so one mistake gives one finding.

The checks that depend on a report date are in :func:`check_as_of` (the report runs them); ``opplan validate``
runs only its "dated after today" part (:func:`dates_not_future`).
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

from .. import messages, schema, thai
from ..deadlines import fiscal_months, fiscal_year_bounds
from ..findings import Finding, finding
from ..model import Equipment, Plan, Project
from ..monitoring.status import standard_status
from ..schema import Table

Item = Project | Equipment
_DATE_KEYS = ("contract_date", "disbursed_date")
_AMOUNT_KEYS = ("contract_amount", "disbursed")


def _rows(plan: Plan) -> Iterator[tuple[Table, Item]]:
    yield from ((schema.PROJECTS, p) for p in plan.projects)
    yield from ((schema.EQUIPMENT, e) for e in plan.equipment)


def _has_progress(plan: Plan) -> bool:
    return any(item.has_progress for _, item in _rows(plan))


def _reported(plan: Plan, table: Table, key: str, item: Item) -> bool:
    return f"{plan.sheet(table)}!{plan.cell(table, key, item.row)}" in plan.reported


def _header(table: Table, key: str) -> str:
    return next(c.header for c in table.columns if c.key == key)


def _money(value: Decimal) -> str:
    return f"{value:,.2f}"


def _amount(item: Item, key: str) -> Decimal | None:
    """The amount in a progress column, ``None`` when empty or negative (negative is its own finding)."""
    value = getattr(item, key)
    return value if value is not None and value >= 0 else None


def _status_words(item: Item) -> tuple[str, str]:
    key = "word.progress.status_not_started" if item.progress else "word.progress.status_empty"
    return messages.CATALOGUE[key]


def progress_statuses_standard(plan: Plan) -> list[Finding]:
    """The status is one of the list: a known other spelling is one info per spelling (it is counted as the standard
    status); text no one can place warns (the reports count it as ยังไม่ได้ดำเนินการ)."""
    out: list[Finding] = []
    variants: dict[tuple[str, str], tuple[str, str, int]] = {}  # (sheet, typed) → (standard, first cell, rows)
    for table, item in _rows(plan):
        value = item.progress
        if value is None or not value.strip() or value in schema.PROGRESS_STATUSES:
            continue
        sheet, cell = plan.sheet(table), plan.cell(table, "progress", item.row)
        standard = standard_status(value)
        if standard is None:
            choices = ", ".join(schema.PROGRESS_STATUSES)
            out.append(finding("W-PROGRESS-UNKNOWN", sheet, cell, value=value, choices=choices))
        elif (sheet, value) in variants:
            std, first, n = variants[(sheet, value)]
            variants[(sheet, value)] = (std, first, n + 1)
        else:
            variants[(sheet, value)] = (standard, cell, 1)
    for (sheet, value), (standard, cell, n) in variants.items():
        out.append(finding("I-PROGRESS-VARIANT", sheet, cell, value=value, standard=standard, more=n - 1))
    return out


def progress_amounts(plan: Plan) -> list[Finding]:
    """Amounts not negative (the parser takes a sign), disbursed within the budget and the contract, the contract
    within the budget. Over the budget is said once: a disbursement over both is reported against the budget."""
    out: list[Finding] = []
    for table, item in _rows(plan):
        sheet = plan.sheet(table)
        for key in _AMOUNT_KEYS:
            value = getattr(item, key)
            if value is not None and value < 0:
                cell = plan.cell(table, key, item.row)
                out.append(
                    finding(
                        "E-PROGRESS-AMOUNT-NEGATIVE",
                        sheet,
                        cell,
                        field=_header(table, key),
                        field_en=key,
                        value=_money(value),
                    )
                )
        disbursed, contract, budget = _amount(item, "disbursed"), _amount(item, "contract_amount"), item.budget
        budget_cell = plan.cell(table, "budget", item.row)
        d_cell = plan.cell(table, "disbursed", item.row)
        c_cell = plan.cell(table, "contract_amount", item.row)
        if disbursed is not None and budget is not None and disbursed > budget:
            out.append(
                finding(
                    "E-DISBURSED-OVER-BUDGET",
                    sheet,
                    d_cell,
                    disbursed=_money(disbursed),
                    budget=_money(budget),
                    budget_cell=budget_cell,
                )
            )
        elif disbursed is not None and contract is not None and disbursed > contract:
            out.append(
                finding(
                    "E-DISBURSED-OVER-CONTRACT",
                    sheet,
                    d_cell,
                    disbursed=_money(disbursed),
                    contract=_money(contract),
                    contract_cell=c_cell,
                )
            )
        if contract is not None and budget is not None and contract > budget:
            out.append(
                finding(
                    "W-CONTRACT-OVER-BUDGET",
                    sheet,
                    c_cell,
                    contract=_money(contract),
                    budget=_money(budget),
                    budget_cell=budget_cell,
                )
            )
    return out


def progress_status_matches_money(plan: Plan) -> list[Finding]:
    """ดำเนินการแล้วเสร็จ has a disbursement; a disbursement has a status that says work started. Rows cancelled
    by an amendment are :func:`progress_on_cancelled`'s; unknown status text is already a warning."""
    out: list[Finding] = []
    for table, item in _rows(plan):
        if item.cancelled_in is not None:
            continue
        sheet = plan.sheet(table)
        status = standard_status(item.progress)
        if item.progress and item.progress.strip() and status is None:
            continue
        d_cell = plan.cell(table, "disbursed", item.row)
        disbursed = item.disbursed
        if _reported(plan, table, "disbursed", item):
            continue
        if status == schema.PROGRESS_DONE and not disbursed:
            out.append(
                finding(
                    "W-DONE-NOTHING-DISBURSED", sheet, plan.cell(table, "progress", item.row), disbursed_cell=d_cell
                )
            )
        elif disbursed and disbursed > 0 and status in (None, schema.PROGRESS_NOT_STARTED):
            th, en = _status_words(item)
            out.append(
                finding(
                    "W-DISBURSED-NOT-STARTED",
                    sheet,
                    plan.cell(table, "progress", item.row),
                    disbursed=_money(disbursed),
                    disbursed_cell=d_cell,
                    status_text=th,
                    status_text_en=en,
                )
            )
    return out


def progress_dates(plan: Plan) -> list[Finding]:
    """Contract and disbursement dates inside the plan's fiscal year; a disbursed amount has its date."""
    out: list[Finding] = []
    fy = plan.settings.fiscal_year
    bounds = fiscal_year_bounds(fy) if fy else None
    for table, item in _rows(plan):
        sheet = plan.sheet(table)
        for key in _DATE_KEYS:
            d = getattr(item, key)
            if d is None or bounds is None or bounds[0] <= d <= bounds[1]:
                continue
            out.append(
                finding(
                    "E-PROGRESS-DATE-OUTSIDE-FY",
                    sheet,
                    plan.cell(table, key, item.row),
                    field=_header(table, key),
                    field_en=key,
                    date=d,
                    fiscal_year=fy,
                    start=bounds[0],
                    end=bounds[1],
                )
            )
        disbursed = _amount(item, "disbursed")
        if disbursed and item.disbursed_date is None and not _reported(plan, table, "disbursed_date", item):
            out.append(
                finding(
                    "W-DISBURSED-NO-DATE",
                    sheet,
                    plan.cell(table, "disbursed_date", item.row),
                    disbursed=_money(disbursed),
                )
            )
    return out


def progress_on_cancelled(plan: Plan) -> list[Finding]:
    """A row an amendment cancelled (``cancelled_in``) has no status but ยกเลิก and nothing disbursed."""
    out: list[Finding] = []
    for table, item in _rows(plan):
        if item.cancelled_in is None:
            continue
        sheet = plan.sheet(table)
        typed = item.progress.strip() if item.progress else ""
        if typed and standard_status(typed) != schema.PROGRESS_CANCELLED:
            th, en = messages.CATALOGUE["word.progress.status_other"]
            key, what, what_en = "progress", th.format(status=typed), en.format(status=typed)
        elif item.disbursed and item.disbursed > 0:
            th, en = messages.CATALOGUE["word.progress.disbursed"]
            money = _money(item.disbursed)
            key, what, what_en = "disbursed", th.format(disbursed=money), en.format(disbursed=money)
        else:
            continue
        out.append(
            finding(
                "W-PROGRESS-ON-CANCELLED",
                sheet,
                plan.cell(table, key, item.row),
                number=item.cancelled_in,
                what=what,
                what_en=what_en,
            )
        )
    return out


# ---- checks as at a report date ------------------------------------------------------------------


def _month_end(fiscal_year: int, month: int) -> dt.date:
    year = {m: y for y, m in fiscal_months(fiscal_year)}[month]
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _dated_after(plan: Plan, as_of: dt.date, label: str, skip_outside_fy: bool) -> list[Finding]:
    out: list[Finding] = []
    fy = plan.settings.fiscal_year
    bounds = fiscal_year_bounds(fy) if fy else None
    th, en = messages.CATALOGUE[label]
    for table, item in _rows(plan):
        for key in _DATE_KEYS:
            d = getattr(item, key)
            if d is None or d <= as_of:
                continue
            if skip_outside_fy and bounds is not None and not bounds[0] <= d <= bounds[1]:
                continue  # progress_dates has said it
            out.append(
                finding(
                    "E-PROGRESS-DATE-AFTER",
                    plan.sheet(table),
                    plan.cell(table, key, item.row),
                    field=_header(table, key),
                    field_en=key,
                    date=d,
                    as_of=as_of,
                    as_of_label=th,
                    as_of_label_en=en,
                )
            )
    return out


def _not_started_late(plan: Plan, as_of: dt.date) -> list[Finding]:
    """Rows in force on ``as_of`` (amendments announced by then) still not started after their last month."""
    from ..versions import views

    fy = plan.settings.fiscal_year
    if fy is None:
        return []
    out: list[Finding] = []
    for table, item in _rows(views.as_at(plan, as_of)):
        if not item.months or standard_status(item.progress) not in (None, schema.PROGRESS_NOT_STARTED):
            continue
        if item.progress and item.progress.strip() and standard_status(item.progress) is None:
            continue  # unknown text: progress_statuses_standard warns
        last = item.months[-1]
        end = _month_end(fy, last)
        if end >= as_of:
            continue
        th, en = _status_words(item)
        out.append(
            finding(
                "W-NOT-STARTED-PAST-LAST-MONTH",
                plan.sheet(table),
                plan.cell(table, "progress", item.row),
                last_month=thai.format_date(end, "month_year", thai_digits=False),
                as_of=as_of,
                status_text=th,
                status_text_en=en,
            )
        )
    return out


def check_as_of(plan: Plan, as_of: dt.date) -> list[Finding]:
    """The checks of a report as at ``as_of``: a contract or disbursement dated after it (an error: a date not yet
    come is a typing mistake), and a row in force then, ยังไม่ได้ดำเนินการ or empty although its last planned
    month (``item.months``, fiscal order) ended before ``as_of`` (a warning). Nothing else; a plan without any
    progress gives nothing (its report says no progress has been reported)."""
    if not _has_progress(plan):
        return []
    return _dated_after(plan, as_of, "word.progress.report_date", False) + _not_started_late(plan, as_of)


def dates_not_future(plan: Plan, today: dt.date | None = None) -> list[Finding]:
    """``opplan validate``'s part of :func:`check_as_of`, as at today clipped to the fiscal year's end: only a
    contract or disbursement dated after today (a future date is a typing mistake). "Not started past the last
    month" is not checked here: it depends on the round reported on and belongs to the report
    (``check_as_of`` with the report date). Dates outside the fiscal year are :func:`progress_dates`' error."""
    day = today or dt.date.today()
    fy = plan.settings.fiscal_year
    if fy:
        day = min(day, fiscal_year_bounds(fy)[1])
    return _dated_after(plan, day, "word.progress.today", True)


RULES = (
    progress_statuses_standard,
    progress_amounts,
    progress_status_matches_money,
    progress_dates,
    progress_on_cancelled,
    dates_not_future,
)
