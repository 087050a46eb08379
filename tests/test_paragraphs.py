"""The officer's own wording (issue 10 point 6): the wording sheet (ข้อความในเอกสาร) of the ประกาศ, คำนำ and
ส่วนที่ ๑, its placeholders, what the document prints from it, and that it survives rebuilds and the new year."""

from __future__ import annotations

import io
import re
import string
import zipfile
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from opplan_xl import messages, schema, wording
from opplan_xl.cli import main
from opplan_xl.document.build import build, make_context
from opplan_xl.example import sample_plan
from opplan_xl.model import Paragraph, Plan
from opplan_xl.rollforward import next_year
from opplan_xl.rules import PLAN_RULES, validate
from opplan_xl.xlsx.read import read_workbook
from opplan_xl.xlsx.write import write_workbook

P = schema.PARAGRAPHS
SHEET = schema.SHEET_PARAGRAPHS


@pytest.fixture(autouse=True)
def _logs_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPPLAN_LOG_DIR", str(tmp_path / "logs"))


def _document_xml(plan: Plan, *, for_renderer: bool = False) -> bytes:
    return zipfile.ZipFile(io.BytesIO(build(plan, for_renderer=for_renderer).data)).read("word/document.xml")


def _texts(plan: Plan) -> list[str]:
    return [p.text for p in docx.Document(io.BytesIO(build(plan).data)).paragraphs]


def _letter(key: str) -> str:
    return "ABC"[[c.key for c in P.columns].index(key)]


def _edit(path: Path, texts: dict[str, str | None]) -> dict[str, str]:
    """Type into the wording sheet of a saved .xlsx as the officer does in Excel: {paragraph key: text}; returns the
    cell of each."""
    import openpyxl

    wb = openpyxl.load_workbook(path)
    ws = wb[SHEET]
    cells = {}
    for row in range(P.header_row + 1, ws.max_row + 1):
        key = ws[f"{_letter('key')}{row}"].value
        if key in texts:
            cell = f"{_letter('text')}{row}"
            ws[cell] = texts[key]
            cells[key] = cell
    wb.save(path)
    return cells


def _book(tmp_path: Path, plan: Plan | None = None, name: str = "แผน.xlsx") -> Path:
    return write_workbook(plan or sample_plan(), tmp_path / name)


def _paragraph_findings(plan: Plan) -> list:
    return [f for f in validate(plan, PLAN_RULES) if "PARAGRAPH" in f.code]


# ---- the standard text and the placeholders ------------------------------------------------------------------


def test_every_field_of_the_narrative_has_a_thai_placeholder_and_a_value() -> None:
    plan = sample_plan()
    values = make_context(plan).paragraph_values
    assert {param for _, param, _ in schema.PLACEHOLDERS} == set(values)
    names = [name for name, _, _ in schema.PLACEHOLDERS]
    assert len(set(names)) == len(names)
    for key in schema.PARAGRAPH_KEYS:
        text = wording.standard_text(key)
        assert not re.search(r"\{[A-Za-z_]+\}", text), key  # no ASCII field is left for the officer to see
        assert wording.problems(text) == [], key
        for piece in wording.pieces(text):
            assert not piece.placeholder or piece.param in values
    # every paragraph of the document is on the sheet, and its standard text is in the catalogue
    assert set(schema.PARAGRAPH_KEYS) == {k.removeprefix("doc.text.") for k in messages.CATALOGUE} & set(
        schema.PARAGRAPH_KEYS
    )


