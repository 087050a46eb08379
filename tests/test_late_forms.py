"""Issue 11 point 6: an agency form returned after the plan was announced makes (or joins) an amendment; the
announced version never changes.

- round trip (hypothesis): announced master + late forms with random additions, changes and removals → the first
  version is the announced plan exactly, the consolidated plan is what an un-announced merge gives, removed rows
  are cancelled (never deleted), a second late form joins the un-announced amendment, a third after it was
  announced starts the next one, numbers run 1..N, and the amendment rules find nothing wrong but its due date;
- the kinds, the choices (``--amendment``), the Thai sentences, the CLI and the ribbon button.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from opplan_xl import messages, schema
from opplan_xl.agency.identity import Identity
from opplan_xl.agency.late import AmendmentChoiceError, choose, merge_returned
from opplan_xl.agency.merge import merge_forms
from opplan_xl.agency.returned import ReturnedForm
from opplan_xl.cli import main
from opplan_xl.model import Plan, Project, money
from opplan_xl.rules import amendments as amendment_rules
from opplan_xl.versions import fields, ids, views
from opplan_xl.xlsx.read import read_workbook
from opplan_xl.xlsx.write import write_workbook

from .agency_helpers import AGENCY, ISSUED, issue_and_fill, keyed_plan, row

OTHER = "โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านใหม่"
ANNOUNCED = dt.date(2026, 10, 7)
TODAY = dt.date(2026, 11, 2)


# ---- helpers ------------------------------------------------------------------------------------------------


def _project(values: dict, agency: str, at: int) -> Project:
    data = dict(values)
    data["budget"] = money(data["budget"])
    data["months"] = tuple(data["months"])
    return Project(**data, agency=agency, source=schema.SOURCE_OTHER_AGENCY, row=at)


def form(plan: Plan, rows: list[dict], issued: dt.datetime, agency: str = AGENCY) -> ReturnedForm:
    """A returned form as read_form gives it (its checks are tested elsewhere): identity and rows."""
    first = schema.PROJECTS.header_row + 1
    projects = [_project(r, agency, first + i) for i, r in enumerate(rows)]
    return ReturnedForm(Path(f"{agency}-{issued:%d%H%M}.xlsx"), Identity.issue(plan, agency, issued), projects)


def announced_master(rows: list[dict], agency: str = AGENCY) -> Plan:
    """The small plan with ``agency``'s rows merged before the announcement, then announced (ids as written)."""
    plan = keyed_plan()
    plan.settings.announced_date = None
    if rows:
        plan = merge_forms(plan, [form(plan, rows, ISSUED - dt.timedelta(days=30), agency)], today=TODAY).plan
    plan.settings.announced_date = ANNOUNCED
    return ids.with_ids(plan)


def announced(plan: Plan) -> list[tuple]:
    """What an announced version says, row by row: the id, the sheet row and every tracked value."""
    return [(p.row_id, p.row, fields.values(p)) for p in [*plan.projects, *plan.equipment]]


def content(plan: Plan) -> list[tuple]:
    """The rows of a plan as a multiset: values, whose they are and the fingerprint of the merged data."""
    return sorted(
        ((fields.values(p), p.origin_agency or "", p.fingerprint or "") for p in plan.projects),
        key=repr,
    )


def findings(plan: Plan) -> list[str]:
    return [f.code for rule in amendment_rules.RULES for f in rule(plan)]


# ---- the round trip ---------------------------------------------------------------------------------------

NAMES = [f"โครงการที่ {i}" for i in range(1, 13)]
change = st.one_of(
    st.just({}),
    st.fixed_dictionaries({"budget": st.integers(1, 9_999_999).map(Decimal)}),
    st.fixed_dictionaries({"location": st.sampled_from(["หมู่ที่ 2", "หมู่ที่ 5 บ้านใหม่", "ทั้งตำบล"])}),
    st.fixed_dictionaries({"months": st.sets(st.sampled_from(schema.FISCAL_MONTHS), min_size=1).map(sorted)}),
)


@st.composite
def returns(draw, names: list[str]) -> list[dict]:
    """A return of the agency's form: each earlier row kept, changed or left out, plus new rows."""
    out = []
    for name in names:
        what = draw(st.sampled_from(["keep", "change", "drop"]))
        if what != "drop":
            out.append(row(name, **(draw(change) if what == "change" else {})))
    fresh = [n for n in NAMES if n not in names]
    for name in draw(st.lists(st.sampled_from(fresh), unique=True, max_size=3)):
        out.append(row(name, str(draw(st.integers(1, 500_000)))))
    return draw(st.permutations(out))


