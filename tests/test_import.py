"""opplan import: hand-made ผด.02 / ผด.02/1 workbooks (the corpus of tests/handmade_corpus.py) → the same plan."""

from __future__ import annotations

import hashlib
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest

from opplan_xl import schema
from opplan_xl.cli import main
from opplan_xl.example import sample_plan
from opplan_xl.importer import import_workbook
from opplan_xl.importer.report import write_imported
from opplan_xl.importer.sample import Layout, write_handmade
from opplan_xl.names.agencies import standard_agency
from opplan_xl.rules import validate
from opplan_xl.xlsx.read import ReadError, read_workbook

from .conftest import small_plan
from .handmade_corpus import VARIANTS, essence, write_variant


def _codes(findings) -> list[str]:
    return [f.code for f in findings]


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_every_variant_of_the_corpus_imports_to_exactly_the_plan(tmp_path: Path, variant: str) -> None:
    path, expected, layout = write_variant(sample_plan(), variant, tmp_path)
    imported = import_workbook(path)
    assert essence(imported.plan, with_source=layout.source_column) == essence(
        expected, with_source=layout.source_column
    )
    mismatches = [n for n in imported.notes if n.code == "W-IMPORT-TOTAL-MISMATCH"]
    assert len(mismatches) == (1 if layout.wrong_total else 0)
    if layout.wrong_total:
        assert mismatches[0].params["difference"] == "1,000.00"
        assert mismatches[0].sheet in {s.name for s in imported.sheets}
    if layout.totals:
        assert sum(r.totals_checked for r in imported.sheets) > 0
    if layout.amounts != "number":
        assert "I-IMPORT-AMOUNT-TEXT" in _codes(imported.notes)
    if layout.agency_spelling == "suffixed":
        assert "I-IMPORT-AGENCY" in _codes(imported.notes)
    if layout.notes:
        assert "I-IMPORT-AMENDMENT-ROW" in _codes(imported.notes)
    if layout.summary_sheet:
        assert "I-IMPORT-SUMMARY-SKIPPED" in _codes(imported.notes)


def test_small_plan_in_every_variant(tmp_path: Path) -> None:
    for variant in VARIANTS:
        path, expected, layout = write_variant(small_plan(), variant, tmp_path)
        got = import_workbook(path).plan
        assert essence(got, with_source=layout.source_column) == essence(expected, with_source=layout.source_column)


def test_the_new_workbook_is_what_the_reader_reads_and_validates_the_same(tmp_path: Path) -> None:
    path, _expected, _layout = write_variant(sample_plan(), "slash-marks-text-amounts", tmp_path)
    imported = import_workbook(path)
    out, backup = write_imported(imported, tmp_path / "new.xlsx", source_name=path.name)
    assert backup is None
    plan, findings = read_workbook(out)
    assert essence(plan, with_source=True) == essence(imported.plan, with_source=True)
    again = [*findings, *validate(plan)]
    assert sorted((f.code, f.sheet, f.cell) for f in again) == sorted(
        (f.code, f.sheet, f.cell) for f in imported.findings
    )
    # the report sheet is in the new workbook and names source cells
    import openpyxl

    wb = openpyxl.load_workbook(out, read_only=True)
    assert schema.SHEET_IMPORT_REPORT in wb.sheetnames
    texts = [c for row in wb[schema.SHEET_IMPORT_REPORT].iter_rows(values_only=True) for c in row if c]
    assert any(t == "W-IMPORT-TOTAL-MISMATCH" for t in texts)
    wb.close()


def test_a_finding_of_the_new_workbook_names_the_source_cell(tmp_path: Path) -> None:
    import openpyxl

    path, _expected, _layout = write_variant(small_plan(), "no-totals-no-continuation", tmp_path)
    wb = openpyxl.load_workbook(path)
    ws = wb["ผด.02"]
    cell = next(c for row in ws.iter_rows() for c in row if c.value == 450000.0)
    cell.value = "สี่แสน"
    wb.save(path)
    imported = import_workbook(path)
    bad = next(f for f in imported.findings if f.code == "E-BUDGET-NOT-NUMBER")
    assert bad.sheet == schema.SHEET_PROJECTS
    assert bad.cell == f"{imported.plan.column_letter(schema.PROJECTS, 'budget')}{imported.plan.projects[0].row}"
    assert f"ผด.02!{cell.coordinate}" in bad.message and f"ผด.02!{cell.coordinate}" in bad.message_en


def test_continuations_are_joined_and_each_join_is_reported(tmp_path: Path) -> None:
    plan = small_plan()
    plan.projects[0].name = "โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านหนองบัวถึงบ้านโนนสว่าง หมู่ที่ 3"
    path, expected = write_handmade(plan, tmp_path / "long.xlsx", Layout())
    imported = import_workbook(path)
    assert imported.plan.projects[0].name == expected.projects[0].name
    joined = [n for n in imported.notes if n.code == "I-IMPORT-CONTINUATION"]
    assert joined and all(n.sheet == "ผด.02" for n in joined)


