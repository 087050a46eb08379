"""The standard workbook's layout, defined once.

Every Thai sheet name, header, label and standard list lives here. The builder (xlsx/write.py and
xlsx/summary_sheet.py), the reader (xlsx/read.py), the parser, the validator and the exporters all take their
layout from this module, so a header renamed here is renamed everywhere.

Users see Thai sheet names and headers; code uses the ASCII ``key`` of each column and the ASCII
table names. Columns are found by header text (and known aliases), never by position, so a user who
moves or inserts a column breaks nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Kind(StrEnum):
    """How a cell's value is parsed and how the builder formats it."""

    TEXT = "text"
    CODE = "code"  # short identifier, numbers become "1" not "1.0"
    AMOUNT = "amount"  # baht, Decimal with 2 places
    DATE = "date"
    YEAR = "year"  # BE year, int
    INT = "int"
    BOOL = "bool"  # ใช่ / ไม่ใช่
    MONTH = "month"  # one cell of the 12-month grid: a mark means "runs this month"
    PERIOD = "period"  # free text such as "ต.ค. 2567 - มี.ค. 2568" or "ตลอดปีงบประมาณ"
    OUTPUT = "output"  # written by the tool (status), never read as data
    VALUE = "value"  # a value of another column (history's เดิม / แก้ไขเป็น), typed by that column's kind


@dataclass(frozen=True)
class Column:
    """One column of a data table."""

    key: str
    header: str
    kind: Kind = Kind.TEXT
    required: bool = False
    list_name: str | None = None  # drop-down named range
    width: float = 14
    aliases: tuple[str, ...] = ()
    help: str = ""  # shown as the cell's input message in Excel
    hidden: bool = False  # kept by the program (a hidden column): the stable row id

    def matches(self, text: str) -> bool:
        norm = normalise_header(text)
        return norm == normalise_header(self.header) or norm in {normalise_header(a) for a in self.aliases}


@dataclass(frozen=True)
class Table:
    """A data table on its own sheet: a title block, one header row, then data rows."""

    key: str  # ASCII, used in code and findings ("projects")
    name: str  # Excel table name (ASCII)
    sheet: str  # Thai sheet name
    title: str
    columns: tuple[Column, ...]
    header_row: int = 3  # where the builder writes the header; the reader searches for it

    def column(self, key: str) -> Column:
        for c in self.columns:
            if c.key == key:
                return c
        raise KeyError(key)

    @property
    def has_months(self) -> bool:
        return any(c.kind is Kind.MONTH for c in self.columns)

    @property
    def data_columns(self) -> tuple[Column, ...]:
        return tuple(c for c in self.columns if c.kind is not Kind.OUTPUT)


@dataclass(frozen=True)
class Setting:
    """One row of the settings sheet: Thai label in column A, value in column B."""

    key: str
    label: str
    kind: Kind = Kind.TEXT
    required: bool = False
    list_name: str | None = None
    default: object = None
    help: str = ""
    aliases: tuple[str, ...] = ()
    hidden: bool = False  # kept by the program (its row is hidden; no finding when the label is missing)

    @property
    def defined_name(self) -> str:
        return f"cfg_{self.key}"

    def matches(self, text: str) -> bool:
        norm = normalise_header(text)
        return norm == normalise_header(self.label) or norm in {normalise_header(a) for a in self.aliases}


@dataclass(frozen=True)
class StandardList:
    """A drop-down list on the lists sheet: one single-column table and a named range."""

    name: str  # named range, e.g. "lstPlanAreas"
    header: str
    items: tuple[str, ...] = field(default_factory=tuple)


def normalise_header(text: object) -> str:
    """Header comparison key: trimmed, inner whitespace removed, zero-width characters dropped."""
    s = "" if text is None else str(text)
    return "".join(s.replace("\u200b", "").replace("\ufeff", "").split()).lower()


# --------------------------------------------------------------------------------------------------
# Organisations
# --------------------------------------------------------------------------------------------------

ORG_KINDS: tuple[str, ...] = (
    "องค์การบริหารส่วนตำบล",
    "เทศบาลตำบล",
    "เทศบาลเมือง",
    "เทศบาลนคร",
    "องค์การบริหารส่วนจังหวัด",
)

# Title of the executive for each kind; the organisation's name follows it.
EXECUTIVE_TITLE: dict[str, str] = {
    "องค์การบริหารส่วนตำบล": "นายกองค์การบริหารส่วนตำบล",
    "เทศบาลตำบล": "นายกเทศมนตรีตำบล",
    "เทศบาลเมือง": "นายกเทศมนตรีเมือง",
    "เทศบาลนคร": "นายกเทศมนตรีนคร",
    "องค์การบริหารส่วนจังหวัด": "นายกองค์การบริหารส่วนจังหวัด",
}

# The word that replaces ท้องถิ่น in committee names (คณะกรรมการพัฒนา<...>).
ORG_COMMITTEE_WORD: dict[str, str] = {
    "องค์การบริหารส่วนตำบล": "องค์การบริหารส่วนตำบล",
    "เทศบาลตำบล": "เทศบาล",
    "เทศบาลเมือง": "เทศบาล",
    "เทศบาลนคร": "เทศบาล",
    "องค์การบริหารส่วนจังหวัด": "องค์การบริหารส่วนจังหวัด",
}

# The annual budget act: ข้อบัญญัติ for อบต./อบจ., เทศบัญญัติ for เทศบาล.
BUDGET_ACT_NAME: dict[str, str] = {
    "องค์การบริหารส่วนตำบล": "ข้อบัญญัติงบประมาณรายจ่าย",
    "เทศบาลตำบล": "เทศบัญญัติงบประมาณรายจ่าย",
    "เทศบาลเมือง": "เทศบัญญัติงบประมาณรายจ่าย",
    "เทศบาลนคร": "เทศบัญญัติงบประมาณรายจ่าย",
    "องค์การบริหารส่วนจังหวัด": "ข้อบัญญัติงบประมาณรายจ่าย",
}

# When the kind is missing or unknown: the generic words of the regulation.
DEFAULT_EXECUTIVE_TITLE = "ผู้บริหารท้องถิ่น"
DEFAULT_BUDGET_ACT_NAME = "ข้อบัญญัติงบประมาณรายจ่าย"
DEFAULT_COMMITTEE_WORD = "ท้องถิ่น"

# --------------------------------------------------------------------------------------------------
# Standard lists (domain/README.md §3.1). Users may add items on the lists sheet.
# --------------------------------------------------------------------------------------------------

PLAN_AREAS: tuple[str, ...] = (
    "แผนงานบริหารงานทั่วไป",
    "แผนงานการรักษาความสงบภายใน",
    "แผนงานการศึกษา",
    "แผนงานสาธารณสุข",
    "แผนงานสังคมสงเคราะห์",
    "แผนงานเคหะและชุมชน",
    "แผนงานสร้างความเข้มแข็งของชุมชน",
    "แผนงานการศาสนาวัฒนธรรมและนันทนาการ",
    "แผนงานอุตสาหกรรมและการโยธา",
    "แผนงานการเกษตร",
    "แผนงานการพาณิชย์",
    "แผนงานงบกลาง",
)

PLAN_AREA_GROUPS: dict[str, tuple[str, ...]] = {
    "ด้านบริหารงานทั่วไป": PLAN_AREAS[0:2],
    "ด้านบริการชุมชนและสังคม": PLAN_AREAS[2:8],
    "ด้านเศรษฐกิจ": PLAN_AREAS[8:11],
    "ด้านการดำเนินการอื่น": PLAN_AREAS[11:12],
}

