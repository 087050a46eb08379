"""Rules on the settings sheet (ข้อมูลทั่วไป)."""

from __future__ import annotations

import re

from .. import schema, thai
from ..findings import Finding, finding
from ..model import Plan

_DATES_NEEDED = ("budget_act_date", "committee_date", "announced_date")


def _label_present(plan: Plan, key: str) -> bool:
    """False when the reader found no row for this setting (it has reported that already)."""
    return not plan.setting_cells or key in plan.setting_cells


def _unreported(plan: Plan, key: str) -> bool:
    return _label_present(plan, key) and f"{plan.settings_sheet}!{plan.setting_cell(key)}" not in plan.reported


def required_settings(plan: Plan) -> list[Finding]:
    """Every required setting is filled in; the dates the deadline rules need are asked for too."""
    out = []
    for s in schema.SETTINGS:
        value = getattr(plan.settings, s.key)
        if value not in (None, "") or not _unreported(plan, s.key):
            continue
        if s.required:
            out.append(finding("E-SETTING-MISSING", plan.settings_sheet, plan.setting_cell(s.key), label=s.label))
        elif s.key in _DATES_NEEDED:
            out.append(finding("W-SETTING-DATE-MISSING", plan.settings_sheet, plan.setting_cell(s.key), label=s.label))
    return out


def org_kind_known(plan: Plan) -> list[Finding]:
    kind = plan.settings.org_kind
    if kind is None or kind in schema.ORG_KINDS:
        return []
    return [
        finding(
            "E-ORG-KIND-UNKNOWN",
            plan.settings_sheet,
            plan.setting_cell("org_kind"),
            value=kind,
            choices=", ".join(schema.ORG_KINDS),
        )
    ]


def amendment_numbered(plan: Plan) -> list[Finding]:
    s = plan.settings
    if s.is_amendment and s.amendment_no is None and _unreported(plan, "amendment_no"):
        return [
            finding(
                "E-AMENDMENT-NO-MISSING", plan.settings_sheet, plan.setting_cell("amendment_no"), kind=s.amendment_kind
            )
        ]
    return []


_PERIOD = re.compile(r"^(?:พ\.?ศ\.?)?\s*(\d{4})\s*[-–—ถึง]+\s*(\d{4})$")


def dev_plan_period(text: str | None) -> tuple[int, int] | None:
    """ "2566-2570" (Thai digits, "พ.ศ.", spaces allowed) → (2566, 2570); None when unreadable."""
    if not text:
        return None
    m = _PERIOD.match(thai.to_arabic_digits(text.strip()).replace("(", "").replace(")", "").strip())
    if not m:
        return None
    start, end = int(m.group(1)), int(m.group(2))
    return (start, end) if 2400 < start < end <= start + 10 else None


def dev_plan_period_valid(plan: Plan) -> list[Finding]:
    s = plan.settings
    if not s.dev_plan_period:
        return []
    period = dev_plan_period(s.dev_plan_period)
    covers = period is not None and (s.fiscal_year is None or period[0] <= s.fiscal_year <= period[1])
    if covers:
        return []
    return [
        finding(
            "E-DEV-PLAN-PERIOD",
            plan.settings_sheet,
            plan.setting_cell("dev_plan_period"),
            value=s.dev_plan_period,
            fiscal_year=s.fiscal_year or "",
        )
    ]


def _date_settings(plan: Plan):
    for s in schema.SETTINGS:
        if s.kind is schema.Kind.DATE:
            value = getattr(plan.settings, s.key)
            if value is not None:
                yield s, value


def dates_in_fiscal_year(plan: Plan) -> list[Finding]:
    """Plan dates fall between a year before the fiscal year starts and its end."""
    from ..deadlines import fiscal_year_bounds

    fy = plan.settings.fiscal_year
    if fy is None:
        return []
    start, end = fiscal_year_bounds(fy)
    earliest = start.replace(year=start.year - 1)
    out = []
    for s, value in _date_settings(plan):
        if not earliest <= value <= end:
            out.append(
                finding(
                    "W-DATE-OUTSIDE-FY",
                    plan.settings_sheet,
                    plan.setting_cell(s.key),
                    field=s.label,
                    date=value,
                    fiscal_year=fy,
                    start=earliest,
                    end=end,
                )
            )
    return out


# (later, earlier, code): the later date must not be before the earlier one.
_ORDER = (
    ("announced_date", "committee_date", "E-DATE-ORDER"),
    ("announced_date", "budget_act_date", "W-DATE-ORDER"),
)


def dates_in_order(plan: Plan) -> list[Finding]:
    """The committee meets before the plan is announced; the budget act normally comes first too.

    Posting and taking down are checked by the deadline rules.
    """
    s = plan.settings
    out = []
    for later, earlier, code in _ORDER:
        a, b = getattr(s, later), getattr(s, earlier)
        if a is None or b is None or a >= b:
            continue
        out.append(
            finding(
                code,
                plan.settings_sheet,
                plan.setting_cell(later),
                field=schema.SETTINGS_BY_KEY[later].label,
                date=a,
                other_field=schema.SETTINGS_BY_KEY[earlier].label,
                other_date=b,
                other_cell=plan.setting_cell(earlier),
            )
        )
    return out