def test_the_sheet_holds_the_standard_text_a_hidden_key_and_the_placeholders(tmp_path: Path) -> None:
    import openpyxl

    book = _book(tmp_path)
    wb = openpyxl.load_workbook(book)
    assert wb.sheetnames[: len(schema.STANDARD_SHEETS)] == list(schema.STANDARD_SHEETS)
    assert wb[schema.SHEET_PROJECTS].sheet_properties.codeName == "Sheet3"
    ws = wb[SHEET]
    assert ws.column_dimensions[_letter("key")].hidden
    first = P.header_row + 1
    rows = [
        (ws[f"{_letter('key')}{r}"].value, ws[f"{_letter('part')}{r}"].value, ws[f"{_letter('text')}{r}"].value)
        for r in range(first, first + len(schema.PARAGRAPH_PARTS))
    ]
    assert rows == [(key, part, wording.standard_text(key)) for key, part in schema.PARAGRAPH_PARTS]
    assert "{ชื่ออปท}" in rows[3][2] and "{จำนวนโครงการ}" in rows[4][2]
    block = ws[f"{schema.PLACEHOLDER_COL}{first}"].value  # what the officer may type, beside the paragraphs
    assert all(f"{{{name}}}  {what}" in block.split("\n") for name, _, what in schema.PLACEHOLDERS)
    assert schema.PARAGRAPHS_INSTRUCTION in {c.value for row in ws.iter_rows(max_row=2) for c in row}
    plan, findings = read_workbook(book)
    assert not [f for f in findings if f.sheet == SHEET]
    assert _paragraph_findings(plan) == []
    assert [(p.key, p.text) for p in plan.paragraphs] == [(k, wording.standard_text(k)) for k in schema.PARAGRAPH_KEYS]


def test_the_sample_document_is_unchanged_when_the_sheet_holds_the_standard_text(tmp_path: Path) -> None:
    plan, _ = read_workbook(_book(tmp_path))
    assert len(plan.paragraphs) == len(schema.PARAGRAPH_KEYS)
    without = plan.model_copy(update={"paragraphs": []})
    for renderer in (False, True):
        assert _document_xml(plan, for_renderer=renderer) == _document_xml(without, for_renderer=renderer)
    code = sample_plan()
    code_standard = code.model_copy(update={"paragraphs": wording.standard_paragraphs()})
    assert _document_xml(code) == _document_xml(code_standard)


# ---- the officer's text in the document ----------------------------------------------------------------------


def test_an_edited_preface_is_in_the_document_with_its_placeholders_filled(tmp_path: Path) -> None:
    book = _book(tmp_path)
    mine = "{ชื่ออปท} ขอเสนอแผนการดำเนินงาน{ประจำปีงบประมาณ} ตามข้อ 26 ซึ่งมี {จำนวนโครงการ} โครงการ"
    _edit(book, {"preface.1": mine, "benefits": "ย่อหน้าแรกของเรา\nย่อหน้าที่สองของเรา {ปีงบประมาณ}"})
    plan, _ = read_workbook(book)
    texts = _texts(plan)
    org = plan.settings.org_full_name
    n = len(plan.projects)
    from opplan_xl.thai import to_thai_digits

    year = to_thai_digits(str(plan.settings.fiscal_year))
    assert (
        f"{org} ขอเสนอแผนการดำเนินงานประจำปีงบประมาณ พ.ศ. {year} ตามข้อ ๒๖ ซึ่งมี {to_thai_digits(str(n))} โครงการ" in texts
    )
    standard_first = make_context(sample_plan()).paragraph("preface.1")[0]
    assert standard_first not in texts  # the officer's paragraph replaced it
    i = texts.index("ย่อหน้าแรกของเรา")  # one cell of two lines: two paragraphs
    assert texts[i + 1] == f"ย่อหน้าที่สองของเรา {year}"
    assert _paragraph_findings(plan) == []
    # Arabic digits when the office writes them: the officer's Thai digits too, like the standard text
    _edit(book, {"preface.1": "ข้อ ๒๖ ปี {ปีงบประมาณ}"})
    plan, _ = read_workbook(book)
    plan.settings.thai_digits = False
    assert f"ข้อ 26 ปี {plan.settings.fiscal_year}" in _texts(plan)


def test_an_empty_paragraph_falls_back_to_the_standard_text_and_says_so(tmp_path: Path) -> None:
    book = _book(tmp_path)
    cells = _edit(book, {"announcement.2": None})
    plan, _ = read_workbook(book)
    found = _paragraph_findings(plan)
    assert [(f.code, f.sheet, f.cell) for f in found] == [("I-PARAGRAPH-EMPTY", SHEET, cells["announcement.2"])]
    assert "ประกาศ ย่อหน้าที่ ๒" in found[0].message and "ข้อความมาตรฐาน" in found[0].message
    assert _document_xml(plan) == _document_xml(sample_plan())


