"""The monitoring report as a view of the plan: rounds, status classes, versions in force, months, follow-up."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from opplan_xl import schema
from opplan_xl.example import sample_plan
from opplan_xl.monitoring import rounds
from opplan_xl.monitoring.report import progress_report
from opplan_xl.monitoring.report_json import report_json
from opplan_xl.monitoring.sample import sample_round_date, with_sample_progress
from opplan_xl.monitoring.status import standard_status, status_of
from opplan_xl.rollup import rollup
from opplan_xl.versions import views
from opplan_xl.versions.sample import with_sample_amendments


@pytest.fixture(scope="module")
def amended():
    return with_sample_amendments(sample_plan())


def test_round_dates_of_a_fiscal_year():
    assert rounds.round_date(2570, "6m") == dt.date(2027, 3, 31)
    assert rounds.round_date(2570, "12m") == dt.date(2027, 9, 30)
    assert rounds.round_of(2570, dt.date(2027, 3, 31)) == "6m"
    assert rounds.round_of(2570, dt.date(2027, 4, 1)) is None
    assert rounds.current_round(2570, dt.date(2026, 12, 2)) == "6m"
    assert rounds.current_round(2570, dt.date(2027, 4, 1)) == "12m"


@pytest.mark.parametrize(
    ("typed", "standard"),
    [
        ("ดำเนินการแล้วเสร็จ", schema.PROGRESS_DONE),
        (" เสร็จแล้ว ", schema.PROGRESS_DONE),
        ("กำลังดำเนินการ", schema.PROGRESS_IN_PROGRESS),
        ("ยังไม่ดำเนินการ", schema.PROGRESS_NOT_STARTED),
        ("กันเงินไว้เบิกเหลื่อมปี", schema.PROGRESS_CARRIED),
        ("อะไรก็ไม่รู้", None),
        ("", None),
        (None, None),
    ],
)
def test_typed_statuses_are_matched_to_the_standard_ones(typed, standard):
    assert standard_status(typed) == standard


def test_a_row_cancelled_by_an_amendment_counts_as_cancelled_only_from_that_amendment(amended):
    row = next(p for p in amended.projects if p.cancelled_in is not None)
    assert status_of(row) == schema.PROGRESS_CANCELLED
    assert status_of(row, row.cancelled_in - 1) == schema.PROGRESS_NOT_STARTED


def test_the_report_covers_the_plan_in_force_on_its_date(amended):
    before_first = progress_report(amended, dt.date(2027, 2, 4))  # amendment 1 announced 5 Feb 2027
    after_first = progress_report(amended, dt.date(2027, 2, 5))
    assert (before_first.version, after_first.version) == (0, 1)
    assert before_first.projects_total.items == len(views.first_version(amended).projects)
    assert after_first.projects_total.items == len(views.after(amended, 1).projects)


@pytest.mark.parametrize("name", ["6m", "12m"])
def test_the_sample_rounds_reconcile_with_the_rollup_of_the_same_view(amended, name):
    plan = with_sample_progress(amended, name)
    report = progress_report(plan, sample_round_date(name))
    summary = rollup(views.as_at(plan, report.as_of))
    assert report.reconciliation.ok
    assert report.projects_total.budget == summary.total_budget
    assert [(g.strategy, g.plan_area, g.items, g.budget) for g in report.by_pair] == [
        (r.strategy, r.plan_area, r.projects, r.budget) for r in summary.rows
    ]
    assert sum(c.budget for c in report.total.by_status) == report.total.budget
    assert sum(g.budget for g in report.by_agency) == report.total.budget
    assert sum(g.disbursed for g in report.by_agency) == report.total.disbursed
    # each month's planned budget is each row's budget spread over its months: the months add up to the budget
    assert report.by_month[-1].planned_total == report.total.budget - sum(
        ln.budget for ln in report.lines if not ln.months
    )
    assert report.by_month[-1].disbursed_total == report.total.disbursed


def test_the_annual_report_lists_what_the_next_plan_needs(amended):
    plan = with_sample_progress(amended, "12m")
    report = progress_report(plan, sample_round_date("12m"))
    statuses = {ln.status for ln in report.follow_up}
    assert statuses == {schema.PROGRESS_CANCELLED, schema.PROGRESS_CARRIED}
    cancelled_by_amendment = [ln for ln in report.follow_up if ln.cancelled_in is not None]
    assert cancelled_by_amendment, "the row the second amendment cancelled is listed for follow-up"
    data = report_json(report)
    assert {f["row_id"] for f in data["follow_up"]} == {ln.row_id for ln in report.follow_up}
    assert data["reconciliation"]["ok"] is True


def test_a_plan_without_progress_counts_every_item_as_not_started(amended):
    report = progress_report(amended, sample_round_date("6m"))
    assert not report.has_progress
    counts = {c.status: c.items for c in report.total.by_status}
    assert counts[schema.PROGRESS_NOT_STARTED] == report.total.items
    assert report.total.disbursed == Decimal("0.00")
    assert report.problems == ()


def test_progress_survives_the_workbook_and_stays_off_the_printed_plan(amended, tmp_path):
    import openpyxl

    from opplan_xl.xlsx.read import read_workbook
    from opplan_xl.xlsx.write import write_workbook

    plan = with_sample_progress(amended, "6m")
    path = write_workbook(plan, tmp_path / "progress.xlsx")
    back, findings = read_workbook(path)
    assert findings == []
    for a, b in zip([*plan.projects, *plan.equipment], [*back.projects, *back.equipment], strict=True):
        assert [getattr(a, k) for k in schema.PROGRESS_KEYS] == [getattr(b, k) for k in schema.PROGRESS_KEYS]
    ws = openpyxl.load_workbook(path)[schema.SHEET_PROJECTS]
    headers = [c.value for c in ws[schema.PROJECTS.header_row]]
    first_progress = headers.index(schema.PROJECTS.column("progress").header) + 1
    import re

    from openpyxl.utils import column_index_from_string

    last_printed = re.search(r":\$([A-Z]+)\$\d+$", ws.print_area).group(1)
    assert column_index_from_string(last_printed) == first_progress - 1


def test_progress_is_not_an_amendment_and_not_asked_of_agencies():
    from opplan_xl.versions.fields import tracked_keys

    for key in schema.PROGRESS_KEYS:
        assert key not in tracked_keys(schema.PROJECTS)
        assert key not in schema.PROJECT_DATA_KEYS
