"""ผด.01 roll-up: a worked example by hand, and invariants that must hold for any plan."""

from __future__ import annotations

import json
from decimal import Decimal
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from opplan_xl import schema
from opplan_xl.model import Equipment, Plan, Project, Strategy
from opplan_xl.rollup import largest_remainder, rollup, rollup_json

D = Decimal
CENT = Fraction(1, 100)

# ---- largest_remainder -------------------------------------------------------------------------


def test_largest_remainder_thirds() -> None:
    assert largest_remainder([1, 1, 1]) == [D("33.34"), D("33.33"), D("33.33")]
    assert sum(largest_remainder([1, 1, 1])) == D("100.00")


def test_largest_remainder_sevenths_where_plain_rounding_gives_100_01() -> None:
    # 1/7 = 14.2857…, 2/7 = 28.5714…: rounding each gives 14.29 + 28.57 + 14.29 + 28.57 + 14.29 = 100.01.
    # Floors 14.28, 28.57, 14.28, 28.57, 14.28 sum to 99.98; the 2 missing hundredths go to the largest
    # remainders (0.5714… at positions 0, 2, 4; ties go to the earlier ones).
    assert largest_remainder([1, 2, 1, 2, 1]) == [D("14.29"), D("28.57"), D("14.29"), D("28.57"), D("14.28")]


def test_largest_remainder_edge_cases() -> None:
    assert largest_remainder([]) == []
    assert largest_remainder([0, 0]) == [D("0.00"), D("0.00")]  # nothing to share: the sum is 0, not 100
    assert largest_remainder([D("5.00")]) == [D("100.00")]
    assert largest_remainder([1, 3], total=D(1), places=0) == [D(0), D(1)]
    assert largest_remainder([1, 1], total=D("10"), places=3) == [D("5.000"), D("5.000")]
    # a negative weight (a wrong budget already reported by the validator) still gives an exact sum
    shares = largest_remainder([D("-10.00"), D("30.00"), D("20.00")])
    assert sum(shares) == D("100.00") and shares == [D("-25.00"), D("75.00"), D("50.00")]


weights_st = st.lists(
    st.one_of(
        st.integers(min_value=0, max_value=10_000),
        st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False),
    ),
    max_size=40,
)


@given(weights_st)
def test_largest_remainder_invariants(weights: list) -> None:
    shares = largest_remainder(weights)
    assert len(shares) == len(weights)
    whole = sum(Fraction(w) for w in weights)
    if whole == 0:
        assert all(s == 0 for s in shares)
        return
    assert sum(shares) == D("100.00")
    for w, s in zip(weights, shares, strict=True):
        assert s == s.quantize(D("0.01"))
        exact = Fraction(w) * 100 / whole
        assert abs(Fraction(s) - exact) < CENT  # within one hundredth of the exact proportion
        assert Fraction(s) >= exact - CENT and Fraction(s) <= exact + CENT


@given(weights_st, st.randoms(use_true_random=False))
def test_largest_remainder_is_deterministic_and_order_stable(weights: list, rnd) -> None:
    shares = largest_remainder(weights)
    assert largest_remainder(list(weights)) == shares
    # Reordering the weights reorders the shares, unless a tie between equal remainders was broken by position.
    perm = list(range(len(weights)))
    rnd.shuffle(perm)
    permuted = largest_remainder([weights[i] for i in perm])
    whole = sum((Fraction(w) for w in weights), Fraction(0))
    if whole:
        remainders = [Fraction(w) * 10_000 / whole % 1 for w in weights]
        if len(set(remainders)) == len(remainders):
            assert permuted == [shares[i] for i in perm]
    # Equal weights get shares that differ by at most 0.01, the earlier one never smaller.
    for i in range(len(weights)):
        for j in range(i + 1, len(weights)):
            if Fraction(weights[i]) == Fraction(weights[j]):
                assert D(0) <= shares[i] - shares[j] <= D("0.01")


