"""The plan as open data: one flat row per project and equipment item, the plan's metadata and its totals.

A pure function of the Plan, like ``rollup()``: :func:`open_data` takes a view of the plan (the version in force on a
date by default, ``versions.views``) and gives plain values (``Decimal`` money, ``datetime.date`` dates, tuples for
months). The writers (``csv_writer``, ``json_writer``) only format them. Field names, their order and their Thai and
English documentation are the JSON Schema's (``plan.schema.json``); :data:`ROW_FIELDS` is the order of the CSV
columns and must match it (a test checks).

Row ids: the hidden stable id of the row (``P0001``, ``E0001``); a row without one (workbooks made before ids) gets
``<table>-r<sheet row>`` (``projects-r12``), or ``<table>-i<position>`` when the row is not known either, and
``row_id_generated`` says so. Such an id is stable only as long as nobody inserts rows above it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from .. import __version__, schema
from ..model import Equipment, Plan, Project
from ..names.sources import line_is_own
from ..rollup import Rollup, rollup
from ..thai import BE_OFFSET
from ..versions import views

ZERO = Decimal("0.00")
FIRST, CONSOLIDATED, IN_FORCE = "first", "consolidated", "in_force"

ROW_FIELDS: tuple[str, ...] = (
    "row_id",
    "row_id_generated",
    "kind",
    "sheet",
    "sheet_row",
    "organisation",
    "fiscal_year_be",
    "strategy_code",
    "strategy_name",
    "tactic",
    "plan_area",
    "category",
    "name",
    "detail",
    "dev_plan_ref",
    "budget",
    "location",
    "agency",
    "source",
    "own_budget",
    "months",
    "months_th",
    "period",
    "added_in",
    "cancelled_in",
    "status",
    "status_as_typed",
    "contract_amount",
    "contract_date",
    "disbursed",
    "disbursed_date",
    "disbursed_pct",
    "note",
)
MONEY_FIELDS = frozenset({"budget", "contract_amount", "disbursed", "disbursed_pct"})
DATE_FIELDS = frozenset({"contract_date", "disbursed_date"})
INT_FIELDS = frozenset({"sheet_row", "fiscal_year_be", "added_in", "cancelled_in"})
BOOL_FIELDS = frozenset({"row_id_generated", "own_budget"})
LIST_FIELDS = frozenset({"months", "months_th"})
# Everything else is free text typed by an officer or an agency (and so may hold anything, a formula included).
TEXT_FIELDS = frozenset(ROW_FIELDS) - MONEY_FIELDS - DATE_FIELDS - INT_FIELDS - BOOL_FIELDS - LIST_FIELDS


@dataclass(frozen=True)
class OpenData:
    meta: dict[str, Any]
    totals: dict[str, Any]
    rows: tuple[dict[str, Any], ...]
    view: Plan
    summary: Rollup  # rollup(view): what ``totals`` reconcile with


def chosen_version(plan: Plan, version: str | int | None, as_of: dt.date) -> tuple[str, int]:
    """(how the version was chosen, the last amendment applied: 0 for the first version). ``None`` means the plan
    in force on ``as_of`` (every amendment announced on or before it)."""
    if version is None or version == IN_FORCE:
        done = [
            a.number for a in plan.amendments if a.number is not None and a.announced_date and a.announced_date <= as_of
        ]
        return IN_FORCE, max(done, default=0)
    if version == FIRST:
        return FIRST, 0
    if version == CONSOLIDATED:
        return CONSOLIDATED, views.latest(plan)
    return "amendment", int(version)


def not_in_force(plan: Plan, number: int) -> list[int]:
    """Amendments in the workbook that the chosen version leaves out."""
    return [n for n in views.numbers(plan) if n > number]


def _text(value: str | None) -> str:
    return (value or "").strip()


def _money(value: Decimal | None) -> Decimal | None:
    return None if value is None else value.quantize(Decimal("0.01"))


def _pct(part: Decimal | None, whole: Decimal | None) -> Decimal | None:
    from ..monitoring.report import percent

    if part is None or not whole:
        return None
    return percent(part, whole)


def _months(fiscal_year: int | None, months: tuple[int, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    from ..deadlines import fiscal_months

    thai = tuple(schema.MONTH_SHORT[m] for m in months)
    if fiscal_year is None:  # no fiscal year: the calendar year is unknown, keep the month alone
        return tuple(f"--{m:02d}" for m in months), thai
    year_of = {m: y for y, m in fiscal_months(fiscal_year)}
    return tuple(f"{year_of[m]:04d}-{m:02d}" for m in months), thai


def _row(plan: Plan, view: Plan, item: Project | Equipment, index: int, version: int, used: set[str]) -> dict:
    from ..monitoring.status import status_of

    is_project = isinstance(item, Project)
    table = schema.PROJECTS if is_project else schema.EQUIPMENT
    row_id, generated = _text(item.row_id), False
    if not row_id:
        generated = True
        row_id = f"{table.key}-r{item.row}" if item.row else f"{table.key}-i{index + 1}"
    if row_id in used:  # two rows with one id (a copied row): keep every id unique, say it was made up
        generated, n = True, 2
        while f"{row_id}-{n}" in used:
            n += 1
        row_id = f"{row_id}-{n}"
    used.add(row_id)
    code = _text(item.strategy) if is_project else ""
    strategy = plan.strategy_by_code.get(code) if code else None
    iso, thai = _months(plan.settings.fiscal_year, tuple(item.months))
    budget = _money(item.budget)
    return {
        "row_id": row_id,
        "row_id_generated": generated,
        "kind": "project" if is_project else "equipment",
        "sheet": view.sheet(table),
        "sheet_row": item.row,
        "organisation": plan.settings.org_full_name,
        "fiscal_year_be": plan.settings.fiscal_year,
        "strategy_code": code,
        "strategy_name": _text(strategy.name) if strategy else "",
        "tactic": _text(strategy.tactic) if strategy else "",
        "plan_area": _text(item.plan_area),
        "category": "" if is_project else _text(item.category),
        "name": _text(item.name if is_project else item.item),
        "detail": _text(item.activity if is_project else item.detail),
        "dev_plan_ref": _text(item.dev_plan_ref) if is_project else "",
        "budget": budget,
        "location": _text(item.location),
        "agency": _text(item.agency),
        "source": _text(item.source),
        "own_budget": line_is_own(item, plan.settings.org_kind),
        "months": iso,
        "months_th": thai,
        "period": _text(item.period),
        "added_in": item.added_in,
        "cancelled_in": item.cancelled_in,
        "status": status_of(item, version),
        "status_as_typed": _text(item.progress),
        "contract_amount": _money(item.contract_amount),
        "contract_date": item.contract_date,
        "disbursed": _money(item.disbursed),
        "disbursed_date": item.disbursed_date,
        "disbursed_pct": _pct(item.disbursed, budget),
        "note": _text(item.progress_note),
    }


def _sum(rows: list[dict], key: str, kind: str | None = None) -> Decimal:
    return sum((r[key] or ZERO for r in rows if kind is None or r["kind"] == kind), ZERO)


def _totals(rows: list[dict], summary: Rollup) -> dict[str, Any]:
    """Counts and amounts from the rows, each beside rollup()'s figure of the same view: ``reconciled`` says they
    agree to the satang (they always should; a reviewer sees it without a calculator)."""
    projects = [r for r in rows if r["kind"] == "project"]
    equipment = [r for r in rows if r["kind"] == "equipment"]
    totals = {
        "projects": {"count": len(projects), "budget": _sum(rows, "budget", "project")},
        "equipment": {"count": len(equipment), "budget": _sum(rows, "budget", "equipment")},
        "all": {"count": len(rows), "budget": _sum(rows, "budget")},
        "contract_amount": _sum(rows, "contract_amount"),
        "disbursed": _sum(rows, "disbursed"),
        "by_strategy": [
            {
                "strategy_code": s.strategy,
                "strategy_name": s.strategy_name,
                "projects": sum(1 for r in projects if r["strategy_code"] == s.strategy),
                "budget": sum((r["budget"] or ZERO for r in projects if r["strategy_code"] == s.strategy), ZERO),
            }
            for s in summary.strategies
        ],
    }
    by_status: dict[str, dict[str, Any]] = {}
    for status in schema.PROGRESS_STATUSES:
        mine = [r for r in rows if r["status"] == status]
        by_status[status] = {"count": len(mine), "budget": _sum(mine, "budget"), "disbursed": _sum(mine, "disbursed")}
    totals["by_status"] = [{"status": k, **v} for k, v in by_status.items()]
    totals["rollup"] = {
        "projects": summary.total_projects,
        "projects_budget": summary.total_budget,
        "equipment": summary.equipment_total.items,
        "equipment_budget": summary.equipment_total.budget,
    }
    totals["reconciled"] = (
        totals["projects"]["count"] == summary.total_projects
        and totals["projects"]["budget"] == summary.total_budget
        and totals["equipment"]["count"] == summary.equipment_total.items
        and totals["equipment"]["budget"] == summary.equipment_total.budget
        and all(
            t["projects"] == s.projects and t["budget"] == s.budget
            for t, s in zip(totals["by_strategy"], summary.strategies, strict=True)
        )
    )
    return totals


def _meta(
    plan: Plan, how: str, number: int, as_of: dt.date, generated_at: dt.datetime, source_name: str | None, rows
) -> dict:
    s = plan.settings
    fy = s.fiscal_year
    in_force = [a for a in plan.amendments if a.number is not None and a.number <= number]
    return {
        "organisation": s.org_full_name,
        "org_kind": _text(s.org_kind),
        "district": _text(s.district),
        "province": _text(s.province),
        "fiscal_year_be": fy,
        "fiscal_year_ce": fy - BE_OFFSET if fy else None,
        "fiscal_year_start": dt.date(fy - BE_OFFSET - 1, 10, 1) if fy else None,
        "fiscal_year_end": dt.date(fy - BE_OFFSET, 9, 30) if fy else None,
        "dev_plan_period": _text(s.dev_plan_period),
        "announced_date": s.announced_date,
        "version_rule": how,
        "version": number,
        "amendments_total": len(views.numbers(plan)),
        "amendments": [
            {
                "number": a.number,
                "kind": _text(a.kind),
                "event": _text(a.event),
                "reference": _text(a.reference),
                "announced_date": a.announced_date,
            }
            for a in sorted(in_force, key=lambda a: a.number or 0)
        ],
        "as_of": as_of,
        "has_progress": any(r["status_as_typed"] or r["disbursed"] is not None for r in rows),
        "currency": "THB",
        "source_file": source_name,
        "generated_at": generated_at,
        "generator": "opplan-xl",
        "generator_version": __version__,
    }


def open_data(
    plan: Plan,
    *,
    version: str | int | None = None,
    as_of: dt.date | None = None,
    generated_at: dt.datetime | None = None,
    source_name: str | None = None,
) -> OpenData:
    """The plan's open data: ``version`` is ``"first"``, ``"consolidated"``, an amendment number N (the whole plan
    after amendment N) or ``None`` (the plan in force on ``as_of``, today by default)."""
    as_of = as_of or dt.date.today()
    generated_at = generated_at or dt.datetime.now(dt.UTC).replace(microsecond=0)
    how, number = chosen_version(plan, version, as_of)
    view = views.after(plan, number)
    used: set[str] = set()
    rows = [_row(plan, view, item, i, number, used) for i, item in enumerate(view.projects)]
    rows += [_row(plan, view, item, i, number, used) for i, item in enumerate(view.equipment)]
    summary = rollup(view)
    return OpenData(
        meta=_meta(plan, how, number, as_of, generated_at, source_name, rows),
        totals=_totals(rows, summary),
        rows=tuple(rows),
        view=view,
        summary=summary,
    )
