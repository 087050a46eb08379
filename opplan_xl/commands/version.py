"""Which version of the plan a command works on: ``--amendment N``, ``--consolidated`` or ``--first`` (shared by
``opplan rollup`` and ``opplan generate``)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from .. import messages

if TYPE_CHECKING:
    from ..model import Plan

FIRST, CONSOLIDATED = "first", "consolidated"


def add_arguments(parser: argparse.ArgumentParser, lang: str) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--amendment", type=int, metavar="N", help=messages.text("ui.cli.version_amendment", lang))
    group.add_argument(
        "--consolidated",
        dest="version",
        action="store_const",
        const=CONSOLIDATED,
        help=messages.text("ui.cli.version_consolidated", lang),
    )
    group.add_argument(
        "--first", dest="version", action="store_const", const=FIRST, help=messages.text("ui.cli.version_first", lang)
    )


def chosen(args: argparse.Namespace, default: str) -> str | int:
    """``"first"``, ``"consolidated"`` or an amendment number."""
    if getattr(args, "amendment", None) is not None:
        return args.amendment
    return getattr(args, "version", None) or default


def known(plan: Plan, number: int, lang: str) -> bool:
    """True when the plan has amendment ``number``; else a Thai message on stderr."""
    from ..versions import views

    if number in views.numbers(plan):
        return True
    have = ", ".join(str(n) for n in views.numbers(plan)) or "-"
    print(messages.text("ui.version.unknown", lang, number=number, known=have), file=sys.stderr)
    return False


def view(plan: Plan, version: str | int) -> Plan:
    """The plan as the chosen version: the first one, the consolidated one, or amendment N's own items."""
    from ..versions import views

    if version == FIRST:
        return views.first_version(plan)
    if version == CONSOLIDATED:
        return views.consolidated(plan)
    return views.own(plan, int(version)).items
