"""Shared test helpers: a small valid plan built in code."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from opplan_xl import schema
from opplan_xl.model import Equipment, Plan, Project, Settings, Strategy


def small_plan() -> Plan:
    """A tiny plan that passes every rule: FY 2570, dates that meet the day rules on working days."""
    settings = Settings(
        org_kind="องค์การบริหารส่วนตำบล",
        org_name="หนองบัวแก้ว",
        district="เมืองพะเยา",
        province="พะเยา",
        fiscal_year=2570,
        executive_name="นายสมชาย ใจดี",
        dev_plan_period="2566-2570",
        budget_act_date=dt.date(2026, 9, 15),  # Tuesday
        committee_date=dt.date(2026, 10, 5),
        announced_date=dt.date(2026, 10, 7),  # plan due 15 Oct 2026 (Thursday)
        posted_date=dt.date(2026, 10, 8),  # post by 22 Oct 2026 (Thursday)
        taken_down_date=dt.date(2026, 11, 9),  # may come down from 8 Nov 2026
    )
    strategies = [
        Strategy(code="1", name="การพัฒนาโครงสร้างพื้นฐาน", row=4),
        Strategy(code="2", name="การพัฒนาคุณภาพชีวิต", row=5),
    ]
    projects = [
        Project(
            strategy="1",
            plan_area="แผนงานเคหะและชุมชน",
            name="โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 3",
            activity="เพื่อจ่ายเป็นค่าก่อสร้างถนน คสล. กว้าง 4 เมตร ยาว 150 เมตร",
            budget=Decimal("450000.00"),
            location="หมู่ที่ 3",
            agency="กองช่าง",
            source=schema.SOURCE_OWN_BUDGET,
            months=(1, 2, 3),
            row=4,
        ),
        Project(
            strategy="2",
            plan_area="แผนงานการศึกษา",
            name="โครงการอาหารกลางวันศูนย์พัฒนาเด็กเล็ก",
            activity="เพื่อจ่ายเป็นค่าอาหารกลางวันเด็กเล็ก",
            budget=Decimal("123456.50"),
            location="ศูนย์พัฒนาเด็กเล็ก",
            agency="กองการศึกษา ศาสนาและวัฒนธรรม",
            source=schema.SOURCE_OWN_BUDGET,
            months=(10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9),
            row=5,
        ),
    ]
    equipment = [
        Equipment(
            category="ครุภัณฑ์คอมพิวเตอร์หรืออิเล็กทรอนิกส์",
            plan_area="แผนงานบริหารงานทั่วไป",
            item="เครื่องคอมพิวเตอร์โน้ตบุ๊ก",
            detail="สำหรับงานประมวลผล จำนวน 1 เครื่อง",
            budget=Decimal("24000.00"),
            location="ที่ทำการ อบต.",
            agency="สำนักปลัด",
            months=(11,),
            row=4,
        )
    ]
    return Plan(settings=settings, strategies=strategies, projects=projects, equipment=equipment)


@pytest.fixture
def plan() -> Plan:
    return small_plan()
