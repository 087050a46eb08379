"""``opplan merge BOOK FORM.xlsx [FORM2.xlsx …] [-o OUT] [--prefer-form]``: merge returned agency forms.

The result is a NEW workbook built by the builder (default ``<book>-รวม.xlsx`` beside the book, ``-รวม.xlsm`` with
the macros and ribbon of ``opplan build-workbook`` when the book is an .xlsm; an existing one is kept as a numbered
backup), with a merge report sheet; the original workbook is never written. Being rebuilt from the plan, it lacks
the sheets and columns the officer added to the book: the report lists them. Exit 0 when every form was merged
cleanly, 1 when rows of a form have errors (they are reported and kept out of the master), 2 when a file was refused (the others are still merged) or the workbook
cannot be read.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path

from .. import messages, schema
from . import common


def configure(parser: argparse.ArgumentParser, lang: str) -> None:
    parser.add_argument("book", metavar="BOOK", help=messages.text("ui.cli.book", lang))
    parser.add_argument("forms", metavar="FORM", nargs="+", help=messages.text("ui.cli.forms", lang))
    parser.add_argument("-o", "--output", metavar="OUT.xlsx", help=messages.text("ui.cli.out_merge", lang))
    parser.add_argument("--prefer-form", action="store_true", help=messages.text("ui.cli.prefer_form", lang))
    common.add_limits(parser, lang)


_MERGED_STEM = re.compile(r"^(?P<base>.*?)" + re.escape(schema.MERGED_SUFFIX) + r"(?:-(?P<n>\d+))?$")


def default_output(book: str | os.PathLike) -> Path:
    """``<book>-รวม.xlsx`` beside the book (``.xlsm`` for an .xlsm book); merging ``X-รวม.xlsx`` again gives
    ``X-รวม-2.xlsx``, then ``-3`` …"""
    p = Path(book)
    suffix = ".xlsm" if p.suffix.lower() == ".xlsm" else ".xlsx"
    m = _MERGED_STEM.match(p.stem)
    if m is None:
        return p.with_name(f"{p.stem}{schema.MERGED_SUFFIX}{suffix}")
    n = int(m.group("n") or 1) + 1
    return p.with_name(f"{m.group('base')}{schema.MERGED_SUFFIX}-{n}{suffix}")


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def run(args: argparse.Namespace) -> int:
    from ..agency.merge import merge_forms
    from ..agency.report import report_lines, write_merged
    from ..agency.returned import read_form
    from ..findings import has_errors
    from ..xlsx.rebuilt import not_carried, rebuilt_sheet_names

    lang = args.lang
    try:
        master, _findings, raw = common.load_book(args.book, args)
    except common.Unreadable as exc:
        return common.print_unreadable(exc, lang, False)
    book = Path(args.book)
    out = Path(args.output) if args.output else default_output(book)
    if _same_file(out, book) or out.resolve() == book.resolve():
        print(messages.text("E-MERGE-INTO-ORIGINAL", lang, path=out), file=sys.stderr)
        return common.EXIT_UNREADABLE
    max_bytes = int(getattr(args, "max_size", schema.DEFAULT_MAX_FILE_BYTES / 1024 / 1024) * 1024 * 1024)
    forms = [read_form(f, master, max_bytes=max_bytes) for f in args.forms]
    result = merge_forms(master, forms, prefer_form=args.prefer_form)
    kept = rebuilt_sheet_names(xlsm=out.suffix.lower() == ".xlsm", merge_report=True)
    result.not_carried = not_carried(raw, kept, book.name)
    for line in report_lines(result, lang):
        print(line)
    print()
    if not result.merged:
        print(messages.text("ui.merge.nothing", lang))
        return common.EXIT_UNREADABLE
    written = write_merged(result, out, book=book.name)
    print(messages.text("ui.merge.written", lang, path=written.path, book=book))
    if written.backup is not None:
        print(messages.text("ui.backup", lang, path=written.backup))
    if result.refused:
        return common.EXIT_UNREADABLE
    if any(has_errors(m.form.findings) for m in result.merged):
        return common.EXIT_ERRORS
    return common.EXIT_OK


def demo_round_trip(demo) -> None:
    """``opplan demo``: send a form to one agency, fill it as the agency would, merge it back."""
    from ..agency.sample import fill_form, sample_return
    from ..xlsx.read import read_workbook
    from . import export_form

    book = demo.files["workbook"]
    agency = "แขวงทางหลวงชนบทพะเยา"
    form = demo.folder / "แบบฟอร์ม-หน่วยงาน.xlsx"
    had_key = bool(read_workbook(book)[0].settings.plan_key)
    ns = argparse.Namespace(book=str(book), agency=agency, output=str(form), lang=demo.lang, max_size=50.0)
    if export_form.run(ns) != 0:
        demo.exit_code = 2
        return
    master = Path(book) if had_key else default_output(book)
    plan, _ = read_workbook(master)
    rows = sample_return(plan, agency)
    filled = fill_form(form, rows, demo.folder / "แบบฟอร์ม-หน่วยงาน-กรอกแล้ว.xlsx")
    demo.say("ui.demo.agency_filled", agency=agency, n=len(rows), path=filled)
    ns = argparse.Namespace(
        book=str(master), forms=[str(filled)], output=None, prefer_form=False, lang=demo.lang, max_size=50.0
    )
    code = run(ns)
    demo.files["merged"] = default_output(master)
    if code:
        demo.exit_code = max(demo.exit_code, code)
