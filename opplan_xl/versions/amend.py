"""A new amendment from two plans (``opplan amend OLD NEW``): the old plan plus what the new one changed.

The result is a copy of the old plan (never the old file: the command writes a new workbook) in which every row
has a stable id, and amendment N (the next number) is added with its kind, event and dates: rows new in NEW are
added with ``added_in = N``; changed rows take NEW's values, each changed value recorded in the history (old and
new); removed rows stay, cancelled (``cancelled_in = N``). Strategies NEW added are carried over. Nothing OLD said
is lost: the first version and every earlier amendment are still views of the result (:mod:`.views`).
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


def amend(old: Plan, new: Plan, amendment: Amendment) -> Amended:
    """``old`` with ``new``'s differences as amendment ``amendment`` (its number is set to the next one)."""
    d = diff(old, new)
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
    for table, j in d.added:
        row = fields.items(new, table)[j].model_copy(deep=True)
        row.row_id = f"{schema.ROW_ID_PREFIX[table.key]}{counters[table.key]:04d}"
        counters[table.key] += 1
        row.added_in, row.cancelled_in, row.row = number, None, None
        fields.items(out, table).append(row)
    known = {s.code for s in out.strategies}
    out.strategies += [s.model_copy(deep=True) for s in new.strategies if s.code and s.code not in known]
    return Amended(out, d, number)
