"""Form titles come from the settings, with the standard titles as defaults (issue 3)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import openpyxl

from opplan_xl import schema
from opplan_xl.document import generate_document
from opplan_xl.xlsx.read import read_workbook
from opplan_xl.xlsx.write import workbook_bytes, write_workbook

from .conftest import small_plan


def test_default_and_custom_titles() -> None:
    plan = small_plan()
    assert plan.settings.form_title("summary") == schema.FORM_TITLES["summary"]
    plan.settings.title_projects = "  บัญชีโครงการพัฒนา  "
    assert plan.settings.form_title("projects") == "บัญชีโครงการพัฒนา"
    plan.settings.title_projects = " "
    assert plan.settings.form_title("projects") == schema.FORM_TITLES["projects"]


def test_titles_round_trip_through_the_workbook(tmp_path: Path) -> None:
    plan = small_plan()
    plan.settings.title_equipment = "บัญชีครุภัณฑ์ ปี 2570"
    plan2, _findings = read_workbook(write_workbook(plan, tmp_path / "t.xlsx"))
    assert plan2.settings.title_equipment == "บัญชีครุภัณฑ์ ปี 2570"
    assert plan2.settings.title_summary is None  # left empty: the standard title applies
    assert plan2.settings.form_title("summary") == schema.FORM_TITLES["summary"]
    ws = openpyxl.load_workbook(io.BytesIO(workbook_bytes(plan)))[schema.SHEET_SUMMARY]
    assert "cfg_title_summary" in ws["A2"].value


def _document_text(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read("word/document.xml").decode("utf-8")


def test_the_document_prints_the_titles_from_the_settings(tmp_path: Path) -> None:
    plan = small_plan()
    plan.settings.title_summary = "สรุปโครงการและงบประมาณตามยุทธศาสตร์"
    result = generate_document(plan, tmp_path / "plan.docx")
    xml = _document_text(result.docx)
    assert "สรุปโครงการและงบประมาณตามยุทธศาสตร์" in xml
    assert schema.FORM_TITLES["summary"] not in xml
    assert schema.FORM_TITLES["projects"] in xml
