"""A corpus of hand-made plan workbooks: the real variants of domain §8, written by
:func:`opplan_xl.importer.sample.write_handmade`, and what an import of each must give back."""

from __future__ import annotations

from pathlib import Path

from opplan_xl.importer.sample import Layout, write_handmade
from opplan_xl.model import Plan

# Each variant changes what real offices change (domain §8); together they cover every option of Layout.
VARIANTS: dict[str, Layout] = {
    "plain-two-row-header-fills": Layout(),
    "one-sheet-per-strategy": Layout(sheet_per_strategy=True, header_rows=3, months="arrows"),
    "one-row-header-check-marks": Layout(header_rows=1, months="check", strategy_heading="nth"),
    "slash-marks-text-amounts": Layout(months="slash", amounts="text", wrong_total=True),
    "thai-digits-arrow-ends": Layout(amounts="thai", thai_numbers=True, months="ends", plan_area_numbered=False),
    "headings-in-name-column": Layout(heading_in_name_column=True, province_headings=False, agency_spelling="suffixed"),
    "no-totals-no-continuation": Layout(totals=False, continuation=False, summary_sheet=False, notes=False),
    "spaced-agencies-source-column": Layout(agency_spelling="spaced", source_column=True, location_before_budget=True),
    "per-strategy-wrong-total": Layout(sheet_per_strategy=True, wrong_total=True, amounts="text", header_rows=1),
}

PROJECT_FIELDS = ("strategy", "plan_area", "name", "activity", "budget", "location", "agency", "months")
EQUIPMENT_FIELDS = ("category", "plan_area", "item", "detail", "budget", "location", "agency", "months")
STRATEGY_FIELDS = ("code", "name", "province_strategy", "local_strategy", "tactic")
SETTINGS_FIELDS = ("org_kind", "org_name", "district", "province", "fiscal_year")


def write_variant(plan: Plan, name: str, folder: Path) -> tuple[Path, Plan, Layout]:
    layout = VARIANTS[name]
    path, expected = write_handmade(plan, folder / f"{name}.xlsx", layout)
    return path, expected, layout


def essence(plan: Plan, *, with_source: bool = False) -> dict:
    """What an import must give back exactly: names, budgets to the satang, months, the hierarchy, the org."""
    p_fields = (*PROJECT_FIELDS, "source") if with_source else PROJECT_FIELDS
    e_fields = (*EQUIPMENT_FIELDS, "source") if with_source else EQUIPMENT_FIELDS
    return {
        "settings": {k: getattr(plan.settings, k) for k in SETTINGS_FIELDS},
        "strategies": [tuple(getattr(s, k) for k in STRATEGY_FIELDS) for s in plan.strategies],
        "projects": [tuple(getattr(p, k) for k in p_fields) for p in plan.projects],
        "equipment": [tuple(getattr(e, k) for k in e_fields) for e in plan.equipment],
    }
