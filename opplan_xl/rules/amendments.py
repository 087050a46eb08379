"""Rules on the plan's versions: the amendments sheet, the version columns of each row, the history sheet.

A plan without amendments (every workbook made before versions) meets none of them. Each finding names the cell:
the amendment's own row on the amendments sheet, the project's row, or the history row.
"""

from __future__ import annotations

from collections import defaultdict

from .. import messages, schema
from ..deadlines import compute, dates_findings, fiscal_year_of
from ..findings import Finding, finding
from ..model import Amendment, Plan, Settings
from ..versions import fields

A = schema.AMENDMENTS
H = schema.HISTORY


def _cell(plan: Plan, a: Amendment, key: str) -> str:
    return plan.cell(A, key, a.row)


def amendments_numbered(plan: Plan) -> list[Finding]:
    """Required cells, kinds and events from the lists, and numbers 1, 2, 3 … with no gaps or repeats."""
    out: list[Finding] = []
    sheet = plan.sheet(A)
    seen: dict[int, Amendment] = {}
    for a in plan.amendments:
        for c in A.columns:
            cell = _cell(plan, a, c.key)
            if c.required and getattr(a, c.key) is None and f"{sheet}!{cell}" not in plan.reported:
                out.append(finding("E-AMEND-REQUIRED", sheet, cell, field=c.header, field_en=c.key))
        if a.kind and a.kind not in plan.list_items(schema.LIST_AMENDMENT_TYPES):
            out.append(
                finding(
                    "E-AMEND-KIND-UNKNOWN",
                    sheet,
                    _cell(plan, a, "kind"),
                    value=a.kind,
                    choices=", ".join(schema.AMENDMENT_TYPES),
                )
            )
        if a.event and a.event not in plan.list_items(schema.LIST_AMENDMENT_EVENTS):
            out.append(finding("W-AMEND-EVENT-UNKNOWN", sheet, _cell(plan, a, "event"), value=a.event))
        if a.number is None:
            continue
        if a.number in seen:
            out.append(
                finding(
                    "E-AMEND-NUMBER-REPEAT", sheet, _cell(plan, a, "number"), number=a.number, other=seen[a.number].row
                )
            )
        else:
            seen[a.number] = a
    for expected, number in enumerate(sorted(seen), 1):
        if number != expected:
            a = seen[number]
            out.append(finding("E-AMEND-NUMBER-GAP", sheet, _cell(plan, a, "number"), number=number, expected=expected))
            break
    return out


def amendment_dates(plan: Plan) -> list[Finding]:
    """Each amendment's dates in order (event, committee, announcement), amendments announced in their order and
    after the plan, inside the plan's fiscal year; then ข้อ ๒๖ / ๒๗ on its own dates, with the plan's holidays."""
    out: list[Finding] = []
    sheet = plan.sheet(A)
    s = plan.settings
    previous = (messages.CATALOGUE["word.first_version"], s.announced_date)
    for a in sorted((a for a in plan.amendments if a.number is not None), key=lambda a: a.number):
        if a.event_date and s.announced_date and a.event_date < s.announced_date:
            out.append(
                finding(
                    "W-AMEND-EVENT-BEFORE-PLAN",
                    sheet,
                    _cell(plan, a, "event_date"),
                    number=a.number,
                    event_date=a.event_date,
                    announced=s.announced_date,
                )
            )
        if a.event_date and a.announced_date and a.announced_date < a.event_date:
            out.append(
                finding(
                    "E-AMEND-ANNOUNCED-BEFORE-EVENT",
                    sheet,
                    _cell(plan, a, "announced_date"),
                    announced=a.announced_date,
                    event_date=a.event_date,
                )
            )
        if a.committee_date and a.event_date and a.announced_date:  # noqa: SIM102 (the dates, then their order)
            if not a.event_date <= a.committee_date <= a.announced_date:
                out.append(
                    finding(
                        "W-AMEND-COMMITTEE-ORDER",
                        sheet,
                        _cell(plan, a, "committee_date"),
                        committee=a.committee_date,
                        event_date=a.event_date,
                        announced=a.announced_date,
                    )
                )
        if a.announced_date:
            (prev_th, prev_en), prev_date = previous
            if prev_date and a.announced_date < prev_date:
                out.append(
                    finding(
                        "E-AMEND-ORDER",
                        sheet,
                        _cell(plan, a, "announced_date"),
                        number=a.number,
                        announced=a.announced_date,
                        previous=prev_th,
                        previous_en=prev_en,
                        previous_date=prev_date,
                    )
                )
            if s.fiscal_year and fiscal_year_of(a.announced_date) != s.fiscal_year:
                out.append(
                    finding(
                        "W-AMEND-OUTSIDE-FY",
                        sheet,
                        _cell(plan, a, "announced_date"),
                        number=a.number,
                        announced=a.announced_date,
                        fiscal_year=s.fiscal_year,
                    )
                )
            th, en = messages.CATALOGUE["word.amendment_n"]
            previous = ((th.format(number=a.number), en.format(number=a.number)), a.announced_date)
        out += _clock(plan, a)
    return out


