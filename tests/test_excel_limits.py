"""Excel's limits a user's text can reach: found by validation with the cell, refused by export-form and the ribbon,
never written by the builders (Excel would "repair" the file: "We found a problem with some content")."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

import openpyxl
import pytest

from opplan_xl import messages, schema
from opplan_xl.agency.form import build_form, export_form
from opplan_xl.agency.identity import Identity
from opplan_xl.cli import main
from opplan_xl.example import sample_plan
from opplan_xl.model import Plan
from opplan_xl.rollup import rollup
from opplan_xl.rules import validate
from opplan_xl.xlsx import limits
from opplan_xl.xlsx.read import read_workbook
from opplan_xl.xlsx.workbook import build_xlsm
from opplan_xl.xlsx.write import write_workbook

from .agency_helpers import AGENCY, keyed_plan
from .helpers import assert_summary_matches, make_book, press

LONG_AREA = "แผนงาน" + "ก" * 300
LONG_AGENCY = "สำนักงาน" + "ข" * 260
NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}


@pytest.fixture(autouse=True)
def _logs_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "appdata"))


def _read_back(plan: Plan, tmp_path: Path) -> tuple[Plan, Path]:
    path = write_workbook(plan, tmp_path / "plan.xlsx")
    back, _ = read_workbook(path)
    return back, path


def _formulas(path: Path) -> list[str]:
    """Every formula text of every sheet, and every defined name's text."""
    out = []
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/sheet"):
                out += [f.text or "" for f in ET.fromstring(z.read(name)).iter(f"{{{NS['m']}}}f")]
        out += [d.text or "" for d in ET.fromstring(z.read("xl/workbook.xml")).iter(f"{{{NS['m']}}}definedName")]
    return out


def _longest_constant(formulas: list[str]) -> int:
    return max((len(m.replace('""', '"')) for f in formulas for m in re.findall(r'"((?:[^"]|"")*)"', f)), default=0)


def test_a_long_plan_area_is_an_error_with_its_cell_and_never_reaches_a_formula(tmp_path: Path) -> None:
    plan = sample_plan()
    plan.projects[3].plan_area = LONG_AREA
    back, path = _read_back(plan, tmp_path)
    found = [f for f in validate(back) if f.code == "E-EXCEL-FORMULA-TEXT"]
    column = back.column_letter(schema.PROJECTS, "plan_area")
    assert [(f.sheet, f.cell) for f in found] == [(schema.PROJECTS.sheet, f"{column}{back.projects[3].row}")]
    assert "255" in found[0].message
    assert _longest_constant(_formulas(path)) <= limits.FORMULA_TEXT
    # the row's numbers are there as values, the rest of ผด.01 stays formulas, and all of it equals rollup()
    assert_summary_matches(openpyxl.load_workbook(path, data_only=True)[schema.SHEET_SUMMARY], rollup(plan))


def test_a_long_strategy_code_is_an_error(tmp_path: Path) -> None:
    plan = sample_plan()
    code = "ยุทธ" * 70
    plan.strategies[0].code = code
    for p in plan.projects:
        if p.strategy == "1":
            p.strategy = code
    back, path = _read_back(plan, tmp_path)
    found = [f for f in validate(back) if f.code == "E-EXCEL-FORMULA-TEXT"]
    assert schema.STRATEGIES.sheet in {f.sheet for f in found} and schema.PROJECTS.sheet in {f.sheet for f in found}
    assert _longest_constant(_formulas(path)) <= limits.FORMULA_TEXT


def test_a_text_at_the_limit_is_fine() -> None:
    plan = sample_plan()
    plan.projects[0].plan_area = "ก" * 255
    assert not [f for f in validate(plan) if f.code == "E-EXCEL-FORMULA-TEXT"]
    plan.projects[0].plan_area = "ก" * 254 + '"'  # a quote is doubled inside a formula: counted on the safe side
    assert [f for f in validate(plan) if f.code == "E-EXCEL-FORMULA-TEXT"]


def test_a_long_agency_name_is_an_error_in_the_list_and_in_a_project(tmp_path: Path) -> None:
    plan = sample_plan()
    plan.extra_list_items[schema.LIST_AGENCIES] = [LONG_AGENCY]
    plan.projects[0].agency = LONG_AGENCY
    found = [f for f in validate(plan) if f.code == "E-EXCEL-FORMULA-TEXT"]
    assert {f.sheet for f in found} == {schema.SHEET_LISTS, schema.PROJECTS.sheet}