def _names(plan: Plan, agency: str = AGENCY) -> list[str]:
    return [p.name for p in views.consolidated(plan).projects if p.origin_agency == agency]


def _check_amendment(plan: Plan, number: int) -> None:
    """Amendment ``number`` is well formed: numbers 1..N, a kind that fits, history and versions consistent,
    and ข้อ ๒๗'s clock on it (announce within 30 days of the notice)."""
    assert views.numbers(plan) == list(range(1, number + 1))
    codes = findings(plan)
    assert set(codes) <= {"I-AMEND-DUE", "W-AMEND-EMPTY"}, codes
    a = views.amendment(plan, number)
    assert a is not None and a.event == "แจ้งจากหน่วยงานอื่น" and a.reference
    if a.announced_date is None:
        assert "I-AMEND-DUE" in codes


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), first=st.lists(st.sampled_from(NAMES), unique=True, min_size=1, max_size=5))
def test_late_forms_keep_the_announced_version_and_make_one_amendment(data, first: list[str]) -> None:
    master = announced_master([row(n) for n in first])
    version0 = announced(master)

    # a late return: amendment 1, or nothing when it changes nothing
    rows1 = data.draw(returns(first), label="return 1")
    f1 = form(master, rows1, ISSUED)
    late = merge_returned(master, [f1], today=TODAY)
    plain = merge_forms(master, [f1], today=TODAY)
    assert announced(views.first_version(late.plan)) == version0  # nothing of the announced version changed
    assert content(views.consolidated(late.plan)) == content(plain.plan)
    assert late.amendment is not None and late.amendment.lines()
    if not plain.changed:
        assert late.amendment.number is None and views.numbers(late.plan) == []
        assert messages.text("ui.merge.late.nothing", agencies=AGENCY, announced="ประกาศแผน") in late.amendment.lines()
        return
    assert late.amendment.number == 1 and late.amendment.mode == "new"
    _check_amendment(late.plan, 1)
    removed = {p.name for p in plain.merged[0].removed}
    cancelled = {p.name for p in late.plan.projects if p.cancelled_in == 1}
    assert cancelled == removed  # rows left out of the form are cancelled, never deleted
    assert len(late.plan.projects) == len(master.projects) + len(plain.merged[0].added)
    assert late.amendment.lines()[0].startswith(f"แบบฟอร์มของ{AGENCY}รับหลังประกาศแผนแล้ว: ทำเป็นการ")
    assert "ครั้งที่ 1 (ยังไม่ได้ประกาศ)" in late.amendment.lines()[0]

    # a second late return joins amendment 1 (not announced yet)
    after1 = late.plan
    rows2 = data.draw(returns(_names(after1)), label="return 2")
    f2 = form(master, rows2, ISSUED + dt.timedelta(days=1))
    joined = merge_returned(after1, [f2], today=TODAY + dt.timedelta(days=3))
    plain2 = merge_forms(views.consolidated(after1), [f2], today=TODAY + dt.timedelta(days=3))
    assert announced(views.first_version(joined.plan)) == version0
    assert content(views.consolidated(joined.plan)) == content(plain2.plan)
    assert views.numbers(joined.plan) == [1]
    _check_amendment(joined.plan, 1)
    # the amendment's event date stays the first notice's: its 30 days do not restart
    assert views.amendment(joined.plan, 1).event_date == TODAY
    if plain2.changed:
        assert joined.amendment.mode == "join" and "รวมเป็นการ" in joined.amendment.lines()[0]

    # amendment 1 announced: a third return starts amendment 2, amendment 1 stays as announced
    done = joined.plan.model_copy(deep=True)
    views.amendment(done, 1).announced_date = TODAY + dt.timedelta(days=10)
    version1 = announced(views.after(done, 1))
    rows3 = data.draw(returns(_names(done)), label="return 3")
    f3 = form(master, rows3, ISSUED + dt.timedelta(days=2))
    third = merge_returned(done, [f3], today=TODAY + dt.timedelta(days=20))
    plain3 = merge_forms(views.consolidated(done), [f3], today=TODAY + dt.timedelta(days=20))
    assert announced(views.first_version(third.plan)) == version0
    assert announced(views.after(third.plan, 1)) == version1
    assert content(views.consolidated(third.plan)) == content(plain3.plan)
    if plain3.changed:
        assert third.amendment.number == 2 and third.amendment.mode == "new"
        assert third.amendment.announced == 1
        _check_amendment(third.plan, 2)
        assert third.amendment.lines()[0].startswith(f"แบบฟอร์มของ{AGENCY}รับหลังประกาศการ")
    else:
        assert views.numbers(third.plan) == [1]


