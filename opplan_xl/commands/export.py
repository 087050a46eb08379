"""``opplan export BOOK [--format csv|json] [-o OUT] [--as-of DATE] [--version first|consolidated|N] [--header en|th]``:
the plan (and its progress, when there is any) as open data for the office's website and civic projects.

By default the plan in force today: every amendment announced on or before the date (``--as-of`` gives another
date), so the data never shows an amendment not yet announced (a note names the ones left out).
``--version consolidated`` takes every amendment in the workbook, ``first`` the plan as first announced, ``N`` the
whole plan after amendment N (not only its own rows, as ``rollup --amendment N`` counts: open data republishes a
whole plan). The format is ``--format`` or the extension of ``-o``; CSV by default.

Writes ``<book>-opendata.csv`` (or ``.json``) beside the workbook, or OUT (a folder: into it), keeping a previous
file as a numbered backup; ASCII in the default name because the file goes on a website. Exit 0 when written, 1 when
written but the workbook has errors (like ``generate``: the data may leave out or mis-state what the findings name,
said on stderr), 2 when the workbook cannot be read, the output is refused or an argument is wrong.
"""

from __future__ import annotations

import argparse

from .. import messages
from . import common

FORMATS = ("csv", "json")
DEFAULT_SUFFIX = "-opendata"


def configure(parser: argparse.ArgumentParser, lang: str) -> None:
    parser.add_argument("book", metavar="BOOK", help=messages.text("ui.cli.book", lang))
    parser.add_argument("--format", choices=FORMATS, help=messages.text("ui.cli.export_format", lang))
    parser.add_argument("-o", "--out", metavar="OUT", help=messages.text("ui.cli.export_out", lang))
    parser.add_argument("--as-of", metavar="DATE", help=messages.text("ui.cli.export_as_of", lang))
    parser.add_argument(
        "--version",
        dest="plan_version",
        metavar="first|consolidated|N",
        help=messages.text("ui.cli.export_version", lang),
    )
    parser.add_argument(
        "--header", choices=("en", "th"), default="en", help=messages.text("ui.cli.export_header", lang)
    )
    common.add_limits(parser, lang)


def _version(text: str | None, lang: str) -> str | int | None:
    """None (the plan in force on the date), "first", "consolidated" or an amendment number; ValueError after a Thai
    message when it is none of them."""
    import sys

    if text is None:
        return None
    word = text.strip().lower()
    if word in ("first", "consolidated"):
        return word
    if word.isdigit() and int(word) > 0:
        return int(word)
    print(messages.text("ui.export.bad_version", lang, value=text), file=sys.stderr)
    raise ValueError(text)


def _format(args: argparse.Namespace) -> str:
    from pathlib import Path

    if args.format:
        return args.format
    if args.out and not Path(args.out).is_dir():
        suffix = Path(args.out).suffix.lower().lstrip(".")
        if suffix in FORMATS:
            return suffix
    return "csv"


def run(args: argparse.Namespace) -> int:
    import datetime as dt
    import sys
    from pathlib import Path

    from ..files import safe_write
    from ..findings import Severity, sort_findings
    from ..opendata import open_data, to_csv, to_json
    from ..opendata.rows import not_in_force
    from ..rules import REPORT_RULES, validate
    from ..versions import views
    from .amend import _date

    try:
        which = _version(args.plan_version, args.lang)
        as_of = _date(args.as_of, args.lang) if args.as_of else None
    except ValueError:
        return common.EXIT_UNREADABLE
    fmt = _format(args)
    book = Path(args.book)
    out = common.output_path(
        args.out,
        default=book.with_name(f"{book.stem}{DEFAULT_SUFFIX}.{fmt}"),
        suffixes=(f".{fmt}",),
        inputs=(args.book,),
        lang=args.lang,
    )
    if out is None:
        return common.EXIT_UNREADABLE
    try:
        plan, findings = common.load_plan(args.book, args)
    except common.Unreadable as exc:
        return common.print_unreadable(exc, args.lang, False)
    if isinstance(which, int) and which not in views.numbers(plan):
        have = ", ".join(str(n) for n in views.numbers(plan)) or "-"
        print(messages.text("ui.version.unknown", args.lang, number=which, known=have), file=sys.stderr)
        return common.EXIT_UNREADABLE
    findings = sort_findings([*findings, *validate(plan, REPORT_RULES)])
    errors = [f for f in findings if f.severity is Severity.ERROR]

    day = as_of or dt.date.today()
    data = open_data(plan, version=which, as_of=day, source_name=book.name)
    left_out = not_in_force(plan, data.meta["version"])
    if which is None and left_out:
        numbers = ", ".join(str(n) for n in left_out)
        print(messages.text("ui.export.not_in_force", args.lang, numbers=numbers, date=day.isoformat()))
    backup = safe_write(out, to_csv(data, args.header) if fmt == "csv" else to_json(data))
    print(messages.text("ui.written", args.lang, path=out))
    if backup is not None:
        print(messages.text("ui.backup", args.lang, path=backup))
    t = data.totals
    print(
        messages.text(
            "ui.export.summary",
            args.lang,
            projects=t["projects"]["count"],
            equipment=t["equipment"]["count"],
            budget=f"{t['all']['budget']:,.2f}",
            version=data.meta["version"],
        )
    )
    if t["reconciled"]:
        print(messages.text("ui.export.reconciled", args.lang))
    else:  # pragma: no cover - the rows and rollup() count the same view; a test checks random plans
        print(messages.text("ui.export.not_reconciled", args.lang), file=sys.stderr)
    if fmt == "csv":
        print(messages.text("ui.export.csv_note", args.lang))
    if errors:
        print(messages.text("ui.export.has_errors", args.lang, n=len(errors)), file=sys.stderr)
        for f in errors:
            print("  " + f.text(args.lang), file=sys.stderr)
        return common.EXIT_ERRORS
    return common.EXIT_OK
