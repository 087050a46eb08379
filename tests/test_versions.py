"""Versions as data on the Plan: views, diff and amend, and the workbook round trip (DESIGN.md §9).

Property tests: any sequence of amendments keeps every version reconstructable exactly (the plan after amendment k
equals the plan the officer had then; the consolidated plan equals applying them one by one), diff → amend → diff
is empty, and the workbook keeps all of it.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from opplan_xl import schema
from opplan_xl.example import sample_plan
from opplan_xl.model import Amendment, Equipment, Plan, Project
from opplan_xl.rollup import rollup
from opplan_xl.versions import fields, views
from opplan_xl.versions.amend import amend
from opplan_xl.versions.diff import diff
from opplan_xl.versions.sample import with_sample_amendments
from opplan_xl.xlsx.read import read_workbook
from opplan_xl.xlsx.write import workbook_bytes, write_workbook

from .conftest import small_plan
from .helpers import SOFFICE, assert_summary_matches


def snapshot(plan: Plan) -> list[tuple]:
    """What a version says: every live row's values, per table. Sorted: an amendment keeps the old plan's row order
    (a row deleted and typed again identically elsewhere is no change), so order is not part of a version."""

    def key(row: tuple) -> str:
        return repr(row)

    projects = sorted((("P", *fields.values(p)) for p in plan.projects), key=key)
    return projects + sorted((("E", *fields.values(e)) for e in plan.equipment), key=key)


def live(plan: Plan) -> Plan:
    return views.consolidated(plan)


# ---- one amendment step, drawn ------------------------------------------------------------------

names = st.text(alphabet="กขคงจฉชซญดตถทนบปผพฟมยรลวสหอะาิีึืุูเแโใไ่้๊๋ 0123456789", min_size=3, max_size=20).map(
    lambda s: "โครงการ" + s.strip()
)
budgets = st.decimals(min_value=Decimal("1.00"), max_value=Decimal("9999999.99"), places=2)
months = st.sets(st.sampled_from(schema.FISCAL_MONTHS), min_size=1).map(lambda m: tuple(sorted(m)))


@st.composite
def step(draw, plan: Plan) -> Plan:
    """An officer's edit of a copy of the current plan: change some values, delete some rows, add some."""
    edited = views.consolidated(plan).model_copy(deep=True)
    edited.projects = [p.model_copy(deep=True) for p in edited.projects]
    edited.equipment = [e.model_copy(deep=True) for e in edited.equipment]
    for p in edited.projects:
        what = draw(st.sampled_from(["keep", "keep", "budget", "location", "months", "delete"]))
        if what == "budget":
            p.budget = draw(budgets)
        elif what == "location":
            p.location = draw(names)
        elif what == "months":
            p.months = Project(months=draw(months)).months
    deleted = draw(st.sets(st.integers(0, max(len(edited.projects) - 1, 0)), max_size=1))
    edited.projects = [p for i, p in enumerate(edited.projects) if i not in deleted]
    for _ in range(draw(st.integers(0, 2))):
        edited.projects.append(
            Project(
                strategy="1",
                plan_area="แผนงานเคหะและชุมชน",
                name=draw(names),
                activity="เพื่อจ่ายเป็นค่าก่อสร้าง",
                budget=draw(budgets),
                location="หมู่ที่ 1",
                agency="กองช่าง",
                source=schema.SOURCE_OWN_BUDGET,
                months=draw(months),
            )
        )
    if edited.equipment and draw(st.booleans()):
        edited.equipment[0].budget = draw(budgets)
    return edited


def _amendment(n: int) -> Amendment:
    return Amendment(
        kind="แก้ไขเพิ่มเติม",
        event=schema.AMENDMENT_EVENTS[n % len(schema.AMENDMENT_EVENTS)],
        event_date=dt.date(2026, 11, 2) + dt.timedelta(days=30 * n),
        announced_date=dt.date(2026, 11, 20) + dt.timedelta(days=30 * n),
    )


