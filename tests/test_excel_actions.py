"""The ribbon's actions against a fake xlwings book (``tests/fake_xlwings.py``) that counts every Excel call.

The fake starts from the very sheets ``opplan build-workbook`` lays out (``build_openpyxl``), so the actions meet the
real layout. What is checked: each action's effect on the workbook (findings with links, statuses, the ผด.01 block,
the document next to the workbook), the Thai message box, the error path, and that the number of Excel calls per
button press is the same for 10 and for 5,000 projects.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from opplan_xl import messages, schema
from opplan_xl.example import sample_plan, synthetic_plan
from opplan_xl.excel.actions import ACTIONS
from opplan_xl.excel.book import LiveBook
from opplan_xl.excel.results import RESULTS_FIRST_ROW, results_header
from opplan_xl.model import Plan
from opplan_xl.rollup import rollup
from opplan_xl.xlsx.cells import column_index
from opplan_xl.xlsx.vba.project import installed_xlwings_version
from opplan_xl.xlsx.workbook import SUMMARY_KIND_COL, build_openpyxl
from opplan_xl.xlsx.write import summary_layout

from .fake_xlwings import FakeBook
from .helpers import make_book, needs_calc, press

HEADER_ROW = RESULTS_FIRST_ROW + 2  # heading line, blank row, then the column headers (one heading line)


@pytest.fixture(autouse=True)
def _logs_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Unexpected-error logs go to a temporary folder."""
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "appdata"))


@pytest.fixture
def no_libreoffice(monkeypatch: pytest.MonkeyPatch) -> None:
    """Generate makes no PDF (the document's own tests cover the PDF; here it would only cost time)."""
    monkeypatch.setattr("opplan_xl.libreoffice.find_soffice", lambda: None)


def data_cells(book: FakeBook) -> dict[str, dict]:
    """Every cell the user types into: the data sheets without the status column."""
    out = {}
    for name in (schema.SHEET_SETTINGS, schema.SHEET_STRATEGIES, schema.SHEET_PROJECTS, schema.SHEET_EQUIPMENT):
        sheet = book.sheet(name)
        status_cols = {c for (r, c), v in sheet.cells.items() if v == schema.STATUS_COLUMN.header}
        out[name] = {k: v for k, v in sheet.cells.items() if k[1] not in status_cols}
    return out


def results_rows(book: FakeBook) -> list[list[object]]:
    sheet = book.sheet(schema.SHEET_RESULTS)
    last = max(r for r, _ in sheet.cells)
    return [[sheet.cells.get((r, c)) for c in range(1, 6)] for r in range(HEADER_ROW + 1, last + 1)]


def status_col(book: FakeBook, table) -> str:
    from opplan_xl.xlsx.cells import column_letter

    return column_letter([c.key for c in table.columns].index(schema.STATUS_COLUMN.key) + 1)


def broken_plan() -> Plan:
    plan = sample_plan()
    plan.projects[3].budget = None  # error: required cell empty (row 7)
    plan.projects[5].plan_area = "แผนงานที่ไม่มีในรายการ"  # error: unknown plan area (row 9)
    plan.settings.posted_date = plan.settings.announced_date + dt.timedelta(days=20)  # errors: posted late, and
    return plan  # so taken down too early


# ------------------------------------------------------------------------------------------------------ validate


def test_validate_clean_plan(tmp_path: Path) -> None:
    book = make_book(sample_plan(), tmp_path)
    before = data_cells(book)
    outcome = press(book, "validate")
    assert not outcome.critical
    assert outcome.message == messages.text("xl.validate.ok", status="ผลตรวจ", ok=schema.STATUS_OK)
    alert = book.app.alerts[-1]
    assert alert["prompt"] == outcome.message and alert["title"] == messages.text("xl.title.validate")
    assert alert["mode"] == "info"
    projects = book.sheet(schema.SHEET_PROJECTS)
    col = status_col(book, schema.PROJECTS)
    first = schema.PROJECTS.header_row + 1
    n = len(sample_plan().projects)
    assert projects.column(col, first, first + n - 1) == [schema.STATUS_OK] * n
    assert projects.get(f"{col}{first + n}") is None
    assert results_rows(book) == [[None, None, None, messages.text("xl.results.none"), None]]
    assert data_cells(book) == before
    assert book.app.state == {"screen_updating": True, "calculation": "automatic", "enable_events": True}


