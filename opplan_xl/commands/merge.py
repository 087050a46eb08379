"""``opplan merge BOOK FORM.xlsx [FORM2.xlsx …] [-o OUT] [--prefer-form] [--amendment auto|new|join|N]
[--event-date DATE]``: merge returned agency forms.

The result is a NEW workbook built by the builder (default ``<book>-รวม.xlsx`` beside the book, ``-รวม.xlsm`` with
the macros and ribbon of ``opplan build-workbook`` when the book is an .xlsm; an existing one is kept as a numbered
backup), with a merge report sheet; the original workbook is never written. Being rebuilt from the plan, it lacks
the sheets and columns the officer added to the book: the report lists them. Exit 0 when every form was merged
cleanly, 1 when rows of a form have errors (they are reported and kept out of the master), 2 when a file was
refused (the others are still merged) or the workbook cannot be read.

After the plan was announced, the forms do not change the announced version: they make or join an amendment
(:mod:`opplan_xl.agency.late`; ``--amendment`` says which, ``--event-date`` the day the notice came), and a Thai
sentence says which.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .. import messages, schema
from . import common
from .common import merged_output as default_output  # noqa: F401  (the name tests and callers know)


def configure(parser: argparse.ArgumentParser, lang: str) -> None:
    parser.add_argument("book", metavar="BOOK", help=messages.text("ui.cli.book", lang))
    parser.add_argument("forms", metavar="FORM", nargs="+", help=messages.text("ui.cli.forms", lang))
    parser.add_argument("-o", "--output", metavar="OUT.xlsx", help=messages.text("ui.cli.out_merge", lang))
    parser.add_argument("--prefer-form", action="store_true", help=messages.text("ui.cli.prefer_form", lang))
    parser.add_argument(
        "--amendment", default="auto", metavar="auto|new|join|N", help=messages.text("ui.cli.merge_amendment", lang)
    )
    parser.add_argument("--event-date", metavar="DATE", help=messages.text("ui.cli.merge_event_date", lang))
    common.add_limits(parser, lang)


def run(args: argparse.Namespace) -> int:
    from ..agency.late import AmendmentChoiceError, choose, merge_returned
    from ..agency.report import report_lines, write_merged
    from ..agency.returned import read_form
    from ..findings import has_errors
    from ..xlsx.rebuilt import not_carried, rebuilt_sheet_names

    lang = args.lang
    try:
        master, _findings, raw = common.load_book(args.book, args)
    except common.Unreadable as exc:
        return common.print_unreadable(exc, lang, False)
    try:
        choose(master, getattr(args, "amendment", "auto"))
    except AmendmentChoiceError as exc:
        print(exc.text(lang), file=sys.stderr)
        return common.EXIT_UNREADABLE
    event_date = None
    if getattr(args, "event_date", None) is not None:
        from .amend import _date

        try:
            event_date = _date(args.event_date, lang)
        except ValueError:
            return common.EXIT_UNREADABLE
    book = Path(args.book)
    if args.output and common.same_file(args.output, book):
        print(messages.text("E-MERGE-INTO-ORIGINAL", lang, path=args.output), file=sys.stderr)
        return common.EXIT_UNREADABLE
    out = common.output_path(
        args.output,
        default=common.merged_output(book),
        suffixes=(".xlsx", ".xlsm"),
        inputs=tuple(args.forms),
        lang=lang,
    )
    if out is None or common.same_file(out, book):
        if out is not None:
            print(messages.text("E-MERGE-INTO-ORIGINAL", lang, path=out), file=sys.stderr)
        return common.EXIT_UNREADABLE
    max_bytes = int(getattr(args, "max_size", schema.DEFAULT_MAX_FILE_BYTES / 1024 / 1024) * 1024 * 1024)
    from ..progress import Progress

    progress = Progress(lang)
    forms = [read_form(f, master, max_bytes=max_bytes) for f in progress.items(args.forms, "ui.progress.forms")]
    with progress.stage("ui.progress.merge"):
        result = merge_returned(
            master,
            forms,
            prefer_form=args.prefer_form,
            choice=getattr(args, "amendment", "auto"),
            event_date=event_date,
        )
    kept = rebuilt_sheet_names(xlsm=out.suffix.lower() == ".xlsm", merge_report=True)
    result.not_carried = not_carried(raw, kept, book.name)
    for line in report_lines(result, lang):
        print(line)
    print()
    if not result.merged:
        print(messages.text("ui.merge.nothing", lang))
        return common.EXIT_UNREADABLE
    with progress.stage("ui.progress.write", path=out):
        written = write_merged(result, out, book=book.name)
    print(messages.text("ui.merge.written", lang, path=written.path, book=book))
    if written.backup is not None:
        print(messages.text("ui.backup", lang, path=written.backup))
    if result.refused:
        return common.EXIT_UNREADABLE
    if any(has_errors(m.form.findings) for m in result.merged):
        return common.EXIT_ERRORS
    return common.EXIT_OK
