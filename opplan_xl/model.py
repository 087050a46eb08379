"""The plan as data: pydantic models shared by every part of opplan_xl.

Values that the parser could not take are ``None`` here (the parser has already reported them), so
rules can run on a partly broken workbook and still report everything else. Money is ``Decimal``
with 2 places, dates are ``datetime.date``, the fiscal year is a BE ``int``.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import cached_property
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from . import schema
from .schema import Table

TWO_PLACES = Decimal("0.01")


def money(value: Decimal | int | str | float) -> Decimal:
    """A Decimal rounded half-up to satang."""
    from decimal import ROUND_HALF_UP

    return Decimal(str(value)).quantize(TWO_PLACES, rounding=ROUND_HALF_UP)


class _Model(BaseModel):
    model_config = ConfigDict(frozen=False, extra="forbid", validate_assignment=False)


class Holiday(_Model):
    """An extra holiday the user listed (local or special days off)."""

    date: dt.date
    name: str = ""
    row: int | None = None


class Settings(_Model):
    """The settings sheet (ข้อมูลทั่วไป)."""

    org_kind: str | None = None
    org_name: str | None = None
    district: str | None = None
    province: str | None = None
    fiscal_year: int | None = None
    executive_name: str | None = None
    executive_position: str | None = None
    dev_plan_period: str | None = None
    amendment_kind: str | None = None
    amendment_no: int | None = None
    budget_act_date: dt.date | None = None
    committee_date: dt.date | None = None
    announced_date: dt.date | None = None
    posted_date: dt.date | None = None
    taken_down_date: dt.date | None = None
    posting_place: str | None = None
    certifier_name: str | None = None
    certifier_position: str | None = None
    thai_digits: bool = True
    roll_forward: bool = False
    logo: str | None = None
    garuda: str | None = None  # the ครุฑ image of the ประกาศ (a file beside the workbook)
    title_summary: str | None = None
    title_projects: str | None = None
    title_equipment: str | None = None
    plan_key: str | None = None  # hidden: the secret that signs agency forms (opplan_xl/agency/identity.py)
    merged_forms: str | None = None  # hidden: {agency: newest form id merged} as JSON (opplan_xl/agency/merge.py)
    extra_holidays: list[Holiday] = Field(default_factory=list)
    # Values the parser could not take, as they were in the cell (setting key → raw value), so that a
    # workbook rebuilt from this plan (merge, build-workbook --from) loses nothing the officer typed.
    unparsed: dict[str, Any] = Field(default_factory=dict)

    @property
    def org_full_name(self) -> str:
        """ "องค์การบริหารส่วนตำบลบ้านใหม่": the kind is added unless the user already typed it."""
        name = (self.org_name or "").strip()
        kind = (self.org_kind or "").strip()
        if not kind or name.startswith(kind):
            return name
        for k in schema.ORG_KINDS:  # the user typed a full name of another kind
            if name.startswith(k):
                return name
        return f"{kind}{name}"

    @property
    def executive_title(self) -> str:
        """The position under the executive's signature, e.g. นายกองค์การบริหารส่วนตำบลบ้านใหม่."""
        if self.executive_position and self.executive_position.strip():
            return self.executive_position.strip()
        kind = (self.org_kind or "").strip()
        title = schema.EXECUTIVE_TITLE.get(kind, schema.DEFAULT_EXECUTIVE_TITLE)
        full = self.org_full_name
        short = full[len(kind) :] if kind and full.startswith(kind) else full
        return f"{title}{short}"

    @property
    def budget_act_name(self) -> str:
        return schema.BUDGET_ACT_NAME.get((self.org_kind or "").strip(), schema.DEFAULT_BUDGET_ACT_NAME)

    @property
    def committee_word(self) -> str:
        return schema.ORG_COMMITTEE_WORD.get((self.org_kind or "").strip(), schema.DEFAULT_COMMITTEE_WORD)

    def form_title(self, form: str) -> str:
        """The title of form ``"summary"``, ``"projects"`` or ``"equipment"``: the user's, else the standard one."""
        value = getattr(self, schema.FORM_TITLE_SETTINGS[form])
        return value.strip() if value and value.strip() else schema.FORM_TITLES[form]

    @property
    def is_amendment(self) -> bool:
        return bool(self.amendment_kind) and self.amendment_kind != schema.AMENDMENT_KINDS[0]