def test_validate_lists_findings_with_links_and_marks_rows(tmp_path: Path) -> None:
    book = make_book(broken_plan(), tmp_path)
    before = data_cells(book)
    outcome = press(book, "validate")
    assert "พบข้อผิดพลาด 4 รายการ" in outcome.message and schema.SHEET_RESULTS in outcome.message

    rows = results_rows(book)
    codes = [row[4] for row in rows]
    assert {"E-REQUIRED", "E-PLAN-AREA-UNKNOWN", "E-POST-LATE"} <= set(codes)
    by_code = {row[4]: row for row in rows}
    assert by_code["E-REQUIRED"][2] == f'=HYPERLINK("#\'{schema.SHEET_PROJECTS}\'!E7","{schema.SHEET_PROJECTS}!E7")'
    assert by_code["E-PLAN-AREA-UNKNOWN"][2].endswith(f'"{schema.SHEET_PROJECTS}!B9")')
    assert f"'{schema.SHEET_SETTINGS}'!B" in by_code["E-POST-LATE"][2]
    assert by_code["E-REQUIRED"][1] == "ข้อผิดพลาด"
    assert [row[0] for row in rows] == list(range(1, len(rows) + 1))
    assert book.sheet(schema.SHEET_RESULTS).get(f"A{RESULTS_FIRST_ROW}").startswith("ผลการตรวจสอบข้อมูล")
    assert [book.sheet(schema.SHEET_RESULTS).get(f"{c}{HEADER_ROW}") for c in "ABCDE"] == results_header()

    col = status_col(book, schema.PROJECTS)
    statuses = book.sheet(schema.SHEET_PROJECTS).column(col, 4, 10)
    assert statuses == [
        schema.STATUS_OK,
        schema.STATUS_OK,
        schema.STATUS_OK,
        schema.STATUS_ERROR,  # row 7: budget
        schema.STATUS_OK,
        schema.STATUS_ERROR,  # row 9: plan area
        schema.STATUS_OK,
    ]
    assert book.sheet(schema.SHEET_RESULTS).activated == 1
    assert data_cells(book) == before, "validate never changes a data cell"


def test_the_live_book_gives_the_same_findings_as_opplan_validate(tmp_path: Path) -> None:
    import argparse

    from opplan_xl.commands.validate import check
    from opplan_xl.xlsx.write import write_workbook

    plan = broken_plan()
    path = write_workbook(plan, tmp_path / "broken.xlsx")
    _, expected = check(str(path), argparse.Namespace())
    book = make_book(plan, tmp_path)
    press(book, "validate")
    found = [(row[4], row[3]) for row in results_rows(book)]
    assert found == [(f.code, f.message) for f in expected]


def test_titles_computed_by_excel_raise_no_finding(tmp_path: Path) -> None:
    """In Excel the year titles are formulas with values (the fake has none): their text must not look wrong."""
    plan = sample_plan()
    book = make_book(plan, tmp_path)
    title = f"{schema.PLAN_YEAR_TITLE}{plan.settings.fiscal_year}"
    replaced = 0
    for name in book.sheet_names:
        cells = book.sheet(name).cells
        for key, value in cells.items():
            if isinstance(value, str) and schema.PLAN_YEAR_TITLE.strip() in value and value.startswith("="):
                cells[key] = title
                replaced += 1
    assert replaced >= 4
    assert press(book, "validate").message.startswith("ตรวจสอบแล้ว ไม่พบข้อผิดพลาด")


def test_validate_writes_only_results_and_status_areas(tmp_path: Path) -> None:
    book = make_book(broken_plan(), tmp_path)
    press(book, "validate")
    written = {name: book.sheet(name).writes for name in book.sheet_names if book.sheet(name).writes}
    assert set(written) == {schema.SHEET_RESULTS, schema.SHEET_PROJECTS, schema.SHEET_EQUIPMENT}
    for table in (schema.PROJECTS, schema.EQUIPMENT):
        ((bounds, _),) = written[table.sheet]
        col = [c.key for c in table.columns].index(schema.STATUS_COLUMN.key) + 1
        assert bounds[1] == bounds[3] == col, "one column: the status"


