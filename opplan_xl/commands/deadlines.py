"""``opplan deadlines [BOOK] [--budget-act-date D] [--announced D] [--posted D] [--taken-down D] [--json]``.

Dates may be ISO CE (2025-10-01), ISO BE (2568-10-01) or Thai text with Arabic or Thai digits; given
dates override the workbook's.
"""

from __future__ import annotations

import argparse

from .. import messages
from . import common

_DATE_ARGS = (
    ("--budget-act-date", "budget_act_date"),
    ("--announced", "announced_date"),
    ("--posted", "posted_date"),
    ("--taken-down", "taken_down_date"),
)


def configure(parser: argparse.ArgumentParser, lang: str) -> None:
    parser.add_argument("book", metavar="BOOK", nargs="?", help=messages.text("ui.cli.book_optional", lang))
    for flag, key in _DATE_ARGS:
        parser.add_argument(flag, dest=key, metavar="D", help=messages.text(f"ui.cli.{key}", lang))
    parser.add_argument("--roll-forward", action="store_true", help=messages.text("ui.cli.roll_forward", lang))
    parser.add_argument("--json", action="store_true", help=messages.text("ui.cli.json", lang))
    common.add_limits(parser, lang)


def run(args: argparse.Namespace) -> int:
    import dataclasses
    import sys

    from ..deadlines import compute, deadline_findings, deadlines_json
    from ..findings import has_errors
    from ..model import Plan
    from ..thai import ImpossibleDate, ThaiParseError, parse_date

    if args.book:
        try:
            plan, _ = common.load_plan(args.book, args)
        except common.Unreadable as exc:
            return common.print_unreadable(exc, args.lang, args.json)
    else:
        plan = Plan()
    for _flag, key in _DATE_ARGS:
        value = getattr(args, key)
        if value is None:
            continue
        try:
            setattr(plan.settings, key, parse_date(value))
        except ImpossibleDate as exc:
            print(
                messages.text("ui.bad_date_arg.impossible", args.lang, value=value, reason=exc.reason), file=sys.stderr
            )
            return common.EXIT_UNREADABLE
        except ThaiParseError:
            print(messages.text("ui.bad_date_arg", args.lang, value=value), file=sys.stderr)
            return common.EXIT_UNREADABLE
    if args.roll_forward:
        plan.settings.roll_forward = True
    result = compute(plan.settings)
    findings = deadline_findings(plan)
    if not args.book:  # the dates came from the command line: there is no sheet or cell to point at
        findings = [dataclasses.replace(f, sheet="", cell="") for f in findings]
    else:  # a date given on the command line is not the workbook's cell either
        given = {plan.setting_cell(key) for _flag, key in _DATE_ARGS if getattr(args, key) is not None}
        findings = [
            dataclasses.replace(f, sheet="", cell="") if f.sheet == plan.settings_sheet and f.cell in given else f
            for f in findings
        ]
    if args.json:
        common.print_json(deadlines_json(result, findings, args.lang))
    else:
        _print(result, findings, args.lang)
    return common.EXIT_ERRORS if has_errors(findings) else common.EXIT_OK


def _print(result, findings, lang: str) -> None:
    from ..thai import format_date

    for key in ("plan_due", "post_by", "keep_posted_through", "take_down_from"):
        value = getattr(result, key)
        if not value:
            shown = messages.text("ui.deadlines.unknown", lang)
        elif lang == "en":
            shown = f"{value.day} {value:%B %Y} (BE {value.year + 543})"
        else:
            shown = format_date(value, "long", thai_digits=False)
        print(f"{messages.text(f'ui.deadlines.{key}', lang)}: {shown}")
    if findings:
        print()
        common.print_findings(findings, lang)
