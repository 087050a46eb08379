"""The safe file reader (xlsx/read.py) and the layout finder (xlsx/raw.extract_raw).

Workbooks are made here with openpyxl following the schema (settings labels in column A from
SETTINGS_FIRST_ROW, table headers in each table's header_row); hostile files are made by patching the
zip. Every read must leave the file on disk byte for byte as it was.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from opplan_xl import schema
from opplan_xl.xlsx.raw import CellError, SheetGrid, _header_lookup, extract_raw, needed_sheets
from opplan_xl.xlsx.read import ReadError, read_raw

from .helpers import patch_zip, sheet_part, skip_without

THAI = re.compile(r"[\u0E00-\u0E7F]")

SETTINGS = {
    "org_kind": "องค์การบริหารส่วนตำบล",
    "org_name": "หนองบัวแก้ว",
    "province": "พะเยา",
    "fiscal_year": 2569,
    "executive_name": "นายสมชาย ใจดี",
    "announced_date": dt.datetime(2025, 10, 7),
}

PROJECT = {
    "strategy": 1,
    "plan_area": "แผนงานเคหะและชุมชน",
    "name": "โครงการก่อสร้างถนน คสล. หมู่ที่ 3",
    "activity": "เพื่อจ่ายเป็นค่าก่อสร้างถนน กว้าง 4 เมตร",
    "budget": 450000,
    "location": "หมู่ที่ 3",
    "agency": "กองช่าง",
    "m10": "✓",
}


# --------------------------------------------------------------------------------------------------
# building workbooks
# --------------------------------------------------------------------------------------------------


def _table_sheet(wb, table: schema.Table, rows: list[dict]) -> None:
    ws = wb.create_sheet(table.sheet)
    ws.cell(1, 1, table.title)
    for j, c in enumerate(table.columns, 1):
        ws.cell(table.header_row, j, c.header)
    for i, values in enumerate(rows, table.header_row + 1):
        for j, c in enumerate(table.columns, 1):
            if values.get(c.key) is not None:
                ws.cell(i, j, values[c.key])


def make_book(
    path: Path,
    edit: Callable | None = None,
    *,
    projects: list[dict] | None = None,
    settings: dict | None = None,
) -> Path:
    """A standard-layout workbook; ``edit(wb)`` may change it before it is saved."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = schema.SHEET_SETTINGS
    ws["A1"] = "ข้อมูลทั่วไป แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2569"
    values = {**SETTINGS, **(settings or {})}
    for i, s in enumerate(schema.SETTINGS):
        ws.cell(schema.SETTINGS_FIRST_ROW + i, 1, s.label)
        ws.cell(schema.SETTINGS_FIRST_ROW + i, 2, values.get(s.key))
    hcol = 4  # D, schema.HOLIDAYS_FIRST_COL
    ws.cell(schema.HOLIDAYS_TABLE.header_row - 1, hcol, schema.HOLIDAYS_TABLE.title)
    for j, c in enumerate(schema.HOLIDAYS_TABLE.columns):
        ws.cell(schema.HOLIDAYS_TABLE.header_row, hcol + j, c.header)
    ws.cell(schema.HOLIDAYS_TABLE.header_row + 1, hcol, dt.datetime(2025, 11, 5))
    ws.cell(schema.HOLIDAYS_TABLE.header_row + 1, hcol + 1, "วันหยุดพิเศษ")
    _table_sheet(wb, schema.STRATEGIES, [{"code": 1, "name": "โครงสร้างพื้นฐาน"}, {"code": 2, "name": "คุณภาพชีวิต"}])
    _table_sheet(wb, schema.PROJECTS, projects if projects is not None else [PROJECT, {**PROJECT, "budget": 1000}])
    _table_sheet(
        wb,
        schema.EQUIPMENT,
        [
            {
                "category": "ครุภัณฑ์สำนักงาน",
                "plan_area": schema.PLAN_AREAS[0],
                "item": "เก้าอี้",
                "detail": "เก้าอี้สำนักงาน",
                "budget": 3500,
                "location": "ที่ทำการ",
                "agency": "สำนักปลัด",
            }
        ],
    )
    wb.create_sheet(schema.SHEET_SUMMARY).cell(1, 1, "แบบ ผด.01 บัญชีสรุปจำนวนโครงการและงบประมาณ")
    lists = wb.create_sheet(schema.SHEET_LISTS)
    for j, lst in enumerate(schema.standard_lists(), 1):
        lists.cell(1, j, lst.header)
        for i, item in enumerate(lst.items, 2):
            lists.cell(i, j, item)
    if edit:
        edit(wb)
    wb.save(path)
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read(path: Path, **limits):
    """read_raw, checking that the file is byte-identical afterwards (also when reading fails)."""
    before = digest(path)
    try:
        return read_raw(path, **limits)
    finally:
        assert digest(path) == before, "the reader changed the file"


