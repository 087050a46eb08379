"""Every formula cell we write carries its value: what Protected View, the preview pane and Quick Look show (they
never recalculate). Read with openpyxl ``data_only=True`` and with LibreOffice told never to recalculate, against
:func:`rollup` to the satang; and LibreOffice recalculating every formula gives the same values we cached."""

from __future__ import annotations

import io
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from opplan_xl import libreoffice, schema
from opplan_xl.agency.form import export_form
from opplan_xl.agency.merge import merge_forms
from opplan_xl.agency.report import write_merged
from opplan_xl.agency.returned import read_form
from opplan_xl.example import sample_plan, synthetic_plan
from opplan_xl.model import Plan
from opplan_xl.rollup import rollup
from opplan_xl.xlsx.cached import MissingCachedValue, cached_values
from opplan_xl.xlsx.kit import xlsx_bytes
from opplan_xl.xlsx.workbook import build_xlsm
from opplan_xl.xlsx.write import build_workbook, write_workbook

from .agency_helpers import AGENCY, TODAY, issue_and_fill, keyed_plan, row
from .helpers import assert_summary_matches

needs_lo = pytest.mark.skipif(libreoffice.find_soffice() is None, reason="LibreOffice (soffice) is not installed")
TITLE = schema.PLAN_YEAR_TITLE


def _formula_cells(path: Path) -> dict[str, dict[str, object]]:
    """Sheet → cell → cached value of every formula cell (None: no cached value)."""
    formulas = openpyxl.load_workbook(path)
    values = openpyxl.load_workbook(path, data_only=True)
    out: dict[str, dict[str, object]] = {}
    for ws in formulas.worksheets:
        cells = {c.coordinate: values[ws.title][c.coordinate].value for r in ws.iter_rows() for c in r
                 if c.data_type == "f"}  # fmt: skip
        if cells:
            out[ws.title] = cells
    return out


def _assert_every_formula_has_a_value(path: Path, plan: Plan) -> None:
    cells = _formula_cells(path)
    assert cells, "the workbook has formulas"
    empty = [(sheet, ref) for sheet, c in cells.items() for ref, v in c.items() if v is None]
    assert not empty, empty[:10]
    for sheet in (schema.PROJECTS.sheet, schema.STRATEGIES.sheet):
        if sheet in cells:
            fy = plan.settings.fiscal_year
            assert cells[sheet]["A2"] == TITLE + (str(fy) if fy else "")


@pytest.fixture(scope="module")
def merged(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Plan]:
    folder = tmp_path_factory.mktemp("merged")
    master = keyed_plan()
    rows = [row(f"ถนนสายที่ {i}", f"{1000 + i * 17}.{i % 100:02d}") for i in range(1, 12)]
    form = read_form(issue_and_fill(master, rows, folder), master)
    result = merge_forms(master, [form], today=TODAY)
    return write_merged(result, folder / "merged.xlsx", book="master.xlsx").path, result.plan


def _plans() -> dict[str, Plan]:
    return {"sample": sample_plan(), "random400": synthetic_plan(400, seed=8), "empty": Plan()}


@pytest.mark.parametrize("name", ["sample", "random400", "empty"])
def test_the_standard_workbook_carries_rollup_values(tmp_path: Path, name: str) -> None:
    plan = _plans()[name]
    path = write_workbook(plan, tmp_path / "plan.xlsx")
    _assert_every_formula_has_a_value(path, plan)
    summary = openpyxl.load_workbook(path, data_only=True)[schema.SHEET_SUMMARY]
    assert_summary_matches(summary, rollup(plan))
    assert summary["A2"].value == schema.FORM_TITLES["summary"]
    assert summary["A3"].value == TITLE + (str(plan.settings.fiscal_year) if plan.settings.fiscal_year else "")


def test_text_results_are_typed_str_and_numbers_untyped() -> None:
    with zipfile.ZipFile(io.BytesIO(xlsx_bytes(build_workbook(sample_plan())))) as z:
        xml = z.read("xl/worksheets/sheet5.xml").decode()
    a3 = xml[xml.index('<c r="A3"') :].split("</c>")[0]
    b7 = xml[xml.index('<c r="B7"') :].split("</c>")[0]
    assert 't="str"' in a3 and "<v>แผนการดำเนินงาน" in a3
    assert "t=" not in b7.split(">")[0] and "<v>6</v>" in b7


def test_the_org_line_and_the_settings_titles(tmp_path: Path) -> None:
    plan = sample_plan()
    plan.settings.title_summary = "บัญชีสรุป (แก้ไข) & <ทดสอบ>"
    plan.settings.district = None
    path = write_workbook(plan, tmp_path / "t.xlsx")
    ws = openpyxl.load_workbook(path, data_only=True)[schema.SHEET_SUMMARY]
    assert ws["A2"].value == "บัญชีสรุป (แก้ไข) & <ทดสอบ>"
    s = plan.settings
    assert ws["A4"].value == f"{s.org_kind}{s.org_name} {schema.ORG_LINE_PROVINCE}{s.province}"


