"""opplan_xl.deadlines: fiscal year, the ข้อ ๒๖ / ๒๗ day rules, holidays (domain/README.md §2.1)."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pytest

from opplan_xl import schema
from opplan_xl.deadlines import (
    Deadlines,
    HolidayCalendar,
    compute,
    deadline_findings,
    deadlines_json,
    fiscal_months,
    fiscal_year_bounds,
    fiscal_year_of,
)
from opplan_xl.findings import Severity
from opplan_xl.model import Holiday, Plan, Settings

d = dt.date.fromisoformat


def plan(**settings: object) -> Plan:
    return Plan(settings=Settings(**settings))


def codes(findings: list) -> list[str]:
    return [f.code for f in findings]


# --------------------------------------------------------------------------------------------------
# Fiscal year
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "fy"),
    [("2025-10-01", 2569), ("2025-09-30", 2568), ("2026-09-30", 2569), ("2026-01-15", 2569), ("2018-10-01", 2562)],
)
def test_fiscal_year_of(day: str, fy: int) -> None:
    assert fiscal_year_of(d(day)) == fy


def test_fiscal_year_bounds_and_months() -> None:
    assert fiscal_year_bounds(2569) == (d("2025-10-01"), d("2026-09-30"))
    months = fiscal_months(2569)
    assert months[0] == (2025, 10) and months[2] == (2025, 12) and months[3] == (2026, 1) and months[-1] == (2026, 9)
    assert len(months) == 12
    start, end = fiscal_year_bounds(2569)
    assert all(fiscal_year_of(dt.date(y, m, 1)) == 2569 for y, m in months)
    assert fiscal_year_of(start) == fiscal_year_of(end) == 2569


# --------------------------------------------------------------------------------------------------
# Holiday calendar
# --------------------------------------------------------------------------------------------------


def test_weekends_and_public_holidays() -> None:
    cal = HolidayCalendar()
    assert cal.holiday_name(d("2026-02-21")) == "วันเสาร์"
    assert cal.holiday_name(d("2026-02-22")) == "วันอาทิตย์"
    assert cal.holiday_name(d("2026-02-21"), "en") == "Saturday"
    assert cal.holiday_name(d("2026-04-13")) == "วันสงกรานต์"  # Songkran, a Monday
    assert cal.holiday_name(d("2026-04-13"), "en") == "Songkran Festival"
    assert "วันพ่อแห่งชาติ" in cal.holiday_name(d("2025-12-05"))  # a Friday
    assert cal.holiday_name(d("2025-12-10")) == "วันรัฐธรรมนูญ"  # a Wednesday
    assert cal.holiday_name(d("2026-05-13")) == "วันพืชมงคล"  # government day off
    assert cal.holiday_name(d("2026-02-19")) is None
    # National Labour Day is a day off for the private sector only: government offices work.
    assert cal.is_working_day(d("2026-05-01"))


def test_working_day_neighbours() -> None:
    cal = HolidayCalendar()
    # Songkran 2026: Sat 11, Sun 12, Mon-Wed 13-15 April.
    assert cal.last_working_day_before(d("2026-04-13")) == d("2026-04-10")
    assert cal.next_working_day_after(d("2026-04-13")) == d("2026-04-16")
    assert cal.next_working_day_after(d("2026-02-20")) == d("2026-02-23")
    assert cal.last_working_day_before(d("2026-02-23")) == d("2026-02-20")


def test_extra_holidays_count() -> None:
    cal = HolidayCalendar([d("2026-02-19"), Holiday(date=d("2026-02-20"), name="วันหยุดประจำท้องถิ่น")])
    assert cal.holiday_name(d("2026-02-19")) == "วันหยุดที่กำหนดเพิ่มเติม"
    assert cal.holiday_name(d("2026-02-20")) == "วันหยุดประจำท้องถิ่น"
    assert not cal.is_working_day(d("2026-02-20"))
    assert cal.last_working_day_before(d("2026-02-21")) == d("2026-02-18")


def test_holidays_package_is_imported_only_for_weekdays() -> None:
    code = (
        "import sys, datetime as dt;"
        "from opplan_xl.deadlines import HolidayCalendar;"
        "c = HolidayCalendar();"
        "c.holiday_name(dt.date(2026, 2, 21));"
        "a = 'holidays' in sys.modules;"
        "c.holiday_name(dt.date(2026, 4, 13));"
        "b = 'holidays' in sys.modules;"
        "print(a, b, any(m.startswith('holidays.countries') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    # Not even the other ~250 countries of the holidays package are loaded.
    assert out == ["False", "True", "False"]


# --------------------------------------------------------------------------------------------------
# compute
# --------------------------------------------------------------------------------------------------


def test_worked_examples_from_the_domain_readme() -> None:
    # Posted 1 ต.ค. 2561 → keep through 31 ต.ค. 2561 → may take down from 1 พ.ย. 2561.
    got = compute(Settings(posted_date=d("2018-10-01")))
    assert got.keep_posted_through == d("2018-10-31")
    assert got.take_down_from == d("2018-11-01")
    # Announced 2 ม.ค. 2562 → post by 17 ม.ค. 2562.
    got = compute(Settings(announced_date=d("2019-01-02")))
    assert got.post_by == d("2019-01-17")
    assert got.holidays == {}


def test_plan_due_is_trigger_plus_30() -> None:
    assert compute(Settings(budget_act_date=d("2025-11-03"))).plan_due == d("2025-12-03")


def test_missing_dates_give_none() -> None:
    assert compute(Settings()) == Deadlines(None, None, None, None)
    assert deadline_findings(plan()) == []


@pytest.mark.parametrize("roll_forward", [False, True])
def test_compute_on_a_holiday(roll_forward: bool) -> None:
    s = Settings(budget_act_date=d("2025-11-05"), announced_date=d("2026-03-29"), roll_forward=roll_forward)
    got = compute(s)
    assert set(got.holidays) == {"plan_due", "post_by"}
    note = got.holidays["post_by"]
    assert note.due == d("2026-04-13") and note.holiday == "วันสงกรานต์"
    assert note.last_working_day == d("2026-04-10") and note.next_working_day == d("2026-04-16")
    assert note.rolled is roll_forward
    assert got.post_by == (d("2026-04-16") if roll_forward else d("2026-04-13"))
    assert got.plan_due == (d("2025-12-08") if roll_forward else d("2025-12-05"))


def test_compute_uses_extra_holidays_from_settings() -> None:
    s = Settings(announced_date=d("2026-02-05"), extra_holidays=[Holiday(date=d("2026-02-20"), name="งานประจำปี")])
    got = compute(s)  # post by Fri 20 Feb 2026, a local day off
    assert got.holidays["post_by"].holiday == "งานประจำปี"
    assert got.holidays["post_by"].last_working_day == d("2026-02-19")
    assert got.holidays["post_by"].next_working_day == d("2026-02-23")
    # An explicit calendar replaces the one built from the settings.
    assert compute(s, HolidayCalendar()).holidays == {}


# --------------------------------------------------------------------------------------------------
# Findings
# --------------------------------------------------------------------------------------------------


def test_plan_late() -> None:
    # Budget act 3 Nov 2025 → due Wed 3 Dec 2025.
    assert deadline_findings(plan(budget_act_date=d("2025-11-03"), announced_date=d("2025-12-03"))) == []
    p = plan(budget_act_date=d("2025-11-03"), announced_date=d("2025-12-04"))
    [f] = deadline_findings(p)
    assert f.code == "W-PLAN-LATE" and f.severity is Severity.WARNING
    assert f.sheet == schema.SHEET_SETTINGS and f.cell == p.setting_cell("announced_date")
    assert "4 ธ.ค. 2568" in f.message and "3 ธ.ค. 2568" in f.message and "3 พ.ย. 2568" in f.message
    # the English message gives the dates in English (issue 9: --lang en)
    assert "3 Dec 2025" in f.message_en and "ธ.ค." not in f.message_en


def test_post_before_announce() -> None:
    p = plan(announced_date=d("2019-01-02"), posted_date=d("2019-01-01"))
    [f] = deadline_findings(p)
    assert f.code == "E-POST-BEFORE-ANNOUNCE" and f.severity is Severity.ERROR
    assert f.cell == p.setting_cell("posted_date")
    assert "1 ม.ค. 2562" in f.message and "2 ม.ค. 2562" in f.message
    assert deadline_findings(plan(announced_date=d("2019-01-02"), posted_date=d("2019-01-02"))) == []


def test_post_late() -> None:
    assert deadline_findings(plan(announced_date=d("2019-01-02"), posted_date=d("2019-01-17"))) == []
    p = plan(announced_date=d("2019-01-02"), posted_date=d("2019-01-18"))
    [f] = deadline_findings(p)
    assert f.code == "E-POST-LATE" and f.cell == p.setting_cell("posted_date")
    assert "17 ม.ค. 2562" in f.message and "18 ม.ค. 2562" in f.message


def test_takedown_early() -> None:
    ok = plan(posted_date=d("2018-10-01"), taken_down_date=d("2018-11-01"))
    assert deadline_findings(ok) == []
    p = plan(posted_date=d("2018-10-01"), taken_down_date=d("2018-10-31"))
    [f] = deadline_findings(p)
    assert f.code == "E-TAKEDOWN-EARLY" and f.cell == p.setting_cell("taken_down_date")
    assert "31 ต.ค. 2561" in f.message and "1 พ.ย. 2561" in f.message


def test_findings_point_at_the_cells_the_plan_was_read_from() -> None:
    p = plan(announced_date=d("2019-01-02"), posted_date=d("2019-01-20"))
    p.setting_cells = {"posted_date": "C22", "announced_date": "C21"}
    [f] = deadline_findings(p)
    assert f.cell == "C22"


@pytest.mark.parametrize(
    ("announced", "due", "holiday", "last", "next_"),
    [
        ("2026-02-06", "21 ก.พ. 2569", "วันเสาร์", "20 ก.พ. 2569", "23 ก.พ. 2569"),
        ("2026-02-07", "22 ก.พ. 2569", "วันอาทิตย์", "20 ก.พ. 2569", "23 ก.พ. 2569"),
        ("2026-03-29", "13 เม.ย. 2569", "วันสงกรานต์", "10 เม.ย. 2569", "16 เม.ย. 2569"),
    ],
)
def test_post_by_on_a_day_off_warns(announced: str, due: str, holiday: str, last: str, next_: str) -> None:
    p = plan(announced_date=d(announced))
    warn, info = deadline_findings(p)
    assert warn.code == "W-DEADLINE-HOLIDAY" and info.code == "I-DEADLINE-1938"
    assert warn.severity is Severity.WARNING and info.severity is Severity.INFO
    assert warn.cell == info.cell == p.setting_cell("announced_date")
    assert f"({due})" in warn.message and f"ตรงกับ{holiday}" in warn.message and last in warn.message
    assert "การปิดประกาศ" in warn.message and "posting the plan" in warn.message_en
    assert next_ in info.message and "๑๙๓/๘" in info.message


@pytest.mark.parametrize(
    ("budget_act", "holiday", "last", "next_"),
    [
        ("2025-11-05", "วันพ่อแห่งชาติ", "4 ธ.ค. 2568", "8 ธ.ค. 2568"),  # 5 December (Friday)
        ("2025-11-10", "วันรัฐธรรมนูญ", "9 ธ.ค. 2568", "11 ธ.ค. 2568"),  # 10 December (Wednesday)
    ],
)
def test_plan_due_on_a_public_holiday_warns(budget_act: str, holiday: str, last: str, next_: str) -> None:
    p = plan(budget_act_date=d(budget_act))
    warn, info = deadline_findings(p)
    assert codes([warn, info]) == ["W-DEADLINE-HOLIDAY", "I-DEADLINE-1938"]
    assert warn.cell == info.cell == p.setting_cell("budget_act_date")
    assert holiday in warn.message and last in warn.message and "การจัดทำแผนการดำเนินงาน" in warn.message
    assert next_ in info.message


def test_no_holiday_warning_once_the_act_was_done_in_time() -> None:
    # Post by falls on Songkran; the plan was posted before it (or on the day itself): nothing to warn about.
    for posted in ("2026-04-01", "2026-04-13"):
        assert deadline_findings(plan(announced_date=d("2026-03-29"), posted_date=d(posted))) == []
    # Posted late: the error, plus the holiday notes that explain the date.
    late = deadline_findings(plan(announced_date=d("2026-03-29"), posted_date=d("2026-04-16")))
    assert codes(late) == ["E-POST-LATE", "W-DEADLINE-HOLIDAY", "I-DEADLINE-1938"]


def test_roll_forward_moves_the_deadline_with_an_info() -> None:
    p = plan(announced_date=d("2026-03-29"), posted_date=d("2026-04-16"), roll_forward=True)
    [f] = deadline_findings(p)
    assert f.code == "I-DEADLINE-ROLLED" and f.severity is Severity.INFO
    assert f.cell == p.setting_cell("announced_date")
    assert "13 เม.ย. 2569" in f.message and "16 เม.ย. 2569" in f.message and "วันสงกรานต์" in f.message
    assert "Songkran" in f.message_en
    # One day after the rolled deadline is late even so.
    late = plan(announced_date=d("2026-03-29"), posted_date=d("2026-04-17"), roll_forward=True)
    assert codes(deadline_findings(late)) == ["E-POST-LATE", "I-DEADLINE-ROLLED"]
    # Plan due rolled from Fri 5 Dec 2025 to Mon 8 Dec 2025: announcing on the 8th is in time.
    due = plan(budget_act_date=d("2025-11-05"), announced_date=d("2025-12-08"), roll_forward=True)
    assert codes(deadline_findings(due)) == ["I-DEADLINE-ROLLED"]
    assert codes(deadline_findings(plan(budget_act_date=d("2025-11-05"), announced_date=d("2025-12-08")))) == [
        "W-PLAN-LATE",
        "W-DEADLINE-HOLIDAY",
        "I-DEADLINE-1938",
    ]


def test_extra_holiday_warns_with_its_name() -> None:
    p = plan(announced_date=d("2026-02-05"), extra_holidays=[Holiday(date=d("2026-02-20"), name="งานประจำปี")])
    warn, info = deadline_findings(p)
    assert warn.code == "W-DEADLINE-HOLIDAY" and "ตรงกับงานประจำปี" in warn.message
    assert "19 ก.พ. 2569" in warn.message and "23 ก.พ. 2569" in info.message
    assert deadline_findings(plan(announced_date=d("2026-02-05"))) == []


def test_a_calendar_can_be_passed_in() -> None:
    cal = HolidayCalendar([d("2019-01-17")])
    assert codes(deadline_findings(plan(announced_date=d("2019-01-02")), cal)) == [
        "W-DEADLINE-HOLIDAY",
        "I-DEADLINE-1938",
    ]


def test_all_findings_together_are_in_order() -> None:
    p = plan(
        budget_act_date=d("2025-11-03"),
        announced_date=d("2025-12-22"),
        posted_date=d("2026-01-10"),
        taken_down_date=d("2026-01-20"),
    )
    assert codes(deadline_findings(p)) == ["W-PLAN-LATE", "E-POST-LATE", "E-TAKEDOWN-EARLY"]


# --------------------------------------------------------------------------------------------------
# JSON
# --------------------------------------------------------------------------------------------------


def test_deadlines_json() -> None:
    p = plan(announced_date=d("2019-01-02"), posted_date=d("2019-01-18"))
    dl = compute(p.settings)
    out = deadlines_json(dl, deadline_findings(p), lang="en")
    assert list(out) == ["plan_due", "post_by", "keep_posted_through", "take_down_from", "findings"]
    assert out["plan_due"] is None
    assert out["post_by"] == "2019-01-17"
    assert out["keep_posted_through"] == "2019-02-17" and out["take_down_from"] == "2019-02-18"
    [f] = out["findings"]
    assert f["code"] == "E-POST-LATE" and f["severity"] == "error" and f["message"].startswith("Posted")
    json.dumps(out, ensure_ascii=False)  # plain JSON
    th = deadlines_json(dl, deadline_findings(p))
    assert th["findings"][0]["message"].startswith("ปิดประกาศ")
