"""A new amendment from two plans (``opplan amend OLD NEW``): the old plan plus what the new one changed.

The result is a copy of the old plan (never the old file: the command writes a new workbook) in which every row
has a stable id, and amendment N (the next number) is added with its kind, event and dates: rows new in NEW are
added with ``added_in = N``; changed rows take NEW's values, each changed value recorded in the history (old and
new); removed rows stay, cancelled (``cancelled_in = N``). Strategies NEW added are carried over. Nothing OLD said
is lost: the first version and every earlier amendment are still views of the result (:mod:`.views`).

An added row keeps the id it has when no row of OLD uses it (a row an earlier, re-made amendment added). An
amendment not yet announced can be made again with more changes: :func:`reopen` takes it off, then :func:`amend`
the reopened plan with everything (opplan_xl/agency/late.py: a second late agency form joins the amendment).
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import schema
from ..model import Amendment, Change, Plan
from . import fields, ids, views
from .diff import Diff, diff


@dataclass(frozen=True)
class Amended:
    plan: Plan | None  # None when the diff had ambiguous rows (then nothing is written)
    diff: Diff
    number: int


def amend(
    old: Plan,
    new: Plan,
    amendment: Amendment,
    *,
    by_id: bool = False,
    reserved: set[str] | frozenset[str] = frozenset(),
) -> Amended:
    """``old`` with ``new``'s differences as amendment ``amendment`` (its number is set to the next one).

    ``by_id``: rows are matched by their ids only (see :func:`.diff.diff`). ``reserved``: ids a new row without its
    own id is never given (ids of a workbook written before, e.g. of rows a reopened amendment had added)."""
    d = diff(old, new, by_id=by_id)
    number = views.latest(old) + 1
    if d.ambiguous:
        return Amended(None, d, number)
    out = ids.with_ids(old)
    out.source_path = None
    out.reported = set()
    out.amendments = [*out.amendments, amendment.model_copy(update={"number": number, "row": None})]
    history = list(out.history)
    for change in d.changed:
        row = fields.items(out, change.table)[change.old_index]
        source = fields.items(new, change.table)[change.new_index]
        for fc in change.fields:
            history.append(
                Change(
                    amendment=number,
                    row_id=row.row_id,
                    item=fields.name_of(source) or fields.name_of(row),
                    field=fc.key,
                    old=fc.old,
                    new=fc.new,
                )
            )
            fields.put(row, fc.key, fc.new)
        for key in schema.PROVENANCE_KEYS if change.table is schema.PROJECTS else ():
            setattr(row, key, getattr(source, key))
        row.unparsed = dict(source.unparsed)
    out.history = history
    for table, i in d.removed:
        fields.items(out, table)[i].cancelled_in = number
    counters = {t.key: int(ids.next_id(out, t)[1:]) for t in fields.TABLES}
    used = {r.row_id for t in fields.TABLES for r in fields.items(out, t) if r.row_id}
    taken = used | set(reserved)
    kept: set[str] = set()  # ids of added rows that no row of OLD uses: they stay
    for table, j in d.added:
        rid = fields.items(new, table)[j].row_id
        if rid and rid not in used and rid not in kept:
            kept.add(rid)
    for table, j in d.added:
        row = fields.items(new, table)[j].model_copy(deep=True)
        if row.row_id in kept:
            kept.discard(row.row_id)  # a second row with that id gets a new one
        else:
            while True:
                row.row_id = f"{schema.ROW_ID_PREFIX[table.key]}{counters[table.key]:04d}"
                counters[table.key] += 1
                if row.row_id not in taken and row.row_id not in kept:
                    break
        used.add(row.row_id)
        taken.add(row.row_id)
        row.added_in, row.cancelled_in, row.row = number, None, None
        fields.items(out, table).append(row)
    known = {s.code for s in out.strategies}
    out.strategies += [s.model_copy(deep=True) for s in new.strategies if s.code and s.code not in known]
    _keep_news_own_state(out, new, d)
    return Amended(out, d, number)


# What the officer keeps up to date in NEW that is not the plan's content: progress on every matched row, the
# settings (a new executive, the posting place …) but for the dates of the versions already announced, and the
# document's wording. None of it is an amendment (versions/fields.tracked_keys leaves it out), so none of it is
# lost by making one.
_ANNOUNCED_SETTINGS = ("budget_act_date", "committee_date", "announced_date", "posted_date", "taken_down_date")


def _keep_news_own_state(out: Plan, new: Plan, d: Diff) -> None:
    for table, i, j in d.pairs:
        row, source = fields.items(out, table)[i], fields.items(new, table)[j]
        for key in schema.PROGRESS_KEYS:
            setattr(row, key, getattr(source, key))
    kept = {key: getattr(out.settings, key) for key in _ANNOUNCED_SETTINGS}
    kept |= {key: getattr(out.settings, key) for key in ("amendment_kind", "amendment_no", "plan_key", "merged_forms")}
    out.settings = new.settings.model_copy(deep=True, update=kept)
    out.paragraphs = [p.model_copy(deep=True) for p in new.paragraphs]


def reopen(plan: Plan, number: int) -> Plan:
    """A copy of ``plan`` without amendment ``number`` (its latest): the rows it added out, the rows it cancelled
    back, the values it changed put back from its history rows, its history rows and its own row gone. Amending the
    result again with all that ``number`` did plus more makes ``number`` again, bigger (its ids are kept)."""
    if number != views.latest(plan):
        raise ValueError(f"only the latest amendment ({views.latest(plan)}) can be reopened, not {number}")
    out = plan.model_copy(deep=True)
    by_id = {r.row_id: r for t in fields.TABLES for r in fields.items(out, t) if r.row_id}
    own = [c for c in out.history if c.amendment == number]
    for change in reversed(own):
        row = by_id.get(change.row_id or "")
        found = fields.history_column(change.field, change.row_id)
        if row is not None and found is not None:
            fields.put(row, found[1], change.old)
    out.history = [c for c in out.history if c.amendment != number]
    for table in fields.TABLES:
        kept = [r for r in fields.items(out, table) if (r.added_in or 0) != number]
        for r in kept:
            if r.cancelled_in == number:
                r.cancelled_in = None
        if table is schema.PROJECTS:
            out.projects = kept
        else:
            out.equipment = kept
    out.amendments = [a for a in out.amendments if a.number != number]
    return out
