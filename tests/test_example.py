"""The sample plan and synthetic plans: realistic sizes, valid references, deterministic."""

from __future__ import annotations

import time
from decimal import Decimal

import pytest

from opplan_xl import schema
from opplan_xl.example import sample_plan, synthetic_plan
from opplan_xl.rollup import rollup


def test_sample_sizes_and_ranges() -> None:
    plan = sample_plan()
    s = plan.settings
    assert s.fiscal_year == 2570 and s.org_full_name == "องค์การบริหารส่วนตำบลหนองบัวแก้ว"
    assert 60 <= len(plan.projects) <= 120
    assert len(plan.strategies) == 5
    assert all(st.province_strategy and st.local_strategy and st.tactic for st in plan.strategies)
    assert 10 <= len(plan.equipment) <= 20
    assert len({e.category for e in plan.equipment}) >= 5
    assert len({p.plan_area for p in plan.projects}) >= 10  # most of the 12 แผนงาน
    others = [p for p in plan.projects if p.source == schema.SOURCE_OTHER_AGENCY]
    assert 3 <= len(others) <= 8 and all(not p.is_own for p in others)
    assert all(p.budget is not None and p.budget > 0 for p in [*plan.projects, *plan.equipment])
    assert any(p.budget != p.budget.to_integral_value() for p in plan.projects)  # some satang
    assert all(p.budget == p.budget.quantize(Decimal("0.01")) for p in plan.projects)
    assert any(p.months == schema.FISCAL_MONTHS for p in plan.projects)  # whole-year projects
    assert any(0 < len(p.months) <= 3 for p in plan.projects)
    assert all(p.months for p in [*plan.projects, *plan.equipment])
    assert all(p.dev_plan_ref for p in plan.projects if p.is_own)


def test_sample_is_deterministic() -> None:
    assert sample_plan() == sample_plan()
    assert synthetic_plan(300, seed=4) == synthetic_plan(300, seed=4)
    assert synthetic_plan(300, seed=4) != synthetic_plan(300, seed=5)


@pytest.mark.parametrize("plan", [sample_plan(), synthetic_plan(2_000, seed=1)], ids=["sample", "synthetic"])
def test_references_are_valid(plan) -> None:
    codes = {s.code for s in plan.strategies}
    agencies = set(plan.list_items(schema.LIST_AGENCIES))
    for p in plan.projects:
        assert p.strategy in codes
        assert p.plan_area in schema.PLAN_AREAS
        assert p.agency in agencies
        assert p.source in schema.MONEY_SOURCES
        assert p.name and p.activity and p.location
    for e in plan.equipment:
        assert e.category in schema.EQUIPMENT_CATEGORIES and e.plan_area in schema.PLAN_AREAS
        assert e.agency in agencies


def test_sample_settings_dates_in_order() -> None:
    s = sample_plan().settings
    assert all(getattr(s, setting.key) not in (None, "") for setting in schema.SETTINGS if setting.required)
    assert s.budget_act_date < s.committee_date < s.announced_date <= s.posted_date < s.taken_down_date
    days = lambda a, b: (b - a).days  # noqa: E731
    assert days(s.budget_act_date, s.announced_date) <= 30  # ข้อ ๒๗
    assert days(s.announced_date, s.posted_date) <= 15  # ข้อ ๒๖ (๒)
    assert days(s.posted_date, s.taken_down_date) >= 31  # on display at least 30 days
    assert s.budget_act_date.isoformat() == "2026-09-15"
    for d in (s.budget_act_date, s.committee_date, s.announced_date, s.posted_date, s.taken_down_date):
        assert d.weekday() < 5  # working days
    assert s.thai_digits is True and s.dev_plan_period == "2566-2570"
    assert s.executive_name and s.posting_place and s.certifier_name and s.certifier_position


def test_sample_validates_clean() -> None:
    from opplan_xl.rules import validate

    assert [f.code for f in validate(sample_plan())] == []


def test_synthetic_plan_is_valid_and_covers_every_plan_area() -> None:
    from opplan_xl.rules import validate

    plan = synthetic_plan(1_500, seed=7)
    assert len(plan.projects) == 1_500
    assert len(plan.equipment) == 1_500 // 8
    assert {p.plan_area for p in plan.projects} == set(schema.PLAN_AREAS)
    assert len({len(p.activity) for p in plan.projects}) > 50  # varied lengths of text
    assert [f.code for f in validate(plan)] == []
    r = rollup(plan)
    assert r.total_projects == 1_500 and sum(x.budget_pct for x in r.rows) == Decimal("100.00")


def test_synthetic_plan_is_fast() -> None:
    start = time.perf_counter()
    plan = synthetic_plan(5_000)
    assert len(plan.projects) == 5_000
    assert time.perf_counter() - start < 5  # ~0.1 s here; 50,000 take ~1 s
