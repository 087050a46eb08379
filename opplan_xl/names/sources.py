"""Money sources as real plans write them: "ข้อบัญญัติ 2568", "จ่ายขาดเงินสะสม", "โอนงบครั้งที่ 13/2567", …

:func:`match_source` maps what an officer typed to the standard entry of the source list where it clearly is
one, and says whether that money is the อปท.'s own. :func:`is_own` decides a project's own / other-agency
fact: the officer's own/other column first, then the source, then the agency, never the spelling of a label
alone (a label the user adds to the list has no kind until one of those says so).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import schema, thai

# Words that name another agency's own budget (a central, regional or other local government, a state enterprise).
_OTHER_AGENCY_WORDS = (
    "หน่วยงานอื่น",
    "อบจ",
    "องค์การบริหารส่วนจังหวัด",
    "กรม",
    "กระทรวง",
    "แขวง",
    "สำนักงาน",
    "การไฟฟ้า",
    "การประปา",
    "โครงการชลประทาน",
    "ที่ว่าการอำเภอ",
    "โรงพยาบาล",
    "สถานีตำรวจ",
    "รัฐวิสาหกิจ",
)
# Agencies of the อปท. itself never contain these; agency names that do belong to another agency.
_OTHER_AGENCY_NAMES = tuple(w for w in _OTHER_AGENCY_WORDS if w not in ("หน่วยงานอื่น", "สำนักงาน"))
_PROVINCIAL = ("อบจ", "องค์การบริหารส่วนจังหวัด")
_PROVINCIAL_KIND = "องค์การบริหารส่วนจังหวัด"

# (pattern on the normalised text, standard entry), first match wins.
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), standard)
    for p, standard in (
        (r"อุดหนุนเฉพาะกิจ", "เงินอุดหนุนเฉพาะกิจ"),
        (r"อุดหนุนทั่วไป", "เงินอุดหนุนทั่วไป"),
        (r"สะสม", "เงินสะสม"),
        (r"โอน", schema.SOURCE_TRANSFER),
        (r"(ข้อบัญญัติ|เทศบัญญัติ|งบประมาณรายจ่าย).*เพิ่มเติม", "งบประมาณรายจ่ายเพิ่มเติม"),
        ("|".join(_OTHER_AGENCY_WORDS), schema.SOURCE_OTHER_AGENCY),
        (
            r"ข้อบัญญัติ|เทศบัญญัติ|งบประมาณรายจ่าย|งบกลาง|^งบประมาณ(อบต|ทต|ทม|ทน|อปท|เทศบาล)|^งบประมาณ$",
            schema.SOURCE_OWN_BUDGET,
        ),
    )
)


@dataclass(frozen=True)
class SourceMatch:
    """What a typed source is: its standard entry (None when unknown) and whether it was typed exactly so."""

    standard: str | None
    exact: bool

    @property
    def own(self) -> bool | None:
        """True for the อปท.'s own money, False for another agency's, None when the source does not say."""
        if self.standard in schema.OWN_MONEY_SOURCES:
            return True
        if self.standard == schema.SOURCE_OTHER_AGENCY:
            return False
        return None


def _key(text: str) -> str:
    return thai.to_arabic_digits(schema.normalise_header(text)).replace(".", "")


@lru_cache(maxsize=4096)
def match_source(text: str | None, org_kind: str | None = None) -> SourceMatch:
    """The standard source ``text`` clearly is (``SourceMatch(None, False)`` for text no pattern knows).

    ``org_kind`` keeps an อบจ.'s own "งบประมาณ อบจ." its own money.
    """
    if text is None or not text.strip():
        return SourceMatch(None, False)
    if text in schema.MONEY_SOURCES:
        return SourceMatch(text, True)
    key = _key(text)
    for standard in schema.MONEY_SOURCES:
        if _key(standard) == key:
            return SourceMatch(standard, False)
    if org_kind == _PROVINCIAL_KIND and re.match(r"^งบประมาณ(อบจ|องค์การบริหารส่วนจังหวัด)", key):
        return SourceMatch(schema.SOURCE_OWN_BUDGET, False)
    for pattern, standard in _PATTERNS:
        if pattern.search(key):
            return SourceMatch(standard, False)
    return SourceMatch(None, False)


def agency_is_other(agency: str | None, org_kind: str | None = None) -> bool:
    """True when the agency's name is plainly another agency's (อบจ.พะเยา, แขวงทางหลวงชนบท…, การประปา…)."""
    if not agency:
        return False
    key = _key(agency)
    words = _OTHER_AGENCY_NAMES
    if org_kind == _PROVINCIAL_KIND:  # an อบจ.'s own units are "กองช่าง อบจ."
        words = tuple(w for w in words if w not in _PROVINCIAL)
    return any(word in key for word in words)


def funder_own(text: str | None) -> bool | None:
    """The own/other column as typed: True (the อปท.), False (another agency), None (empty or unclear)."""
    key = _key(text or "")
    if not key:
        return None
    if key in {_key(schema.FUNDER_OWN), "อปท", "ของอปท", "own"}:
        return True
    if key in {_key(schema.FUNDER_OTHER), "หน่วยงานอื่น", "other"}:
        return False
    return None


def is_own(
    funder: str | None,
    source: str | None,
    agency: str | None,
    origin_agency: str | None = None,
    org_kind: str | None = None,
) -> bool:
    """Whether a project's money is the อปท.'s own.

    The own/other column decides when filled. Otherwise: a row merged from an agency form is that agency's; a
    source that clearly says decides; else the agency (another agency's name → other); else own.
    """
    said = funder_own(funder)
    if said is not None:
        return said
    if origin_agency:
        return False
    own = match_source(source, org_kind).own
    if own is not None:
        return own
    return not agency_is_other(agency, org_kind)


def line_is_own(line: object, org_kind: str | None = None) -> bool:
    """:func:`is_own` of a project or equipment row."""
    return is_own(
        getattr(line, "funder", None),
        getattr(line, "source", None),
        getattr(line, "agency", None),
        getattr(line, "origin_agency", None),
        org_kind,
    )


def source_group(line: object, org_kind: str | None = None) -> str:
    """The source a row is counted under in the totals: its standard entry, else the text as typed; an empty
    source counts as the อปท.'s budget act or another agency's budget, as :func:`line_is_own` says."""
    source = (getattr(line, "source", None) or "").strip()
    standard = match_source(source, org_kind).standard
    if standard:
        return standard
    if source:
        return source
    return schema.SOURCE_OWN_BUDGET if line_is_own(line, org_kind) else schema.SOURCE_OTHER_AGENCY