def read_error(path: Path, code: str, **limits) -> ReadError:
    with pytest.raises(ReadError) as info:
        read(path, **limits)
    err = info.value
    assert code in [f.code for f in err.findings], err.findings
    for f in err.findings:
        assert THAI.search(f.message), f.message
    assert THAI.search(str(err))
    return err


def codes(raw) -> list[str]:
    return [f.code for f in raw.findings]


def only(raw, code: str):
    return [f for f in raw.findings if f.code == code]


# --------------------------------------------------------------------------------------------------
# reading a standard workbook
# --------------------------------------------------------------------------------------------------


def test_a_standard_workbook_reads_without_findings(tmp_path: Path) -> None:
    path = make_book(tmp_path / "plan.xlsx")
    raw = read(path)
    assert raw.findings == []
    assert raw.path == str(path)
    assert raw.sheet_names[:3] == [schema.SHEET_SETTINGS, schema.SHEET_STRATEGIES, schema.SHEET_PROJECTS]
    assert raw.settings_sheet == schema.SHEET_SETTINGS
    first = schema.SETTINGS_FIRST_ROW
    assert raw.settings["org_name"].address == f"B{first + 1}"
    assert raw.settings["org_name"].value == "หนองบัวแก้ว"
    assert raw.settings["fiscal_year"].value == 2569  # a whole float; the parser makes it an int
    assert raw.settings["announced_date"].value == dt.date(2025, 10, 7)
    assert raw.settings["district"].value is None and raw.settings["district"].address == f"B{first + 2}"

    projects = raw.tables["projects"]
    assert projects.sheet == schema.SHEET_PROJECTS and projects.header_row == 3
    assert projects.columns["strategy"] == 1 and projects.columns["status"] == len(schema.PROJECTS.columns)
    assert [r.row for r in projects.rows] == [4, 5]
    row = projects.rows[0].values
    assert row["name"] == PROJECT["name"] and row["budget"] == 450000 and row["m10"] == "✓"
    assert row["m11"] is None and "status" not in row
    assert set(row) == {c.key for c in schema.PROJECTS.data_columns}

    holidays = raw.tables["holidays"]
    assert holidays.header_row == 2 and holidays.columns == {"date": 4, "name": 5}
    assert [(r.row, r.values) for r in holidays.rows] == [(3, {"date": dt.date(2025, 11, 5), "name": "วันหยุดพิเศษ"})]
    assert raw.tables["strategies"].rows[1].values == {
        "code": 2,
        "name": "คุณภาพชีวิต",
        "province_strategy": None,
        "local_strategy": None,
        "tactic": None,
    }
    assert raw.lists[schema.LIST_PLAN_AREAS] == list(schema.PLAN_AREAS)
    texts = {(s, c): t for s, c, t in raw.other_text}
    assert texts[(schema.SHEET_SETTINGS, "A1")].startswith("ข้อมูลทั่วไป")
    assert (schema.SHEET_PROJECTS, "A1") in texts and (schema.SHEET_SUMMARY, "A1") in texts
    assert (schema.SHEET_SETTINGS, "D1") in texts  # the holidays title above its table
    all_text = {t for _, _, t in raw.other_text}
    assert not all_text & {c.header for c in schema.PROJECTS.columns}  # headers are not free text
    assert not all_text & {s.label for s in schema.SETTINGS}  # nor are labels
    assert "หนองบัวแก้ว" not in all_text  # nor setting values
    assert not all_text & set(schema.PLAN_AREAS)  # nor list items or table data


def test_settings_rows_may_move_and_values_are_stripped(tmp_path: Path) -> None:
    def edit(wb):
        ws = wb[schema.SHEET_SETTINGS]
        ws.insert_rows(5, 3)  # rows inserted in the middle of the settings
        ws["A45"], ws["B45"] = ws["A3"].value, "  อบต. ทดสอบ  "  # org_kind moved far down, below the last setting
        ws["A3"], ws["B3"] = None, None
        ws["A4"] = "  ชื่อ  อปท.  "  # the alias of org_name, with odd spaces

    raw = read(make_book(tmp_path / "p.xlsx", edit))
    assert raw.settings["org_kind"].address == "B45" and raw.settings["org_kind"].value == "อบต. ทดสอบ"
    assert raw.settings["org_name"].address == "B4"
    assert raw.settings["province"].address == "B9"  # was B6, three rows inserted above
    assert raw.findings == []