# ---- the roll-up: worked example ---------------------------------------------------------------


def _p(strategy, area, budget, agency="สำนักปลัด", **kw) -> Project:
    return Project(
        strategy=strategy,
        plan_area=area,
        name="โครงการ",
        budget=None if budget is None else D(budget),
        agency=agency,
        **kw,
    )


def example_plan() -> Plan:
    return Plan(
        strategies=[Strategy(code="2", name="ยุทธศาสตร์สอง"), Strategy(code="1", name="ยุทธศาสตร์หนึ่ง")],
        projects=[
            _p("1", "แผนงานการศึกษา", "100.00", "กองการศึกษา ศาสนาและวัฒนธรรม", months=(10, 11)),
            _p("1", "แผนงานบริหารงานทั่วไป", "200.00", months=(11,)),
            _p("1", "แผนงานการศึกษา", "50.50", "สำนักปลัด", source="เงินสะสม"),
            _p("9", "แผนงานงบกลาง", "0.25"),
            _p("2", "แผนงานเคหะและชุมชน", "1000.00", "อบจ.พะเยา", source=schema.SOURCE_OTHER_AGENCY),
            _p("2", "แผนงานเคหะและชุมชน", None, "กองช่าง"),  # the parser already reported the budget
            _p("1", "แผนงานพิเศษ", "10.00"),
        ],
        equipment=[
            Equipment(category="ครุภัณฑ์สำนักงาน", budget=D("5000.00")),
            Equipment(category="ครุภัณฑ์คอมพิวเตอร์หรืออิเล็กทรอนิกส์", budget=D("24000.00")),
            Equipment(category="ครุภัณฑ์สำนักงาน", budget=D("1500.50")),
        ],
    )