# ---- kinds, joining, choices --------------------------------------------------------------------------------


def test_kinds_follow_what_the_amendment_does_and_widen_when_joined() -> None:
    master = announced_master([row("ถนนสาย ก"), row("ถนนสาย ข")])
    adds = merge_returned(master, [form(master, [row("ถนนสาย ก"), row("ถนนสาย ข"), row("ถนนสาย ค")], ISSUED)])
    assert views.amendment(adds.plan, 1).kind == "เพิ่มเติม"
    assert "I-AMEND-DUE" in findings(adds.plan) and "W-AMEND-KIND-MISMATCH" not in findings(adds.plan)
    # the same agency now also changes a row: the เพิ่มเติม becomes แก้ไขเพิ่มเติม, still amendment 1
    later = ISSUED + dt.timedelta(hours=3)
    both = merge_returned(
        adds.plan, [form(master, [row("ถนนสาย ก", "250000"), row("ถนนสาย ข"), row("ถนนสาย ค")], later)]
    )
    a = views.amendment(both.plan, 1)
    assert a.kind == "แก้ไขเพิ่มเติม" and views.numbers(both.plan) == [1]
    assert a.reference == f"แบบฟอร์มโครงการของ{AGENCY}"  # the same agency named once, however many forms
    assert both.amendment.lines()[0] == messages.text(
        "ui.merge.late.join",
        agencies=AGENCY,
        announced="ประกาศแผน",
        kind="แก้ไขเพิ่มเติม",
        number=1,
        added=0,
        changed=1,
        cancelled=0,
    )
    changes = [(c.amendment, c.field, c.old, c.new) for c in both.plan.history]
    assert changes == [(1, "budget", Decimal("100000.00"), Decimal("250000.00"))]
    # only changes or cancellations: แก้ไข
    only = merge_returned(master, [form(master, [row("ถนนสาย ก", "1.00")], ISSUED)])
    assert views.amendment(only.plan, 1).kind == "แก้ไข"
    assert [p.cancelled_in for p in only.plan.projects if p.name == "ถนนสาย ข"] == [1]


def test_joining_makes_the_open_amendment_again() -> None:
    """A row the open amendment added and the agency now drops is no longer added (it was never announced); a
    value changed back is no longer a change; ids stay."""
    master = announced_master([row("ถนนสาย ก"), row("ถนนสาย ข")])
    one = merge_returned(
        master, [form(master, [row("ถนนสาย ก", "300000"), row("ถนนสาย ข"), row("ถนนสาย ใหม่")], ISSUED)]
    ).plan
    assert {c.row_id for c in one.history} and [p.added_in for p in one.projects if p.name == "ถนนสาย ใหม่"] == [1]
    later = ISSUED + dt.timedelta(hours=1)
    two = merge_returned(one, [form(master, [row("ถนนสาย ก"), row("ถนนสาย ข"), row("ถนนสาย ใหม่ 2")], later)]).plan
    assert two.history == []  # ก's budget is back to what was announced
    assert [p.name for p in two.projects if p.added_in == 1] == ["ถนนสาย ใหม่ 2"]
    assert "ถนนสาย ใหม่" not in [p.name for p in two.projects]
    ids_before = {p.name: p.row_id for p in one.projects}
    assert {p.name: p.row_id for p in two.projects if p.name in ids_before} == {
        k: v for k, v in ids_before.items() if k != "ถนนสาย ใหม่"
    }
    assert announced(views.first_version(two)) == announced(master)
    # the row added instead never takes the id the dropped row had (a diff of the two workbooks would pair them)
    (dropped,) = [p.row_id for p in one.projects if p.name == "ถนนสาย ใหม่"]
    assert dropped not in {p.row_id for p in two.projects}
    # another agency's form joins the same amendment; the officer's own rows never move
    other = merge_returned(two, [form(master, [row("ศูนย์เด็กเล็ก")], later, agency=OTHER)])
    assert views.numbers(other.plan) == [1] and other.amendment.mode == "join"
    assert [p.name for p in other.plan.projects if p.added_in == 1] == ["ถนนสาย ใหม่ 2", "ศูนย์เด็กเล็ก"]
    own = [p for p in master.projects if not p.origin_agency]
    assert [p for p in other.plan.projects if not p.origin_agency] == own