def test_a_second_validate_leaves_nothing_of_the_first(tmp_path: Path) -> None:
    book = make_book(broken_plan(), tmp_path)
    press(book, "validate")
    fixed = make_book(sample_plan(), tmp_path)
    for name in (schema.SHEET_SETTINGS, schema.SHEET_PROJECTS):  # the user fixes the data in the same book
        book.sheet(name).cells = {k: v for k, v in fixed.sheet(name).cells.items()}
    outcome = press(book, "validate")
    assert outcome.message.startswith("ตรวจสอบแล้ว ไม่พบข้อผิดพลาด")
    assert results_rows(book) == [[None, None, None, messages.text("xl.results.none"), None]]
    col = status_col(book, schema.PROJECTS)
    assert schema.STATUS_ERROR not in book.sheet(schema.SHEET_PROJECTS).column(col, 4, 200)


def test_validate_puts_back_a_deleted_results_sheet(tmp_path: Path) -> None:
    book = make_book(broken_plan(), tmp_path)
    book._sheets = [s for s in book._sheets if s._name != schema.SHEET_RESULTS]
    press(book, "validate")
    assert book.sheet_names[-1] == schema.SHEET_RESULTS
    assert any(row[4] == "E-REQUIRED" for row in results_rows(book))


def test_status_rows_without_data_are_cleared(tmp_path: Path) -> None:
    book = make_book(sample_plan(), tmp_path)
    projects = book.sheet(schema.SHEET_PROJECTS)
    col = status_col(book, schema.PROJECTS)
    from opplan_xl.xlsx.cells import column_index

    projects.cells[(90, column_index(col))] = schema.STATUS_ERROR  # left over from rows the user deleted
    press(book, "validate")
    assert projects.get(f"{col}90") is None


def test_text_that_looks_like_a_formula_stays_text(tmp_path: Path) -> None:
    from opplan_xl.excel.results import text_cell

    assert text_cell("=SUM(A1)") == "'=SUM(A1)" and text_cell("-") == "'-" and text_cell("กองช่าง") == "กองช่าง"
    plan = sample_plan()
    plan.projects[0].agency = "=กองช่าง"  # typed by a user: a summary rebuild must not turn it into a formula
    book = make_book(plan, tmp_path)
    press(book, "summary")
    written = [v for row in book.sheet(schema.SHEET_SUMMARY).writes[-1][1] for v in row if isinstance(v, str)]
    assert any(v.startswith("'=กองช่าง") for v in written)
    assert not any(v.startswith("==") or v.startswith("=กอง") for v in written)


# ------------------------------------------------------------------------------------------------------- summary


def test_summary_rebuilds_the_block_for_new_pairs(tmp_path: Path) -> None:
    plan = sample_plan()
    book = make_book(plan, tmp_path)
    # The user moves a project to a (strategy, plan area) pair the summary does not list yet.
    projects = book.sheet(schema.SHEET_PROJECTS)
    changed = plan.model_copy(deep=True)
    changed.projects[0].plan_area = "แผนงานการพาณิชย์"
    projects.cells[(4, 2)] = "แผนงานการพาณิชย์"
    before = data_cells(book)
    outcome = press(book, "summary")
    layout = summary_layout(changed)
    assert layout.kinds != summary_layout(plan).kinds
    summary = book.sheet(schema.SHEET_SUMMARY)
    kinds = summary.column(SUMMARY_KIND_COL, layout.first_row, layout.last_row)
    assert kinds == layout.kinds
    assert (
        summary.get(f"A{layout.last_row + 1}") is None
        and summary.get(f"{SUMMARY_KIND_COL}{layout.last_row + 1}") is None
    )
    for offset, row in enumerate(layout.rows):
        for col, value in enumerate(row[:6], 1):
            if isinstance(value, str) and value.startswith("="):
                assert summary.cells.get((layout.first_row + offset, col)) == value
    assert summary.print_area == f"$A$1:$F${layout.total_row}"
    from opplan_xl.rollup import rollup

    r = rollup(changed)
    assert outcome.message.startswith(
        messages.text(
            "xl.summary.done", strategies=len(r.strategies), pairs=len(r.rows), projects=r.total_projects,
            budget="32,578,317.02",
        )
    )  # fmt: skip
    assert data_cells(book) == before, "the summary never changes a data cell"


