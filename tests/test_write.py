"""The standard workbook written without Excel: read back with openpyxl, and recalculated by LibreOffice."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from opplan_xl import libreoffice, schema
from opplan_xl.example import sample_plan
from opplan_xl.model import Plan, Project, Strategy
from opplan_xl.rollup import largest_remainder, rollup
from opplan_xl.versions.ids import with_ids
from opplan_xl.xlsx.cells import column_letter
from opplan_xl.xlsx.write import (
    SPARE_ROWS,
    SUMMARY_HEADER_ROW,
    VALIDATION_ROWS,
    build_workbook,
    summary_layout,
    workbook_bytes,
    write_workbook,
)

D = Decimal


@pytest.fixture(scope="module")
def plan() -> Plan:
    return sample_plan()


@pytest.fixture(scope="module")
def book(plan: Plan, tmp_path_factory) -> tuple[Path, openpyxl.Workbook]:
    path = write_workbook(plan, tmp_path_factory.mktemp("book") / "plan.xlsx")
    return path, openpyxl.load_workbook(path)


def _validations(ws) -> dict[str, object]:
    """First cell of each validated range → its DataValidation."""
    out = {}
    for dv in ws.data_validations.dataValidation:
        for rng in dv.sqref.ranges:
            out[rng.coord.split(":")[0]] = (dv, rng)
    return out


# ---- structure -------------------------------------------------------------------------------


def test_sheets_in_order_with_code_names(book) -> None:
    _, wb = book
    assert wb.sheetnames == list(schema.STANDARD_SHEETS)
    assert wb.code_name == "ThisWorkbook"
    assert [ws.sheet_properties.codeName for ws in wb.worksheets] == [
        f"Sheet{i}" for i in range(1, len(schema.STANDARD_SHEETS) + 1)
    ]
    assert wb.properties.creator == "opplan-xl"


def test_default_font_is_th_sarabun(book) -> None:
    path, _ = book
    styles = zipfile.ZipFile(path).read("xl/styles.xml").decode()
    first_font = styles.split("<font>", 1)[1].split("</font>", 1)[0]
    assert 'val="TH Sarabun New"' in first_font


def test_settings_sheet(book, plan: Plan) -> None:
    _, wb = book
    ws = wb[schema.SHEET_SETTINGS]
    dvs = _validations(ws)
    for i, setting in enumerate(schema.SETTINGS):
        row = schema.SETTINGS_FIRST_ROW + i
        assert ws[f"A{row}"].value == setting.label
        cell = ws[f"B{row}"]
        # a defined name per setting, pointing at its value cell
        dest = list(wb.defined_names[setting.defined_name].destinations)
        assert dest == [(schema.SHEET_SETTINGS, f"$B${row}")]
        value = getattr(plan.settings, setting.key)
        if setting.kind is schema.Kind.DATE:
            assert cell.value.date() == value
            assert cell.number_format == schema.FMT_DATE_BE_LONG
            dv, _ = dvs[f"B{row}"]
            assert dv.type == "date" and dv.operator == "between"
            assert openpyxl.utils.datetime.from_excel(int(dv.formula1)).date() == dt.date(1990, 1, 1)
            assert openpyxl.utils.datetime.from_excel(int(dv.formula2)).date() == dt.date(2200, 12, 31)
            assert dv.error == schema.DV_DATE_ERROR and "พ.ศ." in dv.error and "ค.ศ." in dv.error
        elif setting.kind is schema.Kind.BOOL:
            assert cell.value == (schema.YES if value else schema.NO)
        elif value is not None:
            assert cell.value == value
        if setting.list_name:
            dv, _ = dvs[f"B{row}"]
            assert dv.type == "list" and dv.formula1 == setting.list_name  # a name, no leading "="
        if setting.help:
            assert dvs[f"B{row}"][0].prompt == setting.help
    assert wb.defined_names["cfg_fiscal_year"].attr_text == "'ข้อมูลทั่วไป'!$B$7"
    assert ws["B7"].value == 2570 and ws["B7"].number_format == "0"


def test_holidays_table(book, plan: Plan) -> None:
    _, wb = book
    ws = wb[schema.SHEET_SETTINGS]
    table = ws.tables[schema.HOLIDAYS_TABLE.name]
    hrow = schema.HOLIDAYS_TABLE.header_row
    col = schema.HOLIDAYS_FIRST_COL
    assert table.ref.startswith(f"{col}{hrow}:")
    assert [c.name for c in table.tableColumns] == [c.header for c in schema.HOLIDAYS_TABLE.columns]
    assert ws[f"{col}{hrow}"].value == schema.HOLIDAYS_TABLE.columns[0].header
    first = plan.settings.extra_holidays[0]
    assert ws[f"{col}{hrow + 1}"].value.date() == first.date
    assert ws[f"{col}{hrow + 1}"].number_format == schema.FMT_DATE_BE_LONG
    assert _validations(ws)[f"{col}{hrow + 1}"][0].type == "date"


@pytest.mark.parametrize("key", ["strategies", "projects", "equipment"])
def test_data_tables(book, plan: Plan, key: str) -> None:
    _, wb = book
    table = schema.TABLES_BY_KEY[key]
    plan = with_ids(plan, fresh_only=True)  # what the writer writes: every project and equipment row with its id
    items = {"strategies": plan.strategies, "projects": plan.projects, "equipment": plan.equipment}[key]
    ws = wb[table.sheet]
    hrow = table.header_row
    last = hrow + len(items) + SPARE_ROWS
    xl = ws.tables[table.name]
    last_col = column_letter(len(table.columns))
    assert xl.ref == f"A{hrow}:{last_col}{last}"  # data plus empty formatted rows inside the table
    headers = [c.name for c in xl.tableColumns]
    assert headers == [c.header for c in table.columns] and len(set(headers)) == len(headers)
    assert [ws.cell(hrow, i + 1).value for i in range(len(table.columns))] == headers
    assert ws["A1"].value == table.title
    assert ws["A2"].value == '="แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. "&cfg_fiscal_year'  # never a typed year
    assert ws.freeze_panes == ("D" if key == "projects" else "A") + str(hrow + 1)
    dvs = _validations(ws)
    for i, column in enumerate(table.columns):
        letter = column_letter(i + 1)
        assert ws.column_dimensions[letter].width == column.width
        if column.list_name:
            dv, rng = dvs[f"{letter}{hrow + 1}"]
            assert dv.type == "list" and dv.formula1 == column.list_name
            assert rng.max_row == last + VALIDATION_ROWS
        if column.help:
            assert dvs[f"{letter}{hrow + 1}"][0].prompt == column.help
        if column.kind is schema.Kind.AMOUNT:
            assert ws[f"{letter}{hrow + 1}"].number_format == schema.FMT_AMOUNT
            assert ws[f"{letter}{last}"].number_format == schema.FMT_AMOUNT  # spare rows are formatted too
        if column.kind is schema.Kind.MONTH:
            assert ws[f"{letter}{last}"].alignment.horizontal == "center"
        if column.kind is schema.Kind.OUTPUT:
            rules = [
                (r.formula[0], r.dxf.fill.fgColor.rgb)
                for cf in ws.conditional_formatting
                if str(cf.sqref) == f"{letter}{hrow + 1}:{letter}{last + VALIDATION_ROWS}"
                for r in cf.rules
            ]
            assert rules == [
                (f'"{schema.STATUS_ERROR}"', "00FFC7CE"),
                (f'"{schema.STATUS_WARNING}"', "00FFEB9C"),
                (f'"{schema.STATUS_OK}"', "00C6EFCE"),
            ]
    # the data
    for n, item in enumerate(items):
        row = hrow + 1 + n
        for i, column in enumerate(table.columns):
            value = ws.cell(row, i + 1).value
            if column.kind is schema.Kind.MONTH:
                assert value == (schema.MONTH_MARK if int(column.key[1:]) in item.months else None)
            elif column.kind is schema.Kind.AMOUNT:
                assert (None if value is None else D(str(value))) == getattr(item, column.key)
            elif column.kind is schema.Kind.CODE:
                assert (None if value is None else str(value)) == getattr(item, column.key)
            elif column.kind is not schema.Kind.OUTPUT:
                assert value == getattr(item, column.key)
    assert ws.cell(last + 1, 1).value is None


def test_project_fonts_and_wrap(book) -> None:
    _, wb = book
    ws = wb[schema.PROJECTS.sheet]
    name_col = column_letter([c.key for c in schema.PROJECTS.columns].index("name") + 1)
    assert ws[f"{name_col}4"].alignment.wrap_text
    assert ws[f"{name_col}4"].font.name == "TH Sarabun New"


def test_lists_sheet_and_named_ranges(book, plan: Plan) -> None:
    _, wb = book
    ws = wb[schema.SHEET_LISTS]
    for i, lst in enumerate(schema.standard_lists(plan.settings.org_kind), 1):
        letter = column_letter(i)
        items = plan.list_items(lst.name)
        assert ws[f"{letter}1"].value == lst.header
        assert [ws[f"{letter}{r}"].value for r in range(2, 2 + len(items))] == list(items)
        assert ws[f"{letter}{2 + len(items)}"].value is None
        dest = list(wb.defined_names[lst.name].destinations)
        assert dest == [(schema.SHEET_LISTS, f"${letter}$2:${letter}${1 + len(items)}")]  # exactly the items
        (table,) = [t for t in ws.tables.values() if t.ref.startswith(f"{letter}1:")]
        assert [c.name for c in table.tableColumns] == [lst.header]
    # other agencies the plan uses are on the agencies list
    assert "แขวงทางหลวงชนบทพะเยา" in plan.list_items(schema.LIST_AGENCIES)
    # strategy codes come from the strategies table's code column
    hrow = schema.STRATEGIES.header_row
    last = hrow + len(plan.strategies) + SPARE_ROWS
    assert list(wb.defined_names[schema.LIST_STRATEGY_CODES].destinations) == [
        (schema.SHEET_STRATEGIES, f"$A${hrow + 1}:$A${last}")
    ]


def test_every_defined_name_resolves(book) -> None:
    _, wb = book
    for name, dn in wb.defined_names.items():
        for sheet, ref in dn.destinations:
            assert sheet in wb.sheetnames, name
            wb[sheet][ref.replace("$", "")]  # a valid reference
    names = set(wb.defined_names)
    tables = {t for ws in wb.worksheets for t in ws.tables}
    assert not names & tables
    # holidays, three data tables, amendments and history, the wording, one per list
    assert len(tables) == 4 + len(schema.VERSION_TABLES) + 1 + len(schema.standard_lists())


def test_summary_sheet_formulas(book, plan: Plan) -> None:
    _, wb = book
    ws = wb[schema.SHEET_SUMMARY]
    r = rollup(plan)
    layout = summary_layout(plan)
    assert ws["F1"].value == schema.FORM_CODES["summary"]
    assert "cfg_title_summary" in ws["A2"].value and schema.FORM_TITLES["summary"] in ws["A2"].value
    assert "cfg_fiscal_year" in ws["A3"].value and "2570" not in ws["A3"].value
    assert [ws.cell(SUMMARY_HEADER_ROW, i).value for i in range(1, 7)] == list(schema.SUMMARY_HEADERS)
    labels = [ws[f"A{row}"].value for row in range(layout.first_row, layout.total_row + 1)]
    expected = []
    for s in r.strategies:
        expected.append(f"{s.strategy}. {s.strategy_name}")
        expected += [f"{s.strategy}.{j} {row.plan_area}" for j, row in enumerate(s.rows, 1)]
        expected.append("รวม")
    assert labels == [*expected, "รวมทั้งสิ้น"]
    first_pair = layout.pair_rows[0]
    assert ws[f"B{first_pair}"].value.startswith("=COUNTIFS(tblProjects[ยุทธศาสตร์],")
    assert ws[f"D{first_pair}"].value.startswith("=SUMIFS(tblProjects[งบประมาณ (บาท)],")
    assert ws[f"F{first_pair}"].value == ", ".join(r.rows[0].agencies)  # a value, with a note on the header
    assert ws[f"F{SUMMARY_HEADER_ROW}"].comment.text == schema.SUMMARY_AGENCIES_NOTE
    assert ws[f"B{layout.total_row}"].value.startswith("=SUMPRODUCT(")  # the whole table
    assert ws[f"A{layout.check_row}"].value == schema.SUMMARY_CHECK_LABEL
    assert ws[f"B{first_pair}"].number_format == "#,##0"
    assert ws[f"C{first_pair}"].number_format == "0.00"
    assert ws[f"D{first_pair}"].number_format == "#,##0.00"
    assert ws.column_dimensions["H"].hidden and ws.column_dimensions["W"].hidden
    # the check row is red when not zero through the hidden kind column (no rule fixed on its row number)
    assert ws[f"X{layout.check_row}"].value == "check"
    check_rules = [rule.formula[0] for cf in ws.conditional_formatting for rule in cf.rules]
    first = layout.first_row
    assert f'AND($X{first}="check",OR($B{first}<>0,$D{first}<>0))' in check_rules
    # no newer functions that need _xlfn prefixes
    for ws_ in wb.worksheets:
        for row in ws_.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    assert "_xlfn" not in cell.value and "[@" not in cell.value


def test_criteria_escape_wildcards_and_operators() -> None:
    plan = Plan(
        strategies=[Strategy(code="1", name="หนึ่ง")],
        projects=[
            Project(strategy="1", plan_area="แผนงาน*พิเศษ?", budget=D("1.00")),
            Project(strategy="1", plan_area=">แผนงาน", budget=D("1.00")),
        ],
    )
    layout = summary_layout(plan)
    formulas = [row[1] for row, kind in zip(layout.rows, layout.kinds, strict=True) if kind == "pair"]
    assert '"แผนงาน~*พิเศษ~?"' in formulas[0] and '"=>แผนงาน"' in formulas[1]


# ---- files -----------------------------------------------------------------------------------


def test_deterministic_bytes(plan: Plan) -> None:
    a = workbook_bytes(plan)
    assert a == workbook_bytes(sample_plan())
    other = sample_plan()
    other.projects[0].budget += D("0.01")
    assert workbook_bytes(other) != a
    with zipfile.ZipFile(io.BytesIO(a)) as z:
        assert {i.date_time for i in z.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        assert b"2026-01-01T00:00:00Z" in z.read("docProps/core.xml")


def test_overwrite_keeps_a_numbered_backup(tmp_path: Path, plan: Plan) -> None:
    target = tmp_path / "plan.xlsx"
    assert write_workbook(plan, target) == target
    first = target.read_bytes()
    write_workbook(Plan(), target)
    assert (tmp_path / "plan.1.xlsx").read_bytes() == first
    assert target.read_bytes() != first
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_empty_plan_builds(tmp_path: Path) -> None:
    wb = build_workbook(Plan())
    ws = wb[schema.SHEET_SETTINGS]
    assert ws["B3"].value == "องค์การบริหารส่วนตำบล"  # the setting's default
    last_col = column_letter(len(schema.PROJECTS.columns))
    assert wb[schema.SHEET_PROJECTS].tables[schema.PROJECTS.name].ref == f"A3:{last_col}{3 + SPARE_ROWS}"
    write_workbook(Plan(), tmp_path / "blank.xlsx")
    openpyxl.load_workbook(tmp_path / "blank.xlsx")


def test_text_that_looks_like_a_formula_stays_text(tmp_path: Path) -> None:
    plan = Plan(projects=[Project(strategy="1", plan_area="แผนงานการศึกษา", name="=1+1", activity="a\x0bb")])
    ws = openpyxl.load_workbook(write_workbook(plan, tmp_path / "f.xlsx"))[schema.SHEET_PROJECTS]
    assert ws["C4"].value == "=1+1" and ws["C4"].data_type == "s"
    assert ws["D4"].value == "ab"


def test_reads_back_as_the_same_plan(book, plan: Plan) -> None:
    from opplan_xl.xlsx import read

    path, _ = book
    back, findings = read.read_workbook(path)
    assert findings == []
    plan = with_ids(plan, fresh_only=True)  # the writer gives every row an id
    assert back.settings == plan.settings
    assert back.strategies == plan.strategies
    assert back.projects == plan.projects
    assert back.equipment == plan.equipment


def test_every_row_is_written_with_a_stable_id(tmp_path: Path) -> None:
    """The hidden row-id column: ids given once (P0001…, E0001…), kept on every later write, never changed for a
    row that has one; a row typed since gets none (a number after the highest could be the id of a row deleted
    since, and a diff against the earlier file would pair the two); the plan given is not changed."""
    from opplan_xl.xlsx import read

    plan = sample_plan()
    assert all(p.row_id is None for p in plan.projects)
    first, _ = read.read_workbook(write_workbook(plan, tmp_path / "a.xlsx"))
    assert all(p.row_id is None for p in plan.projects)  # the caller's plan is untouched
    ids = [p.row_id for p in first.projects]
    tag = ids[0].split("-")[1]
    assert len(tag) == 6 and ids == [f"P{n:04d}-{tag}" for n in range(1, len(ids) + 1)]
    assert [e.row_id.split("-")[0] for e in first.equipment] == [
        f"E{n:04d}" for n in range(1, len(first.equipment) + 1)
    ]
    # another plan given ids separately shares none of them (only a copy of the file does)
    other = sample_plan()
    del other.projects[3]
    again, _ = read.read_workbook(write_workbook(other, tmp_path / "c.xlsx"))
    assert not {p.row_id for p in again.projects} & set(ids)
    first.projects.reverse()
    first.projects.insert(1, Project(name="โครงการใหม่", strategy="1", budget=Decimal("1000.00")))
    second, _ = read.read_workbook(write_workbook(first, tmp_path / "b.xlsx"))
    assert [p.row_id for p in second.projects] == [ids[-1], None, *reversed(ids[:-1])]
    assert workbook_bytes(second) == (tmp_path / "b.xlsx").read_bytes()  # ids read back: the same workbook again


# ---- LibreOffice: the native formulas give rollup()'s numbers --------------------------------

from .helpers import needs_calc as needs_lo  # noqa: E402  (recalculating workbooks: LibreOffice Calc)


def _recalculated(plan: Plan, tmp_path: Path, summary=None):
    src = write_workbook(plan, tmp_path / "in" / "plan.xlsx", summary)
    out = libreoffice.convert(src, "xlsx", tmp_path / "out")
    return openpyxl.load_workbook(out, data_only=True)[schema.SHEET_SUMMARY]


def _money(value) -> Decimal:
    return D(str(round(float(value), 2))).quantize(D("0.01"))


@pytest.mark.libreoffice
@needs_lo
@pytest.mark.parametrize(
    ("kind", "district", "province"),
    [
        ("องค์การบริหารส่วนตำบล", "อำเภอเมืองพะเยา", "จังหวัดพะเยา"),
        ("องค์การบริหารส่วนตำบล", " อำเภอ เมืองพะเยา ", "พะเยา"),
        ("องค์การบริหารส่วนจังหวัด", "เมืองพะเยา", "จังหวัดพะเยา"),
    ],
)
def test_libreoffice_summary_title_uses_the_documents_names(
    tmp_path: Path, plan: Plan, kind: str, district: str, province: str
) -> None:
    """The officer typed "อำเภอ"/"จังหวัด": the sheet's title does not double them (issue 9), like the document."""
    from opplan_xl.document.build import make_context

    plan = plan.model_copy(deep=True)
    plan.settings.org_kind, plan.settings.district, plan.settings.province = kind, district, province
    ws = _recalculated(plan, tmp_path)
    assert ws["A4"].value == make_context(plan).org_line
    assert "อำเภออำเภอ" not in ws["A4"].value and "จังหวัดจังหวัด" not in ws["A4"].value