def test_missing_and_duplicate_settings_labels(tmp_path: Path) -> None:
    def edit(wb):
        ws = wb[schema.SHEET_SETTINGS]
        for row in range(1, 40):
            if ws.cell(row, 1).value in (
                schema.SETTINGS_BY_KEY["province"].label,
                schema.SETTINGS_BY_KEY["logo"].label,
            ):
                ws.cell(row, 1).value = None
        ws["A40"], ws["B40"] = schema.SETTINGS_BY_KEY["org_name"].label, "ซ้ำ"

    raw = read(make_book(tmp_path / "p.xlsx", edit))
    assert raw.settings["province"] == type(raw.settings["province"])("province", None, None)
    (e,) = only(raw, "E-SETTING-LABEL-MISSING")
    assert e.params["label"] == "จังหวัด" and e.sheet == schema.SHEET_SETTINGS
    (w,) = only(raw, "W-SETTING-LABEL-MISSING")  # an optional setting: its default applies
    assert w.params["label"] == schema.SETTINGS_BY_KEY["logo"].label
    (d,) = only(raw, "W-SETTING-DUPLICATE")
    assert d.cell == "A40" and d.params["used"] == "A4"
    assert raw.settings["org_name"].value == "หนองบัวแก้ว"  # the first one is used


def test_columns_found_after_moving_and_inserting(tmp_path: Path) -> None:
    def edit(wb):
        ws = wb[schema.SHEET_PROJECTS]
        ws.insert_cols(1, 2)  # two new columns in front of the table
        ws["A3"] = "ลำดับ"  # a header we do not know
        ws["A4"] = "1"
        # move "budget" (now in column G) to the far right
        last = ws.max_column + 2
        for row in range(3, 6):
            ws.cell(row, last).value = ws.cell(row, 7).value
            ws.cell(row, 7).value = None

    raw = read(make_book(tmp_path / "p.xlsx", edit))
    t = raw.tables["projects"]
    assert t.columns["strategy"] == 3 and t.columns["plan_area"] == 4
    assert t.columns["budget"] == len(schema.PROJECTS.columns) + 4
    assert [r.values["budget"] for r in t.rows] == [450000, 1000]
    assert [r.values["name"] for r in t.rows] == [PROJECT["name"]] * 2
    assert raw.findings == []


def test_aliases_extra_spaces_and_line_breaks_in_headers(tmp_path: Path) -> None:
    def edit(wb):
        ws = wb[schema.PROJECTS.sheet]
        ws["C3"] = " ชื่อโครงการ "  # alias of "โครงการ"
        ws["E3"] = "งบประมาณ\n(บาท)"  # a line break inside the header
        ws["G3"] = "หน่วยงาน  รับผิดชอบ"  # alias with an extra space
        ws["D3"] = "\u200bรายละเอียดกิจกรรม"  # zero-width space from a copy-paste

    raw = read(make_book(tmp_path / "p.xlsx", edit))
    t = raw.tables["projects"]
    assert (t.columns["name"], t.columns["budget"], t.columns["agency"], t.columns["activity"]) == (3, 5, 7, 4)
    assert raw.findings == []


def test_header_lookup_agrees_with_column_matches() -> None:
    for table in (*schema.DATA_TABLES, schema.HOLIDAYS_TABLE):
        lookup = _header_lookup(table)
        for c in table.columns:
            for text in (c.header, *c.aliases):
                spaced = f"  {text.replace(' ', '   ')} "
                key = lookup[schema.normalise_header(spaced)]
                assert table.column(key).matches(spaced)
            assert lookup[schema.normalise_header(c.header)] == c.key  # a header beats another's alias