def test_export_form_refuses_a_long_agency_in_thai(tmp_path: Path, capsys) -> None:
    book = write_workbook(keyed_plan(), tmp_path / "master.xlsx")
    assert main(["export-form", str(book), "--agency", LONG_AGENCY, "-o", str(tmp_path / "f.xlsx")]) == 2
    assert "255" in capsys.readouterr().err and not (tmp_path / "f.xlsx").exists()
    with pytest.raises(ValueError):
        export_form(keyed_plan(), LONG_AGENCY, tmp_path / "g.xlsx")
    assert not (tmp_path / "g.xlsx").exists()


def test_the_ribbon_refuses_a_long_agency_in_thai(tmp_path: Path) -> None:
    book = make_book(keyed_plan(), tmp_path / "wb")
    book.app.input_text = LONG_AGENCY
    outcome = press(book, "export_form")
    assert outcome.critical
    assert outcome.message == messages.text("E-FORM-AGENCY-TOO-LONG", length=len(LONG_AGENCY), limit=255)
    assert list((tmp_path / "wb").iterdir()) == []


def test_the_form_builder_never_writes_a_long_name_constant() -> None:
    identity = Identity.issue(keyed_plan(), AGENCY)
    build_form(keyed_plan(), identity)  # fits
    with pytest.raises(ValueError):
        build_form(keyed_plan(), Identity.issue(keyed_plan(), LONG_AGENCY))


def test_a_cell_text_over_32767_is_an_error() -> None:
    plan = sample_plan()
    plan.projects[1].activity = "ก" * (limits.CELL_TEXT + 1)
    plan.settings.org_name = "ข" * (limits.CELL_TEXT + 5)
    found = [(f.sheet, f.cell) for f in validate(plan) if f.code == "E-EXCEL-CELL-TEXT"]
    assert (schema.SHEET_SETTINGS, plan.setting_cell("org_name")) in found
    assert any(sheet == schema.PROJECTS.sheet for sheet, _ in found)
    plan.projects[1].activity = "ก" * limits.CELL_TEXT
    plan.settings.org_name = "อบต."
    assert not [f for f in validate(plan) if f.code == "E-EXCEL-CELL-TEXT"]


def _books(tmp_path: Path) -> list[Path]:
    xlsm = tmp_path / "OpPlan.xlsm"
    xlsm.write_bytes(build_xlsm(sample_plan()))
    form = export_form(keyed_plan(), AGENCY, tmp_path / "form.xlsx").path
    return [write_workbook(sample_plan(), tmp_path / "plan.xlsx"), xlsm, form]


def test_sheet_table_and_defined_names_the_builders_write_fit(tmp_path: Path) -> None:
    for path in _books(tmp_path):
        wb = openpyxl.load_workbook(path, keep_vba=False)
        for ws in wb.worksheets:
            assert limits.sheet_name_ok(ws.title), ws.title
            for table in ws.tables.values():
                assert limits.name_ok(table.name), table.name
        for name in wb.defined_names:
            assert limits.name_ok(name), name
        assert _longest_constant(_formulas(path)) <= limits.FORMULA_TEXT


def test_the_name_checks_refuse_what_excel_refuses() -> None:
    assert not limits.sheet_name_ok("ก" * 32) and limits.sheet_name_ok("ก" * 31)
    assert not limits.sheet_name_ok("ผด.01/สรุป") and not limits.sheet_name_ok("'ผด")
    for bad in ("A1", "XFD1048576", "R1C1", "R", "ชื่อ มีช่องว่าง", "1abc", "x" * 256, ""):
        assert not limits.name_ok(bad), bad
    for good in ("cfg_fiscal_year", "tblProjects", "_OpPlanXlwings", "lstAgencies", "ชื่อ.ไทย"):
        assert limits.name_ok(good), good


def test_list_validation_sources_fit(tmp_path: Path) -> None:
    for path in _books(tmp_path):
        with zipfile.ZipFile(path) as z:
            for name in z.namelist():
                if not name.startswith("xl/worksheets/sheet"):
                    continue
                for dv in ET.fromstring(z.read(name)).iter(f"{{{NS['m']}}}dataValidation"):
                    f1 = dv.find("m:formula1", NS)
                    if dv.get("type") == "list" and f1 is not None:
                        assert len(f1.text or "") <= limits.LIST_SOURCE, (path.name, f1.text)
                    prompt = dv.get("prompt") or ""
                    assert len(prompt) <= 255 and len(dv.get("promptTitle") or "") <= 32
