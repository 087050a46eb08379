"""A realistic sample plan (fictional อบต.), and synthetic plans of any size for benchmarks.

:func:`sample_plan` reads ``opplan_xl/data/sample_plan.json`` (a sample plan is data, not code):
องค์การบริหารส่วนตำบลหนองบัวแก้ว (fictional), fiscal year 2570 (1 ต.ค. 2569 – 30 ก.ย. 2570):
five strategies with their provincial (ก.) and local (ข.) headings, seventy-three projects
written the way real plans write them, a few projects of other agencies, and equipment in several
categories. Its settings meet the ข้อ ๒๖ / ๒๗ day rules with no deadline on a weekend or holiday, so it
validates clean. :func:`synthetic_plan` keeps the same settings and strategies and generates any number
of valid projects quickly (5,000 in well under a second) from a seeded random generator.

Both are deterministic: the same arguments always give the same plan.
"""

from __future__ import annotations

import random
from decimal import Decimal

from . import schema
from .model import Equipment, Plan, Project, Settings, Strategy, money

__all__ = ["sample_plan", "synthetic_plan"]

OWN = schema.SOURCE_OWN_BUDGET
OTHER = schema.SOURCE_OTHER_AGENCY
SPECIFIC_GRANT = "เงินอุดหนุนเฉพาะกิจ"
RESERVES = "เงินสะสม"

# Plan areas (schema.PLAN_AREAS), by short name.
GENERAL, SECURITY, EDUCATION, HEALTH, WELFARE, HOUSING, COMMUNITY, CULTURE, WORKS, AGRICULTURE, COMMERCE, CENTRAL = (
    schema.PLAN_AREAS
)

# อบต. agencies (schema.AGENCIES_BY_KIND).
CLERK, FINANCE, ENGINEERING, EDUCATION_DIV, HEALTH_DIV, WELFARE_DIV = schema.AGENCIES_BY_KIND["องค์การบริหารส่วนตำบล"]

# Other agencies whose projects in the area are collected into the plan (ข้อ ๒๖ (๑)).
PAO = "องค์การบริหารส่วนจังหวัดพะเยา"
RURAL_ROADS = "แขวงทางหลวงชนบทพะเยา"
HEALTH_STATION = "โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านหนองบัว"
AGRI_OFFICE = "สำนักงานเกษตรอำเภอเมืองพะเยา"
OTHER_AGENCIES = (PAO, RURAL_ROADS, HEALTH_STATION, AGRI_OFFICE)

VILLAGES: dict[int, str] = {
    1: "บ้านหนองบัว",
    2: "บ้านโนนสว่าง",
    3: "บ้านดอนแก้ว",
    4: "บ้านสันป่าสัก",
    5: "บ้านร่องห้า",
    6: "บ้านหนองหล่ม",
    7: "บ้านแม่ใส",
    8: "บ้านทุ่งรวงทอง",
    9: "บ้านป่าคา",
    10: "บ้านดงเจน",
    11: "บ้านใหม่พัฒนา",
    12: "บ้านหนองบัวแก้ว",
}
ORG_SHORT = "อบต.หนองบัวแก้ว"
OFFICE = "ที่ทำการองค์การบริหารส่วนตำบลหนองบัวแก้ว"
WHOLE_AREA = "ทั้ง 12 หมู่บ้าน ตำบลหนองบัวแก้ว"
CHILD_CENTRE = "ศูนย์พัฒนาเด็กเล็ก อบต.หนองบัวแก้ว"

WHOLE_YEAR = schema.FISCAL_MONTHS


def _moo(n: int) -> str:
    return f"หมู่ที่ {n} {VILLAGES[n]}"


# --------------------------------------------------------------------------------------------------
# The sample plan: data, in opplan_xl/data/sample_plan.json
# --------------------------------------------------------------------------------------------------

SAMPLE_DATA = "sample_plan.json"


def _numbered(items: list[dict], first_row: int) -> list[dict]:
    return [{**item, "row": first_row + i} for i, item in enumerate(items)]


def sample_plan() -> Plan:
    """The sample plan of องค์การบริหารส่วนตำบลหนองบัวแก้ว (fictional), fiscal year 2570, from its data file."""
    import json
    from importlib.resources import files

    data = json.loads(files("opplan_xl.data").joinpath(SAMPLE_DATA).read_text(encoding="utf-8"))
    return Plan(
        settings=Settings.model_validate(data["settings"]),
        strategies=[
            Strategy.model_validate(s) for s in _numbered(data["strategies"], schema.STRATEGIES.header_row + 1)
        ],
        projects=[Project.model_validate(p) for p in _numbered(data["projects"], schema.PROJECTS.header_row + 1)],
        equipment=[Equipment.model_validate(e) for e in _numbered(data["equipment"], schema.EQUIPMENT.header_row + 1)],
        extra_list_items=data["extra_list_items"],
    )