# Variants seen in real files → the standard name (compared after normalise_header).
PLAN_AREA_VARIANTS: dict[str, str] = {
    "แผนงานรักษาความสงบภายใน": "แผนงานการรักษาความสงบภายใน",
    "แผนงานการพานิชย์": "แผนงานการพาณิชย์",
    "แผนงานพาณิชย์": "แผนงานการพาณิชย์",
    "งบกลาง": "แผนงานงบกลาง",
    "แผนงานการศาสนา วัฒนธรรม และนันทนาการ": "แผนงานการศาสนาวัฒนธรรมและนันทนาการ",
    "แผนงานอุตสาหกรรมและโยธา": "แผนงานอุตสาหกรรมและการโยธา",
}

EQUIPMENT_CATEGORIES: tuple[str, ...] = (
    "ครุภัณฑ์สำนักงาน",
    "ครุภัณฑ์การศึกษา",
    "ครุภัณฑ์ยานพาหนะและขนส่ง",
    "ครุภัณฑ์การเกษตร",
    "ครุภัณฑ์ก่อสร้าง",
    "ครุภัณฑ์งานบ้านงานครัว",
    "ครุภัณฑ์ไฟฟ้าและวิทยุ",
    "ครุภัณฑ์โฆษณาและเผยแพร่",
    "ครุภัณฑ์วิทยาศาสตร์หรือการแพทย์",
    "ครุภัณฑ์งานโรงงาน",
    "ครุภัณฑ์กีฬา",
    "ครุภัณฑ์สำรวจ",
    "ครุภัณฑ์คอมพิวเตอร์หรืออิเล็กทรอนิกส์",
    "ครุภัณฑ์ดนตรีและนาฏศิลป์",
    "ครุภัณฑ์อื่น",
)

AGENCIES_BY_KIND: dict[str, tuple[str, ...]] = {
    "องค์การบริหารส่วนตำบล": (
        "สำนักปลัด",
        "กองคลัง",
        "กองช่าง",
        "กองการศึกษา ศาสนาและวัฒนธรรม",
        "กองสาธารณสุขและสิ่งแวดล้อม",
        "กองสวัสดิการสังคม",
    ),
    "เทศบาล": (
        "สำนักปลัดเทศบาล",
        "กองคลัง",
        "กองช่าง",
        "กองการศึกษา",
        "กองสาธารณสุขและสิ่งแวดล้อม",
        "กองยุทธศาสตร์และงบประมาณ",
        "กองสวัสดิการสังคม",
    ),
}


def default_agencies(org_kind: str | None) -> tuple[str, ...]:
    if org_kind and org_kind.startswith("เทศบาล"):
        return AGENCIES_BY_KIND["เทศบาล"]
    return AGENCIES_BY_KIND["องค์การบริหารส่วนตำบล"]


# Where a project's money comes from. All but the last are the อปท.'s own money; the last is another
# agency's own budget (its projects are collected into the plan under ข้อ ๒๖ (๑)). Other spellings real plans
# use ("ข้อบัญญัติ 2568", "จ่ายขาดเงินสะสม", "โอนงบครั้งที่ 13/2567") are matched by opplan_xl/names/sources.py.
SOURCE_OWN_BUDGET = "งบประมาณรายจ่ายประจำปี"
SOURCE_TRANSFER = "โอนงบประมาณ"
SOURCE_OTHER_AGENCY = "งบประมาณของหน่วยงานอื่น"
MONEY_SOURCES: tuple[str, ...] = (
    SOURCE_OWN_BUDGET,
    "งบประมาณรายจ่ายเพิ่มเติม",
    SOURCE_TRANSFER,
    "เงินอุดหนุนเฉพาะกิจ",
    "เงินอุดหนุนทั่วไป",
    "เงินสะสม",
    SOURCE_OTHER_AGENCY,
)
OWN_MONEY_SOURCES: frozenset[str] = frozenset(MONEY_SOURCES[:-1])

# Whose project it is (the own/other-agency column): a fact of its own, so that no spelling of a source moves
# another agency's money into the อปท.'s own total. Empty means: from the source, else from the agency.
FUNDER_OWN = "ของ อปท."
FUNDER_OTHER = "ของหน่วยงานอื่น"
FUNDERS: tuple[str, ...] = (FUNDER_OWN, FUNDER_OTHER)

YES = "ใช่"
NO = "ไม่ใช่"
YES_NO: tuple[str, ...] = (YES, NO)

AMENDMENT_KINDS: tuple[str, ...] = ("ฉบับแรก", "แก้ไข", "เพิ่มเติม", "แก้ไขเพิ่มเติม")

MONTH_MARK = "✓"
# Month-grid cells holding one of these (after normalise_header) mean "does not run this month".
MONTH_NO_MARKS: frozenset[str] = frozenset({"", "-", "0", "no", "false", "ไม่", "ไม่มี", "x̶"})

# Fiscal-year order of calendar months: ต.ค. (10) … ก.ย. (9).
FISCAL_MONTHS: tuple[int, ...] = (10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9)
MONTH_SHORT: dict[int, str] = {
    1: "ม.ค.", 2: "ก.พ.", 3: "มี.ค.", 4: "เม.ย.", 5: "พ.ค.", 6: "มิ.ย.",
    7: "ก.ค.", 8: "ส.ค.", 9: "ก.ย.", 10: "ต.ค.", 11: "พ.ย.", 12: "ธ.ค.",
}  # fmt: skip

# --------------------------------------------------------------------------------------------------
# Sheets
# --------------------------------------------------------------------------------------------------

SHEET_SETTINGS = "ข้อมูลทั่วไป"
SHEET_STRATEGIES = "ยุทธศาสตร์"
SHEET_PROJECTS = "ผด.02 โครงการ"
SHEET_EQUIPMENT = "ผด.02-1 ครุภัณฑ์"
SHEET_SUMMARY = "ผด.01 สรุป"
SHEET_LISTS = "รายการ"
SHEET_HELP = "วิธีใช้"
SHEET_RESULTS = "ผลการตรวจสอบ"

SETTINGS_LABEL_COL = "A"
SETTINGS_VALUE_COL = "B"
SETTINGS_FIRST_ROW = 3

# Lists the settings and tables refer to. Named ranges are built on the lists sheet from these.
LIST_ORG_KINDS = "lstOrgKinds"
LIST_PLAN_AREAS = "lstPlanAreas"
LIST_EQUIPMENT_CATEGORIES = "lstEquipmentCategories"
LIST_AGENCIES = "lstAgencies"
LIST_SOURCES = "lstSources"
LIST_FUNDERS = "lstFunders"
LIST_YES_NO = "lstYesNo"
LIST_AMENDMENT = "lstAmendmentKinds"
LIST_MONTH_MARK = "lstMonthMark"
LIST_STRATEGY_CODES = "lstStrategyCodes"  # points at the strategies table, not the lists sheet

# Amendments (opplan_xl/versions/): their kinds and the events that trigger them (domain/README.md §7).
FIRST_VERSION = "ฉบับแรก"
KIND_ADD = "เพิ่มเติม"
KIND_CHANGE = "แก้ไข"
AMENDMENT_TYPES: tuple[str, ...] = (KIND_ADD, KIND_CHANGE, "แก้ไขเพิ่มเติม", "เปลี่ยนแปลง")
# Kinds that may only add rows, and kinds that may only change or cancel them (the others may do both).
ADDING_ONLY_KINDS = frozenset({KIND_ADD})
CHANGING_ONLY_KINDS = frozenset({KIND_CHANGE})
AMENDMENT_EVENTS: tuple[str, ...] = (
    "ข้อบัญญัติ/เทศบัญญัติงบประมาณรายจ่ายเพิ่มเติม",
    "จ่ายขาดเงินสะสม",
    "โอนงบประมาณ",
    "แจ้งจากหน่วยงานอื่น",
    "อื่น ๆ",
)
LIST_AMENDMENT_TYPES = "lstAmendmentTypes"
LIST_AMENDMENT_EVENTS = "lstAmendmentEvents"