SIGNATURE = "ลงชื่อ ........................................ ผู้จัดทำแผน"
SIGNED_BY = "(นางสาวสมใจ ตั้งใจงาน)"


def block_rows(book: FakeBook) -> list[int]:
    """The rows of the fake summary sheet whose kind column holds a kind."""
    col = column_index(SUMMARY_KIND_COL)
    return sorted(r for (r, c), v in book.sheet(schema.SHEET_SUMMARY).cells.items() if c == col and v)


def sign_below(book: FakeBook, gap: int = 3) -> int:
    """The officer types a signature block a few rows under ผด.01 (and a note far to the right); its first row."""
    summary = book.sheet(schema.SHEET_SUMMARY)
    row = block_rows(book)[-1] + gap
    summary.cells[(row, 1)] = SIGNATURE
    summary.cells[(row + 1, 1)] = SIGNED_BY
    summary.cells[(row + 1, column_index("AB"))] = "ตรวจแล้ว"
    return row


def move_project(book: FakeBook, plan: Plan, sheet_rows: int | list[int], plan_area: str) -> Plan:
    """The officer moves the projects of ``sheet_rows`` to another แผนงาน; the plan as it now is."""
    rows = {sheet_rows} if isinstance(sheet_rows, int) else set(sheet_rows)
    changed = plan.model_copy(deep=True)
    for p in changed.projects:
        if p.row in rows:
            p.plan_area = plan_area
            book.sheet(schema.SHEET_PROJECTS).cells[(p.row, 2)] = plan_area
    return changed


def assert_block(book: FakeBook, layout) -> None:
    summary = book.sheet(schema.SHEET_SUMMARY)
    assert block_rows(book) == list(range(layout.first_row, layout.last_row + 1))
    assert summary.column(SUMMARY_KIND_COL, layout.first_row, layout.last_row) == layout.kinds
    assert summary.column("B", layout.first_row, layout.last_row) == [row[1] for row in layout.rows]


def assert_signature_at(book: FakeBook, row: int) -> None:
    summary = book.sheet(schema.SHEET_SUMMARY)
    assert summary.get(f"A{row}") == SIGNATURE and summary.get(f"A{row + 1}") == SIGNED_BY
    assert summary.get(f"AB{row + 1}") == "ตรวจแล้ว"
    assert [r for (r, c), v in summary.cells.items() if v == SIGNATURE] == [row], "no copy left behind"


def test_summary_keeps_what_the_officer_typed_below_the_block(tmp_path: Path) -> None:
    plan = sample_plan()
    book = make_book(plan, tmp_path)
    row = sign_below(book)
    press(book, "summary")
    assert_signature_at(book, row)
    assert_block(book, summary_layout(plan))
    assert not book.sheet(schema.SHEET_SUMMARY).row_changes, "same length: nothing inserted or deleted"
    assert not [line for line in book.log if line == "Range.clear_contents"]


def test_a_longer_block_pushes_the_officers_lines_down(tmp_path: Path) -> None:
    plan = sample_plan()
    book = make_book(plan, tmp_path)
    old = summary_layout(plan)
    row = sign_below(book)
    changed = move_project(book, plan, 4, "แผนงานการพาณิชย์")  # a new pair under strategy 1
    new = summary_layout(changed)
    grow = new.last_row - old.last_row
    assert grow > 0
    press(book, "summary")
    summary = book.sheet(schema.SHEET_SUMMARY)
    assert summary.row_changes == [("insert", old.last_row + 1, grow)], "one insert of whole rows"
    assert book.log.count("Range.insert") == 1
    assert_block(book, new)
    assert_signature_at(book, row + grow)
    for r in range(new.last_row + 1, row + grow):  # the gap the officer left stays empty
        assert all(summary.cells.get((r, c)) is None for c in range(1, 30))


