"""The rules on versions: amendments numbered and dated, each with its own ข้อ ๒๖ / ๒๗ clock, rows and history
consistent. Worked examples with real calendar dates."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from opplan_xl import schema
from opplan_xl.example import sample_plan
from opplan_xl.model import Amendment, Change, Plan
from opplan_xl.rules import amendments as rules
from opplan_xl.rules import validate
from opplan_xl.versions.sample import with_sample_amendments

from .conftest import small_plan


def codes(findings) -> list[str]:
    return [f.code for f in findings]


@pytest.fixture(scope="module")
def amended_sample() -> Plan:
    return with_sample_amendments(sample_plan())


@pytest.fixture
def amended(amended_sample: Plan) -> Plan:
    return amended_sample.model_copy(deep=True)


def _amendment(number: int, **dates) -> Amendment:
    return Amendment(number=number, kind=schema.KIND_ADD, event=schema.AMENDMENT_EVENTS[0], row=3 + number, **dates)


def test_a_plan_without_amendments_meets_none_of_them() -> None:
    plan = small_plan()
    assert [f for rule in rules.RULES for f in rule(plan)] == []


def test_the_sample_amendments_are_clean(amended: Plan) -> None:
    found = [f for rule in rules.RULES for f in rule(amended)]
    assert found == []
    # the plan's own findings are unchanged by the amendments
    assert codes(validate(amended)) == codes(validate(sample_plan()))


def test_amendments_numbered(amended: Plan) -> None:
    amended.amendments[1].number = 3
    found = rules.amendments_numbered(amended)
    assert codes(found) == ["E-AMEND-NUMBER-GAP"]
    assert found[0].sheet == schema.SHEET_AMENDMENTS and found[0].params["expected"] == 2
    amended.amendments[1].number = 1
    assert "E-AMEND-NUMBER-REPEAT" in codes(rules.amendments_numbered(amended))
    amended.amendments[1].number = 2
    amended.amendments[1].kind = "ปรับปรุง"
    amended.amendments[1].event_date = None
    assert sorted(codes(rules.amendments_numbered(amended))) == ["E-AMEND-KIND-UNKNOWN", "E-AMEND-REQUIRED"]


def test_amendment_dates_in_order(amended: Plan) -> None:
    a1, a2 = amended.amendments
    a2.announced_date = a1.announced_date - dt.timedelta(days=1)
    found = codes(rules.amendment_dates(amended))
    assert "E-AMEND-ORDER" in found and "E-AMEND-ANNOUNCED-BEFORE-EVENT" in found
    a1.announced_date = dt.date(2026, 10, 1)  # before the plan itself was announced (7 Oct 2026)
    assert codes(rules.amendment_dates(amended)).count("E-AMEND-ORDER") >= 1


def test_amendment_dates_clock_friday_supplementary_budget_due_on_a_sunday() -> None:
    """A supplementary budget announced on Friday 8 Jan 2027: day 30 is Sunday 7 Feb 2027."""
    plan = small_plan()
    plan.amendments = [_amendment(1, event_date=dt.date(2027, 1, 8))]
    found = rules.amendment_dates(plan)
    due = next(f for f in found if f.code == "I-AMEND-DUE")
    assert due.params["due"] == "7 ก.พ. 2570"
    holiday = next(f for f in found if f.code == "W-DEADLINE-HOLIDAY")
    assert holiday.sheet == schema.SHEET_AMENDMENTS
    assert holiday.cell == plan.cell(schema.AMENDMENTS, "event_date", 4)
    assert holiday.params["holiday"] == "วันอาทิตย์" and holiday.params["last_working_day"] == "5 ก.พ. 2570"
    assert "I-DEADLINE-1938" in codes(found)  # ป.พ.พ. ๑๙๓/๘ would give Monday 8 Feb
    # announced on the Monday after: late (no roll-forward by default) …
    plan.amendments[0].announced_date = dt.date(2027, 2, 8)
    late = [f for f in rules.amendment_dates(plan) if f.code == "W-AMEND-LATE"]
    assert len(late) == 1 and late[0].params["number"] == 1 and "ข้อ ๒๗" in late[0].message
    # … but on time when the settings roll deadlines forward
    plan.settings.roll_forward = True
    found = rules.amendment_dates(plan)
    assert "W-AMEND-LATE" not in codes(found) and "I-DEADLINE-ROLLED" in codes(found)


def test_amendment_dates_posting_window_crossing_the_october_holidays() -> None:
    """An amendment announced Thursday 8 Oct 2026: post by 23 Oct 2026, วันปิยมหาราช; the window holds
    วันนวมินทรมหาราช (13 Oct) too, which does not move anything."""
    plan = small_plan()
    plan.amendments = [
        _amendment(1, event_date=dt.date(2026, 10, 2), announced_date=dt.date(2026, 10, 8)),
    ]
    found = rules.amendment_dates(plan)
    holiday = next(f for f in found if f.code == "W-DEADLINE-HOLIDAY")
    assert holiday.params["holiday"] == "วันปิยมหาราช" and holiday.params["due"] == "23 ต.ค. 2569"
    assert holiday.params["last_working_day"] == "22 ต.ค. 2569"
    assert holiday.cell == plan.cell(schema.AMENDMENTS, "announced_date", 4)
    plan.amendments[0].posted_date = dt.date(2026, 10, 26)  # the Monday after: late
    assert "E-POST-LATE" in codes(rules.amendment_dates(plan))
    plan.amendments[0].posted_date = dt.date(2026, 10, 22)  # posted in time: nothing to warn about
    plan.amendments[0].taken_down_date = dt.date(2026, 11, 21)  # posted + 30: too early by one day
    found = codes(rules.amendment_dates(plan))
    assert "W-DEADLINE-HOLIDAY" not in found and found.count("E-TAKEDOWN-EARLY") == 1


def test_row_versions(amended: Plan) -> None:
    row = amended.projects[0]
    row.added_in = 7
    row.cancelled_in = 0
    found = rules.row_versions(amended)
    assert sorted(codes(found)) == ["E-CANCEL-BEFORE-ADDED", "E-ROW-VERSION-UNKNOWN"]
    assert found[0].sheet == schema.SHEET_PROJECTS
    row.added_in, row.cancelled_in = None, None
    amended.projects[5].row_id = amended.projects[4].row_id  # a copied row
    assert codes(rules.row_versions(amended)) == ["W-ROW-ID-DUPLICATE"]


def test_history_consistent(amended: Plan) -> None:
    changed = next(p for p in amended.projects if p.row_id == amended.history[0].row_id)
    changed.budget = Decimal("1.00")  # typed over after the amendment, with no new amendment
    found = rules.history_consistent(amended)
    assert codes(found) == ["W-HISTORY-STALE"]
    assert found[0].sheet == schema.SHEET_PROJECTS and found[0].cell.startswith(
        amended.column_letter(schema.PROJECTS, "budget")
    )
    amended.history.append(Change(amendment=1, row_id=changed.row_id, field="location", old="a", new="a", row=9))
    amended.history.append(Change(amendment=5, row_id="P9999", field="budget", row=10))
    found = codes(rules.history_consistent(amended))
    assert "W-HISTORY-SAME" in found and "E-HISTORY-ROW-UNKNOWN" in found and "E-HISTORY-AMENDMENT-UNKNOWN" in found
    added = next(p for p in amended.projects if p.added_in == 2 or p.added_in == 1)
    amended.history.append(Change(amendment=1, row_id=added.row_id, field="budget", old=1, new=2, row=11))
    assert "E-HISTORY-ROW-NOT-BEFORE" in codes(rules.history_consistent(amended))


def test_amendments_say_what(amended: Plan) -> None:
    amended.amendments[0].kind = schema.KIND_CHANGE  # แก้ไข, but it only adds
    amended.amendments.append(_amendment(3, event_date=dt.date(2027, 5, 3)))
    found = rules.amendments_say_what(amended)
    assert codes(found) == ["W-AMEND-KIND-MISMATCH", "W-AMEND-EMPTY"]


def test_an_event_dated_before_the_plan_was_announced_is_questioned(amended: Plan) -> None:
    """A typo in the year (2026-09-01 for a plan announced in October 2026) is named with its cell."""

    plan = amended.model_copy(deep=True)
    a = plan.amendments[0]
    a.event_date = plan.settings.announced_date - dt.timedelta(days=40)
    found = [f for f in rules.amendment_dates(plan) if f.code == "W-AMEND-EVENT-BEFORE-PLAN"]
    assert len(found) == 1 and found[0].sheet and found[0].cell
    assert not [f for f in rules.amendment_dates(amended) if f.code == "W-AMEND-EVENT-BEFORE-PLAN"]