# Progress (opplan_xl/monitoring/): the status of a project or item in the monitoring reports (domain/README.md §7).
PROGRESS_NOT_STARTED = "ยังไม่ได้ดำเนินการ"
PROGRESS_IN_PROGRESS = "อยู่ระหว่างดำเนินการ"
PROGRESS_DONE = "ดำเนินการแล้วเสร็จ"
PROGRESS_CANCELLED = "ยกเลิก"
PROGRESS_CARRIED = "กันเงินไปดำเนินการปีถัดไป"
PROGRESS_STATUSES: tuple[str, ...] = (
    PROGRESS_NOT_STARTED,
    PROGRESS_IN_PROGRESS,
    PROGRESS_DONE,
    PROGRESS_CANCELLED,
    PROGRESS_CARRIED,
)
LIST_PROGRESS = "lstProgress"


def standard_lists(org_kind: str | None = None) -> tuple[StandardList, ...]:
    return (
        StandardList(LIST_PLAN_AREAS, "แผนงาน", PLAN_AREAS),
        StandardList(LIST_EQUIPMENT_CATEGORIES, "ประเภทครุภัณฑ์", EQUIPMENT_CATEGORIES),
        StandardList(LIST_AGENCIES, "หน่วยงาน", default_agencies(org_kind)),
        StandardList(LIST_SOURCES, "แหล่งงบประมาณ", MONEY_SOURCES),
        StandardList(LIST_FUNDERS, "เจ้าของงบประมาณ", FUNDERS),
        StandardList(LIST_ORG_KINDS, "ประเภท อปท.", ORG_KINDS),
        StandardList(LIST_YES_NO, "ใช่/ไม่ใช่", YES_NO),
        StandardList(LIST_AMENDMENT, "ฉบับ", AMENDMENT_KINDS),
        StandardList(LIST_MONTH_MARK, "เครื่องหมายเดือน", (MONTH_MARK,)),
        StandardList(LIST_AMENDMENT_TYPES, "ประเภทการแก้ไข", AMENDMENT_TYPES),
        StandardList(LIST_AMENDMENT_EVENTS, "เหตุที่แก้ไข/เพิ่มเติม", AMENDMENT_EVENTS),
        StandardList(LIST_PROGRESS, "ผลการดำเนินงาน", PROGRESS_STATUSES),
    )


# Headers of the lists sheet's tables are how the reader finds user-added items.
LIST_HEADER_BY_NAME: dict[str, str] = {lst.name: lst.header for lst in standard_lists()}


# Form defaults (domain/README.md §4): codes and titles printed on each form.
FORM_CODES = {"summary": "แบบ ผด.01", "projects": "แบบ ผด.02", "equipment": "แบบ ผด.02/1"}
FORM_TITLES = {
    "summary": "บัญชีสรุปจำนวนโครงการและงบประมาณ",
    "projects": "บัญชีโครงการ/กิจกรรม/งบประมาณ",
    "equipment": "บัญชีจำนวนครุภัณฑ์สำหรับที่ไม่ได้ดำเนินการตามโครงการพัฒนาท้องถิ่น",
}

# Settings keys of the form titles a user may change (the defaults above otherwise).
FORM_TITLE_SETTINGS = {"summary": "title_summary", "projects": "title_projects", "equipment": "title_equipment"}

SETTINGS: tuple[Setting, ...] = (
    Setting(
        "org_kind",
        "ประเภท อปท.",
        Kind.TEXT,
        True,
        LIST_ORG_KINDS,
        "องค์การบริหารส่วนตำบล",
        "เลือกประเภทองค์กรปกครองส่วนท้องถิ่นจากรายการ",
    ),
    Setting(
        "org_name",
        "ชื่อ อปท. (ไม่ต้องพิมพ์ประเภท)",
        Kind.TEXT,
        True,
        None,
        None,
        "เช่น บ้านใหม่ (โปรแกรมจะเติมประเภท อปท. ให้เอง)",
        ("ชื่อ อปท.", "ชื่อองค์กรปกครองส่วนท้องถิ่น"),
    ),
    Setting("district", "อำเภอ", Kind.TEXT, False, None, None, "เว้นว่างได้สำหรับ อบจ."),
    Setting("province", "จังหวัด", Kind.TEXT, True),
    Setting(
        "fiscal_year",
        "ปีงบประมาณ (พ.ศ.)",
        Kind.YEAR,
        True,
        None,
        None,
        "ปี พ.ศ. สี่หลัก เช่น 2569",
        ("ปีงบประมาณ", "ปีงบประมาณ พ.ศ."),
    ),
    Setting("executive_name", "ชื่อผู้บริหารท้องถิ่น", Kind.TEXT, True, None, None, "ชื่อ-สกุลของผู้ลงนามประกาศ เช่น นายสมชาย ใจดี"),
    Setting(
        "executive_position",
        "ตำแหน่งผู้บริหารท้องถิ่น",
        Kind.TEXT,
        False,
        None,
        None,
        "เว้นว่างได้ โปรแกรมจะใช้ตำแหน่งตามประเภท อปท.",
    ),
    Setting(
        "dev_plan_period", "แผนพัฒนาท้องถิ่น (พ.ศ.)", Kind.TEXT, False, None, None, "ช่วงปีของแผนพัฒนาท้องถิ่น เช่น 2566-2570"
    ),
    Setting("amendment_kind", "ฉบับของแผน", Kind.TEXT, False, LIST_AMENDMENT, "ฉบับแรก", "ฉบับแรก หรือ แก้ไข/เพิ่มเติม"),
    Setting("amendment_no", "ครั้งที่ (กรณีแก้ไข/เพิ่มเติม)", Kind.INT, False),
    Setting(
        "budget_act_date",
        "วันที่ประกาศใช้ข้อบัญญัติ/เทศบัญญัติงบประมาณ",
        Kind.DATE,
        False,
        None,
        None,
        "วันที่ประกาศใช้งบประมาณรายจ่าย (หรือวันที่ได้รับแจ้งโครงการของหน่วยงานอื่น)",
    ),
    Setting("committee_date", "วันที่คณะกรรมการพัฒนาท้องถิ่นพิจารณา", Kind.DATE),
    Setting("announced_date", "วันที่ประกาศใช้แผนการดำเนินงาน", Kind.DATE),
    Setting("posted_date", "วันที่ปิดประกาศ", Kind.DATE),
    Setting("taken_down_date", "วันที่ปลดประกาศ", Kind.DATE),
    Setting("posting_place", "สถานที่ปิดประกาศ", Kind.TEXT, False, None, None, "เช่น บอร์ดประชาสัมพันธ์ที่ทำการ และเว็บไซต์"),
    Setting("certifier_name", "ชื่อผู้รับรองการปิดประกาศ", Kind.TEXT),
    Setting("certifier_position", "ตำแหน่งผู้รับรองการปิดประกาศ", Kind.TEXT),
    Setting("thai_digits", "ใช้เลขไทยในเอกสาร", Kind.BOOL, False, LIST_YES_NO, YES),
    Setting(
        "roll_forward",
        "เลื่อนวันครบกำหนดที่ตรงกับวันหยุดไปวันทำการถัดไป",
        Kind.BOOL,
        False,
        LIST_YES_NO,
        NO,
        "ค่าเริ่มต้น ไม่ใช่ (นับตามมาตรา ๖๔ พ.ร.บ.วิธีปฏิบัติราชการทางปกครอง)",
    ),
    Setting("logo", "ไฟล์ตราสัญลักษณ์ (ถ้ามี)", Kind.TEXT, False, None, None, "ชื่อไฟล์รูปภาพที่อยู่โฟลเดอร์เดียวกับสมุดงาน"),
    Setting(
        "garuda",
        "ไฟล์ภาพครุฑสำหรับหน้าประกาศ (ถ้ามี)",
        Kind.TEXT,
        False,
        None,
        None,
        "ชื่อไฟล์รูปครุฑ (สูง ๓ ซม.) ที่อยู่โฟลเดอร์เดียวกับสมุดงาน ถ้าเว้นว่าง หน้าประกาศจะเว้นที่ว่างไว้สำหรับกระดาษที่พิมพ์ครุฑไว้แล้ว",
    ),
    *(
        Setting(
            FORM_TITLE_SETTINGS[form],
            f"ชื่อ{FORM_CODES[form]} (เว้นว่างได้)",
            Kind.TEXT,
            False,
            None,
            None,
            f'เว้นว่างไว้เพื่อใช้ชื่อมาตรฐาน "{FORM_TITLES[form]}" หรือพิมพ์ชื่อที่หน่วยงานใช้',
        )
        for form in ("summary", "projects", "equipment")
    ),
    # The plan's secret for agency forms (opplan_xl/agency/identity.py): made when the first form is sent,
    # never written into a form. The plan id in the forms is derived from it.
    Setting(
        "plan_key",
        "รหัสลับของแผน (โปรแกรมสร้างเอง ห้ามแก้ไข)",
        Kind.TEXT,
        False,
        None,
        None,
        "ใช้ตรวจว่าแบบฟอร์มหน่วยงานที่ส่งกลับมาเป็นของแผนนี้และไม่ถูกแก้ไข",
        hidden=True,
    ),
    # The newest agency form merged from each agency (JSON), so a late older return is refused even when the
    # newer one left no rows.
    Setting(
        "merged_forms",
        "แบบฟอร์มหน่วยงานที่รวมแล้ว (โปรแกรมบันทึกเอง ห้ามแก้ไข)",
        Kind.TEXT,
        False,
        None,
        None,
        "หน่วยงานและรหัสแบบฟอร์มล่าสุดที่รวมเข้าแผนแล้ว",
        hidden=True,
    ),
)