def test_a_shorter_block_pulls_the_officers_lines_up(tmp_path: Path) -> None:
    plan = sample_plan()
    book = make_book(plan, tmp_path)
    old = summary_layout(plan)
    row = sign_below(book)
    changed = move_project(book, plan, 61, "แผนงานการเกษตร")  # the only project of its pair
    changed = move_project(book, changed, 73, "แผนงานบริหารงานทั่วไป")  # and another one
    new = summary_layout(changed)
    shrink = old.last_row - new.last_row
    assert shrink == 2
    press(book, "summary")
    summary = book.sheet(schema.SHEET_SUMMARY)
    assert summary.row_changes == [("delete", new.last_row + 1, shrink)], "one delete of whole rows"
    assert_block(book, new)
    assert_signature_at(book, row - shrink)


def test_a_shorter_block_with_nothing_below_clears_its_old_tail(tmp_path: Path) -> None:
    plan = sample_plan()
    book = make_book(plan, tmp_path)
    old = summary_layout(plan)
    new = summary_layout(move_project(book, plan, 61, "แผนงานการเกษตร"))
    press(book, "summary")
    summary = book.sheet(schema.SHEET_SUMMARY)
    assert not summary.row_changes
    assert_block(book, new)
    assert all(summary.cells.get((old.last_row, c)) is None for c in range(1, 25))


def test_a_block_from_before_the_kind_column_is_replaced_not_pushed_down(tmp_path: Path) -> None:
    plan = sample_plan()
    book = make_book(plan, tmp_path)
    summary = book.sheet(schema.SHEET_SUMMARY)
    col = column_index(SUMMARY_KIND_COL)
    summary.cells = {k: v for k, v in summary.cells.items() if k[1] != col}  # an older workbook: no kinds
    row = summary_layout(plan).last_row + 3
    summary.cells[(row, 1)] = SIGNATURE
    summary.cells[(row + 1, 1)] = SIGNED_BY
    summary.cells[(row + 1, column_index("AB"))] = "ตรวจแล้ว"
    press(book, "summary")
    assert_block(book, summary_layout(plan))
    assert_signature_at(book, row)
    assert [v for v in summary.cells.values() if v == schema.SUMMARY_CHECK_NOTE] == [schema.SUMMARY_CHECK_NOTE]


@pytest.mark.libreoffice
@needs_calc
def test_rebuilt_summary_recalculates_to_the_rollup_in_libreoffice(tmp_path: Path) -> None:
    """What the button writes, put back into a file: LibreOffice computes the new pairs as Python does."""
    import io
    import zipfile

    from openpyxl.writer.excel import ExcelWriter

    from opplan_xl.libreoffice import convert
    from opplan_xl.rollup import rollup

    from .helpers import assert_summary_matches

    plan = sample_plan()
    wb = build_openpyxl(plan, installed_xlwings_version())
    book = FakeBook.from_workbook(wb, str(tmp_path / "OpPlan.xlsm"))
    changed = plan.model_copy(deep=True)
    for i, area in ((0, "แผนงานการพาณิชย์"), (1, "แผนงานการศึกษา")):
        changed.projects[i].plan_area = area
        book.sheet(schema.SHEET_PROJECTS).cells[(4 + i, 2)] = area
        wb[schema.SHEET_PROJECTS].cell(4 + i, 2).value = area
    press(book, "summary")
    ws = wb[schema.SHEET_SUMMARY]
    for row in ws.iter_rows(min_row=summary_layout(plan).first_row):
        for cell in row:
            cell.value = None
    for (r, c), value in book.sheet(schema.SHEET_SUMMARY).cells.items():
        if r >= summary_layout(plan).first_row:
            ws.cell(r, c).value = value
    buf = io.BytesIO()
    ExcelWriter(wb, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED)).save()
    path = tmp_path / "rebuilt.xlsx"
    path.write_bytes(buf.getvalue())
    from openpyxl import load_workbook

    recalculated = load_workbook(convert(path, "xlsx", tmp_path / "out"), data_only=True)[schema.SHEET_SUMMARY]
    assert_summary_matches(recalculated, rollup(changed))


def test_summary_without_a_projects_table(tmp_path: Path) -> None:
    book = make_book(sample_plan(), tmp_path)
    book.sheet(schema.SHEET_PROJECTS).cells = {}
    outcome = press(book, "summary")
    assert outcome.critical and outcome.message == messages.text("xl.summary.missing", sheet=schema.SHEET_SUMMARY)
    assert not book.sheet(schema.SHEET_SUMMARY).writes


