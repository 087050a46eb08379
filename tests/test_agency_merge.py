"""Merging returned forms: provenance, idempotence, replacement, conflicts, refusals, the command and the report."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from opplan_xl import messages, schema
from opplan_xl.agency.merge import fingerprint, merge_forms
from opplan_xl.agency.report import report_block, report_lines, write_merged
from opplan_xl.agency.returned import Refusal, ReturnedForm, looks_like_formula, read_form
from opplan_xl.cli import main
from opplan_xl.model import Plan
from opplan_xl.rollup import rollup
from opplan_xl.xlsx.cells import column_letter
from opplan_xl.xlsx.read import read_workbook
from opplan_xl.xlsx.write import write_workbook

from .agency_helpers import (
    AGENCY,
    ISSUED,
    TODAY,
    data_of,
    folder_hashes,
    issue_and_fill,
    keyed_plan,
    merged_rows,
    own_rows,
    row,
)
from .helpers import normalized, rewrite_zip, sheet_part, zip_parts

LATER = ISSUED + dt.timedelta(days=3)


def _form(plan: Plan, rows, folder: Path, name="returned.xlsx", **kw) -> ReturnedForm:
    got = read_form(issue_and_fill(plan, rows, folder, name, **kw), plan)
    assert isinstance(got, ReturnedForm), got.findings
    return got


def _through_file(plan: Plan, folder: Path, name: str) -> Plan:
    """The plan as the merged workbook holds it: written by the builder and read back."""
    back, _ = read_workbook(write_workbook(plan, folder / name))
    return back


# ---- merging -----------------------------------------------------------------------------------------------


def test_rows_arrive_with_provenance_and_own_rows_are_untouched(tmp_path: Path) -> None:
    master = keyed_plan()
    form = _form(master, [row("โครงการ ก", "1000"), row("โครงการ ข", "2500.75", months=(10,))], tmp_path)
    result = merge_forms(master, [form], today=TODAY)
    plan = result.plan
    assert own_rows(plan) == master.projects  # the same rows, same order
    got = merged_rows(plan)
    assert [p.name for p in got] == ["โครงการ ก", "โครงการ ข"]
    for p in got:
        assert p.agency == AGENCY and p.source == schema.SOURCE_OTHER_AGENCY
        assert (p.origin_agency, p.form_id, p.form_file, p.merged_on) == (
            AGENCY,
            form.identity.form_id,
            "returned.xlsx",
            TODAY,
        )
        assert p.fingerprint == fingerprint(p)
    assert got[1].budget == Decimal("2500.75") and got[1].months == (10,)
    assert master.projects == keyed_plan().projects  # the master passed in is not changed
    (m,) = result.merged
    assert (len(m.added), len(m.changed), len(m.removed), m.unchanged) == (2, 0, 0, 0)
    assert m.received == 2 and m.budget == Decimal("3500.75")


def test_merging_the_same_form_twice_changes_nothing(tmp_path: Path) -> None:
    master = keyed_plan()
    form = _form(master, [row("โครงการ ก"), row("โครงการ ข")], tmp_path)
    once = merge_forms(master, [form], today=TODAY).plan
    twice = merge_forms(once, [form], today=TODAY + dt.timedelta(days=5))
    assert twice.plan.projects == once.projects and not twice.changed
    assert twice.merged[0].unchanged == 2
    # and through the workbook file, as the command does it
    back = _through_file(once, tmp_path, "merged.xlsx")
    again = merge_forms(back, [form], today=TODAY + dt.timedelta(days=9))
    assert not again.changed and [data_of(p) for p in again.plan.projects] == [data_of(p) for p in back.projects]
    assert [p.fingerprint for p in merged_rows(back)] == [fingerprint(p) for p in merged_rows(back)]
    assert [p.merged_on for p in merged_rows(again.plan)] == [TODAY, TODAY]


def test_a_newer_return_replaces_the_agencys_rows(tmp_path: Path) -> None:
    master = keyed_plan()
    first = _form(master, [row("โครงการ ก"), row("โครงการ ข"), row("โครงการ ค")], tmp_path, "first.xlsx")
    merged = _through_file(merge_forms(master, [first], today=TODAY).plan, tmp_path, "m1.xlsx")
    second = _form(
        master, [row("โครงการ ข", "999"), row("โครงการ ค"), row("โครงการ ง")], tmp_path, "second.xlsx", issued=LATER
    )
    result = merge_forms(merged, [second], today=TODAY)
    (m,) = result.merged
    assert [p.name for p in m.added] == ["โครงการ ง"]
    assert [(old.name, new.budget) for old, new in m.changed] == [("โครงการ ข", Decimal("999.00"))]
    assert [p.name for p in m.removed] == ["โครงการ ก"]
    assert m.unchanged == 1 and not m.conflicts
    rows = merged_rows(result.plan)
    assert [p.name for p in rows] == ["โครงการ ข", "โครงการ ค", "โครงการ ง"]
    assert [data_of(p) for p in rows] == [data_of(p) for p in second.projects]
    assert {p.form_id for p in rows} == {second.identity.form_id}
    assert own_rows(result.plan) == own_rows(merged)


def test_an_older_form_than_the_merged_one_is_refused(tmp_path: Path) -> None:
    master = keyed_plan()
    new = _form(master, [row("ใหม่")], tmp_path, "new.xlsx", issued=LATER)
    old = _form(master, [row("เก่า")], tmp_path, "old.xlsx", issued=ISSUED)
    result = merge_forms(master, [new, old], today=TODAY)
    assert [p.name for p in merged_rows(result.plan)] == ["ใหม่"]
    (refused,) = result.refused
    assert refused.file == "old.xlsx" and refused.findings[0].code == "E-FORM-OLDER"
    assert "ออกก่อน" in refused.findings[0].message


def test_agencies_do_not_touch_each_others_rows(tmp_path: Path) -> None:
    master = keyed_plan()
    a = _form(master, [row("ของ ก")], tmp_path, "a.xlsx")
    b = _form(master, [row("ของ ข")], tmp_path, "b.xlsx", agency="โรงพยาบาลส่งเสริมสุขภาพตำบล")
    plan = merge_forms(master, [a, b], today=TODAY).plan
    a2 = _form(master, [], tmp_path, "a2.xlsx", issued=LATER)  # agency ก withdraws everything
    result = merge_forms(plan, [a2], today=TODAY)
    assert [p.name for p in result.plan.projects if p.is_merged] == ["ของ ข"]
    assert [f.code for f in result.merged[0].findings] == ["I-FORM-EMPTY-WITHDRAWN"]
    assert own_rows(result.plan) == master.projects


# ---- a form returned without projects --------------------------------------------------------------------

ALREADY = ("รวมแบบฟอร์มนี้ไว้แล้ว", "แบบฟอร์มเหล่านี้รวมไว้แล้ว", "merged already")


def test_a_blank_first_return_says_nothing_was_there_to_withdraw(tmp_path: Path) -> None:
    master = keyed_plan()
    blank = _form(master, [], tmp_path, "blank.xlsx")
    result = merge_forms(master, [blank], today=TODAY)
    assert not result.changed and result.plan.projects == master.projects
    (note,) = result.merged[0].findings
    assert note.code == "I-FORM-EMPTY" and "ไม่มีสิ่งใดเปลี่ยนแปลง" in note.message
    text = "\n".join(report_lines(result))
    assert not any(words in text for words in ALREADY), "the form was never merged before"
    assert "  " + messages.text("ui.merge.no_change.empty", agency=AGENCY, file="blank.xlsx") in text.split("\n")
    english = "\n".join(report_lines(result, "en"))
    assert "merged already" not in english and "none of the agency's were merged before" in english


def test_a_blank_return_withdraws_the_agencys_earlier_rows(tmp_path: Path) -> None:
    master = keyed_plan()
    first = _form(master, [row("โครงการ ก"), row("โครงการ ข")], tmp_path, "first.xlsx")
    merged = merge_forms(master, [first], today=TODAY).plan
    blank = _form(master, [], tmp_path, "blank.xlsx", issued=LATER)
    result = merge_forms(merged, [blank], today=TODAY)
    (m,) = result.merged
    assert merged_rows(result.plan) == [] and len(m.removed) == 2 and result.changed
    (note,) = m.findings
    assert note.code == "I-FORM-EMPTY-WITHDRAWN" and "ออก 2 โครงการ" in note.message
    text = "\n".join(report_lines(result))
    assert not any(words in text for words in ALREADY)
    assert messages.text("ui.merge.no_change") not in text
    block = report_block(result, "master.xlsx", dt.datetime(2026, 11, 2, 10, 0))
    assert block.rows[block.header_row][3] == messages.text("ui.merge.status.withdrawn")


def test_a_blank_return_keeps_rows_edited_in_the_master_and_says_so(tmp_path: Path) -> None:
    master = keyed_plan()
    first = _form(master, [row("โครงการ ก")], tmp_path, "first.xlsx")
    edited = _edited(merge_forms(master, [first], today=TODAY).plan, "โครงการ ก", location="แก้แล้ว")
    blank = _form(master, [], tmp_path, "blank.xlsx", issued=LATER)
    result = merge_forms(edited, [blank], today=TODAY)
    (m,) = result.merged
    assert [p.name for p in merged_rows(result.plan)] == ["โครงการ ก"] and not result.changed
    assert [f.code for f in m.findings] == ["I-FORM-EMPTY-KEPT", "W-MERGE-CONFLICT-REMOVED"]
    text = "\n".join(report_lines(result))
    assert not any(words in text for words in ALREADY)
    assert messages.text("ui.merge.no_change.kept", agency=AGENCY, file="blank.xlsx") in text


def test_the_same_form_again_is_still_said_to_be_merged_already(tmp_path: Path) -> None:
    master = keyed_plan()
    form = _form(master, [row("โครงการ ก")], tmp_path)
    once = merge_forms(master, [form], today=TODAY).plan
    text = "\n".join(report_lines(merge_forms(once, [form], today=TODAY)))
    assert messages.text("ui.merge.no_change.same", agency=AGENCY, file="returned.xlsx") in text


# ---- the officer's edits --------------------------------------------------------------------------------


def _edited(plan: Plan, name: str, **changes) -> Plan:
    out = plan.model_copy(deep=True)
    for p in out.projects:
        if p.name == name:
            for k, v in changes.items():
                setattr(p, k, v)
    return out


def test_a_hand_edited_row_changed_by_the_form_is_a_conflict_and_the_master_wins(tmp_path: Path) -> None:
    master = keyed_plan()
    first = _form(master, [row("โครงการ ก", "1000")], tmp_path, "first.xlsx")
    merged = merge_forms(master, [first], today=TODAY).plan
    edited = _through_file(_edited(merged, "โครงการ ก", location="แก้โดยเจ้าหน้าที่"), tmp_path, "edited.xlsx")
    second = _form(master, [row("โครงการ ก", "2000")], tmp_path, "second.xlsx", issued=LATER)

    kept = merge_forms(edited, [second], today=TODAY)
    (m,) = kept.merged
    assert [f.code for f in m.conflicts] == ["W-MERGE-CONFLICT-CHANGED"]
    assert "--prefer-form" in m.conflicts[0].message and "โครงการ ก" in m.conflicts[0].message
    (p,) = merged_rows(kept.plan)
    assert p.location == "แก้โดยเจ้าหน้าที่" and p.budget == Decimal("1000.00")
    assert not m.changed

    taken = merge_forms(edited, [second], prefer_form=True, today=TODAY)
    assert [f.code for f in taken.merged[0].conflicts] == ["W-MERGE-CONFLICT-CHANGED-FORM"]
    (p,) = merged_rows(taken.plan)
    assert p.location == "หมู่ที่ 1" and p.budget == Decimal("2000.00") and p.fingerprint == fingerprint(p)


def test_a_hand_edit_the_form_does_not_touch_is_kept_quietly(tmp_path: Path) -> None:
    master = keyed_plan()
    form = _form(master, [row("โครงการ ก")], tmp_path)
    merged = merge_forms(master, [form], today=TODAY).plan
    edited = _edited(merged, "โครงการ ก", budget=Decimal("1.00"))
    again = merge_forms(edited, [form], today=TODAY)
    assert again.plan.projects == edited.projects and not again.changed
    assert [f.code for f in again.merged[0].kept_edits] == ["I-MERGE-KEPT-EDIT"]
    assert not again.merged[0].conflicts


def test_a_hand_edited_row_dropped_by_the_form_stays_unless_told(tmp_path: Path) -> None:
    master = keyed_plan()
    first = _form(master, [row("โครงการ ก"), row("โครงการ ข")], tmp_path, "first.xlsx")
    edited = _edited(merge_forms(master, [first], today=TODAY).plan, "โครงการ ก", period="ตลอดปีงบประมาณ")
    second = _form(master, [row("โครงการ ข")], tmp_path, "second.xlsx", issued=LATER)
    kept = merge_forms(edited, [second], today=TODAY)
    assert [f.code for f in kept.merged[0].conflicts] == ["W-MERGE-CONFLICT-REMOVED"]
    assert [p.name for p in merged_rows(kept.plan)] == ["โครงการ ก", "โครงการ ข"]
    dropped = merge_forms(edited, [second], prefer_form=True, today=TODAY)
    assert [p.name for p in merged_rows(dropped.plan)] == ["โครงการ ข"]
    assert [f.code for f in dropped.merged[0].conflicts] == ["W-MERGE-CONFLICT-REMOVED-FORM"]


def test_rows_whose_provenance_the_officer_cleared_are_own_rows(tmp_path: Path) -> None:
    master = keyed_plan()
    form = _form(master, [row("โครงการ ก")], tmp_path)
    merged = merge_forms(master, [form], today=TODAY).plan
    adopted = _edited(merged, "โครงการ ก", origin_agency=None)
    again = merge_forms(adopted, [form], today=TODAY)
    assert [p.name for p in again.plan.projects].count("โครงการ ก") == 2  # the adopted row and the form's row
    assert len(merged_rows(again.plan)) == 1


# ---- what arrives from the file --------------------------------------------------------------------------


def test_formula_like_text_stays_text_with_a_warning_and_is_written_as_text(tmp_path: Path) -> None:
    master = keyed_plan()
    dde = "=cmd|' /C calc'!A0"
    form = _form(master, [row(dde, location="+1+1", activity="@SUM(A1)", dev_plan_ref="- หน้า 3")], tmp_path)
    (p,) = form.projects
    assert (p.name, p.location, p.activity, p.dev_plan_ref) == (dde, "+1+1", "@SUM(A1)", "- หน้า 3")
    warned = sorted(f.cell for f in form.findings if f.code == "W-FORM-FORMULA-TEXT")
    assert warned == ["C4", "D4", "F4"]
    out = write_merged(merge_forms(master, [form], today=TODAY), tmp_path / "out.xlsx", book="master.xlsx").path
    ws = openpyxl.load_workbook(out)[schema.SHEET_PROJECTS]
    cells = [c for r in ws.iter_rows() for c in r if c.value in (dde, "+1+1", "@SUM(A1)")]
    assert len(cells) == 3 and all(c.data_type == "s" for c in cells)
    back, _ = read_workbook(out)
    assert merged_rows(back)[0].name == dde


@pytest.mark.parametrize(
    ("text", "formula"),
    [
        ("=1+1", True),
        ("@A1", True),
        ("+cmd|' /C calc'!A0", True),
        ("-2+3", True),
        ("- ถนน คสล.", False),
        ("-", False),
        ("โครงการ", False),
        ("=", False),
        ("+66 81 234 5678", False),
    ],
)
def test_looks_like_formula(text: str, formula: bool) -> None:
    assert looks_like_formula(text) is formula


def test_the_agency_column_is_the_forms_agency(tmp_path: Path) -> None:
    master = keyed_plan()
    form = _form(master, [row("โครงการ ก", agency="กรมอื่น"), row("โครงการ ข", agency=None)], tmp_path)
    assert [p.agency for p in form.projects] == [AGENCY, AGENCY]
    (f,) = [f for f in form.findings if f.code == "W-FORM-AGENCY-REPLACED"]
    assert f.cell == "G4" and "กรมอื่น" in f.message


def test_provenance_claimed_by_the_file_is_dropped(tmp_path: Path) -> None:
    master = keyed_plan()
    filled = issue_and_fill(master, [row("โครงการ ก")], tmp_path)
    wb = openpyxl.load_workbook(filled)
    ws = wb[schema.SHEET_PROJECTS]
    col = ws.max_column + 1
    ws.cell(schema.PROJECTS.header_row, col, schema.PROJECTS.column("origin_agency").header)
    ws.cell(schema.PROJECTS.header_row + 1, col, "กรมปลอม")
    wb.save(filled)
    form = read_form(filled, master)
    assert isinstance(form, ReturnedForm) and form.projects[0].origin_agency is None
    (p,) = merged_rows(merge_forms(master, [form], today=TODAY).plan)
    assert p.origin_agency == AGENCY


def test_rows_are_checked_with_the_masters_rules(tmp_path: Path) -> None:
    master = keyed_plan()
    bad = [
        row("ยุทธศาสตร์ไม่มี", strategy="9"),
        row("งบติดลบ", budget="-5"),
        row("ไม่มีเดือน", months=()),
        row("แผนงานแปลก", plan_area="แผนงานทำเอง"),
        {"name": "ไม่ครบ"},
    ]
    form = _form(master, bad, tmp_path)
    codes = {f.code for f in form.findings}
    assert {"E-STRATEGY-UNKNOWN", "E-BUDGET-NEGATIVE", "E-MONTHS-NONE", "E-PLAN-AREA-UNKNOWN", "E-REQUIRED"} <= codes
    assert all(f.sheet == schema.SHEET_PROJECTS for f in form.findings)
    result = merge_forms(master, [form], today=TODAY)
    # reported and kept out of the master (issue 9): the master stays a plan that validates
    assert merged_rows(result.plan) == []
    assert [f.code for f in result.merged[0].findings].count("E-MERGE-ROW-KEPT-OUT") == 5


def test_text_that_looks_like_an_ooxml_escape_survives_the_round_trip(tmp_path: Path) -> None:
    master = keyed_plan()
    form = _form(master, [row("ถนน_x0041_สาย 1", activity="a\r\nb")], tmp_path)
    (p,) = form.projects
    assert p.name == "ถนน_x0041_สาย 1" and p.activity == "a\nb"
    back = _through_file(merge_forms(master, [form], today=TODAY).plan, tmp_path, "m.xlsx")
    (q,) = merged_rows(back)
    assert q.name == p.name and q.fingerprint == fingerprint(q)


# ---- refusals ----------------------------------------------------------------------------------------


def _refused(got) -> str:
    assert isinstance(got, Refusal), got
    (f,) = got.findings
    assert f.message.startswith(f"ไม่รับไฟล์ {got.file}")
    return f.code


def test_a_form_of_another_plan_or_year_is_refused(tmp_path: Path) -> None:
    filled = issue_and_fill(keyed_plan(), [row("ก")], tmp_path)
    assert _refused(read_form(filled, keyed_plan("another key"))) == "E-FORM-OTHER-PLAN"
    nokey = keyed_plan()
    nokey.settings.plan_key = None
    assert _refused(read_form(filled, nokey)) == "E-FORM-MASTER-NO-KEY"
    next_year = keyed_plan()
    next_year.settings.fiscal_year = 2571
    assert _refused(read_form(filled, next_year)) == "E-FORM-OTHER-YEAR"


def test_a_workbook_that_is_not_a_form_is_refused(tmp_path: Path) -> None:
    master = keyed_plan()
    book = write_workbook(master, tmp_path / "master.xlsx")
    assert _refused(read_form(book, master)) == "E-FORM-NOT-FORM"
    plain = tmp_path / "plain.xlsx"
    wb = openpyxl.Workbook()
    wb.active["A1"] = "โครงการ"
    wb.save(plain)
    assert _refused(read_form(plain, master)) == "E-FORM-NOT-FORM"
    assert _refused(read_form(tmp_path / "missing.xlsx", master)) == "E-FORM-UNREADABLE"


def test_an_edited_identity_block_is_refused(tmp_path: Path) -> None:
    from .agency_helpers import set_defined_name

    master = keyed_plan()
    filled = issue_and_fill(master, [row("ก")], tmp_path)
    for name, value in (
        ("_OpPlanForm_agency", "กรมทางหลวง"),
        ("_OpPlanForm_year", "2571"),
        ("_OpPlanForm_form", "F2570-20991231-235959-FFFF"),
    ):
        changed = rewrite_zip(filled, lambda parts, n=name, v=value: set_defined_name(parts, n, v), tmp_path / "x.xlsx")
        code = _refused(read_form(changed, master))
        assert code == "E-FORM-IDENTITY-ALTERED", name


def test_an_xlwings_conf_sheet_is_ignored_and_named(tmp_path: Path) -> None:
    master = keyed_plan()
    filled = issue_and_fill(master, [row("ก")], tmp_path)
    wb = openpyxl.load_workbook(filled)
    conf = wb.create_sheet("xlwings.conf")
    conf["A1"], conf["B1"] = "INTERPRETER_WIN", r"C:\evil\python.exe"
    wb.save(filled)
    form = read_form(filled, master)
    assert isinstance(form, ReturnedForm)
    assert [f.code for f in form.notes] == ["I-FORM-XLWINGS-CONF-IGNORED"]
    assert "xlwings.conf" in form.notes[0].message
    out = write_merged(merge_forms(master, [form], today=TODAY), tmp_path / "o.xlsx", book="m.xlsx").path
    assert "xlwings.conf" not in openpyxl.load_workbook(out).sheetnames


def test_formula_cells_arrive_as_their_values_only(tmp_path: Path) -> None:
    master = keyed_plan()
    filled = issue_and_fill(master, [row("ก", "100")], tmp_path)

    def formula(parts: dict[str, bytes]) -> None:
        part = sheet_part(parts, schema.SHEET_PROJECTS)
        xml = parts[part].decode("utf-8")
        start = xml.index('<c r="E4"')
        end = xml.index("</c>", start) + 4 if "</c>" in xml[start : xml.index(">", start) + 4] else None
        tag_end = xml.index(">", start)
        end = xml.index("</c>", start) + 4 if xml[tag_end - 1] != "/" else tag_end + 1
        cell = '<c r="E4"><f>cmd|\'/C calc\'!A0+WEBSERVICE("http://x")</f><v>4321</v></c>'
        parts[part] = (xml[:start] + cell + xml[end:]).encode("utf-8")

    rewrite_zip(filled, formula)
    form = read_form(filled, master)
    assert isinstance(form, ReturnedForm)
    assert form.projects[0].budget == Decimal("4321.00")
    out = write_merged(merge_forms(master, [form], today=TODAY), tmp_path / "o.xlsx", book="m.xlsx").path
    ws = openpyxl.load_workbook(out)[schema.SHEET_PROJECTS]
    assert not [c for r in ws.iter_rows(min_row=4) for c in r if c.data_type == "f"]


# ---- the command -----------------------------------------------------------------------------------------


@pytest.fixture
def book(tmp_path: Path) -> Path:
    return write_workbook(keyed_plan(), tmp_path / "master.xlsx")


def test_merge_command_writes_a_new_workbook_and_never_the_original(tmp_path: Path, book: Path, capsys) -> None:
    master, _ = read_workbook(book)
    filled = issue_and_fill(master, [row("โครงการ ก", "1500"), row("โครงการ ข", "500")], tmp_path / "in")
    before = folder_hashes(tmp_path)
    assert main(["merge", str(book), str(filled)]) == 0
    out = capsys.readouterr().out
    after = folder_hashes(tmp_path)
    assert {k: after[k] for k in before} == before  # nothing that was there changed
    assert sorted(set(after) - set(before)) == [f"master{schema.MERGED_SUFFIX}.xlsx"]
    merged = tmp_path / f"master{schema.MERGED_SUFFIX}.xlsx"
    assert merged.exists() and str(merged) in out
    assert AGENCY in out and "2,000.00" in out and "โครงการ ก" in out
    plan, _ = read_workbook(merged)
    assert [p.name for p in merged_rows(plan)] == ["โครงการ ก", "โครงการ ข"]
    assert own_rows(plan) == own_rows(read_workbook(book)[0])
    ws = openpyxl.load_workbook(merged)[schema.SHEET_MERGE_REPORT]
    values = [c.value for r in ws.iter_rows() for c in r if c.value is not None]
    numbers = {Decimal(str(v)) for v in values if isinstance(v, int | float)}
    assert AGENCY in values and "returned.xlsx" in values and Decimal("2000") in numbers

    # the same form into the merged workbook: no change (written to master-รวม-2.xlsx)
    assert main(["merge", str(merged), str(filled)]) == 0
    assert "ไม่เปลี่ยนแปลง" in capsys.readouterr().out
    again, _ = read_workbook(tmp_path / f"master{schema.MERGED_SUFFIX}-2.xlsx")
    assert [data_of(p) for p in again.projects] == [data_of(p) for p in plan.projects]
    # the whole merge again from the original: the previous output is kept as a numbered backup
    first = merged.read_bytes()
    assert main(["merge", str(book), str(filled)]) == 0
    assert (tmp_path / f"master{schema.MERGED_SUFFIX}.1.xlsx").read_bytes() == first


def test_merge_command_default_names_do_not_pile_up(tmp_path: Path) -> None:
    from opplan_xl.commands.merge import default_output

    assert default_output(tmp_path / "plan.xlsx").name == "plan-รวม.xlsx"
    assert default_output(tmp_path / "plan.xlsm").name == "plan-รวม.xlsm", "a macro-enabled master stays one"
    assert default_output(tmp_path / "plan-รวม.xlsx").name == "plan-รวม-2.xlsx"
    assert default_output(tmp_path / "plan-รวม-2.xlsx").name == "plan-รวม-3.xlsx"
    assert default_output(tmp_path / "plan-รวม.xlsm").name == "plan-รวม-2.xlsm"


def _vba_modules(path: Path) -> dict[str, str]:
    from oletools.olevba import VBA_Parser

    parser = VBA_Parser(str(path))
    try:
        return {name: normalized(code) for _, _, name, code in parser.extract_macros()}
    finally:
        parser.close()


def test_merging_into_an_xlsm_master_writes_an_xlsm_with_the_macros_and_ribbon(tmp_path: Path, capsys) -> None:
    from opplan_xl.xlsx.workbook import build_xlsm, write_xlsm

    master_plan = keyed_plan()
    book, _ = write_xlsm(master_plan, tmp_path / "master.xlsm")
    filled = issue_and_fill(master_plan, [row("โครงการ ก", "1500")], tmp_path / "in")
    before = folder_hashes(tmp_path)
    assert main(["merge", str(book), str(filled)]) == 0
    merged = tmp_path / f"master{schema.MERGED_SUFFIX}.xlsm"
    assert str(merged) in capsys.readouterr().out
    after = folder_hashes(tmp_path)
    assert {k: after[k] for k in before} == before and sorted(set(after) - set(before)) == [merged.name]

    fresh = tmp_path / "fresh.xlsm"
    fresh.write_bytes(build_xlsm())
    parts, fresh_parts = zip_parts(merged), zip_parts(fresh)
    for part in ("customUI/customUI14.xml", "customUI/customUI.xml"):
        assert parts[part] == fresh_parts[part], part
    types = parts["[Content_Types].xml"].decode()
    assert "sheet.macroEnabled.main+xml" in types and "application/vnd.ms-office.vbaProject" in types
    ours, theirs = _vba_modules(merged), _vba_modules(fresh)
    assert {n: c for n, c in ours.items() if n.endswith(".bas") or n == "Dictionary.cls"} == {
        n: c for n, c in theirs.items() if n.endswith(".bas") or n == "Dictionary.cls"
    }, "the same VBA as opplan build-workbook"
    wb = openpyxl.load_workbook(merged, keep_vba=True)
    assert wb.sheetnames[-1] == schema.SHEET_MERGE_REPORT
    codenames = [ws.sheet_properties.codeName for ws in wb.worksheets]
    assert len(set(codenames)) == len(codenames)
    assert {f"{c}.cls" for c in codenames} <= set(ours), "every sheet has its document module"
    plan, _ = read_workbook(merged)
    assert [p.name for p in merged_rows(plan)] == ["โครงการ ก"]

    assert main(["merge", str(book), str(filled), "-o", str(tmp_path / "plain.xlsx")]) == 0
    assert "xl/vbaProject.bin" not in zip_parts(tmp_path / "plain.xlsx"), "an .xlsx asked for is an .xlsx"


def _master_with_additions(tmp_path: Path, name: str = "master.xlsx") -> Path:
    """A keyed master to which the officer added a sheet of notes and a หมายเหตุ column next to the projects."""
    book = write_workbook(keyed_plan(), tmp_path / name)
    wb = openpyxl.load_workbook(book)
    wb.create_sheet("บันทึกประชุม")["A1"] = "ประชุมคณะกรรมการ 3 ต.ค."
    ws = wb[schema.SHEET_PROJECTS]
    extra = len(schema.PROJECTS.columns) + 2
    ws.cell(schema.PROJECTS.header_row, extra, "หมายเหตุ")
    ws.cell(schema.PROJECTS.header_row + 1, extra, "รอใบเสนอราคา")
    wb.save(book)
    return book


def test_merge_says_which_sheets_and_columns_of_the_master_are_not_carried_over(tmp_path: Path, capsys) -> None:
    book = _master_with_additions(tmp_path)
    letter = column_letter(len(schema.PROJECTS.columns) + 2)
    filled = issue_and_fill(read_workbook(book)[0], [row("โครงการ ก")], tmp_path / "in")
    before = folder_hashes(tmp_path)
    assert main(["merge", str(book), str(filled)]) == 0
    out = capsys.readouterr().out
    sheet_note = messages.text("W-REBUILD-SHEET", sheet="บันทึกประชุม", book="master.xlsx")
    column_note = messages.text(
        "W-REBUILD-COLUMN", sheet=schema.SHEET_PROJECTS, column=letter, header="หมายเหตุ", book="master.xlsx"
    )
    lines = out.splitlines()
    header = lines.index(messages.text("ui.merge.not_carried"))
    assert lines[header + 1 : header + 3] == ["  " + sheet_note, "  " + column_note]
    assert "ยังมีแผ่นงานนี้อยู่ครบ" in sheet_note and "ยังมีคอลัมน์นี้" in column_note

    merged = tmp_path / f"master{schema.MERGED_SUFFIX}.xlsx"
    wb = openpyxl.load_workbook(merged)
    assert "บันทึกประชุม" not in wb.sheetnames
    report = [[c.value for c in r] for r in wb[schema.SHEET_MERGE_REPORT].iter_rows()]
    kind = messages.text("ui.merge.kind.not_carried")
    assert [r[:5] for r in report if r[2] == kind] == [
        [None, "master.xlsx", kind, "บันทึกประชุม", sheet_note],
        [None, "master.xlsx", kind, f"{schema.SHEET_PROJECTS}!{letter}{schema.PROJECTS.header_row}", column_note],
    ]
    after = folder_hashes(tmp_path)
    assert {k: after[k] for k in before} == before, "the master still has them"
    assert "หมายเหตุ" in [c.value for c in openpyxl.load_workbook(book)[schema.SHEET_PROJECTS][3]]

    assert main(["--lang", "en", "merge", str(book), str(filled), "-o", str(tmp_path / "en.xlsx")]) == 0
    assert 'The sheet "บันทึกประชุม" added to master.xlsx is not in the new workbook' in capsys.readouterr().out


def test_a_master_without_additions_lists_nothing_left_behind(tmp_path: Path, book: Path, capsys) -> None:
    from opplan_xl.xlsx.workbook import write_xlsm

    for master in (book, write_xlsm(keyed_plan(), tmp_path / "m.xlsm")[0]):
        filled = issue_and_fill(read_workbook(master)[0], [row("ก")], tmp_path / "in")
        assert main(["merge", str(master), str(filled)]) == 0
        assert messages.text("ui.merge.not_carried") not in capsys.readouterr().out


def test_merge_command_refuses_to_write_over_the_book(tmp_path: Path, book: Path, capsys) -> None:
    filled = issue_and_fill(read_workbook(book)[0], [row("ก")], tmp_path / "in")
    before = folder_hashes(tmp_path)
    assert main(["merge", str(book), str(filled), "-o", str(book)]) == 2
    assert "ไม่เขียนทับ" in capsys.readouterr().err
    assert folder_hashes(tmp_path) == before


def test_merge_command_exit_codes(tmp_path: Path, book: Path, capsys) -> None:
    master, _ = read_workbook(book)
    good = issue_and_fill(master, [row("ก")], tmp_path / "in", "good.xlsx")
    other = issue_and_fill(keyed_plan("other"), [row("ข")], tmp_path / "in", "other.xlsx")
    bad_rows = issue_and_fill(master, [row("ค", strategy="9")], tmp_path / "in", "bad.xlsx", agency="กรมอื่น")

    assert main(["merge", str(book), str(other)]) == 2  # nothing to merge: nothing written
    out = capsys.readouterr().out
    assert "ไม่รับไฟล์ other.xlsx" in out and "ไม่ได้เขียนไฟล์" in out
    assert not (tmp_path / f"master{schema.MERGED_SUFFIX}.xlsx").exists()

    assert main(["merge", str(book), str(good), str(other), "-o", str(tmp_path / "a.xlsx")]) == 2
    assert [p.name for p in merged_rows(read_workbook(tmp_path / "a.xlsx")[0])] == ["ก"]

    assert main(["merge", str(book), str(bad_rows), "-o", str(tmp_path / "b.xlsx")]) == 1
    assert main(["merge", str(book), str(good), "-o", str(tmp_path / "c.xlsx")]) == 0
    assert main(["merge", str(tmp_path / "nope.xlsx"), str(good)]) == 2


def test_the_printed_report_in_english(tmp_path: Path) -> None:
    master = keyed_plan()
    form = _form(master, [row("ก", "10")], tmp_path)
    lines = report_lines(merge_forms(master, [form], today=TODAY), "en")
    text = "\n".join(lines)
    assert "1 projects received, budget 10.00 baht" in text and "added 1" in text


# ---- the roll-up and the document see the agencies' projects ---------------------------------------------


def test_rollup_counts_merged_projects_under_their_agency_and_as_other_money(tmp_path: Path) -> None:
    master = keyed_plan()
    form = _form(master, [row("ถนน", "4000000"), row("ไฟฟ้า", "1000000.50")], tmp_path)
    plan = _through_file(merge_forms(master, [form], today=TODAY).plan, tmp_path, "m.xlsx")
    r = rollup(plan)
    by_agency = {g.name: (g.projects, g.budget) for g in r.by_agency}
    assert by_agency[AGENCY] == (2, Decimal("5000000.50"))
    assert r.own_vs_other.other.projects == 2 and r.own_vs_other.other.budget == Decimal("5000000.50")
    assert r.own_vs_other.own.projects == len(master.projects)
    by_source = {g.name: g.budget for g in r.by_source}
    assert by_source[schema.SOURCE_OTHER_AGENCY] == Decimal("5000000.50")
    assert any(AGENCY in row_.agencies for row_ in r.rows)
    assert r.total_projects == len(master.projects) + 2


def test_the_document_lists_merged_projects_without_their_provenance(tmp_path: Path) -> None:
    import docx

    from opplan_xl import document

    master = keyed_plan()
    form = _form(master, [row("โครงการถนนของหน่วยงานอื่น", "4000000")], tmp_path)
    plan = merge_forms(master, [form], today=TODAY).plan
    result = document.generate_document(plan, tmp_path / "plan.docx", pdf=False)
    doc = docx.Document(result.paths[0])
    text = "\n".join([p.text for p in doc.paragraphs] + [c.text for t in doc.tables for r in t.rows for c in r.cells])
    assert "โครงการถนนของหน่วยงานอื่น" in text and AGENCY in text
    for hidden in (form.identity.form_id, "returned.xlsx", merged_rows(plan)[0].fingerprint):
        assert hidden not in text
    for key in schema.PROVENANCE_KEYS:
        assert schema.PROJECTS.column(key).header not in text


def test_a_late_older_return_after_an_empty_newer_one_is_refused(tmp_path: Path) -> None:
    from opplan_xl.agency.merge import read_register

    master = keyed_plan()
    old = _form(master, [row("เก่า")], tmp_path, "old.xlsx", issued=ISSUED)
    empty = _form(master, [], tmp_path, "empty.xlsx", issued=LATER)
    first = merge_forms(master, [old, empty], today=TODAY)
    assert merged_rows(first.plan) == []
    back = _through_file(first.plan, tmp_path, "m.xlsx")
    assert read_register(back) == {AGENCY: empty.identity.form_id}
    late = merge_forms(back, [old], today=TODAY)
    assert merged_rows(late.plan) == [] and [r.findings[0].code for r in late.refused] == ["E-FORM-OLDER"]
    garbled = back.model_copy(deep=True)
    garbled.settings.merged_forms = "{not json"
    assert read_register(garbled) == {}


def test_the_register_and_the_key_stay_out_of_forms(tmp_path: Path) -> None:
    master = keyed_plan()
    form = _form(master, [row("ก")], tmp_path)
    plan = merge_forms(master, [form], today=TODAY).plan
    assert plan.settings.merged_forms
    from opplan_xl.agency.form import export_form

    out = export_form(plan, "อีกหน่วยงาน", tmp_path / "next.xlsx", now=LATER).path
    formplan, _ = read_workbook(out)
    assert formplan.settings.merged_forms is None and formplan.settings.plan_key is None


def test_the_demo_step_sends_fills_and_merges_a_form(tmp_path: Path, capsys) -> None:
    from opplan_xl.commands.demo import DemoRun, demo_round_trip, write_sample_workbook

    run = DemoRun(folder=tmp_path, lang="th")
    write_sample_workbook(run)
    sample = run.files["workbook"].read_bytes()
    demo_round_trip(run)
    out = capsys.readouterr().out
    assert run.exit_code == 0, out
    assert "แขวงทางหลวงชนบทพะเยา กรอกแบบฟอร์ม 3 โครงการ" in out and "เพิ่ม 3" in out
    assert run.files["workbook"].read_bytes() == sample
    merged, _ = read_workbook(run.files["merged"])
    rows = merged_rows(merged, "แขวงทางหลวงชนบทพะเยา")
    assert len(rows) == 3 and all(p.source == schema.SOURCE_OTHER_AGENCY for p in rows)
    sample_plan_rows = read_workbook(run.files["workbook"])[0].projects
    assert [data_of(p) for p in own_rows(merged)] == [data_of(p) for p in sample_plan_rows]


def test_a_return_cannot_book_its_projects_as_the_own_budget(tmp_path: Path) -> None:
    """Issue 12 point 2: whatever the source cell says, a form's rows are the agency's money."""
    master = keyed_plan()
    own_before = rollup(master).own_vs_other.own
    form = _form(master, [row("ถนนสายใหม่", "9000000", source=schema.SOURCE_OWN_BUDGET)], tmp_path)
    result = merge_forms(master, [form], today=TODAY)
    assert "W-FORM-SOURCE-OWN" in [f.code for f in result.merged[0].findings]
    plan = _through_file(result.plan, tmp_path, "m.xlsx")
    r = rollup(plan)
    assert r.own_vs_other.own == own_before
    assert r.own_vs_other.other.budget == Decimal("9000000.00")
    # only the officer, in the master, can say otherwise
    merged = next(p for p in plan.projects if p.name == "ถนนสายใหม่")
    merged.funder = schema.FUNDER_OWN
    assert rollup(plan).own_vs_other.own.budget == own_before.budget + Decimal("9000000.00")


def test_a_row_with_errors_is_reported_and_kept_out_never_added_empty(tmp_path: Path) -> None:
    master = keyed_plan()
    first = _form(master, [row("ถนน ก", "1000"), row("ถนน ข", "2000")], tmp_path, "first.xlsx")
    merged = merge_forms(master, [first], today=TODAY).plan
    # the agency sends again: ถนน ข now has a budget that is not a number, and a row of nothing but bad values
    again = _form(
        merged,
        [row("ถนน ก", "1000"), {**row("ถนน ข"), "budget": "สองพัน"}, {"budget": "x", "months": ()}],
        tmp_path,
        "again.xlsx",
        issued=ISSUED.replace(hour=11),
    )
    result = merge_forms(merged, [again], today=TODAY)
    kept_out = [f for f in result.merged[0].findings if f.code == "E-MERGE-ROW-KEPT-OUT"]
    assert len(kept_out) == 2
    rows = [p for p in result.plan.projects if p.is_merged]
    assert [(p.name, p.budget) for p in rows] == [("ถนน ก", Decimal("1000.00")), ("ถนน ข", Decimal("2000.00"))]
    assert all(p.name and p.budget is not None for p in result.plan.projects)


def test_a_form_whose_every_row_is_refused_is_not_called_merged(tmp_path: Path) -> None:
    """Every row with errors: the report says nothing was merged and asks for the form again, never "merged
    already"."""
    from opplan_xl.agency.report import report_lines

    master = keyed_plan()
    bad = _form(master, [{**row("ถนน ก"), "budget": "หนึ่งพัน"}, {**row("ถนน ข"), "budget": "x"}], tmp_path, "bad.xlsx")
    result = merge_forms(master, [bad], today=TODAY)
    assert not result.changed
    text = "\n".join(report_lines(result))
    assert "ยังไม่ได้รวมโครงการใดเลย" in text
    assert "รวมแบบฟอร์มนี้ไว้แล้ว" not in text