def test_renamed_sheets_are_found_by_their_headers_and_labels(tmp_path: Path) -> None:
    def edit(wb):
        wb[schema.SHEET_PROJECTS].title = "ผด.02"
        wb[schema.SHEET_SETTINGS].title = "ตั้งค่า"

    raw = read(make_book(tmp_path / "p.xlsx", edit))
    renamed = only(raw, "W-SHEET-RENAMED")
    assert {(f.sheet, f.params["standard"]) for f in renamed} == {
        ("ผด.02", schema.SHEET_PROJECTS),
        ("ตั้งค่า", schema.SHEET_SETTINGS),
    }
    assert all(THAI.search(f.message) and f.params["standard"] in f.message for f in renamed)
    assert raw.tables["projects"].sheet == "ผด.02" and len(raw.tables["projects"].rows) == 2
    assert raw.settings_sheet == "ตั้งค่า" and raw.settings["org_name"].value == "หนองบัวแก้ว"
    assert raw.tables["holidays"].sheet == "ตั้งค่า" and len(raw.tables["holidays"].rows) == 1
    assert ("ผด.02", "A1", schema.PROJECTS.title) in raw.other_text
    assert set(codes(raw)) == {"W-SHEET-RENAMED"}


def test_needed_sheets_the_file_reader_and_the_ribbon_share() -> None:
    standard = list(schema.STANDARD_SHEETS)
    ours = [schema.SHEET_HELP, schema.SHEET_RESULTS]
    assert needed_sheets([*ours, *standard, "บันทึก", standard[0]]) == standard
    renamed = ["ผด.02" if n == schema.SHEET_PROJECTS else n for n in standard]
    assert needed_sheets([*renamed, *ours, "บันทึก"]) == [*renamed, "บันทึก"]  # search them all, but not ours
    assert needed_sheets([*standard, *ours], settings_only=True) == [schema.SHEET_SETTINGS]
    assert needed_sheets(renamed, settings_only=True) == renamed


def test_a_copy_of_the_projects_sheet_is_not_taken_for_the_missing_equipment_sheet(tmp_path: Path) -> None:
    def edit(wb):
        del wb[schema.SHEET_EQUIPMENT]
        wb.copy_worksheet(wb[schema.SHEET_PROJECTS]).title = "สำเนา ผด.02"
        wb.create_sheet("หมายเหตุ").append(["ที่", "รายการ"])  # "ที่" is an alias of the strategy code

    raw = read(make_book(tmp_path / "p.xlsx", edit))
    assert codes(raw) == ["E-SHEET-MISSING"]
    assert raw.findings[0].sheet == schema.SHEET_EQUIPMENT
    t = raw.tables["equipment"]
    assert (t.sheet, t.header_row, t.columns, t.rows) == (schema.SHEET_EQUIPMENT, None, {}, [])


def test_missing_sheets(tmp_path: Path) -> None:
    raw = read(make_book(tmp_path / "p.xlsx", lambda wb: wb.remove(wb[schema.SHEET_STRATEGIES])))
    (f,) = raw.findings
    assert (f.code, f.sheet) == ("E-SHEET-MISSING", schema.SHEET_STRATEGIES) and THAI.search(f.message)
    assert raw.tables["strategies"].header_row is None and raw.tables["strategies"].rows == []

    raw = read(make_book(tmp_path / "q.xlsx", lambda wb: wb.remove(wb[schema.SHEET_LISTS])))
    assert raw.findings == [] and all(items == [] for items in raw.lists.values())

    err = read_error(make_book(tmp_path / "r.xlsx", lambda wb: wb.remove(wb[schema.SHEET_PROJECTS])), "E-SHEET-MISSING")
    assert [f.sheet for f in err.findings] == [schema.SHEET_PROJECTS]
    err = read_error(make_book(tmp_path / "s.xlsx", lambda wb: wb.remove(wb[schema.SHEET_SETTINGS])), "E-SHEET-MISSING")
    assert [f.sheet for f in err.findings] == [schema.SHEET_SETTINGS]


def test_missing_required_header_and_missing_header_row(tmp_path: Path) -> None:
    def edit(wb):
        wb[schema.SHEET_PROJECTS]["B3"] = "แผนงานหลัก"  # not "แผนงาน"
        ws = wb[schema.SHEET_EQUIPMENT]
        for cell in ws[3]:
            cell.value = None

    raw = read(make_book(tmp_path / "p.xlsx", edit))
    (missing,) = only(raw, "E-HEADER-MISSING")
    assert missing.params["header"] == "แผนงาน" and missing.sheet == schema.SHEET_PROJECTS and missing.cell == "A3"
    assert "plan_area" not in raw.tables["projects"].columns and len(raw.tables["projects"].rows) == 2
    (no_row,) = only(raw, "E-HEADER-ROW-MISSING")
    assert no_row.sheet == schema.SHEET_EQUIPMENT and raw.tables["equipment"].header_row is None

    def no_projects_header(wb):
        for cell in wb[schema.SHEET_PROJECTS][3]:
            cell.value = None

    read_error(make_book(tmp_path / "q.xlsx", no_projects_header), "E-HEADER-ROW-MISSING")


