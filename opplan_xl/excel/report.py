"""The ribbon's รายงานผล (``progress_report``): the monitoring report as at a date, as an .xlsx and a .docx beside
the workbook.

One input box asks the report date; it offers the date of the current round (the 6-month round as at 31 มี.ค.
until that day, the annual round as at 30 ก.ย. after it) and takes a date as officers type it, or 6 / 12 for a
round. The open workbook is read once (:func:`~opplan_xl.excel.reading.read_plan`); nothing is written into it.
The message box says where the files are.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from .. import messages
from .reading import Outcome, file_name, local_folder, read_plan

if TYPE_CHECKING:
    from .book import LiveBook

__all__ = ["ROUND_WORDS", "default_date", "parse_answer", "progress_report_files", "report_names"]

ROUND_WORDS = {"6": "6m", "6m": "6m", "6 เดือน": "6m", "12": "12m", "12m": "12m", "12 เดือน": "12m"}
"""What the officer may type for a round instead of its date."""


def default_date(fiscal_year: int | None, today: dt.date) -> dt.date:
    """The date the input box offers: the current round's (6 months until 31 มี.ค., else 12 months); today when
    the plan has no fiscal year."""
    from ..monitoring.rounds import round_date

    if fiscal_year is None:
        return today
    six = round_date(fiscal_year, "6m")
    return six if today <= six else round_date(fiscal_year, "12m")


def parse_answer(answer: str, fiscal_year: int | None) -> dt.date | None:
    """The report date typed in the input box (a date, or 6 / 12 for a round); None when it is neither."""
    from ..monitoring.rounds import round_date
    from ..thai import ThaiParseError, parse_date, to_arabic_digits

    text = " ".join(to_arabic_digits(answer).split()).lower()
    if text in ROUND_WORDS and fiscal_year is not None:
        return round_date(fiscal_year, ROUND_WORDS[text])
    try:
        return parse_date(text)
    except (ThaiParseError, ValueError):
        return None


def report_names(book_name: str, as_of: dt.date) -> tuple[str, str]:
    """``OpPlan.xlsm`` → (``OpPlan-รายงานผล-2570-03-31.xlsx``, ``….docx``): the date in BE, sortable."""
    stem = Path(book_name).stem
    tag = f"{as_of.year + 543:04d}-{as_of.month:02d}-{as_of.day:02d}"
    base = f"{stem}-{messages.text('rb.file_word')}-{tag}"
    return f"{base}.xlsx", f"{base}.docx"


def _docx_writer():
    """``document.report.report_docx_bytes``, or None when this version has no Word report."""
    try:
        from ..document.report import report_docx_bytes
    except ModuleNotFoundError as exc:
        if exc.name != "opplan_xl.document.report":
            raise
        return None
    return report_docx_bytes


def progress_report_files(book: LiveBook) -> Outcome:
    """รายงานผล: ask the date, read the workbook once, write the report's .xlsx and .docx beside it."""
    from .. import schema
    from ..files import safe_write
    from ..findings import Severity
    from ..monitoring.report import progress_report
    from ..rules import validate as run_rules
    from ..thai import format_date
    from ..xlsx.report_book import report_book_bytes

    reading = read_plan(book)
    plan = reading.plan
    fy = plan.settings.fiscal_year
    title = messages.text("xl.title.progress_report")
    offered = default_date(fy, dt.date.today())
    example = format_date(offered, "short", thai_digits=False)
    if fy is not None:
        from ..monitoring.rounds import round_date

        prompt = messages.text(
            "xl.progress_report.ask_date",
            example=example,
            six=format_date(round_date(fy, "6m"), "short", thai_digits=False),
            twelve=format_date(round_date(fy, "12m"), "short", thai_digits=False),
        )
    else:
        prompt = messages.text("xl.progress_report.ask_date_no_year", example=example)
    as_of = None
    for _ in range(2):
        answer = book.ask_text(prompt, title, example)
        if answer is None:
            return Outcome(messages.text("xl.progress_report.cancelled"))
        as_of = parse_answer(answer, fy)
        if as_of is not None:
            break
        prompt = messages.text("xl.progress_report.again", answer=answer.strip()) + "\n" + prompt
    if as_of is None:
        return Outcome(messages.text("xl.progress_report.cancelled"))

    report = progress_report(plan, as_of)
    xlsx_name, docx_name = report_names(file_name(book.path), as_of)
    folder = local_folder(book.path)
    where = folder if folder is not None else Path.home() / "Documents"
    outputs: list[tuple[Path, bytes]] = [(where / xlsx_name, report_book_bytes(plan, report))]
    notes: list[str] = []
    write_docx = _docx_writer()
    if write_docx is not None:
        outputs.append((where / docx_name, write_docx(plan, report)))
    else:
        notes.append(messages.text("xl.progress_report.no_docx"))
    backups = [b for b in (safe_write(path, data) for path, data in outputs) if b is not None]

    date = format_date(as_of, "long", thai_digits=False)
    key = "xl.progress_report.done" if folder is not None else "xl.progress_report.elsewhere"
    parts = [messages.text(key, date=date, files="\n".join(str(p) for p, _ in outputs))]
    parts += [messages.text("ui.backup", path=b) for b in backups]
    if not report.reconciliation.ok:
        parts.append(messages.text("xl.progress_report.not_reconciled", sheet=messages.text("rb.sheet.strategies")))
    if not report.has_progress:
        parts.append(messages.text("xl.progress_report.no_progress", status=schema.PROGRESS_NOT_STARTED))
    parts += notes
    errors = sum(1 for f in [*reading.findings, *run_rules(plan)] if f.severity is Severity.ERROR)
    if errors:
        parts.append(messages.text("xl.has_errors", n=errors))
    return Outcome("\n".join(parts))
