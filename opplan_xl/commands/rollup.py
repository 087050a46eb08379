"""``opplan rollup BOOK [--json]``: the ผด.01 summary (and other totals) of a workbook."""

from __future__ import annotations

import argparse

from .. import messages
from . import common


def configure(parser: argparse.ArgumentParser, lang: str) -> None:
    parser.add_argument("book", metavar="BOOK", help=messages.text("ui.cli.book", lang))
    parser.add_argument("--json", action="store_true", help=messages.text("ui.cli.json", lang))
    common.add_limits(parser, lang)


def print_summary(r, lang: str) -> None:
    """ผด.01 as a plain-text table."""
    from ..thai import format_amount

    cols = messages.text("ui.rollup.columns", lang).split("|")
    print(messages.text("ui.rollup.title", lang, fiscal_year=r.fiscal_year or "-"))
    print(f"{cols[0]:<52} {cols[1]:>8} {cols[2]:>7} {cols[3]:>17} {cols[4]:>7}  {cols[5]}")
    for n, s in enumerate(r.strategies, 1):
        print(f"{n}. {s.strategy_name or s.strategy}")
        for m, row in enumerate(s.rows, 1):
            label = f"  {n}.{m} {row.plan_area}"
            print(
                f"{label:<52} {row.projects:>8} {row.projects_pct:>7} {format_amount(row.budget):>17} "
                f"{row.budget_pct:>7}  {', '.join(row.agencies)}"
            )
        sub = f"  {messages.text('ui.rollup.subtotal', lang)}"
        print(f"{sub:<52} {s.projects:>8} {s.projects_pct:>7} {format_amount(s.budget):>17} {s.budget_pct:>7}")
    total = messages.text("ui.rollup.total", lang)
    print(
        f"{total:<52} {r.total_projects:>8} {r.total_projects_pct:>7} {format_amount(r.total_budget):>17} "
        f"{r.total_budget_pct:>7}"
    )


def run(args: argparse.Namespace) -> int:
    from ..rollup import rollup, rollup_json

    try:
        plan, _findings = common.load_plan(args.book, args)
    except common.Unreadable as exc:
        return common.print_unreadable(exc, args.lang, args.json)
    r = rollup(plan)
    if args.json:
        common.print_json(rollup_json(r))
    else:
        print_summary(r, args.lang)
    return common.EXIT_OK