SETTINGS_BY_KEY: dict[str, Setting] = {s.key: s for s in SETTINGS}

# Extra holidays: a small table beside the settings.
HOLIDAYS_TABLE = Table(
    key="holidays",
    name="tblHolidays",
    sheet=SHEET_SETTINGS,
    title="วันหยุดเพิ่มเติม",
    header_row=SETTINGS_FIRST_ROW - 1,
    columns=(
        Column("date", "วันหยุด", Kind.DATE, True, width=16),
        Column("name", "ชื่อวันหยุด", Kind.TEXT, False, width=28),
    ),
)
HOLIDAYS_FIRST_COL = "D"

_MONTH_COLUMNS = tuple(
    Column(f"m{m:02d}", MONTH_SHORT[m], Kind.MONTH, False, LIST_MONTH_MARK, 5.5, help="ใส่ ✓ ในเดือนที่ดำเนินการ")
    for m in FISCAL_MONTHS
)
STATUS_COLUMN = Column("status", "ผลตรวจ", Kind.OUTPUT, False, None, 12)
# What Validate writes in the status column; conditional formatting in the workbook colours these.
STATUS_ERROR = "ผิดพลาด"
STATUS_WARNING = "ตรวจสอบ"
STATUS_OK = "ผ่าน"

# Where a project merged from an agency form came from (opplan merge fills them; the officer's own rows leave them
# empty). The fingerprint is a short hash of the row's data as merged: when it no longer matches, the officer has
# edited the row by hand, and a later merge reports a conflict instead of overwriting it.
PROVENANCE_HELP = "โปรแกรมกรอกเองเมื่อรวมแบบฟอร์มหน่วยงาน ไม่ต้องแก้ไข (แถวที่กรอกเองให้เว้นว่าง)"
_PROVENANCE_COLUMNS = (
    Column("origin_agency", "หน่วยงานที่ส่ง", Kind.TEXT, False, None, 20, (), PROVENANCE_HELP),
    Column("form_id", "รหัสแบบฟอร์ม", Kind.TEXT, False, None, 22, (), PROVENANCE_HELP),
    Column("form_file", "ไฟล์ที่รับ", Kind.TEXT, False, None, 22, (), PROVENANCE_HELP),
    Column("merged_on", "วันที่รวม", Kind.DATE, False, None, 14, (), PROVENANCE_HELP),
    Column("fingerprint", "รหัสตรวจสอบแถว", Kind.TEXT, False, None, 14, (), PROVENANCE_HELP),
)
PROVENANCE_KEYS: tuple[str, ...] = tuple(c.key for c in _PROVENANCE_COLUMNS)

# Versions (DESIGN.md §9, domain/README.md §7): on every project and equipment row, the amendment that added it
# (empty: the first version), the one that cancelled it (a cancelled row stays), and a stable id the program keeps
# in a hidden column, so two workbooks' rows are matched by it (opplan diff / opplan amend).
_VERSION_COLUMNS = (
    Column(
        "added_in",
        "เพิ่มโดยครั้งที่",
        Kind.INT,
        False,
        None,
        10,
        (),
        "ว่าง = อยู่ในแผนฉบับแรก ตัวเลข = เพิ่มโดยการแก้ไข/เพิ่มเติมครั้งที่นั้น (ดูแผ่นงาน แก้ไขเพิ่มเติม)",
    ),
    Column(
        "cancelled_in",
        "ยกเลิกโดยครั้งที่",
        Kind.INT,
        False,
        None,
        10,
        (),
        "ว่าง = ยังอยู่ในแผน ตัวเลข = ยกเลิกโดยการแก้ไขครั้งที่นั้น (ห้ามลบแถว ให้ใส่ครั้งที่ที่ยกเลิกแทน)",
    ),
    Column("row_id", "รหัสแถว (โปรแกรมสร้างเอง ห้ามแก้ไข)", Kind.CODE, False, None, 10, (), "", hidden=True),
)
VERSION_KEYS: tuple[str, ...] = tuple(c.key for c in _VERSION_COLUMNS)

# Progress (DESIGN.md §9, issue 13): on the plan's own rows, to the right of the plan's columns, so the officer
# types it beside the project it is about and a row added or cancelled by an amendment carries its progress with it;
# the sheet's print area stops before them, so the ผด.02 sheet still prints as the plan. Empty = not reported yet.
PROGRESS_HELP = "กรอกเมื่อติดตามผล (รายงานรอบ 6 เดือน / ประจำปี) เว้นว่างได้"
_PROGRESS_COLUMNS = (
    Column(
        "progress",
        "ผลการดำเนินงาน",
        Kind.TEXT,
        False,
        LIST_PROGRESS,
        20,
        ("สถานะการดำเนินงาน", "สถานะโครงการ"),
        PROGRESS_HELP,
    ),
    Column(
        "contract_amount",
        "วงเงินตามสัญญา (บาท)",
        Kind.AMOUNT,
        False,
        None,
        15,
        ("วงเงินสัญญา", "วงเงินที่ลงนามสัญญา"),
        "ถ้ามีสัญญา/ใบสั่งซื้อจ้าง",
    ),
    Column("contract_date", "วันที่ลงนามสัญญา", Kind.DATE, False, None, 14, ("วันที่ทำสัญญา",)),
    Column(
        "disbursed",
        "เบิกจ่ายแล้ว (บาท)",
        Kind.AMOUNT,
        False,
        None,
        15,
        ("เบิกจ่ายแล้ว", "เบิกจ่าย"),
        "ยอดเบิกจ่ายสะสมถึงวันที่ในช่องถัดไป",
    ),
    Column(
        "disbursed_date",
        "วันที่เบิกจ่าย",
        Kind.DATE,
        False,
        None,
        14,
        ("วันที่เบิกจ่ายล่าสุด",),
        "วันที่เบิกจ่ายครั้งล่าสุด (ยอดในช่องเบิกจ่ายแล้วเป็นยอดถึงวันนี้)",
    ),
    Column("progress_note", "ปัญหา อุปสรรค และข้อเสนอแนะ", Kind.TEXT, False, None, 30, ("ปัญหาอุปสรรค", "ปัญหา/อุปสรรค")),
)
PROGRESS_KEYS: tuple[str, ...] = tuple(c.key for c in _PROGRESS_COLUMNS)

