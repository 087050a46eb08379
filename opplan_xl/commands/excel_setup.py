"""``opplan excel-setup [--folder DIR] [--no-workbook]``: once per computer, so that the ribbon's buttons work.

Writes the xlwings user configuration for this Python, puts OpPlan.xlsm into ``DIR`` (default
``~/Documents/OpPlan``), installs RunPython on a Mac, and prints in Thai what the user must do once.
"""

from __future__ import annotations

import argparse

from .. import messages


def configure(parser: argparse.ArgumentParser, lang: str) -> None:
    parser.add_argument("--folder", metavar="DIR", help=messages.text("ui.cli.folder", lang))
    parser.add_argument("--no-workbook", action="store_true", help=messages.text("ui.cli.no_workbook", lang))


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from ..excel.setup import explain, setup

    report = setup(Path(args.folder) if args.folder else None, copy_workbook=not args.no_workbook)
    for line in explain(report, lang=args.lang):
        print(line)
    return 0 if report.ok else 1
