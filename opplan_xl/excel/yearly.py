"""The ribbon's year buttons: นำเข้าแผนที่ทำเอง (``import_handmade``) and สร้างแผนปีใหม่ (``new_year``).

Neither writes into the open workbook: import asks for the hand-made file and writes a NEW macro-enabled workbook
beside it (``<ชื่อ>-นำเข้า.xlsm``, built from the imported plan, with the sheet รายงานการนำเข้า); new-year reads the
open workbook once and writes next year's workbook beside it (``<ชื่อ>-<ปี>.xlsm``). The message box says where.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .. import messages, schema
from ..findings import Severity
from .reading import Outcome, file_name, local_folder, read_plan

if TYPE_CHECKING:
    from .book import LiveBook

__all__ = ["import_handmade", "new_year"]


def import_handmade(book: LiveBook) -> Outcome:
    """นำเข้าแผนที่ทำเอง: pick the old file, import it, write the new .xlsm beside it."""
    from ..importer import import_workbook
    from ..importer.report import write_imported
    from ..xlsx.read import ReadError

    files = book.ask_files(messages.text("xl.import.ask_file"))
    if not files:
        if book.platform not in ("win32", "darwin"):
            return Outcome(messages.text("xl.merge.no_dialog"), critical=True)
        return Outcome(messages.text("xl.agency.cancelled"))
    source = Path(files[0])
    try:
        imported = import_workbook(source)
    except ReadError as exc:
        return Outcome("\n".join(f.message for f in exc.findings), critical=True)
    empty = [f for f in imported.notes if f.code == "E-IMPORT-NO-TABLE"]
    if empty:
        return Outcome(empty[0].message, critical=True)
    out = source.with_name(f"{source.stem}{schema.IMPORT_SUFFIX}.xlsm")
    path, backup = write_imported(imported, out, source_name=source.name)
    every = [*imported.notes, *imported.findings]
    text = messages.text(
        "xl.import.done",
        projects=len(imported.plan.projects),
        equipment=len(imported.plan.equipment),
        path=path,
        sheet=schema.SHEET_IMPORT_REPORT,
        errors=sum(1 for f in every if f.severity is Severity.ERROR),
        warnings=sum(1 for f in every if f.severity is Severity.WARNING),
    )
    if backup is not None:
        text += "\n" + messages.text("ui.backup", path=backup)
    return Outcome(text)


def new_year(book: LiveBook) -> Outcome:
    """สร้างแผนปีใหม่: ask the year (this year + 1 offered) and whether to carry the lines over, write beside."""
    from ..commands.new_year import new_year_of
    from ..rollforward import next_year, write_next_year

    reading = read_plan(book, settings_only=False)
    plan = reading.plan
    old = plan.settings.fiscal_year
    title = messages.text("xl.title.new_year")
    default = str(old + 1) if old else ""
    answer = book.ask_text(messages.text("xl.new_year.ask_year"), title, default)
    if answer is None:
        return Outcome(messages.text("xl.agency.cancelled"))
    year, why = new_year_of(answer, old)
    if year is None:
        name = file_name(book.path)
        return Outcome(messages.text(why, path=name, value=answer, year=answer, old=old), critical=True)
    carry = bool(plan.projects or plan.equipment) and book.ask_yes_no(messages.text("xl.new_year.ask_carry"), title)
    rolled = next_year(plan, year, carry=carry)
    folder = local_folder(book.path) or Path.home() / "Documents"
    stem = Path(file_name(book.path)).stem
    path, backup = write_next_year(rolled, folder / f"{stem}-{year}.xlsm", source_name=file_name(book.path))
    projects = sum(1 for line, _ in rolled.carried if hasattr(line, "activity"))
    text = messages.text(
        "xl.new_year.done", year=year, path=path, projects=projects, equipment=len(rolled.carried) - projects
    )
    if backup is not None:
        text += "\n" + messages.text("ui.backup", path=backup)
    return Outcome(text)
