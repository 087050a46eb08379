"""The monitoring report as an .xlsx (``opplan_xl.xlsx.report_book``): its figures are the report's to the satang
as a viewer that never recalculates sees them (openpyxl ``data_only``), LibreOffice recalculating the formulas gets
the same totals, the charts are there and LibreOffice renders them, and every text a user sees is Thai."""

from __future__ import annotations

import datetime as dt
import io
import random
import re
import subprocess
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from opplan_xl import libreoffice, messages, schema
from opplan_xl.example import sample_plan, synthetic_plan
from opplan_xl.model import Plan, money
from opplan_xl.monitoring.report import Group, ProgressReport, progress_report
from opplan_xl.monitoring.rounds import round_date
from opplan_xl.monitoring.sample import sample_round_date, with_sample_progress
from opplan_xl.versions.sample import with_sample_amendments
from opplan_xl.xlsx.report_book import SHEET_KEYS, report_book_bytes, sheet_names

from .helpers import needs_calc

CENT = Decimal("0.01")
THAI = re.compile(r"[\u0e00-\u0e7f]")
FIRST = 8  # first data row of the summary sheets
LIST_FIRST = 5  # first data row of the list sheets


def sample(name: str = "12m") -> tuple[Plan, ProgressReport]:
    plan = with_sample_progress(with_sample_amendments(sample_plan()), name)
    return plan, progress_report(plan, sample_round_date(name))


def with_random_progress(plan: Plan, seed: int) -> Plan:
    """``plan`` with random progress on every row: any status or none, contracts and disbursements up to the
    budget (with satang), dates inside the fiscal year, notes on some rows."""
    rng = random.Random(seed)
    out = plan.model_copy(deep=True)
    start = dt.date(plan.settings.fiscal_year - 543 - 1, 10, 1)
    for item in (*out.projects, *out.equipment):
        item.progress = rng.choice([None, *schema.PROGRESS_STATUSES])
        budget = item.budget or Decimal(0)
        if rng.random() < 0.7 and budget:
            item.contract_amount = money(budget * Decimal(rng.randint(50, 100)) / 100)
            item.contract_date = start + dt.timedelta(days=rng.randint(0, 300))
            item.disbursed = money(budget * Decimal(rng.randint(0, 10000)) / 10000)
            item.disbursed_date = start + dt.timedelta(days=rng.randint(0, 364))
        if rng.random() < 0.2:
            item.progress_note = rng.choice(["ผู้รับจ้างส่งงานล่าช้า", "ฝนตกหนัก ดำเนินการไม่ได้", "งบประมาณไม่เพียงพอ"])
    return out


def book(plan: Plan, report: ProgressReport, data_only: bool = True) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(report_book_bytes(plan, report)), data_only=data_only)


def dec(value: object) -> Decimal:
    return Decimal(str(value)).quantize(CENT)


def row_values(ws, row: int) -> tuple:
    """A summary row as (label, items, budget, [(count, amount)…], contract, disbursed, %)."""
    cells = [ws.cell(row, c).value for c in range(1, 17)]
    statuses = [(int(cells[3 + 2 * i]), dec(cells[4 + 2 * i])) for i in range(len(schema.PROGRESS_STATUSES))]
    return cells[0], int(cells[1]), dec(cells[2]), statuses, dec(cells[13]), dec(cells[14]), dec(cells[15])


def expected(label: str, g: Group) -> tuple:
    statuses = [(c.items, c.budget) for c in g.by_status]
    return label, g.items, g.budget, statuses, g.contract, g.disbursed, g.disbursed_pct


def summary_rows(ws) -> list[tuple]:
    rows, r = [], FIRST
    while ws.cell(r, 1).value:
        rows.append(row_values(ws, r))
        r += 1
    return rows


def assert_strategies_sheet(ws, report: ProgressReport) -> None:
    rows = summary_rows(ws)
    want = []
    pairs = list(report.by_pair)
    for s, g in zip(report.summary.strategies, report.by_strategy, strict=True):
        want.append(expected(rows[len(want)][0], g))
        for pair in pairs[: len(s.rows)]:
            label = rows[len(want)][0]
            assert label.endswith(pair.label)
            want.append(expected(label, pair))
        del pairs[: len(s.rows)]
    want.append(expected(messages.text("rb.row.projects_total"), report.projects_total))
    want.append(expected(messages.text("rb.row.equipment"), report.equipment_total))
    want.append(expected(messages.text("rb.row.total"), report.total))
    assert rows == want


