"""ผด.01 and the other roll-ups of a plan: counts, budgets and percentages that always add up.

Everything is exact ``Decimal`` / integer arithmetic. Percentages are shares of the grand total with
2 decimals, rounded by the largest-remainder (Hamilton) method so that a column of percentages sums to
exactly 100.00 — never the 99.99 of a hand-made ผด.01. The summary sheet of the standard workbook
(``xlsx/summary_sheet.py``) computes the same percentages with native formulas; a LibreOffice test proves the
two agree to the satang.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from . import schema
from .model import Plan, Project
from .names.sources import line_is_own, source_group

__all__ = [
    "CategoryTotal",
    "EquipmentTotal",
    "GroupTotal",
    "MonthTotal",
    "Rollup",
    "RollupRow",
    "StrategyTotal",
    "largest_remainder",
    "rollup",
    "rollup_json",
]

ZERO = Decimal("0.00")
HUNDRED = Decimal(100)


def largest_remainder(
    weights: Sequence[Decimal | int], total: Decimal | int = HUNDRED, places: int = 2
) -> list[Decimal]:
    """Shares of ``total`` proportional to ``weights``, each with ``places`` decimals, summing exactly to ``total``.

    Hamilton's method: every share starts as the exact proportion rounded *down* to ``places``; the units
    still missing go, one each, to the shares with the largest remainders, ties broken by position
    (earlier first). Each share is therefore within one unit (0.01 by default) of its exact proportion,
    and the result does not depend on anything but the weights and their order.

    When the weights sum to zero (no projects, all budgets zero) every share is zero, and then the
    shares sum to 0, not to ``total``. Negative weights are allowed (a wrong budget the validator has
    reported); the method works unchanged as long as the weights' sum is not zero. ``total`` must be a
    whole number of units (``Decimal(100)`` with 2 places is 10,000 units of 0.01).
    """
    if places < 0:
        raise ValueError("places must be >= 0")
    quantum = Decimal(1).scaleb(-places)
    units_f = Fraction(Decimal(total)) / Fraction(quantum)
    if units_f.denominator != 1:
        raise ValueError(f"total {total} is not a whole number of {quantum}")
    units = units_f.numerator
    exact = [Fraction(w) for w in weights]
    whole = sum(exact, Fraction(0))
    if whole == 0:
        return [Decimal(0).quantize(quantum) for _ in exact]
    shares = [w * units / whole for w in exact]
    floors = [s.numerator // s.denominator for s in shares]
    remainders = [s - f for s, f in zip(shares, floors, strict=True)]
    missing = units - sum(floors)  # 0 <= missing < len(weights): the remainders sum to it
    # Stable sort: equal remainders keep their order, so earlier positions win ties.
    order = sorted(range(len(shares)), key=lambda i: remainders[i], reverse=True)
    bonus = set(order[:missing])
    return [(Decimal(f + (1 if i in bonus else 0)) * quantum).quantize(quantum) for i, f in enumerate(floors)]


# --------------------------------------------------------------------------------------------------
# Results
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RollupRow:
    """One ผด.01 row: a (ยุทธศาสตร์, แผนงาน) pair with the projects under it."""

    strategy: str
    strategy_name: str
    plan_area: str
    projects: int
    projects_pct: Decimal
    budget: Decimal
    budget_pct: Decimal
    agencies: tuple[str, ...]


@dataclass(frozen=True)
class StrategyTotal:
    """One ยุทธศาสตร์ of ผด.01 with its rows and its "รวม" line (percentages are its rows' sums)."""

    strategy: str
    strategy_name: str
    projects: int
    budget: Decimal
    projects_pct: Decimal
    budget_pct: Decimal
    rows: tuple[RollupRow, ...]


@dataclass(frozen=True)
class GroupTotal:
    """Projects and budget of one group (an agency, a money source, own money or other agencies')."""

    name: str
    projects: int
    budget: Decimal


@dataclass(frozen=True)
class MonthTotal:
    """How many projects run in one month of the fiscal year."""

    month: int  # calendar month number
    name: str  # short Thai name, e.g. "ต.ค."
    projects: int


@dataclass(frozen=True)
class CategoryTotal:
    name: str
    items: int
    budget: Decimal


@dataclass(frozen=True)
class EquipmentTotal:
    """ผด.02/1 totals: equipment is not part of ผด.01 and is reported on its own."""

    items: int
    budget: Decimal
    by_category: tuple[CategoryTotal, ...]


@dataclass(frozen=True)
class OwnVsOther:
    own: GroupTotal  # the อปท.'s own money (names.sources.line_is_own)
    other: GroupTotal  # other agencies' own budgets


@dataclass(frozen=True)
class Rollup:
    fiscal_year: int | None
    strategies: tuple[StrategyTotal, ...]
    total_projects: int
    total_budget: Decimal
    total_projects_pct: Decimal
    total_budget_pct: Decimal
    by_agency: tuple[GroupTotal, ...]
    by_source: tuple[GroupTotal, ...]
    own_vs_other: OwnVsOther
    by_month: tuple[MonthTotal, ...]
    equipment_total: EquipmentTotal

    @property
    def rows(self) -> tuple[RollupRow, ...]:
        """All ผด.01 rows in order (the strategies' rows one after another)."""
        return tuple(r for s in self.strategies for r in s.rows)


# --------------------------------------------------------------------------------------------------
# Ordering
# --------------------------------------------------------------------------------------------------


def _code_key(code: str) -> tuple:
    """Natural order of strategy codes: 1, 2, 10, then text codes, then the empty code last."""
    if not code:
        return (2, 0, "")
    if code.isdigit():
        return (0, int(code), code)
    return (1, 0, code)


def _ordered(names: Iterable[str], standard: Sequence[str]) -> list[str]:
    """The standard names first in their order, then others by first appearance; the empty name last."""
    seen = dict.fromkeys(names)
    out = [n for n in standard if n in seen]
    standard_set = set(standard)
    out += [n for n in seen if n not in standard_set and n]
    if "" in seen and "" not in standard_set:
        out.append("")
    return out


def _budget(value: Decimal | None) -> Decimal:
    return value if value is not None else ZERO


def _key(value: str | None) -> str:
    return (value or "").strip()


# --------------------------------------------------------------------------------------------------
# The roll-up
# --------------------------------------------------------------------------------------------------


def _pairs(plan: Plan) -> list[tuple[str, str, list[Project]]]:
    """The plan's (ยุทธศาสตร์, แผนงาน) pairs in ผด.01 order with their projects."""
    groups: dict[tuple[str, str], list[Project]] = {}
    for p in plan.projects:
        groups.setdefault((_key(p.strategy), _key(p.plan_area)), []).append(p)

    known: list[str] = []
    for s in plan.strategies:
        code = _key(s.code)
        if code and code not in known:
            known.append(code)
    used = dict.fromkeys(code for code, _ in groups)
    codes = [c for c in known if c in used]
    codes += sorted((c for c in used if c not in codes), key=_code_key)

    area_order = _ordered((area for _, area in groups), schema.PLAN_AREAS)
    rank = {a: i for i, a in enumerate(area_order)}
    out = []
    for code in codes:
        areas = sorted((a for c, a in groups if c == code), key=rank.__getitem__)
        out += [(code, a, groups[(code, a)]) for a in areas]
    return out


def _group_totals(projects: Sequence[Project], key, standard: Sequence[str]) -> tuple[GroupTotal, ...]:
    counts: dict[str, int] = {}
    budgets: dict[str, Decimal] = {}
    for p in projects:
        k = key(p)
        counts[k] = counts.get(k, 0) + 1
        budgets[k] = budgets.get(k, ZERO) + _budget(p.budget)
    return tuple(GroupTotal(k, counts[k], budgets[k]) for k in _ordered(counts, standard))


def rollup(plan: Plan) -> Rollup:
    """The ผด.01 summary of a plan's projects and the other totals (agency, money source, month, equipment)."""
    names = {}
    for s in plan.strategies:
        code = _key(s.code)
        if code and code not in names:
            names[code] = (s.name or "").strip()

    pairs = _pairs(plan)
    counts = [len(ps) for _, _, ps in pairs]
    budgets = [sum((_budget(p.budget) for p in ps), ZERO) for _, _, ps in pairs]
    count_pct = largest_remainder(counts)
    budget_pct = largest_remainder(budgets)

    rows = [
        RollupRow(
            strategy=code,
            strategy_name=names.get(code, ""),
            plan_area=area,
            projects=counts[i],
            projects_pct=count_pct[i],
            budget=budgets[i],
            budget_pct=budget_pct[i],
            agencies=tuple(dict.fromkeys(_key(p.agency) for p in ps if _key(p.agency))),
        )
        for i, (code, area, ps) in enumerate(pairs)
    ]
    strategies: list[StrategyTotal] = []
    for code in dict.fromkeys(r.strategy for r in rows):
        mine = tuple(r for r in rows if r.strategy == code)
        strategies.append(
            StrategyTotal(
                strategy=code,
                strategy_name=names.get(code, ""),
                projects=sum(r.projects for r in mine),
                budget=sum((r.budget for r in mine), ZERO),
                projects_pct=sum((r.projects_pct for r in mine), ZERO),
                budget_pct=sum((r.budget_pct for r in mine), ZERO),
                rows=mine,
            )
        )

    projects = plan.projects
    total_projects = len(projects)
    total_budget = sum((_budget(p.budget) for p in projects), ZERO)

    agencies = plan.list_items(schema.LIST_AGENCIES)
    by_agency = _group_totals(projects, lambda p: _key(p.agency), agencies)
    kind = plan.settings.org_kind
    by_source = _group_totals(projects, lambda p: source_group(p, kind), schema.MONEY_SOURCES)
    own = [p for p in projects if line_is_own(p, kind)]
    other = [p for p in projects if not line_is_own(p, kind)]
    own_vs_other = OwnVsOther(
        GroupTotal("own", len(own), sum((_budget(p.budget) for p in own), ZERO)),
        GroupTotal("other", len(other), sum((_budget(p.budget) for p in other), ZERO)),
    )
    by_month = tuple(
        MonthTotal(m, schema.MONTH_SHORT[m], sum(1 for p in projects if m in p.months)) for m in schema.FISCAL_MONTHS
    )

    items = plan.equipment
    cat_counts: dict[str, int] = {}
    cat_budgets: dict[str, Decimal] = {}
    for e in items:
        k = _key(e.category)
        cat_counts[k] = cat_counts.get(k, 0) + 1
        cat_budgets[k] = cat_budgets.get(k, ZERO) + _budget(e.budget)
    categories = plan.list_items(schema.LIST_EQUIPMENT_CATEGORIES)
    equipment_total = EquipmentTotal(
        items=len(items),
        budget=sum((_budget(e.budget) for e in items), ZERO),
        by_category=tuple(CategoryTotal(k, cat_counts[k], cat_budgets[k]) for k in _ordered(cat_counts, categories)),
    )

    return Rollup(
        fiscal_year=plan.settings.fiscal_year,
        strategies=tuple(strategies),
        total_projects=total_projects,
        total_budget=total_budget,
        total_projects_pct=HUNDRED.quantize(ZERO) if total_projects else ZERO,
        total_budget_pct=HUNDRED.quantize(ZERO) if total_budget != 0 else ZERO,
        by_agency=by_agency,
        by_source=by_source,
        own_vs_other=own_vs_other,
        by_month=by_month,
        equipment_total=equipment_total,
    )


# --------------------------------------------------------------------------------------------------
# JSON
# --------------------------------------------------------------------------------------------------


def _amount(value: Decimal) -> str:
    """ "1234.50": 2 decimals, no exponent, no negative zero."""
    q = value.quantize(ZERO)
    return format(q if q else ZERO, "f")


def rollup_json(r: Rollup) -> dict:
    """The roll-up as JSON-ready data. Scripts rely on the keys of ``rows``, ``strategies`` and ``total``."""
    return {
        "fiscal_year": r.fiscal_year,
        "rows": [
            {
                "strategy": row.strategy,
                "strategy_name": row.strategy_name,
                "plan_area": row.plan_area,
                "projects": row.projects,
                "projects_pct": _amount(row.projects_pct),
                "budget": _amount(row.budget),
                "budget_pct": _amount(row.budget_pct),
                "agencies": list(row.agencies),
            }
            for row in r.rows
        ],
        "strategies": [
            {"strategy": s.strategy, "projects": s.projects, "budget": _amount(s.budget)} for s in r.strategies
        ],
        "total": {
            "projects": r.total_projects,
            "budget": _amount(r.total_budget),
            "projects_pct": _amount(r.total_projects_pct),
            "budget_pct": _amount(r.total_budget_pct),
        },
        # Additions beyond the contract above.
        "strategy_totals": [
            {
                "strategy": s.strategy,
                "strategy_name": s.strategy_name,
                "projects": s.projects,
                "projects_pct": _amount(s.projects_pct),
                "budget": _amount(s.budget),
                "budget_pct": _amount(s.budget_pct),
            }
            for s in r.strategies
        ],
        "by_agency": [{"agency": g.name, "projects": g.projects, "budget": _amount(g.budget)} for g in r.by_agency],
        "by_source": [{"source": g.name, "projects": g.projects, "budget": _amount(g.budget)} for g in r.by_source],
        "own_vs_other": {
            "own": {"projects": r.own_vs_other.own.projects, "budget": _amount(r.own_vs_other.own.budget)},
            "other": {"projects": r.own_vs_other.other.projects, "budget": _amount(r.own_vs_other.other.budget)},
        },
        "by_month": [{"month": m.month, "name": m.name, "projects": m.projects} for m in r.by_month],
        "equipment": {
            "items": r.equipment_total.items,
            "budget": _amount(r.equipment_total.budget),
            "by_category": [
                {"category": c.name, "items": c.items, "budget": _amount(c.budget)}
                for c in r.equipment_total.by_category
            ],
        },
    }
