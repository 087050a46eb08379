"""``opplan report`` as an officer runs it: the rounds, the files beside the workbook, mistakes, JSON."""

from __future__ import annotations

import json
import zipfile

import pytest

from opplan_xl.cli import main
from opplan_xl.example import sample_plan
from opplan_xl.monitoring.sample import with_sample_progress
from opplan_xl.versions.sample import with_sample_amendments
from opplan_xl.xlsx.write import write_workbook


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    folder = tmp_path_factory.mktemp("report")
    return write_workbook(with_sample_progress(with_sample_amendments(sample_plan()), "6m"), folder / "แผน.xlsx")


def test_the_six_month_report_is_written_beside_the_workbook(book, capsys):
    before = book.read_bytes()
    assert main(["report", str(book), "--round", "6m", "--no-charts"]) == 0
    out = capsys.readouterr().out
    docx = book.with_name("รายงานผลการดำเนินงาน-รอบ6เดือน-2570.docx")
    xlsx = docx.with_suffix(".xlsx")
    assert docx.exists() and xlsx.exists()
    assert zipfile.is_zipfile(docx) and zipfile.is_zipfile(xlsx)
    assert "ตรวจยอดแล้ว" in out
    assert book.read_bytes() == before, "the workbook is never changed"
    # a second run keeps the first files as numbered backups
    assert main(["report", str(book), "--round", "6m", "--no-charts"]) == 0
    assert docx.with_name(docx.stem + ".1.docx").exists()


def test_the_json_has_the_figures_and_the_follow_up_list(book, capsys):
    assert main(["report", str(book), "--as-of", "31 มี.ค. 2570", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["round"] == "6m" and data["as_of"] == "2027-03-31"
    assert data["reconciliation"]["ok"] is True
    assert data["version"] == 2
    assert "follow_up" in data and data["counts"]["error"] == 0


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["--as-of", "วันพรุ่งนี้"], "อ่านวันที่"),
        (["--as-of", "2028-01-15"], "ไม่อยู่ในปีงบประมาณ"),
        (["--round", "6m", "-o", "รายงาน.pdf"], ".docx"),
    ],
)
def test_officer_mistakes_get_a_thai_message_and_nothing_is_written(book, tmp_path, capsys, argv, words):
    argv = [a if a != "รายงาน.pdf" else str(tmp_path / a) for a in argv]
    assert main(["report", str(book), *argv]) == 2
    err = capsys.readouterr().err
    assert words in err
    assert not list(tmp_path.iterdir())


def test_the_output_can_never_be_the_workbook(book, capsys):
    target = book.with_suffix(".docx")  # its .xlsx twin would be the workbook itself
    assert main(["report", str(book), "--round", "6m", "-o", str(target)]) == 2
    assert not target.exists()


def test_a_report_as_at_a_date_before_a_disbursement_is_an_error(book, capsys):
    # the 6-month progress has disbursements dated in March: a report as at 1 March sees them in its future
    assert main(["report", str(book), "--as-of", "2027-03-01", "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["counts"]["error"] > 0


def test_a_progress_error_does_not_mark_the_plans_document_as_having_errors(tmp_path, capsys):
    plan = with_sample_progress(with_sample_amendments(sample_plan()), "6m")
    plan.projects[0].disbursed = plan.projects[0].budget * 2  # a typo in the progress, not in the plan
    book = write_workbook(plan, tmp_path / "แผน.xlsx")
    assert main(["validate", str(book)]) == 1
    capsys.readouterr()
    assert main(["generate", str(book)]) == 0