def test_summary_says_when_the_data_has_errors(tmp_path: Path) -> None:
    plan = sample_plan()
    book = make_book(plan, tmp_path)
    book.sheet(schema.SHEET_PROJECTS).cells[(5, 5)] = "หนึ่งแสน"  # a budget that is not a number
    outcome = press(book, "summary")
    assert messages.text("xl.has_errors", n=1) in outcome.message


# ----------------------------------------------------------------------------------------------------- deadlines


def test_deadlines_show_the_dates_and_write_their_findings(tmp_path: Path) -> None:
    plan = sample_plan()
    s = plan.settings
    s.posted_date = s.announced_date + dt.timedelta(days=20)  # late
    book = make_book(plan, tmp_path)
    before = data_cells(book)
    outcome = press(book, "deadlines")
    from opplan_xl.deadlines import compute
    from opplan_xl.thai import format_date

    d = compute(plan.settings)
    for key in ("plan_due", "post_by", "keep_posted_through", "take_down_from"):
        line = f"{messages.text(f'ui.deadlines.{key}')} {format_date(getattr(d, key), 'long', thai_digits=False)}"
        assert line in outcome.message
    assert "E-POST-LATE" in [row[4] for row in results_rows_after_heading(book, 5)]
    assert data_cells(book) == before
    assert [line for line in book.log if line.startswith("Range.value get")] == [
        f"Range.value get {schema.SHEET_SETTINGS}"
    ], "only the settings sheet is read"


def results_rows_after_heading(book: FakeBook, heading_lines: int) -> list[list[object]]:
    sheet = book.sheet(schema.SHEET_RESULTS)
    header = RESULTS_FIRST_ROW + heading_lines + 1
    assert [sheet.get(f"{c}{header}") for c in "ABCDE"] == results_header()
    last = max(r for r, _ in sheet.cells)
    return [[sheet.cells.get((r, c)) for c in range(1, 6)] for r in range(header + 1, last + 1)]


def test_deadlines_without_dates(tmp_path: Path) -> None:
    book = make_book(Plan(), tmp_path)
    outcome = press(book, "deadlines")
    assert outcome.message == messages.text("xl.deadlines.none", sheet=schema.SHEET_SETTINGS)


# ------------------------------------------------------------------------------------------------------ generate


def test_generate_saves_the_document_next_to_the_workbook(tmp_path: Path, no_libreoffice: None) -> None:
    book = make_book(sample_plan(), tmp_path)
    outcome = press(book, "generate")
    docx = tmp_path / "OpPlan.docx"
    assert docx.exists() and docx.stat().st_size > 10_000
    assert outcome.message.startswith(messages.text("xl.generate.done", files=docx))
    assert messages.text("ui.generate.no_libreoffice") in outcome.message
    assert not any(book.sheet(n).writes for n in book.sheet_names), "generate writes no cell"
    assert not book.app.macro_options, "generate leaves the workbook unchanged"

    again = press(book, "generate")
    assert messages.text("ui.backup", path=tmp_path / "OpPlan.1.docx") in again.message
    assert (tmp_path / "OpPlan.1.docx").exists()


