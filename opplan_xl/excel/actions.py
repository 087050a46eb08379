"""What the ribbon's buttons do, as plain functions over a :class:`~opplan_xl.excel.book.LiveBook`.

Each action reads what it needs (one ``.value`` per sheet), runs the core (parse, rules, roll-up, deadlines,
document), writes its results back (one call per result area, inside ``book.quiet()``) and returns the
short Thai sentence the message box shows. :func:`perform` runs an action by its ribbon tag and always ends
in a message box; an unexpected error becomes a Thai sentence and a log file, never a traceback.

To add a button: one entry in :data:`ACTIONS` (the key is the button's ``tag``; its ``status`` is what Excel's status
bar says while it runs) and one ``<button>`` in ``opplan_xl/excel/vba/customUI14.xml``; the VBA needs no change.

No data cell is ever written: only the results sheet, the status column, the ผด.01 block, or new files.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .. import messages, schema
from ..findings import Finding, Severity, sort_findings
from ..xlsx.raw import SheetGrid
from . import results
from .reading import Outcome, Reading, file_name, local_folder, read_plan

if TYPE_CHECKING:
    from ..model import Plan
    from .book import LiveBook

__all__ = ["ACTIONS", "Action", "Outcome", "Reading", "perform", "read_plan"]


@dataclass(frozen=True)
class Action:
    run: Callable[[LiveBook], Outcome]
    title: str
    """Catalogue key of the message box's title."""
    writes: bool = True
    """It writes into the workbook (which then needs saving anyway); generate only writes new files."""
    status: str = "xl.status.working"
    """Catalogue key of what Excel's status bar says while it runs ("กำลังสร้างเอกสาร…")."""


def _errors(findings: list[Finding]) -> int:
    return sum(1 for f in findings if f.severity is Severity.ERROR)


def _write_results(book: LiveBook, findings: list[Finding], heading: list[str]) -> None:
    sheet = schema.SHEET_RESULTS
    book.ensure_sheet(sheet)
    book.clear(sheet, results.RESULTS_CLEAR)
    book.write(sheet, results.RESULTS_FIRST_ROW, 1, results.results_block(findings, heading))


# ------------------------------------------------------------------------------------------------------ validate


def validate(book: LiveBook) -> Outcome:
    """ตรวจสอบ: every finding on the results sheet with a link to its cell, a status in every data row."""
    from ..rules import validate as run_rules

    reading = read_plan(book)
    findings = sort_findings([*reading.findings, *run_rules(reading.plan)])
    counts = results.counts_line(findings)
    heading = [messages.text("xl.results.validated", when=results.ran_at(dt.datetime.now()), counts=counts)]
    statuses = []
    for table_schema in (t for t in schema.DATA_TABLES if schema.STATUS_COLUMN in t.columns):
        table = reading.raw.tables[table_schema.key]
        col = table.columns.get(schema.STATUS_COLUMN.key)
        if table.header_row is None or col is None:
            continue
        first, last = table.header_row + 1, max(reading.last_row(table.sheet), table.header_row + 1)
        values = results.status_column(table.sheet, [r.row for r in table.rows], first, last, findings)
        statuses.append((table.sheet, first, col, values))
    with book.quiet():
        _write_results(book, findings, heading)
        for sheet, first, col, values in statuses:
            book.write(sheet, first, col, values)
        if findings:
            book.show(schema.SHEET_RESULTS)
    status = schema.STATUS_COLUMN.header
    if not any(f.severity in (Severity.ERROR, Severity.WARNING) for f in findings):
        return Outcome(messages.text("xl.validate.ok", status=status, ok=schema.STATUS_OK))
    return Outcome(messages.text("xl.validate.found", counts=counts, sheet=schema.SHEET_RESULTS, status=status))


# ------------------------------------------------------------------------------------------------------- summary


