"""Property: a plan written in a random hand-made layout imports back to the same plan; and a hand-made file saved
by LibreOffice imports the same as the one openpyxl wrote."""

from __future__ import annotations

import shutil
import tempfile
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from opplan_xl import schema
from opplan_xl.importer import import_workbook
from opplan_xl.importer.sample import Layout, write_handmade
from opplan_xl.model import Equipment, Plan, Project, Settings, Strategy

from .handmade_corpus import VARIANTS, essence, write_variant

# Words of names and activities. Not among them: what starts a heading or a total (แผนงาน, กลยุทธ์, ยุทธศาสตร์,
# ครุภัณฑ์, รวม, "1."), which a continuation row of a real plan does not start with either.
WORDS = (
    "ก่อสร้าง", "ถนน", "คอนกรีต", "เสริมเหล็ก", "หมู่ที่", "บ้าน", "หนองบัว", "ซ่อมแซม", "อาคาร", "จัดซื้อ",
    "วัสดุ", "อุปกรณ์", "เพื่อจ่ายเป็นค่า", "ฝึกอบรม", "ส่งเสริม", "อาชีพ", "ผู้สูงอายุ", "เด็กเล็ก", "ศูนย์", "พัฒนา",
    "3", "12", "กว้าง", "4.50", "เมตร", "(คสล.)", "ประจำปี", "ต.หนองบัว",
)  # fmt: skip
AGENCIES = (*schema.AGENCIES_BY_KIND["องค์การบริหารส่วนตำบล"], "แขวงทางหลวงชนบทพะเยา")

text = st.lists(st.sampled_from(WORDS), min_size=1, max_size=12).map(" ".join).filter(lambda t: not t[0].isdigit())
amount = st.decimals(min_value=0, max_value=Decimal("99999999.99"), places=2, allow_nan=False, allow_infinity=False)
months = st.sets(st.sampled_from(schema.FISCAL_MONTHS), min_size=1).map(tuple)


@st.composite
def plans(draw) -> Plan:
    n = draw(st.integers(1, 3))
    strategies = [
        Strategy(
            code=str(i),
            name="การพัฒนาด้าน" + draw(text).replace(" ", ""),
            province_strategy=f"ยุทธศาสตร์จังหวัดพะเยาที่ {i} " + draw(text),
            local_strategy=f"ยุทธศาสตร์การพัฒนาของ อปท.ในเขตจังหวัดพะเยาที่ {i} " + draw(text),
            tactic=draw(st.none() | text.map(lambda t: "ส่งเสริม" + t)),
        )
        for i in range(1, n + 1)
    ]
    projects = [
        Project(
            strategy=draw(st.sampled_from([s.code for s in strategies])),
            plan_area=draw(st.sampled_from(schema.PLAN_AREAS)),
            name="โครงการ" + draw(text),
            activity=draw(text),
            budget=draw(amount),
            location=draw(text),
            agency=draw(st.sampled_from(AGENCIES)),
            months=draw(months),
        )
        for _ in range(draw(st.integers(1, 8)))
    ]
    equipment = [
        Equipment(
            category=draw(st.sampled_from(schema.EQUIPMENT_CATEGORIES)),
            plan_area=draw(st.sampled_from(schema.PLAN_AREAS)),
            item=draw(text),
            detail=draw(text),
            budget=draw(amount),
            location=draw(text),
            agency=draw(st.sampled_from(AGENCIES)),
            months=draw(months),
        )
        for _ in range(draw(st.integers(0, 4)))
    ]
    org = Settings(org_kind="องค์การบริหารส่วนตำบล", org_name="หนองบัวแก้ว", district="เมืองพะเยา", province="พะเยา",
                   fiscal_year=draw(st.integers(2560, 2580)))  # fmt: skip
    return Plan(settings=org, strategies=strategies, projects=projects, equipment=equipment)


layouts = st.builds(
    Layout,
    sheet_per_strategy=st.booleans(),
    header_rows=st.integers(1, 3),
    strategy_heading=st.sampled_from(["numbered", "nth"]),
    heading_in_name_column=st.booleans(),
    plan_area_numbered=st.booleans(),
    province_headings=st.booleans(),
    amounts=st.sampled_from(["number", "text", "thai"]),
    months=st.sampled_from(["fill", "check", "slash", "arrows", "ends"]),
    continuation=st.booleans(),
    totals=st.booleans(),
    wrong_total=st.booleans(),
    thai_numbers=st.booleans(),
    agency_spelling=st.sampled_from(["standard", "suffixed", "spaced"]),
    source_column=st.just(False),
    location_before_budget=st.booleans(),
    summary_sheet=st.booleans(),
    notes=st.booleans(),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan=plans(), layout=layouts)
def test_plan_to_random_handmade_layout_and_back(plan: Plan, layout: Layout) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path, expected = write_handmade(plan, Path(tmp) / "plan.xlsx", layout)
        imported = import_workbook(path)
    assert essence(imported.plan) == essence(expected)
    wrong = [n for n in imported.notes if n.code == "W-IMPORT-TOTAL-MISMATCH"]
    assert len(wrong) == (1 if layout.totals and layout.wrong_total else 0)


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
@pytest.mark.parametrize(
    "variant",
    ["plain-two-row-header-fills", "one-sheet-per-strategy", "thai-digits-arrow-ends", "slash-marks-text-amounts"],
)
def test_a_file_saved_by_libreoffice_imports_the_same(tmp_path: Path, variant: str) -> None:
    from opplan_xl.example import sample_plan
    from opplan_xl.libreoffice import convert

    path, expected, _layout = write_variant(sample_plan(), variant, tmp_path / "openpyxl")
    saved = convert(path, "xlsx:Calc MS Excel 2007 XML", tmp_path / "libreoffice")
    assert saved.read_bytes() != path.read_bytes()
    by_openpyxl = import_workbook(path)
    by_libreoffice = import_workbook(saved)
    assert essence(by_libreoffice.plan) == essence(by_openpyxl.plan) == essence(expected)
    assert sorted((n.code, n.sheet, n.cell) for n in by_libreoffice.notes) == sorted(
        (n.code, n.sheet, n.cell) for n in by_openpyxl.notes
    )


def test_every_variant_is_listed_once() -> None:
    assert len(set(VARIANTS.values())) == len(VARIANTS)