STRATEGIES = Table(
    key="strategies",
    name="tblStrategies",
    sheet=SHEET_STRATEGIES,
    title="ยุทธศาสตร์การพัฒนา",
    columns=(
        Column("code", "รหัสยุทธศาสตร์", Kind.CODE, True, None, 10, ("ลำดับ", "รหัส", "ที่"), "ตัวเลขลำดับยุทธศาสตร์ เช่น 1"),
        Column("name", "ยุทธศาสตร์การพัฒนาของ อปท.", Kind.TEXT, True, None, 50, ("ยุทธศาสตร์", "ชื่อยุทธศาสตร์")),
        Column("province_strategy", "ยุทธศาสตร์จังหวัด", Kind.TEXT, False, None, 40),
        Column("local_strategy", "ยุทธศาสตร์การพัฒนาของ อปท.ในเขตจังหวัด", Kind.TEXT, False, None, 40),
        Column("tactic", "กลยุทธ์", Kind.TEXT, False, None, 30),
    ),
)

PROJECTS = Table(
    key="projects",
    name="tblProjects",
    sheet=SHEET_PROJECTS,
    title="แบบ ผด.02 บัญชีโครงการ/กิจกรรม/งบประมาณ",
    columns=(
        Column(
            "strategy",
            "ยุทธศาสตร์",
            Kind.CODE,
            True,
            LIST_STRATEGY_CODES,
            10,
            ("รหัสยุทธศาสตร์",),
            "รหัสยุทธศาสตร์จากแผ่นงาน ยุทธศาสตร์",
        ),
        Column("plan_area", "แผนงาน", Kind.TEXT, True, LIST_PLAN_AREAS, 26),
        Column("name", "โครงการ", Kind.TEXT, True, None, 36, ("ชื่อโครงการ", "โครงการ/กิจกรรม")),
        Column(
            "activity",
            "รายละเอียดของกิจกรรมที่เกิดขึ้นจากโครงการ",
            Kind.TEXT,
            True,
            None,
            44,
            ("รายละเอียดของกิจกรรม", "รายละเอียดกิจกรรม"),
        ),
        Column("budget", "งบประมาณ (บาท)", Kind.AMOUNT, True, None, 15, ("งบประมาณ",)),
        Column("location", "สถานที่ดำเนินการ", Kind.TEXT, True, None, 22),
        Column("agency", "หน่วยงานรับผิดชอบหลัก", Kind.TEXT, True, LIST_AGENCIES, 20, ("หน่วยงานรับผิดชอบ",)),
        Column("source", "แหล่งงบประมาณ", Kind.TEXT, False, LIST_SOURCES, 20, ("แหล่งเงิน", "ที่มาของงบประมาณ")),
        Column(
            "funder",
            "เจ้าของงบประมาณ",
            Kind.TEXT,
            False,
            LIST_FUNDERS,
            14,
            ("งบของ",),
            "ของ อปท. หรือ ของหน่วยงานอื่น (เว้นว่างได้: โปรแกรมดูจากแหล่งงบประมาณและหน่วยงาน)",
        ),
        *_MONTH_COLUMNS,
        Column(
            "period",
            "ระยะเวลาดำเนินการ",
            Kind.PERIOD,
            False,
            None,
            16,
            ("ระยะเวลา",),
            "ใช้แทนช่องเดือนได้ เช่น ต.ค. 2568 - มี.ค. 2569 หรือ ตลอดปีงบประมาณ",
        ),
        Column(
            "dev_plan_ref", "อ้างอิงแผนพัฒนาท้องถิ่น", Kind.TEXT, False, None, 16, ("แผนพัฒนาท้องถิ่น",), "เช่น หน้า 45 ลำดับที่ 3"
        ),
        *_PROVENANCE_COLUMNS,
        *_VERSION_COLUMNS,
        *_PROGRESS_COLUMNS,
        STATUS_COLUMN,
    ),
)

# Columns of the projects table that hold the data of a project (what a form asks for and a fingerprint covers).
PROJECT_DATA_KEYS: tuple[str, ...] = tuple(
    c.key
    for c in PROJECTS.columns
    if c.kind is not Kind.OUTPUT and c.key not in PROVENANCE_KEYS + VERSION_KEYS + PROGRESS_KEYS
)

EQUIPMENT = Table(
    key="equipment",
    name="tblEquipment",
    sheet=SHEET_EQUIPMENT,
    title="แบบ ผด.02/1 บัญชีจำนวนครุภัณฑ์สำหรับที่ไม่ได้ดำเนินการตามโครงการพัฒนาท้องถิ่น",
    columns=(
        Column("category", "ประเภทครุภัณฑ์", Kind.TEXT, True, LIST_EQUIPMENT_CATEGORIES, 24),
        Column("plan_area", "แผนงาน", Kind.TEXT, True, LIST_PLAN_AREAS, 26),
        Column("item", "ครุภัณฑ์", Kind.TEXT, True, None, 28, ("รายการครุภัณฑ์",)),
        Column("detail", "รายละเอียดของครุภัณฑ์", Kind.TEXT, True, None, 44, ("รายละเอียด",)),
        Column("budget", "งบประมาณ (บาท)", Kind.AMOUNT, True, None, 15, ("งบประมาณ",)),
        Column("location", "สถานที่ดำเนินการ", Kind.TEXT, True, None, 22),
        Column("agency", "หน่วยงานรับผิดชอบหลัก", Kind.TEXT, True, LIST_AGENCIES, 20, ("หน่วยงานรับผิดชอบ",)),
        Column("source", "แหล่งงบประมาณ", Kind.TEXT, False, LIST_SOURCES, 20, ("แหล่งเงิน",)),
        *_MONTH_COLUMNS,
        Column("period", "ระยะเวลาดำเนินการ", Kind.PERIOD, False, None, 16, ("ระยะเวลา",)),
        *_VERSION_COLUMNS,
        *_PROGRESS_COLUMNS,
        STATUS_COLUMN,
    ),
)

DATA_TABLES: tuple[Table, ...] = (STRATEGIES, PROJECTS, EQUIPMENT)

# --------------------------------------------------------------------------------------------------
# Versions: the amendments of the plan and the history of changed values (opplan_xl/versions/)
# --------------------------------------------------------------------------------------------------

SHEET_AMENDMENTS = "แก้ไขเพิ่มเติม"
SHEET_HISTORY = "ประวัติการแก้ไข"
AMENDMENTS = Table(
    key="amendments",
    name="tblAmendments",
    sheet=SHEET_AMENDMENTS,
    title="การแก้ไข/เพิ่มเติมแผนการดำเนินงาน (ข้อ ๒๗ วรรคสอง)",
    columns=(
        Column("number", "ครั้งที่", Kind.INT, True, None, 8, (), "นับ 1, 2, 3 ในปีงบประมาณ ไม่ข้าม ไม่ซ้ำ"),
        Column("kind", "ประเภท", Kind.TEXT, True, LIST_AMENDMENT_TYPES, 14),
        Column("event", "เหตุที่แก้ไข/เพิ่มเติม", Kind.TEXT, True, LIST_AMENDMENT_EVENTS, 34),
        Column(
            "event_date",
            "วันที่ของเหตุ",
            Kind.DATE,
            True,
            None,
            16,
            (),
            "วันประกาศใช้งบประมาณเพิ่มเติม วันอนุมัติจ่ายขาดเงินสะสม/โอนงบประมาณ หรือวันที่ได้รับแจ้ง (นับ 30 วันตามข้อ ๒๗)",
        ),
        Column("reference", "เลขที่/อ้างอิง", Kind.TEXT, False, None, 24, (), "เช่น โอนงบครั้งที่ 13/2569"),
        Column("reason", "เหตุผลและสิ่งที่แก้ไข/เพิ่มเติม", Kind.TEXT, False, None, 40, (), "ใช้ในคำนำของเอกสาร"),
        Column("committee_date", "วันที่คณะกรรมการพิจารณา (ถ้ามี)", Kind.DATE, False, None, 16),
        Column("announced_date", "วันที่ประกาศ", Kind.DATE, False, None, 16),
        Column("posted_date", "วันที่ปิดประกาศ", Kind.DATE, False, None, 16),
        Column("taken_down_date", "วันที่ปลดประกาศ", Kind.DATE, False, None, 16),
    ),
)

