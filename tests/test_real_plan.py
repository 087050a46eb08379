"""A plan typed the way real อบต. plans are written (domain §3, §7, §8) validates without false alarms, and its
own / other-agency totals are right (issue 9, point 1)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from opplan_xl import schema
from opplan_xl.model import Plan, Project
from opplan_xl.names.sources import is_own, match_source
from opplan_xl.parse import parse
from opplan_xl.rollup import rollup
from opplan_xl.rules import tables as table_rules
from opplan_xl.rules import validate
from opplan_xl.rules.fiscal_year import written_one_way
from opplan_xl.xlsx.read import read_raw
from opplan_xl.xlsx.write import write_workbook

from .conftest import small_plan

D = Decimal


def _project(name: str, budget: str, source: str | None, agency: str = "กองช่าง", **more: object) -> Project:
    values: dict[str, object] = {
        "strategy": "1",
        "plan_area": "แผนงานเคหะและชุมชน",
        "name": name,
        "activity": f"เพื่อจ่ายเป็นค่า{name}",
        "budget": D(budget),
        "location": "หมู่ที่ 5",
        "agency": agency,
        "source": source,
        "months": (1, 2, 3),
    }
    values.update(more)
    return Project(**values)


def real_plan() -> Plan:
    """FY 2570, sources written as real plans and progress reports write them."""
    plan = small_plan()
    hall = "โครงการก่อสร้างอาคารอเนกประสงค์ หมู่ที่ 5"
    plan.projects = [
        _project(hall, "300000", "ข้อบัญญัติ 2570"),
        # the same building, partly paid by a transfer: two lines of the plan, not a duplicate
        _project(
            hall,
            "150000",
            "โอนงบครั้งที่ 13/2569",
            activity="ตามการโอนงบประมาณครั้งที่ 13 ปีงบประมาณ 2569 เพื่อจ่ายเป็นค่าก่อสร้างอาคารอเนกประสงค์",
        ),
        # same name, budget and activity, another source: still two lines
        _project("โครงการซ่อมแซมถนนลูกรัง (โอนงบครั้งที่ 2/2569)", "80000", "จ่ายขาดเงินสะสม"),
        _project("โครงการซ่อมแซมถนนลูกรัง (โอนงบครั้งที่ 2/2569)", "80000", "ข้อบัญญัติงบประมาณรายจ่ายประจำปี พ.ศ. 2570"),
        _project("โครงการอาหารเสริม (นม)", "412345.67", "เงินอุดหนุนเฉพาะกิจ", agency="กองการศึกษา ศาสนาและวัฒนธรรม"),
        _project("โครงการเบี้ยยังชีพผู้สูงอายุ", "5000000", "เงินอุดหนุนทั่วไป", agency="สำนักปลัด"),
        _project("โครงการสำรองจ่าย", "100000", "งบกลาง", agency="สำนักปลัด"),
        _project("โครงการขยายเขตประปา", "250000", "ข้อบัญญัติ ๒๕๗๐"),
        # another agency's projects in the area (ข้อ ๒๖ (๑))
        _project("โครงการก่อสร้างถนนลาดยาง สาย พย.3021", "2000000", "งบประมาณ อบจ.พะเยา", agency="อบจ.พะเยา"),
        _project("โครงการบำรุงทางหลวงชนบท", "1200000.50", None, agency="แขวงทางหลวงชนบทพะเยา"),
    ]
    for i, p in enumerate(plan.projects, 4):
        p.row = i
    return plan


OWN = D("300000") + D("150000") + D("80000") * 2 + D("412345.67") + D("5000000") + D("100000") + D("250000")
OTHER = D("2000000") + D("1200000.50")


def test_the_real_plan_validates_without_false_alarms(tmp_path: Path) -> None:
    book = write_workbook(real_plan(), tmp_path / "real.xlsx")
    plan, parsed = parse(read_raw(book))
    found = parsed + validate(plan)
    alarms = [f for f in found if f.severity.value != "info"]
    assert alarms == [], [f.message for f in alarms]
    infos = [f for f in found if f.code == "I-SOURCE-VARIANT"]
    assert len(infos) == 7  # one per spelling, not one per row


def test_the_real_plan_counts_own_and_other_money_right(tmp_path: Path) -> None:
    plan, _ = parse(read_raw(write_workbook(real_plan(), tmp_path / "real.xlsx")))
    r = rollup(plan)
    assert (r.own_vs_other.own.projects, r.own_vs_other.own.budget) == (8, OWN)
    assert (r.own_vs_other.other.projects, r.own_vs_other.other.budget) == (2, OTHER)
    by_source = {g.name: g.budget for g in r.by_source}
    assert by_source[schema.SOURCE_OTHER_AGENCY] == OTHER
    assert by_source[schema.SOURCE_TRANSFER] == D("150000")
    assert by_source["เงินสะสม"] == D("80000")
    assert by_source[schema.SOURCE_OWN_BUDGET] == D("300000") + D("80000") + D("100000") + D("250000")
    assert set(by_source) <= set(schema.MONEY_SOURCES)


@pytest.mark.parametrize(
    ("typed", "standard"),
    [
        ("ข้อบัญญัติ 2568", schema.SOURCE_OWN_BUDGET),
        ("เทศบัญญัติ", schema.SOURCE_OWN_BUDGET),
        ("ข้อบัญญัติงบประมาณรายจ่ายประจำปี พ.ศ. ๒๕๖๘", schema.SOURCE_OWN_BUDGET),
        ("งบกลาง", schema.SOURCE_OWN_BUDGET),
        ("งบประมาณ อบต.", schema.SOURCE_OWN_BUDGET),
        ("จ่ายขาดเงินสะสม", "เงินสะสม"),
        ("โอนงบประมาณ", schema.SOURCE_TRANSFER),
        ("โอนงบครั้งที่ 13/2567", schema.SOURCE_TRANSFER),
        ("เงินอุดหนุนเฉพาะกิจ กรมส่งเสริมการปกครองท้องถิ่น", "เงินอุดหนุนเฉพาะกิจ"),
        ("เงินอุดหนุนทั่วไป", "เงินอุดหนุนทั่วไป"),
        ("ข้อบัญญัติงบประมาณรายจ่ายเพิ่มเติม ฉบับที่ 1", "งบประมาณรายจ่ายเพิ่มเติม"),
        ("งบประมาณ อบจ.พะเยา", schema.SOURCE_OTHER_AGENCY),
        ("งบประมาณกรมทางหลวงชนบท", schema.SOURCE_OTHER_AGENCY),
        ("งบประมาณของหน่วยงานอื่น ", schema.SOURCE_OTHER_AGENCY),
        ("เงินบริจาค", None),
    ],
)
def test_sources_typed_many_ways_match_their_standard_entry(typed: str, standard: str | None) -> None:
    assert match_source(typed).standard == standard


def test_an_unknown_source_warns_and_a_variant_is_info(plan: Plan) -> None:
    plan.projects[0].source = "เงินบริจาค"
    plan.projects[1].source = "ข้อบัญญัติ 2570"
    assert sorted(f.code for f in table_rules.money_sources_known(plan)) == ["I-SOURCE-VARIANT", "W-SOURCE-UNKNOWN"]


def test_a_label_added_to_the_list_does_not_move_another_agencys_money_into_the_own_total(plan: Plan) -> None:
    plan.extra_list_items[schema.LIST_SOURCES] = ["เงินบริจาค"]
    plan.projects.append(_project("โครงการสะพาน", "9000000", "เงินบริจาค", agency="แขวงทางหลวงชนบทพะเยา", row=6))
    r = rollup(plan)
    assert r.own_vs_other.other.budget == D("9000000")
    assert table_rules.money_sources_known(plan) == []


def test_the_own_other_column_decides_over_source_and_agency(plan: Plan) -> None:
    assert is_own(None, "งบประมาณ อบจ.พะเยา", "กองช่าง") is False
    assert is_own(schema.FUNDER_OWN, "งบประมาณ อบจ.พะเยา", "อบจ.พะเยา") is True
    assert is_own(schema.FUNDER_OTHER, schema.SOURCE_OWN_BUDGET, "กองช่าง") is False
    assert is_own(None, None, "กองช่าง") is True
    assert is_own(None, schema.SOURCE_OWN_BUDGET, "กองช่าง", origin_agency="อบจ.พะเยา") is False
    plan.projects[0].funder = schema.FUNDER_OTHER
    assert rollup(plan).own_vs_other.other.budget == plan.projects[0].budget


def test_funders_known(plan: Plan) -> None:
    assert table_rules.funders_known(plan) == []
    plan.projects[0].funder = "อปท."
    assert table_rules.funders_known(plan) == []
    plan.projects[0].funder = "ครึ่งๆ"
    assert [f.code for f in table_rules.funders_known(plan)] == ["W-FUNDER-UNKNOWN"]


def test_a_transfer_note_naming_another_fiscal_year_is_not_the_plan_year_written_twice(plan: Plan) -> None:
    plan.projects[0].activity = "ตามการโอนงบประมาณครั้งที่ 13 ปีงบประมาณ 2567"
    plan.projects[1].name = "โครงการปรับปรุงอาคาร (โอนงบครั้งที่ 13/2567)"
    assert written_one_way(plan) == []
    plan.other_text = [(schema.SHEET_PROJECTS, "A3", "แก้ไขตามการโอนงบประมาณครั้งที่ 13 ปีงบประมาณ 2567")]
    assert written_one_way(plan) == []
    plan.other_text = [(schema.SHEET_PROJECTS, "A2", "แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2569")]
    assert [f.code for f in written_one_way(plan)] == ["W-FISCAL-YEAR-MISMATCH"]


def test_same_name_with_another_source_or_budget_is_not_a_duplicate(plan: Plan) -> None:
    again = plan.projects[0].model_copy(update={"row": 6, "source": schema.SOURCE_TRANSFER})
    plan.projects.append(again)
    assert table_rules.no_duplicate_projects(plan) == []
    again.source = plan.projects[0].source
    assert [f.code for f in table_rules.no_duplicate_projects(plan)] == ["W-DUPLICATE-PROJECT"]
    again.budget = D("1.00")
    assert table_rules.no_duplicate_projects(plan) == []


def test_validate_warns_when_the_summary_block_misses_a_pair(tmp_path: Path) -> None:
    """The ผด.01 block was built before a project under a new (ยุทธศาสตร์, แผนงาน) pair was added."""
    plan = small_plan()
    before = rollup(plan)
    plan.projects.append(_project("โครงการใหม่", "1000", schema.SOURCE_OWN_BUDGET, plan_area="แผนงานการเกษตร", row=6))
    current, _ = parse(read_raw(write_workbook(plan, tmp_path / "current.xlsx")))
    assert "W-SUMMARY-STALE" not in [f.code for f in validate(current)]
    stale, _ = parse(read_raw(write_workbook(plan, tmp_path / "stale.xlsx", before)))
    found = [f for f in validate(stale) if f.code == "W-SUMMARY-STALE"]
    assert len(found) == 1
    assert found[0].sheet == schema.SHEET_SUMMARY and found[0].cell.startswith("B")
    assert "แผนงานการเกษตร" in found[0].message and "สรุปงบประมาณ" in found[0].message
