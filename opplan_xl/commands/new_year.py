"""``opplan new-year BOOK [--fiscal-year N] [-o NEW] [--carry-over]``: next fiscal year's workbook from this year's.

See :mod:`opplan_xl.rollforward` for what is kept, cleared and renewed. The old workbook is only read. Exit 0, or 2
when the workbook cannot be read, has no fiscal year and none is given, or the output would replace it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .. import messages
from . import common


def configure(parser: argparse.ArgumentParser, lang: str) -> None:
    parser.add_argument("book", metavar="BOOK", help=messages.text("ui.cli.book", lang))
    parser.add_argument("--fiscal-year", metavar="N", help=messages.text("ui.cli.fiscal_year", lang))
    parser.add_argument("-o", "--output", metavar="NEW.xlsx", help=messages.text("ui.cli.out_new_year", lang))
    parser.add_argument("--carry-over", action="store_true", help=messages.text("ui.cli.carry_over", lang))
    common.add_limits(parser, lang)


def default_output(book: str, year: int) -> Path:
    p = Path(book)
    suffix = ".xlsm" if p.suffix.lower() == ".xlsm" else ".xlsx"
    return p.with_name(f"{p.stem}-{year}{suffix}")


def new_year_of(text: str | None, old: int | None) -> tuple[int | None, str | None]:
    """(the new fiscal year, None) or (None, the catalogue key of why not)."""
    from ..thai import ThaiParseError, parse_year

    if text is None or not str(text).strip():
        return (old + 1, None) if old else (None, "ui.new_year.no_year")
    try:
        year = parse_year(text)
    except ThaiParseError:
        return None, "ui.new_year.bad_year"
    if not 2400 <= year <= 2800:
        return None, "ui.new_year.bad_year"
    if old and year <= old:
        return None, "ui.new_year.not_after"
    return year, None


def run(args: argparse.Namespace) -> int:
    from ..rollforward import next_year, write_next_year

    lang = args.lang
    try:
        plan, _findings = common.load_plan(args.book, args)
    except common.Unreadable as exc:
        return common.print_unreadable(exc, lang, False)
    old = plan.settings.fiscal_year
    year, why = new_year_of(args.fiscal_year, old)
    if year is None:
        print(messages.text(why, lang, path=args.book, value=args.fiscal_year, year=args.fiscal_year, old=old),
              file=sys.stderr)  # fmt: skip
        return common.EXIT_UNREADABLE
    out = Path(args.output) if args.output else default_output(args.book, year)
    if common.same_file(out, Path(args.book)):
        print(messages.text("ui.import.into_source", lang, path=args.book), file=sys.stderr)
        return common.EXIT_UNREADABLE
    rolled = next_year(plan, year, carry=args.carry_over)
    path, backup = write_next_year(rolled, out, source_name=Path(args.book).name)
    projects = sum(1 for line, _ in rolled.carried if hasattr(line, "activity"))
    print(
        messages.text(
            "ui.new_year.written",
            lang,
            year=year,
            path=path,
            strategies=len(rolled.plan.strategies),
            projects=projects,
            equipment=len(rolled.carried) - projects,
            old=old,
        )
    )
    if rolled.carried:
        from ..schema import SHEET_ROLL_REPORT

        print(messages.text("ui.new_year.carried_note", lang, sheet=SHEET_ROLL_REPORT, old=old))
    if backup is not None:
        print(messages.text("ui.backup", lang, path=backup))
    return common.EXIT_OK
