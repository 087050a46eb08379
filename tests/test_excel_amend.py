"""The ribbon's เปรียบเทียบสมุดงาน (``diff``) and สร้างการแก้ไข/เพิ่มเติม (``amend``) against the fake xlwings book.

The open workbook is NEW (the officer's edited copy), OLD is picked in the Open dialog. Diff lists every difference on
the results sheet with a link to the cell; amend asks kind, event and date (a wrong answer asked again once, then
cancelled), writes the same amendment ``opplan amend`` writes as a new workbook beside the open one, never the open
workbook or OLD. Both cost the same number of Excel calls for 10 and 5,000 projects."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from opplan_xl import messages, schema
from opplan_xl.cli import main
from opplan_xl.example import sample_plan, synthetic_plan
from opplan_xl.excel.actions import ACTIONS
from opplan_xl.excel.amend import amend_output, choose
from opplan_xl.excel.results import RESULTS_FIRST_ROW
from opplan_xl.model import Plan
from opplan_xl.xlsx.read import read_workbook
from opplan_xl.xlsx.write import write_workbook

from .fake_xlwings import FakeBook, Formula
from .helpers import make_book, press

ANSWERS = ["แก้ไขเพิ่มเติม", "3", "12 มี.ค. 2570"]  # kind by name, event by number (โอนงบประมาณ), a Thai date


@pytest.fixture(autouse=True)
def _logs_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "appdata"))


def edited(plan: Plan) -> Plan:
    """The officer's copy: one budget raised, one project's months changed, the last project removed, one added."""
    new = plan.model_copy(deep=True)
    new.projects[0].budget = new.projects[0].budget + Decimal("3000")
    new.projects[1].months = tuple(m for m in schema.FISCAL_MONTHS if m in {1, 2})
    added = new.projects[2].model_copy(deep=True)
    added.name, added.row, added.row_id = "โครงการติดตั้งไฟฟ้าส่องสว่างพลังงานแสงอาทิตย์ หมู่ที่ 9", None, None
    del new.projects[-1]
    new.projects.append(added)
    return new


def setup(tmp_path: Path, plan: Plan | None = None, *, copy: bool = True) -> tuple[FakeBook, Path, Plan, Plan]:
    from opplan_xl.versions.ids import with_ids

    # NEW is the officer's copy of OLD's file: the same row ids (every workbook the program writes has them);
    # ``copy=False``: two workbooks written separately, whose ids have nothing in common
    old = with_ids(plan or sample_plan()) if copy else (plan or sample_plan())
    new = edited(old)
    old_path = write_workbook(old, tmp_path / "announced" / "แผน2570.xlsx")
    book = make_book(new, tmp_path / "work", name="แผน2570-แก้.xlsm")
    book.app.open_files = (str(old_path),)  # what GetOpenFilename gives for one file with MultiSelect
    return book, old_path, old, new


def snapshot(book: FakeBook) -> dict[str, dict]:
    return {name: dict(book.sheet(name).cells) for name in book.sheet_names}


def results_lines(book: FakeBook) -> list[list[object]]:
    sheet = book.sheet(schema.SHEET_RESULTS)
    last = max(r for r, _ in sheet.cells)
    return [[sheet.cells.get((r, c)) for c in range(1, 6)] for r in range(RESULTS_FIRST_ROW, last + 1)]


def test_the_buttons_are_registered() -> None:
    assert messages.text(ACTIONS["diff"].title) == "แผนการดำเนินงาน: เปรียบเทียบสมุดงาน"
    assert messages.text(ACTIONS["amend"].title) == "แผนการดำเนินงาน: สร้างการแก้ไข/เพิ่มเติม"
    assert not ACTIONS["amend"].writes, "amend writes a new workbook, not this one"


# ------------------------------------------------------------------------------------------------------ diff


def test_diff_lists_every_difference_with_a_link_to_its_cell(tmp_path: Path) -> None:
    book, _, old, new = setup(tmp_path)
    before = {k: v for k, v in snapshot(book).items() if k != schema.SHEET_RESULTS}
    outcome = press(book, "diff")
    assert not outcome.critical, outcome.message
    assert outcome.message.startswith("เปรียบเทียบกับ แผน2570.xlsx แล้ว: เพิ่ม 1 แก้ไข 2 ลบ/ยกเลิก 1 รายการ")
    [(kind, kwargs)] = book.app.dialogs
    assert kind == "GetOpenFilename" and "แผนเดิม" in kwargs["Title"]
    lines = results_lines(book)
    assert "แผน2570.xlsx" in lines[0][0] and "เพิ่ม 1 แก้ไข 2 ลบ/ยกเลิก 1" in lines[0][0]
    codes = [row[4] for row in lines if row[4]]
    months = set(old.projects[1].months) ^ set(new.projects[1].months)
    assert codes.count("I-DIFF-CHANGED") == 1 + len(months), "the budget, and each month that changed"
    assert codes.count("I-DIFF-ADDED") == 1 and codes.count("I-DIFF-REMOVED") == 1
    budget = next(row for row in lines if row[4] == "I-DIFF-CHANGED" and "งบประมาณ" in row[3])
    cell = new.cell(schema.PROJECTS, "budget", new.projects[0].row)
    assert isinstance(budget[2], Formula) and f"!{cell}" in budget[2] and schema.SHEET_PROJECTS in budget[2]
    assert "497,000.00" in budget[3] and "500,000.00" in budget[3]
    removed = next(row for row in lines if row[4] == "I-DIFF-REMOVED")
    assert removed[2] is None and old.projects[-1].name[:20] in removed[3] and "แผน2570.xlsx" in removed[3]
    assert {k: v for k, v in snapshot(book).items() if k != schema.SHEET_RESULTS} == before, "no data cell written"
    assert book.sheet(schema.SHEET_RESULTS).activated == 1


def test_diff_of_the_same_plan_says_so(tmp_path: Path) -> None:
    old_path = write_workbook(sample_plan(), tmp_path / "a" / "แผน.xlsx")
    book = make_book(sample_plan(), tmp_path / "b")
    book.app.open_files = [str(old_path)]
    outcome = press(book, "diff")
    assert outcome.message == messages.text("xl.diff.none", old="แผน.xlsx")
    assert "0" in results_lines(book)[0][0]


def test_diff_refuses_the_open_workbook_itself_and_several_files(tmp_path: Path) -> None:
    book, old_path, _, _ = setup(tmp_path)
    book.app.open_files = [book.fullname]
    outcome = press(book, "diff")
    assert outcome.critical and "สมุดงานที่เปิดอยู่นี้เอง" in outcome.message
    book.app.open_files = [str(old_path), str(old_path)]
    outcome = press(book, "diff")
    assert outcome.critical and "ครั้งละหนึ่งไฟล์" in outcome.message


def test_an_unreadable_old_file_is_a_thai_message_naming_it(tmp_path: Path) -> None:
    book, _, _, _ = setup(tmp_path)
    bad = tmp_path / "announced" / "เสีย.xlsx"
    bad.write_bytes(b"not a workbook at all")
    book.app.open_files = [str(bad)]
    outcome = press(book, "diff")
    assert outcome.critical and outcome.message.startswith("อ่านสมุดงานแผนเดิม เสีย.xlsx ไม่ได้")
    assert "ผิดพลาดที่ไม่คาดคิด" not in outcome.message


@pytest.mark.parametrize("tag", ["diff", "amend"])
def test_cancelled_dialog_or_no_dialog(tmp_path: Path, tag: str) -> None:
    book, _, _, _ = setup(tmp_path)
    book.app.open_files = False
    assert press(book, tag).message == messages.text("xl.amend.cancelled")
    outcome = press(book, tag, platform="linux")
    assert outcome.critical and outcome.message == messages.text("xl.merge.no_dialog")
    assert sorted(p.name for p in (tmp_path / "work").iterdir()) == []


# ----------------------------------------------------------------------------------------------------- amend


def test_amend_writes_what_opplan_amend_writes_beside_the_open_workbook(tmp_path: Path) -> None:
    book, old_path, _, new = setup(tmp_path)
    old_bytes = old_path.read_bytes()
    before = snapshot(book)
    book.app.input_text = list(ANSWERS)
    outcome = press(book, "amend")
    assert not outcome.critical, outcome.message
    out = tmp_path / "work" / "แผน2570-แก้ไขเพิ่มเติมครั้งที่1.xlsm"
    assert out.exists() and str(out) in outcome.message
    assert outcome.message.startswith("สร้างการแก้ไขเพิ่มเติม ครั้งที่ 1 แล้ว: เพิ่ม 1 แก้ไข 2 ยกเลิก 1 รายการ")
    assert old_path.read_bytes() == old_bytes and snapshot(book) == before, "neither OLD nor the open book written"
    prompts = [d[1]["Prompt"] for d in book.app.dialogs if d[0] == "InputBox"]
    assert len(prompts) == 3 and "1. เพิ่มเติม" in prompts[0] and "3. โอนงบประมาณ" in prompts[1]

    # the same amendment as the command line's, from the same two workbooks
    new_path = write_workbook(new, tmp_path / "cli" / "new.xlsx")
    cli_out = tmp_path / "cli" / "cli.xlsm"
    assert main(["amend", str(old_path), str(new_path), "--kind", "แก้ไขเพิ่มเติม", "--event", "โอนงบประมาณ",
                 "--event-date", "2027-03-12", "-o", str(cli_out)]) == 0  # fmt: skip
    ribbon, _ = read_workbook(out)
    cli, _ = read_workbook(cli_out)
    [amendment] = ribbon.amendments
    assert (amendment.number, amendment.kind, amendment.event) == (1, "แก้ไขเพิ่มเติม", "โอนงบประมาณ")
    assert amendment.event_date == dt.date(2027, 3, 12)
    assert [a.model_dump(exclude={"row"}) for a in ribbon.amendments] == [
        a.model_dump(exclude={"row"}) for a in cli.amendments
    ]
    assert [(c.row_id, c.field, c.old, c.new) for c in ribbon.history] == [
        (c.row_id, c.field, c.old, c.new) for c in cli.history
    ]
    assert [(p.row_id, p.name, p.budget, p.months, p.added_in, p.cancelled_in) for p in ribbon.projects] == [
        (p.row_id, p.name, p.budget, p.months, p.added_in, p.cancelled_in) for p in cli.projects
    ]
    assert ribbon.projects[-2].cancelled_in == 1 and ribbon.projects[-1].added_in == 1


def test_a_wrong_answer_is_asked_again_once_then_cancelled(tmp_path: Path) -> None:
    book, _, _, _ = setup(tmp_path)
    book.app.input_text = ["แก้", "ไม่รู้"]
    assert press(book, "amend").message == messages.text("xl.amend.cancelled")
    prompts = [d[1]["Prompt"] for d in book.app.dialogs if d[0] == "InputBox"]
    assert len(prompts) == 2 and prompts[1].startswith('"ไม่รู้"') is False and prompts[1].startswith('"แก้"')
    book.app.input_text = ["9", "แก้ไข", "อื่น ๆ", "ไม่ใช่วันที่", "2027-03-12"]  # 9: no such kind; asked again
    outcome = press(book, "amend")
    assert not outcome.critical, outcome.message
    out = tmp_path / "work" / "แผน2570-แก้ไขเพิ่มเติมครั้งที่1.xlsm"
    plan, _ = read_workbook(out)
    assert (plan.amendments[0].kind, plan.amendments[0].event) == ("แก้ไข", "อื่น ๆ")
    assert plan.amendments[0].event_date == dt.date(2027, 3, 12)
    mismatch = "W-AMEND-KIND-MISMATCH"
    assert messages.text(mismatch).split("{")[0][:15] in outcome.message, "แก้ไข may not add rows: said at once"
    assert "คำเตือน" in outcome.message


def test_nothing_is_written_when_a_row_cannot_be_matched(tmp_path: Path) -> None:
    old = sample_plan()
    old.projects[1].name = old.projects[0].name  # two old rows with one name, both edited in the copy
    old.projects[1].source = old.projects[0].source
    book, _, _, _ = setup(tmp_path, old, copy=False)
    book.app.input_text = list(ANSWERS)
    outcome = press(book, "amend")
    assert outcome.critical and outcome.message.startswith("ยังสร้างการแก้ไขไม่ได้")
    assert "เปรียบเทียบสมุดงาน" in outcome.message
    assert not [d for d in book.app.dialogs if d[0] == "InputBox"], "nothing asked when nothing can be made"
    assert sorted(p.name for p in (tmp_path / "work").iterdir()) == []
    outcome = press(book, "diff")
    assert outcome.critical and "E-DIFF-AMBIGUOUS" in [row[4] for row in results_lines(book)]


def test_no_difference_no_amendment(tmp_path: Path) -> None:
    old_path = write_workbook(sample_plan(), tmp_path / "a" / "แผน.xlsx")
    book = make_book(sample_plan(), tmp_path / "b")
    book.app.open_files = [str(old_path)]
    book.app.input_text = list(ANSWERS)
    assert press(book, "amend").message == messages.text("xl.amend.nothing", old="แผน.xlsx")
    assert sorted(p.name for p in (tmp_path / "b").iterdir()) == []


def test_the_output_never_is_the_open_workbook_or_old(tmp_path: Path) -> None:
    folder = tmp_path
    old = str(folder / "แผน.xlsm")
    first = folder / "แผน-แก้ไขเพิ่มเติมครั้งที่2.xlsm"
    assert amend_output(folder, old, 2, (old,)) == first
    assert amend_output(folder, old, 2, (str(first), old)) == folder / "แผน-แก้ไขเพิ่มเติมครั้งที่2-2.xlsm"


def test_an_existing_output_is_kept_as_a_backup(tmp_path: Path) -> None:
    book, _, _, _ = setup(tmp_path)
    out = tmp_path / "work" / "แผน2570-แก้ไขเพิ่มเติมครั้งที่1.xlsm"
    out.write_bytes(b"an earlier try")
    book.app.input_text = list(ANSWERS)
    outcome = press(book, "amend")
    assert "เก็บไฟล์เดิมไว้เป็น" in outcome.message
    assert b"an earlier try" in [p.read_bytes() for p in (tmp_path / "work").iterdir() if p != out]


def test_choices_by_name_or_number() -> None:
    assert choose(" 2 ", schema.AMENDMENT_TYPES) == schema.AMENDMENT_TYPES[1]
    assert choose("อื่นๆ", schema.AMENDMENT_EVENTS) == "อื่น ๆ"
    assert choose("0", schema.AMENDMENT_TYPES) is None and choose("แก้", schema.AMENDMENT_TYPES) is None


# ------------------------------------------------------------------------------------------------ call count


@pytest.fixture(scope="module")
def big_and_small(tmp_path_factory: pytest.TempPathFactory) -> dict[int, tuple[Path, Plan]]:
    folder = tmp_path_factory.mktemp("amend-books")
    out = {}
    for n in (10, 5000):
        plan = synthetic_plan(n, seed=11)
        out[n] = (write_workbook(plan, folder / f"old{n}" / "แผน.xlsx"), plan)
    return out


@pytest.mark.parametrize("tag", ["diff", "amend"])
def test_calls_do_not_grow_with_the_rows(tmp_path: Path, big_and_small, tag: str) -> None:
    counts, logs = {}, {}
    for n, (old_path, plan) in big_and_small.items():
        book = make_book(edited(plan), tmp_path / str(n))
        book.app.open_files = [str(old_path)]
        book.app.input_text = list(ANSWERS)
        book.reset_counts()
        outcome = press(book, tag)
        assert not outcome.critical, outcome.message
        assert tag == "diff" or (tmp_path / str(n) / "แผน-แก้ไขเพิ่มเติมครั้งที่1.xlsm").exists()
        counts[n], logs[n] = book.calls, sorted(book.log)
    assert counts[10] == counts[5000], counts
    assert logs[10] == logs[5000]
    reads = [line for line in logs[5000] if line.startswith("Range.value get")]
    assert len(reads) == len(set(reads)), "each sheet is read with one .value"
    print(f"{tag}: {counts[5000]} Excel calls for 10 and for 5,000 projects")


def test_every_prompt_fits_excels_input_box(tmp_path: Path) -> None:
    book, _, _, _ = setup(tmp_path)
    long = "ก" * 300
    book.app.input_text = ["3", long, long]
    assert press(book, "amend").message == messages.text("xl.amend.cancelled")
    book.app.input_text = ["3", "3", long, long]
    press(book, "amend")
    prompts = [d[1]["Prompt"] for d in book.app.dialogs if d[0] == "InputBox"]
    assert len(prompts) == 7 and max(len(p) for p in prompts) <= 255, [len(p) for p in prompts]


def test_a_workbook_on_onedrive_gets_its_amendment_in_documents(tmp_path: Path, monkeypatch) -> None:
    from opplan_xl.xlsx.vba.project import installed_xlwings_version
    from opplan_xl.xlsx.workbook import build_openpyxl

    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("USERPROFILE", str(tmp_path / "home"))
    old_path = write_workbook(sample_plan(), tmp_path / "announced" / "แผน 2570.xlsx")
    wb = build_openpyxl(edited(sample_plan()), installed_xlwings_version())
    book = FakeBook.from_workbook(wb, "https://contoso-my.sharepoint.com/personal/x/Documents/แผน 2570-แก้.xlsm")
    book.app.open_files = [str(old_path)]
    book.app.input_text = list(ANSWERS)
    outcome = press(book, "amend")
    out = tmp_path / "home" / "Documents" / "แผน 2570-แก้ไขเพิ่มเติมครั้งที่1.xlsm"
    assert not outcome.critical and str(out) in outcome.message and out.exists()