def test_worked_example_by_hand() -> None:
    r = rollup(example_plan())
    # Strategy order: as in the strategies table (2, then 1), then unknown codes (9) with an empty name.
    assert [(s.strategy, s.strategy_name) for s in r.strategies] == [
        ("2", "ยุทธศาสตร์สอง"),
        ("1", "ยุทธศาสตร์หนึ่ง"),
        ("9", ""),
    ]
    # Plan areas: schema order (บริหารงานทั่วไป before การศึกษา), then others by first appearance.
    rows = [(x.strategy, x.plan_area, x.projects, x.projects_pct, x.budget, x.budget_pct) for x in r.rows]
    # Counts 2, 1, 2, 1, 1 of 7: exact 28.571…, 14.285…, 28.571…, 14.285…, 14.285…; floors sum to 99.98, the two
    # missing hundredths go to the 14.285… rows at positions 1 and 3 (remainder 0.57 beats 0.14; ties: earlier).
    # Budgets 1000.00, 200.00, 150.50, 10.00, 0.25 of 1360.75: exact 73.4888…, 14.6977…, 11.0600…, 0.7348…,
    # 0.0183…; floors 73.48 + 14.69 + 11.06 + 0.73 + 0.01 = 99.97; the 3 missing go to remainders 0.888
    # (1000.00), 0.837 (0.25) and 0.777 (200.00).
    assert rows == [
        ("2", "แผนงานเคหะและชุมชน", 2, D("28.57"), D("1000.00"), D("73.49")),
        ("1", "แผนงานบริหารงานทั่วไป", 1, D("14.29"), D("200.00"), D("14.70")),
        ("1", "แผนงานการศึกษา", 2, D("28.57"), D("150.50"), D("11.06")),
        ("1", "แผนงานพิเศษ", 1, D("14.29"), D("10.00"), D("0.73")),
        ("9", "แผนงานงบกลาง", 1, D("14.28"), D("0.25"), D("0.02")),
    ]
    assert r.rows[0].agencies == ("อบจ.พะเยา", "กองช่าง")
    assert r.rows[2].agencies == ("กองการศึกษา ศาสนาและวัฒนธรรม", "สำนักปลัด")
    s2, s1, s9 = r.strategies
    assert (s1.projects, s1.projects_pct, s1.budget, s1.budget_pct) == (4, D("57.15"), D("360.50"), D("26.49"))
    assert (s2.projects, s2.projects_pct, s2.budget, s2.budget_pct) == (2, D("28.57"), D("1000.00"), D("73.49"))
    assert (s9.projects, s9.projects_pct, s9.budget, s9.budget_pct) == (1, D("14.28"), D("0.25"), D("0.02"))
    assert (r.total_projects, r.total_budget, r.total_projects_pct, r.total_budget_pct) == (
        7,
        D("1360.75"),
        D("100.00"),
        D("100.00"),
    )
    # the other roll-ups
    assert [(g.name, g.projects, g.budget) for g in r.by_agency] == [
        ("สำนักปลัด", 4, D("260.75")),
        ("กองช่าง", 1, D("0.00")),
        ("กองการศึกษา ศาสนาและวัฒนธรรม", 1, D("100.00")),
        ("อบจ.พะเยา", 1, D("1000.00")),
    ]
    assert [(g.name, g.projects, g.budget) for g in r.by_source] == [
        (schema.SOURCE_OWN_BUDGET, 5, D("310.25")),
        ("เงินสะสม", 1, D("50.50")),
        (schema.SOURCE_OTHER_AGENCY, 1, D("1000.00")),
    ]
    assert (r.own_vs_other.own.projects, r.own_vs_other.own.budget) == (6, D("360.75"))
    assert (r.own_vs_other.other.projects, r.own_vs_other.other.budget) == (1, D("1000.00"))
    assert [(m.name, m.projects) for m in r.by_month][:3] == [("ต.ค.", 1), ("พ.ย.", 2), ("ธ.ค.", 0)]
    assert r.equipment_total.items == 3 and r.equipment_total.budget == D("30500.50")
    assert [(c.name, c.items, c.budget) for c in r.equipment_total.by_category] == [
        ("ครุภัณฑ์สำนักงาน", 2, D("6500.50")),
        ("ครุภัณฑ์คอมพิวเตอร์หรืออิเล็กทรอนิกส์", 1, D("24000.00")),
    ]


def test_rollup_json_contract() -> None:
    data = rollup_json(rollup(example_plan()))
    json.dumps(data)  # JSON-ready
    assert data["fiscal_year"] is None
    assert data["rows"][0] == {
        "strategy": "2",
        "strategy_name": "ยุทธศาสตร์สอง",
        "plan_area": "แผนงานเคหะและชุมชน",
        "projects": 2,
        "projects_pct": "28.57",
        "budget": "1000.00",
        "budget_pct": "73.49",
        "agencies": ["อบจ.พะเยา", "กองช่าง"],
    }
    assert data["strategies"] == [
        {"strategy": "2", "projects": 2, "budget": "1000.00"},
        {"strategy": "1", "projects": 4, "budget": "360.50"},
        {"strategy": "9", "projects": 1, "budget": "0.25"},
    ]
    assert data["total"] == {"projects": 7, "budget": "1360.75", "projects_pct": "100.00", "budget_pct": "100.00"}
    assert {"by_agency", "by_source", "by_month", "equipment"} <= data.keys()


def test_empty_plan() -> None:
    r = rollup(Plan())
    assert r.strategies == () and r.total_projects == 0 and r.total_budget == 0
    assert rollup_json(r)["total"] == {"projects": 0, "budget": "0.00", "projects_pct": "0.00", "budget_pct": "0.00"}


def test_all_budgets_zero_gives_zero_budget_percentages() -> None:
    r = rollup(Plan(projects=[_p("1", "แผนงานการศึกษา", "0.00"), _p("1", "แผนงานงบกลาง", None)]))
    assert [x.budget_pct for x in r.rows] == [D("0.00"), D("0.00")]
    assert r.total_budget_pct == D("0.00")
    assert r.total_projects_pct == D("100.00") and [x.projects_pct for x in r.rows] == [D("50.00"), D("50.00")]


