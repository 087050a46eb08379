"""The ribbon's amendment buttons: เปรียบเทียบสมุดงาน (``diff``) and สร้างการแก้ไข/เพิ่มเติม (``amend``).

The workbook open in Excel is NEW, the officer's edited copy of the plan; each button asks for OLD, the plan as
announced (with its earlier amendments), in Excel's Open dialog, and reads it as every file from outside is read
(``xlsx.read.read_raw``: values only, size and zip limits, nothing evaluated). The open workbook is read once
(:func:`~opplan_xl.excel.reading.read_plan`), as ``opplan validate`` reads a saved file.

- ``diff`` is ``opplan diff OLD NEW``: every difference (added, changed field by field, removed, rows that cannot be
  matched for sure) on the results sheet, one line each, with a link to the cell of this workbook that differs; the
  message box says how many of each. Nothing else in the workbook is written.
- ``amend`` is ``opplan amend OLD NEW``: asks the kind, the event and the event's date (each from the lists the
  amendments sheet offers; an answer not in the list is asked again once, then the button is cancelled), makes the
  amendment with the same code (``versions.amend.amend``, ``xlsx.workbook.build_xlsm``, ``files.safe_write``) and
  writes it as a NEW workbook beside the open one, named after OLD (``แผน-แก้ไขเพิ่มเติมครั้งที่3.xlsm``). It never
  writes the open workbook or OLD, and writes nothing when a row cannot be matched for sure.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from .. import messages, schema
from ..findings import Finding, Severity, finding
from .reading import Outcome, file_name, local_folder, read_plan

if TYPE_CHECKING:
    from ..model import Plan
    from ..versions.diff import Diff
    from .book import LiveBook
    from .reading import Reading

__all__ = ["amend_output", "choose", "diff_books", "diff_findings", "make_amendment"]


# ------------------------------------------------------------------------------------------------------ OLD


def _same_file(a: str, b: str) -> bool:
    from ..commands.common import same_file

    try:
        return same_file(a, b)
    except (OSError, ValueError):
        return False


def _old_plan(book: LiveBook) -> tuple[Plan, str] | Outcome:
    """OLD, picked in the Open dialog and read untrusted: ``(plan, path)``, or the Outcome that ends the press."""
    from ..parse import parse
    from ..xlsx.read import ReadError, read_raw

    files = book.ask_files(messages.text("xl.amend.ask_old"))
    if not files:
        if book.platform not in ("win32", "darwin"):
            return Outcome(messages.text("xl.merge.no_dialog"), critical=True)
        return Outcome(messages.text("xl.amend.cancelled"))
    if len(files) != 1:
        return Outcome(messages.text("xl.amend.one_file", n=len(files)), critical=True)
    path = files[0]
    name = file_name(path)
    if _same_file(path, book.path):
        return Outcome(messages.text("xl.amend.old_is_open", name=name), critical=True)
    try:
        with book.status(messages.text("ui.progress.read", path=name) + "…"):
            raw = read_raw(path)
    except ReadError as exc:
        reasons = "\n".join(f.message for f in exc.findings)
        return Outcome(messages.text("xl.amend.unreadable", name=name, reasons=reasons), critical=True)
    plan, _findings = parse(raw)
    return plan, path


# ----------------------------------------------------------------------------------------------------- diff


def _shown(value: object) -> str:
    """A tracked value as the message shows it: ✓ / - for a month, amounts with separators, dates in Thai."""
    from decimal import Decimal

    from ..thai import format_amount, format_date

    if value is True:
        return schema.MONTH_MARK
    if value is False or value is None or value == "":
        return "-"
    if isinstance(value, dt.date):
        return format_date(value, "short", thai_digits=False)
    if isinstance(value, Decimal):
        return format_amount(value)
    return str(value)


def diff_findings(old: Plan, new: Plan, d: Diff, old_name: str) -> list[Finding]:
    """The differences as results-sheet lines: rows that cannot be matched (errors) first, then every changed
    field at its cell in this workbook, the added rows at their name, and the removed rows (in OLD only: no link)."""
    from ..versions import fields

    out: list[Finding] = list(d.ambiguous)
    for c in d.changed:
        item = fields.items(new, c.table)[c.new_index]
        name = fields.name_of(item) or fields.name_of(fields.items(old, c.table)[c.old_index])
        for f in c.fields:
            out.append(
                finding(
                    "I-DIFF-CHANGED",
                    new.sheet(c.table),
                    new.cell(c.table, f.key, item.row),
                    name=name,
                    field=fields.header(c.table, f.key),
                    field_en=f.key,
                    before=_shown(f.old),
                    after=_shown(f.new),
                )
            )
    for table, j in d.added:
        item = fields.items(new, table)[j]
        sheet, cell = fields.name_cell(new, item)
        out.append(finding("I-DIFF-ADDED", sheet, cell, name=fields.name_of(item), old=old_name))
    for table, i in d.removed:
        item = fields.items(old, table)[i]
        out.append(
            finding(
                "I-DIFF-REMOVED",
                name=fields.name_of(item),
                row=item.row or "-",
                old_sheet=old.sheet(table),
                old=old_name,
            )
        )
    return out


def diff_books(book: LiveBook) -> Outcome:
    """เปรียบเทียบสมุดงาน: OLD from the Open dialog against this workbook; the differences on the results sheet."""
    from ..versions.diff import diff
    from . import results

    reading = read_plan(book)
    got = _old_plan(book)
    if isinstance(got, Outcome):
        return got
    old, old_path = got
    old_name = file_name(old_path)
    d = diff(old, reading.plan)  # the button's own status text says so already
    lines = diff_findings(old, reading.plan, d, old_name)
    counts = {"added": len(d.added), "changed": len(d.changed), "removed": len(d.removed)}
    when = results.ran_at(dt.datetime.now())
    heading = [
        messages.text("xl.results.diff", old=old_name, when=when, **counts, ambiguous=len(d.ambiguous)),
        messages.text("xl.results.diff_note"),
    ]
    sheet = schema.SHEET_RESULTS
    with book.quiet():
        book.ensure_sheet(sheet)
        book.clear(sheet, results.RESULTS_CLEAR)
        book.write(sheet, results.RESULTS_FIRST_ROW, 1, results.results_block(lines, heading))
        if lines:
            book.show(sheet)
    if d.empty:
        return Outcome(messages.text("xl.diff.none", old=old_name))
    text = messages.text("xl.diff.done", old=old_name, **counts, sheet=sheet)
    if d.ambiguous:
        text += "\n" + messages.text("xl.diff.ambiguous", n=len(d.ambiguous), sheet=sheet)
    return Outcome(text, critical=bool(d.ambiguous))


# ---------------------------------------------------------------------------------------------------- amend


def choose(answer: str, choices: tuple[str, ...]) -> str | None:
    """The choice an officer typed: its text (spaces as they come) or its number in the list; None otherwise."""
    text = " ".join(answer.split())
    if text.isdigit() and 1 <= int(text) <= len(choices):
        return choices[int(text) - 1]
    squeezed = text.replace(" ", "")
    for choice in choices:
        if choice.replace(" ", "") == squeezed:
            return choice
    return None


def _echo(answer: str, most: int = 20) -> str:
    """A wrong answer quoted back, short: Excel's input box shows at most 255 characters of its prompt."""
    text = " ".join(answer.split())
    return text if len(text) <= most else text[:most] + "…"


