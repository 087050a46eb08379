"""Views of a plan: pure functions Plan → Plan, so rollup(), the rules and the document take any version.

Version 0 is the first version (ฉบับแรก); version N is the plan after amendment N. A view keeps the rows that
exist in that version (added by then, not cancelled by then) with the values they had then: the current values
with the history's changes of later amendments undone, latest first. Rows keep their sheet row, so findings on a
view still name cells. The plan given is never changed; rows a view changes are copies.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from ..model import Amendment, Change, Plan
from . import fields


def numbers(plan: Plan) -> list[int]:
    """The amendment numbers, in order."""
    return sorted({a.number for a in plan.amendments if a.number is not None})


def latest(plan: Plan) -> int:
    """The number of the last amendment, 0 when the plan has none (a plan without amendments is version 1)."""
    return max(numbers(plan), default=0)


def amendment(plan: Plan, number: int) -> Amendment | None:
    return next((a for a in plan.amendments if a.number == number), None)


def exists_in(item: fields.Item, version: int) -> bool:
    """True when the row is part of the plan after amendment ``version`` (0: the first version)."""
    return (item.added_in or 0) <= version and not (item.cancelled_in is not None and item.cancelled_in <= version)


def after(plan: Plan, version: int) -> Plan:
    """The plan as it stood after amendment ``version`` (0: the first version)."""
    undo: dict[str, list[Change]] = defaultdict(list)
    for change in sorted(plan.history, key=lambda c: (c.amendment or 0, c.row or 0), reverse=True):
        if change.amendment is not None and change.amendment > version and change.row_id and change.field:
            undo[change.row_id].append(change)

    def rows(items: list) -> list:
        out = []
        for item in items:
            if not exists_in(item, version):
                continue
            changes = undo.get(item.row_id) if item.row_id else None
            if changes:
                item = item.model_copy(deep=True)
                for change in changes:
                    fields.put(item, change.field, change.old)
            out.append(item)
        return out

    return plan.model_copy(update={"projects": rows(plan.projects), "equipment": rows(plan.equipment)})


def first_version(plan: Plan) -> Plan:
    """The plan as first announced (ฉบับแรก)."""
    return after(plan, 0)


def consolidated(plan: Plan) -> Plan:
    """The current plan (ฉบับรวม): every amendment applied, cancelled rows out, changed rows with their latest values."""
    return after(plan, latest(plan))


def as_at(plan: Plan, day: dt.date) -> Plan:
    """The plan in force on ``day``: every amendment announced on or before it applied."""
    done = [a.number for a in plan.amendments if a.number is not None and a.announced_date and a.announced_date <= day]
    return after(plan, max(done, default=0))


@dataclass(frozen=True)
class Own:
    """What amendment N itself did: rows it added, rows it changed (with their values before and after), rows it
    cancelled (as they were before)."""

    number: int
    added: Plan  # the rows it added, with their values after N
    changed: Plan  # the rows it changed, with their values after N
    before: Plan  # the same changed rows, with their values before N
    cancelled: Plan  # the rows it cancelled, as they were before N
    changes: tuple[Change, ...]  # its history rows

    @property
    def items(self) -> Plan:
        """Its own projects and equipment (added and changed, after N): what its ผด.01 counts."""
        return self.added.model_copy(
            update={
                "projects": [*self.added.projects, *self.changed.projects],
                "equipment": [*self.added.equipment, *self.changed.equipment],
            }
        )


def own(plan: Plan, number: int) -> Own:
    """The parts of amendment ``number``, each a view of the plan."""
    now, was = after(plan, number), after(plan, number - 1)
    changes = tuple(c for c in plan.history if c.amendment == number)
    changed_ids = {c.row_id for c in changes if c.row_id}

    def pick(view: Plan, keep) -> Plan:
        return view.model_copy(
            update={
                "projects": [p for p in view.projects if keep(p)],
                "equipment": [e for e in view.equipment if keep(e)],
            }
        )

    def is_changed(item: fields.Item) -> bool:
        return bool(item.row_id) and item.row_id in changed_ids and (item.added_in or 0) != number

    return Own(
        number=number,
        added=pick(now, lambda i: (i.added_in or 0) == number),
        changed=pick(now, is_changed),
        before=pick(was, lambda i: is_changed(i) and i.cancelled_in != number),
        cancelled=pick(was, lambda i: i.cancelled_in == number),
        changes=changes,
    )