def test_choices() -> None:
    draft = keyed_plan()
    draft.settings.announced_date = None
    assert choose(draft).mode == "plain"
    with pytest.raises(AmendmentChoiceError) as err:
        choose(draft, "new")
    assert "ยังไม่ได้ประกาศ" in err.value.text()
    f = form(draft, [row("ถนนสาย ก")], ISSUED)
    before = merge_forms(draft, [f], today=TODAY)
    assert merge_returned(draft, [f], today=TODAY).plan == before.plan  # before the announcement: as always

    master = announced_master([row("ถนนสาย ก")])
    assert (choose(master).mode, choose(master).number) == ("new", 1)
    with pytest.raises(AmendmentChoiceError) as err:
        choose(master, "join")
    assert "--amendment new" in err.value.text()
    with pytest.raises(AmendmentChoiceError):
        choose(master, "3")
    one = merge_returned(master, [form(master, [row("ถนนสาย ก"), row("ถนนสาย ข")], ISSUED)]).plan
    assert (choose(one).mode, choose(one).number) == ("join", 1)
    assert (choose(one, "1").mode, choose(one, "2").mode, choose(one, "new").number) == ("join", "new", 2)
    # a new amendment beside the open one: numbers still run 1, 2
    later = ISSUED + dt.timedelta(hours=1)
    two = merge_returned(one, [form(master, [row("ถนนสาย ก"), row("ถนนสาย ค")], later)], choice="new").plan
    assert views.numbers(two) == [1, 2]
    assert [p.cancelled_in for p in two.projects if p.name == "ถนนสาย ข"] == [2]
    assert not [c for c in findings(two) if c.startswith("E-")]


# ---- the command and the ribbon ---------------------------------------------------------------------------


