"""Every validation rule: a plan that breaks it gives its finding (at the right cell), the good plan does not."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from opplan_xl import schema
from opplan_xl.findings import Severity
from opplan_xl.model import Plan, Project, Strategy
from opplan_xl.rules import RULES, validate
from opplan_xl.rules import fiscal_year as fy_rules
from opplan_xl.rules import settings as settings_rules
from opplan_xl.rules import tables as table_rules

from . import test_amendment_rules, test_paragraphs, test_progress_rules
from .conftest import small_plan


def codes(findings) -> list[str]:
    return [f.code for f in findings]


def test_small_plan_is_clean() -> None:
    assert validate(small_plan()) == []


def test_every_rule_has_a_case_here() -> None:
    # versions, progress, wording: their own modules
    names = [*globals(), *vars(test_amendment_rules), *vars(test_progress_rules), *vars(test_paragraphs)]
    tested = {name.removeprefix("test_") for name in names if name.startswith("test_")}
    for rule in RULES:
        name = rule.__name__.lstrip("_")
        assert any(name in t for t in tested), f"no test for rule {name}"


# ---- settings ------------------------------------------------------------------------------------


def test_required_settings(plan: Plan) -> None:
    assert settings_rules.required_settings(plan) == []
    plan.settings.org_name = None
    plan.settings.province = ""
    found = settings_rules.required_settings(plan)
    assert codes(found) == ["E-SETTING-MISSING", "E-SETTING-MISSING"]
    assert found[0].sheet == schema.SHEET_SETTINGS
    assert found[0].cell == plan.setting_cell("org_name")
    assert "ชื่อ อปท." in found[0].message


def test_required_settings_warns_for_missing_dates(plan: Plan) -> None:
    plan.settings.announced_date = None
    found = settings_rules.required_settings(plan)
    assert codes(found) == ["W-SETTING-DATE-MISSING"]
    assert found[0].severity is Severity.WARNING


def test_required_settings_skips_cells_the_parser_reported(plan: Plan) -> None:
    plan.settings.fiscal_year = None
    plan.reported.add(f"{schema.SHEET_SETTINGS}!{plan.setting_cell('fiscal_year')}")
    assert settings_rules.required_settings(plan) == []


def test_org_kind_known(plan: Plan) -> None:
    assert settings_rules.org_kind_known(plan) == []
    plan.settings.org_kind = "อบต."
    assert codes(settings_rules.org_kind_known(plan)) == ["E-ORG-KIND-UNKNOWN"]


def test_amendment_numbered(plan: Plan) -> None:
    plan.settings.amendment_kind = "เพิ่มเติม"
    assert codes(settings_rules.amendment_numbered(plan)) == ["E-AMENDMENT-NO-MISSING"]
    plan.settings.amendment_no = 1
    assert settings_rules.amendment_numbered(plan) == []


@pytest.mark.parametrize(
    ("text", "ok"),
    [("2566-2570", True), ("๒๕๖๖ - ๒๕๗๐", True), ("พ.ศ. 2566-2570", True), ("2561-2565", False), ("ห้าปี", False)],
)
def test_dev_plan_period_valid(plan: Plan, text: str, ok: bool) -> None:
    plan.settings.dev_plan_period = text
    assert codes(settings_rules.dev_plan_period_valid(plan)) == ([] if ok else ["E-DEV-PLAN-PERIOD"])


def test_dates_in_fiscal_year(plan: Plan) -> None:
    assert settings_rules.dates_in_fiscal_year(plan) == []
    plan.settings.committee_date = dt.date(2024, 10, 5)
    found = settings_rules.dates_in_fiscal_year(plan)
    assert codes(found) == ["W-DATE-OUTSIDE-FY"]
    assert found[0].cell == plan.setting_cell("committee_date")


def test_dates_in_order(plan: Plan) -> None:
    assert settings_rules.dates_in_order(plan) == []
    plan.settings.committee_date = dt.date(2026, 10, 8)  # after the announcement
    plan.settings.budget_act_date = dt.date(2026, 10, 9)
    assert sorted(codes(settings_rules.dates_in_order(plan))) == ["E-DATE-ORDER", "W-DATE-ORDER"]


# ---- tables ---------------------------------------------------------------------------------------


def test_strategies_present(plan: Plan) -> None:
    assert table_rules.strategies_present(plan) == []
    plan.strategies = []
    assert codes(table_rules.strategies_present(plan)) == ["E-NO-STRATEGIES"]


def test_projects_present(plan: Plan) -> None:
    assert table_rules.projects_present(plan) == []
    plan.projects = []
    assert codes(table_rules.projects_present(plan)) == ["W-NO-PROJECTS"]


def test_strategy_codes_unique(plan: Plan) -> None:
    assert table_rules.strategy_codes_unique(plan) == []
    plan.strategies.append(Strategy(code="1", name="ซ้ำ", row=6))
    found = table_rules.strategy_codes_unique(plan)
    assert codes(found) == ["E-STRATEGY-DUPLICATE"]
    assert found[0].cell == "A6"


def test_required_cells(plan: Plan) -> None:
    assert table_rules.required_cells(plan) == []
    plan.projects[0].location = None
    plan.equipment[0].detail = ""
    found = table_rules.required_cells(plan)
    assert codes(found) == ["E-REQUIRED", "E-REQUIRED"]
    assert found[0].sheet == schema.SHEET_PROJECTS
    assert found[0].cell == plan.cell(schema.PROJECTS, "location", 4)
    assert "สถานที่ดำเนินการ" in found[0].message


def test_required_cells_skips_missing_columns(plan: Plan) -> None:
    plan.projects[0].location = None
    plan.columns["projects"] = {c.key: "A" for c in schema.PROJECTS.columns if c.key != "location"}
    assert table_rules.required_cells(plan) == []


@pytest.mark.parametrize(
    ("budget", "expected"), [(Decimal("-5"), "E-BUDGET-NEGATIVE"), (Decimal("0"), "W-BUDGET-ZERO")]
)
def test_budgets_positive(plan: Plan, budget: Decimal, expected: str) -> None:
    assert table_rules.budgets_positive(plan) == []
    plan.projects[1].budget = budget
    found = table_rules.budgets_positive(plan)
    assert codes(found) == [expected]
    assert found[0].cell == plan.cell(schema.PROJECTS, "budget", 5)


def test_months_present(plan: Plan) -> None:
    assert table_rules.months_present(plan) == []
    plan.projects[0].months = ()
    found = table_rules.months_present(plan)
    assert codes(found) == ["E-MONTHS-NONE"]
    assert found[0].cell == plan.cell(schema.PROJECTS, "m10", 4)


def test_strategies_known(plan: Plan) -> None:
    assert table_rules.strategies_known(plan) == []
    plan.projects[0].strategy = "9"
    assert codes(table_rules.strategies_known(plan)) == ["E-STRATEGY-UNKNOWN"]


def test_plan_areas_known(plan: Plan) -> None:
    assert table_rules.plan_areas_known(plan) == []
    plan.projects[0].plan_area = "แผนงานอวกาศ"
    assert codes(table_rules.plan_areas_known(plan)) == ["E-PLAN-AREA-UNKNOWN"]
    plan.extra_list_items[schema.LIST_PLAN_AREAS] = ["แผนงานอวกาศ"]  # the user added it to the list
    assert table_rules.plan_areas_known(plan) == []


def test_equipment_categories_known(plan: Plan) -> None:
    assert table_rules.equipment_categories_known(plan) == []
    plan.equipment[0].category = "ครุภัณฑ์เวทมนตร์"
    assert codes(table_rules.equipment_categories_known(plan)) == ["E-CATEGORY-UNKNOWN"]


def test_money_sources_known(plan: Plan) -> None:
    assert table_rules.money_sources_known(plan) == []
    plan.projects[0].source = "เงินกู้"
    assert codes(table_rules.money_sources_known(plan)) == ["W-SOURCE-UNKNOWN"]


def test_no_duplicate_projects(plan: Plan) -> None:
    assert table_rules.no_duplicate_projects(plan) == []
    twin = plan.projects[0].model_copy(update={"row": 9, "name": plan.projects[0].name + "  "})
    plan.projects.append(twin)
    found = table_rules.no_duplicate_projects(plan)
    assert codes(found) == ["W-DUPLICATE-PROJECT"]
    assert found[0].params["other_row"] == 4


def test_no_duplicate_equipment(plan: Plan) -> None:
    assert table_rules.no_duplicate_equipment(plan) == []
    plan.equipment.append(plan.equipment[0].model_copy(update={"row": 5}))
    assert codes(table_rules.no_duplicate_equipment(plan)) == ["W-DUPLICATE-EQUIPMENT"]


# ---- the fiscal year written one way ---------------------------------------------------------------


def test_written_one_way(plan: Plan) -> None:
    plan.projects[0].activity = "ดำเนินการในปีงบประมาณ พ.ศ. 2570"
    assert fy_rules.written_one_way(plan) == []
    plan.projects[0].activity = "ค่าใช้จ่ายประจำปีงบประมาณ ๒๕๖๙"  # states the year: a copy of last year's
    plan.projects[1].activity = "ปีงบประมาณ 2027"
    plan.other_text = [(schema.SHEET_PROJECTS, "A2", "แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2571")]
    found = fy_rules.written_one_way(plan)
    assert sorted(codes(found)) == ["W-FISCAL-YEAR-CE", "W-FISCAL-YEAR-MISMATCH", "W-FISCAL-YEAR-MISMATCH"]
    assert {f.cell for f in found} == {
        plan.cell(schema.PROJECTS, "activity", 4),
        plan.cell(schema.PROJECTS, "activity", 5),
        "A2",
    }


# ---- deadlines (the rule itself is tested in test_deadlines.py) --------------------------------------


def test_deadlines(plan: Plan) -> None:
    plan.settings.posted_date = dt.date(2026, 10, 30)  # announced 7 Oct: post by 22 Oct
    assert "E-POST-LATE" in codes(validate(plan))


def test_validate_sorts_errors_first(plan: Plan) -> None:
    plan.projects.append(Project(strategy="1", plan_area="แผนงานการศึกษา", name="x", row=7, months=(1,)))
    plan.projects[0].budget = Decimal(0)
    found = validate(plan)
    severities = [f.severity for f in found]
    assert severities == sorted(severities, key=[Severity.ERROR, Severity.WARNING, Severity.INFO].index)
    assert found[0].severity is Severity.ERROR


# ---- Excel's limits (more in test_excel_limits.py) ---------------------------------------------------------------


def test_formula_texts_fit(plan: Plan) -> None:
    from opplan_xl.rules import excel_limits

    assert excel_limits.formula_texts_fit(plan) == []
    plan.projects[0].plan_area = "ก" * 256
    assert codes(excel_limits.formula_texts_fit(plan)) == ["E-EXCEL-FORMULA-TEXT"]


def test_texts_fit(plan: Plan) -> None:
    from opplan_xl.rules import excel_limits

    assert excel_limits.texts_fit(plan) == []
    plan.projects[0].activity = "ก" * 32768
    assert codes(excel_limits.texts_fit(plan)) == ["E-EXCEL-CELL-TEXT"]


def test_funders_known(plan: Plan) -> None:
    plan.projects[0].funder = "ครึ่งๆ"
    assert codes(table_rules.funders_known(plan)) == ["W-FUNDER-UNKNOWN"]


def test_lists_every_pair(plan: Plan) -> None:
    from opplan_xl.rules.summary_block import lists_every_pair

    sheet = schema.SHEET_SUMMARY
    plan.other_text = [(sheet, "A7", "1.1 แผนงานเคหะและชุมชน"), (sheet, "X7", "pair"), (sheet, "X9", "check")]
    found = lists_every_pair(plan)  # 2.1 แผนงานการศึกษา is not listed
    assert codes(found) == ["W-SUMMARY-STALE"] and found[0].cell == "B9"
    plan.other_text += [(sheet, "A8", "2.1 แผนงานการศึกษา"), (sheet, "X8", "pair")]
    assert lists_every_pair(plan) == []