# --------------------------------------------------------------------------------------------------
# Synthetic plans
# --------------------------------------------------------------------------------------------------

# Which plan areas each strategy's projects fall under (together they cover all twelve).
_AREAS_BY_STRATEGY: dict[str, tuple[str, ...]] = {
    "1": (WORKS, HOUSING),
    "2": (AGRICULTURE, COMMUNITY, COMMERCE),
    "3": (EDUCATION, HEALTH, WELFARE, CULTURE, CENTRAL, SECURITY),
    "4": (HOUSING, HEALTH, AGRICULTURE),
    "5": (GENERAL, SECURITY, COMMUNITY),
}
_AGENCY_BY_AREA: dict[str, tuple[str, ...]] = {
    GENERAL: (CLERK, FINANCE),
    SECURITY: (CLERK,),
    EDUCATION: (EDUCATION_DIV,),
    HEALTH: (HEALTH_DIV, CLERK),
    WELFARE: (WELFARE_DIV,),
    HOUSING: (ENGINEERING, HEALTH_DIV),
    COMMUNITY: (WELFARE_DIV, CLERK),
    CULTURE: (EDUCATION_DIV,),
    WORKS: (ENGINEERING,),
    AGRICULTURE: (CLERK,),
    COMMERCE: (CLERK,),
    CENTRAL: (WELFARE_DIV, CLERK),
}
_WORKS_KINDS = (
    ("ก่อสร้างถนนคอนกรีตเสริมเหล็ก", "ก่อสร้างถนน คสล."),
    ("ก่อสร้างรางระบายน้ำคอนกรีตเสริมเหล็ก", "ก่อสร้างรางระบายน้ำ คสล."),
    ("ปรับปรุงถนนลูกรัง", "ปรับปรุงถนนลูกรัง"),
    ("ก่อสร้างถนนลาดยางแอสฟัลท์ติกคอนกรีต", "ก่อสร้างถนนแอสฟัลท์ติกคอนกรีต"),
    ("ปรับปรุงระบบประปาหมู่บ้าน", "ปรับปรุงระบบประปา"),
)
_ACTIVITY_KINDS = (
    "ส่งเสริม",
    "ฝึกอบรม",
    "รณรงค์",
    "พัฒนา",
    "สนับสนุน",
    "จัดกิจกรรม",
)
_TOPICS: dict[str, tuple[str, ...]] = {
    GENERAL: ("ประสิทธิภาพการปฏิบัติงานของบุคลากร", "การให้บริการประชาชน", "การจัดเก็บรายได้", "การมีส่วนร่วมของประชาชน"),
    SECURITY: ("การป้องกันอุบัติเหตุทางถนน", "การป้องกันและบรรเทาสาธารณภัย", "การแก้ไขปัญหายาเสพติด"),
    EDUCATION: ("พัฒนาการเด็กปฐมวัย", "การเรียนรู้ของเด็กและเยาวชน", "ห้องสมุดชุมชน"),
    HEALTH: ("การป้องกันโรคติดต่อ", "สุขภาพผู้สูงอายุ", "การคัดแยกขยะ", "อาหารปลอดภัย"),
    WELFARE: ("คุณภาพชีวิตผู้สูงอายุ", "คุณภาพชีวิตคนพิการ", "ผู้ด้อยโอกาส"),
    HOUSING: ("การจัดการขยะมูลฝอย", "ไฟฟ้าส่องสว่างในหมู่บ้าน", "น้ำสะอาดเพื่อการอุปโภคบริโภค"),
    COMMUNITY: ("อาชีพกลุ่มสตรี", "แผนชุมชน", "สภาเด็กและเยาวชน", "วิสาหกิจชุมชน"),
    CULTURE: ("ประเพณีท้องถิ่น", "การแข่งขันกีฬา", "ภูมิปัญญาท้องถิ่น"),
    WORKS: (),
    AGRICULTURE: ("เกษตรปลอดภัย", "แหล่งน้ำเพื่อการเกษตร", "การปลูกป่าชุมชน", "การลดการเผาในที่โล่ง"),
    COMMERCE: ("ตลาดชุมชน", "ผลิตภัณฑ์ชุมชน"),
    CENTRAL: ("เบี้ยยังชีพ", "กองทุนสวัสดิการชุมชน"),
}
_EXTRA_CLAUSES = (
    "",
    " ตามแบบแปลนที่ อบต.กำหนด",
    " โดยความร่วมมือของผู้นำชุมชนและอาสาสมัครในพื้นที่",
    " ทั้งนี้ให้เป็นไปตามระเบียบกระทรวงมหาดไทยที่เกี่ยวข้อง และหนังสือสั่งการของกรมส่งเสริมการปกครองท้องถิ่น",
    " พร้อมติดตั้งป้ายประชาสัมพันธ์โครงการ จำนวน 1 ป้าย",
)
_DRY_SEASON = ((1, 2, 3), (2, 3, 4), (12, 1, 2), (3, 4), (1, 2), (2, 3, 4, 5))


