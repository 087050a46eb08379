"""The rules on the progress columns (rules/progress.py) and the report's reconciliation with the roll-up."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from functools import partial

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from opplan_xl import schema, thai
from opplan_xl.deadlines import fiscal_year_bounds
from opplan_xl.example import sample_plan, synthetic_plan
from opplan_xl.monitoring.report import progress_report
from opplan_xl.monitoring.sample import sample_round_date, with_sample_progress
from opplan_xl.rollup import rollup
from opplan_xl.rules import RULES, validate
from opplan_xl.rules import progress as pr
from opplan_xl.versions.sample import with_sample_amendments

P = schema.PROJECTS
E = schema.EQUIPMENT


@pytest.fixture(scope="module")
def base():
    return with_sample_amendments(sample_plan())


@pytest.fixture
def plan(base):
    return with_sample_progress(base, "6m")


def _row(plan, row_id):
    return next(i for i in (*plan.projects, *plan.equipment) if i.row_id == row_id)


def _rules_as_at(day: dt.date):
    return tuple(partial(pr.dates_not_future, today=day) if r is pr.dates_not_future else r for r in RULES)


def _codes(findings, code):
    return [f for f in findings if f.code == code]


def _one(findings, code, table, key, item, plan):
    found = _codes(findings, code)
    assert len(found) == 1, [f.text() for f in findings]
    f = found[0]
    assert (f.sheet, f.cell) == (plan.sheet(table), plan.cell(table, key, item.row))
    return f


def _progress_rules(plan):
    return [f for rule in pr.RULES if rule is not pr.dates_not_future for f in rule(plan)]


def _fresh(plan):
    """A plain row (project P0001, in progress, with contract and disbursement) to edit."""
    return _row(plan, "P0001")


# ---- no progress, or the sample's made-up progress: nothing -------------------------------------------------


def test_plan_without_progress_gives_nothing(base):
    assert not any(i.has_progress for i in (*base.projects, *base.equipment))
    for rule in pr.RULES:
        assert rule(base) == []
    assert pr.check_as_of(base, dt.date(2027, 9, 30)) == []
    assert pr.check_as_of(sample_plan(), dt.date(2027, 9, 30)) == []


@pytest.mark.parametrize("name", ["6m", "12m"])
def test_sample_progress_is_clean_at_its_round(base, name):
    plan = with_sample_progress(base, name)
    day = sample_round_date(name)
    found = validate(plan, _rules_as_at(day)) + pr.check_as_of(plan, day)
    assert [f.text() for f in found if f.severity != "info"] == []


def test_sample_without_progress_validates_clean(base):
    found = validate(base, _rules_as_at(dt.date(2027, 3, 31)))
    assert [f.text() for f in found if f.severity != "info"] == []


def test_validate_runs_the_progress_rules(plan):
    item = _fresh(plan)
    item.disbursed = item.budget + Decimal("1.00")
    assert _codes(validate(plan), "E-DISBURSED-OVER-BUDGET")


# ---- status text --------------------------------------------------------------------------------------------


def test_progress_statuses_standard_variant_is_info(plan):
    a, b = _row(plan, "P0006"), _row(plan, "P0009")  # both done with money
    a.progress = b.progress = "เสร็จแล้ว"
    found = _progress_rules(plan)
    f = _one(found, "I-PROGRESS-VARIANT", P, "progress", a, plan)
    assert schema.PROGRESS_DONE in f.message and "อีก 1 แถว" in f.message
    assert not _codes(found, "W-PROGRESS-UNKNOWN")
    assert not _codes(found, "W-DONE-NOTHING-DISBURSED")


def test_progress_statuses_standard_unknown_warns(plan):
    item = _fresh(plan)
    item.progress = "ทำไปบ้างแล้วครับ"
    found = _progress_rules(plan)
    f = _one(found, "W-PROGRESS-UNKNOWN", P, "progress", item, plan)
    assert schema.PROGRESS_NOT_STARTED in f.message and "ทำไปบ้างแล้วครับ" in f.message
    assert not _codes(found, "W-DISBURSED-NOT-STARTED")  # said once


# ---- amounts ------------------------------------------------------------------------------------------------


def test_parser_takes_negative_amounts_so_the_rule_does():
    assert thai.parse_amount("-1,000") == Decimal("-1000.00")


@pytest.mark.parametrize("key", ["disbursed", "contract_amount"])
def test_progress_amounts_negative_is_an_error(plan, key):
    item = _fresh(plan)
    setattr(item, key, Decimal("-5.00"))
    f = _one(_progress_rules(plan), "E-PROGRESS-AMOUNT-NEGATIVE", P, key, item, plan)
    assert "-5.00" in f.message


def test_progress_amounts_disbursed_over_budget(plan):
    item = _fresh(plan)
    item.disbursed = item.budget + Decimal("0.01")
    f = _one(_progress_rules(plan), "E-DISBURSED-OVER-BUDGET", P, "disbursed", item, plan)
    assert plan.cell(P, "budget", item.row) in f.message
    assert not _codes(_progress_rules(plan), "E-DISBURSED-OVER-CONTRACT")  # over the budget is said once


def test_progress_amounts_disbursed_over_contract(plan):
    item = _fresh(plan)
    item.contract_amount = item.budget - Decimal("100.00")
    item.disbursed = item.budget - Decimal("50.00")
    f = _one(_progress_rules(plan), "E-DISBURSED-OVER-CONTRACT", P, "disbursed", item, plan)
    assert plan.cell(P, "contract_amount", item.row) in f.message


def test_progress_amounts_contract_over_budget(plan):
    item = _fresh(plan)
    item.contract_amount = item.budget + Decimal("1.00")
    _one(_progress_rules(plan), "W-CONTRACT-OVER-BUDGET", P, "contract_amount", item, plan)


# ---- status against money -----------------------------------------------------------------------------------


def test_progress_status_matches_money_done_nothing_disbursed(plan):
    item = _row(plan, "P0002")  # not started, nothing else
    item.progress = schema.PROGRESS_DONE
    f = _one(_progress_rules(plan), "W-DONE-NOTHING-DISBURSED", P, "progress", item, plan)
    assert plan.cell(P, "disbursed", item.row) in f.message


@pytest.mark.parametrize("status", [schema.PROGRESS_NOT_STARTED, None])
def test_progress_status_matches_money_disbursed_not_started(plan, status):
    item = _fresh(plan)
    item.progress = status
    _one(_progress_rules(plan), "W-DISBURSED-NOT-STARTED", P, "progress", item, plan)


# ---- dates --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("key", ["disbursed_date", "contract_date"])
def test_progress_dates_outside_fiscal_year(plan, key):
    item = _fresh(plan)
    start, end = fiscal_year_bounds(plan.settings.fiscal_year)
    setattr(item, key, start - dt.timedelta(days=1))
    _one(_progress_rules(plan), "E-PROGRESS-DATE-OUTSIDE-FY", P, key, item, plan)
    setattr(item, key, end)
    assert not _codes(_progress_rules(plan), "E-PROGRESS-DATE-OUTSIDE-FY")


def test_progress_dates_disbursed_without_date(plan):
    item = _fresh(plan)
    item.disbursed_date = None
    _one(_progress_rules(plan), "W-DISBURSED-NO-DATE", P, "disbursed_date", item, plan)


def test_reported_cell_is_skipped(plan):
    item = _fresh(plan)
    item.disbursed_date = None
    plan.reported.add(f"{plan.sheet(P)}!{plan.cell(P, 'disbursed_date', item.row)}")
    assert not _codes(_progress_rules(plan), "W-DISBURSED-NO-DATE")


# ---- cancelled rows -----------------------------------------------------------------------------------------


def test_progress_on_cancelled_row(plan):
    item = _row(plan, "P0010")
    assert item.cancelled_in == 2
    item.progress = schema.PROGRESS_IN_PROGRESS
    f = _one(_progress_rules(plan), "W-PROGRESS-ON-CANCELLED", P, "progress", item, plan)
    assert "ครั้งที่ 2" in f.message
    item.progress = schema.PROGRESS_CANCELLED
    assert not _codes(_progress_rules(plan), "W-PROGRESS-ON-CANCELLED")
    item.disbursed = Decimal("10.00")
    item.disbursed_date = dt.date(2027, 1, 5)
    _one(_progress_rules(plan), "W-PROGRESS-ON-CANCELLED", P, "disbursed", item, plan)


# ---- as at a report date ------------------------------------------------------------------------------------


@pytest.mark.parametrize("key", ["disbursed_date", "contract_date"])
def test_dated_after_the_report_date(plan, key):
    day = sample_round_date("6m")
    item = _fresh(plan)
    setattr(item, key, day + dt.timedelta(days=1))
    f = _one(pr.check_as_of(plan, day), "E-PROGRESS-DATE-AFTER", P, key, item, plan)
    assert "วันที่ของรายงาน" in f.message
    assert not pr.check_as_of(plan, day + dt.timedelta(days=1))


@pytest.mark.parametrize("status", [schema.PROGRESS_NOT_STARTED, None])
def test_not_started_past_last_month(plan, status):
    day = sample_round_date("6m")
    item = _row(plan, "P0002")
    item.progress = status
    item.months = (10, 11, 12, 1, 2)
    f = _one(pr.check_as_of(plan, day), "W-NOT-STARTED-PAST-LAST-MONTH", P, "progress", item, plan)
    assert "กุมภาพันธ์ 2570" in f.message
    item.months = (10, 11, 12, 1, 2, 3)  # March ends on the report date: not yet late
    assert not pr.check_as_of(plan, day)
    item.months = (10, 11, 12, 1, 2)
    assert not _codes(pr.check_as_of(plan, dt.date(2027, 2, 28)), "W-NOT-STARTED-PAST-LAST-MONTH")


def test_dates_not_future_as_at_today_only(plan):
    day = sample_round_date("6m")
    late = _row(plan, "P0002")
    late.months = (10, 11)  # not started past its last month: the report's, not validate's
    item = _fresh(plan)
    item.disbursed_date = day + dt.timedelta(days=3)
    found = pr.dates_not_future(plan, today=day)
    f = _one(found, "E-PROGRESS-DATE-AFTER", P, "disbursed_date", item, plan)
    assert "วันนี้" in f.message
    assert _codes(validate(plan, _rules_as_at(day)), "E-PROGRESS-DATE-AFTER")  # opplan validate runs it
    assert not _codes(validate(plan, _rules_as_at(day)), "W-NOT-STARTED-PAST-LAST-MONTH")
    # today after the fiscal year: clipped to its end, so a date inside the year is not future
    assert pr.dates_not_future(plan, today=dt.date(2030, 1, 1)) == []
    # a date outside the fiscal year is progress_dates' error, not also a future one
    item.disbursed_date = dt.date(2028, 1, 1)
    assert pr.dates_not_future(plan, today=day) == []


# ---- properties ---------------------------------------------------------------------------------------------

_STATUS_TEXT = st.one_of(
    st.none(),
    st.sampled_from(schema.PROGRESS_STATUSES),
    st.sampled_from(["เสร็จแล้ว", "กำลังดำเนินการ", "ยกเลิกโครงการ", "กันเงิน", " "]),
    st.text(max_size=12),
)
_AMOUNT = st.one_of(
    st.none(), st.decimals(min_value=-1000, max_value=10**8, places=2, allow_nan=False, allow_infinity=False)
)
_DATE = st.one_of(st.none(), st.dates(min_value=dt.date(2024, 1, 1), max_value=dt.date(2029, 12, 31)))
_PROGRESS = st.fixed_dictionaries(
    {
        "progress": _STATUS_TEXT,
        "contract_amount": _AMOUNT,
        "contract_date": _DATE,
        "disbursed": _AMOUNT,
        "disbursed_date": _DATE,
        "progress_note": st.one_of(st.none(), st.text(max_size=20)),
    }
)


def _put(plan, picks, cancel):
    items = [*plan.projects, *plan.equipment]
    for (index, values), cancelled in zip(picks, cancel, strict=False):
        item = items[index % len(items)]
        for key, value in values.items():
            setattr(item, key, value)
        if cancelled:
            item.cancelled_in = 1
    return items


_BIG = synthetic_plan(40)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    picks=st.lists(st.tuples(st.integers(0, 10**6), _PROGRESS), max_size=25),
    cancel=st.lists(st.booleans(), max_size=25),
    as_of=st.dates(min_value=dt.date(2025, 1, 1), max_value=dt.date(2029, 1, 1)),
)
def test_random_progress_findings_name_progress_cells(picks, cancel, as_of):
    plan = _BIG.model_copy(deep=True)
    _put(plan, picks, cancel)
    found = [f for rule in pr.RULES for f in rule(plan)] + pr.check_as_of(plan, as_of)
    rows = {P.key: {p.row for p in plan.projects}, E.key: {e.row for e in plan.equipment}}
    for f in found:
        table = P if f.sheet == plan.sheet(P) else E
        assert f.sheet == plan.sheet(table)
        letters = {plan.column_letter(table, k) for k in schema.PROGRESS_KEYS}
        m = re.fullmatch(r"([A-Z]+)(\d+)", f.cell)
        assert m, f.cell
        assert m.group(1) in letters, f.text()
        assert int(m.group(2)) in rows[table.key]
        shown = f.message.replace(str(f.params.get("value", "")), "")  # the typed text is quoted as it is
        assert f.message and not re.search(r"\{[a-z_]+\}", shown), f.message  # every placeholder filled


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    n=st.integers(0, 30),
    seed=st.integers(0, 1000),
    amended=st.booleans(),
    picks=st.lists(st.tuples(st.integers(0, 10**6), _PROGRESS), max_size=30),
    cancel=st.lists(st.booleans(), max_size=30),
    as_of=st.dates(min_value=dt.date(2026, 10, 1), max_value=dt.date(2027, 9, 30)),
)
def test_report_reconciles_with_rollup(n, seed, amended, picks, cancel, as_of):
    plan = with_sample_amendments(sample_plan()) if amended else synthetic_plan(n, seed)
    if not plan.projects and not plan.equipment:
        picks = []
    else:
        _put(plan, picks, cancel if amended else [])
    report = progress_report(plan, as_of)
    summary = rollup(report.view)
    assert report.reconciliation.ok
    assert sum((c.budget for c in report.projects_total.by_status), Decimal(0)) == summary.total_budget
    assert sum(c.items for c in report.projects_total.by_status) == summary.total_projects
    assert sum((c.budget for c in report.equipment_total.by_status), Decimal(0)) == summary.equipment_total.budget
    assert len(report.by_pair) == len(report.summary.rows)
    for line, row in zip(report.by_pair, report.summary.rows, strict=True):
        assert (line.strategy, line.plan_area) == (row.strategy, row.plan_area)
        assert line.items == row.projects
        assert line.budget == row.budget
        assert sum(c.items for c in line.by_status) == row.projects
        assert sum((c.budget for c in line.by_status), Decimal(0)) == row.budget
