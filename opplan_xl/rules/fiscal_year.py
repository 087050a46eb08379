"""The fiscal year is written one way everywhere: the settings' BE year, never another year or CE."""

from __future__ import annotations

from collections.abc import Iterator

from .. import schema, thai
from ..findings import Finding, finding
from ..model import Plan


def _texts(plan: Plan) -> Iterator[tuple[str, str, str]]:
    """Every free text of the plan with its place: settings, table cells, titles and notes."""
    for s in schema.SETTINGS:
        value = getattr(plan.settings, s.key)
        if s.kind is schema.Kind.TEXT and isinstance(value, str):
            yield plan.settings_sheet, plan.setting_cell(s.key), value
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
                    yield sheet, plan.cell(table, key, item.row), value
    yield from plan.other_text


def written_one_way(plan: Plan) -> list[Finding]:
    fy = plan.settings.fiscal_year
    if fy is None:
        return []
    out = []
    for sheet, cell, text in _texts(plan):
        if "ปีงบ" not in text:
            continue
        for year, written in thai.fiscal_year_mentions(text):
            if year == fy:
                continue
            code = "W-FISCAL-YEAR-CE" if year == fy - 543 else "W-FISCAL-YEAR-MISMATCH"
            out.append(finding(code, sheet, cell, written=written, fiscal_year=fy))
    return out