def test_duplicate_header_uses_the_first(tmp_path: Path) -> None:
    def edit(wb):
        ws = wb[schema.SHEET_PROJECTS]
        col = len(schema.PROJECTS.columns) + 1
        ws.cell(3, col, "งบประมาณ")  # an alias of "งบประมาณ (บาท)"
        ws.cell(4, col, 99)

    raw = read(make_book(tmp_path / "p.xlsx", edit))
    (f,) = raw.findings
    assert f.code == "W-HEADER-DUPLICATE" and f.params["used"] == "E3" and f.cell.endswith("3")
    assert raw.tables["projects"].columns["budget"] == 5
    assert raw.tables["projects"].rows[0].values["budget"] == 450000


def test_blank_rows_between_data_rows_are_recorded_trailing_ones_not(tmp_path: Path) -> None:
    def edit(wb):
        ws = wb[schema.SHEET_PROJECTS]
        for j, value in enumerate([1, "แผนงานการศึกษา", "โครงการ ค"], 1):
            ws.cell(8, j, value)
        ws["C6"] = "   "  # whitespace only: still blank
        ws.cell(7, len(schema.PROJECTS.columns), "ผ่าน")  # a stale status does not make a row
        ws["C12"] = " "
        ws["C40"] = ""

    raw = read(make_book(tmp_path / "p.xlsx", edit))
    t = raw.tables["projects"]
    assert [r.row for r in t.rows] == [4, 5, 8]
    assert t.blank_rows == [6, 7]
    (info,) = only(raw, "I-BLANK-ROWS")
    assert info.params["count"] == 2 and info.cell == "A6"


def test_merged_cells_in_a_data_area_are_reported_once_per_sheet(tmp_path: Path) -> None:
    def edit(wb):
        ws = wb[schema.SHEET_PROJECTS]
        ws.merge_cells("A1:H1")  # the title: not data
        ws.merge_cells("F4:F5")
        ws.merge_cells("I4:J4")
        ws.merge_cells("A30:C31")  # below the data: not data
        wb[schema.SHEET_SETTINGS].merge_cells("B3:C3")  # a settings value: not a table

    raw = read(make_book(tmp_path / "p.xlsx", edit))
    (f,) = raw.findings
    assert f.code == "W-MERGED-CELLS" and f.sheet == schema.SHEET_PROJECTS
    assert f.params["ranges"] == "F4:F5, I4:J4" and f.cell == "F4"


def test_be_year_typed_as_ce_survives(tmp_path: Path) -> None:
    def edit(wb):
        ws = wb[schema.SHEET_SETTINGS]
        ws["D3"] = dt.datetime(2568, 10, 1)
        ws["D3"].number_format = schema.FMT_DATE_BE

    raw = read(make_book(tmp_path / "p.xlsx", edit, settings={"announced_date": dt.datetime(2568, 10, 1)}))
    assert raw.settings["announced_date"].value == dt.date(2568, 10, 1)
    assert raw.tables["holidays"].rows[0].values["date"] == dt.date(2568, 10, 1)


def test_cached_error_values_become_cell_errors(tmp_path: Path) -> None:
    path = make_book(tmp_path / "p.xlsx")
    part = sheet_part(path, schema.SHEET_PROJECTS)

    def patch(xml: bytes) -> bytes:
        xml = re.sub(rb'<c r="E4"[^>]*>.*?</c>', b'<c r="E4" t="e"><f>1/0</f><v>#DIV/0!</v></c>', xml)
        return re.sub(rb'<c r="F5"[^>]*>.*?</c>', b'<c r="F5" s="0" t="e"><v>#REF!</v></c>', xml)

    patch_zip(path, {part: patch})
    raw = read(path)
    rows = raw.tables["projects"].rows
    assert rows[0].values["budget"] == CellError("#DIV/0!") and str(rows[0].values["budget"]) == "#DIV/0!"
    assert rows[1].values["location"] == CellError("#REF!")


@pytest.mark.libreoffice
def test_formula_errors_computed_by_libreoffice_become_cell_errors(tmp_path: Path) -> None:
    from opplan_xl import libreoffice

    skip_without("calc")

    def edit(wb):
        ws = wb[schema.SHEET_PROJECTS]
        ws["E4"] = "=1/0"
        ws["F5"] = "=NA()"
        ws["E5"] = "=1000+1"

    (tmp_path / "src").mkdir()
    src = make_book(tmp_path / "src" / "p.xlsx", edit)
    out = libreoffice.convert(src, "xlsx", tmp_path / "out")
    raw = read(out)
    rows = raw.tables["projects"].rows
    assert rows[0].values["budget"] == CellError("#DIV/0!")
    assert rows[1].values["location"] == CellError("#N/A")
    assert rows[1].values["budget"] == 1001  # a formula's cached value is read; nothing is evaluated