HISTORY = Table(
    key="history",
    name="tblHistory",
    sheet=SHEET_HISTORY,
    title="ประวัติการแก้ไข: ค่าเดิมของทุกช่องที่การแก้ไขเปลี่ยน (โปรแกรมบันทึกเอง)",
    columns=(
        Column("amendment", "แก้ไขครั้งที่", Kind.INT, True, None, 10),
        Column("row_id", "รหัสแถว", Kind.CODE, True, None, 10),
        Column("item", "โครงการ/ครุภัณฑ์", Kind.TEXT, False, None, 36),
        Column("field", "ช่องที่แก้ไข", Kind.TEXT, True, None, 22),
        Column("old", "เดิม", Kind.VALUE, False, None, 30),
        Column("new", "แก้ไขเป็น", Kind.VALUE, False, None, 30),
    ),
)
VERSION_TABLES: tuple[Table, ...] = (AMENDMENTS, HISTORY)
ROW_ID_PREFIX = {"projects": "P", "equipment": "E"}

# --------------------------------------------------------------------------------------------------
# The document's wording: the paragraphs of the ประกาศ, คำนำ and ส่วนที่ ๑ as the officer words them
# (opplan_xl/wording.py). One row per paragraph; the standard text is the message catalogue's doc.text.<key>.
# --------------------------------------------------------------------------------------------------

SHEET_PARAGRAPHS = "ข้อความในเอกสาร"
PARAGRAPHS = Table(
    key="paragraphs",
    name="tblParagraphs",
    sheet=SHEET_PARAGRAPHS,
    title="ข้อความในเอกสาร: ประกาศ คำนำ และส่วนที่ ๑ บทนำ",
    columns=(
        Column("part", "ส่วนของเอกสาร", Kind.TEXT, False, None, 32),
        Column(
            "text",
            "ข้อความ",
            Kind.TEXT,
            True,
            None,
            90,
            ("ข้อความที่ใช้ในเอกสาร",),
            "แก้ข้อความได้ตามที่หน่วยงานใช้ ข้อความในวงเล็บปีกกา เช่น {ชื่ออปท} โปรแกรมจะเติมให้ ถ้าเว้นว่างจะใช้ข้อความมาตรฐาน",
        ),
        # last, hidden: which paragraph the row is (the program's; the officer edits the text only)
        Column("key", "รหัสย่อหน้า (โปรแกรมใช้ ห้ามแก้ไข)", Kind.CODE, True, None, 10, ("รหัสย่อหน้า",), "", True),
    ),
)
PARAGRAPHS_INSTRUCTION = (
    "แก้ไขข้อความในช่อง ข้อความ ได้ตามที่หน่วยงานใช้ เอกสารที่จัดทำครั้งต่อไปจะใช้ข้อความนี้ "
    "คำในวงเล็บปีกกา เช่น {ชื่ออปท} {ประจำปีงบประมาณ} {วันที่ประชุม} โปรแกรมจะเติมค่าจากแผ่นงาน ข้อมูลทั่วไป ให้เอง "
    "(ดูรายการคำที่ใช้ได้ทางขวา) ถ้าเว้นช่องว่าง เอกสารจะใช้ข้อความมาตรฐาน "
    "ขึ้นบรรทัดใหม่ในช่องเดียวกัน (Alt+Enter) เพื่อแยกเป็นหลายย่อหน้า"
)
# The paragraphs in document order: (key, the Thai label of the ส่วนของเอกสาร column). The standard text of
# each is the catalogue's "doc.text.<key>".
PARAGRAPH_PARTS: tuple[tuple[str, str], ...] = (
    ("announcement.1", "ประกาศ ย่อหน้าที่ ๑ (การพิจารณาร่างแผน)"),
    ("announcement.2", "ประกาศ ย่อหน้าที่ ๒ (อาศัยอำนาจ)"),
    ("announcement.3", "ประกาศ ย่อหน้าที่ ๓ (ท้ายประกาศ)"),
    ("preface.1", "คำนำ ย่อหน้าที่ ๑"),
    ("preface.2", "คำนำ ย่อหน้าที่ ๒ (จำนวนโครงการและงบประมาณ)"),
    ("preface.3", "คำนำ ย่อหน้าที่ ๓"),
    ("intro", "ส่วนที่ ๑ ข้อ ๑.๑ บทนำ"),
    ("objectives", "ส่วนที่ ๑ ข้อ ๑.๒ วัตถุประสงค์"),
    ("procedure.intro", "ส่วนที่ ๑ ข้อ ๑.๓ ขั้นตอน: ย่อหน้านำ"),
    ("procedure.step1", "ส่วนที่ ๑ ข้อ ๑.๓ ขั้นตอนที่ (๑)"),
    ("procedure.step2", "ส่วนที่ ๑ ข้อ ๑.๓ ขั้นตอนที่ (๒)"),
    ("procedure.completion", "ส่วนที่ ๑ ข้อ ๑.๓ ข้อ ๒๗ (กำหนดเวลา)"),
    ("benefits", "ส่วนที่ ๑ ข้อ ๑.๔ ประโยชน์"),
)
PARAGRAPH_KEYS: tuple[str, ...] = tuple(k for k, _ in PARAGRAPH_PARTS)
# What the officer may write in braces: (Thai name, the document's value it stands for, what it is). The value
# keys are those of opplan_xl/document/context.py's Context.paragraph_values.
PLACEHOLDERS: tuple[tuple[str, str, str], ...] = (
    ("ชื่ออปท", "org", "ชื่อเต็มของ อปท. เช่น องค์การบริหารส่วนตำบลบ้านใหม่"),
    ("อำเภอจังหวัด", "address", "อำเภอและจังหวัด เช่น อำเภอเมือง จังหวัดพะเยา"),
    ("ประจำปีงบประมาณ", "fy", "ประจำปีงบประมาณ พ.ศ. และปี"),
    ("ปีงบประมาณ", "fiscal_year", "ปีงบประมาณ (ตัวเลขปี พ.ศ. อย่างเดียว)"),
    ("ประจำปีงบประมาณและครั้งที่", "fy_and_amendment", "ประจำปีงบประมาณ พ.ศ. ตามด้วยครั้งที่แก้ไข/เพิ่มเติม (ถ้ามี)"),
    ("ชื่อแผน", "title", "แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ... (และครั้งที่แก้ไข/เพิ่มเติม)"),
    ("ระเบียบ", "legal", "ชื่อระเบียบกระทรวงมหาดไทยว่าด้วยการจัดทำแผนพัฒนาฯ และที่แก้ไขเพิ่มเติม"),
    ("ช่วงแผนพัฒนา", "period", "ช่วงปีของแผนพัฒนาท้องถิ่น เช่น (พ.ศ. ๒๕๖๖ - ๒๕๗๐) หรือว่าง"),
    ("คณะกรรมการพัฒนาของอปท", "org_committee", "คณะกรรมการพัฒนา ตามด้วยชื่อ อปท."),
    ("คณะกรรมการสนับสนุนของอปท", "support_org", "คณะกรรมการสนับสนุนการจัดทำแผนพัฒนา ตามด้วยชื่อ อปท."),
    ("คณะกรรมการพัฒนา", "committee", "คณะกรรมการพัฒนาตามประเภท อปท. เช่น คณะกรรมการพัฒนาองค์การบริหารส่วนตำบล"),
    ("คณะกรรมการสนับสนุน", "support", "คณะกรรมการสนับสนุนการจัดทำแผนพัฒนาตามประเภท อปท."),
    ("ตำแหน่งผู้บริหาร", "executive", "ตำแหน่งผู้ลงนามประกาศ เช่น นายกองค์การบริหารส่วนตำบลบ้านใหม่"),
    ("ผู้บริหารตามประเภท", "executive_kind", "ตำแหน่งผู้บริหารตามประเภท อปท. เช่น นายกองค์การบริหารส่วนตำบล"),
    ("ชื่อผู้บริหาร", "executive_name", "ชื่อ-สกุลของผู้บริหารท้องถิ่น"),
    ("วันที่ประชุม", "committee_date", "วันที่คณะกรรมการพัฒนาท้องถิ่นพิจารณา"),
    ("วันที่ประกาศ", "announced_date", "วันที่ประกาศใช้แผนการดำเนินงาน"),
    ("วันที่ประกาศใช้งบประมาณ", "budget_act_date", "วันที่ประกาศใช้ข้อบัญญัติ/เทศบัญญัติงบประมาณ"),
    ("จำนวนโครงการ", "projects", "จำนวนโครงการทั้งหมด"),
    ("งบประมาณรวม", "budget", "งบประมาณรวมของโครงการ (บาท)"),
    ("งบประมาณรวมตัวอักษร", "budget_text", "งบประมาณรวมเป็นตัวอักษร เช่น หนึ่งล้านบาทถ้วน"),
    ("จำนวนครุภัณฑ์", "equipment_items", "จำนวนรายการครุภัณฑ์"),
    ("งบประมาณครุภัณฑ์", "equipment_budget", "งบประมาณรวมของครุภัณฑ์ (บาท)"),
    ("ประโยคครุภัณฑ์", "equipment_sentence", "ประโยคจำนวนและงบประมาณครุภัณฑ์ (ว่างเมื่อไม่มีครุภัณฑ์)"),
)
PLACEHOLDER_TITLE = "คำที่พิมพ์ในวงเล็บปีกกาได้ (โปรแกรมเติมค่าให้เอง):"
PLACEHOLDER_COL = "E"  # the list of placeholders sits beside the table

