"""``opplan import OLD.xlsx [-o NEW.xlsx]``: last year's hand-made ผด.02 / ผด.02/1 workbook → a new standard workbook.

The source file is opened for reading only and never changed (an output naming it is refused). The new workbook
(``.xlsx``, or ``.xlsm`` with the macros and ribbon) is built from the imported plan and carries the sheet
รายงานการนำเข้า: everything the import skipped or guessed, at its source cell, and every finding of the new
workbook, at its new cell with the source cell it came from. Exit 0 when the new workbook has no errors, 1 when it
has (missing settings such as the executive's name are typical: the old file does not have them), 2 when the file
cannot be read or holds no ผด.02 / ผด.02/1 table.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .. import messages, schema
from . import common


def configure(parser: argparse.ArgumentParser, lang: str) -> None:
    parser.add_argument("source", metavar="OLD.xlsx", help=messages.text("ui.cli.import_source", lang))
    parser.add_argument("-o", "--output", metavar="NEW.xlsx", help=messages.text("ui.cli.out_import", lang))
    common.add_limits(parser, lang)


def default_output(source: str | os.PathLike) -> Path:
    p = Path(source)
    return p.with_name(f"{p.stem}{schema.IMPORT_SUFFIX}.xlsx")


def run(args: argparse.Namespace) -> int:
    from ..findings import has_errors
    from ..importer import import_workbook
    from ..importer.report import report_lines, write_imported
    from ..xlsx.read import ReadError

    lang = args.lang
    source = Path(args.source)
    out = Path(args.output) if args.output else default_output(source)
    if common.same_file(out, source):
        print(messages.text("ui.import.into_source", lang, path=source), file=sys.stderr)
        return common.EXIT_UNREADABLE
    max_bytes = int(getattr(args, "max_size", schema.DEFAULT_MAX_FILE_BYTES / 1024 / 1024) * 1024 * 1024)
    try:
        imported = import_workbook(source, max_bytes=max_bytes)
    except ReadError as exc:
        return common.print_unreadable(common.Unreadable(exc.findings), lang, False)
    for line in report_lines(imported, lang):
        print(line)
    if any(f.code == "E-IMPORT-NO-TABLE" for f in imported.notes):
        return common.EXIT_UNREADABLE
    path, backup = write_imported(imported, out, source_name=source.name)
    print(messages.text("ui.import.written", lang, path=path, sheet=schema.SHEET_IMPORT_REPORT))
    if backup is not None:
        print(messages.text("ui.backup", lang, path=backup))
    return common.EXIT_ERRORS if has_errors(imported.findings) else common.EXIT_OK


def demo_import(demo) -> None:
    """``opplan demo``: last year's plan as an office made it by hand (one total typed wrong) → imported, and the
    sample workbook rolled forward to next year."""
    from ..example import sample_plan
    from ..importer import import_workbook
    from ..importer.report import write_imported
    from ..importer.sample import Layout, write_handmade
    from ..rollforward import next_year, write_next_year
    from .new_year import default_output as next_output

    last = sample_plan()
    last.settings.fiscal_year -= 1
    source, _ = write_handmade(last, demo.folder / "แผนปีก่อน-ทำเอง.xlsx", Layout(amounts="text", wrong_total=True))
    imported = import_workbook(source)
    out, _ = write_imported(imported, default_output(source), source_name=source.name)
    wrong = sum(1 for n in imported.notes if n.code == "W-IMPORT-TOTAL-MISMATCH")
    demo.say("ui.demo.imported", source=source.name, path=out, projects=len(imported.plan.projects), mismatches=wrong)
    demo.files["imported"] = out
    plan = demo.plan if demo.plan is not None else sample_plan()
    year = (plan.settings.fiscal_year or 0) + 1
    rolled = next_year(plan, year)
    path, _ = write_next_year(rolled, next_output(str(demo.files["workbook"]), year), source_name="")
    demo.say("ui.new_year.written", year=year, path=path, strategies=len(rolled.plan.strategies), projects=0,
             equipment=0, old=year - 1)  # fmt: skip
    demo.files["next_year"] = path
