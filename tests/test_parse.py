"""The parser: raw cell values → Plan, one finding per value it cannot take, nothing raised."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from opplan_xl import schema
from opplan_xl.parse import parse
from opplan_xl.rules import validate
from opplan_xl.xlsx.raw import CellError, RawBook, RawRow, RawSetting, RawTable


def raw_book(settings: dict[str, object] | None = None, projects: list[dict] | None = None) -> RawBook:
    """A RawBook laid out like the standard workbook (settings from row 3, tables with headers in row 3)."""
    values = {
        "org_kind": "องค์การบริหารส่วนตำบล",
        "org_name": "หนองบัวแก้ว",
        "province": "พะเยา",
        "fiscal_year": 2570,
        "executive_name": "นายสมชาย ใจดี",
    }
    values.update(settings or {})
    rs = {}
    for i, s in enumerate(schema.SETTINGS):
        rs[s.key] = RawSetting(s.key, f"B{schema.SETTINGS_FIRST_ROW + i}", values.get(s.key))
    tables = {}
    for table in (schema.STRATEGIES, schema.PROJECTS, schema.EQUIPMENT, schema.HOLIDAYS_TABLE):
        tables[table.key] = RawTable(table, table.sheet, 3, {c.key: i + 1 for i, c in enumerate(table.columns)})
    tables["strategies"].rows = [RawRow(4, {"code": 1.0, "name": "โครงสร้างพื้นฐาน"})]
    base = {
        "strategy": 1,
        "plan_area": "แผนงานเคหะและชุมชน",
        "name": "ถนน",
        "activity": "เพื่อจ่ายเป็นค่าก่อสร้าง",
        "budget": 1000,
        "location": "หมู่ที่ 1",
        "agency": "กองช่าง",
        "m01": "✓",
    }
    tables["projects"].rows = [RawRow(4 + i, {**base, **p}) for i, p in enumerate(projects or [{}])]
    return RawBook(path=None, settings=rs, tables=tables, lists={})


def only(findings, code):
    return [f for f in findings if f.code == code]


def test_a_clean_raw_book_parses_without_findings() -> None:
    plan, findings = parse(raw_book())
    assert findings == []
    assert plan.settings.fiscal_year == 2570
    assert plan.strategies[0].code == "1"
    p = plan.projects[0]
    assert p.strategy == "1" and p.budget == Decimal("1000.00") and p.months == (1,) and p.row == 4


def test_budget_text_forms_and_a_bad_budget() -> None:
    plan, findings = parse(
        raw_book(projects=[{"budget": "1,632,820.50"}, {"budget": "๑,๒๓๔.๕๐"}, {"budget": "-"}, {"budget": "ห้าพัน"}])
    )
    assert [p.budget for p in plan.projects] == [Decimal("1632820.50"), Decimal("1234.50"), Decimal("0.00"), None]
    bad = only(findings, "E-BUDGET-NOT-NUMBER")
    assert len(bad) == 1 and bad[0].cell == "E7" and bad[0].sheet == schema.SHEET_PROJECTS
    # the rules do not report the same cell again as "required"
    assert not [f for f in validate(plan) if f.cell == "E7" and f.code == "E-REQUIRED"]


def test_be_year_typed_as_ce_is_flagged_with_a_suggestion() -> None:
    plan, findings = parse(raw_book({"announced_date": dt.datetime(2569, 10, 7)}))
    assert plan.settings.announced_date is None
    (f,) = only(findings, "E-DATE-BE-AS-CE")
    assert f.cell == plan.setting_cell("announced_date")
    assert f.params["suggestion"] == "2026-10-07"


def test_text_dates_in_thai_are_taken() -> None:
    plan, findings = parse(raw_book({"announced_date": "๗ ตุลาคม ๒๕๖๙", "posted_date": "8/10/2569"}))
    assert findings == []
    assert plan.settings.announced_date == dt.date(2026, 10, 7)
    assert plan.settings.posted_date == dt.date(2026, 10, 8)


def test_fiscal_year_typed_in_ce() -> None:
    plan, findings = parse(raw_book({"fiscal_year": 2027}))
    assert plan.settings.fiscal_year is None
    (f,) = only(findings, "E-YEAR-IS-CE")
    assert f.params["suggestion"] == 2570


def test_error_values_from_formulas() -> None:
    plan, findings = parse(raw_book(projects=[{"budget": CellError("#DIV/0!")}]))
    (f,) = only(findings, "E-CELL-ERROR")
    assert f.cell == "E4" and "#DIV/0!" in f.message
    assert plan.projects[0].budget is None


def test_period_text_gives_months_when_no_month_is_marked() -> None:
    plan, findings = parse(raw_book(projects=[{"m01": None, "period": "ต.ค. 2569 - ธ.ค. 2569"}]))
    assert findings == []
    assert plan.projects[0].months == (10, 11, 12)


def test_period_outside_the_fiscal_year() -> None:
    plan, findings = parse(raw_book(projects=[{"m01": None, "period": "ม.ค. 2571"}]))
    assert [f.code for f in findings] == ["E-MONTHS-OUTSIDE-FY"]
    # the months rule does not report the same row again
    assert not only(validate(plan), "E-MONTHS-NONE")


def test_period_and_marks_that_disagree() -> None:
    _plan, findings = parse(raw_book(projects=[{"period": "ต.ค. 2569"}]))
    assert [f.code for f in findings] == ["W-MONTHS-PERIOD-MISMATCH"]


def test_unusual_month_marks_count_with_a_warning() -> None:
    plan, findings = parse(raw_book(projects=[{"m02": "งบ 5000"}]))
    assert plan.projects[0].months == (1, 2)
    assert [f.code for f in findings] == ["W-MONTH-MARK-UNCLEAR"]


def test_plan_area_variants_are_standardised_with_a_warning() -> None:
    plan, findings = parse(raw_book(projects=[{"plan_area": "แผนงานรักษาความสงบภายใน"}, {"plan_area": "งบกลาง"}]))
    assert [p.plan_area for p in plan.projects] == ["แผนงานการรักษาความสงบภายใน", "แผนงานงบกลาง"]
    assert [f.code for f in findings] == ["W-PLAN-AREA-VARIANT", "W-PLAN-AREA-VARIANT"]


def test_yes_no_and_integers() -> None:
    plan, findings = parse(raw_book({"thai_digits": "ไม่ใช่", "amendment_no": "๒", "roll_forward": "บางที"}))
    assert plan.settings.thai_digits is False
    assert plan.settings.amendment_no == 2
    assert [f.code for f in findings] == ["E-BOOL-NOT-YESNO"]


def test_moved_columns_give_findings_at_the_real_cells() -> None:
    raw = raw_book(projects=[{"budget": "abc"}])
    raw.tables["projects"].columns["budget"] = 9  # the user moved the budget column to I
    _plan, findings = parse(raw)
    assert only(findings, "E-BUDGET-NOT-NUMBER")[0].cell == "I4"


def test_budgets_excel_would_not_sum_the_same_way_are_flagged() -> None:
    _plan, findings = parse(
        raw_book(projects=[{"budget": "497,000"}, {"budget": "-"}, {"budget": 1000 / 3}, {"budget": 0.1 + 0.2}])
    )
    assert [(f.code, f.cell) for f in findings] == [
        ("W-BUDGET-TEXT", "E4"),
        ("W-BUDGET-SATANG", "E6"),
    ]  # 0.1 + 0.2 is float noise, not a third decimal
    assert "497,000.00" in findings[0].message and "333.33" in findings[1].message
