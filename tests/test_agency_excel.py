"""The ribbon's agency buttons against the fake xlwings book: ส่งแบบฟอร์มหน่วยงาน and รวมแบบฟอร์มหน่วยงาน."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from opplan_xl import messages, schema
from opplan_xl.agency.identity import plan_id
from opplan_xl.agency.returned import ReturnedForm, read_form
from opplan_xl.example import synthetic_plan
from opplan_xl.excel.actions import perform, read_plan
from opplan_xl.excel.book import LiveBook
from opplan_xl.model import Plan
from opplan_xl.xlsx.cells import column_letter

from .agency_helpers import AGENCY, ISSUED, KEY, issue_and_fill, keyed_plan, row
from .conftest import small_plan
from .fake_xlwings import FakeBook, Formula
from .helpers import make_book, press

LATER = ISSUED + dt.timedelta(days=2)


@pytest.fixture(autouse=True)
def _logs_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "appdata"))


def live_plan(book: FakeBook) -> Plan:
    return read_plan(LiveBook(book)).plan


def rows_of(book: FakeBook, first: int, last: int) -> list[list[object]]:
    sheet = book.sheet(schema.SHEET_PROJECTS)
    width = len(schema.PROJECTS.columns)
    return [[sheet.cells.get((r, c)) for c in range(1, width + 1)] for r in range(first, last + 1)]


def setting_cell(key: str) -> str:
    index = [s.key for s in schema.SETTINGS].index(key)
    return f"{schema.SETTINGS_VALUE_COL}{schema.SETTINGS_FIRST_ROW + index}"


# ---- ส่งแบบฟอร์มหน่วยงาน -------------------------------------------------------------------------------------


def test_export_form_makes_the_key_and_writes_the_form_beside_the_workbook(tmp_path: Path) -> None:
    book = make_book(small_plan(), tmp_path / "wb")
    book.app.input_text = f"  {AGENCY}  "
    outcome = press(book, "export_form")
    assert not outcome.critical, outcome.message
    key = book.sheet(schema.SHEET_SETTINGS).get(setting_cell("plan_key"))
    assert isinstance(key, str) and len(key) == 32
    form = tmp_path / "wb" / f"แบบฟอร์ม-{AGENCY}-2570.xlsx"
    assert form.exists() and str(form) in outcome.message
    assert "Ctrl+S" in outcome.message  # the new key must be saved
    got = read_form(form, live_plan(book))
    assert isinstance(got, ReturnedForm) and got.identity.plan_id == plan_id(key)
    kind, args = book.app.dialogs[0]
    assert kind == "InputBox" and args["Type"] == 2 and args["Prompt"] == messages.text("xl.form.ask_agency")

    book.app.input_text = "โรงพยาบาลส่งเสริมสุขภาพตำบล"
    again = press(book, "export_form")
    assert not again.critical and "Ctrl+S" not in again.message
    assert book.sheet(schema.SHEET_SETTINGS).get(setting_cell("plan_key")) == key


def test_export_form_cancelled_or_without_a_year(tmp_path: Path) -> None:
    book = make_book(keyed_plan(), tmp_path / "wb")
    before = {name: dict(book.sheet(name).cells) for name in book.sheet_names}
    outcome = press(book, "export_form")  # the input box is cancelled
    assert outcome.message == messages.text("xl.agency.cancelled")
    assert {name: dict(book.sheet(name).cells) for name in book.sheet_names} == before
    assert sorted(p.name for p in (tmp_path / "wb").iterdir()) == []
    plan = keyed_plan()
    plan.settings.fiscal_year = None
    nofy = make_book(plan, tmp_path / "nofy")
    nofy.app.input_text = AGENCY
    outcome = press(nofy, "export_form")
    assert outcome.critical and "ปีงบประมาณ" in outcome.message


def test_export_form_on_a_mac_asks_through_applescript(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import opplan_xl.excel.book as book_module

    asked = []
    monkeypatch.setattr(book_module, "_osascript", lambda script, *args: asked.append(args) or AGENCY)
    book = make_book(keyed_plan(), tmp_path / "wb")
    outcome = press(book, "export_form", platform="darwin")
    assert not outcome.critical and asked and asked[0][0] == messages.text("xl.form.ask_agency")


# ---- รวมแบบฟอร์มหน่วยงาน ---------------------------------------------------------------------------------------


def test_merge_writes_the_agencys_rows_and_leaves_the_officers_alone(tmp_path: Path) -> None:
    plan = keyed_plan()
    book = make_book(plan, tmp_path / "wb")
    sheet = book.sheet(schema.SHEET_PROJECTS)
    budget_col = [c.key for c in schema.PROJECTS.columns].index("budget") + 1
    name_col = [c.key for c in schema.PROJECTS.columns].index("name") + 1
    sheet.cells[(4, budget_col)] = Formula("=150000*3")  # the officer's formula
    sheet.cells[(5, name_col)] = "2569"  # text that Excel would take for a number
    own_before = rows_of(book, 4, 5)
    dde = "=cmd|' /C calc'!A0"
    form = issue_and_fill(plan, [row("โครงการ ก", "1500"), row(dde, "250.50", months=(10, 11))], tmp_path / "in")
    book.app.open_files = (str(form),)

    outcome = press(book, "merge")
    assert not outcome.critical, outcome.message
    assert AGENCY in outcome.message and schema.SHEET_MERGE_REPORT in outcome.message
    assert [a["buttons"] for a in book.app.alerts] == ["ok_cancel", "ok"]  # confirmed, then told
    kind, args = book.app.dialogs[0]
    assert kind == "GetOpenFilename" and args["MultiSelect"] is True and "*.xlsx" in args["FileFilter"]
    assert rows_of(book, 4, 5) == own_before
    assert isinstance(sheet.get(f"{column_letter(budget_col)}4"), Formula)
    merged_name = sheet.get(f"{column_letter(name_col)}7")
    assert merged_name == dde and not isinstance(merged_name, Formula)  # text, never a formula

    live = live_plan(book)
    merged = [p for p in live.projects if p.is_merged]
    assert [p.name for p in merged] == ["โครงการ ก", dde]
    assert merged[1].budget == Decimal("250.50") and merged[1].months == (10, 11)
    assert all(p.origin_agency == AGENCY and p.form_file == form.name for p in merged)
    assert live.settings.merged_forms and AGENCY in live.settings.merged_forms
    report = book.sheet(schema.SHEET_MERGE_REPORT)
    values = set(report.cells.values())
    assert AGENCY in values and form.name in values and messages.text("ui.merge.title") in values


def test_merging_the_same_form_again_changes_no_cell(tmp_path: Path) -> None:
    plan = keyed_plan()
    book = make_book(plan, tmp_path / "wb")
    form = issue_and_fill(plan, [row("โครงการ ก"), row("โครงการ ข")], tmp_path / "in")
    book.app.open_files = (str(form),)
    press(book, "merge")
    after_first = dict(book.sheet(schema.SHEET_PROJECTS).cells)
    outcome = press(book, "merge")
    assert not outcome.critical
    assert dict(book.sheet(schema.SHEET_PROJECTS).cells) == after_first


def test_a_blank_return_says_what_it_did_before_anything_is_written(tmp_path: Path) -> None:
    plan = keyed_plan()
    book = make_book(plan, tmp_path / "wb")
    blank = issue_and_fill(plan, [], tmp_path / "in", "blank.xlsx")
    book.app.open_files = (str(blank),)
    press(book, "merge")
    nothing = messages.text("I-FORM-EMPTY", file="blank.xlsx", agency=AGENCY)
    assert nothing in book.app.alerts[0]["prompt"], "the confirmation says nothing changes"

    form = issue_and_fill(plan, [row("โครงการ ก"), row("โครงการ ข")], tmp_path / "in", issued=ISSUED)
    later = issue_and_fill(plan, [], tmp_path / "in", "blank2.xlsx", issued=LATER)
    book.app.open_files = (str(form),)
    press(book, "merge")
    book.app.open_files = (str(later),)
    book.app.alerts.clear()
    press(book, "merge")
    withdrawn = messages.text("I-FORM-EMPTY-WITHDRAWN", file="blank2.xlsx", agency=AGENCY, n=2)
    assert withdrawn in book.app.alerts[0]["prompt"]
    assert not [p for p in live_plan(book).projects if p.is_merged]


def test_cancel_at_the_confirmation_writes_nothing(tmp_path: Path) -> None:
    plan = keyed_plan()
    book = make_book(plan, tmp_path / "wb")
    form = issue_and_fill(plan, [row("โครงการ ก")], tmp_path / "in")
    book.app.open_files = (str(form),)
    book.app.answers = ["cancel"]
    before = {name: dict(book.sheet(name).cells) for name in book.sheet_names}
    outcome = press(book, "merge")
    assert outcome.message == messages.text("xl.agency.cancelled")
    assert {name: dict(book.sheet(name).cells) for name in book.sheet_names} == before


def test_refused_files_only_change_nothing(tmp_path: Path) -> None:
    book = make_book(keyed_plan(), tmp_path / "wb")
    other = issue_and_fill(keyed_plan("another key"), [row("ก")], tmp_path / "in", "other.xlsx")
    exe = tmp_path / "in" / "x.xlsx"
    exe.write_bytes(b"MZ" + b"\0" * 100)
    book.app.open_files = (str(other), str(exe))
    before = {name: dict(book.sheet(name).cells) for name in book.sheet_names}
    outcome = press(book, "merge")
    assert outcome.critical and "ไม่รับไฟล์ other.xlsx" in outcome.message and "ไม่รับไฟล์ x.xlsx" in outcome.message
    assert {name: dict(book.sheet(name).cells) for name in book.sheet_names} == before


def test_a_conflict_asks_which_version_to_keep(tmp_path: Path) -> None:
    plan = keyed_plan()
    first = issue_and_fill(plan, [row("โครงการ ก", "1000")], tmp_path / "in", "first.xlsx")
    second = issue_and_fill(plan, [row("โครงการ ก", "2000")], tmp_path / "in", "second.xlsx", issued=LATER)
    location_col = column_letter([c.key for c in schema.PROJECTS.columns].index("location") + 1)

    def edited_book(folder: Path) -> FakeBook:
        book = make_book(plan, folder)
        book.app.open_files = (str(first),)
        press(book, "merge")
        book.sheet(schema.SHEET_PROJECTS).cells[(6, [c.key for c in schema.PROJECTS.columns].index("location") + 1)] = (
            "แก้โดยเจ้าหน้าที่"
        )
        book.app.open_files = (str(second),)
        return book

    keep = edited_book(tmp_path / "keep")
    keep.app.answers = ["no", "ok"]
    press(keep, "merge")
    (p,) = [p for p in live_plan(keep).projects if p.is_merged]
    assert p.location == "แก้โดยเจ้าหน้าที่" and p.budget == Decimal("1000.00")
    assert keep.app.alerts[-3]["buttons"] == "yes_no"

    take = edited_book(tmp_path / "take")
    take.app.answers = ["yes", "ok"]
    press(take, "merge")
    (p,) = [p for p in live_plan(take).projects if p.is_merged]
    assert p.budget == Decimal("2000.00") and take.sheet(schema.SHEET_PROJECTS).get(f"{location_col}6") == "หมู่ที่ 1"


def test_the_table_grows_to_hold_the_merged_rows(tmp_path: Path) -> None:
    plan = keyed_plan()
    book = make_book(plan, tmp_path / "wb")
    table = book.sheet(schema.SHEET_PROJECTS).table_objects[schema.PROJECTS.name]
    last_before = int(table.ref.split(":")[1].lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
    many = [row(f"โครงการที่ {i}", str(1000 + i)) for i in range(40)]
    form = issue_and_fill(plan, many, tmp_path / "in")
    book.app.open_files = (str(form),)
    assert not press(book, "merge").critical
    last_after = int(table.ref.split(":")[1].lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
    assert last_after == schema.PROJECTS.header_row + len(plan.projects) + 40 > last_before
    assert len([p for p in live_plan(book).projects if p.is_merged]) == 40


def test_an_older_workbook_without_provenance_columns_is_told_to_rebuild(tmp_path: Path) -> None:
    book = make_book(keyed_plan(), tmp_path / "wb")
    sheet = book.sheet(schema.SHEET_PROJECTS)
    header = schema.PROJECTS.column("origin_agency").header
    ((r, c),) = [k for k, v in sheet.cells.items() if v == header]
    del sheet.cells[(r, c)]
    book.app.open_files = (str(tmp_path / "whatever.xlsx"),)
    outcome = press(book, "merge")
    assert outcome.critical and "build-workbook --from" in outcome.message and header in outcome.message


def test_no_dialog_on_other_platforms(tmp_path: Path) -> None:
    book = make_book(keyed_plan(), tmp_path / "wb")
    outcome = press(book, "merge", platform="linux")
    assert outcome.critical and "opplan merge" in outcome.message


# ---- the call count -----------------------------------------------------------------------------------------


def test_merge_costs_the_same_number_of_excel_calls_for_10_and_5000_projects(tmp_path: Path) -> None:
    counts = {}
    forms_plan = None
    for n in (10, 5000):
        plan = synthetic_plan(n, seed=7)
        plan.settings.plan_key = KEY
        plan.settings.announced_date = None  # before the announcement (after it: tests/test_late_forms.py)
        forms_plan = forms_plan or plan
        book = make_book(plan, tmp_path / f"b{n}")
        form = issue_and_fill(forms_plan, [row("ก"), row("ข"), row("ค")], tmp_path / f"in{n}")
        book.app.open_files = (str(form),)
        book.reset_counts()
        outcome = perform(LiveBook(book, platform="win32"), "merge")
        assert not outcome.critical, outcome.message
        counts[n] = (book.calls, sorted(book.log))
    assert counts[10] == counts[5000]
    assert counts[5000][0] <= 95, counts[5000][0]  # 90 before the wording sheet and the status bar