@st.composite
def histories(draw) -> tuple[Plan, list[Plan]]:
    """A plan after 1–4 amendments, and what each version said when it was current (the officer's edit)."""
    plan = small_plan()
    states = [snapshot(plan)]
    for n in range(draw(st.integers(1, 4))):
        edited = draw(step(plan))
        result = amend(plan, edited, _amendment(n))
        if result.plan is None:  # a drawn name that repeats: reported, never guessed
            assert result.diff.ambiguous
            break
        assert diff(result.plan, edited).empty  # diff → amend → diff is empty
        plan = result.plan
        states.append(snapshot(edited))
    return plan, states


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(histories())
def test_every_version_is_reconstructable(case) -> None:
    plan, states = case
    assert views.latest(plan) == len(states) - 1
    for k, state in enumerate(states):
        assert snapshot(views.after(plan, k)) == state
    assert snapshot(views.consolidated(plan)) == states[-1]
    assert snapshot(views.first_version(plan)) == snapshot(small_plan())
    # ผด.01 of every view adds up to 100.00
    for k in range(len(states)):
        r = rollup(views.after(plan, k))
        if r.total_projects:
            assert sum(s.projects_pct for s in r.strategies) == Decimal("100.00")
            if r.total_budget:
                assert sum(s.budget_pct for s in r.strategies) == Decimal("100.00")


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(histories())
def test_the_workbook_keeps_every_version(tmp_path_factory, case) -> None:
    plan, states = case
    path = write_workbook(plan, tmp_path_factory.mktemp("v") / "amended.xlsx")
    back, findings = read_workbook(path)
    assert [f for f in findings if f.severity == "error"] == []
    assert [a.model_dump(exclude={"row"}) for a in back.amendments] == [
        a.model_dump(exclude={"row"}) for a in plan.amendments
    ]
    assert [c.model_dump(exclude={"row", "item"}) for c in back.history] == [
        c.model_dump(exclude={"row", "item"}) for c in plan.history
    ]
    for k, state in enumerate(states):
        assert snapshot(views.after(back, k)) == state


# ---- the sample ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def amended() -> Plan:
    return with_sample_amendments(sample_plan())


def test_a_plan_without_amendments_is_version_one() -> None:
    plan = sample_plan()
    assert views.latest(plan) == 0
    assert snapshot(views.first_version(plan)) == snapshot(plan) == snapshot(views.consolidated(plan))
    assert rollup(views.consolidated(plan)) == rollup(plan)


def test_the_sample_amendments_as_views(amended: Plan) -> None:
    base = sample_plan()
    assert snapshot(views.first_version(amended)) == snapshot(base)
    one, two = views.own(amended, 1), views.own(amended, 2)
    assert [p.name for p in one.added.projects] == [p.name for p in amended.projects[-2:]]
    assert one.changed.projects == [] and one.cancelled.projects == []
    assert len(two.changed.projects) == 2 and len(two.cancelled.projects) == 1 and two.added.projects == []
    assert two.before.projects[0].budget == Decimal("265000.00") and two.changed.projects[0].budget == Decimal(
        "285000.00"
    )
    now = views.consolidated(amended)
    assert len(now.projects) == len(base.projects) + 2 - 1
    assert (
        rollup(now).total_budget
        == rollup(base).total_budget
        + Decimal("358000.00")
        + Decimal("142500.00")
        + Decimal("20000.00")
        - base.projects[9].budget
    )
    # as at a date: before the first amendment's announcement, the first version is in force
    assert snapshot(views.as_at(amended, dt.date(2027, 2, 4))) == snapshot(base)
    assert snapshot(views.as_at(amended, dt.date(2027, 2, 5))) == snapshot(views.after(amended, 1))


def test_a_cancelled_project_is_a_row_not_a_deletion(amended: Plan) -> None:
    cancelled = [p for p in amended.projects if p.cancelled_in]
    assert len(cancelled) == 1 and cancelled[0].cancelled_in == 2
    assert cancelled[0] in views.after(amended, 1).projects and cancelled[0] not in views.consolidated(amended).projects


def test_old_workbooks_read_as_version_one(tmp_path: Path) -> None:
    """A workbook made before versions (no amendments or history sheet, no version columns) still reads cleanly."""
    wb = openpyxl.load_workbook(io.BytesIO(workbook_bytes(sample_plan())))
    del wb[schema.SHEET_AMENDMENTS], wb[schema.SHEET_HISTORY]
    ws = wb[schema.SHEET_PROJECTS]
    version_cols = [i + 1 for i, c in enumerate(schema.PROJECTS.columns) if c.key in schema.VERSION_KEYS]
    for col in sorted(version_cols, reverse=True):
        ws.delete_cols(col)
    old = tmp_path / "old.xlsx"
    wb.save(old)
    plan, findings = read_workbook(old)
    _, fresh = read_workbook(write_workbook(sample_plan(), tmp_path / "new.xlsx"))
    assert [f.code for f in findings] == [f.code for f in fresh]
    assert plan.amendments == [] and plan.history == [] and views.latest(plan) == 0
    assert snapshot(plan) == snapshot(sample_plan())