def test_merge_command_after_the_announcement(tmp_path: Path, capsys) -> None:
    master = announced_master([row("ถนนสาย ก"), row("ถนนสาย ข")])
    master.projects[0].row_id = None  # a row typed in Excel since the ids were given: the writer leaves it
    book = write_workbook(master, tmp_path / "master.xlsx")
    written, _ = read_workbook(book)
    assert not written.projects[0].row_id and all(p.row_id for p in written.projects[1:])
    filled = issue_and_fill(written, [row("ถนนสาย ก", "120000"), row("ถนนสาย ค")], tmp_path / "in")
    assert main(["merge", str(book), str(filled), "--amendment", "join"]) == 2
    assert "--amendment new" in capsys.readouterr().err
    code = main(["merge", str(book), str(filled), "--event-date", "5 พ.ย. 2569"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert f"แบบฟอร์มของ{AGENCY}รับหลังประกาศแผนแล้ว: ทำเป็นการแก้ไขเพิ่มเติม ครั้งที่ 1 (ยังไม่ได้ประกาศ)" in out
    assert "ภายใน 5 ธ.ค. 2569" in out
    merged, found = read_workbook(tmp_path / f"master{schema.MERGED_SUFFIX}.xlsx")
    assert found == []
    import openpyxl

    report = openpyxl.load_workbook(tmp_path / f"master{schema.MERGED_SUFFIX}.xlsx")[schema.SHEET_MERGE_REPORT]
    assert report["A3"].value.startswith(f"แบบฟอร์มของ{AGENCY}รับหลังประกาศแผนแล้ว")  # the report sheet says it too
    first, before = announced(views.first_version(merged)), announced(written)
    assert [x[1:] for x in first] == [x[1:] for x in before]  # every row and value of the announced version
    assert [x[0] for x, y in zip(first, before, strict=True) if y[0]] == [y[0] for y in before if y[0]]
    a = views.amendment(merged, 1)
    assert (a.kind, a.event, a.event_date) == ("แก้ไขเพิ่มเติม", "แจ้งจากหน่วยงานอื่น", dt.date(2026, 11, 5))
    assert a.reference == f"แบบฟอร์มโครงการของ{AGENCY}" and filled.name not in a.reference  # fit for the ประกาศ
    assert [(c.field, c.old, c.new) for c in merged.history] == [("budget", Decimal("100000"), Decimal("120000"))]
    by_name = {p.name: p for p in merged.projects}
    assert by_name["ถนนสาย ข"].cancelled_in == 1 and by_name["ถนนสาย ค"].added_in == 1
    assert len({p.row_id for p in merged.projects}) == len(merged.projects)
    assert all(p.row_id for p in merged.projects)  # the merge gave the row without one an id
    kept = zip(merged.projects[: len(written.projects)], written.projects, strict=True)
    assert [m.row_id for m, w in kept if w.row_id] == [w.row_id for w in written.projects if w.row_id]


def _live(book) -> Plan:
    from opplan_xl.excel.book import LiveBook
    from opplan_xl.excel.reading import read_plan

    return read_plan(LiveBook(book)).plan


def test_the_ribbon_merge_makes_the_same_amendment_in_the_open_workbook(tmp_path: Path, monkeypatch) -> None:
    from .helpers import make_book, press

    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "appdata"))
    master = announced_master([row("ถนนสาย ก"), row("ถนนสาย ข")])
    book = make_book(master, tmp_path / "wb")
    sheet = book.sheet(schema.SHEET_PROJECTS)
    width = len(schema.PROJECTS.columns)
    id_col = [c.key for c in schema.PROJECTS.columns].index("row_id") + 1
    own_rows = [p.row for p in master.projects if not p.origin_agency]
    del sheet.cells[(own_rows[0], id_col)]  # a row the officer typed in Excel: no id yet
    cells = {r: [sheet.cells.get((r, c)) for c in range(1, width + 1)] for r in own_rows}
    start = _live(book)
    assert start.projects[0].row_id is None
    rows = [row("ถนนสาย ก", "120000", location="หมู่ที่ 9"), row("ถนนสาย ค")]
    filled = issue_and_fill(start, rows, tmp_path / "in")
    book.app.open_files = (str(filled),)
    outcome = press(book, "merge")
    assert not outcome.critical, outcome.message
    assert f"แบบฟอร์มของ{AGENCY}รับหลังประกาศแผนแล้ว" in outcome.message and "ครั้งที่ 1" in outcome.message
    confirm = [a["prompt"] for a in book.app.alerts if a["buttons"] == "ok_cancel"]
    assert len(confirm) == 1 and "ทำเป็นการแก้ไขเพิ่มเติม ครั้งที่ 1 (ยังไม่ได้ประกาศ)" in confirm[0]
    live = _live(book)
    expected = merge_returned(start, [_read(filled, start)]).plan
    given = live.projects[0].row_id
    assert given and given not in {p.row_id for p in live.projects[1:]}  # the row got an id, nothing else
    assert announced(views.first_version(live)) == [
        (given if i == 0 else rid, r, v) for i, (rid, r, v) in enumerate(announced(start))
    ]
    assert content(views.consolidated(live)) == content(views.consolidated(expected))
    assert [(a.number, a.kind, a.event) for a in live.amendments] == [(1, "แก้ไขเพิ่มเติม", "แจ้งจากหน่วยงานอื่น")]
    assert sorted((c.field, str(c.old), str(c.new)) for c in live.history) == sorted(
        (c.field, str(c.old), str(c.new)) for c in expected.history
    )
    assert [f for f in findings(live) if not f.startswith(("I-", "W-DEADLINE-"))] == []  # (today's due date)
    # the officer's own rows are as they were, cell for cell (but the id the first one lacked)
    for r, before in cells.items():
        after = [sheet.cells.get((r, c)) for c in range(1, width + 1)]
        if r == own_rows[0]:
            assert after[id_col - 1] == given
            after[id_col - 1] = None
        assert after == before, r

    # a second form (another agency) joins amendment 1 in the workbook too
    filled2 = issue_and_fill(live, [row("ศูนย์เด็กเล็ก")], tmp_path / "in2", agency=OTHER)
    book.app.open_files = (str(filled2),)
    outcome = press(book, "merge")
    assert not outcome.critical and "รวมเป็นการแก้ไขเพิ่มเติม ครั้งที่ 1" in outcome.message
    again = _live(book)
    assert views.numbers(again) == [1]
    assert announced(views.first_version(again)) == announced(views.first_version(live))
    assert [p.name for p in again.projects if p.added_in == 1] == ["ถนนสาย ค", "ศูนย์เด็กเล็ก"]
    assert len(again.history) == len(live.history) == 2  # budget and location of ถนนสาย ก, written once
    assert [f for f in findings(again) if not f.startswith(("I-", "W-DEADLINE-"))] == []


