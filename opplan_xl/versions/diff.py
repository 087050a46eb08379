"""What changed between two plans (``opplan diff OLD NEW``): rows added, changed field by field, and removed.

Both plans are compared as they stand now (their consolidated views: cancelled rows are out). Rows are matched,
per table, in this order, and never guessed:

1. by the stable row id (the hidden column) — when an id appears on several rows of the new plan (a copied row),
   the one whose values equal the old row's is that row and the others count as rows without an id;
2. rows without a match whose values are all equal (unchanged rows of a workbook that has no ids);
3. by name and money source, then by name alone, when exactly one row on each side has it;
4. what is left: a name found on both sides but more than once on one of them is reported as ambiguous (a finding
   on each such row of the new plan), neither added nor removed; other rows are added or removed.

With ``by_id=True`` only step 1 is taken: a row whose id the other side lacks is added or removed. That is for a
NEW made from OLD by the program itself (a merged agency form), where every row that was in OLD kept its id.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from .. import schema
from ..findings import Finding, finding
from ..model import Plan
from . import fields, views


@dataclass(frozen=True)
class FieldChange:
    key: str
    old: object
    new: object


@dataclass(frozen=True)
class Changed:
    table: schema.Table
    old_index: int  # position in the old plan's rows of that table
    new_index: int
    fields: tuple[FieldChange, ...]


@dataclass
class Diff:
    """Indexes are positions in ``old.projects`` / ``new.projects`` (or equipment), by table key."""

    added: list[tuple[schema.Table, int]] = field(default_factory=list)  # new rows
    changed: list[Changed] = field(default_factory=list)
    removed: list[tuple[schema.Table, int]] = field(default_factory=list)  # old rows
    ambiguous: list[Finding] = field(default_factory=list)
    pairs: list[tuple[schema.Table, int, int]] = field(default_factory=list)  # every matched row, changed or not

    @property
    def empty(self) -> bool:
        return not (self.added or self.changed or self.removed or self.ambiguous)


def _key(item: fields.Item) -> str:
    return schema.normalise_header(fields.name_of(item))


def _source_key(item: fields.Item) -> tuple[str, str]:
    return _key(item), schema.normalise_header(item.source or "")


def _match(old: Plan, new: Plan, table: schema.Table, out: Diff, by_id: bool = False) -> None:
    olds = [(i, r) for i, r in enumerate(fields.items(old, table)) if views.exists_in(r, views.latest(old))]
    news = [(i, r) for i, r in enumerate(fields.items(new, table)) if views.exists_in(r, views.latest(new))]
    pairs: list[tuple[int, int]] = []
    old_left = dict(olds)
    new_left = dict(news)

    # 1. ids
    old_by_id: dict[str, list[int]] = defaultdict(list)
    for i, r in olds:
        if r.row_id:
            old_by_id[r.row_id].append(i)
    new_by_id: dict[str, list[int]] = defaultdict(list)
    for j, r in news:
        if r.row_id:
            new_by_id[r.row_id].append(j)
    copied: list[tuple[int, list[int]]] = []  # an old row whose id several new rows carry, none of them unchanged
    for rid, js in new_by_id.items():
        ois = old_by_id.get(rid, [])
        if len(ois) != 1:
            continue
        i = ois[0]
        if len(js) == 1:
            j = js[0]
        else:
            same = [j for j in js if fields.values(new_left[j]) == fields.values(old_left[i])]
            if len(same) != 1:
                copied.append((i, js))
                continue
            j = same[0]
        pairs.append((i, j))
        del old_left[i], new_left[j]

    if by_id:
        old_left, new_left = _copied_ambiguous(new, copied, old_left, new_left, out)
        out.added += [(table, j) for j in new_left]
        out.removed += [(table, i) for i in old_left]
        _changes(old, new, table, pairs, out)
        return

    # 2. equal values
    by_values: dict[tuple, list[int]] = defaultdict(list)
    for i, r in old_left.items():
        by_values[fields.values(r)].append(i)
    for j, r in list(new_left.items()):
        candidates = by_values.get(fields.values(r))
        if candidates:
            i = candidates.pop(0)
            pairs.append((i, j))
            del old_left[i], new_left[j]

    old_left, new_left = _copied_ambiguous(new, copied, old_left, new_left, out)

    # 3. by (name, source), then by name, when unique on both sides
    for key in (_source_key, _key):
        o_groups: dict[object, list[int]] = defaultdict(list)
        n_groups: dict[object, list[int]] = defaultdict(list)
        for i, r in old_left.items():
            o_groups[key(r)].append(i)
        for j, r in new_left.items():
            n_groups[key(r)].append(j)
        for k, js in n_groups.items():
            ois = o_groups.get(k, [])
            if len(js) == 1 and len(ois) == 1 and k not in ("", ("", "")):
                pairs.append((ois[0], js[0]))
                del old_left[ois[0]], new_left[js[0]]

    # 4. ambiguous names, then added / removed
    old_names: dict[str, list[int]] = defaultdict(list)
    for i, r in old_left.items():
        old_names[_key(r)].append(i)
    new_names: dict[str, list[int]] = defaultdict(list)
    for j, r in new_left.items():
        new_names[_key(r)].append(j)
    for name, js in new_names.items():
        ois = old_names.get(name, [])
        if name and ois:
            old_rows = ", ".join(str(old_left[i].row or "?") for i in ois)
            for j in js:
                sheet, cell = fields.name_cell(new, new_left[j])
                out.ambiguous.append(
                    finding("E-DIFF-AMBIGUOUS", sheet, cell, name=fields.name_of(new_left[j]), rows=old_rows)
                )
            for i in ois:
                del old_left[i]
            for j in js:
                del new_left[j]
    out.added += [(table, j) for j in new_left]
    out.removed += [(table, i) for i in old_left]
    _changes(old, new, table, pairs, out)


def _copied_ambiguous(new: Plan, copied: list, old_left: dict, new_left: dict, out: Diff) -> tuple[dict, dict]:
    """A row copied with its id and every copy edited: which one is the old row is not guessed."""
    for i, js in copied:
        js = [j for j in js if j in new_left]
        if i in old_left and len(js) > 1:
            for j in js:
                sheet, cell = fields.name_cell(new, new_left[j])
                row = old_left[i].row or "?"
                out.ambiguous.append(
                    finding("E-DIFF-AMBIGUOUS", sheet, cell, name=fields.name_of(new_left[j]), rows=row)
                )
                del new_left[j]
            del old_left[i]
    return old_left, new_left


def _changes(old: Plan, new: Plan, table: schema.Table, pairs: list[tuple[int, int]], out: Diff) -> None:
    old_rows, new_rows = fields.items(old, table), fields.items(new, table)
    for i, j in sorted(pairs):
        out.pairs.append((table, i, j))
        a, b = old_rows[i], new_rows[j]
        changes = tuple(
            FieldChange(k, fields.get(a, k), fields.get(b, k))
            for k in fields.tracked_keys(table)
            if fields.get(a, k) != fields.get(b, k)
        )
        if changes:
            out.changed.append(Changed(table, i, j, changes))


def diff(old: Plan, new: Plan, *, by_id: bool = False) -> Diff:
    """The differences from ``old`` to ``new``; see the module docstring."""
    out = Diff()
    for table in fields.TABLES:
        _match(old, new, table, out, by_id)
    return out
