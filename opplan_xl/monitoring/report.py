"""The monitoring report of a plan as at a date: per ยุทธศาสตร์, แผนงาน and หน่วยงาน, by status, with disbursement.

A pure function of the Plan (like ``rollup``): :func:`progress_report` takes the plan as in force on the report
date (every amendment announced by then applied, ``versions.views.as_at``) and counts each project and equipment
item once, in the class :func:`~.status.status_of` gives it. Its (ยุทธศาสตร์, แผนงาน) rows are ผด.01's rows of the
same view, so every figure reconciles with ``rollup()`` to the satang; :attr:`ProgressReport.reconciliation` is
that check, printed in the report.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from .. import schema
from ..model import Equipment, Plan, Project
from ..names.sources import line_is_own
from ..rollup import Rollup, largest_remainder, rollup
from ..versions import views
from ..versions.fields import name_of
from .rounds import round_of
from .status import status_of

ZERO = Decimal("0.00")
HUNDRED = Decimal(100)
STATUSES = schema.PROGRESS_STATUSES
Item = Project | Equipment


def _amount(value: Decimal | None) -> Decimal:
    return value if value is not None else ZERO


def percent(part: Decimal, whole: Decimal) -> Decimal:
    """``part`` as a percentage of ``whole`` with 2 decimals, half up (0.00 when ``whole`` is 0)."""
    if not whole:
        return ZERO
    return (part * HUNDRED / whole).quantize(ZERO, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class StatusCount:
    status: str
    items: int
    budget: Decimal


@dataclass(frozen=True)
class Group:
    """One line of a summary table: the items of a group, their budget, by status, contracts and disbursement."""

    label: str
    items: int
    budget: Decimal
    by_status: tuple[StatusCount, ...]  # one per schema.PROGRESS_STATUSES, in that order
    contract: Decimal
    disbursed: Decimal
    strategy: str = ""  # the strategy code of a (ยุทธศาสตร์, แผนงาน) line or a strategy line
    plan_area: str = ""

    @property
    def disbursed_pct(self) -> Decimal:
        return percent(self.disbursed, self.budget)

    def count(self, status: str) -> StatusCount:
        return next(c for c in self.by_status if c.status == status)


@dataclass(frozen=True)
class Line:
    """One project or equipment item as the report lists it."""

    table: str  # "projects" or "equipment"
    row_id: str | None
    row: int | None
    strategy: str
    strategy_name: str
    plan_area: str
    name: str
    agency: str
    budget: Decimal
    own: bool
    months: tuple[int, ...]
    status: str
    progress_text: str | None  # as typed (None: nothing reported)
    contract_amount: Decimal | None
    contract_date: dt.date | None
    disbursed: Decimal | None
    disbursed_date: dt.date | None
    note: str | None
    added_in: int | None
    cancelled_in: int | None

    @property
    def disbursed_pct(self) -> Decimal:
        return percent(_amount(self.disbursed), self.budget)


@dataclass(frozen=True)
class MonthFlow:
    """One fiscal month: the budget planned in it (each item's budget spread over its months) and disbursed in it,
    with both running totals."""

    month: int
    year: int  # CE
    planned: Decimal
    disbursed: Decimal
    planned_total: Decimal
    disbursed_total: Decimal


@dataclass(frozen=True)
class Reconciliation:
    """The report's totals against ``rollup()`` of the same view: a reviewer checks one line."""

    plan_projects: int
    plan_budget: Decimal
    report_projects: int
    report_budget: Decimal
    plan_equipment: int
    plan_equipment_budget: Decimal
    report_equipment: int
    report_equipment_budget: Decimal

    @property
    def ok(self) -> bool:
        return (self.plan_projects, self.plan_budget, self.plan_equipment, self.plan_equipment_budget) == (
            self.report_projects,
            self.report_budget,
            self.report_equipment,
            self.report_equipment_budget,
        )


@dataclass(frozen=True)
class ProgressReport:
    fiscal_year: int | None
    as_of: dt.date
    round: str | None  # "6m", "12m" or None
    version: int  # the last amendment in force on the report date (0: the first version)
    view: Plan  # the plan as in force on the report date
    summary: Rollup  # rollup(view)
    lines: tuple[Line, ...]  # projects, then equipment, in the plan's order
    by_strategy: tuple[Group, ...]
    by_pair: tuple[Group, ...]  # ผด.01's (ยุทธศาสตร์, แผนงาน) rows, projects only
    by_agency: tuple[Group, ...]  # projects and equipment
    projects_total: Group
    equipment_total: Group
    total: Group
    budget_share: tuple[tuple[str, Decimal, Decimal], ...]  # (strategy label, budget, % of projects' budget)
    by_month: tuple[MonthFlow, ...]
    problems: tuple[Line, ...]  # lines with a note (ปัญหา อุปสรรค และข้อเสนอแนะ)
    follow_up: tuple[Line, ...]  # cancelled or carried over: for the next amendment or next year's plan
    reconciliation: Reconciliation

    @property
    def has_progress(self) -> bool:
        return any(line.progress_text or line.disbursed is not None for line in self.lines)


def _key(value: str | None) -> str:
    return (value or "").strip()


def _group(label: str, lines: Sequence[Line], strategy: str = "", plan_area: str = "") -> Group:
    by_status = tuple(
        StatusCount(
            s,
            sum(1 for ln in lines if ln.status == s),
            sum((ln.budget for ln in lines if ln.status == s), ZERO),
        )
        for s in STATUSES
    )
    return Group(
        label=label,
        items=len(lines),
        budget=sum((ln.budget for ln in lines), ZERO),
        by_status=by_status,
        contract=sum((_amount(ln.contract_amount) for ln in lines), ZERO),
        disbursed=sum((_amount(ln.disbursed) for ln in lines), ZERO),
        strategy=strategy,
        plan_area=plan_area,
    )


def _line(plan: Plan, item: Item, version: int, names: dict[str, str]) -> Line:
    is_project = isinstance(item, Project)
    strategy = _key(item.strategy) if is_project else ""
    return Line(
        table="projects" if is_project else "equipment",
        row_id=item.row_id,
        row=item.row,
        strategy=strategy,
        strategy_name=names.get(strategy, ""),
        plan_area=_key(item.plan_area),
        name=name_of(item),
        agency=_key(item.agency),
        budget=_amount(item.budget),
        own=line_is_own(item, plan.settings.org_kind),
        months=tuple(item.months),
        status=status_of(item, version),
        progress_text=item.progress,
        contract_amount=item.contract_amount,
        contract_date=item.contract_date,
        disbursed=item.disbursed,
        disbursed_date=item.disbursed_date,
        note=item.progress_note,
        added_in=item.added_in,
        cancelled_in=item.cancelled_in,
    )


def _ordered(names: Iterable[str], standard: Sequence[str]) -> list[str]:
    seen = list(dict.fromkeys(names))
    return [n for n in standard if n in seen] + [n for n in seen if n not in standard]


def _spread(budget: Decimal, months: Sequence[int]) -> dict[int, Decimal]:
    """A budget spread over its months to the satang (largest remainder), so the months add up to it exactly."""
    if not months:
        return {}
    parts = largest_remainder([1] * len(months), budget, 2)
    return dict(zip(months, parts, strict=True))


def _months(fiscal_year: int | None, lines: Sequence[Line], as_of: dt.date) -> tuple[MonthFlow, ...]:
    from ..deadlines import fiscal_months

    if fiscal_year is None:
        return ()
    planned = dict.fromkeys(schema.FISCAL_MONTHS, ZERO)
    paid = dict.fromkeys(schema.FISCAL_MONTHS, ZERO)
    calendar = {m: y for y, m in fiscal_months(fiscal_year)}
    for ln in lines:
        if ln.status == schema.PROGRESS_CANCELLED and ln.cancelled_in is not None:
            continue
        for m, part in _spread(ln.budget, ln.months).items():
            planned[m] += part
        if ln.disbursed and ln.disbursed_date:
            m = ln.disbursed_date.month
            if calendar.get(m) == ln.disbursed_date.year:
                paid[m] += ln.disbursed
    out, p_total, d_total = [], ZERO, ZERO
    for m in schema.FISCAL_MONTHS:
        p_total += planned[m]
        d_total += paid[m]
        out.append(MonthFlow(m, calendar[m], planned[m], paid[m], p_total, d_total))
    return tuple(out)


def progress_report(plan: Plan, as_of: dt.date) -> ProgressReport:
    """The monitoring report of ``plan`` as at ``as_of``."""
    version = _version_on(plan, as_of)
    view = views.after(plan, version)
    summary = rollup(view)
    names: dict[str, str] = {}
    for s in plan.strategies:
        if _key(s.code) and _key(s.code) not in names:
            names[_key(s.code)] = _key(s.name)
    projects = [_line(view, p, version, names) for p in view.projects]
    equipment = [_line(view, e, version, names) for e in view.equipment]
    lines = projects + equipment

    by_pair = tuple(
        _group(
            r.plan_area,
            [ln for ln in projects if (ln.strategy, ln.plan_area) == (r.strategy, r.plan_area)],
            r.strategy,
            r.plan_area,
        )
        for r in summary.rows
    )
    by_strategy = tuple(
        _group(s.strategy_name or s.strategy, [ln for ln in projects if ln.strategy == s.strategy], s.strategy)
        for s in summary.strategies
    )
    agencies = _ordered((ln.agency for ln in lines), plan.list_items(schema.LIST_AGENCIES))
    by_agency = tuple(_group(a, [ln for ln in lines if ln.agency == a]) for a in agencies)
    projects_total = _group("projects", projects)
    equipment_total = _group("equipment", equipment)

    cancelled_earlier = [
        _line(plan, item, version, names)
        for item in (*plan.projects, *plan.equipment)
        if item.cancelled_in is not None and item.cancelled_in <= version
    ]
    follow_up = tuple(
        ln for ln in (*lines, *cancelled_earlier) if ln.status in (schema.PROGRESS_CANCELLED, schema.PROGRESS_CARRIED)
    )
    share_pct = largest_remainder([s.budget for s in summary.strategies]) if summary.total_budget else []
    budget_share = tuple(
        (s.strategy_name or s.strategy, s.budget, share_pct[i] if share_pct else ZERO)
        for i, s in enumerate(summary.strategies)
    )
    reconciliation = Reconciliation(
        plan_projects=summary.total_projects,
        plan_budget=summary.total_budget,
        report_projects=sum(c.items for c in projects_total.by_status),
        report_budget=sum((c.budget for c in projects_total.by_status), ZERO),
        plan_equipment=summary.equipment_total.items,
        plan_equipment_budget=summary.equipment_total.budget,
        report_equipment=sum(c.items for c in equipment_total.by_status),
        report_equipment_budget=sum((c.budget for c in equipment_total.by_status), ZERO),
    )
    return ProgressReport(
        fiscal_year=plan.settings.fiscal_year,
        as_of=as_of,
        round=round_of(plan.settings.fiscal_year, as_of),
        version=version,
        view=view,
        summary=summary,
        lines=tuple(lines),
        by_strategy=by_strategy,
        by_pair=by_pair,
        by_agency=by_agency,
        projects_total=projects_total,
        equipment_total=equipment_total,
        total=_group("total", lines),
        budget_share=budget_share,
        by_month=_months(plan.settings.fiscal_year, lines, as_of),
        problems=tuple(ln for ln in lines if ln.note and ln.note.strip()),
        follow_up=follow_up,
        reconciliation=reconciliation,
    )


def _version_on(plan: Plan, day: dt.date) -> int:
    """The last amendment announced on or before ``day`` (0: the first version), as ``views.as_at`` takes it."""
    done = [a.number for a in plan.amendments if a.number is not None and a.announced_date and a.announced_date <= day]
    return max(done, default=0)