def _clock(plan: Plan, a: Amendment) -> list[Finding]:
    """ข้อ ๒๗ (30 days from the event) and ข้อ ๒๖ (๒) (post within 15 days, keep posted 30) for one amendment."""
    dates = Settings(
        budget_act_date=a.event_date,
        announced_date=a.announced_date,
        posted_date=a.posted_date,
        taken_down_date=a.taken_down_date,
        roll_forward=plan.settings.roll_forward,
        extra_holidays=plan.settings.extra_holidays,
    )
    cells = {
        "budget_act_date": "event_date",
        "announced_date": "announced_date",
        "posted_date": "posted_date",
        "taken_down_date": "taken_down_date",
    }
    event = a.event or ""
    out = dates_findings(
        dates,
        plan.sheet(A),
        lambda key: _cell(plan, a, cells[key]),
        late_code="W-AMEND-LATE",
        number=a.number,
        event=event,
    )
    if a.event_date and not a.announced_date:
        due = compute(dates).plan_due
        out.append(
            finding(
                "I-AMEND-DUE",
                plan.sheet(A),
                _cell(plan, a, "announced_date"),
                number=a.number,
                due=due,
                event=event,
                trigger=a.event_date,
            )
        )
    return out


def _rows(plan: Plan):
    for table in fields.TABLES:
        for item in fields.items(plan, table):
            yield table, item


def row_versions(plan: Plan) -> list[Finding]:
    """``added_in`` / ``cancelled_in`` name amendments that exist, a row is cancelled after it was added, and row ids
    are unique."""
    out: list[Finding] = []
    known = {a.number for a in plan.amendments if a.number is not None}
    ids: dict[str, tuple[str, int | None]] = {}
    for table, item in _rows(plan):
        sheet = plan.sheet(table)
        for key in ("added_in", "cancelled_in"):
            number = getattr(item, key)
            if number is not None and number != 0 and number not in known:
                out.append(finding("E-ROW-VERSION-UNKNOWN", sheet, plan.cell(table, key, item.row), number=number))
        if item.cancelled_in is not None and item.cancelled_in <= (item.added_in or 0):
            out.append(
                finding(
                    "E-CANCEL-BEFORE-ADDED",
                    sheet,
                    plan.cell(table, "cancelled_in", item.row),
                    cancelled=item.cancelled_in,
                    added=item.added_in or 0,
                )
            )
        if item.row_id:
            if item.row_id in ids:
                out.append(
                    finding(
                        "W-ROW-ID-DUPLICATE",
                        sheet,
                        plan.cell(table, "row_id", item.row),
                        row_id=item.row_id,
                        other=ids[item.row_id][1],
                    )
                )
            else:
                ids[item.row_id] = (table.key, item.row)
    return out