def _numbered(choices: tuple[str, ...]) -> str:
    return "\n".join(f"{i}. {c}" for i, c in enumerate(choices, 1))


def _ask_choice(book: LiveBook, key: str, choices: tuple[str, ...], title: str) -> str | None:
    prompt = messages.text(key, choices=_numbered(choices))
    for _ in range(2):
        got = book.ask_text(prompt, title, "")
        if got is None:
            return None
        chosen = choose(got, choices)
        if chosen is not None:
            return chosen
        prompt = (
            messages.text("xl.amend.again", answer=_echo(got)) + "\n" + messages.text(key, choices=_numbered(choices))
        )
    return None


def _ask_date(book: LiveBook, title: str, today: dt.date) -> dt.date | None:
    from ..thai import ThaiParseError, format_date, parse_date

    example = format_date(today, "short", thai_digits=False)
    prompt = messages.text("xl.amend.ask_date", example=example)
    for _ in range(2):
        got = book.ask_text(prompt, title, example)
        if got is None:
            return None
        try:
            when = parse_date(got.strip())
        except (ThaiParseError, ValueError):
            when = None
        if when is not None and when.year < 2400:
            return when
        prompt = (
            messages.text("xl.amend.again_date", answer=_echo(got))
            + "\n"
            + messages.text("xl.amend.ask_date", example=example)
        )
    return None