def test_an_unknown_placeholder_is_an_error_with_its_cell_and_is_printed_as_typed(tmp_path: Path) -> None:
    book = _book(tmp_path)
    cells = _edit(book, {"announcement.3": "จึงประกาศมาเพื่อทราบ {ชื่อนายก} {ชื่อ อปท.}", "intro": "บทนำ {ชื่ออปท ของเรา"})
    plan, _ = read_workbook(book)
    found = {f.code: f for f in _paragraph_findings(plan)}
    unknown = found["E-PARAGRAPH-PLACEHOLDER-UNKNOWN"]
    assert (unknown.sheet, unknown.cell) == (SHEET, cells["announcement.3"])
    assert "{ชื่อนายก}" in unknown.message and "{ชื่ออปท}" in unknown.message  # and what may be typed
    brace = found["E-PARAGRAPH-BRACE"]
    assert (brace.sheet, brace.cell) == (SHEET, cells["intro"])
    texts = _texts(plan)
    # a spelling with spaces and a dot is the same placeholder; the unknown one stays as typed
    assert f"จึงประกาศมาเพื่อทราบ {{ชื่อนายก}} {plan.settings.org_full_name}" in texts
    assert "บทนำ {ชื่ออปท ของเรา" in texts


def test_wording_readable_rows_that_are_no_paragraph_duplicates_and_missing_rows(tmp_path: Path) -> None:
    plan = sample_plan()
    paragraphs = wording.standard_paragraphs()
    paragraphs = [p for p in paragraphs if p.key != "benefits"]
    paragraphs.append(Paragraph(key="preface.1", text="ซ้ำ", row=30))
    paragraphs.append(Paragraph(key=None, text="หมายเหตุของเจ้าหน้าที่", row=31))
    plan.paragraphs = paragraphs
    plan.table_sheets["paragraphs"] = SHEET
    found = {f.code: f for f in _paragraph_findings(plan)}
    assert found["W-PARAGRAPH-DUPLICATE"].cell == "B30"
    assert found["W-PARAGRAPH-ROW-UNKNOWN"].cell == "B31"
    assert "ส่วนที่ ๑ ข้อ ๑.๔ ประโยชน์" in found["I-PARAGRAPH-MISSING"].message
    assert "ซ้ำ" not in _texts(plan)
    # a rebuilt workbook keeps them all: the missing row comes back with its standard text
    book = write_workbook(plan, tmp_path / "r.xlsx")
    again, _ = read_workbook(book)
    assert [p.key for p in again.paragraphs] == [*schema.PARAGRAPH_KEYS, "preface.1", None]
    assert [p.text for p in again.paragraphs[-2:]] == ["ซ้ำ", "หมายเหตุของเจ้าหน้าที่"]


def test_a_workbook_without_the_sheet_keeps_working_as_before(tmp_path: Path) -> None:
    import openpyxl

    book = _book(tmp_path)
    wb = openpyxl.load_workbook(book)
    del wb[SHEET]
    wb.save(book)
    plan, findings = read_workbook(book)
    assert plan.paragraphs == [] and not [f for f in findings if f.sheet == SHEET]
    assert _paragraph_findings(plan) == []
    assert _document_xml(plan) == _document_xml(sample_plan())
    # rebuilt (build-workbook --from, merge), it gets the sheet with the standard text
    assert main(["build-workbook", "--from", str(book), "-o", str(tmp_path / "new.xlsm")]) == 0
    rebuilt, _ = read_workbook(tmp_path / "new.xlsm")
    assert [p.text for p in rebuilt.paragraphs] == [wording.standard_text(k) for k in schema.PARAGRAPH_KEYS]


# ---- carried over ------------------------------------------------------------------------------------------