class Strategy(_Model):
    """One ยุทธศาสตร์การพัฒนาของ อปท. with the headings above it (ก., ข.) and an optional กลยุทธ์."""

    code: str | None = None
    name: str | None = None
    province_strategy: str | None = None
    local_strategy: str | None = None
    tactic: str | None = None
    row: int | None = None
    unparsed: dict[str, Any] = Field(default_factory=dict)  # column key → raw value (see Settings)


class _Line(_Model):
    """What projects and equipment items share: a budget line with places, units and months."""

    plan_area: str | None = None
    budget: Decimal | None = None
    location: str | None = None
    agency: str | None = None
    source: str | None = None
    months: tuple[int, ...] = ()  # calendar month numbers in fiscal order, e.g. (10, 11, 12)
    period: str | None = None
    # Versions (opplan_xl/versions/): the amendment that added the row (None: the first version), the one that
    # cancelled it (the row stays), and its stable id (a hidden column; None in workbooks made before it).
    added_in: int | None = None
    cancelled_in: int | None = None
    row_id: str | None = None
    # Progress (opplan_xl/monitoring/): typed on the row by the officer after the plan is posted; empty until then.
    progress: str | None = None  # one of schema.PROGRESS_STATUSES
    contract_amount: Decimal | None = None
    contract_date: dt.date | None = None
    disbursed: Decimal | None = None  # cumulative, as at disbursed_date
    disbursed_date: dt.date | None = None
    progress_note: str | None = None
    row: int | None = None
    unparsed: dict[str, Any] = Field(default_factory=dict)  # column key → raw value (see Settings)

    @property
    def has_progress(self) -> bool:
        """True when anything of the row's progress is filled in."""
        return any(getattr(self, key) not in (None, "") for key in schema.PROGRESS_KEYS)

    @field_validator("months")
    @classmethod
    def _fiscal_order(cls, v: tuple[int, ...]) -> tuple[int, ...]:
        wanted = set(v)
        bad = wanted - set(schema.FISCAL_MONTHS)
        if bad:
            raise ValueError(f"not a month number: {sorted(bad)}")
        return tuple(m for m in schema.FISCAL_MONTHS if m in wanted)

    @property
    def is_own(self) -> bool:
        """True when the money is the อปท.'s own (not another agency's budget): opplan_xl/names/sources.py."""
        from .names.sources import is_own

        return is_own(getattr(self, "funder", None), self.source, self.agency, getattr(self, "origin_agency", None))


class Project(_Line):
    """One ผด.02 row: a project or activity that really runs in the area this fiscal year."""

    strategy: str | None = None
    name: str | None = None
    activity: str | None = None
    dev_plan_ref: str | None = None
    funder: str | None = None  # the own/other-agency column (schema.FUNDERS); empty: from the source and agency
    # Provenance of a row merged from an agency form (empty for the officer's own rows): opplan_xl/agency/.
    origin_agency: str | None = None
    form_id: str | None = None
    form_file: str | None = None
    merged_on: dt.date | None = None
    fingerprint: str | None = None

    @property
    def is_merged(self) -> bool:
        """True when the row came from an agency form (it has an origin agency)."""
        return bool(self.origin_agency)


class Equipment(_Line):
    """One ผด.02/1 row: equipment bought outside the development-plan projects."""

    category: str | None = None
    item: str | None = None
    detail: str | None = None


class Amendment(_Model):
    """One row of the amendments sheet: แก้ไข/เพิ่มเติม ครั้งที่ N, the event behind it and its dates."""

    number: int | None = None
    kind: str | None = None
    event: str | None = None
    event_date: dt.date | None = None  # ข้อ ๒๗: its 30 days count from here
    reference: str | None = None
    reason: str | None = None
    committee_date: dt.date | None = None
    announced_date: dt.date | None = None
    posted_date: dt.date | None = None
    taken_down_date: dt.date | None = None
    row: int | None = None
    unparsed: dict[str, Any] = Field(default_factory=dict)


class Change(_Model):
    """One row of the history sheet: amendment ``amendment`` changed column ``field`` of row ``row_id``.

    ``field`` is a column key of the projects or equipment table (a month column for the months); ``old`` and
    ``new`` are typed like that column (``bool`` for a month).
    """

    amendment: int | None = None
    row_id: str | None = None
    item: str | None = None  # the project's or item's name, for the officer reading the sheet
    field: str | None = None
    old: Any = None
    new: Any = None
    row: int | None = None
    unparsed: dict[str, Any] = Field(default_factory=dict)


