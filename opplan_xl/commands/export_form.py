"""``opplan export-form BOOK --agency NAME [-o FORM.xlsx]``: a macro-free form for another agency to fill in.

When the workbook has no plan key yet (the secret that signs forms), one is made; since the original workbook is
never written, the master with its new key is written as a new workbook (``<book>-รวม.xlsx``), which is then the
one to merge the returned forms into, and the command says so each time. Exporting again from the same keyless
workbook (the next agency) uses the key of that master instead of making a new one, so every form merges into the
one master; that file is never replaced. Exit 0, or 2 when the workbook cannot be read or the form cannot be
issued.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .. import messages
from . import common


def configure(parser: argparse.ArgumentParser, lang: str) -> None:
    parser.add_argument("book", metavar="BOOK", help=messages.text("ui.cli.book", lang))
    parser.add_argument("--agency", required=True, metavar="NAME", help=messages.text("ui.cli.agency", lang))
    parser.add_argument("-o", "--output", metavar="FORM.xlsx", help=messages.text("ui.cli.out_form", lang))
    common.add_limits(parser, lang)


def keyed_copy_path(book: str) -> Path:
    """Where the master with a new plan key goes: the merge command's default output."""
    return common.merged_output(book)


def _master_key(copy: Path, args: argparse.Namespace, fiscal_year: int | None) -> str | None:
    """The plan key of a master export-form wrote earlier for the same book (None when there is none usable)."""
    if not copy.is_file():
        return None
    try:
        keyed, _findings = common.load_plan(str(copy), args)
    except common.Unreadable:
        return None
    key = (keyed.settings.plan_key or "").strip()
    return key if key and keyed.settings.fiscal_year == fiscal_year else None


def _unprintable(name: str) -> bool:
    """Control or invisible formatting characters, or bytes that were not UTF-8 (decoded as surrogates)."""
    import unicodedata

    return any(unicodedata.category(ch) in ("Cc", "Cf", "Cs") for ch in name)


def _visible(name: str) -> str:
    """The name with each unprintable character shown as ? (so the message itself can be printed)."""
    import unicodedata

    return "".join("?" if unicodedata.category(ch) in ("Cc", "Cf", "Cs") else ch for ch in name)


def run(args: argparse.Namespace) -> int:
    from ..agency.form import export_form, form_file_path
    from ..agency.identity import ensure_key
    from ..findings import finding
    from ..schema import SHEET_SETTINGS
    from ..xlsx.write import write_workbook

    lang = args.lang
    try:
        plan, _findings = common.load_plan(args.book, args)
    except common.Unreadable as exc:
        return common.print_unreadable(exc, lang, False)
    agency = " ".join((args.agency or "").split())
    problem = None
    if not agency:
        problem = finding("E-FORM-NO-AGENCY")
    elif _unprintable(agency):
        problem = finding("E-FORM-AGENCY-UNPRINTABLE", shown=_visible(agency))
    elif plan.settings.fiscal_year is None:
        problem = finding("E-FORM-NO-YEAR", SHEET_SETTINGS, plan.setting_cell("fiscal_year"))
    if problem is not None:
        print(problem.text(lang), file=sys.stderr)
        return common.EXIT_UNREADABLE
    from ..agency.form import agency_name_problem

    too_long = agency_name_problem(agency, lang)
    if too_long is not None:
        print(too_long, file=sys.stderr)
        return common.EXIT_UNREADABLE
    out = common.output_path(
        args.output,
        default=form_file_path(args.book, agency, plan.settings.fiscal_year),
        suffixes=(".xlsx",),
        inputs=(args.book, keyed_copy_path(args.book)),
        lang=lang,
    )
    if out is None:
        return common.EXIT_UNREADABLE
    if not (plan.settings.plan_key or "").strip():
        copy = keyed_copy_path(args.book)
        key = _master_key(copy, args, plan.settings.fiscal_year)
        if key is not None:  # the master made for an earlier agency: its key, so the forms merge into one file
            plan.settings.plan_key = key
            print(messages.text("ui.form.key_reused", lang, book=args.book, path=copy))
        else:
            if copy.exists():
                print(messages.text("E-FORM-MASTER-EXISTS", lang, book=args.book, path=copy), file=sys.stderr)
                return common.EXIT_UNREADABLE
            ensure_key(plan)
            write_workbook(plan, copy)
            print(messages.text("ui.form.key_made", lang, book=args.book, path=copy))
    result = export_form(plan, agency, out, book=args.book)
    print(messages.text("ui.form.written", lang, agency=agency, path=result.path, form_id=result.identity.form_id))
    if result.backup is not None:
        print(messages.text("ui.backup", lang, path=result.backup))
    return common.EXIT_OK