@pytest.mark.libreoffice
@needs_lo
def test_libreoffice_summary_equals_rollup(tmp_path: Path, plan: Plan) -> None:
    ws = _recalculated(plan, tmp_path)
    r = rollup(plan)
    layout = summary_layout(plan)
    pairs = iter(layout.pair_rows)
    subtotals = iter(layout.subtotal_rows)
    for s in r.strategies:
        for row in s.rows:
            n = next(pairs)
            assert ws[f"B{n}"].value == row.projects
            assert _money(ws[f"C{n}"].value) == row.projects_pct
            assert _money(ws[f"D{n}"].value) == row.budget
            assert _money(ws[f"E{n}"].value) == row.budget_pct
        n = next(subtotals)
        assert (ws[f"B{n}"].value, _money(ws[f"D{n}"].value)) == (s.projects, s.budget)
        assert (_money(ws[f"C{n}"].value), _money(ws[f"E{n}"].value)) == (s.projects_pct, s.budget_pct)
    t = layout.total_row
    assert ws[f"B{t}"].value == r.total_projects == 73
    assert _money(ws[f"D{t}"].value) == r.total_budget == D("32578317.02")
    assert _money(ws[f"C{t}"].value) == _money(ws[f"E{t}"].value) == D("100.00")
    c = layout.check_row
    assert [ws[f"{x}{c}"].value for x in "BCDE"] == [0, 0, 0, 0]
    assert ws["A3"].value == "แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2570"
    assert ws["A4"].value == "องค์การบริหารส่วนตำบลหนองบัวแก้ว อำเภอเมืองพะเยา จังหวัดพะเยา"