def test_the_sheets_an_officer_sees(tmp_path: Path, amended: Plan) -> None:
    path = write_workbook(amended, tmp_path / "amended.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb[schema.SHEET_PROJECTS]
    letters = {c.key: openpyxl.utils.get_column_letter(i + 1) for i, c in enumerate(schema.PROJECTS.columns)}
    assert ws.column_dimensions[letters["row_id"]].hidden
    assert not ws.column_dimensions[letters["added_in"]].hidden
    h = wb[schema.SHEET_HISTORY]
    header = [h.cell(schema.HISTORY.header_row, i + 1).value for i in range(len(schema.HISTORY.columns))]
    assert header == [c.header for c in schema.HISTORY.columns]
    first = [h.cell(schema.HISTORY.header_row + 1, i + 1).value for i in range(len(schema.HISTORY.columns))]
    assert first[0] == 2 and first[3] == "งบประมาณ (บาท)" and first[4] == 265000 and first[5] == 285000
    months = [h.cell(schema.HISTORY.header_row + 2, i + 1).value for i in range(len(schema.HISTORY.columns))]
    assert months[3] == "มี.ค." and months[4] == schema.MONTH_MARK and months[5] is None


def test_ambiguous_rows_are_reported_not_guessed() -> None:
    old = small_plan()
    twin = old.projects[0].model_copy(update={"budget": Decimal("1.00"), "row": 6})
    old.projects.append(twin)
    new = old.model_copy(deep=True)
    for p in new.projects:
        if p.name == twin.name:
            p.location = "ที่อื่น"  # both rows of the same name changed, no ids: which is which?
    result = amend(old, new, _amendment(0))
    assert result.plan is None
    assert [f.code for f in result.diff.ambiguous] == ["E-DIFF-AMBIGUOUS", "E-DIFF-AMBIGUOUS"]
    assert result.diff.ambiguous[0].sheet == schema.SHEET_PROJECTS


def test_ids_match_rows_whatever_else_changed() -> None:
    old = with_sample_amendments(sample_plan(), 1)
    new = old.model_copy(deep=True)
    new.projects[0].name = "ชื่อใหม่ทั้งหมด"
    new.projects[0].budget = Decimal("1.00")
    d = diff(old, new)
    assert [c.old_index for c in d.changed] == [0] and {k.key for k in d.changed[0].fields} == {"name", "budget"}
    assert d.added == [] and d.removed == [] and d.ambiguous == []


def test_a_copied_row_with_its_hidden_id() -> None:
    old = with_sample_amendments(sample_plan(), 1)
    new = old.model_copy(deep=True)
    copy = new.projects[0].model_copy(update={"name": "โครงการใหม่จากการคัดลอกแถว", "row": 99})
    new.projects.append(copy)  # the officer copied row 0 and typed a new project over the copy
    d = diff(old, new)
    assert d.changed == [] and d.added == [(schema.PROJECTS, len(new.projects) - 1)] and d.ambiguous == []
    new.projects[0].budget = Decimal("5.00")  # … and edited the original too: which is the old row?
    d = diff(old, new)
    assert [f.code for f in d.ambiguous] == ["E-DIFF-AMBIGUOUS", "E-DIFF-AMBIGUOUS"] and d.added == d.removed == []


def test_equipment_versions() -> None:
    old = small_plan()
    new = old.model_copy(deep=True)
    new.equipment.append(Equipment(**{**old.equipment[0].model_dump(), "item": "เครื่องพิมพ์", "row": None}))
    result = amend(old, new, _amendment(0))
    assert result.plan is not None and result.plan.equipment[-1].added_in == 1
    assert result.plan.equipment[-1].row_id == "E0002"


@pytest.mark.libreoffice
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_recalculates_the_consolidated_summary(tmp_path: Path, amended: Plan) -> None:
    """The workbook's ผด.01 (native formulas) leaves cancelled projects out: LibreOffice gets the consolidated
    roll-up, not the first version's nor one that counts the cancelled row."""
    from opplan_xl.libreoffice import convert

    path = write_workbook(amended, tmp_path / "amended.xlsx")
    ws = openpyxl.load_workbook(convert(path, "xlsx", tmp_path / "out"), data_only=True)[schema.SHEET_SUMMARY]
    expected = rollup(views.consolidated(amended))
    assert expected != rollup(amended) and expected != rollup(views.first_version(amended))
    assert_summary_matches(ws, expected)


def test_the_next_year_starts_at_its_first_version(amended: Plan) -> None:
    """opplan new-year --carry-over: this year's consolidated lines, without this year's amendment numbers."""
    from opplan_xl.rollforward import next_year

    rolled = next_year(amended, 2571, carry=True).plan
    assert rolled.amendments == [] and rolled.history == []
    assert len(rolled.projects) == len(views.consolidated(amended).projects)
    assert all(p.added_in is None and p.cancelled_in is None and p.row_id is None for p in rolled.projects)
