"""``opplan diff OLD NEW [--json]``: what was added, changed (field by field) and removed between two workbooks.

Rows are matched by the hidden row id, then by content, then by name (``opplan_xl.versions.diff``); a row that
cannot be matched for sure is reported, not guessed. Exit 0 when there is no difference, 1 when there are, 2 when a
workbook cannot be read.
"""

from __future__ import annotations

import argparse

from .. import messages
from . import common


def configure(parser: argparse.ArgumentParser, lang: str) -> None:
    parser.add_argument("old", metavar="OLD", help=messages.text("ui.cli.old_book", lang))
    parser.add_argument("new", metavar="NEW", help=messages.text("ui.cli.new_book", lang))
    parser.add_argument("--json", action="store_true", help=messages.text("ui.cli.json", lang))
    common.add_limits(parser, lang)


def _shown(value: object) -> str:
    from .. import schema

    if value is True:
        return schema.MONTH_MARK
    if value is False or value is None:
        return "-"
    return str(value)


def diff_json(old, new, d, lang: str) -> dict:
    """The diff as data: rows with sheet, row, id and name; changes with field key, Thai header, old and new."""
    from ..versions import fields

    def row(plan, table, i) -> dict:
        item = fields.items(plan, table)[i]
        return {"sheet": plan.sheet(table), "row": item.row, "row_id": item.row_id, "name": fields.name_of(item)}

    return {
        "added": [row(new, t, j) for t, j in d.added],
        "removed": [row(old, t, i) for t, i in d.removed],
        "changed": [
            {
                **row(old, c.table, c.old_index),
                "new_row": fields.items(new, c.table)[c.new_index].row,
                "fields": [
                    {"key": f.key, "field": fields.header(c.table, f.key), "old": f.old, "new": f.new} for f in c.fields
                ],
            }
            for c in d.changed
        ],
        "ambiguous": [f.to_json(lang) for f in d.ambiguous],
    }


def print_diff(old, new, d, lang: str) -> None:
    from ..versions import fields

    def say(key: str, plan, table, i) -> None:
        item = fields.items(plan, table)[i]
        print(messages.text(key, lang, sheet=plan.sheet(table), row=item.row or "-", name=fields.name_of(item)))

    for t, j in d.added:
        say("ui.diff.added", new, t, j)
    for c in d.changed:
        say("ui.diff.changed", old, c.table, c.old_index)
        for f in c.fields:
            header = fields.header(c.table, f.key)
            print(messages.text("ui.diff.field", lang, field=header, old=_shown(f.old), new=_shown(f.new)))
    for t, i in d.removed:
        say("ui.diff.removed", old, t, i)
    if d.ambiguous:
        common.print_findings(d.ambiguous, lang)
    if d.empty:
        print(messages.text("ui.diff.none", lang))
    else:
        counts = {"added": len(d.added), "changed": len(d.changed), "removed": len(d.removed)}
        print(messages.text("ui.diff.summary", lang, **counts, ambiguous=len(d.ambiguous)))


def run(args: argparse.Namespace) -> int:
    from ..versions.diff import diff

    try:
        old, _ = common.load_plan(args.old, args)
        new, _ = common.load_plan(args.new, args)
    except common.Unreadable as exc:
        return common.print_unreadable(exc, args.lang, args.json)
    d = diff(old, new)
    if args.json:
        common.print_json(diff_json(old, new, d, args.lang))
    else:
        print_diff(old, new, d, args.lang)
    return common.EXIT_OK if d.empty else common.EXIT_ERRORS
