"""``opplan example OUT.xlsx [--projects N] [--seed S]`` (or ``-o OUT.xlsx``, as every other command takes it): write a
filled standard workbook."""

from __future__ import annotations

import argparse

from .. import messages


def configure(parser: argparse.ArgumentParser, lang: str) -> None:
    parser.add_argument("out", nargs="?", metavar="OUT.xlsx", help=messages.text("ui.cli.out_xlsx", lang))
    parser.add_argument(
        "-o", "--out", dest="out_option", metavar="OUT.xlsx", help=messages.text("ui.cli.out_xlsx", lang)
    )
    parser.add_argument("--projects", type=int, metavar="N", help=messages.text("ui.cli.projects", lang))
    parser.add_argument("--seed", type=int, default=0, metavar="S", help=messages.text("ui.cli.seed", lang))


def _given_out(args: argparse.Namespace) -> str | None:
    """The output file from the positional or ``-o``; None (with a Thai message) when neither or both are given."""
    import sys

    if args.out is not None and args.out_option is not None:
        print(messages.text("ui.example.two_outs", args.lang, first=args.out, second=args.out_option), file=sys.stderr)
        return None
    given = args.out if args.out is not None else args.out_option
    if given is None:
        print(messages.text("ui.example.no_out", args.lang), file=sys.stderr)
    return given


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from ..agency.identity import ensure_key
    from ..example import sample_plan, synthetic_plan
    from ..files import backup_path
    from ..xlsx.write import write_workbook
    from . import common

    given = _given_out(args)
    if given is None:
        return common.EXIT_UNREADABLE
    out = common.output_path(
        given,
        default=Path(messages.text("ui.example.file_name", args.lang)),
        suffixes=(".xlsx",),
        inputs=(),
        lang=args.lang,
    )
    if out is None:
        return common.EXIT_UNREADABLE
    from ..progress import Progress

    progress = Progress(args.lang)
    with progress.stage("ui.progress.example"):
        plan = sample_plan() if args.projects is None else synthetic_plan(args.projects, seed=args.seed)
    ensure_key(plan)  # its own secret for agency forms, as a real plan workbook gets on first use
    backup = backup_path(out) if out.exists() else None  # the name safe_write will use
    with progress.stage("ui.progress.write", path=out):
        path = write_workbook(plan, out)
    print(
        messages.text(
            "ui.example.written", args.lang, path=path, projects=len(plan.projects), equipment=len(plan.equipment)
        )
    )
    if backup is not None:
        print(messages.text("ui.backup", args.lang, path=backup))
    return 0
