"""What every part of the document shares: the plan, its roll-up and deadlines, and how to write things.

All text reaches the page through one of these methods, so the Thai-digit setting is applied in one
place and the fiscal year and every date come from the settings through one function each:

- :meth:`Context.fixed` — text of the document itself (messages, narrative): digits follow the setting.
- :meth:`Context.msg` — a catalogue message with already-formatted values filled in.
- :meth:`Context.user` — what the user typed: digits follow the setting, except inside Latin words
  and codes ("Core i5", "HP M404dn") which stay as typed.
- :meth:`Context.year`, :meth:`Context.date`, :meth:`Context.amount`, :meth:`Context.count`,
  :meth:`Context.percent` — numbers the document computes.
- :attr:`Context.fiscal_year_phrase` — "ประจำปีงบประมาณ พ.ศ. …": the only place the fiscal year is written.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property
from typing import TYPE_CHECKING

from .. import messages, schema
from ..thai import format_amount, format_date, format_int, format_number_text, to_arabic_digits, to_thai_digits
from .breaks import keep_words
from .styles import PORTRAIT_TEXT_WIDTH, TABLE_PT, TEXT_PT

if TYPE_CHECKING:
    from ..deadlines import Deadlines
    from ..model import Plan, Settings
    from ..rollup import Rollup
    from .wordwrap import Wrapper

# A run of ASCII digits that touches a Latin letter (a model number, "i5", "A4"): kept as typed.
_LATIN_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9\-./]*[0-9][A-Za-z0-9\-./]*|[0-9][0-9\-./]*[A-Za-z][A-Za-z0-9\-./]*")
_ASCII_DIGIT = re.compile(r"[0-9]")
_PROVINCIAL_KIND = schema.ORG_KINDS[-1]  # องค์การบริหารส่วนจังหวัด: its address is the province only
_PERIOD = re.compile(r"([0-9๐-๙]{4})\s*[-–—/]\s*([0-9๐-๙]{4})")


@dataclass
class Context:
    """The plan being written and the document's writing rules."""

    plan: Plan
    rollup: Rollup
    deadlines: Deadlines
    thai_digits: bool = True
    # True only for the copy handed to LibreOffice: names get the invisible characters that keep them whole
    # (``breaks.py``); the .docx the officer edits carries the plan's text as it is.
    for_renderer: bool = False
    notes: list[str] = field(default_factory=list)  # things to tell the user (th)
    _kept: dict[tuple[str, int], str] = field(default_factory=dict, repr=False)

    @property
    def settings(self) -> Settings:
        return self.plan.settings

    # ---- digits ---------------------------------------------------------------------------------

    def fixed(self, text: str) -> str:
        """The document's own text with its digits in the document's style."""
        return format_number_text(text, self.thai_digits)

    def user(self, text: str | None) -> str:
        """Text the user typed: digits in the document's style, Latin codes kept as typed."""
        if not text:
            return ""
        text = str(text).strip()
        if not self.thai_digits:
            return to_arabic_digits(text)
        if not _ASCII_DIGIT.search(text):
            return text
        out, pos = [], 0
        for m in _LATIN_TOKEN.finditer(text):
            out.append(to_thai_digits(text[pos : m.start()]))
            out.append(m.group(0))
            pos = m.end()
        out.append(to_thai_digits(text[pos:]))
        return "".join(out)

    def msg(self, key: str, **values: str) -> str:
        """A catalogue text (Thai) in the document's digits, with ``values`` (already formatted) filled in."""
        template = self.fixed(messages.CATALOGUE[key][0])
        return template.format(**values) if values else template

    # ---- line breaks in table cells --------------------------------------------------------------

    @cached_property
    def _header_lines(self) -> dict[str, str]:
        """The catalogue's line-broken column headers (``doc.form.head_lines.*``) by their one-line text."""
        out = {}
        for key, (thai, _english) in messages.CATALOGUE.items():
            if key.startswith("doc.form.head_lines."):
                lines = self.fixed(thai)
                out[lines.replace("\n", "")] = lines
        return out

    def header(self, text: str) -> str:
        """A column header from the schema as printed: broken into lines where the catalogue says, so that
        narrow columns break between words ("หน่วยงาน" / "รับผิดชอบหลัก"); as one text otherwise (the words
        stay the schema's: a catalogue entry whose words differ is not used)."""
        text = self.fixed(text)
        return self._header_lines.get(text, text)

    @cached_property
    def _break_prefixes(self) -> tuple[str, ...]:
        return tuple(self.msg("doc.break.prefixes").split())

    def names(self, text: str, room: int) -> str:
        """A place or agency cell's text (already through :meth:`user`). In the renderer's copy it breaks
        only between its names in a column of ``room`` twips (:func:`.breaks.keep_words`; cached, as names
        repeat); in the .docx it is the text itself."""
        if not self.for_renderer:
            return text
        key = (text, room)
        kept = self._kept.get(key)
        if kept is None:
            kept = self._kept[key] = keep_words(text, room, TABLE_PT, self._break_prefixes, self.wrapper.words)
        return kept

    @cached_property
    def wrapper(self) -> Wrapper:
        """The renderer's Thai word wrapping (``wordwrap.py``), with the plan's names as dictionary words."""
        from .wordwrap import Wrapper

        s, plan = self.settings, self.plan
        names = {s.org_name, s.org_full_name, s.executive_title, s.district, s.province}
        names |= set(self.msg("doc.break.words").split())
        names |= {p.agency for p in plan.projects} | {e.agency for e in plan.equipment}
        phrases = self.msg("doc.break.phrases").split()
        return Wrapper({self.user(n) for n in names if n}, phrases, size=TEXT_PT, room=PORTRAIT_TEXT_WIDTH)

    # ---- numbers and dates ----------------------------------------------------------------------

    def number(self, text: str) -> str:
        """A number the document computed, already formatted with Arabic digits."""
        return to_thai_digits(text) if self.thai_digits else text

    def year(self, be_year: int | None) -> str:
        """A Buddhist-era year (an ``int`` from the settings) in the document's digits."""
        if be_year is None:
            return self.msg("doc.blank_short")
        return self.number(str(be_year))

    def date(self, d: dt.date | None, style: str = "long") -> str:
        """A date from the settings, in the document's digits: ``"long"`` (day, full month, พ.ศ. year) for
        text, ``"short"`` (day, short month, year) for tables, ``"month_year"``; dots when unknown."""
        if d is None:
            return self.msg("doc.blank")
        return format_date(d, style, thai_digits=self.thai_digits)

    def amount(self, value: Decimal | None) -> str:
        """Baht with satang: "1,234,567.50"."""
        if value is None:
            return ""
        return format_amount(value, thai_digits=self.thai_digits)

    def count(self, n: int) -> str:
        return format_int(n, thai_digits=self.thai_digits)

    def percent(self, value: Decimal) -> str:
        return self.number(f"{value:.2f}")

    # ---- the plan's name ------------------------------------------------------------------------

    @cached_property
    def fiscal_year(self) -> str:
        """The fiscal year as printed (BE, in the document's digits)."""
        return self.year(self.settings.fiscal_year)

    @cached_property
    def fiscal_year_phrase(self) -> str:
        """ "ประจำปีงบประมาณ พ.ศ. …": every mention of the fiscal year in the document is this string."""
        return self.msg("doc.fiscal_year", year=self.fiscal_year)

    @cached_property
    def amendment(self) -> str:
        """ "เพิ่มเติม ครั้งที่ ๑/<fiscal year>" for an amended plan, else empty."""
        s = self.settings
        if not s.is_amendment:
            return ""
        kind = self.user(s.amendment_kind)
        if s.amendment_no is None:
            return kind
        return self.msg("doc.amendment", kind=kind, no=self.count(s.amendment_no), year=self.fiscal_year)

    @cached_property
    def plan_title(self) -> str:
        """ "แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. …", followed by the amendment when there is one."""
        title = f"{self.msg('doc.plan')} {self.fiscal_year_phrase}"
        return f"{title} {self.amendment}" if self.amendment else title

    @cached_property
    def org(self) -> str:
        return self.user(self.settings.org_full_name) or self.msg("doc.blank")

    @cached_property
    def address(self) -> str:
        """ "อำเภอเมืองพะเยา จังหวัดพะเยา" (only the province for an อบจ. or when no district is given)."""
        s = self.settings
        parts = []
        district = _strip_prefix(s.district, self.msg("doc.district_word"))
        province = _strip_prefix(s.province, self.msg("doc.province_word"))
        if district and (s.org_kind or "").strip() != _PROVINCIAL_KIND:
            parts.append(self.msg("doc.district", name=self.user(district)))
        if province:
            parts.append(self.msg("doc.province", name=self.user(province)))
        return " ".join(parts)

    @cached_property
    def org_line(self) -> str:
        """ "องค์การบริหารส่วนตำบลหนองบัวแก้ว อำเภอเมืองพะเยา จังหวัดพะเยา" (the third line of every form)."""
        return f"{self.org} {self.address}".strip()

    @cached_property
    def dev_plan_period(self) -> str:
        """The development plan's years as " (พ.ศ. <first> - <last>)" from the settings, or empty."""
        text = (self.settings.dev_plan_period or "").strip()
        if not text:
            return ""
        m = _PERIOD.search(to_arabic_digits(text))
        if m:
            return " " + self.msg("doc.period", first=self.year(int(m.group(1))), last=self.year(int(m.group(2))))
        return f" ({self.user(text)})"

    @cached_property
    def committee(self) -> str:
        """ "คณะกรรมการพัฒนาองค์การบริหารส่วนตำบลหนองบัวแก้ว": this organisation's committee."""
        return self.msg("doc.committee", word=self.org)

    @cached_property
    def committee_generic(self) -> str:
        """ "คณะกรรมการพัฒนาองค์การบริหารส่วนตำบล": the committee as the regulation names it for this kind."""
        return self.msg("doc.committee", word=self.settings.committee_word)

    @cached_property
    def support_committee_generic(self) -> str:
        return self.msg("doc.support_committee", word=self.settings.committee_word)

    @cached_property
    def executive_kind(self) -> str:
        """The executive's title for this kind of organisation ("นายกองค์การบริหารส่วนตำบล")."""
        title = schema.EXECUTIVE_TITLE.get((self.settings.org_kind or "").strip())
        return title or self.msg("doc.executive_generic")

    @cached_property
    def executive_title(self) -> str:
        return self.user(self.settings.executive_title)

    @cached_property
    def legal_basis(self) -> str:
        return self.fixed(schema.LEGAL_BASIS)

    # ---- the wording of the ประกาศ, คำนำ and ส่วนที่ ๑ (the officer's, else the standard text) ---------------

    @cached_property
    def paragraph_values(self) -> dict[str, str]:
        """What each placeholder of the narrative stands for (``schema.PLACEHOLDERS``), formatted for the page."""
        from ..thai import bahttext

        s, r = self.settings, self.rollup
        eq = r.equipment_total
        equipment_sentence = ""
        if eq.items:
            equipment_sentence = self.msg(
                "doc.text.preface.equipment", items=self.count(eq.items), budget=self.amount(eq.budget)
            )
        name = (s.executive_name or "").strip()
        return {
            "org": self.org,
            "address": self.address,
            "fy": self.fiscal_year_phrase,
            "fiscal_year": self.fiscal_year,
            "fy_and_amendment": self.fiscal_year_phrase + (f" {self.amendment}" if self.amendment else ""),
            "title": self.plan_title,
            "legal": self.legal_basis,
            "period": self.dev_plan_period,
            "org_committee": self.committee,
            "support_org": self.msg("doc.support_committee", word=self.org),
            "committee": self.committee_generic,
            "support": self.support_committee_generic,
            "executive": self.executive_title,
            "executive_kind": self.executive_kind,
            "executive_name": self.user(name) if name else self.msg("doc.blank"),
            "committee_date": self.date(s.committee_date),
            "announced_date": self.date(s.announced_date),
            "budget_act_date": self.date(s.budget_act_date),
            "projects": self.count(r.total_projects),
            "budget": self.amount(r.total_budget),
            "budget_text": bahttext(r.total_budget),
            "equipment_items": self.count(eq.items),
            "equipment_budget": self.amount(eq.budget),
            "equipment_sentence": equipment_sentence,
        }

    @cached_property
    def _wording(self) -> dict:
        from ..wording import chosen

        return chosen(self.plan)

    def paragraph(self, key: str) -> list[str]:
        """Paragraph ``key`` of the narrative (``schema.PARAGRAPH_KEYS``) as printed: the officer's text from the
        wording sheet, a line of the cell per paragraph, else the catalogue's standard text (``doc.text.<key>``).
        The officer's text has its digits in the document's style like the standard text, and an unknown
        placeholder printed as typed (the rules report it)."""
        from ..wording import fill

        values = self.paragraph_values
        row = self._wording.get(key)
        text = (row.text or "").strip() if row is not None else ""
        if not text:
            return [self.msg(f"doc.text.{key}", **values)]
        lines = [line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
        return [fill(line, values, self.fixed) for line in lines if line]


def _strip_prefix(value: str | None, prefix: str) -> str:
    text = (value or "").strip()
    if text.startswith(prefix):
        text = text[len(prefix) :].strip()
    return text