def _read(path: Path, plan: Plan) -> ReturnedForm:
    from opplan_xl.agency.returned import read_form

    got = read_form(path, plan)
    assert isinstance(got, ReturnedForm)
    return got


def test_the_ribbon_merge_costs_the_same_calls_for_10_and_5000_projects_after_the_announcement(
    tmp_path: Path, monkeypatch
) -> None:
    from opplan_xl.example import synthetic_plan

    from .agency_helpers import KEY
    from .helpers import make_book, press

    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "appdata"))
    counts = {}
    forms_plan = None
    for n in (10, 5000):
        plan = synthetic_plan(n, seed=7)
        plan.settings.plan_key = KEY
        assert plan.settings.announced_date is not None
        forms_plan = forms_plan or plan
        book = make_book(plan, tmp_path / f"b{n}")
        filled = issue_and_fill(forms_plan, [row("ก"), row("ข")], tmp_path / f"in{n}")
        book.app.open_files = (str(filled),)
        book.reset_counts()
        outcome = press(book, "merge")
        assert not outcome.critical, outcome.message
        assert "ครั้งที่ 1" in outcome.message
        counts[n] = (book.calls, sorted(book.log))
    assert counts[10] == counts[5000]
    assert counts[5000][0] <= 105, counts[5000][0]  # 95 before the announcement, +10 for the amendment


def test_refused_late_forms_say_nothing_of_an_amendment(tmp_path: Path) -> None:
    from opplan_xl.agency.returned import Refusal

    master = announced_master([row("ถนนสาย ก")])
    refused = Refusal(tmp_path / "x.xlsx", [])
    result = merge_returned(master, [refused])
    assert result.amendment is None and result.refused == [refused] and not result.merged
    assert announced(result.plan) == announced(master) and result.plan.amendments == []


def test_reopen_undoes_exactly_the_latest_amendment() -> None:
    from opplan_xl.example import sample_plan
    from opplan_xl.versions.amend import reopen
    from opplan_xl.versions.sample import with_sample_amendments

    one = with_sample_amendments(sample_plan(), 1)
    two = with_sample_amendments(sample_plan(), 2)
    back = reopen(two, 2)
    assert back.amendments == one.amendments and back.history == one.history
    assert [p.model_dump(exclude={"row"}) for p in back.projects] == [
        p.model_dump(exclude={"row"}) for p in one.projects
    ]
    with pytest.raises(ValueError):
        reopen(two, 1)


def test_the_report_totals_leave_cancelled_rows_out() -> None:
    """The merge report's whole-plan line counts what ผด.01 counts: a project a late form cancelled is out."""
    from opplan_xl.agency.report import report_lines
    from opplan_xl.rollup import rollup

    master = announced_master([row("ถนนสาย ก"), row("ถนนสาย ข")])
    result = merge_returned(master, [form(master, [row("ถนนสาย ก")], ISSUED)])
    assert [p.name for p in result.plan.projects if p.cancelled_in == 1] == ["ถนนสาย ข"]
    r = rollup(views.consolidated(result.plan)).own_vs_other
    from opplan_xl.thai import format_amount

    line = messages.text(
        "ui.merge.totals",
        own=r.own.projects,
        own_budget=format_amount(r.own.budget),
        other=r.other.projects,
        other_budget=format_amount(r.other.budget),
    )
    assert line in report_lines(result)


def test_an_event_date_not_used_when_joining_is_said() -> None:
    """Joining keeps the amendment's own event date; a different --event-date given then is named as not used."""
    master = announced_master([row("ถนนสาย ก")])
    one = merge_returned(master, [form(master, [row("ถนนสาย ก"), row("ถนนสาย ใหม่")], ISSUED)], today=TODAY).plan
    later = ISSUED + dt.timedelta(hours=1)
    given = TODAY + dt.timedelta(days=12)
    two = merge_returned(one, [form(master, [row("ถนนสาย ใหม่ 2")], later)], today=TODAY, event_date=given)
    assert views.amendment(two.plan, 1).event_date == TODAY
    text = "\n".join(two.amendment.lines())
    assert "ไม่ได้ใช้" in text and schema.SHEET_AMENDMENTS in text
    same = merge_returned(one, [form(master, [row("ถนนสาย ใหม่ 3")], later)], today=TODAY, event_date=TODAY)
    assert "ไม่ได้ใช้" not in "\n".join(same.amendment.lines())
