"""The ribbon's รายงานผล against the fake xlwings book: it asks the date (the current round offered), reads the
workbook once, writes the report's .xlsx and .docx beside it, says where in Thai, changes nothing in the workbook,
and costs the same number of Excel calls for 10 and for 500 projects."""

from __future__ import annotations

import datetime as dt
import io
import sys
import types
from pathlib import Path

import openpyxl
import pytest

from opplan_xl import messages
from opplan_xl.example import sample_plan, synthetic_plan
from opplan_xl.excel import report as excel_report
from opplan_xl.excel.actions import ACTIONS
from opplan_xl.monitoring.rounds import round_date
from opplan_xl.monitoring.sample import sample_round_date, with_sample_progress
from opplan_xl.versions.sample import with_sample_amendments
from opplan_xl.xlsx.report_book import sheet_names

from .helpers import make_book, press

DOCX = b"PK-a-fake-docx"


@pytest.fixture(autouse=True)
def _logs_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "appdata"))


@pytest.fixture
def docx_calls(monkeypatch: pytest.MonkeyPatch) -> list:
    """``opplan_xl.document.report.report_docx_bytes`` (written on another branch) replaced by a recorder."""
    calls: list = []

    def report_docx_bytes(plan, report) -> bytes:
        calls.append((plan, report))
        return DOCX

    module = types.ModuleType("opplan_xl.document.report")
    module.report_docx_bytes = report_docx_bytes
    monkeypatch.setitem(sys.modules, "opplan_xl.document.report", module)
    return calls


def sample_book(folder: Path, name: str = "12m"):
    return make_book(with_sample_progress(with_sample_amendments(sample_plan()), name), folder)


def asked(book) -> list[dict]:
    return [d[1] for d in book.app.dialogs if d[0] == "InputBox"]


def test_the_button_is_registered() -> None:
    action = ACTIONS["progress_report"]
    assert not action.writes
    assert messages.text(action.title) == "แผนการดำเนินงาน: รายงานผล"


@pytest.mark.parametrize(("answer", "round_name"), [("30 ก.ย. 2570", "12m"), ("12", "12m"), ("6", "6m")])
def test_the_report_is_written_beside_the_workbook(
    tmp_path: Path, docx_calls: list, answer: str, round_name: str
) -> None:
    book = sample_book(tmp_path, "12m")
    before = {name: dict(book.sheet(name).cells) for name in book.sheet_names}
    book.app.input_text = answer
    outcome = press(book, "progress_report")
    assert not outcome.critical, outcome.message
    as_of = sample_round_date(round_name)
    xlsx, docx = (tmp_path / n for n in excel_report.report_names("OpPlan.xlsm", as_of))
    assert xlsx.name == f"OpPlan-รายงานผล-{as_of.year + 543}-{as_of.month:02d}-{as_of.day:02d}.xlsx"
    assert xlsx.exists() and docx.read_bytes() == DOCX
    assert str(xlsx) in outcome.message and str(docx) in outcome.message
    assert outcome.message.startswith("สร้างรายงานผลการดำเนินงาน ณ วันที่")
    [(plan, report)] = docx_calls
    assert report.as_of == as_of and report.round == round_name
    assert len(report.lines) == len(plan.projects) + len(plan.equipment) - sum(
        1 for p in (*plan.projects, *plan.equipment) if p.cancelled_in is not None and p.cancelled_in <= report.version
    )
    wb = openpyxl.load_workbook(io.BytesIO(xlsx.read_bytes()), data_only=True)
    assert wb.sheetnames == sheet_names()
    assert "ตรงกับรายงานนี้ทุกสตางค์" in wb[sheet_names()[0]]["A4"].value
    after = {name: dict(book.sheet(name).cells) for name in book.sheet_names}
    assert after == before, "the button writes nothing into the workbook"


def test_the_input_box_offers_the_current_round(tmp_path: Path, docx_calls: list, monkeypatch) -> None:
    book = sample_book(tmp_path)
    fy = sample_plan().settings.fiscal_year
    six, twelve = round_date(fy, "6m"), round_date(fy, "12m")
    assert excel_report.default_date(fy, six) == six
    assert excel_report.default_date(fy, six - dt.timedelta(days=200)) == six
    assert excel_report.default_date(fy, six + dt.timedelta(days=1)) == twelve
    assert excel_report.default_date(None, six) == six  # no fiscal year: today

    class Today(dt.date):
        @classmethod
        def today(cls):
            return cls(six.year, 1, 15)

    monkeypatch.setattr(excel_report.dt, "date", Today)
    press(book, "progress_report")  # cancelled: nothing answered
    [box] = asked(book)
    assert box["Default"] == f"31 มี.ค. {six.year + 543}"
    assert box["Title"] == messages.text("xl.title.progress_report")
    assert "6 = รอบ 6 เดือน" in box["Prompt"]


