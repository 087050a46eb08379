"""Validation: small rule functions, each taking the whole plan and returning findings.

Modelled on beancount's ``ops/validation.py``: every check is a plain function ``Plan → list[Finding]``
and :func:`validate` runs them from one list. Each finding names the sheet and cell it is about.
"""

from __future__ import annotations

from collections.abc import Callable

from ..findings import Finding, sort_findings
from ..model import Plan
from . import amendments, excel_limits, fiscal_year, paragraphs, progress, settings, summary_block, tables

Rule = Callable[[Plan], list[Finding]]


def _deadlines(plan: Plan) -> list[Finding]:
    from ..deadlines import deadline_findings

    return deadline_findings(plan)


RULES: tuple[Rule, ...] = (
    settings.required_settings,
    settings.org_kind_known,
    settings.amendment_numbered,
    settings.dev_plan_period_valid,
    settings.dates_in_fiscal_year,
    settings.dates_in_order,
    tables.strategies_present,
    tables.strategy_codes_unique,
    tables.projects_present,
    tables.required_cells,
    tables.budgets_positive,
    tables.months_present,
    tables.strategies_known,
    tables.plan_areas_known,
    tables.equipment_categories_known,
    tables.money_sources_known,
    tables.funders_known,
    tables.no_duplicate_projects,
    tables.no_duplicate_equipment,
    fiscal_year.written_one_way,
    excel_limits.formula_texts_fit,
    excel_limits.texts_fit,
    summary_block.lists_every_pair,
    _deadlines,
    *amendments.RULES,
    *paragraphs.RULES,
    *progress.RULES,
)


# The plan's own rules (what the document and ผด.01 depend on): every rule but progress (rules/progress.py).
# `generate` judges its exit code by these, so a disbursement typo does not mark the plan's
# document as having errors; `opplan report` runs these plus progress checks as at its own date.
PLAN_RULES: tuple[Rule, ...] = tuple(r for r in RULES if r not in progress.RULES)
REPORT_RULES: tuple[Rule, ...] = tuple(r for r in RULES if r is not progress.dates_not_future)


def validate(plan: Plan, rules: tuple[Rule, ...] = RULES) -> list[Finding]:
    """Run every rule on the plan; findings sorted errors first, then by sheet and cell."""
    found: list[Finding] = []
    for rule in rules:
        found.extend(rule(plan))
    return sort_findings(found)
