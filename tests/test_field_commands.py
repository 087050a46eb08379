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
