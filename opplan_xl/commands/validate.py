"""``opplan validate BOOK [--json]``: check a workbook; exit 0 (no errors), 1 (errors) or 2 (unreadable)."""

from __future__ import annotations

import argparse

from .. import messages
from . import common


def configure(parser: argparse.ArgumentParser, lang: str) -> None:
    parser.add_argument("book", metavar="BOOK", help=messages.text("ui.cli.book", lang))
    parser.add_argument("--json", action="store_true", help=messages.text("ui.cli.json", lang))
    common.add_limits(parser, lang)


def check(path: str, args: argparse.Namespace):
    """Read and validate; returns (plan, findings of reading, parsing and the rules). An agency form is checked
    as a form (opplan_xl/agency/form_check.py): its filled rows only."""
    from ..agency.form_check import check_form, form_identity
    from ..findings import sort_findings
    from ..rules import validate

    plan, findings, raw = common.load_book(path, args)
    identity = form_identity(path)
    if identity is not None:
        return plan, check_form(plan, findings, raw, identity)
    return plan, sort_findings([*findings, *validate(plan)])


def run(args: argparse.Namespace) -> int:
    from ..findings import has_errors

    try:
        _plan, findings = check(args.book, args)
    except common.Unreadable as exc:
        return common.print_unreadable(exc, args.lang, args.json)
    if args.json:
        common.print_json(common.findings_json(findings, args.lang))
    else:
        common.print_findings(findings, args.lang)
    return common.EXIT_ERRORS if has_errors(findings) else common.EXIT_OK
