"""Commands as officers meet them (issue 9): forms validated as forms, the agency-form flow, outputs, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from opplan_xl import schema
from opplan_xl.cli import main

from .agency_helpers import issue_and_fill, keyed_plan, row


def _json(capsys: pytest.CaptureFixture[str]) -> dict:
    return json.loads(capsys.readouterr().out)


# ---- point 1: an agency form is validated as a form ---------------------------------------------------------


def test_validate_checks_an_agency_form_as_a_form(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    form = issue_and_fill(keyed_plan(), [row("โครงการ ก"), row("โครงการ ข", location=None)], tmp_path, "returned.xlsx")
    assert main(["validate", str(form), "--json"]) == 1
    found = _json(capsys)["findings"]
    codes = [f["code"] for f in found]
    # the prefilled placeholder rows are not hundreds of errors: one error, for the row the agency left unfinished
    assert codes.count("E-REQUIRED") == 1 and "E-MONTHS-NONE" not in codes
    assert "E-SHEET-MISSING" not in codes
    assert "I-FORM-CHECKED-AS-FORM" in codes
    assert all(f["sheet"] == schema.SHEET_PROJECTS for f in found)


# ---- point 2: the agency-form flow cannot strand forms --------------------------------------------------------


def test_forms_for_several_agencies_from_a_keyless_book_all_merge_into_one_master(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from opplan_xl.agency.sample import fill_form
    from opplan_xl.xlsx.read import read_workbook
    from opplan_xl.xlsx.write import write_workbook

    from .conftest import small_plan

    book = write_workbook(small_plan(), tmp_path / "plan.xlsx")
    master = tmp_path / f"plan{schema.MERGED_SUFFIX}.xlsx"
    filled = []
    for n, agency in enumerate(("อบจ.พะเยา", "แขวงทางหลวงชนบทพะเยา"), 1):
        form = tmp_path / f"form{n}.xlsx"
        assert main(["export-form", str(book), "--agency", agency, "-o", str(form)]) == 0
        assert str(master) in capsys.readouterr().out  # says which file is the master, every time
        filled.append(fill_form(form, [row(f"โครงการของ {agency}")], tmp_path / f"filled{n}.xlsx"))
    key = read_workbook(master)[0].settings.plan_key
    assert key and sorted(p.name for p in tmp_path.iterdir() if "รวม" in p.name) == [master.name]  # not replaced
    out = tmp_path / "merged.xlsx"
    assert main(["merge", str(master), *map(str, filled), "-o", str(out)]) == 0, capsys.readouterr()
    merged = read_workbook(out)[0]
    assert sorted(p.origin_agency for p in merged.projects if p.is_merged) == ["อบจ.พะเยา", "แขวงทางหลวงชนบทพะเยา"]


def test_export_form_never_replaces_a_file_in_the_masters_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from opplan_xl.xlsx.write import write_workbook

    from .conftest import small_plan

    book = write_workbook(small_plan(), tmp_path / "plan.xlsx")
    other = tmp_path / f"plan{schema.MERGED_SUFFIX}.xlsx"
    other.write_bytes(b"the officer's own file")
    assert main(["export-form", str(book), "--agency", "อบจ.พะเยา"]) == 2
    assert other.read_bytes() == b"the officer's own file"
    assert str(other) in capsys.readouterr().err


# ---- point 3: a command never writes over its own input, and writes what its file name says ----------------------


@pytest.fixture
def keyed_book(tmp_path: Path) -> Path:
    from opplan_xl.xlsx.write import write_workbook

    return write_workbook(keyed_plan(), tmp_path / "plan.xlsx")


def _hashes(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def test_merge_o_naming_a_returned_form_is_refused(tmp_path: Path, keyed_book: Path, capsys) -> None:
    form = issue_and_fill(keyed_plan(), [row("โครงการ ก")], tmp_path / "in", "returned.xlsx")
    before = form.read_bytes()
    assert main(["merge", str(keyed_book), str(form), "-o", str(form)]) == 2
    assert form.read_bytes() == before and str(form) in capsys.readouterr().err


def test_export_form_o_naming_the_master_is_refused(tmp_path: Path, keyed_book: Path, capsys) -> None:
    before = keyed_book.read_bytes()
    assert main(["export-form", str(keyed_book), "--agency", "อบจ.พะเยา", "-o", str(keyed_book)]) == 2
    assert keyed_book.read_bytes() == before
    assert "ไฟล์เดียวกับไฟล์ที่อ่าน" in capsys.readouterr().err


@pytest.mark.parametrize("link", ["symlink", "hardlink"])
def test_an_output_that_is_the_input_through_a_link_is_refused(
    tmp_path: Path, keyed_book: Path, link: str, capsys
) -> None:
    alias = tmp_path / "alias.docx"
    if link == "symlink":
        alias.symlink_to(keyed_book)
    else:
        import os

        os.link(keyed_book, alias)
    before = _hashes(tmp_path)
    assert main(["generate", str(keyed_book), "-o", str(alias)]) == 2
    assert _hashes(tmp_path) == before
    assert "ไฟล์เดียวกับไฟล์ที่อ่าน" in capsys.readouterr().err  # not "an unexpected error"


@pytest.mark.parametrize(
    ("command", "out", "suggestion"),
    [
        (["export-form", "{book}", "--agency", "อบจ.พะเยา", "-o"], "form.docx", "form.xlsx"),
        (["merge", "{book}", "{form}", "-o"], "merged.docx", "merged.xlsx"),
        (["generate", "{book}", "-o"], "plan.xlsx", "plan.docx"),
        (["example"], "sample.xlsm", "sample.xlsx"),
    ],
)
def test_an_output_with_the_wrong_extension_is_refused_with_the_right_one(
    tmp_path: Path, keyed_book: Path, command: list[str], out: str, suggestion: str, capsys
) -> None:
    form = issue_and_fill(keyed_plan(), [row("โครงการ ก")], tmp_path / "in", "returned.xlsx")
    args = [a.format(book=keyed_book, form=form) for a in command] + [str(tmp_path / out)]
    before = _hashes(tmp_path)
    assert main(args) == 2
    assert _hashes(tmp_path) == before
    assert suggestion in capsys.readouterr().err


def test_an_existing_folder_as_output_means_write_into_it(tmp_path: Path, keyed_book: Path, capsys) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    assert main(["export-form", str(keyed_book), "--agency", "อบจ.พะเยา", "-o", str(folder)]) == 0
    assert main(["example", str(folder)]) == 0
    assert sorted(p.suffix for p in folder.iterdir()) == [".xlsx", ".xlsx"]
    capsys.readouterr()


def test_generate_o_pdf_makes_the_pdf_and_the_docx_beside_it(tmp_path: Path, keyed_book: Path, capsys) -> None:
    from .helpers import skip_without

    skip_without("writer")
    assert main(["generate", str(keyed_book), "-o", str(tmp_path / "doc.pdf")]) in (0, 1)
    assert (tmp_path / "doc.docx").is_file() and (tmp_path / "doc.pdf").read_bytes()[:5] == b"%PDF-"
    capsys.readouterr()


# ---- point 4: figures are never printed as if they were right when they are not -----------------------------------


def _book_with_errors(tmp_path: Path) -> Path:
    from opplan_xl.xlsx.write import write_workbook

    from .conftest import small_plan

    plan = small_plan()
    plan.projects[0].strategy = "9"  # no such strategy: its budget is in no strategy's total
    plan.projects[1].budget = None
    plan.projects[1].unparsed = {"budget": "หนึ่งแสน"}  # a text budget: counted as nothing
    return write_workbook(plan, tmp_path / "errors.xlsx")


def test_rollup_on_a_plan_with_errors_exits_1_and_says_why_on_stderr(tmp_path: Path, capsys) -> None:
    book = _book_with_errors(tmp_path)
    assert main(["rollup", str(book)]) == 1
    out, err = capsys.readouterr()
    assert "รวมทั้งสิ้น" in out  # the figures are still shown
    assert "ข้อผิดพลาด" in err and "E-STRATEGY-UNKNOWN" not in out


def test_rollup_json_carries_the_findings(tmp_path: Path, capsys) -> None:
    book = _book_with_errors(tmp_path)
    assert main(["rollup", str(book), "--json"]) == 1
    data = _json(capsys)
    codes = {f["code"] for f in data["findings"]}
    assert {"E-STRATEGY-UNKNOWN", "E-BUDGET-NOT-NUMBER"} <= codes
    assert data["counts"]["error"] >= 2 and "total" in data


# ---- point 5: messages that tell the truth ---------------------------------------------------------------------

_ENGLISH = ("Read-only file system", "No space left", "Is a directory", "Permission denied", "Broken pipe", "Errno")


@pytest.mark.parametrize(
    ("errno_name", "words"),
    [
        ("EROFS", "อ่านอย่างเดียว"),
        ("ENOSPC", "พื้นที่ดิสก์เต็ม"),
        ("EISDIR", "เป็นชื่อของโฟลเดอร์"),
        ("EACCES", "โปรแกรมอื่น"),
    ],
)
def test_a_file_system_error_names_the_users_file_in_thai_with_advice_for_its_cause(
    tmp_path: Path, monkeypatch, capsys, errno_name: str, words: str
) -> None:
    import errno
    import os

    import opplan_xl.xlsx.write as write

    target = tmp_path / "plan.xlsx"
    hidden = tmp_path / ".plan.xlsx.k3j9x2ab.tmp"
    error_class = PermissionError if errno_name == "EACCES" else OSError

    def fails(path, data):
        code = getattr(errno, errno_name)
        raise error_class(code, os.strerror(code), str(hidden))

    monkeypatch.setattr(write, "safe_write", fails)
    assert main(["example", str(target)]) == 2
    err = capsys.readouterr().err
    assert str(target) in err and hidden.name not in err
    assert words in err
    assert not any(e in err for e in _ENGLISH), err


def test_a_closed_pipe_ends_the_command_quietly(tmp_path: Path, monkeypatch, capsys) -> None:
    import sys

    from opplan_xl.xlsx.write import write_workbook

    from .conftest import small_plan

    book = write_workbook(small_plan(), tmp_path / "plan.xlsx")

    class ClosedPipe:
        def write(self, text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

        def flush(self) -> None:
            raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(sys, "stdout", ClosedPipe())
    assert main(["rollup", str(book)]) == 141
    assert capsys.readouterr().err == ""


def test_version_and_help_are_thai(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["--version"])
    assert "รุ่น" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "show program's version" not in out and "แสดงรุ่น" in out


def test_an_impossible_date_says_which_part_is_wrong(tmp_path: Path, capsys) -> None:
    from opplan_xl import thai

    assert main(["deadlines", "--announced", "30/2/2569"]) == 2
    assert "30 ก.พ. 2569 ไม่มีในปฏิทิน" in capsys.readouterr().err
    with pytest.raises(thai.ImpossibleDate) as caught:
        thai.parse_date("15/13/2569")
    assert "ไม่มีเดือนที่ 13" in caught.value.reason


def test_an_impossible_date_in_a_cell_is_named_as_such(tmp_path: Path) -> None:
    import openpyxl

    from opplan_xl.parse import parse
    from opplan_xl.xlsx.read import read_raw
    from opplan_xl.xlsx.write import write_workbook

    from .conftest import small_plan

    plan = small_plan()
    book = write_workbook(plan, tmp_path / "plan.xlsx")
    wb = openpyxl.load_workbook(book)
    wb[schema.SHEET_SETTINGS][plan.setting_cell("committee_date")] = "30 ก.พ. 2570"
    wb.save(book)
    _plan, found = parse(read_raw(book))
    (f,) = [f for f in found if f.code == "E-DATE-IMPOSSIBLE"]
    assert "30 ก.พ. 2570 ไม่มีในปฏิทิน" in f.message


def test_a_date_given_on_the_command_line_is_not_said_to_be_in_a_workbook_cell(tmp_path: Path, capsys) -> None:
    from opplan_xl.xlsx.write import write_workbook

    from .conftest import small_plan

    plan = small_plan()
    book = write_workbook(plan, tmp_path / "plan.xlsx")
    assert main(["deadlines", str(book), "--posted", "2026-12-30", "--json"]) == 1
    late = [f for f in _json(capsys)["findings"] if f["code"] == "E-POST-LATE"]
    assert late and late[0]["cell"] == "" and late[0]["sheet"] == ""


def test_lang_en_writes_dates_in_english(capsys) -> None:
    assert main(["--lang", "en", "deadlines", "--announced", "2026-10-07"]) == 0
    out = capsys.readouterr().out
    assert "22 October 2026" in out and "ตุลาคม" not in out


@pytest.mark.parametrize(
    "name", ["อบจ.\x07พะเยา", "อบจ.\u202eพะเยา", "อบจ." + b"\xff\xfe".decode("utf-8", "surrogateescape")]
)
def test_an_agency_name_with_control_characters_or_bad_bytes_is_refused_in_thai(
    tmp_path: Path, keyed_book: Path, name: str, capsys
) -> None:
    assert main(["export-form", str(keyed_book), "--agency", name]) == 2
    err = capsys.readouterr().err
    assert "อักขระควบคุม" in err and "ผิดพลาดที่ไม่คาดคิด" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.xlsx"]


# ---- point 6: progress on long work -----------------------------------------------------------------------


def test_progress_shows_thai_stages_on_a_terminal_and_stays_quiet_otherwise(capsys) -> None:
    import time

    from opplan_xl.progress import Progress, wanted

    shown = Progress("th", enabled=True)
    with shown.stage("ui.progress.pdf"):
        time.sleep(0.6)
    assert list(shown.items([1, 2, 3], "ui.progress.forms")) == [1, 2, 3]
    err = capsys.readouterr().err
    assert "กำลังสร้าง PDF ด้วย LibreOffice" in err and "กำลังอ่านแบบฟอร์มที่ส่งกลับ" in err
    quiet = Progress("th", enabled=False)
    with quiet.stage("ui.progress.pdf"):
        pass
    assert list(quiet.items([1], "ui.progress.forms")) == [1]
    assert capsys.readouterr() == ("", "")
    assert wanted(as_json=True) is False
    assert wanted() is False  # pytest's captured output is not a terminal


def test_generate_reports_its_stages_to_the_progress(tmp_path: Path, keyed_book: Path, monkeypatch, capsys) -> None:
    import opplan_xl.progress as progress

    monkeypatch.setattr(progress, "wanted", lambda as_json=False: True)
    assert main(["generate", str(keyed_book), "-o", str(tmp_path / "doc.docx")]) in (0, 1)
    err = capsys.readouterr().err
    assert "กำลังอ่านสมุดงาน" in err and "กำลังสร้างเอกสาร Word" in err