def summary(book: LiveBook) -> Outcome:
    """สรุปงบประมาณ: rebuild the ผด.01 block (formulas over the projects table) for today's pairs.

    Only the block itself is replaced: its old extent is read from the hidden kind column. What the officer has
    below it (a signature line, a note) stays: when the new block is longer or shorter, whole rows are inserted
    or deleted at the block's end first (one call), so that content moves with the block instead of being
    overwritten or cleared.
    """
    from ..rollup import rollup
    from ..thai import format_amount
    from ..xlsx.summary_sheet import SUMMARY_KIND_COL, summary_layout

    reading = read_plan(book)
    sheet = schema.SHEET_SUMMARY
    if sheet not in reading.grids or reading.raw.tables["projects"].header_row is None:
        return Outcome(messages.text("xl.summary.missing", sheet=sheet), critical=True)
    r = rollup(reading.plan)
    layout = summary_layout(reading.plan, r)
    rows = [
        [results.text_cell(v) if i in (0, 5) and isinstance(v, str) else v for i, v in enumerate(row)]
        for row in layout.rows
    ]  # the kinds are the rows' last column: the sheet's conditional formats follow them
    grid = reading.grids[sheet]
    first, new_end = layout.first_row, layout.last_row
    old_end = summary_block_end(grid, first)
    below = has_content_below(grid, old_end)
    with book.quiet():
        if below and new_end > old_end:
            book.insert_rows(sheet, old_end + 1, new_end - old_end)
        elif below and new_end < old_end:
            book.delete_rows(sheet, new_end + 1, old_end)
        elif new_end < old_end:
            book.clear(sheet, f"A{new_end + 1}:{SUMMARY_KIND_COL}{old_end}")
        book.write(sheet, first, 1, rows)
        book.set_print_area(sheet, f"$A$1:$F${layout.total_row}")
        book.autofit_rows(sheet, f"A{first}:F{new_end}")
    text = messages.text(
        "xl.summary.done",
        strategies=len(r.strategies),
        pairs=len(r.rows),
        projects=r.total_projects,
        budget=format_amount(r.total_budget),
    )
    errors = _errors(reading.findings)
    if errors:
        text += "\n" + messages.text("xl.has_errors", n=errors)
    return Outcome(text)


def _grid_cell(grid: SheetGrid, row: int, col: int) -> object:
    i, j = row - grid.first_row, col - grid.first_col
    if 0 <= i < len(grid.values) and 0 <= j < len(grid.values[i]):
        return grid.values[i][j]
    return None


def summary_block_end(grid: SheetGrid, first: int) -> int:
    """The last row of the ผด.01 block on the summary sheet (``first - 1`` when there is none).

    The block is the rows from ``first`` down whose hidden kind column holds a row kind. A block written before
    the kind column existed ends at the check note (its last row, found by its text in column A).
    """
    from ..xlsx.cells import column_index
    from ..xlsx.summary_sheet import SUMMARY_KIND_COL, SUMMARY_KINDS

    kind_col = column_index(SUMMARY_KIND_COL)
    row = first
    while _grid_cell(grid, row, kind_col) in SUMMARY_KINDS:
        row += 1
    if row > first:
        return row - 1
    last = grid.first_row + len(grid.values) - 1
    for r in range(first, last + 1):
        if _grid_cell(grid, r, 1) == schema.SUMMARY_CHECK_NOTE:
            return r
    return first - 1


def has_content_below(grid: SheetGrid, row: int) -> bool:
    """Something in any cell of the rows below ``row`` (what the officer typed under the ผด.01 block)."""
    start = max(row + 1 - grid.first_row, 0)
    return any(v is not None and v != "" for cells in grid.values[start:] for v in cells)


# ----------------------------------------------------------------------------------------------------- deadlines


def deadlines(book: LiveBook) -> Outcome:
    """ตรวจกำหนดเวลา: the ข้อ ๒๖ / ๒๗ dates in the message box, their findings on the results sheet."""
    from ..deadlines import compute, deadline_findings
    from ..thai import format_date

    reading = read_plan(book, settings_only=True)
    plan = reading.plan
    d = compute(plan.settings)
    findings = sort_findings([*reading.findings, *deadline_findings(plan)])
    lines = []
    for key in ("plan_due", "post_by", "keep_posted_through", "take_down_from"):
        value = getattr(d, key)
        if value is not None:
            lines.append(f"{messages.text(f'ui.deadlines.{key}')} {format_date(value, 'long', thai_digits=False)}")
    counts = results.counts_line(findings)
    heading = [messages.text("xl.results.deadlines", when=results.ran_at(dt.datetime.now()), counts=counts), *lines]
    with book.quiet():
        _write_results(book, findings, heading)
    if not lines:
        return Outcome(messages.text("xl.deadlines.none", sheet=schema.SHEET_SETTINGS))
    text = "\n".join([*lines, "", counts])
    if findings:
        text += "\n" + messages.text("xl.deadlines.see", sheet=schema.SHEET_RESULTS)
    return Outcome(text)


# ------------------------------------------------------------------------------------------------------ generate