def assert_book_matches(wb: openpyxl.Workbook, report: ProgressReport) -> None:
    names = sheet_names()
    assert wb.sheetnames == names
    assert_strategies_sheet(wb[names[0]], report)
    agencies = summary_rows(wb[names[1]])
    assert [r[1:] for r in agencies] == [expected("", g)[1:] for g in (*report.by_agency, report.total)]
    ws = wb[names[2]]
    if not report.lines:
        assert ws.cell(LIST_FIRST, 1).value == messages.text("rb.row.none")
        return
    for i, ln in enumerate(report.lines):
        r = LIST_FIRST + i
        assert ws.cell(r, 2).value == ln.name
        assert dec(ws.cell(r, 7).value) == ln.budget
        assert ws.cell(r, 8).value == ln.status
        disbursed = ws.cell(r, 11).value
        assert (disbursed is None and ln.disbursed is None) or dec(disbursed) == ln.disbursed
        assert dec(ws.cell(r, 13).value) == ln.disbursed_pct
    total = LIST_FIRST + len(report.lines)
    got = [dec(ws.cell(total, c).value) for c in (7, 9, 11, 13)]
    t = report.total
    assert got == [t.budget, t.contract, t.disbursed, t.disbursed_pct]


@pytest.mark.parametrize("name", ["6m", "12m"])
def test_the_figures_are_the_reports_to_the_satang(name: str) -> None:
    plan, report = sample(name)
    assert report.has_progress
    wb = book(plan, report)
    assert_book_matches(wb, report)
    first = wb[sheet_names()[0]]
    assert first["A4"].value.startswith("ตรวจสอบกับบัญชีสรุป ผด.01") and "ตรงกับรายงานนี้ทุกสตางค์" in first["A4"].value
    assert f"{report.reconciliation.plan_projects:,}" in first["A4"].value
    assert "รอบ 6 เดือน" in first["A1"].value if name == "6m" else "รอบ 12 เดือน" in first["A1"].value


def test_problems_and_follow_up_list_the_report_lines() -> None:
    plan, report = sample("12m")
    wb = book(plan, report)
    problems, follow = wb[sheet_names()[3]], wb[sheet_names()[4]]
    assert report.problems and report.follow_up
    assert [problems.cell(LIST_FIRST + i, 5).value for i in range(len(report.problems))] == [
        ln.note for ln in report.problems
    ]
    assert [follow.cell(LIST_FIRST + i, 2).value for i in range(len(report.follow_up))] == [
        ln.name for ln in report.follow_up
    ]
    total = LIST_FIRST + len(report.follow_up)
    assert dec(follow.cell(total, 5).value) == sum(ln.budget for ln in report.follow_up)


def test_no_problems_says_none() -> None:
    plan = sample_plan()  # no progress at all
    report = progress_report(plan, round_date(plan.settings.fiscal_year, "6m"))
    wb = book(plan, report)
    none = messages.text("rb.row.none")
    assert not report.problems and not report.follow_up
    for key in ("problems", "follow_up"):
        ws = wb[sheet_names()[SHEET_KEYS.index(key)]]
        assert ws.cell(LIST_FIRST, 1).value == none
        assert ws.max_row == LIST_FIRST
    assert_book_matches(wb, report)


def test_an_empty_plan_still_makes_a_book() -> None:
    plan = Plan()
    report = progress_report(plan, dt.date(2026, 3, 31))
    wb = book(plan, report)
    assert wb.sheetnames == sheet_names()
    assert wb[sheet_names()[0]].cell(FIRST, 1).value == messages.text("rb.row.projects_total")


def test_every_formula_carries_its_value_and_totals_are_formulas() -> None:
    plan, report = sample("12m")
    formulas, values = book(plan, report, data_only=False), book(plan, report)
    seen = 0
    for ws in formulas.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    seen += 1
                    assert values[ws.title][cell.coordinate].value is not None, (ws.title, cell.coordinate)
    assert seen > 100
    first = formulas[sheet_names()[0]]
    total_row = FIRST + len(summary_rows(values[sheet_names()[0]])) - 1
    assert first.cell(total_row, 3).value.startswith("=C")  # รวมทั้งสิ้น = projects + equipment
    assert first.cell(total_row - 2, 3).value.startswith("=SUBTOTAL(9,")
    assert first.cell(FIRST, 2).value.startswith("=SUBTOTAL(9,")  # the first strategy's own total