@pytest.mark.libreoffice
@needs_lo
def test_libreoffice_unlisted_pair_shows_in_check_row(tmp_path: Path) -> None:
    listed = sample_plan()
    full = sample_plan()
    # a project added after the summary was built, under a pair the summary does not list
    full.projects.append(
        Project(
            strategy="2",
            plan_area="แผนงานการศึกษา",
            name="โครงการส่งเสริมการเรียนรู้ด้านการเกษตรในโรงเรียน",
            activity="เพื่อจ่ายเป็นค่าวัสดุการเกษตรสำหรับแปลงเรียนรู้",
            budget=D("12345.67"),
            location="โรงเรียนบ้านหนองบัว",
            agency="กองการศึกษา ศาสนาและวัฒนธรรม",
            months=(6, 7),
        )
    )
    summary = rollup(listed)
    ws = _recalculated(full, tmp_path, summary)
    layout = summary_layout(full, summary)
    t, c = layout.total_row, layout.check_row
    whole = rollup(full)
    assert ws[f"B{t}"].value == whole.total_projects == 74
    assert _money(ws[f"D{t}"].value) == whole.total_budget == summary.total_budget + D("12345.67")
    assert ws[f"B{c}"].value == 1 and _money(ws[f"D{c}"].value) == D("12345.67")
    # percentages: the listed rows and the check row share 100.00 by largest remainder
    counts = [row.projects for row in summary.rows] + [1]
    budgets = [row.budget for row in summary.rows] + [D("12345.67")]
    want_c, want_b = largest_remainder(counts), largest_remainder(budgets)
    got_c = [_money(ws[f"C{n}"].value) for n in [*layout.pair_rows, c]]
    got_b = [_money(ws[f"E{n}"].value) for n in [*layout.pair_rows, c]]
    assert got_c == want_c and got_b == want_b
    assert sum(got_c) == sum(got_b) == D("100.00")
    assert _money(ws[f"C{t}"].value) == D("100.00")