def generate(book: LiveBook) -> Outcome:
    """สร้างเอกสาร: the formal document next to the workbook, and its PDF when Word (Windows) or LibreOffice can
    make it."""
    from ..document import default_output, generate_document
    from ..rules import validate as run_rules
    from .versions import CANCELLED, ask_version, output_name

    reading = read_plan(book)
    plan = reading.plan
    version = ask_version(book, plan)
    if version is CANCELLED:
        return Outcome(messages.text("xl.version.cancelled"))
    errors = _errors([*reading.findings, *run_rules(plan)])
    name = output_name(Path(file_name(book.path)).with_suffix(".docx").name, version)
    folder = local_folder(book.path)
    out = default_output(plan).with_name(name) if folder is not None else Path.home() / "Documents" / name
    result, notes = _with_word(plan, out, version, book) if book.platform == "win32" else (None, [])
    if result is None:
        result = generate_document(plan, out, pdf=True, version=version, progress=book.stages())
    files = "\n".join(str(p) for p in result.paths)
    key = "xl.generate.done" if folder is not None else "xl.generate.elsewhere"
    parts = [messages.text(key, files=files)]
    parts += [messages.text("ui.backup", path=p) for p in result.backups]
    parts += notes + result.notes
    if errors:
        parts.append(messages.text("xl.has_errors", n=errors))
    return Outcome("\n".join(parts))


def certificate(book: LiveBook) -> Outcome:
    """ใบรับรองการปิดประกาศ: the posting certificate next to the workbook once the posting has ended, else a Thai
    message naming the cell to fill."""
    from ..document import NotYet, certificate_output, generate_certificate

    plan = read_plan(book).plan
    name = Path(file_name(book.path)).with_suffix(".docx").name
    folder = local_folder(book.path)
    out = certificate_output(plan) if folder is not None else certificate_output(plan, Path.home() / "Documents" / name)
    try:
        with book.status(messages.text("xl.status.certificate_pdf") + "…"):
            result = generate_certificate(plan, out, pdf=True)
    except NotYet as exc:
        return Outcome(exc.message)
    key = "xl.generate.done" if folder is not None else "xl.generate.elsewhere"
    parts = [messages.text(key, files="\n".join(str(p) for p in result.paths))]
    parts += [messages.text("ui.backup", path=p) for p in result.backups]
    return Outcome("\n".join(parts + result.notes))


def _with_word(plan: Plan, out: Path, version: str | int, book: LiveBook):
    """The document and its PDF made by Word: ``(DocumentResult, [])``; ``(None, notes)`` when Word is not there
    or failed (a Thai note then says why), and LibreOffice is to be tried.

    The document is written to a temporary folder first and Word converts that copy; only when both are made are
    they written next to the workbook (atomically, the previous files kept as numbered backups), so a failure
    leaves nothing behind for the LibreOffice attempt to back up.
    """
    import tempfile

    from ..document import DocumentResult, generate_document
    from ..files import safe_write
    from .word import WordFailed, WordUnavailable, word_pdf

    with tempfile.TemporaryDirectory(prefix="opplan-word-") as tmp:
        draft = generate_document(plan, Path(tmp) / out.name, pdf=False, version=version, progress=book.stages())
        pdf = draft.docx.with_suffix(".pdf")
        try:
            with book.status(messages.text("xl.status.word_pdf") + "…"):
                word_pdf(draft.docx, pdf)
        except WordUnavailable:
            return None, []
        except WordFailed as exc:
            return None, [messages.text("xl.generate.word_failed", reason=exc)]
        result = DocumentResult(docx=out, pdf=out.with_suffix(".pdf"), findings=draft.findings, notes=draft.notes)
        for target, made in ((result.docx, draft.docx), (result.pdf, pdf)):
            backup = safe_write(target, made.read_bytes())
            if backup is not None:
                result.backups.append(backup)
    return result, []


# ------------------------------------------------------------------------------------------------ agency forms


def _agency(name: str) -> Callable[[LiveBook], Outcome]:
    """ส่งแบบฟอร์มหน่วยงาน / รวมแบบฟอร์มหน่วยงาน live in ``excel/agency.py`` (imported when pressed)."""

    def action(book: LiveBook) -> Outcome:
        from . import agency

        return getattr(agency, name)(book)

    action.__name__ = name
    return action


def _yearly(name: str) -> Callable[[LiveBook], Outcome]:
    """นำเข้าแผนที่ทำเอง / สร้างแผนปีใหม่ live in ``excel/yearly.py`` (imported when pressed)."""

    def action(book: LiveBook) -> Outcome:
        from . import yearly

        return getattr(yearly, name)(book)

    action.__name__ = name
    return action