def test_cancelled_or_not_a_date(tmp_path: Path, docx_calls: list) -> None:
    book = sample_book(tmp_path)
    assert press(book, "progress_report").message == messages.text("xl.progress_report.cancelled")
    book.app.input_text = "เมื่อวาน"
    outcome = press(book, "progress_report")
    assert outcome.message == messages.text("xl.progress_report.cancelled")
    boxes = asked(book)
    assert len(boxes) == 3 and boxes[-1]["Prompt"].startswith('อ่าน "เมื่อวาน" เป็นวันที่ไม่ได้')
    assert not list(tmp_path.glob("*.xlsx")) and not docx_calls


def test_answers_the_officer_may_type() -> None:
    fy = 2570
    assert excel_report.parse_answer("๓๑ มี.ค. ๒๕๗๐", fy) == dt.date(2027, 3, 31)
    assert excel_report.parse_answer("31/3/2570", fy) == dt.date(2027, 3, 31)
    assert excel_report.parse_answer(" 12 เดือน ", fy) == dt.date(2027, 9, 30)
    assert excel_report.parse_answer("๖", fy) == dt.date(2027, 3, 31)
    assert excel_report.parse_answer("6", None) is None
    assert excel_report.parse_answer("abc", fy) is None


def test_a_plan_without_progress_says_so(tmp_path: Path, docx_calls: list) -> None:
    book = make_book(sample_plan(), tmp_path)
    book.app.input_text = "6"
    outcome = press(book, "progress_report")
    assert "ยังไม่ได้กรอกผลการดำเนินงาน" in outcome.message


def test_without_the_word_report_the_excel_file_is_still_made(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(excel_report, "_docx_writer", lambda: None)
    book = sample_book(tmp_path)
    book.app.input_text = "12"
    outcome = press(book, "progress_report")
    assert not outcome.critical
    assert len(list(tmp_path.glob("*.xlsx"))) == 1 and not list(tmp_path.glob("*.docx"))
    assert messages.text("xl.progress_report.no_docx") in outcome.message


def test_a_second_report_keeps_the_first_as_a_backup(tmp_path: Path, docx_calls: list) -> None:
    book = sample_book(tmp_path)
    book.app.input_text = "12"
    press(book, "progress_report")
    outcome = press(book, "progress_report")
    assert outcome.message.count("เก็บไฟล์เดิมไว้เป็น") == 2


def test_a_workbook_on_onedrive_writes_to_documents(tmp_path: Path, docx_calls: list, monkeypatch) -> None:
    from opplan_xl.xlsx.vba.project import installed_xlwings_version
    from opplan_xl.xlsx.workbook import build_openpyxl

    from .fake_xlwings import FakeBook

    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("USERPROFILE", str(tmp_path / "home"))
    wb = build_openpyxl(sample_plan(), installed_xlwings_version())
    book = FakeBook.from_workbook(wb, "https://contoso-my.sharepoint.com/personal/x/Documents/แผน 2570.xlsm")
    book.app.input_text = "6"
    outcome = press(book, "progress_report")
    target = tmp_path / "home" / "Documents"
    assert outcome.message.startswith("สมุดงานนี้ไม่ได้อยู่ในเครื่อง")
    assert str(target / "แผน 2570-รายงานผล-2570-03-31.xlsx") in outcome.message
    assert (target / "แผน 2570-รายงานผล-2570-03-31.docx").read_bytes() == DOCX


@pytest.mark.parametrize("platform", ["win32"])
def test_calls_do_not_grow_with_the_rows(tmp_path: Path, docx_calls: list, platform: str) -> None:
    counts, logs = {}, {}
    for n in (10, 500):
        plan = with_sample_progress(synthetic_plan(n, seed=3), "12m")
        book = make_book(plan, tmp_path / f"book{n}")
        book.app.input_text = "12"
        outcome = press(book, "progress_report", platform)
        assert not outcome.critical, outcome.message
        counts[n], logs[n] = book.calls, sorted(book.log)
    assert counts[10] == counts[500], counts
    assert logs[10] == logs[500]
    reads = [line for line in logs[500] if line.startswith("Range.value get")]
    assert len(reads) == len(set(reads)), "each sheet is read with one .value"
    assert not [line for line in logs[500] if line.startswith("Range.value set")], "nothing written into the book"
    assert logs[500].count("Application.InputBox") == 1
    print(f"progress_report: {counts[500]} Excel calls for 10 and for 500 projects")
