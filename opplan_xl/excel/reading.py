"""What the ribbon's actions share: reading the live workbook once, the file name and folder of a workbook that
may live on OneDrive, and the outcome an action returns (the message box's sentence). Both
:mod:`~opplan_xl.excel.actions` and :mod:`~opplan_xl.excel.agency` import it, so neither imports the other."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..findings import Finding
from ..xlsx.raw import RawBook, SheetGrid

if TYPE_CHECKING:
    from ..model import Plan
    from .book import LiveBook

__all__ = ["Outcome", "Reading", "file_name", "local_folder", "read_plan"]


@dataclass(frozen=True)
class Outcome:
    """What the message box says at the end of an action."""

    message: str
    critical: bool = False


@dataclass
class Reading:
    """The live workbook read once: its grids, the raw tables, the plan and the findings of reading it."""

    grids: dict[str, SheetGrid]
    raw: RawBook
    plan: Plan
    findings: list[Finding] = field(default_factory=list)

    def last_row(self, sheet: str) -> int:
        grid = self.grids[sheet]
        return grid.first_row + len(grid.values) - 1


def read_plan(book: LiveBook, *, settings_only: bool = False) -> Reading:
    """Read the live workbook into a plan, the same way ``opplan validate`` reads a saved file."""
    from ..parse import parse
    from ..xlsx.raw import extract_raw, needed_sheets

    names = book.sheet_names()
    grids = book.read_all(needed_sheets(names, settings_only=settings_only))
    raw = extract_raw(grids, book.path)
    raw.sheet_names = names
    if settings_only:  # only the settings were read: what is said of the missing tables is not true
        raw.findings = [f for f in raw.findings if f.sheet == raw.settings_sheet]
    plan, findings = parse(raw)
    return Reading({g.name: g for g in grids}, raw, plan, findings)


def file_name(path: str) -> str:
    """The workbook's file name, from a local path or a OneDrive/SharePoint URL (either slash)."""
    return path.replace("\\", "/").rsplit("/", 1)[-1]


def local_folder(path: str) -> Path | None:
    """The workbook's folder when it is a local file (not a OneDrive/SharePoint URL)."""
    if "://" in path:
        return None
    folder = Path(path).parent
    return folder if folder.is_dir() else None