def _amend(name: str) -> Callable[[LiveBook], Outcome]:
    """เปรียบเทียบสมุดงาน / สร้างการแก้ไข/เพิ่มเติม live in ``excel/amend.py`` (imported when pressed)."""

    def action(book: LiveBook) -> Outcome:
        from . import amend

        return getattr(amend, name)(book)

    action.__name__ = name
    return action


def _progress_report(book: LiveBook) -> Outcome:
    """รายงานผล lives in ``excel/report.py`` (imported when pressed)."""
    from .report import progress_report_files

    return progress_report_files(book)


# ------------------------------------------------------------------------------------------------------ registry

ACTIONS: dict[str, Action] = {
    "validate": Action(validate, "xl.title.validate", status="xl.status.validate"),
    "generate": Action(generate, "xl.title.generate", writes=False, status="xl.status.generate"),
    "certificate": Action(certificate, "xl.title.certificate", writes=False, status="xl.status.certificate"),
    "summary": Action(summary, "xl.title.summary", status="xl.status.summary"),
    "deadlines": Action(deadlines, "xl.title.deadlines", status="xl.status.deadlines"),
    "export_form": Action(_agency("export_form"), "xl.title.export_form", status="xl.status.export_form"),
    "merge": Action(_agency("merge"), "xl.title.merge", status="xl.status.merge"),
    "import_handmade": Action(_yearly("import_handmade"), "xl.title.import", writes=False, status="xl.status.import"),
    "new_year": Action(_yearly("new_year"), "xl.title.new_year", writes=False, status="xl.status.new_year"),
    "progress_report": Action(
        _progress_report, "xl.title.progress_report", writes=False, status="xl.status.progress_report"
    ),
    "diff": Action(_amend("diff_books"), "xl.title.diff", status="xl.status.diff"),
    "amend": Action(_amend("make_amendment"), "xl.title.amend", writes=False, status="xl.status.amend"),
}
"""Ribbon tag → action. Tags match ``[a-z][a-z0-9_]*`` (they are pasted into the RunPython command line)."""


def _version_note(book: LiveBook) -> str | None:
    """A Thai note when the workbook's VBA came from another xlwings than the one installed here."""
    from importlib.metadata import version

    from ..xlsx.workbook import XLWINGS_NAME

    refers_to = book.defined_name(XLWINGS_NAME)
    if not refers_to:
        return None  # not built by opplan build-workbook: nothing to compare
    built = refers_to.lstrip("=").strip().strip('"')
    installed = version("xlwings")
    if built == installed:
        return None
    name = file_name(book.path)
    return messages.text("xl.version_mismatch", book=built, installed=installed, name=name)


def _code_names_note(book: LiveBook) -> str | None:
    """A Thai note when the projects sheet lost the code name the builder gave it (``Sheet3``: its place in
    ``schema.STANDARD_SHEETS``), which is what a save from LibreOffice does: the VBA's sheet modules no longer match.
    One sheet is enough (such a save renames them all) and costs one Excel call."""
    sheet = schema.SHEET_PROJECTS
    expected = f"Sheet{schema.STANDARD_SHEETS.index(sheet) + 1}"
    found = book.code_name(sheet)
    if found is None or found == expected:
        return None
    return messages.text("xl.code_names_lost", sheets=sheet, name=file_name(book.path))


def perform(book: LiveBook, tag: str) -> Outcome:
    """Run the action of a ribbon tag and end with a message box; never raises."""
    from ..errors import report_unexpected

    action = ACTIONS.get(tag)
    title = messages.text(action.title if action else "xl.title.other")
    try:
        if action is None:
            outcome = Outcome(messages.text("xl.unknown_action", action=tag), critical=True)
        else:
            with book.status(messages.text(action.status) + "…"):
                outcome = action.run(book)
            for note in (_version_note(book), _code_names_note(book)):
                if note:
                    outcome = Outcome(f"{outcome.message}\n\n{note}", outcome.critical)
            if action.writes:
                _describe_functions(book)
    except Exception as exc:  # the user gets one Thai sentence; the details go to a log file
        outcome = Outcome(report_unexpected(exc), critical=True)
    try:
        book.alert(outcome.message, title, critical=outcome.critical)
    except Exception as exc:  # Excel went away: nothing can be shown, the log keeps the details
        report_unexpected(exc)
    return outcome


def _describe_functions(book: LiveBook) -> None:
    """Register the worksheet functions' Thai descriptions (Excel for Windows; a failure only goes to the log)."""
    if not book.has_udfs:
        return
    from ..errors import report_unexpected

    try:
        from .udfs import CATEGORY, function_help

        book.describe_functions(function_help(), CATEGORY)
    except Exception as exc:
        report_unexpected(exc)
