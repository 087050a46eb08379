"""A monitoring report as JSON-ready data (``opplan report --json``): scripts rely on these keys."""

from __future__ import annotations

from decimal import Decimal

from .report import Group, Line, ProgressReport


def _amount(value: Decimal | None) -> str | None:
    return None if value is None else format(value.quantize(Decimal("0.01")), "f")


def _group(g: Group) -> dict:
    return {
        "label": g.label,
        "strategy": g.strategy or None,
        "plan_area": g.plan_area or None,
        "items": g.items,
        "budget": _amount(g.budget),
        "by_status": [{"status": c.status, "items": c.items, "budget": _amount(c.budget)} for c in g.by_status],
        "contract": _amount(g.contract),
        "disbursed": _amount(g.disbursed),
        "disbursed_pct": _amount(g.disbursed_pct),
    }


def _line(ln: Line) -> dict:
    return {
        "table": ln.table,
        "row_id": ln.row_id,
        "row": ln.row,
        "strategy": ln.strategy or None,
        "plan_area": ln.plan_area,
        "name": ln.name,
        "agency": ln.agency,
        "budget": _amount(ln.budget),
        "own": ln.own,
        "status": ln.status,
        "contract_amount": _amount(ln.contract_amount),
        "contract_date": ln.contract_date.isoformat() if ln.contract_date else None,
        "disbursed": _amount(ln.disbursed),
        "disbursed_date": ln.disbursed_date.isoformat() if ln.disbursed_date else None,
        "note": ln.note,
        "added_in": ln.added_in,
        "cancelled_in": ln.cancelled_in,
    }


def report_json(report: ProgressReport) -> dict:
    r = report.reconciliation
    return {
        "fiscal_year": report.fiscal_year,
        "as_of": report.as_of.isoformat(),
        "round": report.round,
        "version": report.version,
        "total": _group(report.total),
        "projects": _group(report.projects_total),
        "equipment": _group(report.equipment_total),
        "by_strategy": [_group(g) for g in report.by_strategy],
        "by_pair": [_group(g) for g in report.by_pair],
        "by_agency": [_group(g) for g in report.by_agency],
        "by_month": [
            {
                "month": f"{m.year:04d}-{m.month:02d}",
                "planned": _amount(m.planned),
                "disbursed": _amount(m.disbursed),
                "planned_total": _amount(m.planned_total),
                "disbursed_total": _amount(m.disbursed_total),
            }
            for m in report.by_month
        ],
        "lines": [_line(ln) for ln in report.lines],
        "problems": [_line(ln) for ln in report.problems],
        # For the next amendment or next year's plan (issue 13 point 6): cancelled or carried over.
        "follow_up": [_line(ln) for ln in report.follow_up],
        "reconciliation": {
            "ok": r.ok,
            "plan_projects": r.plan_projects,
            "plan_budget": _amount(r.plan_budget),
            "report_projects": r.report_projects,
            "report_budget": _amount(r.report_budget),
            "plan_equipment": r.plan_equipment,
            "plan_equipment_budget": _amount(r.plan_equipment_budget),
            "report_equipment": r.report_equipment,
            "report_equipment_budget": _amount(r.report_equipment_budget),
        },
    }
