"""Property tests of the round trip: export → the agency fills random valid rows → merge.

- the master then holds exactly those rows, with the right provenance, after its own rows (which never change);
- merging the same form again changes nothing, also after the merged workbook was written and read back;
- a second, newer return from the same agency replaces the first one's rows exactly.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from opplan_xl import schema
from opplan_xl.agency.form import export_form
from opplan_xl.agency.merge import fingerprint, merge_forms
from opplan_xl.agency.returned import ReturnedForm, read_form
from opplan_xl.agency.sample import fill_form
from opplan_xl.model import Plan, Project
from opplan_xl.xlsx.read import read_workbook
from opplan_xl.xlsx.write import write_workbook

from .agency_helpers import AGENCY, ISSUED, TODAY, data_of, keyed_plan, merged_rows, own_rows

LATER = ISSUED + dt.timedelta(hours=5)
_THAI = "กขคงจฉชซญดตถทธนบปผพฟภมยรลวศสหอฮะาำิีึืุูเแโใไ่้๊๋็์ั"
_OTHER = "abcxXYZ0123456789 -=+@/().,_'\"!|&;\n"
text = st.text(alphabet=st.sampled_from(list(_THAI + _OTHER)), min_size=1, max_size=24).map(str.strip).filter(bool)
CODES = ("1", "2")

form_row = st.fixed_dictionaries(
    {
        "strategy": st.sampled_from(CODES),
        "plan_area": st.sampled_from(schema.PLAN_AREAS),
        "name": text,
        "activity": text,
        "budget": st.decimals(min_value=Decimal("0.01"), max_value=Decimal("999999999.99"), places=2),
        "location": text,
        "months": st.sets(st.sampled_from(schema.FISCAL_MONTHS), min_size=1).map(sorted),
    },
    optional={
        "source": st.sampled_from(schema.MONEY_SOURCES),
        "dev_plan_ref": text,
    },
)
returns = st.lists(form_row, max_size=6)
own = st.lists(form_row, max_size=3)

_BLANKS: dict[dt.datetime, Path] = {}
_TMP = Path(tempfile.mkdtemp(prefix="opplan-agency-props-"))


def _blank(issued: dt.datetime) -> Path:
    """One blank form per issue time (the master's key and settings do not vary)."""
    if issued not in _BLANKS:
        _BLANKS[issued] = export_form(keyed_plan(), AGENCY, _TMP / f"blank-{issued:%H%M%S}.xlsx", now=issued).path
    return _BLANKS[issued]


def _returned(master: Plan, rows: list[dict], folder: Path, name: str, issued: dt.datetime) -> ReturnedForm:
    got = read_form(fill_form(_blank(issued), rows, folder / name), master)
    assert isinstance(got, ReturnedForm), got.findings
    return got


def _master(own_rows_: list[dict]) -> Plan:
    plan = keyed_plan()
    for r in own_rows_:
        values = {k: v for k, v in r.items() if k != "months"}
        source = values.pop("source", schema.SOURCE_OWN_BUDGET)
        plan.projects.append(Project(**values, months=tuple(r["months"]), agency="กองช่าง", source=source))
    return plan


def _expected(r: dict) -> dict[str, object]:
    """The data a row of the form must have in the master."""
    p = Project(
        strategy=r["strategy"],
        plan_area=r["plan_area"],
        name=r["name"],
        activity=r["activity"],
        budget=r["budget"],
        location=r["location"],
        agency=AGENCY,
        source=r.get("source", schema.SOURCE_OTHER_AGENCY),
        months=tuple(r["months"]),
        dev_plan_ref=r.get("dev_plan_ref"),
    )
    return data_of(p)


def _through_file(plan: Plan, folder: Path, name: str) -> Plan:
    back, _ = read_workbook(write_workbook(plan, folder / name))
    return back


def _without_row(p: Project) -> dict:
    return p.model_dump(exclude={"row"})


SETTINGS = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(own_rows_=own, rows=returns)
def test_the_master_holds_exactly_the_returned_rows_with_provenance(own_rows_: list[dict], rows: list[dict]) -> None:
    master = _master(own_rows_)
    with tempfile.TemporaryDirectory() as d:
        folder = Path(d)
        form = _returned(master, rows, folder, "r.xlsx", ISSUED)
        result = merge_forms(master, [form], today=TODAY)
        plan = result.plan
        assert plan.projects[: len(master.projects)] == master.projects  # own rows first, untouched
        got = merged_rows(plan)
        assert len(plan.projects) == len(master.projects) + len(rows)
        assert [data_of(p) for p in got] == [_expected(r) for r in rows]
        for p in got:
            assert (p.origin_agency, p.form_id, p.form_file, p.merged_on) == (
                AGENCY,
                form.identity.form_id,
                "r.xlsx",
                TODAY,
            )
            assert p.fingerprint == fingerprint(p)

        # merging twice equals merging once, in memory and after the workbook round trip
        twice = merge_forms(plan, [form], today=TODAY + dt.timedelta(days=1))
        assert twice.plan.projects == plan.projects and not twice.changed
        back = _through_file(plan, folder, "m.xlsx")
        assert [data_of(p) for p in back.projects] == [data_of(p) for p in plan.projects]
        again = merge_forms(back, [form], today=TODAY + dt.timedelta(days=2))
        assert not again.changed and not again.merged[0].conflicts
        assert [_without_row(p) for p in again.plan.projects] == [_without_row(p) for p in back.projects]


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(own_rows_=own, first=returns, second=returns)
def test_a_second_return_replaces_the_first(own_rows_: list[dict], first: list[dict], second: list[dict]) -> None:
    master = _master(own_rows_)
    with tempfile.TemporaryDirectory() as d:
        folder = Path(d)
        one = _returned(master, first, folder, "one.xlsx", ISSUED)
        two = _returned(master, second, folder, "two.xlsx", LATER)
        merged = _through_file(merge_forms(master, [one], today=TODAY).plan, folder, "m1.xlsx")
        result = merge_forms(merged, [two], today=TODAY)
        (m,) = result.merged
        assert not m.conflicts
        assert [data_of(p) for p in merged_rows(result.plan)] == [_expected(r) for r in second]
        assert {p.form_id for p in merged_rows(result.plan)} <= {two.identity.form_id}
        # the own rows are untouched (their ids are the ones the writer gave m1.xlsx: every own row has one)
        assert all(p.row_id for p in own_rows(result.plan))
        untouched = [p.model_dump(exclude={"row", "row_id"}) for p in own_rows(result.plan)]
        assert untouched == [p.model_dump(exclude={"row", "row_id"}) for p in master.projects]
        assert len(m.added) - len(m.removed) == len(second) - len(first)
        # and the late arrival of the first return does not undo the second
        late = merge_forms(result.plan, [one], today=TODAY)
        assert late.plan.projects == result.plan.projects
        assert second == [] or [r.findings[0].code for r in late.refused] == ["E-FORM-OLDER"]


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(first=returns.filter(bool), second=returns, data=st.data())
def test_hand_edits_are_never_silently_overwritten(first: list[dict], second: list[dict], data) -> None:
    master = _master([])
    with tempfile.TemporaryDirectory() as d:
        folder = Path(d)
        one = _returned(master, first, folder, "one.xlsx", ISSUED)
        two = _returned(master, second, folder, "two.xlsx", LATER)
        merged = _through_file(merge_forms(master, [one], today=TODAY).plan, folder, "m1.xlsx")
        index = data.draw(st.sampled_from([i for i, p in enumerate(merged.projects) if p.is_merged]))
        edited_plan = merged.model_copy(deep=True)
        edited_plan.projects[index].location = "แก้ไขโดยเจ้าหน้าที่"
        edited = _through_file(edited_plan, folder, "edited.xlsx")
        mine = edited.projects[index]

        result = merge_forms(edited, [two], today=TODAY)
        assert _without_row(mine) in [_without_row(p) for p in result.plan.projects]  # still there, as edited
        said = [f for f in (*result.merged[0].conflicts, *result.merged[0].kept_edits) if mine.name in f.message]
        same_as_form = any(data_of(p) == data_of(mine) for p in two.projects)
        assert said or same_as_form

        # told to prefer the form, the agency's rows are the form's, except an edit the form does not touch
        taken = merge_forms(edited, [two], prefer_form=True, today=TODAY)
        if not taken.merged[0].kept_edits:
            assert [data_of(p) for p in merged_rows(taken.plan)] == [_expected(r) for r in second]