def test_the_macro_workbook_and_the_agency_form_carry_values(tmp_path: Path, merged) -> None:
    xlsm = tmp_path / "OpPlan.xlsm"
    xlsm.write_bytes(build_xlsm())
    _assert_every_formula_has_a_value(xlsm, Plan())
    committed = Path(__file__).resolve().parent.parent / "workbook" / "OpPlan.xlsm"
    _assert_every_formula_has_a_value(committed, Plan())
    plan = keyed_plan()
    form = export_form(plan, AGENCY, tmp_path / "form.xlsx").path
    _assert_every_formula_has_a_value(form, plan)


def test_the_merged_workbook_carries_rollup_values(merged) -> None:
    path, plan = merged
    _assert_every_formula_has_a_value(path, plan)
    assert_summary_matches(openpyxl.load_workbook(path, data_only=True)[schema.SHEET_SUMMARY], rollup(plan))


def test_a_formula_without_a_value_is_refused_by_the_builder() -> None:
    wb = build_workbook(Plan())
    wb.worksheets[0]["Z1"] = "=1+1"
    with pytest.raises(MissingCachedValue, match="Z1"):
        cached_values(wb)


# ---- LibreOffice ------------------------------------------------------------------------------------------------


def _lo(path: Path, out: Path, settings: str) -> openpyxl.Workbook:
    return openpyxl.load_workbook(libreoffice.convert(path, "xlsx", out, settings=settings), data_only=True)


@pytest.mark.libreoffice
@needs_lo
def test_libreoffice_never_recalculating_shows_the_rollup(tmp_path: Path, merged) -> None:
    books = {"sample": (sample_plan(), None), "random400": (synthetic_plan(400, seed=8), None), "merged": merged}
    for name, (plan_or_path, merged_plan) in books.items():
        if merged_plan is None:
            plan = plan_or_path
            path = write_workbook(plan, tmp_path / name / "in.xlsx")
        else:
            path, plan = plan_or_path, merged_plan
        ws = _lo(path, tmp_path / name / "never", libreoffice.NEVER_RECALCULATE)[schema.SHEET_SUMMARY]
        assert_summary_matches(ws, rollup(plan))
        assert ws["A3"].value == TITLE + str(plan.settings.fiscal_year)


@pytest.mark.libreoffice
@needs_lo
def test_libreoffice_never_recalculating_really_shows_the_cached_values(tmp_path: Path) -> None:
    """The check above is worth something: a wrong cached value stays wrong when LibreOffice does not recalculate."""
    path = write_workbook(sample_plan(), tmp_path / "in.xlsx")
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    xml = parts["xl/worksheets/sheet5.xml"].decode()
    at = xml.index('<c r="B7"')
    v = xml.index("<v>", at)
    parts["xl/worksheets/sheet5.xml"] = (xml[: v + 3] + "999" + xml[xml.index("</v>", v) :]).encode()
    with zipfile.ZipFile(path, "w") as z:
        for n, data in parts.items():
            z.writestr(n, data)
    assert _lo(path, tmp_path / "never", libreoffice.NEVER_RECALCULATE)[schema.SHEET_SUMMARY]["B7"].value == 999
    assert _lo(path, tmp_path / "always", libreoffice.ALWAYS_RECALCULATE)[schema.SHEET_SUMMARY]["B7"].value == 6


def _same(ours: object, theirs: object) -> bool:
    if isinstance(ours, str) or isinstance(theirs, str):
        return ours == theirs
    return Decimal(str(ours)).quantize(Decimal("0.000001")) == Decimal(str(theirs)).quantize(Decimal("0.000001"))


@pytest.mark.libreoffice
@needs_lo
@pytest.mark.parametrize("name", ["sample", "random400"])
def test_libreoffice_recalculating_gives_every_cached_value(tmp_path: Path, name: str) -> None:
    """Python's value of each formula is the formula's own result (all helper columns too), not only ผด.01's."""
    plan = _plans()[name]
    path = write_workbook(plan, tmp_path / "in.xlsx")
    ours = _formula_cells(path)
    recalculated = _lo(path, tmp_path / "always", libreoffice.ALWAYS_RECALCULATE)
    differ = [
        (sheet, ref, v, recalculated[sheet][ref].value)
        for sheet, cells in ours.items()
        for ref, v in cells.items()
        if not _same(v, recalculated[sheet][ref].value)
    ]
    assert not differ, differ[:10]