def test_month_marks_by_fill_are_not_the_row_background(tmp_path: Path) -> None:
    """A row shaded as a whole (zebra stripes) is not a bar over all twelve months."""
    import openpyxl
    from openpyxl.styles import PatternFill

    path, expected = write_handmade(small_plan(), tmp_path / "zebra.xlsx", Layout(months="check"))
    wb = openpyxl.load_workbook(path)
    ws = wb["ผด.02"]
    grey = PatternFill("solid", fgColor="FFEEEEEE")
    for row in ws.iter_rows(min_row=8):
        if row[0].value in (1, 2):
            for c in row:
                c.fill = grey
    wb.save(path)
    got = import_workbook(path).plan
    assert [p.months for p in got.projects] == [p.months for p in expected.projects]


def test_the_source_file_is_never_changed_and_never_the_output(tmp_path: Path) -> None:
    path, _expected, _ = write_variant(sample_plan(), "plain-two-row-header-fills", tmp_path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    mtime = path.stat().st_mtime_ns
    out = tmp_path / "new.xlsx"
    assert main(["import", str(path), "-o", str(out)]) == 1  # the old file has no executive name: an error
    assert out.exists()
    assert main(["import", str(path), "-o", str(path)]) == 2
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before and path.stat().st_mtime_ns == mtime
    assert main(["import", str(path), "-o", str(out)]) == 1
    assert (tmp_path / "new.1.xlsx").exists()  # the previous output kept


def test_formulas_come_in_as_their_values_and_macros_and_links_stay_out(tmp_path: Path) -> None:
    import openpyxl

    path, _expected = write_handmade(small_plan(), tmp_path / "f.xlsx", Layout(totals=False, notes=False))
    wb = openpyxl.load_workbook(path)
    ws = wb["ผด.02"]
    cell = next(c for row in ws.iter_rows() for c in row if c.value == 450000.0)
    cell.value = "=400000+50000"  # no cached value: openpyxl writes none
    wb.save(path)
    got = import_workbook(path)
    assert got.plan.projects[0].budget is None
    assert "E-REQUIRED" in _codes(got.findings) or "E-BUDGET-NOT-NUMBER" in _codes(got.findings)
    out, _ = write_imported(got, tmp_path / "new.xlsx", source_name="f.xlsx")
    with zipfile.ZipFile(out) as z:
        sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
        assert not any(b"400000+50000" in z.read(n) for n in sheets)


def test_a_hostile_file_is_refused_with_a_thai_message(tmp_path: Path) -> None:
    path, _e = write_handmade(small_plan(), tmp_path / "h.xlsx", Layout())
    bomb = tmp_path / "dtd.xlsx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(bomb, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "xl/styles.xml":
                dtd = b'<!DOCTYPE x [<!ENTITY a "aaaa">]>'
                data = data.replace(b"?>", b"?>" + dtd, 1) if data.startswith(b"<?xml") else dtd + data
            dst.writestr(item, data)
    with pytest.raises(ReadError) as exc:
        import_workbook(bomb)
    assert exc.value.findings[0].code == "E-FILE-CORRUPT"
    assert main(["import", str(bomb), "-o", str(tmp_path / "n.xlsx")]) == 2
    not_excel = tmp_path / "x.xlsx"
    not_excel.write_text("hello")
    assert main(["import", str(not_excel)]) == 2


def test_a_workbook_without_a_plan_table_is_unreadable(tmp_path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active["A1"] = "รายชื่อผู้เข้าประชุม"
    path = tmp_path / "other.xlsx"
    wb.save(path)
    assert main(["import", str(path)]) == 2
    assert not (tmp_path / f"other{schema.IMPORT_SUFFIX}.xlsx").exists()


def test_wrong_totals_and_skipped_rows_name_their_source_cells(tmp_path: Path, capsys) -> None:
    path, _e, _ = write_variant(sample_plan(), "per-strategy-wrong-total", tmp_path)
    assert main(["import", str(path), "-o", str(tmp_path / "n.xlsx")]) == 1
    out = capsys.readouterr().out
    assert "W-IMPORT-TOTAL-MISMATCH" in out and "ยุทธศาสตร์ที่ 1!D" in out
    assert "I-IMPORT-AMENDMENT-ROW" in out


def test_plan_area_spellings_go_through_the_parser_and_name_their_source(tmp_path: Path) -> None:
    plan = small_plan()
    plan.projects[0].plan_area = "แผนงานเคหะและชุมชน"
    path, _e = write_handmade(plan, tmp_path / "pa.xlsx", Layout(plan_area_numbered=False))
    import openpyxl

    wb = openpyxl.load_workbook(path)
    ws = wb["ผด.02"]
    cell = next(c for row in ws.iter_rows() for c in row if c.value == "แผนงานเคหะและชุมชน")
    cell.value = "แผนงาน เคหะและชุมชน"
    wb.save(path)
    imported = import_workbook(path)
    assert imported.plan.projects[0].plan_area == "แผนงานเคหะและชุมชน"
    variant = next(f for f in imported.findings if f.code == "W-PLAN-AREA-VARIANT")
    assert f"ผด.02!{cell.coordinate}" in variant.message


@pytest.mark.parametrize(
    ("typed", "kind", "standard"),
    [
        ("สำนักปลัด อบต.", "องค์การบริหารส่วนตำบล", "สำนักปลัด"),
        ("สนป.", "องค์การบริหารส่วนตำบล", "สำนักปลัด"),
        ("กองช่าง อบต.หนองบัวแก้ว", "องค์การบริหารส่วนตำบล", "กองช่าง"),
        ("สำนักปลัด", "เทศบาลตำบล", "สำนักปลัดเทศบาล"),
        ("กองการศึกษา  ศาสนาและวัฒนธรรม", "องค์การบริหารส่วนตำบล", "กองการศึกษา ศาสนาและวัฒนธรรม"),
        ("กองคลัง", "องค์การบริหารส่วนตำบล", None),  # already standard
        ("แขวงทางหลวงชนบทพะเยา", "องค์การบริหารส่วนตำบล", None),  # another agency: kept as typed
    ],
)
def test_agency_spellings(typed: str, kind: str, standard: str | None) -> None:
    assert standard_agency(typed, kind) == standard


def test_unknown_agencies_are_kept_as_typed_and_added_to_the_list(tmp_path: Path) -> None:
    plan = small_plan()
    plan.projects[0].agency = "แขวงทางหลวงชนบทพะเยา"
    path, _e = write_handmade(plan, tmp_path / "ag.xlsx", Layout())
    got = import_workbook(path).plan
    assert got.projects[0].agency == "แขวงทางหลวงชนบทพะเยา"
    assert "แขวงทางหลวงชนบทพะเยา" in got.list_items(schema.LIST_AGENCIES)


def test_equipment_budgets_add_up_to_the_satang(tmp_path: Path) -> None:
    path, expected, _ = write_variant(sample_plan(), "thai-digits-arrow-ends", tmp_path)
    got = import_workbook(path).plan
    total = sum((e.budget for e in got.equipment), Decimal(0))
    assert total == sum((e.budget for e in expected.equipment), Decimal(0))


def test_the_import_writes_a_macro_workbook_when_asked(tmp_path: Path) -> None:
    path, _e, _ = write_variant(small_plan(), "plain-two-row-header-fills", tmp_path)
    out = tmp_path / "new.xlsm"
    assert main(["import", str(path), "-o", str(out)]) == 1
    with zipfile.ZipFile(out) as z:
        assert "xl/vbaProject.bin" in z.namelist()
    plan, _ = read_workbook(out)
    assert len(plan.projects) == 2


def test_arrows_drawn_as_shapes_are_reported_not_guessed(tmp_path: Path) -> None:
    plan = small_plan()
    for p in plan.projects:
        p.months = ()  # the bars are shapes over the grid: nothing in the cells
    path, _e = write_handmade(plan, tmp_path / "drawn.xlsx", Layout(summary_sheet=False))
    drawn = tmp_path / "drawn-shapes.xlsx"
    rels = (
        b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        b'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/drawing" Target="../drawings/drawing1.xml"/></Relationships>'
    )
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(drawn, "w") as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item))
        dst.writestr("xl/worksheets/_rels/sheet1.xml.rels", rels)
    imported = import_workbook(drawn)
    note = next(n for n in imported.notes if n.code == "W-IMPORT-MONTHS-DRAWN")
    assert note.sheet == "ผด.02" and note.params["n"] == 2
    assert all(p.months == () for p in imported.plan.projects)
    assert "W-IMPORT-MONTHS-DRAWN" not in _codes(import_workbook(path).notes)


