"""``opplan build-workbook [-o workbook/OpPlan.xlsm] [--from BOOK]``: the macro-enabled workbook with the ribbon.

Without ``--from`` it is the empty workbook an officer starts from (default settings and standard lists), the one
committed as ``workbook/OpPlan.xlsm``; with ``--from`` it carries the data of an existing workbook (for example
one built with an older xlwings: see the README's troubleshooting), with the same VBA and ribbon, and says which
sheets and columns the officer added to that workbook are not in the new one (the old file is not changed).
"""

from __future__ import annotations

import argparse

from .. import messages
from . import common

DEFAULT_OUT = "workbook/OpPlan.xlsm"


def configure(parser: argparse.ArgumentParser, lang: str) -> None:
    parser.add_argument(
        "-o", "--out", default=DEFAULT_OUT, metavar="OUT.xlsm", help=messages.text("ui.cli.out_xlsm", lang)
    )
    parser.add_argument("--from", dest="source", metavar="BOOK", help=messages.text("ui.cli.from_book", lang))
    common.add_limits(parser, lang)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from ..xlsx.vba.project import installed_xlwings_version
    from ..xlsx.workbook import write_xlsm

    out = common.output_path(
        args.out,
        default=Path(DEFAULT_OUT),
        suffixes=(".xlsm",),
        inputs=(args.source,) if args.source else (),
        lang=args.lang,
    )
    if out is None:
        return common.EXIT_UNREADABLE
    plan = None
    if args.source:
        from ..xlsx.rebuilt import not_carried, rebuilt_sheet_names

        try:
            plan, _findings, raw = common.load_book(args.source, args)
        except common.Unreadable as exc:
            return common.print_unreadable(exc, args.lang, False)
        print(
            messages.text(
                "ui.build.filled",
                args.lang,
                path=args.source,
                projects=len(plan.projects),
                equipment=len(plan.equipment),
            )
        )
        left = not_carried(raw, rebuilt_sheet_names(xlsm=True), Path(args.source).name)
        if left:
            print(messages.text("ui.build.not_carried", args.lang, path=args.source))
            for f in left:
                print("  " + (f.message_en if args.lang == "en" else f.message))
    path, backup = write_xlsm(plan, out)
    size = round(path.stat().st_size / 1024)
    print(messages.text("ui.build.written", args.lang, path=path, size=size, version=installed_xlwings_version()))
    if backup is not None:
        print(messages.text("ui.backup", args.lang, path=backup))
    return common.EXIT_OK
