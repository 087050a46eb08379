"""``opplan report BOOK [--round 6m|12m | --as-of DATE] [-o OUT.docx] [--pdf] [--no-charts] [--json]``: the
monitoring report of the plan as at a date (ITA O10 as at 31 มี.ค., O11 as at 30 ก.ย.).

Writes the .docx and an .xlsx of the same tables beside the workbook (or at OUT), keeping any previous file as a
numbered backup; ``--pdf`` also the PDF through LibreOffice. Without ``--round`` or ``--as-of`` the current round
(6 months until 31 มี.ค., then the annual one). The report covers the plan as in force on its date (amendments
announced by then), and prints the line that reconciles it with ผด.01. ``--json`` prints the report's figures
(with the cancelled and carried-over items the next amendment or next year's plan needs) and writes nothing.
Exit 0 when written, 1 when written but the workbook or the progress has errors, 2 when nothing could be written.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from .. import messages, thai
from . import common


def configure(parser: argparse.ArgumentParser, lang: str) -> None:
    parser.add_argument("book", metavar="BOOK", help=messages.text("ui.cli.book", lang))
    when = parser.add_mutually_exclusive_group()
    when.add_argument("--round", choices=("6m", "12m"), help=messages.text("ui.cli.report_round", lang))
    when.add_argument("--as-of", metavar="DATE", help=messages.text("ui.cli.report_as_of", lang))
    parser.add_argument("-o", "--out", metavar="OUT.docx", help=messages.text("ui.cli.out_docx", lang))
    parser.add_argument("--pdf", action="store_true", help=messages.text("ui.cli.pdf", lang))
    parser.add_argument("--no-charts", action="store_true", help=messages.text("ui.cli.report_no_charts", lang))
    parser.add_argument("--json", action="store_true", help=messages.text("ui.cli.json", lang))
    common.add_limits(parser, lang)


def report_date(plan, given_date: str | None, given_round: str | None, lang: str, today: dt.date) -> dt.date | None:
    """The report date from ``--as-of`` / ``--round`` (else the current round); None with a Thai message."""
    from ..deadlines import fiscal_year_bounds
    from ..monitoring.rounds import current_round, round_date

    fy = plan.settings.fiscal_year
    if given_date is not None:
        try:
            day = thai.parse_date(given_date.strip())
        except thai.ThaiParseError:
            print(messages.text("ui.report.bad_date", lang, value=given_date), file=sys.stderr)
            return None
    elif fy is None:
        print(messages.text("ui.report.no_fiscal_year", lang, sheet=plan.settings_sheet), file=sys.stderr)
        return None
    else:
        day = round_date(fy, given_round or current_round(fy, today))
    if fy is not None:
        start, end = fiscal_year_bounds(fy)
        if not start <= day <= end:
            digits = plan.settings.thai_digits and lang == "th"
            print(
                messages.text(
                    "ui.report.outside_year",
                    lang,
                    date=thai.format_date(day, "long", digits),
                    fiscal_year=fy,
                    start=thai.format_date(start, "long", digits),
                    end=thai.format_date(end, "long", digits),
                ),
                file=sys.stderr,
            )
            return None
    return day


def run(args: argparse.Namespace) -> int:
    from ..findings import sort_findings
    from ..monitoring.report import progress_report
    from ..monitoring.report_json import report_json
    from ..monitoring.write import default_stem, write_report
    from ..rules import REPORT_RULES, validate
    from ..rules.progress import check_as_of

    try:
        plan, findings = common.load_plan(args.book, args)
    except common.Unreadable as exc:
        return common.print_unreadable(exc, args.lang, args.json)
    as_of = report_date(plan, args.as_of, args.round, args.lang, dt.date.today())
    if as_of is None:
        return common.EXIT_UNREADABLE
    findings = sort_findings([*findings, *validate(plan, REPORT_RULES), *check_as_of(plan, as_of)])
    errors = [f for f in findings if f.severity == "error"]
    report = progress_report(plan, as_of)
    if args.json:
        common.print_json({**report_json(report), **common.findings_json(findings, args.lang)})
        return common.EXIT_ERRORS if errors else common.EXIT_OK

    book = Path(args.book)
    out = common.output_path(
        args.out,
        default=book.with_name(default_stem(plan, as_of) + ".docx"),
        suffixes=(".docx",),
        inputs=(args.book,),
        lang=args.lang,
    )
    if out is None or any(common.same_file(out.with_suffix(s), args.book) for s in (".xlsx", ".pdf")):
        if out is not None:
            print(messages.text("E-OUT-IS-INPUT", args.lang, path=out, input=args.book), file=sys.stderr)
        return common.EXIT_UNREADABLE
    common.print_findings(findings, args.lang)
    _say_summary(plan, report, args.lang)
    from ..progress import Progress

    with Progress(args.lang).stage("ui.progress.pdf" if args.pdf else "ui.progress.write", path=out):
        try:
            files = write_report(plan, report, out, pdf=args.pdf, charts=not args.no_charts, lang=args.lang)
        except OSError as exc:
            print(common.os_error_text(exc, args.lang), file=sys.stderr)
            return common.EXIT_UNREADABLE
    for path in (files.docx, files.xlsx, files.pdf):
        if path is not None:
            print(messages.text("ui.written", args.lang, path=path))
    for backup in files.backups:
        print(messages.text("ui.backup", args.lang, path=backup))
    for note in files.notes:
        print(note, file=sys.stderr)
    if errors:
        print(messages.text("ui.generate.has_errors", args.lang, n=len(errors)), file=sys.stderr)
        return common.EXIT_ERRORS
    return common.EXIT_OK


def _say_summary(plan, report, lang: str) -> None:
    from .. import schema

    digits = plan.settings.thai_digits and lang == "th"
    version = (
        messages.text("ui.report.version_n", lang, n=report.version)
        if report.version
        else messages.text("ui.report.version_first", lang)
    )
    print(
        messages.text(
            "ui.report.as_of",
            lang,
            date=thai.format_date(report.as_of, "long", digits),
            version=version,
            projects=report.projects_total.items,
            equipment=report.equipment_total.items,
        )
    )
    r = report.reconciliation
    if r.ok:
        print(
            messages.text(
                "ui.report.reconciled", lang, projects=r.report_projects, budget=thai.format_amount(r.report_budget)
            )
        )
    else:
        print(
            messages.text(
                "ui.report.not_reconciled",
                lang,
                report_projects=r.report_projects,
                report_budget=thai.format_amount(r.report_budget),
                plan_projects=r.plan_projects,
                plan_budget=thai.format_amount(r.plan_budget),
            ),
            file=sys.stderr,
        )
    if not report.has_progress:
        print(messages.text("ui.report.no_progress", lang, sheet=plan.sheet(schema.PROJECTS)))
    if report.follow_up:
        print(messages.text("ui.report.follow_up", lang, n=len(report.follow_up)))


def demo_reports(demo) -> None:
    """``opplan demo``: the amended sample plan with made-up progress, as an officer keeps it in the workbook, and
    its 6-month and annual reports through the command (the annual one also as PDF when LibreOffice is here)."""
    from ..libreoffice import find_soffice
    from ..monitoring.sample import with_sample_progress
    from ..xlsx.read import read_workbook
    from ..xlsx.write import write_workbook

    amended, _ = read_workbook(demo.files["amended"])
    for name in ("6m", "12m"):
        book = write_workbook(
            with_sample_progress(amended, name), demo.folder / f"opplan-example-ผลการดำเนินงาน-{name}.xlsx"
        )
        demo.say("ui.written", path=book)
        argv = argparse.Namespace(
            book=str(book),
            round=name,
            as_of=None,
            out=None,
            pdf=name == "12m" and find_soffice() is not None,
            no_charts=False,
            json=False,
            lang=demo.lang,
            max_size=50.0,
        )
        code = run(argv)
        demo.files[f"report_{name}"] = book
        demo.exit_code = max(demo.exit_code, code)