def test_the_wording_survives_build_workbook_from_and_the_new_year(tmp_path: Path) -> None:
    book = _book(tmp_path, name="แผน2570.xlsx")
    mine = "คำนำของ{ชื่ออปท} {ประจำปีงบประมาณ} ที่เจ้าหน้าที่เขียนเอง"
    _edit(book, {"preface.1": mine, "preface.3": None})
    assert main(["build-workbook", "--from", str(book), "-o", str(tmp_path / "ใหม่.xlsm")]) == 0
    rebuilt, _ = read_workbook(tmp_path / "ใหม่.xlsm")
    by_key = {p.key: p.text for p in rebuilt.paragraphs}
    assert by_key["preface.1"] == mine and by_key["preface.3"] is None  # empty stays empty, as the officer left it

    plan, _ = read_workbook(book)
    rolled = next_year(plan, 2571).plan
    assert {p.key: p.text for p in rolled.paragraphs}["preface.1"] == mine
    assert main(["new-year", str(book)]) == 0
    new, _ = read_workbook(tmp_path / "แผน2570-2571.xlsx")
    assert {p.key: p.text for p in new.paragraphs}["preface.1"] == mine
    assert "คำนำของ" + new.settings.org_full_name + " ประจำปีงบประมาณ พ.ศ. ๒๕๗๑ ที่เจ้าหน้าที่เขียนเอง" in _texts(new)


# ---- any text without braces goes through unchanged ---------------------------------------------------------

_THAI = "".join(chr(c) for c in range(0x0E01, 0x0E2F)) + "ะาเแโใไ"
_TEXT = st.text(alphabet=_THAI + string.ascii_letters + " ,.()/-\"'!?:;%&=+_*@#", min_size=1, max_size=200).map(
    str.strip
)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=_TEXT.filter(bool))
def test_any_text_without_braces_round_trips_to_the_document(tmp_path: Path, text: str) -> None:
    plan = sample_plan()
    plan.paragraphs = [
        p.model_copy(update={"text": text}) if p.key == "objectives" else p for p in wording.standard_paragraphs()
    ]
    book = write_workbook(plan, tmp_path / "h.xlsx")
    back, _ = read_workbook(book)
    assert {p.key: p.text for p in back.paragraphs}["objectives"] == text
    assert make_context(back).paragraph("objectives") == [text]
    assert text in _texts(back)
    assert _paragraph_findings(back) == []


def test_merging_agency_forms_keeps_the_masters_wording(tmp_path: Path) -> None:
    from opplan_xl.agency.merge import merge_forms
    from opplan_xl.agency.report import write_merged
    from opplan_xl.agency.returned import ReturnedForm, read_form

    from .agency_helpers import TODAY, issue_and_fill, keyed_plan, row

    book = write_workbook(keyed_plan(), tmp_path / "master.xlsx")
    mine = "ด้วย{คณะกรรมการพัฒนาของอปท} ได้ประชุมเมื่อ {วันที่ประชุม} (ถ้อยคำของสำนักงานเรา)"
    _edit(book, {"announcement.1": mine})
    master, _ = read_workbook(book)
    form = read_form(issue_and_fill(master, [row("โครงการ ก")], tmp_path / "forms"), master)
    assert isinstance(form, ReturnedForm), form.findings
    out = write_merged(merge_forms(master, [form], today=TODAY), tmp_path / "รวม.xlsx", book="master.xlsx").path
    merged, _ = read_workbook(out)
    assert [(p.key, p.text) for p in merged.paragraphs] == [(p.key, p.text) for p in master.paragraphs]
    assert {p.key: p.text for p in merged.paragraphs}["announcement.1"] == mine
    assert any(p.name == "โครงการ ก" for p in merged.projects)


def test_a_paragraph_typed_below_the_table_is_not_called_a_summary_problem(tmp_path) -> None:
    """W-ROWS-OUTSIDE-TABLE speaks of the ผด.01 formulas: it is for the tables they read, not the wording sheet."""
    import openpyxl

    from opplan_xl.example import sample_plan
    from opplan_xl.xlsx.read import read_workbook
    from opplan_xl.xlsx.write import write_workbook

    book = write_workbook(sample_plan(), tmp_path / "p.xlsx")
    wb = openpyxl.load_workbook(book)
    ws = wb[schema.SHEET_PARAGRAPHS]
    (table,) = ws.tables.values()
    below = int(table.ref.split(":")[1].lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")) + 1
    ws.cell(below, 1, "คำนำ ย่อหน้าเพิ่ม")
    ws.cell(below, 2, "ข้อความที่พิมพ์ต่อท้ายตาราง")
    wb.save(book)
    _, found = read_workbook(book)
    assert "W-ROWS-OUTSIDE-TABLE" not in [f.code for f in found]