TABLES_BY_KEY: dict[str, Table] = {t.key: t for t in (*DATA_TABLES, HOLIDAYS_TABLE, *VERSION_TABLES, PARAGRAPHS)}
# Tables on sheets of their own that older workbooks do not have (read when the sheet is there).
OPTIONAL_TABLES: tuple[Table, ...] = (*VERSION_TABLES, PARAGRAPHS)

# Sheets a standard workbook must have, in workbook order.
STANDARD_SHEETS: tuple[str, ...] = (
    SHEET_SETTINGS,
    SHEET_STRATEGIES,
    SHEET_PROJECTS,
    SHEET_EQUIPMENT,
    SHEET_SUMMARY,
    SHEET_AMENDMENTS,
    SHEET_HISTORY,
    SHEET_LISTS,
    SHEET_PARAGRAPHS,  # appended last: the order gives the .xlsm's sheet code names (Sheet1 …)
)

SUMMARY_HEADERS: tuple[str, ...] = (
    "ยุทธศาสตร์/แผนงาน",
    "จำนวนโครงการที่ดำเนินการ",
    "คิดเป็นร้อยละของโครงการทั้งหมด",
    "จำนวนงบประมาณ",
    "คิดเป็นร้อยละของงบประมาณทั้งหมด",
    "หน่วยดำเนินการ",
)

# Texts printed in the standard workbook (xlsx/write.py, xlsx/summary_sheet.py): titles, the summary's check row,
# cell notes, and the messages of data validation (Excel's limits: titles 32 characters, messages 255).
PLAN_YEAR_TITLE = "แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. "  # a formula adds the settings' fiscal year
ORG_LINE_DISTRICT = "อำเภอ"
ORG_LINE_PROVINCE = "จังหวัด"
SUMMARY_CHECK_LABEL = "โครงการที่ยังไม่อยู่ในตารางสรุป"
SUMMARY_CHECK_NOTE = (
    "แถวนี้ต้องเป็นศูนย์ ถ้าไม่เป็นศูนย์ แสดงว่ามีโครงการที่ยังไม่อยู่ในตารางสรุป (เช่น เพิ่มโครงการใหม่ "
    "หรือแก้ยุทธศาสตร์/แผนงาน) ให้กดปุ่ม สรุปงบประมาณ หรือใช้คำสั่ง opplan เพื่อสร้างตารางสรุปใหม่"
)
SUMMARY_AGENCIES_NOTE = (
    "หน่วยดำเนินการเป็นค่าที่โปรแกรมคำนวณไว้ตอนสร้างตารางสรุป ไม่ใช่สูตร ถ้าแก้หน่วยงานในแผ่นงานโครงการ ให้กดปุ่ม สรุปงบประมาณ อีกครั้ง"
)
DV_LIST_TITLE = "ไม่อยู่ในรายการ"
DV_LIST_STOP = "กรุณาเลือกจากรายการ (คลิกลูกศรที่มุมขวาของช่อง)"
DV_LIST_WARN = "ค่านี้ไม่อยู่ในรายการมาตรฐาน ถ้าต้องการใช้ ให้เพิ่มไว้ในแผ่นงาน รายการ ด้วย"
DV_DATE_TITLE = "วันที่ไม่ถูกต้อง"
DV_DATE_ERROR = (
    "ปีที่พิมพ์น่าจะเป็นปี พ.ศ. ซึ่ง Excel อ่านเป็นปี ค.ศ. กรุณาพิมพ์ปี ค.ศ. (ปี พ.ศ. ลบ 543) "
    "เช่น 15/9/2026 สำหรับ 15 ก.ย. 2569 ช่องนี้จะแสดงเป็นปี พ.ศ. ให้เอง"
)
DV_AMOUNT_TITLE = "งบประมาณไม่ถูกต้อง"
DV_AMOUNT_ERROR = "พิมพ์จำนวนเงินเป็นตัวเลขที่ไม่ติดลบ เช่น 150000 หรือ 1632820.50"
DV_YEAR_TITLE = "ปีงบประมาณไม่ถูกต้อง"
DV_YEAR_ERROR = "พิมพ์ปี พ.ศ. สี่หลัก เช่น 2570"

# Legal basis, cited from this one constant (domain/README.md §2).
LEGAL_BASIS = (
    "ระเบียบกระทรวงมหาดไทยว่าด้วยการจัดทำแผนพัฒนาขององค์กรปกครองส่วนท้องถิ่น พ.ศ. ๒๕๔๘ "
    "และที่แก้ไขเพิ่มเติม (ฉบับที่ ๒) พ.ศ. ๒๕๕๙ และ (ฉบับที่ ๓) พ.ศ. ๒๕๖๑"
)

# Number formats (hex LCID forms that both Excel and LibreOffice understand; domain/README.md §6).
FMT_DATE_BE = "[$-107041E]d mmm yyyy"
FMT_DATE_BE_LONG = "[$-107041E]d mmmm yyyy"
FMT_AMOUNT = "#,##0.00"
FMT_PERCENT = "0.00"
FMT_INT = "#,##0"

# Limits for files from outside (settings; the CLI can override them).
DEFAULT_MAX_FILE_BYTES = 50 * 1024 * 1024
DEFAULT_MAX_UNZIPPED_BYTES = 400 * 1024 * 1024
DEFAULT_MAX_ROWS = 100_000
# Characters of text the cells of the sheets read may expand to (cells × the shared string each points at): a
# plan of 2,000 projects with long descriptions has about 2 million; a 48 KB file can claim billions.
DEFAULT_MAX_TEXT_CHARS = 16_000_000
# Any amount (a budget, a price) above this is an error, not a number to add up: the largest อปท. budget is some
# hundred billion baht. Kept at most 10**15 so that sums of any number of accepted amounts stay exact in
# Decimal's 28 digits.
MAX_AMOUNT = 1_000_000_000_000

# --------------------------------------------------------------------------------------------------
# Agency forms out, returned forms merged in (opplan_xl/agency/)
# --------------------------------------------------------------------------------------------------