def test_generate_for_a_workbook_on_onedrive(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_libreoffice: None
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("USERPROFILE", str(tmp_path / "home"))
    wb = build_openpyxl(sample_plan(), installed_xlwings_version())
    book = FakeBook.from_workbook(wb, "https://contoso-my.sharepoint.com/personal/x/Documents/แผน 2570.xlsm")
    outcome = press(book, "generate")
    target = tmp_path / "home" / "Documents" / "แผน 2570.docx"
    assert target.exists()
    assert outcome.message.startswith(messages.text("xl.generate.elsewhere", files=target))


def test_generate_mentions_errors(tmp_path: Path, no_libreoffice: None) -> None:
    book = make_book(broken_plan(), tmp_path)
    outcome = press(book, "generate")
    assert messages.text("xl.has_errors", n=4) in outcome.message


# --------------------------------------------------------------------------------------------------- the frame


def test_unexpected_error_gives_a_thai_message_and_a_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    book = make_book(sample_plan(), tmp_path)

    def broken_write(self, *args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(LiveBook, "write", broken_write)
    outcome = press(book, "validate")
    assert outcome.critical
    alert = book.app.alerts[-1]
    assert alert["mode"] == "critical"
    assert alert["prompt"].startswith("เกิดข้อผิดพลาดที่ไม่คาดคิด") and "Traceback" not in alert["prompt"]
    log = Path(re.search(r"บันทึกไว้ที่ (\S+)", alert["prompt"]).group(1))
    assert log.exists() and "disk on fire" in log.read_text(encoding="utf-8")
    assert book.app.state == {"screen_updating": True, "calculation": "automatic", "enable_events": True}
    assert ("screen_updating", False) in book.app.history, "writes were made with screen updating off"


def test_an_unknown_tag(tmp_path: Path) -> None:
    book = make_book(sample_plan(), tmp_path)
    outcome = press(book, "no_such_action")
    assert outcome.critical and "no_such_action" in outcome.message
    assert book.app.alerts[-1]["title"] == messages.text("xl.title.other")


def test_version_mismatch_is_said_in_thai(tmp_path: Path) -> None:
    book = make_book(sample_plan(), tmp_path, version="0.30.0")
    outcome = press(book, "deadlines")
    note = messages.text(
        "xl.version_mismatch", book="0.30.0", installed=installed_xlwings_version(), name="OpPlan.xlsm"
    )
    assert outcome.message.endswith(note)
    same = make_book(sample_plan(), tmp_path)
    assert "xlwings" not in press(same, "deadlines").message


def test_a_workbook_without_the_version_name(tmp_path: Path) -> None:
    book = make_book(sample_plan(), tmp_path)
    del book.defined_names["_OpPlanXlwings"]
    assert "xlwings" not in press(book, "deadlines").message


def test_function_descriptions_are_registered_on_windows_only(tmp_path: Path) -> None:
    from opplan_xl.excel.udfs import UDFS

    book = make_book(sample_plan(), tmp_path)
    press(book, "validate", platform="win32")
    names = [o["Macro"] for o in book.app.macro_options]
    assert names == [f"'OpPlan.xlsm'!{f.__name__}" for f in UDFS]
    first = book.app.macro_options[0]
    assert first["Description"] == messages.text("udf.OPPLAN_DUE") and first["Category"] == "OpPlan"
    assert len(first["ArgumentDescriptions"]) == 3
    mac = make_book(sample_plan(), tmp_path)
    press(mac, "validate", platform="darwin")
    assert not mac.app.macro_options


def test_a_failing_description_does_not_spoil_the_action(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    book = make_book(sample_plan(), tmp_path)

    def refuse(self, *args):
        raise RuntimeError("MacroOptions refused")

    monkeypatch.setattr(LiveBook, "describe_functions", refuse)
    outcome = press(book, "validate")
    assert not outcome.critical and outcome.message.startswith("ตรวจสอบแล้ว")


# ----------------------------------------------------------------------------------------------- the call count


@pytest.fixture(scope="module")
def books_10_and_5000(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("books")
    return {n: build_openpyxl(synthetic_plan(n, seed=7), installed_xlwings_version()) for n in (10, 5000)}, folder


@pytest.mark.parametrize("tag", sorted(ACTIONS))
def test_calls_per_press_do_not_grow_with_the_rows(tag: str, books_10_and_5000, no_libreoffice: None) -> None:
    workbooks, folder = books_10_and_5000
    counts, logs = {}, {}
    for n, wb in workbooks.items():
        book = FakeBook.from_workbook(wb, str(folder / f"book{n}" / "OpPlan.xlsm"))
        (folder / f"book{n}").mkdir(exist_ok=True)
        outcome = press(book, tag)
        assert not outcome.critical, outcome.message
        counts[n], logs[n] = book.calls, sorted(book.log)
    assert counts[10] == counts[5000], (tag, counts)
    assert logs[10] == logs[5000]
    reads = [line for line in logs[5000] if line.startswith("Range.value get")]
    assert len(reads) == len(set(reads)), "each sheet is read with one .value"
    assert counts[5000] <= 83, counts  # 80 before the wording sheet and the status bar
    print(f"{tag}: {counts[5000]} Excel calls for 10 and for 5,000 projects")


@pytest.mark.parametrize("change", ["grow", "shrink"])
def test_summary_calls_with_lines_below_do_not_grow_with_the_rows(change: str, books_10_and_5000) -> None:
    workbooks, folder = books_10_and_5000
    counts, logs = {}, {}
    for n, wb in workbooks.items():
        plan = synthetic_plan(n, seed=7)
        book = FakeBook.from_workbook(wb, str(folder / f"signed{n}" / "OpPlan.xlsm"))
        sign_below(book)
        old = summary_layout(plan)
        strategies = rollup(plan).strategies
        if change == "grow":  # a project of a pair with several moves to a pair of its own
            s, pair = next((s, pair) for s in strategies for pair in s.rows if pair.projects > 1)
            p = next(p for p in plan.projects if (p.strategy, p.plan_area) == (s.strategy, pair.plan_area))
            new = summary_layout(move_project(book, plan, p.row, "แผนงานที่เพิ่งตั้ง"))
        else:  # every project of a strategy's last pair moves to its first pair
            s = next(s for s in strategies if len(s.rows) > 1)
            rows = [p.row for p in plan.projects if (p.strategy, p.plan_area) == (s.strategy, s.rows[-1].plan_area)]
            new = summary_layout(move_project(book, plan, rows, s.rows[0].plan_area))
        assert (new.last_row > old.last_row) if change == "grow" else (new.last_row < old.last_row)
        book.reset_counts()
        press(book, "summary")
        counts[n], logs[n] = book.calls, sorted(book.log)
    assert counts[10] == counts[5000], counts
    assert logs[10] == logs[5000]
    assert logs[5000].count("Range.insert" if change == "grow" else "Range.delete") == 1


# ----------------------------------------------------------------------------------------------------- macros.py


def test_run_takes_the_calling_book(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import xlwings as xw

    from opplan_xl.excel import macros

    book = make_book(sample_plan(), tmp_path)
    monkeypatch.setattr(xw.Book, "caller", classmethod(lambda cls: book))
    macros.run("deadlines")
    assert book.app.alerts[-1]["title"] == messages.text("xl.title.deadlines")


def test_run_outside_excel_exits_with_an_ascii_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import xlwings as xw

    from opplan_xl.excel import macros

    def no_caller(cls):
        raise RuntimeError("Book.caller() must not be called directly")

    monkeypatch.setattr(xw.Book, "caller", classmethod(no_caller))
    with pytest.raises(SystemExit) as exc:
        macros.run("validate")
    assert str(exc.value).isascii() and "opplan" in str(exc.value)
    logs = list((tmp_path / "appdata" / "opplan" / "logs").glob("opplan-error-*.log"))
    assert logs and "must not be called directly" in logs[0].read_text(encoding="utf-8")


def test_actions_registry_shape() -> None:
    for tag, action in ACTIONS.items():
        assert re.fullmatch(r"[a-z][a-z0-9_]*", tag)
        assert messages.text(action.title).startswith("แผนการดำเนินงาน")
    assert not ACTIONS["generate"].writes and ACTIONS["validate"].writes


def test_only_the_excel_package_imports_xlwings() -> None:
    root = Path(__file__).resolve().parent.parent / "opplan_xl"
    pattern = re.compile(r"^\s*(import xlwings|from xlwings)", re.M)
    offenders = [
        str(p.relative_to(root)) for p in root.rglob("*.py") if "excel" not in p.parts and pattern.search(p.read_text())
    ]
    assert offenders == []
    top_level = [
        p.name
        for p in (root / "excel").glob("*.py")
        if re.search(r"^(import xlwings|from xlwings)", p.read_text(), re.M)
    ]
    assert top_level == ["udfs.py"], "only the UDF module (imported in Excel only) imports xlwings at the top"


def test_the_button_path_imports_no_heavy_module_before_it_is_needed() -> None:
    import subprocess

    code = (
        "import sys, opplan_xl.excel.macros, opplan_xl.excel.actions, opplan_xl.excel.book;"
        "print(sorted(m for m in ('xlwings', 'docx', 'openpyxl', 'opplan_xl.document') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_money_goes_to_excel_as_numbers() -> None:
    from opplan_xl.excel.book import _to_excel

    assert _to_excel(Decimal("12.50")) == 12.5 and isinstance(_to_excel(Decimal("1")), float)
    assert _to_excel(dt.date(2026, 1, 1)) == dt.date(2026, 1, 1)
