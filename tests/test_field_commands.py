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
