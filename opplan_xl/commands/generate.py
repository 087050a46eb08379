"""``opplan generate BOOK [-o OUT.docx] [--pdf] [--logo FILE] [--garuda FILE] [--amendment N | --consolidated]``:
the formal document of a workbook: the plan as first announced (default), amendment N's own document
(``<book>-แก้ไขเพิ่มเติมครั้งที่N.docx``) or the consolidated plan (``<book>-ฉบับรวม.docx``).

Writes the .docx beside the workbook (or at OUT), keeping any previous file as a numbered backup; with
``--pdf`` also the PDF through LibreOffice, or a Thai message saying why not. Exit 0 when written,
1 when written but the workbook has errors (the document may be incomplete), 2 when unreadable.
"""

from __future__ import annotations

import argparse

from .. import messages
from . import common, version


def configure(parser: argparse.ArgumentParser, lang: str) -> None:
    parser.add_argument("book", metavar="BOOK", help=messages.text("ui.cli.book", lang))
    parser.add_argument("-o", "--out", metavar="OUT.docx", help=messages.text("ui.cli.out_docx", lang))
    parser.add_argument("--pdf", action="store_true", help=messages.text("ui.cli.pdf", lang))
    parser.add_argument("--logo", metavar="FILE", help=messages.text("ui.cli.logo", lang))
    parser.add_argument("--garuda", metavar="FILE", help=messages.text("ui.cli.garuda", lang))
    version.add_arguments(parser, lang)
    common.add_limits(parser, lang)


def run(args: argparse.Namespace) -> int:
    import sys
    from pathlib import Path

    from ..document import generate_document
    from ..findings import sort_findings
    from ..progress import Progress
    from ..rules import PLAN_RULES, validate

    try:
        with Progress(args.lang).stage("ui.progress.read", path=args.book):
            plan, findings = common.load_plan(args.book, args)
    except common.Unreadable as exc:
        return common.print_unreadable(exc, args.lang, False)
    if plan.source_path is None:
        plan.source_path = str(Path(args.book))
    findings = sort_findings([*findings, *validate(plan, PLAN_RULES)])
    errors = [f for f in findings if f.severity == "error"]

    which = version.chosen(args, version.FIRST)
    if isinstance(which, int) and not version.known(plan, which, args.lang):
        return common.EXIT_UNREADABLE
    from ..document import default_output

    book = Path(args.book)
    default = default_output(plan, book)
    if which != version.FIRST:
        from .. import schema

        suffix = schema.DOC_SUFFIX_CONSOLIDATED if which == version.CONSOLIDATED else schema.DOC_SUFFIX_AMENDMENT
        default = book.with_name(book.stem + suffix.format(n=which) + ".docx")
    pdf = args.pdf
    given = args.out
    if given and Path(given).suffix.lower() == ".pdf" and not Path(given).is_dir():
        # "-o x.pdf" asks for the PDF: it is made from the .docx, which goes beside it
        given, pdf = str(Path(given).with_suffix(".docx")), True
        print(messages.text("ui.generate.pdf_from_out", args.lang, docx=given, pdf=args.out))
    out = common.output_path(
        given,
        default=default,
        suffixes=(".docx",),
        inputs=tuple(x for x in (args.book, args.logo, args.garuda) if x),
        lang=args.lang,
    )
    if out is None or (pdf and common.same_file(out.with_suffix(".pdf"), args.book)):
        return common.EXIT_UNREADABLE
    from ..progress import Progress

    result = generate_document(
        plan,
        out,
        pdf=pdf,
        logo=args.logo,
        garuda=args.garuda,
        lang=args.lang,
        version=which,
        progress=Progress(args.lang),
    )
    print(messages.text("ui.written", args.lang, path=result.docx))
    if not isinstance(which, int):  # an amendment's own document has no contents to update
        print(messages.text("ui.generate.toc_note", args.lang))
    if result.pdf is not None:
        print(messages.text("ui.written", args.lang, path=result.pdf))
    for backup in result.backups:
        print(messages.text("ui.backup", args.lang, path=backup))
    for note in result.notes:
        print(note, file=sys.stderr)
    if errors:
        print(messages.text("ui.generate.has_errors", args.lang, n=len(errors)), file=sys.stderr)
        return common.EXIT_ERRORS
    return common.EXIT_OK


def write_document(demo) -> None:
    """The ``opplan demo`` step: the sample workbook's document, and its PDF when LibreOffice is here; then the
    posting certificate (or the Thai reason it cannot be made yet)."""
    from ..document import NotYet, generate_certificate, generate_document
    from ..libreoffice import find_soffice

    result = generate_document(demo.files["workbook"], pdf=find_soffice() is not None, lang=demo.lang)
    demo.files["document"] = result.docx
    demo.say("ui.written", path=result.docx)
    if result.pdf is not None:
        demo.files["pdf"] = result.pdf
        demo.say("ui.written", path=result.pdf)
    for backup in result.backups:
        demo.say("ui.backup", path=backup)
    for note in result.notes:
        print(note)
    try:
        certificate = generate_certificate(demo.files["workbook"], lang=demo.lang)
    except NotYet as exc:
        print(exc.message)
        return
    demo.files["certificate"] = certificate.docx
    demo.say("ui.written", path=certificate.docx)