def test_a_heading_row_with_its_subtotal_beside_it_is_still_a_heading(tmp_path: Path) -> None:
    import openpyxl

    path, expected = write_handmade(sample_plan(), tmp_path / "sub.xlsx", Layout(summary_sheet=False))
    wb = openpyxl.load_workbook(path)
    ws = wb["ผด.02"]
    heading = next(c for row in ws.iter_rows() for c in row if c.value == "1.1 แผนงานเคหะและชุมชน")
    merged = next(m for m in ws.merged_cells.ranges if m.min_row == heading.row and m.min_col == 1)
    ws.unmerge_cells(str(merged))
    ws.cell(heading.row, 4, "1,819,418.72")  # the budget column
    wb.save(path)
    imported = import_workbook(path)
    assert essence(imported.plan) == essence(expected)
    note = next(n for n in imported.notes if n.code == "I-IMPORT-HEADING-AMOUNT")
    assert note.cell == f"D{heading.row}"


def test_a_file_without_an_organisation_line_says_the_kind_is_a_default(tmp_path: Path) -> None:
    import openpyxl

    path, _e = write_handmade(small_plan(), tmp_path / "noorg.xlsx", Layout(summary_sheet=False))
    assert "I-IMPORT-NO-ORG" not in _codes(import_workbook(path).notes)
    wb = openpyxl.load_workbook(path)
    for ws in wb.worksheets:
        ws["A4"] = None  # the organisation line of each title block
    wb.save(path)
    imported = import_workbook(path)
    assert "I-IMPORT-NO-ORG" in _codes(imported.notes)
    assert imported.plan.settings.org_name is None and "E-SETTING-MISSING" in _codes(imported.findings)