def history_consistent(plan: Plan) -> list[Finding]:
    """Each history row names an amendment and a row that existed before it, says what changed (old ≠ new), and
    the latest change of each value is what the row holds now (else the first version cannot be re-made)."""
    out: list[Finding] = []
    sheet = plan.sheet(H)
    known = {a.number for a in plan.amendments if a.number is not None}
    by_id = {item.row_id: (table, item) for table, item in _rows(plan) if item.row_id}
    latest: dict[tuple[str, str], object] = {}
    for change in sorted(plan.history, key=lambda c: (c.amendment or 0, c.row or 0)):
        if change.amendment is not None and change.amendment not in known:
            cell = plan.cell(H, "amendment", change.row)
            out.append(finding("E-HISTORY-AMENDMENT-UNKNOWN", sheet, cell, number=change.amendment))
        if change.row_id and change.row_id not in by_id:
            out.append(
                finding("E-HISTORY-ROW-UNKNOWN", sheet, plan.cell(H, "row_id", change.row), row_id=change.row_id)
            )
            continue
        if not (change.row_id and change.field and change.amendment is not None):
            continue
        table, item = by_id[change.row_id]
        n = change.amendment
        if (item.added_in or 0) >= n or (item.cancelled_in is not None and item.cancelled_in < n):
            out.append(
                finding(
                    "E-HISTORY-ROW-NOT-BEFORE",
                    sheet,
                    plan.cell(H, "row_id", change.row),
                    number=n,
                    name=fields.name_of(item),
                    added=item.added_in or 0,
                )
            )
        if change.old == change.new and not change.unparsed:
            out.append(finding("W-HISTORY-SAME", sheet, plan.cell(H, "new", change.row), value=_shown(change.new)))
        latest[(change.row_id, change.field)] = change
    for (row_id, key), change in latest.items():
        table, item = by_id[row_id]
        current = fields.get(item, key)
        if current != change.new and key not in item.unparsed:
            out.append(
                finding(
                    "W-HISTORY-STALE",
                    plan.sheet(table),
                    plan.cell(table, key, item.row),
                    field=fields.header(table, key),
                    field_en=key,
                    name=fields.name_of(item),
                    current=_shown(current),
                    number=change.amendment,
                    recorded=_shown(change.new),
                )
            )
    return out


def amendments_say_what(plan: Plan) -> list[Finding]:
    """Every amendment adds, changes or cancels something, and a เพิ่มเติม only adds, a แก้ไข only changes/cancels."""
    out: list[Finding] = []
    sheet = plan.sheet(A)
    adds: dict[int, int] = defaultdict(int)
    changes: dict[int, int] = defaultdict(int)
    for _, item in _rows(plan):
        if item.added_in:
            adds[item.added_in] += 1
        if item.cancelled_in:
            changes[item.cancelled_in] += 1
    for change in plan.history:
        if change.amendment is not None:
            changes[change.amendment] += 1
    for a in plan.amendments:
        if a.number is None:
            continue
        cell = _cell(plan, a, "kind")
        if not adds[a.number] and not changes[a.number]:
            out.append(finding("W-AMEND-EMPTY", sheet, _cell(plan, a, "number"), number=a.number))
            continue
        wrong = None
        if a.kind in schema.ADDING_ONLY_KINDS and changes[a.number]:
            wrong = "word.amend_changes"
        elif a.kind in schema.CHANGING_ONLY_KINDS and adds[a.number]:
            wrong = "word.amend_adds"
        if wrong:
            th, en = messages.CATALOGUE[wrong]
            out.append(finding("W-AMEND-KIND-MISMATCH", sheet, cell, number=a.number, kind=a.kind, what=th, what_en=en))
    return out


def _shown(value: object) -> str:
    if value is None:
        return ""
    if value is True:
        return schema.MONTH_MARK
    if value is False:
        return ""
    return str(value)


RULES = (amendments_numbered, amendment_dates, row_versions, history_consistent, amendments_say_what)
