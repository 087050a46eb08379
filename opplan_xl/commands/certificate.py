"""``opplan certificate BOOK [-o OUT.docx] [--pdf]``: the posting certificate (ใบรับรองการปิดประกาศ).

Made only after the posting has ended (the take-down date in the settings has come), with the real
dates; before that it writes nothing and says in Thai which cell to fill. Exit 0 when written, 1 when
refused, 2 when the workbook is unreadable.
"""

from __future__ import annotations

import argparse

from .. import messages
from . import common


def configure(parser: argparse.ArgumentParser, lang: str) -> None:
    parser.add_argument("book", metavar="BOOK", help=messages.text("ui.cli.book", lang))
    parser.add_argument("-o", "--out", metavar="OUT.docx", help=messages.text("ui.cli.out_certificate", lang))
    parser.add_argument("--pdf", action="store_true", help=messages.text("ui.cli.pdf", lang))
    common.add_limits(parser, lang)


def run(args: argparse.Namespace) -> int:
    import sys
    from pathlib import Path

    from ..document import NotYet, generate_certificate

    try:
        plan, _findings = common.load_plan(args.book, args)
    except common.Unreadable as exc:
        return common.print_unreadable(exc, args.lang, False)
    if plan.source_path is None:
        plan.source_path = str(Path(args.book))
    try:
        result = generate_certificate(plan, args.out, pdf=args.pdf, lang=args.lang)
    except NotYet as exc:
        print(exc.message, file=sys.stderr)
        return common.EXIT_ERRORS
    for path in result.paths:
        print(messages.text("ui.written", args.lang, path=path))
    for backup in result.backups:
        print(messages.text("ui.backup", args.lang, path=backup))
    for note in result.notes:
        print(note, file=sys.stderr)
    return common.EXIT_OK
