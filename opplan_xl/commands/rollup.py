"""``opplan rollup BOOK [--amendment N | --consolidated | --first] [--json]``: the ผด.01 summary (and other totals)
of a workbook: of the consolidated plan by default (what the workbook's ผด.01 sheet shows), of the first version, or
of amendment N's own projects.

Exit 0, 1 when the workbook has errors (the figures leave out or mis-count what the findings name: said on stderr,
and with ``--json`` the findings are in the output beside the totals, as ``findings`` and ``counts``), 2 when it
cannot be read."""

from __future__ import annotations

import argparse

from .. import messages
from . import common, version


def configure(parser: argparse.ArgumentParser, lang: str) -> None:
    parser.add_argument("book", metavar="BOOK", help=messages.text("ui.cli.book", lang))
    parser.add_argument("--json", action="store_true", help=messages.text("ui.cli.json", lang))
    version.add_arguments(parser, lang)
    common.add_limits(parser, lang)


def print_summary(r, lang: str) -> None:
    """ผด.01 as a plain-text table (widths counted in display columns, so Thai marks do not shift them)."""
    from ..thai import format_amount, pad

    cols = messages.text("ui.rollup.columns", lang).split("|")

    def line(label: str, projects: object, p_pct: object, budget: object, b_pct: object, agencies: str = "") -> str:
        cells = (pad(label, 48), pad(str(projects), 8, ">"), pad(str(p_pct), 8, ">"), pad(str(budget), 17, ">"))
        return " ".join((*cells, pad(str(b_pct), 8, ">"))) + (f"  {agencies}" if agencies else "")

    print(messages.text("ui.rollup.title", lang, fiscal_year=r.fiscal_year or "-"))
    print(line(*cols))
    for s in r.strategies:
        print(f"{s.strategy}. {s.strategy_name or ''}".rstrip())
        for m, row in enumerate(s.rows, 1):
            print(
                line(
                    f"  {s.strategy}.{m} {row.plan_area}",
                    row.projects,
                    row.projects_pct,
                    format_amount(row.budget),
                    row.budget_pct,
                    ", ".join(row.agencies),
                )
            )
        subtotal = f"  {messages.text('ui.rollup.subtotal', lang)}"
        print(line(subtotal, s.projects, s.projects_pct, format_amount(s.budget), s.budget_pct))
    total = messages.text("ui.rollup.total", lang)
    print(line(total, r.total_projects, r.total_projects_pct, format_amount(r.total_budget), r.total_budget_pct))


def run(args: argparse.Namespace) -> int:
    import sys

    from ..findings import Severity, sort_findings
    from ..rollup import rollup, rollup_json
    from ..rules import validate

    try:
        plan, findings = common.load_plan(args.book, args)
    except common.Unreadable as exc:
        return common.print_unreadable(exc, args.lang, args.json)
    which = version.chosen(args, version.CONSOLIDATED)
    if isinstance(which, int) and not version.known(plan, which, args.lang):
        return common.EXIT_UNREADABLE
    findings = sort_findings([*findings, *validate(plan)])
    errors = [f for f in findings if f.severity is Severity.ERROR]
    r = rollup(version.view(plan, which))
    if args.json:
        common.print_json({**rollup_json(r), **common.findings_json(findings, args.lang)})
    else:
        print_summary(r, args.lang)
    if not errors:
        return common.EXIT_OK
    print(messages.text("ui.rollup.has_errors", args.lang, n=len(errors)), file=sys.stderr)
    for f in errors:
        print("  " + f.text(args.lang), file=sys.stderr)
    return common.EXIT_ERRORS
