"""The fiscal year is written one way where the plan states its own year: the settings' BE year, never another
year or CE.

Only the places that state *this plan's* year are checked: the settings' texts, the titles and notes outside
the tables, and a table cell's "ประจำปีงบประมาณ …". A year mentioned for another reason, such as a transfer of an
earlier year ("ตามการโอนงบประมาณครั้งที่ 13 ปีงบประมาณ 2567"), is not the plan's year; a year written in CE is
flagged wherever it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import schema, thai
from ..findings import Finding, finding
from ..model import Plan

# Words just before a year mention that say the year is of something else (a transfer, an amendment, a reference).
_ELSEWHERE = re.compile(r"(โอน|ครั้งที่|อ้างถึง|กันเงิน)[^,;()]{0,40}$")
_CLAUSE = 48  # characters before a mention looked at for those words


def _texts(plan: Plan) -> Iterator[tuple[str, str, str, bool]]:
    """Every free text of the plan with its place, and whether the place states the plan's own year."""
    for s in schema.SETTINGS:
        value = getattr(plan.settings, s.key)
        if s.kind is schema.Kind.TEXT and isinstance(value, str):
            yield plan.settings_sheet, plan.setting_cell(s.key), value, True
    for table, items in (
        (schema.STRATEGIES, plan.strategies),
        (schema.PROJECTS, plan.projects),
        (schema.EQUIPMENT, plan.equipment),
    ):
        text_keys = [c.key for c in table.columns if c.kind is schema.Kind.TEXT]
        sheet = plan.sheet(table)
        for item in items:
            for key in text_keys:
                value = getattr(item, key)
                if value and "ปีงบ" in value:
                    yield sheet, plan.cell(table, key, item.row), value, False
    for sheet, cell, text in plan.other_text:
        yield sheet, cell, text, True


def _about_elsewhere(text: str, written: str, start: int) -> bool:
    """True when the mention at ``start`` is of another thing's year (a transfer, an amendment number…)."""
    return bool(_ELSEWHERE.search(text[max(0, start - _CLAUSE) : start]))


def written_one_way(plan: Plan) -> list[Finding]:
    fy = plan.settings.fiscal_year
    if fy is None:
        return []
    out = []
    for sheet, cell, text, states_year in _texts(plan):
        if "ปีงบ" not in text:
            continue
        at = 0
        for year, written in thai.fiscal_year_mentions(text):
            start = text.find(written, at)
            at = start + len(written)
            if year == fy:
                continue
            if year == fy - 543:
                out.append(finding("W-FISCAL-YEAR-CE", sheet, cell, written=written, fiscal_year=fy))
                continue
            own_year = states_year or text[max(0, start - 6) : start].endswith("ประจำ")
            if own_year and not _about_elsewhere(text, written, start):
                out.append(finding("W-FISCAL-YEAR-MISMATCH", sheet, cell, written=written, fiscal_year=fy))
    return out
