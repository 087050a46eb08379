"""The ribbon's agency buttons: ส่งแบบฟอร์มหน่วยงาน (``export_form``) and รวมแบบฟอร์มหน่วยงาน (``merge``).

Both follow :mod:`opplan_xl.excel.actions`: read the live book once, run the core (``opplan_xl.agency``), write back
with a constant number of calls inside ``book.quiet()``, end with a Thai sentence.

Merge writes into the open workbook (after a confirmation), never into a data cell of the officer's own rows: the
projects table is rewritten as one block in which each existing row carries exactly what its cells held (a
formula stays a formula, text stays text), only the agencies' rows change, and the table is resized when it grows.

After the plan was announced, the forms make or join an amendment (:mod:`opplan_xl.agency.late`, as ``opplan
merge``): then only the cells the amendment changes are written in existing rows (a changed value, ยกเลิกโดยครั้งที่
of a cancelled row, a row id the row lacked), the amendment's row on the amendments sheet (a new row, or the
changed cells of the joined one) and the history table (rewritten from the plan's history rows).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from .. import messages, schema
from ..findings import Severity
from ..xlsx.cells import address, column_letter
from .reading import Outcome, file_name, local_folder, read_plan

if TYPE_CHECKING:
    from ..agency.merge import MergeResult
    from ..model import Project
    from .book import LiveBook
    from .reading import Reading

__all__ = ["export_form", "merge"]

_TEXT_KINDS = (schema.Kind.TEXT, schema.Kind.CODE, schema.Kind.PERIOD)


def _folder(book: LiveBook) -> Path:
    """Where files go: beside the workbook when it is a local file, else Documents (as Generate does)."""
    return local_folder(book.path) or Path.home() / "Documents"


def _old_book(sheet: str, what: str, path: str) -> Outcome:
    return Outcome(messages.text("xl.agency.old_book", sheet=sheet, what=what, name=file_name(path)), critical=True)


# ----------------------------------------------------------------------------------------------------- export form


def export_form(book: LiveBook) -> Outcome:
    """ส่งแบบฟอร์มหน่วยงาน: ask for the agency, write its form beside the workbook (the plan key made if needed)."""
    from ..agency.form import export_form as write_form
    from ..agency.identity import ensure_key

    reading = read_plan(book)
    plan, raw = reading.plan, reading.raw
    key_cell = raw.settings.get("plan_key")
    if key_cell is None or key_cell.address is None:
        return _old_book(raw.settings_sheet, schema.SETTINGS_BY_KEY["plan_key"].label, book.path)
    if plan.settings.fiscal_year is None:
        return Outcome(messages.text("E-FORM-NO-YEAR", sheet=raw.settings_sheet), critical=True)
    title = messages.text("xl.title.export_form")
    agency = book.ask_text(messages.text("xl.form.ask_agency"), title)
    if agency is None:
        return Outcome(messages.text("xl.agency.cancelled"))
    agency = " ".join(agency.split())
    if not agency:
        return Outcome(messages.text("E-FORM-NO-AGENCY"), critical=True)
    from ..agency.form import agency_name_problem

    too_long = agency_name_problem(agency)
    if too_long is not None:
        return Outcome(too_long, critical=True)
    made = ensure_key(plan)
    if made:
        from .results import text_cell

        with book.quiet():
            row, col = _cell(key_cell.address)
            book.write(raw.settings_sheet, row, col, [[text_cell(plan.settings.plan_key or "")]])
    result = write_form(plan, agency, None, book=_folder(book) / "book")
    parts = [messages.text("xl.form.done", agency=agency, path=result.path, form_id=result.identity.form_id)]
    if result.backup is not None:
        parts.append(messages.text("ui.backup", path=result.backup))
    if made:
        parts.append(messages.text("xl.form.key_made", sheet=raw.settings_sheet))
    return Outcome("\n".join(parts))


def _cell(ref: str) -> tuple[int, int]:
    from ..xlsx.cells import split_address

    return split_address(ref)


# ----------------------------------------------------------------------------------------------------------- merge


def merge(book: LiveBook) -> Outcome:
    """รวมแบบฟอร์มหน่วยงาน: pick the returned files, check them, show what would change, write after OK."""
    from ..agency.late import PLAIN, choose, merge_returned
    from ..agency.returned import read_form

    reading = read_plan(book)
    plan, raw = reading.plan, reading.raw
    table = raw.tables[schema.PROJECTS.key]
    if table.header_row is None:
        return Outcome(messages.text("xl.summary.missing", sheet=schema.PROJECTS.sheet), critical=True)
    missing = [k for k in schema.PROVENANCE_KEYS if k not in table.columns]
    if missing:
        headers = ", ".join(schema.PROJECTS.column(k).header for k in missing)
        return _old_book(table.sheet, headers, book.path)
    if choose(plan).mode != PLAIN:  # announced: the forms become an amendment, written with its history
        missing = [k for k in schema.VERSION_KEYS if k not in table.columns]
        if missing:
            headers = ", ".join(schema.PROJECTS.column(k).header for k in missing)
            return _old_book(table.sheet, headers, book.path)
        for version_table in schema.VERSION_TABLES:
            found = raw.tables.get(version_table.key)
            if found is None or found.header_row is None:
                return _old_book(version_table.sheet, version_table.title, book.path)
    title = messages.text("xl.title.merge")
    files = book.ask_files(messages.text("xl.merge.ask_files"))
    if files is None:
        if book.platform not in ("win32", "darwin"):
            return Outcome(messages.text("xl.merge.no_dialog"), critical=True)
        return Outcome(messages.text("xl.agency.cancelled"))
    own_path = book.path
    forms = [read_form(f, plan) for f in files if not _same_path(f, own_path)]
    result = merge_returned(plan, forms)
    if not result.merged:
        reasons = "\n".join(f.message for r in result.refused for f in r.findings)
        return Outcome(f"{messages.text('xl.merge.nothing')}\n{reasons}".strip(), critical=True)
    conflicts = sum(len(m.conflicts) for m in result.merged)
    if conflicts and book.ask_yes_no(messages.text("xl.merge.ask_prefer", n=conflicts), title):
        result = merge_returned(plan, forms, prefer_form=True)
    summary = _summary(result)
    if not book.confirm(messages.text("xl.merge.confirm", summary=summary), title):
        return Outcome(messages.text("xl.agency.cancelled"))
    _write(book, reading, result)
    text = messages.text("xl.merge.done", summary=summary, sheet=schema.SHEET_MERGE_REPORT)
    errors = sum(1 for m in result.merged for f in m.form.findings if f.severity is Severity.ERROR)
    if errors:
        text += "\n" + messages.text("xl.has_errors", n=errors)
    return Outcome(text, critical=bool(result.refused))


def _same_path(a: str, b: str) -> bool:
    try:
        return Path(a).resolve() == Path(b).resolve()
    except (OSError, ValueError):
        return False


def _summary(result: MergeResult) -> str:
    from ..agency.report import agency_lines

    lines = result.amendment.lines() if result.amendment is not None else []
    for m in result.merged:
        lines += agency_lines(m)
        lines += ["  " + f.message for f in m.notes]  # what a form without projects did
    if result.refused:
        lines.append(messages.text("ui.merge.refused", n=len(result.refused)))
        lines.extend("  " + f.message for r in result.refused for f in r.findings)
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------- writing it back


def _write(book: LiveBook, reading: Reading, result: MergeResult) -> None:
    """The projects table, the register of merged forms and the report sheet: a fixed number of calls."""
    from ..agency.report import report_block
    from .results import text_cell

    raw = reading.raw
    table = raw.tables[schema.PROJECTS.key]
    sheet, header = table.sheet, table.header_row
    assert header is not None
    first_col, last_col = min(table.columns.values()), max(table.columns.values())
    first_row = header + 1
    last_used = max(reading.last_row(sheet), header)
    old_rows = last_used - header
    width = last_col - first_col + 1

    # what every existing row holds now, formulas included (one read)
    held: dict[int, list[object]] = {}
    if old_rows:
        ref = f"{address(first_row, first_col)}:{address(last_used, last_col)}"
        formulas = book.formulas(sheet, ref)
        grid = reading.grids[sheet]
        for i, cells in enumerate(formulas):
            r = first_row + i
            values = [_grid_value(grid, r, first_col + j) for j in range(width)]
            held[r] = [_as_held(f, v) for f, v in zip(cells, values, strict=False)]

    cols = {key: col - first_col for key, col in table.columns.items()}
    was = {p.row: p for p in reading.plan.projects if p.row is not None}
    block: list[list[object]] = []
    for p in result.plan.projects:
        if p.row is not None and p.row in held:
            block.append(_patched(held[p.row], was.get(p.row), p, cols))
        else:
            block.append(_new_row(p, cols, width))
    new_last = header + len(block)

    report = report_block(result, Path(book.path.replace("\\", "/")).name, dt.datetime.now())
    register = raw.settings.get("merged_forms")
    table_ref = book.table_range(sheet, schema.PROJECTS.name)
    with book.quiet():
        if block:
            book.write(sheet, first_row, first_col, block)
        if new_last < last_used:
            book.clear(sheet, f"{address(new_last + 1, first_col)}:{address(last_used, last_col)}")
        if table_ref is not None and new_last > _last_row(table_ref):
            book.resize_table(
                sheet, schema.PROJECTS.name, f"{address(header, first_col)}:{address(new_last, last_col)}"
            )
        if register is not None and register.address is not None and result.plan.settings.merged_forms:
            row, col = _cell(register.address)
            book.write(raw.settings_sheet, row, col, [[text_cell(result.plan.settings.merged_forms)]])
        if result.amendment is not None and result.amendment.number is not None:
            _write_amendment(book, reading, result)
        book.ensure_sheet(schema.SHEET_MERGE_REPORT)
        book.clear(schema.SHEET_MERGE_REPORT, f"A1:{column_letter(report.width)}1048576")
        book.write(
            schema.SHEET_MERGE_REPORT,
            1,
            1,
            [[text_cell(v) if isinstance(v, str) else v for v in row] for row in report.rows] or [[None]],
        )
        book.show(schema.SHEET_MERGE_REPORT)


def _last_row(ref: str) -> int:
    from ..xlsx.cells import split_address

    return split_address(ref.split(":")[-1])[0]


def _grid_value(grid, row: int, col: int) -> object:
    i, j = row - grid.first_row, col - grid.first_col
    if 0 <= i < len(grid.values) and 0 <= j < len(grid.values[i]):
        return grid.values[i][j]
    return None


def _as_held(formula: object, value: object) -> object:
    """What to write back so a cell keeps what it holds: its formula when it has one, else its value as it is
    (text marked as text, so Excel does not turn "2569" into a number or "=x" into a formula)."""
    from ..xlsx.raw import CellError

    if isinstance(formula, str) and formula.startswith("=") and formula != value:
        return formula
    if isinstance(value, CellError):
        return formula if isinstance(formula, str) else None
    if isinstance(value, str):
        return "'" + value if value else None
    return value


def _new_row(p: Project, cols: dict[str, int], width: int) -> list[object]:
    """A row from a form, for the live table: typed values, text kept as text."""
    out: list[object] = [None] * width
    for column in schema.PROJECTS.columns:
        j = cols.get(column.key)
        if j is None or column.kind is schema.Kind.OUTPUT:
            continue
        out[j] = _live_value(p, column)
    return out


def _live_value(p: Project, column: schema.Column) -> object:
    if column.kind is schema.Kind.MONTH:
        value: object = schema.MONTH_MARK if int(column.key[1:]) in p.months else None
    else:
        value = getattr(p, column.key)
    if column.key == "strategy" and isinstance(value, str) and value.isdigit() and not value.startswith("0"):
        value = int(value)
    elif isinstance(value, str) and column.kind in _TEXT_KINDS:
        value = "'" + value if value else None
    return value


def _patched(held: list[object], was: Project | None, p: Project, cols: dict[str, int]) -> list[object]:
    """An existing row as it holds now, with only the cells whose value the merge changed written anew (an
    amendment's changed values, ยกเลิกโดยครั้งที่, a row id given): every other cell keeps what it holds."""
    if was is None:
        return held
    out = list(held)
    for column in schema.PROJECTS.columns:
        j = cols.get(column.key)
        if j is None or column.kind is schema.Kind.OUTPUT or column.key in p.unparsed:
            continue
        if column.kind is schema.Kind.MONTH:
            month = int(column.key[1:])
            same = (month in was.months) == (month in p.months)
        else:
            same = getattr(was, column.key) == getattr(p, column.key)
        if not same:
            out[j] = _live_value(p, column)
    return out


def _version_value(item: object, column: schema.Column) -> object:
    """A cell of the amendments or history table as the workbook writer writes it, text kept as text."""
    from ..xlsx.write import _cell_value

    value = _cell_value(item, column)
    return "'" + value if isinstance(value, str) and value else value


def _write_amendment(book: LiveBook, reading: Reading, result: MergeResult) -> None:
    """The amendment's row (a new row, or the changed cells of the joined one) and the whole history table."""
    from ..xlsx.write import history_cells

    assert result.amendment is not None
    raw, plan = reading.raw, result.plan
    number = result.amendment.number
    made = next(a for a in plan.amendments if a.number == number)
    amendments = raw.tables[schema.AMENDMENTS.key]
    sheet, header = amendments.sheet, amendments.header_row
    assert header is not None
    if made.row is None:  # a new amendment: the row after the last one
        rows = [a.row for a in reading.plan.amendments if a.row is not None]
        at = max([header, *rows]) + 1
        first, last = min(amendments.columns.values()), max(amendments.columns.values())
        values: list[object] = [None] * (last - first + 1)
        for column in schema.AMENDMENTS.columns:
            col = amendments.columns.get(column.key)
            if col is not None:
                values[col - first] = _version_value(made, column)
        book.write(sheet, at, first, [values])
        _grow(book, sheet, schema.AMENDMENTS.name, at)
    else:  # the joined amendment: only what changed (its kind, reference, reason; a date it lacked)
        before = next((a for a in reading.plan.amendments if a.row == made.row), None)
        for column in schema.AMENDMENTS.columns:
            col = amendments.columns.get(column.key)
            if col is None or (before is not None and getattr(before, column.key) == getattr(made, column.key)):
                continue
            book.write(sheet, made.row, col, [[_version_value(made, column)]])

    history = raw.tables[schema.HISTORY.key]
    sheet, header = history.sheet, history.header_row
    assert header is not None
    first, last = min(history.columns.values()), max(history.columns.values())
    block = []
    for change in history_cells(plan):
        values = [None] * (last - first + 1)
        for column in schema.HISTORY.columns:
            col = history.columns.get(column.key)
            if col is not None:
                values[col - first] = _version_value(change, column)
        block.append(values)
    old_last = max([header, *(r.row for r in history.rows)])
    if block:
        book.write(sheet, header + 1, first, block)
    new_last = header + len(block)
    if new_last < old_last:
        book.clear(sheet, f"{address(new_last + 1, first)}:{address(old_last, last)}")
    _grow(book, sheet, schema.HISTORY.name, new_last)


def _grow(book: LiveBook, sheet: str, name: str, last: int) -> None:
    """The Excel table resized down to row ``last`` when it ends above it."""
    ref = book.table_range(sheet, name)
    if ref is not None and last > _last_row(ref):
        first_cell, last_cell = ref.split(":")
        from ..xlsx.cells import split_address

        col = split_address(last_cell)[1]
        book.resize_table(sheet, name, f"{first_cell}:{address(last, col)}")