@pytest.mark.libreoffice
@needs_lo
def test_libreoffice_renders_buddhist_era_dates(tmp_path: Path, plan: Plan) -> None:
    src = write_workbook(plan, tmp_path / "plan.xlsx")
    out = libreoffice.convert(src, libreoffice.CSV_UTF8, tmp_path / "csv")  # the first sheet: settings
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
    shown = {row[0]: row[1] for row in rows if len(row) > 1}
    assert shown[schema.SETTINGS_BY_KEY["budget_act_date"].label] == "15 กันยายน 2569"
    assert shown[schema.SETTINGS_BY_KEY["announced_date"].label] == "7 ตุลาคม 2569"
    assert shown[schema.SETTINGS_BY_KEY["fiscal_year"].label] == "2570"


@pytest.mark.libreoffice
@needs_lo
def test_libreoffice_agrees_on_awkward_plans(tmp_path: Path) -> None:
    """Ties, a negative budget, an unknown strategy code, empty strategy or plan area, a budget left empty."""
    areas = schema.PLAN_AREAS
    projects = [Project(strategy="1", plan_area=areas[i % 7], name=f"ก{i}", budget=D("1.00")) for i in range(7)]
    projects += [
        Project(strategy="2", plan_area=areas[2], name="ข", budget=D("-500.00")),
        Project(strategy="9", plan_area="แผนงานอื่น", name="ค", budget=D("1234567.89")),
        Project(strategy=None, plan_area=None, name="ง", budget=D("5.00")),
        Project(strategy="1", plan_area=None, name="จ", budget=D("7.00")),
        Project(strategy=None, plan_area=areas[0], name="ฉ", budget=None),
    ]
    plan = Plan(strategies=[Strategy(code="1", name="หนึ่ง"), Strategy(code="2", name="สอง")], projects=projects)
    ws = _recalculated(plan, tmp_path)
    r = rollup(plan)
    layout = summary_layout(plan)
    got = [
        (ws[f"B{n}"].value, _money(ws[f"C{n}"].value), _money(ws[f"D{n}"].value), _money(ws[f"E{n}"].value))
        for n in layout.pair_rows
    ]
    assert got == [(x.projects, x.projects_pct, x.budget, x.budget_pct) for x in r.rows]
    t, c = layout.total_row, layout.check_row
    assert (ws[f"B{t}"].value, _money(ws[f"D{t}"].value)) == (r.total_projects, r.total_budget)
    assert [ws[f"{x}{c}"].value for x in "BCDE"] == [0, 0, 0, 0]


def test_ids_added_after_tagged_ones_continue_their_numbers() -> None:
    """An amendment's new rows number on from the writer's tagged ids (P0074 after P0073-3FA9C1), never restart."""
    from opplan_xl import schema
    from opplan_xl.versions.ids import next_id

    plan = with_ids(sample_plan(), fresh_only=True)
    last = plan.projects[-1].row_id
    assert last.startswith(f"P{len(plan.projects):04d}-")
    assert next_id(plan, schema.PROJECTS) == f"P{len(plan.projects) + 1:04d}"
    plan.projects[0].row_id = None
    assert with_ids(plan).projects[0].row_id == f"P{len(plan.projects) + 1:04d}"