SHEET_FORM_HELP = "คำชี้แจง"
SHEET_MERGE_REPORT = "รายงานการรวมแบบฟอร์ม"
FORM_TITLE = "แบบฟอร์มเสนอโครงการของหน่วยงานเพื่อบรรจุในแผนการดำเนินงาน"
# opplan generate --amendment N / --consolidated: beside the workbook, <book><suffix>.docx
DOC_SUFFIX_AMENDMENT = "-แก้ไขเพิ่มเติมครั้งที่{n}"
DOC_SUFFIX_CONSOLIDATED = "-ฉบับรวม"
# Monitoring reports (opplan report): file names by round, else by the report date.
REPORT_FILE_STEMS = {
    "6m": "รายงานผลการดำเนินงาน-รอบ6เดือน-{fiscal_year}",
    "12m": "รายงานผลการดำเนินงาน-ประจำปี-{fiscal_year}",
}
REPORT_FILE_STEM_DATE = "รายงานผลการดำเนินงาน-ณ-{date}"
MERGED_SUFFIX = "-รวม"  # opplan merge BOOK writes <book>-รวม.xlsx by default
FORM_ROWS = 50  # rows of the form's projects table with the agency and money source filled in
# A sheet of this name configures xlwings for the workbook it is in; one in a received file is never read.
XLWINGS_CONF_SHEET = "xlwings.conf"
MERGE_REPORT_COLUMNS: tuple[str, ...] = (
    "หน่วยงาน",
    "ไฟล์ที่รับ",
    "รหัสแบบฟอร์ม",
    "ผล",
    "โครงการที่ได้รับ",
    "งบประมาณที่ได้รับ (บาท)",
    "เพิ่ม",
    "แก้ไข",
    "ลบ",
    "คงเดิม",
    "ข้อขัดแย้ง",
    "ข้อผิดพลาด",
    "คำเตือน",
)
MERGE_REPORT_DETAIL_COLUMNS: tuple[str, ...] = ("หน่วยงาน", "ไฟล์ที่รับ", "ประเภท", "ตำแหน่ง", "รายละเอียด")

# --------------------------------------------------------------------------------------------------
# Hand-made workbooks in (opplan import, opplan_xl/importer/) and the next year out (opplan new-year)
# --------------------------------------------------------------------------------------------------

SHEET_IMPORT_REPORT = "รายงานการนำเข้า"
SHEET_ROLL_REPORT = "รายงานการยกแผน"
IMPORT_SUFFIX = "-นำเข้า"  # opplan import OLD.xlsx writes OLD-นำเข้า.xlsx by default
IMPORT_REPORT_COLUMNS: tuple[str, ...] = ("ระดับ", "รหัส", "เซลล์ในสมุดงานใหม่", "เซลล์ในไฟล์ต้นฉบับ", "รายละเอียด")
ROLL_REPORT_COLUMNS: tuple[str, ...] = ("แถวในสมุดงานใหม่", "แถวในสมุดงานเดิม", "โครงการ/ครุภัณฑ์", "งบประมาณเดิม (บาท)")

# Words of a hand-made table's header cells, in the order they are tried, when the cell is none of the schema's
# headers or aliases: the first word the header text contains gives the column ("งบประมาณ ปี 2568 (บาท)" → budget).
# "no" is the numbering column (ที่ / ลำดับที่): it tells a project row from a heading or continuation row.
IMPORT_HEADER_WORDS: tuple[tuple[str, str], ...] = (
    ("ลำดับ", "no"),
    ("รายละเอียด", "activity"),
    ("งบประมาณ", "budget"),
    ("สถานที่", "location"),
    ("หน่วยงาน", "agency"),
    ("หน่วยดำเนินการ", "agency"),
    ("แหล่งงบ", "source"),
    ("แหล่งเงิน", "source"),
    ("ระยะเวลา", "period"),
    ("แผนพัฒนา", "dev_plan_ref"),
    ("ครุภัณฑ์", "item"),
    ("โครงการ", "name"),
    ("แผนงาน", "plan_area"),
    ("ยุทธศาสตร์", "strategy"),
)
IMPORT_NUMBER_HEADERS: tuple[str, ...] = ("ที่", "ลำดับ", "ลำดับที่", "ข้อ")
# Header words of a hand-made ผด.01 (its numbers are recomputed by the new workbook, so the sheet is not read).
IMPORT_SUMMARY_WORDS: tuple[str, ...] = ("จำนวนโครงการ", "ร้อยละ")
IMPORT_TOTAL_WORDS: tuple[str, ...] = ("รวม",)  # a row whose label starts with this is a subtotal
IMPORT_GRAND_TOTAL_WORDS: tuple[str, ...] = ("รวมทั้งสิ้น", "รวมทั้งหมด", "รวมทั้งหมดทุกยุทธศาสตร์")
# Rows that note an amendment in a hand-made plan (domain §7): skipped and reported.
IMPORT_AMENDMENT_WORDS: tuple[str, ...] = ("แก้ไขครั้งที่", "เพิ่มเติมครั้งที่", "แก้ไขเพิ่มเติม", "ย้ายไป", "ซ้ำลำดับที่")
# Month-grid texts that are a bar: whole arrows, and the two ends of an arrow typed in the first and last month.
MONTH_BAR_TEXTS: frozenset[str] = frozenset({"←→", "<->", "<-->", "↔", "⟷", "←―→", "←──→", "<=>"})
MONTH_BAR_STARTS: frozenset[str] = frozenset({"←", "<-", "<--", "|←", "⟵"})
MONTH_BAR_ENDS: frozenset[str] = frozenset({"→", "->", "-->", "→|", "⟶"})
MONTH_TEXT_MARKS: frozenset[str] = frozenset({"✓", "✔", "☑", "/", "x", "*", "●", "•", "■", "1", "ü", "p", "a"})

# Agency spellings of real plans (domain §8) → the standard name of the list (compared after normalise_header).
# Suffixes naming the organisation ("สำนักปลัด อบต.", "กองช่าง เทศบาลตำบลบ้านใหม่") are dropped before looking up.
AGENCY_VARIANTS: dict[str, str] = {
    "สนป.": "สำนักปลัด",
    "สป.": "สำนักปลัด",
    "สำนักงานปลัด": "สำนักปลัด",
    "สำนักปลัดองค์การบริหารส่วนตำบล": "สำนักปลัด",
    "กช.": "กองช่าง",
    "กค.": "กองคลัง",
    "กองการศึกษาศาสนาและวัฒนธรรม": "กองการศึกษา ศาสนาและวัฒนธรรม",
    "กองการศึกษาฯ": "กองการศึกษา ศาสนาและวัฒนธรรม",
    "กศ.": "กองการศึกษา ศาสนาและวัฒนธรรม",
    "กองสาธารณสุขฯ": "กองสาธารณสุขและสิ่งแวดล้อม",
    "กสธ.": "กองสาธารณสุขและสิ่งแวดล้อม",
    "กองสวัสดิการ": "กองสวัสดิการสังคม",
    "กสว.": "กองสวัสดิการสังคม",
}
# Abbreviations that name the organisation itself after an agency ("สำนักปลัด อบต.").
AGENCY_ORG_SUFFIXES: tuple[str, ...] = ("อบต.", "อบจ.", "ทต.", "ทม.", "ทน.", *ORG_KINDS, "เทศบาล")
# The same names in a เทศบาล: its clerk's office is สำนักปลัดเทศบาล.
AGENCY_VARIANTS_MUNICIPAL: dict[str, str] = {
    "สำนักปลัด": "สำนักปลัดเทศบาล",
    "สนป.": "สำนักปลัดเทศบาล",
    "สป.": "สำนักปลัดเทศบาล",
    "สำนักงานปลัด": "สำนักปลัดเทศบาล",
    "กองการศึกษาฯ": "กองการศึกษา",
    "กศ.": "กองการศึกษา",
}