def test_formats_widths_print_setup_and_frozen_panes() -> None:
    plan, report = sample("12m")
    wb = book(plan, report, data_only=False)
    names = sheet_names()
    first, lines = wb[names[0]], wb[names[2]]
    assert first.cell(FIRST, 3).number_format == schema.FMT_AMOUNT
    assert first.cell(FIRST, 16).number_format == schema.FMT_PERCENT
    assert first.freeze_panes == f"B{FIRST}" and lines.freeze_panes == f"C{LIST_FIRST}"
    dated = next(r for r in range(LIST_FIRST, LIST_FIRST + len(report.lines)) if lines.cell(r, 12).value)
    assert lines.cell(dated, 12).number_format == schema.FMT_DATE_BE
    assert isinstance(lines.cell(dated, 12).value, dt.datetime | dt.date)
    for ws in wb.worksheets:
        assert str(ws.page_setup.paperSize) == ws.PAPERSIZE_A4 and ws.page_setup.orientation == "landscape"
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.column_dimensions["B"].width > 5
    assert lines.print_title_rows == f"${LIST_FIRST - 1}:${LIST_FIRST - 1}"


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(n=st.integers(min_value=0, max_value=60), seed=st.integers(min_value=0, max_value=10_000))
def test_random_plans_with_random_progress(n: int, seed: int) -> None:
    plan = with_random_progress(synthetic_plan(n, seed=seed), seed)
    report = progress_report(plan, round_date(plan.settings.fiscal_year, "12m"))
    assert_book_matches(book(plan, report), report)


# ----------------------------------------------------------------------------------------------------- charts


def chart_parts(data: bytes) -> dict[str, str]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {n: z.read(n).decode("utf-8") for n in z.namelist() if n.startswith("xl/charts/chart")}


def test_the_charts_are_native_and_read_the_sheet() -> None:
    plan, report = sample("12m")
    parts = chart_parts(report_book_bytes(plan, report))
    assert len(parts) == 3
    text = "".join(parts.values())
    assert "<pieChart>" in text and "<lineChart>" in text and "<barChart>" in text
    assert '<grouping val="stacked"/>' in text and '<barDir val="bar"/>' in text
    charts = f"'{messages.text('rb.sheet.charts')}'!"
    assert text.count(charts) >= 3 * 2, "every series reads its values and categories from the charts sheet"
    for key in ("rb.chart.share", "rb.chart.months", "rb.chart.status"):
        assert messages.text(key) in text
    with zipfile.ZipFile(io.BytesIO(report_book_bytes(plan, report))) as z:
        assert any(n.startswith("xl/drawings/drawing") for n in z.namelist())


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, ProgressReport]:
    from .helpers import skip_without

    skip_without("calc")
    folder = tmp_path_factory.mktemp("report_book")
    plan, report = sample("12m")
    src = folder / "report.xlsx"
    src.write_bytes(report_book_bytes(plan, report))
    return src, report


@needs_calc
def test_libreoffice_recalculates_the_same_totals(rendered, tmp_path: Path) -> None:
    src, report = rendered
    out = libreoffice.convert(src, "xlsx", tmp_path / "recalculated", settings=libreoffice.ALWAYS_RECALCULATE)
    wb = openpyxl.load_workbook(out, data_only=True)
    assert_book_matches(wb, report)


@needs_calc
def test_libreoffice_renders_the_charts(rendered, tmp_path: Path) -> None:
    src, _report = rendered
    pdf = libreoffice.convert(src, "pdf", tmp_path)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    for key in ("rb.chart.share", "rb.chart.months", "rb.chart.status"):
        assert messages.text(key) in text, key
    pages = text.split("\f")
    last = max(i for i, p in enumerate(pages) if messages.text("rb.chart.status") in p) + 1
    png = tmp_path / "chart"
    subprocess.run(["pdftoppm", "-r", "40", "-f", str(last), "-l", str(last), "-png", str(pdf), str(png)], check=True)
    picture = next(tmp_path.glob("chart*.png"))
    assert picture.stat().st_size > 5_000  # a page with a chart drawn on it, not an empty one


# ------------------------------------------------------------------------------------------------------- Thai


def _user_texts(wb: openpyxl.Workbook, data: bytes) -> list[str]:
    texts = [c.value for ws in wb.worksheets for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    texts += [ws.title for ws in wb.worksheets]
    for xml in chart_parts(data).values():
        texts += re.findall(r"<a:t>([^<]*)</a:t>", xml)
    return [s for s in texts if s.strip()]


def test_every_text_a_user_sees_is_thai() -> None:
    plan, report = sample("12m")
    data = report_book_bytes(plan, report)
    wb = openpyxl.load_workbook(io.BytesIO(data), data_only=False)
    from_plan = {v for ln in report.lines for v in (ln.name, ln.agency, ln.plan_area, ln.note, ln.strategy_name) if v}
    ours = [s for s in _user_texts(wb, data) if s not in from_plan and not s.startswith("=")]
    assert ours
    not_thai = [s for s in ours if not THAI.search(s)]
    assert not_thai == []
    latin = [s for s in ours if re.search(r"[A-Za-z]{2,}", s) and not any(p and p in s for p in from_plan)]
    assert latin == []
    assert wb.properties.title.startswith("รายงานผลการดำเนินงาน")