class Paragraph(_Model):
    """One row of the wording sheet (ข้อความในเอกสาร): a paragraph of the ประกาศ, คำนำ or ส่วนที่ ๑ as the officer
    words it. ``key`` is one of ``schema.PARAGRAPH_KEYS`` (a hidden column); ``text`` has Thai placeholders such as
    ``{ชื่ออปท}`` (opplan_xl/wording.py); empty means the standard text."""

    key: str | None = None
    part: str | None = None
    text: str | None = None
    row: int | None = None
    unparsed: dict[str, Any] = Field(default_factory=dict)


def default_columns(table: Table) -> dict[str, str]:
    """Column letters the builder uses for a table: its columns in schema order from column A."""
    from .xlsx.cells import column_letter

    return {c.key: column_letter(i + 1) for i, c in enumerate(table.columns)}


class Plan(_Model):
    """A whole operational plan (แผนการดำเนินงาน) plus where each value came from in the workbook."""

    model_config = ConfigDict(extra="forbid", arbitrary_types_allowed=True)

    settings: Settings = Field(default_factory=Settings)
    strategies: list[Strategy] = Field(default_factory=list)
    projects: list[Project] = Field(default_factory=list)
    equipment: list[Equipment] = Field(default_factory=list)
    # Versions: the amendments (one per row of the amendments sheet) and the earlier values they changed.
    amendments: list[Amendment] = Field(default_factory=list)
    history: list[Change] = Field(default_factory=list)
    # The document's wording (one per row of the wording sheet); empty for workbooks without that sheet: the
    # document then uses the standard text of every paragraph.
    paragraphs: list[Paragraph] = Field(default_factory=list)
    # Items users added on the lists sheet beyond the standard ones, by list name.
    extra_list_items: dict[str, list[str]] = Field(default_factory=dict)
    # Where things are in the workbook the plan was read from: table key → column key → letter,
    # and setting key → cell address. Empty for plans built in code (the schema's layout is used).
    columns: dict[str, dict[str, str]] = Field(default_factory=dict)
    setting_cells: dict[str, str] = Field(default_factory=dict)
    # The sheet each table was found on, when a user renamed it (table key → sheet name).
    table_sheets: dict[str, str] = Field(default_factory=dict)
    source_path: str | None = None
    # Free text outside the tables, as (sheet, cell, text): rules look for a fiscal year written two ways.
    other_text: list[tuple[str, str, str]] = Field(default_factory=list)
    # "sheet!cell" addresses the parser already reported (a value it could not take): rules skip them
    # so one mistake gives one finding.
    reported: set[str] = Field(default_factory=set)

    # ---- where is it? (findings point at sheet!cell) --------------------------------------------

    @property
    def settings_sheet(self) -> str:
        """The settings sheet's name in this workbook (the schema's name unless the user renamed it)."""
        return self.table_sheets.get("settings", schema.SHEET_SETTINGS)

    def sheet(self, table: Table) -> str:
        """The sheet a table is on in this workbook (the schema's name unless the user renamed it)."""
        return self.table_sheets.get(table.key, table.sheet)

    def column_letter(self, table: Table, key: str) -> str:
        cols = self.columns.get(table.key) or default_columns(table)
        return cols.get(key) or default_columns(table)[key]

    def cell(self, table: Table, key: str, row: int | None) -> str:
        """Address of one value, e.g. ``"E12"``; just the column letter when the row is unknown."""
        letter = self.column_letter(table, key)
        return f"{letter}{row}" if row else letter

    def setting_cell(self, key: str) -> str:
        if key in self.setting_cells:
            return self.setting_cells[key]
        index = [s.key for s in schema.SETTINGS].index(key)
        return f"{schema.SETTINGS_VALUE_COL}{schema.SETTINGS_FIRST_ROW + index}"

    # ---- lookups ---------------------------------------------------------------------------------

    @cached_property
    def strategy_by_code(self) -> dict[str, Strategy]:
        return {s.code: s for s in self.strategies if s.code}

    def list_items(self, list_name: str) -> tuple[str, ...]:
        """The standard items of a list plus what the user added on the lists sheet."""
        base = next((lst.items for lst in schema.standard_lists(self.settings.org_kind) if lst.name == list_name), ())
        extra = tuple(i for i in self.extra_list_items.get(list_name, []) if i not in base)
        return tuple(base) + extra