def test_sheets_written_without_cell_references_or_with_prefixes(tmp_path: Path) -> None:
    path = make_book(tmp_path / "p.xlsx")
    part = sheet_part(path, schema.SHEET_PROJECTS)

    def patch(xml: bytes) -> bytes:
        # row 5: no r on its cells (they follow one another from column A); row 4: a prefixed error cell
        row5 = re.search(rb'<row r="5".*?</row>', xml, re.S).group(0)
        xml = xml.replace(row5, re.sub(rb' r="[A-Z]+5"', b"", row5))
        xml = xml.replace(
            b"<worksheet ", b'<worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        )
        return re.sub(rb'<c r="E4"[^>]*>.*?</c>', b"<x:c r='E4' t='e'><x:v>#NUM!</x:v></x:c>", xml)

    patch_zip(path, {part: patch})
    rows = read(path).tables["projects"].rows
    assert rows[0].values["budget"] == CellError("#NUM!")
    assert rows[1].values["name"] == PROJECT["name"] and rows[1].values["budget"] == 1000


# --------------------------------------------------------------------------------------------------
# hostile and broken files
# --------------------------------------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ReadError) as info:
        read_raw(tmp_path / "nope.xlsx")
    assert [f.code for f in info.value.findings] == ["E-FILE-NOT-FOUND"]
    assert "nope.xlsx" in info.value.findings[0].message


def test_locked_file_and_a_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import opplan_xl.files as files

    path = make_book(tmp_path / "p.xlsx")

    def locked(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(files, "read_regular", locked)  # as when another program holds the file
    read_error(path, "E-FILE-NO-ACCESS")
    monkeypatch.undo()
    with pytest.raises(ReadError) as info:
        read_raw(tmp_path)
    assert [f.code for f in info.value.findings] == ["E-FILE-NOT-EXCEL"]


@pytest.mark.parametrize(
    "content",
    [
        b"",
        "ชื่อโครงการ,งบประมาณ\nถนน,1000\n".encode(),
        b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 200,  # a Windows .exe
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n",
        b"<html><body><table><tr><td>1</td></tr></table></body></html>",  # "Excel" export from a web system
    ],
    ids=["empty", "csv", "exe", "pdf", "html"],
)
def test_files_that_are_not_workbooks(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "plan.xlsx"
    path.write_bytes(content)
    read_error(path, "E-FILE-NOT-EXCEL")


def test_a_zip_that_is_not_a_workbook_and_a_truncated_workbook(tmp_path: Path) -> None:
    docx = tmp_path / "letter.xlsx"
    with zipfile.ZipFile(docx, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<document/>")
    read_error(docx, "E-FILE-NOT-EXCEL")
    good = make_book(tmp_path / "p.xlsx").read_bytes()
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(good[: len(good) // 2])
    read_error(cut, "E-FILE-CORRUPT")


def test_oversized_file(tmp_path: Path) -> None:
    path = make_book(tmp_path / "p.xlsx")
    err = read_error(path, "E-FILE-TOO-BIG", max_bytes=1000)
    assert err.findings[0].params["limit_mb"] == "0.0"


def test_password_protected_workbook(tmp_path: Path) -> None:
    msoffcrypto = pytest.importorskip("msoffcrypto", reason="msoffcrypto-tool (comes with oletools) makes the file")
    from msoffcrypto.format.ooxml import OOXMLFile

    plain = make_book(tmp_path / "plain.xlsx")
    secret = tmp_path / "secret.xlsx"
    with plain.open("rb") as src, secret.open("wb") as dst:
        OOXMLFile(src).encrypt("รหัสผ่าน", dst)
    assert secret.read_bytes()[:4] == b"\xd0\xcf\x11\xe0" and msoffcrypto
    err = read_error(secret, "E-FILE-ENCRYPTED")
    assert "รหัสผ่าน" in err.findings[0].message


@pytest.mark.libreoffice
def test_legacy_xls_is_not_read(tmp_path: Path) -> None:
    from opplan_xl import libreoffice

    skip_without("calc")
    xls = libreoffice.convert(make_book(tmp_path / "p.xlsx"), "xls", tmp_path / "out")
    assert xls.read_bytes()[:4] == b"\xd0\xcf\x11\xe0"
    read_error(xls, "E-FILE-NOT-EXCEL")


def test_zip_bombs(tmp_path: Path) -> None:
    path = make_book(tmp_path / "p.xlsx")
    bomb = patch_zip(path, {"xl/media/image1.png": b"\0" * (30 * 1024 * 1024)}, tmp_path / "bomb.xlsx")
    assert bomb.stat().st_size < 1024 * 1024
    err = read_error(bomb, "E-FILE-UNZIP-LIMIT", max_unzipped=10 * 1024 * 1024)
    assert err.findings[0].params["limit_mb"] == "10.0"
    # under the size limit, but compressed a thousand times: refused all the same
    dense = patch_zip(path, {"xl/media/image1.png": b"\0" * (5 * 1024 * 1024)}, tmp_path / "dense.xlsx")
    read_error(dense, "E-FILE-UNZIP-LIMIT")


def test_xml_entity_bomb_in_shared_strings(tmp_path: Path) -> None:
    lol = (
        b'<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
        + b"".join(
            b' <!ENTITY lol%d "%s">\n' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10) for i in range(1, 10)
        )
        + b']>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">'
        b"<si><t>&lol9;</t></si></sst>"
    )
    path = patch_zip(make_book(tmp_path / "p.xlsx"), {"xl/sharedStrings.xml": lol})
    err = read_error(path, "E-FILE-CORRUPT")
    assert "xl/sharedStrings.xml" in err.findings[0].params["detail"]
    # a DTD hidden after a long comment, or after the root element, is found too
    sneaky = b"<?xml version='1.0'?><!--" + b"x" * 10000 + b'--><!DOCTYPE x SYSTEM "file:///etc/passwd"><x/>'
    read_error(patch_zip(path, {"xl/sharedStrings.xml": sneaky}), "E-FILE-CORRUPT")
    part = sheet_part(path, schema.SHEET_PROJECTS)
    inside = patch_zip(
        make_book(tmp_path / "q.xlsx"), {part: lambda x: x.replace(b"<sheetData>", b"<sheetData><!ENTITY a 'b'>")}
    )
    read_error(inside, "E-FILE-CORRUPT")


def test_too_many_rows_is_refused_before_the_sheet_is_loaded(tmp_path: Path) -> None:
    path = make_book(tmp_path / "p.xlsx", lambda wb: wb[schema.SHEET_PROJECTS].cell(250, 1, "x"))
    err = read_error(path, "E-FILE-TOO-MANY-ROWS", max_rows=200)
    assert err.findings[0].sheet == schema.SHEET_PROJECTS and err.findings[0].params["rows"] == "250"
    read(path, max_rows=250)
    wide = make_book(tmp_path / "w.xlsx", lambda wb: wb[schema.SHEET_PROJECTS].cell(5, 16384, "x"))
    err = read_error(wide, "E-FILE-TOO-MANY-CELLS", max_cells=50_000)
    assert err.findings[0].cell == "XFD5"


def test_formatting_only_cells_do_not_count_towards_the_limits(tmp_path: Path) -> None:
    path = make_book(tmp_path / "p.xlsx")
    part = sheet_part(path, schema.SHEET_PROJECTS)
    empty = b"".join(b'<row r="%d"><c r="A%d" s="0"/></row>' % (r, r) for r in range(300, 320))
    patch_zip(path, {part: lambda x: x.replace(b"</sheetData>", empty + b"</sheetData>")})
    raw = read(path, max_rows=200)
    assert len(raw.tables["projects"].rows) == 2


@pytest.mark.parametrize(
    "cell",
    [
        b'<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>',
        b'<row r="6"><c r="A6" r="XFD1048576"><v>1</v></c></row>',  # calamine takes the last r
        b"<row r='7'><c t='n' r = 'xfd1048576'><v>1</v></c></row>",
    ],
    ids=["far", "duplicate-r", "odd-spelling"],
)
def test_a_cell_at_the_far_corner_does_not_crash_the_process(tmp_path: Path, cell: bytes) -> None:
    # calamine would try to allocate 17 billion cells and abort the whole process: run it in a child
    path = make_book(tmp_path / "p.xlsx")
    patch_zip(
        path, {sheet_part(path, schema.SHEET_PROJECTS): lambda x: x.replace(b"</sheetData>", cell + b"</sheetData>")}
    )
    code = (
        "import sys; from opplan_xl.xlsx.read import read_raw, ReadError\n"
        "try:\n    read_raw(sys.argv[1])\nexcept ReadError as e:\n    print(e.findings[0].code)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.strip() == "E-FILE-TOO-MANY-ROWS"


def test_damaged_sheet_xml_is_a_finding_not_a_traceback(tmp_path: Path) -> None:
    path = make_book(tmp_path / "p.xlsx")
    part = sheet_part(path, schema.SHEET_PROJECTS)
    patch_zip(
        path,
        {part: lambda x: x.replace(b"</sheetData>", b'<row r="9"><c r="A9" t="s"><v>77</v></c></row></sheetData>')},
    )
    err = read_error(path, "E-FILE-CORRUPT")  # shared string 77 does not exist
    assert "calamine" in err.findings[0].params["detail"]
    for i, bad in enumerate([b"<t>&undefined;</t>", b"<t>\xff\xfe</t>"]):  # an unknown entity, broken UTF-8
        row = b'<row r="9"><c r="A9" t="inlineStr"><is>' + bad + b"</is></c></row></sheetData>"
        broken = patch_zip(
            make_book(tmp_path / f"q{i}.xlsx"), {part: lambda x, row=row: x.replace(b"</sheetData>", row)}
        )
        read_error(broken, "E-FILE-CORRUPT")
    cut = patch_zip(make_book(tmp_path / "r.xlsx"), {part: lambda x: x[: len(x) // 2]})
    read_error(cut, "E-FILE-CORRUPT")


# --------------------------------------------------------------------------------------------------
# extract_raw on grids from a live book (the Excel layer sends one grid per sheet, any origin)
# --------------------------------------------------------------------------------------------------


def test_extract_raw_on_grids_that_do_not_start_at_a1() -> None:
    labels = [[s.label, None] for s in schema.SETTINGS]
    labels[1][1] = "หนองบัวแก้ว"
    settings = SheetGrid(schema.SHEET_SETTINGS, labels, first_row=5, first_col=1)
    header = [c.header for c in schema.PROJECTS.columns]
    rows = [
        ["ผด.02"] + [None] * (len(header) - 1),
        header,
        [1, "แผนงานการศึกษา", "โครงการ ก", "กิจกรรม", 1000.0, "หมู่ 1", "กองการศึกษา"],  # ragged row
        [None] * len(header),
        [2, "แผนงานการศึกษา", "  โครงการ ข  ", "กิจกรรม", 2000.0, "หมู่ 2", "กองการศึกษา", None, None, "✓"],
    ]
    projects = SheetGrid(schema.SHEET_PROJECTS, rows, first_row=2, first_col=3, merged=["D6:E6", "C2:F2"])
    raw = extract_raw([settings, projects], None)
    assert raw.settings["org_kind"].address == "B5"
    assert raw.settings["org_name"].address == "B6" and raw.settings["org_name"].value == "หนองบัวแก้ว"
    t = raw.tables["projects"]
    assert t.header_row == 3 and t.columns["strategy"] == 3 and t.columns["budget"] == 7
    assert [r.row for r in t.rows] == [4, 6] and t.blank_rows == [5]
    assert t.rows[1].values["name"] == "โครงการ ข" and t.rows[1].values["m10"] == "✓"
    assert t.rows[0].values["m10"] is None  # beyond the end of a ragged row
    assert ("ผด.02 โครงการ", "C2", "ผด.02") in raw.other_text
    (merged,) = only(raw, "W-MERGED-CELLS")
    assert merged.params["ranges"] == "D6:E6"
    assert {f.code for f in raw.findings} == {
        "W-MERGED-CELLS",
        "I-BLANK-ROWS",
        "E-SHEET-MISSING",  # strategies and equipment were not sent
        "I-HOLIDAYS-TABLE-MISSING",
    }


# --------------------------------------------------------------------------------------------------
# the whole path
# --------------------------------------------------------------------------------------------------


def test_read_workbook_parses_what_read_raw_found(tmp_path: Path) -> None:
    from opplan_xl.xlsx.read import read_workbook

    plan, findings = read_workbook(make_book(tmp_path / "p.xlsx"))
    assert len(plan.projects) == 2 and plan.settings.org_name == "หนองบัวแก้ว"
    assert isinstance(findings, list)


def test_the_reader_does_not_import_openpyxl() -> None:
    code = "import sys, opplan_xl.xlsx.read; assert 'openpyxl' not in sys.modules and 'xlwings' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