def amend_output(folder: Path, old_path: str, number: int, avoid: tuple[str, ...]) -> Path:
    """``<OLD's name>-แก้ไขเพิ่มเติมครั้งที่N.xlsm`` in ``folder``; ``…-2.xlsm``, ``…-3.xlsm`` when that name is one
    of ``avoid`` (the open workbook, OLD), so neither is ever written."""
    stem = Path(file_name(old_path)).stem + schema.DOC_SUFFIX_AMENDMENT.format(n=number)
    out = folder / f"{stem}.xlsm"
    n = 1
    while any(_same_file(str(out), a) for a in avoid):
        n += 1
        out = folder / f"{stem}-{n}.xlsm"
    return out


def make_amendment(book: LiveBook) -> Outcome:
    """สร้างการแก้ไข/เพิ่มเติม: OLD plus this workbook's differences as the next amendment, a new workbook beside."""
    from ..files import safe_write
    from ..model import Amendment
    from ..rules import validate as run_rules
    from ..versions.amend import amend
    from ..versions.diff import diff
    from ..xlsx.workbook import build_xlsm

    reading: Reading = read_plan(book)
    new = reading.plan
    got = _old_plan(book)
    if isinstance(got, Outcome):
        return got
    old, old_path = got
    old_name = file_name(old_path)
    with book.status(messages.text("xl.status.diff") + "…"):
        d = diff(old, new)
    if d.ambiguous:
        rows = "\n".join(f.text() for f in d.ambiguous[:10])
        return Outcome(messages.text("xl.amend.ambiguous", n=len(d.ambiguous), rows=rows), critical=True)
    if d.empty:
        return Outcome(messages.text("xl.amend.nothing", old=old_name))

    title = messages.text("xl.title.amend")
    kind = _ask_choice(book, "xl.amend.ask_kind", schema.AMENDMENT_TYPES, title)
    if kind is None:
        return Outcome(messages.text("xl.amend.cancelled"))
    event = _ask_choice(book, "xl.amend.ask_event", schema.AMENDMENT_EVENTS, title)
    if event is None:
        return Outcome(messages.text("xl.amend.cancelled"))
    event_date = _ask_date(book, title, dt.date.today())
    if event_date is None:
        return Outcome(messages.text("xl.amend.cancelled"))

    result = amend(old, new, Amendment(kind=kind, event=event, event_date=event_date))
    assert result.plan is not None  # the diff had no ambiguous rows
    folder = local_folder(book.path) or Path.home() / "Documents"
    out = amend_output(folder, old_path, result.number, (book.path, old_path))
    with book.status(messages.text("ui.progress.write", path=out.name) + "…"):
        backup = safe_write(out, build_xlsm(result.plan))
    d = result.diff
    parts = [
        messages.text(
            "xl.amend.done",
            kind=kind,
            number=result.number,
            added=len(d.added),
            changed=len(d.changed),
            removed=len(d.removed),
            path=out,
            old=old_name,
        )
    ]
    if backup is not None:
        parts.append(messages.text("ui.backup", path=backup))
    checked = run_rules(result.plan)
    parts += [f.message for f in checked if "-AMEND-" in f.code][:5]  # about this amendment (kind, dates): said now
    errors = sum(1 for f in checked if f.severity is Severity.ERROR)
    warnings = sum(1 for f in checked if f.severity is Severity.WARNING)
    if errors or warnings:
        parts.append(messages.text("xl.amend.has_errors", errors=errors, warnings=warnings))
    return Outcome("\n".join(parts))