def test_missing_strategy_and_plan_area_go_last() -> None:
    r = rollup(Plan(projects=[_p(None, "แผนงานการศึกษา", "1.00"), _p("1", None, "1.00"), _p("1", "แผนงานการศึกษา", "1")]))
    assert [(x.strategy, x.plan_area) for x in r.rows] == [("1", "แผนงานการศึกษา"), ("1", ""), ("", "แผนงานการศึกษา")]


# ---- the roll-up: invariants -------------------------------------------------------------------

AREAS = (*schema.PLAN_AREAS, "แผนงานอื่น", None)
projects_st = st.lists(
    st.builds(
        lambda s, a, b, ag: _p(s, a, b, ag),
        st.sampled_from(["1", "2", "3", "10", "x", None]),
        st.sampled_from(AREAS),
        st.one_of(
            st.none(),
            st.decimals(min_value=0, max_value=50_000_000, places=2, allow_nan=False, allow_infinity=False).map(str),
        ),
        st.sampled_from(["สำนักปลัด", "กองช่าง", "กองคลัง", None]),
    ),
    max_size=60,
)


@settings(max_examples=150, deadline=None)
@given(projects_st)
def test_rollup_invariants(projects: list[Project]) -> None:
    plan = Plan(strategies=[Strategy(code="2", name="สอง"), Strategy(code="1", name="หนึ่ง")], projects=projects)
    r = rollup(plan)
    budgets = [p.budget or D(0) for p in projects]
    # counts and budgets add up exactly: rows → strategies → total = the sum over projects
    assert r.total_projects == len(projects) == sum(s.projects for s in r.strategies) == sum(x.projects for x in r.rows)
    assert r.total_budget == sum(budgets, D(0)) == sum(s.budget for s in r.strategies) == sum(x.budget for x in r.rows)
    for s in r.strategies:
        assert s.projects == sum(x.projects for x in s.rows)
        assert s.budget == sum(x.budget for x in s.rows)
        assert s.projects_pct == sum(x.projects_pct for x in s.rows)
        assert s.budget_pct == sum(x.budget_pct for x in s.rows)
    # every pair appears once
    pairs = [(x.strategy, x.plan_area) for x in r.rows]
    assert len(pairs) == len(set(pairs))
    # percentage columns sum to exactly 100.00 whenever their total is non-zero
    for total, pct, rows_pct, strat_pct in (
        (
            r.total_projects,
            r.total_projects_pct,
            [x.projects_pct for x in r.rows],
            [s.projects_pct for s in r.strategies],
        ),
        (r.total_budget, r.total_budget_pct, [x.budget_pct for x in r.rows], [s.budget_pct for s in r.strategies]),
    ):
        if total:
            assert pct == sum(rows_pct) == sum(strat_pct) == D("100.00")
        else:
            assert pct == D("0.00") and all(v == 0 for v in rows_pct)
    # each share within 0.01 of the exact proportion
    for x in r.rows:
        if r.total_projects:
            assert abs(Fraction(x.projects_pct) - Fraction(x.projects * 100, r.total_projects)) < CENT
        if r.total_budget:
            assert abs(Fraction(x.budget_pct) - Fraction(x.budget) * 100 / Fraction(r.total_budget)) < CENT
    # the other roll-ups cover every project once
    assert sum(g.projects for g in r.by_agency) == len(projects)
    assert sum(g.budget for g in r.by_source) == r.total_budget
    assert r.own_vs_other.own.projects + r.own_vs_other.other.projects == len(projects)
    # JSON amounts always have 2 decimals
    data = rollup_json(r)
    for row in data["rows"]:
        for k in ("projects_pct", "budget", "budget_pct"):
            assert row[k].split(".")[1].__len__() == 2
