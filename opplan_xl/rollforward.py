"""Next fiscal year's plan from this year's (``opplan new-year``, the ribbon's สร้างแผนปีใหม่).

Kept: the organisation's settings (kind, name, district, province, executive, development-plan period, posting
place, certifier, form titles, digit and holiday settings), the strategies with their headings and กลยุทธ์, the
items the officer added to the lists (agencies, แผนงาน …), the extra holidays that fall in the new year, and the
document's wording as the officer edited it (the wording sheet: its placeholders fill in the new year's values).
Cleared: this year's dates (budget act, committee, announcement, posting, taking down), the amendment kind and
number, the record of merged agency forms. Renewed: the plan key, so forms sent for last year's plan are not
taken into the new one.

``carry=True`` carries the projects and equipment over as a draft: without progress data (there is no progress
sheet yet) every one of the officer's own lines is carried, with last year's budget and months, and listed on the
report sheet so the officer updates them to the new budget act. Lines merged from other agencies' forms are not
carried: the agencies send the new year's with a new form.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from . import schema
from .model import Equipment, Plan, Project

__all__ = ["RolledPlan", "next_year"]

CLEARED_SETTINGS = (
    "budget_act_date",
    "committee_date",
    "announced_date",
    "posted_date",
    "taken_down_date",
    "amendment_no",
    "merged_forms",
)


@dataclass
class RolledPlan:
    plan: Plan
    old_year: int
    carried: list[tuple[Project | Equipment, int | None]] = field(default_factory=list)  # (new line, old row)
    not_carried: int = 0  # merged agency lines left behind


def _in_year(date: dt.date, fiscal_year: int) -> bool:
    start = dt.date(fiscal_year - 544, 10, 1)
    return start <= date <= dt.date(fiscal_year - 543, 9, 30)


def next_year(plan: Plan, fiscal_year: int, *, carry: bool = False) -> RolledPlan:
    """The plan of ``fiscal_year`` (BE) made from ``plan``; ``plan`` itself is not changed."""
    from .agency.identity import new_key

    old = plan.settings
    settings = old.model_copy(deep=True)
    settings.fiscal_year = fiscal_year
    for key in CLEARED_SETTINGS:
        setattr(settings, key, None)
    settings.amendment_kind = schema.AMENDMENT_KINDS[0]
    settings.plan_key = new_key()
    settings.unparsed = {k: v for k, v in old.unparsed.items() if k not in (*CLEARED_SETTINGS, "fiscal_year")}
    settings.extra_holidays = [h.model_copy() for h in old.extra_holidays if _in_year(h.date, fiscal_year)]
    strategies = [s.model_copy(deep=True) for s in plan.strategies]
    for i, s in enumerate(strategies):
        s.row = schema.STRATEGIES.header_row + 1 + i
    new = Plan(
        settings=settings,
        strategies=strategies,
        extra_list_items={k: list(v) for k, v in plan.extra_list_items.items()},
        paragraphs=[p.model_copy(deep=True) for p in plan.paragraphs],  # the office's own wording, year after year
    )
    rolled = RolledPlan(new, old.fiscal_year or 0)
    if carry:
        from .versions.views import consolidated

        current = consolidated(plan)  # this year's plan as it stands: cancelled lines are not carried
        for table, items, out in (
            (schema.PROJECTS, current.projects, new.projects),
            (schema.EQUIPMENT, current.equipment, new.equipment),
        ):
            for item in items:
                if isinstance(item, Project) and item.is_merged:
                    rolled.not_carried += 1
                    continue
                line = item.model_copy(deep=True)
                line.added_in = line.cancelled_in = line.row_id = None  # the new year starts at its first version
                line.row = table.header_row + 1 + len(out)
                out.append(line)
                rolled.carried.append((line, item.row))
    return rolled


def _report_sheet(wb, rolled: RolledPlan, source_name: str) -> None:
    """The sheet รายงานการยกแผน: each carried line's new row, old row, name and last year's budget."""
    from . import messages
    from .xlsx.kit import put
    from .xlsx.output import add_sheet
    from .xlsx.styles import Styles

    st = Styles()
    ws = add_sheet(wb, schema.SHEET_ROLL_REPORT)
    ws["A1"] = messages.text("ui.new_year.report_title", old=rolled.old_year, path=source_name)
    ws["A1"].font = st.title
    for j, (header, width) in enumerate(zip(schema.ROLL_REPORT_COLUMNS, (24, 24, 60, 20), strict=True), 1):
        ws.cell(3, j, header).font = st.bold
        ws.column_dimensions["ABCD"[j - 1]].width = width
    for i, (line, old_row) in enumerate(rolled.carried, 4):
        table = schema.PROJECTS if isinstance(line, Project) else schema.EQUIPMENT
        put(ws.cell(i, 1), f"{table.sheet}!{line.row}")
        put(ws.cell(i, 2), f"{table.sheet}!{old_row}" if old_row else "")
        put(ws.cell(i, 3), (line.name if isinstance(line, Project) else line.item) or "")
        if line.budget is not None:
            ws.cell(i, 4, line.budget).number_format = schema.FMT_AMOUNT


def write_next_year(rolled: RolledPlan, out, *, source_name: str):
    """The new year's workbook (.xlsx, or .xlsm with the ribbon), with the report sheet when lines were carried:
    (path, backup)."""
    from .xlsx.output import write_plan_book

    add = (lambda wb: _report_sheet(wb, rolled, source_name)) if rolled.carried else None
    return write_plan_book(rolled.plan, out, add)
