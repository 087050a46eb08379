"""The agency form: macro-free, the master's columns and drop-downs, prefilled agency, a signed hidden identity."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import openpyxl
import pytest

from opplan_xl import libreoffice, schema
from opplan_xl.agency.form import FORM_PROJECTS, build_form, export_form, form_bytes
from opplan_xl.agency.identity import NAMES, Identity, identity_from_names, read_defined_names
from opplan_xl.agency.returned import ReturnedForm, read_form
from opplan_xl.cli import main
from opplan_xl.xlsx.read import read_workbook
from opplan_xl.xlsx.write import write_workbook

from .agency_helpers import AGENCY, ISSUED, KEY, issue_and_fill, keyed_plan, row
from .conftest import small_plan


@pytest.fixture
def form(tmp_path: Path) -> Path:
    return export_form(keyed_plan(), AGENCY, tmp_path / "form.xlsx", now=ISSUED).path


def test_form_is_macro_free_and_has_no_links(form: Path) -> None:
    with zipfile.ZipFile(form) as z:
        names = z.namelist()
        types = z.read("[Content_Types].xml")
    assert not [n for n in names if "vba" in n.lower() or "externallink" in n.lower() or "customui" in n.lower()]
    assert b"macroEnabled" not in types
    assert b"spreadsheetml.sheet.main+xml" in types


def test_sheets_and_the_instructions(form: Path) -> None:
    wb = openpyxl.load_workbook(form)
    assert wb.sheetnames == [
        schema.SHEET_FORM_HELP,
        schema.SHEET_PROJECTS,
        schema.SHEET_STRATEGIES,
        schema.SHEET_SETTINGS,
        schema.SHEET_LISTS,
    ]
    assert wb.active.title == schema.SHEET_FORM_HELP
    text = "\n".join(str(c.value) for c in wb[schema.SHEET_FORM_HELP]["B"] if c.value)
    assert AGENCY in text and "2570" in text and "หนองบัวแก้ว" in text and "ข้อ ๒๖ (๑)" in text
    for name in (schema.SHEET_FORM_HELP, schema.SHEET_STRATEGIES, schema.SHEET_SETTINGS, schema.SHEET_LISTS):
        assert wb[name].protection.sheet, name
    assert not wb[schema.SHEET_PROJECTS].protection.sheet  # the table must be able to grow


def test_projects_table_has_the_masters_data_columns_only(form: Path) -> None:
    ws = openpyxl.load_workbook(form)[schema.SHEET_PROJECTS]
    headers = [c.value for c in ws[schema.PROJECTS.header_row] if c.value]
    wanted = [c.header for c in schema.PROJECTS.columns if c.key in schema.PROJECT_DATA_KEYS and c.key != "funder"]
    assert headers == wanted  # the own/other column is the officer's, in the master
    provenance = {schema.PROJECTS.column(k).header for k in schema.PROVENANCE_KEYS}
    assert not provenance & set(headers) and schema.STATUS_COLUMN.header not in headers
    table = ws.tables[schema.PROJECTS.name]
    assert table.ref.startswith(f"A{schema.PROJECTS.header_row}:")


def test_drop_downs_are_this_plans_lists(form: Path) -> None:
    plan = keyed_plan()
    wb = openpyxl.load_workbook(form)
    ws = wb[schema.SHEET_PROJECTS]
    lists = {dv.formula1: dv for dv in ws.data_validations.dataValidation if dv.type == "list"}
    for column in FORM_PROJECTS.columns:
        if column.list_name:
            assert column.list_name in lists, column.key
    assert lists[schema.LIST_AGENCIES].errorStyle == "stop"

    def items(name: str) -> list[str]:
        dn = wb.defined_names[name]
        ((sheet, ref),) = list(dn.destinations)
        return [c.value for row_ in wb[sheet][ref.replace("$", "")] for c in row_]

    assert items(schema.LIST_AGENCIES) == [AGENCY]
    assert items(schema.LIST_PLAN_AREAS) == list(plan.list_items(schema.LIST_PLAN_AREAS))
    codes = [v for v in items(schema.LIST_STRATEGY_CODES) if v is not None]
    assert [str(c) for c in codes] == [s.code for s in plan.strategies]


def test_agency_and_source_are_filled_in(form: Path) -> None:
    ws = openpyxl.load_workbook(form)[schema.SHEET_PROJECTS]
    cols = {c.key: i for i, c in enumerate(FORM_PROJECTS.columns, 1)}
    first = schema.PROJECTS.header_row + 1
    table_last = int(ws.tables[schema.PROJECTS.name].ref.split(":")[1].lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
    assert table_last - first + 1 >= schema.FORM_ROWS
    for r in range(first, table_last + 1):
        assert ws.cell(r, cols["agency"]).value == AGENCY
        assert ws.cell(r, cols["source"]).value == schema.SOURCE_OTHER_AGENCY
        assert ws.cell(r, cols["name"]).value is None


def test_identity_is_hidden_signed_and_the_key_never_leaves_the_master(form: Path) -> None:
    wb = openpyxl.load_workbook(form)
    for name in NAMES.values():
        assert wb.defined_names[name].hidden
    with zipfile.ZipFile(form) as z:
        names = read_defined_names(z.read("xl/workbook.xml"))
        everything = b"".join(z.read(n) for n in z.namelist())
    ident = identity_from_names(names)
    assert ident is not None and ident.agency == AGENCY and ident.verify(KEY)
    assert KEY.encode() not in everything
    ws = wb[schema.SHEET_SETTINGS]
    index = [s.key for s in schema.SETTINGS].index("plan_key")
    r = schema.SETTINGS_FIRST_ROW + index
    assert ws[f"A{r}"].value == schema.SETTINGS_BY_KEY["plan_key"].label  # the row is there, hidden and empty
    assert ws.row_dimensions[r].hidden and ws[f"B{r}"].value is None


def test_same_identity_same_bytes() -> None:
    plan = keyed_plan()
    ident = Identity.issue(plan, AGENCY, ISSUED)
    assert form_bytes(plan, ident) == form_bytes(plan, ident)
    assert build_form(plan, ident).active.title == schema.SHEET_FORM_HELP


def test_a_blank_returned_form_has_no_projects(form: Path) -> None:
    got = read_form(form, keyed_plan())
    assert isinstance(got, ReturnedForm)
    assert got.projects == [] and got.findings == [] and got.notes == []


def test_filling_a_form_writes_atomically_and_keeps_the_previous_file(form: Path, tmp_path: Path) -> None:
    from opplan_xl.agency.sample import fill_form

    out = tmp_path / "filled.xlsx"
    fill_form(form, [row("โครงการแรก")], out)
    first = out.read_bytes()
    assert fill_form(form, [row("โครงการที่สอง")], out) == out
    backup = tmp_path / "filled.1.xlsx"
    assert backup.read_bytes() == first, "the previous file is kept as a numbered backup"
    got = read_form(out, keyed_plan())
    assert isinstance(got, ReturnedForm) and [p.name for p in got.projects] == ["โครงการที่สอง"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["filled.1.xlsx", "filled.xlsx", "form.xlsx"]


def test_the_form_reads_as_a_standard_workbook(form: Path) -> None:
    plan, findings = read_workbook(form)
    assert plan.settings.org_name == "หนองบัวแก้ว" and plan.settings.plan_key is None
    assert [s.code for s in plan.strategies] == ["1", "2"]
    assert {f.code for f in findings} <= {"E-SHEET-MISSING"}  # no equipment sheet in a form


# ---- the command -------------------------------------------------------------------------------


def test_export_form_command_on_a_keyed_master(tmp_path: Path, capsys) -> None:
    book = write_workbook(keyed_plan(), tmp_path / "plan.xlsx")
    before = book.read_bytes()
    out = tmp_path / "f.xlsx"
    assert main(["export-form", str(book), "--agency", f"  {AGENCY} ", "-o", str(out)]) == 0
    assert book.read_bytes() == before
    assert AGENCY in capsys.readouterr().out
    got = read_form(out, read_workbook(book)[0])
    assert isinstance(got, ReturnedForm) and got.identity.agency == AGENCY
    assert sorted(p.name for p in tmp_path.iterdir()) == ["f.xlsx", "plan.xlsx"]


def test_export_form_command_on_a_master_without_key_writes_a_keyed_copy(tmp_path: Path, capsys) -> None:
    book = write_workbook(small_plan(), tmp_path / "plan.xlsx")
    before = hashlib.sha256(book.read_bytes()).hexdigest()
    assert main(["export-form", str(book), "--agency", AGENCY]) == 0
    out = capsys.readouterr().out
    copy = tmp_path / f"plan{schema.MERGED_SUFFIX}.xlsx"
    form = tmp_path / f"แบบฟอร์ม-{AGENCY}-2570.xlsx"
    assert str(copy) in out and form.exists()
    assert hashlib.sha256(book.read_bytes()).hexdigest() == before
    keyed, _ = read_workbook(copy)
    assert keyed.settings.plan_key and read_workbook(book)[0].settings.plan_key is None
    assert isinstance(read_form(form, keyed), ReturnedForm)
    assert keyed.projects == read_workbook(book)[0].projects


def test_export_form_refuses_without_agency_or_year(tmp_path: Path, capsys) -> None:
    book = write_workbook(keyed_plan(), tmp_path / "plan.xlsx")
    assert main(["export-form", str(book), "--agency", "  "]) == 2
    assert "ชื่อหน่วยงาน" in capsys.readouterr().err
    plan = keyed_plan()
    plan.settings.fiscal_year = None
    book2 = write_workbook(plan, tmp_path / "noyear.xlsx")
    assert main(["export-form", str(book2), "--agency", AGENCY]) == 2
    assert "ปีงบประมาณ" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["noyear.xlsx", "plan.xlsx"]


def test_export_form_on_an_unreadable_book(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "x.xlsx"
    bad.write_bytes(b"MZ\x90\x00 not a workbook")
    assert main(["export-form", str(bad), "--agency", AGENCY]) == 2
    assert capsys.readouterr().err.strip()


# ---- LibreOffice: the agency fills it in without Python and saves ------------------------------

from .helpers import needs_calc as needs_lo  # noqa: E402  (a form is a workbook: LibreOffice Calc)


@pytest.mark.libreoffice
@needs_lo
def test_a_form_saved_by_libreoffice_still_merges(tmp_path: Path) -> None:
    plan = keyed_plan()
    filled = issue_and_fill(
        plan, [row("โครงการขยายเขตประปา", "250000.50"), row("โครงการอบรม", period="ต.ค. 2569")], tmp_path
    )
    saved = libreoffice.convert(filled, "xlsx", tmp_path / "lo")
    direct, via_lo = read_form(filled, plan), read_form(saved, plan)
    assert isinstance(direct, ReturnedForm) and isinstance(via_lo, ReturnedForm), getattr(via_lo, "findings", None)
    assert via_lo.identity == direct.identity
    assert [p.model_dump(exclude={"row"}) for p in via_lo.projects] == [
        p.model_dump(exclude={"row"}) for p in direct.projects
    ]
