"""``opplan amend OLD NEW --kind K --event E --event-date D [...] -o OUT``: an amendment from two workbooks.

OLD is the plan as announced (with its earlier amendments), NEW the officer's edited copy. OUT is a NEW workbook
(.xlsx, or .xlsm with the ribbon): OLD's rows untouched, changed rows with their history, removed rows cancelled,
added rows marked with the new amendment's number (``opplan_xl.versions.amend``). Neither OLD nor NEW is written.
Nothing is written when a row cannot be matched for sure. Exit 0 when written, 1 when there was nothing to amend
or rows are ambiguous, 2 on unreadable input or bad arguments.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from .. import messages, schema
from . import common


def configure(parser: argparse.ArgumentParser, lang: str) -> None:
    parser.add_argument("old", metavar="OLD", help=messages.text("ui.cli.old_book", lang))
    parser.add_argument("new", metavar="NEW", help=messages.text("ui.cli.new_book", lang))
    kinds, events = ", ".join(schema.AMENDMENT_TYPES), ", ".join(schema.AMENDMENT_EVENTS)
    parser.add_argument(
        "--kind",
        required=True,
        choices=schema.AMENDMENT_TYPES,
        help=messages.text("ui.cli.amend_kind", lang, choices=kinds),
    )
    parser.add_argument(
        "--event",
        required=True,
        choices=schema.AMENDMENT_EVENTS,
        help=messages.text("ui.cli.amend_event", lang, choices=events),
    )
    parser.add_argument(
        "--event-date", required=True, metavar="DATE", help=messages.text("ui.cli.amend_event_date", lang)
    )
    parser.add_argument("--reference", help=messages.text("ui.cli.amend_reference", lang))
    parser.add_argument("--reason", help=messages.text("ui.cli.amend_reason", lang))
    parser.add_argument("--committee-date", metavar="DATE", help=messages.text("ui.cli.amend_committee", lang))
    parser.add_argument("--announced", metavar="DATE", help=messages.text("ui.cli.amend_announced", lang))
    parser.add_argument(
        "-o", "--output", required=True, metavar="OUT.xlsx", help=messages.text("ui.cli.out_book", lang)
    )
    common.add_limits(parser, lang)


def _date(text: str | None, lang: str) -> dt.date | None:
    """A date typed on the command line: ISO (CE) or Thai (BE), as the workbook's cells take them."""
    from .. import thai

    if text is None:
        return None
    try:
        d = thai.parse_date(text)
    except thai.ThaiParseError:
        d = None
    if d is None or d.year >= 2400:
        print(messages.text("ui.amend.bad_date", lang, value=text), file=sys.stderr)
        raise ValueError(text)
    return d


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from ..files import safe_write
    from ..model import Amendment
    from ..versions.amend import amend
    from .diff import print_diff

    lang = args.lang
    out = Path(args.output)
    for source in (args.old, args.new):
        if out.resolve() == Path(source).resolve():
            print(messages.text("ui.amend.same_file", lang, path=source), file=sys.stderr)
            return common.EXIT_UNREADABLE
    try:
        dates = {
            "event_date": _date(args.event_date, lang),
            "committee_date": _date(args.committee_date, lang),
            "announced_date": _date(args.announced, lang),
        }
    except ValueError:
        return common.EXIT_UNREADABLE
    try:
        old, _ = common.load_plan(args.old, args)
        new, _ = common.load_plan(args.new, args)
    except common.Unreadable as exc:
        return common.print_unreadable(exc, lang, False)
    amendment = Amendment(kind=args.kind, event=args.event, reference=args.reference, reason=args.reason, **dates)
    result = amend(old, new, amendment)
    print_diff(old, new, result.diff, lang)
    if result.plan is None:
        print(messages.text("ui.amend.ambiguous", lang, n=len(result.diff.ambiguous)), file=sys.stderr)
        return common.EXIT_ERRORS
    if result.diff.empty:
        print(messages.text("ui.amend.nothing", lang), file=sys.stderr)
        return common.EXIT_ERRORS
    if out.suffix.lower() == ".xlsm":
        from ..xlsx.workbook import build_xlsm

        data = build_xlsm(result.plan)
    else:
        from ..xlsx.write import workbook_bytes

        data = workbook_bytes(result.plan)
    backup = safe_write(out, data)
    d = result.diff
    print(
        messages.text(
            "ui.amend.done",
            lang,
            kind=args.kind,
            number=result.number,
            added=len(d.added),
            changed=len(d.changed),
            removed=len(d.removed),
        )
    )
    print(messages.text("ui.written", lang, path=out))
    if backup is not None:
        print(messages.text("ui.backup", lang, path=backup))
    return common.EXIT_OK


def demo_amendments(demo) -> None:
    """``opplan demo``: the sample plan with its two sample amendments (a เพิ่มเติม and a แก้ไข), the consolidated
    ผด.01, and the second amendment's document."""
    from ..document import generate_document
    from ..rollup import rollup
    from ..versions import views
    from ..versions.sample import with_sample_amendments
    from ..xlsx.write import write_workbook
    from .rollup import print_summary

    plan = with_sample_amendments(demo.plan)
    path = write_workbook(plan, demo.folder / "opplan-example-แก้ไขเพิ่มเติม.xlsx")
    demo.files["amended"] = path
    demo.say("ui.written", path=path)
    print_summary(rollup(views.consolidated(plan)), demo.lang)
    out = demo.folder / ("opplan-example" + schema.DOC_SUFFIX_AMENDMENT.format(n=2) + ".docx")
    result = generate_document(plan, out, lang=demo.lang, version=2)
    demo.files["amendment_document"] = result.docx
    demo.say("ui.written", path=result.docx)