def _months(rnd: random.Random, construction: bool) -> tuple[int, ...]:
    if construction:
        return rnd.choice(_DRY_SEASON)
    r = rnd.random()
    if r < 0.3:
        return WHOLE_YEAR
    start = rnd.randrange(12)
    length = rnd.randint(1, 5)
    return tuple(schema.FISCAL_MONTHS[start : start + length])


def _synthetic_project(rnd: random.Random, i: int) -> Project:
    strategy = rnd.choice(tuple(_AREAS_BY_STRATEGY))
    area = rnd.choice(_AREAS_BY_STRATEGY[strategy])
    moo = rnd.randint(1, 12)
    place = _moo(moo)
    clause = rnd.choice(_EXTRA_CLAUSES)
    if area == WORKS:
        kind, short = rnd.choice(_WORKS_KINDS)
        width = rnd.choice((3, 4, 5, 6))
        length = rnd.randrange(50, 1200, 10)
        name = f"โครงการ{kind} {place} ซอย {rnd.randint(1, 15)}"
        activity = (
            f"เพื่อจ่ายเป็นค่า{short} ขนาดกว้าง {width:.2f} เมตร ยาว {length:,} เมตร "
            f"หรือมีพื้นที่ไม่น้อยกว่า {width * length:,} ตารางเมตร{clause}"
        )
        budget = money(width * length * rnd.randint(550, 780))
        months = _months(rnd, construction=True)
        agency = ENGINEERING
    else:
        verb = rnd.choice(_ACTIVITY_KINDS)
        topic = rnd.choice(_TOPICS[area])
        people = rnd.randrange(20, 400, 5)
        name = f"โครงการ{verb}{topic}"
        if rnd.random() < 0.5:
            name += f" {place}"
        activity = f"เพื่อจ่ายเป็นค่าใช้จ่ายในการ{verb}{topic} สำหรับผู้เข้าร่วม จำนวน {people:,} คน{clause}"
        budget = Decimal(rnd.randint(500_000, 50_000_000)) / 100  # 5,000.00 – 500,000.00 with satang
        months = _months(rnd, construction=False)
        agency = rnd.choice(_AGENCY_BY_AREA[area])
    other = rnd.random() < 0.03
    return Project(
        strategy=strategy,
        plan_area=area,
        name=name,
        activity=activity,
        budget=budget,
        location=place,
        agency=rnd.choice(OTHER_AGENCIES) if other else agency,
        source=OTHER if other else rnd.choice((OWN, OWN, OWN, OWN, OWN, OWN, SPECIFIC_GRANT, RESERVES)),
        months=months,
        dev_plan_ref=None if other else f"หน้า {60 + i // 8} ลำดับที่ {i % 8 + 1}",
        row=schema.PROJECTS.header_row + 1 + i,
    )


def synthetic_plan(n_projects: int, seed: int = 0) -> Plan:
    """A valid plan with the sample's settings and strategies and ``n_projects`` generated projects.

    Every plan area appears (given enough projects), budgets have satang, texts vary in length, and no
    two projects are duplicates; equipment items are added at one per eight projects. The same
    ``(n_projects, seed)`` always gives the same plan.
    """
    rnd = random.Random(seed)
    projects: list[Project] = []
    seen: set[tuple] = set()
    for i in range(n_projects):
        p = _synthetic_project(rnd, i)
        key = (p.name, p.location, p.budget, p.activity)
        while key in seen:  # the duplicate rule compares these; nudge the budget by a satang
            p.budget += Decimal("0.01")
            key = (p.name, p.location, p.budget, p.activity)
        seen.add(key)
        projects.append(p)
    base = sample_plan()
    equipment = []
    first = schema.EQUIPMENT.header_row + 1
    for i in range(n_projects // 8):
        model = base.equipment[i % len(base.equipment)]
        budget = model.budget + Decimal(i // len(base.equipment)) + Decimal(rnd.randint(0, 99)) / 100
        equipment.append(model.model_copy(update={"budget": budget, "row": first + i}))
    return Plan(
        settings=base.settings,
        strategies=base.strategies,
        projects=projects,
        equipment=equipment,
        extra_list_items=base.extra_list_items,
    )
