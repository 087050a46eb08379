"""A new workbook built from a plan with extra report sheets: the .xlsx, or the .xlsm with the ribbon, by suffix.

``opplan import`` and ``opplan new-year`` write their results this way (a new file, never an edit of the old one).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

    from ..model import Plan

__all__ = ["add_sheet", "write_plan_book"]


def add_sheet(wb: Workbook, name: str) -> Worksheet:
    """A new last sheet with a codeName no other sheet has (the .xlsm's VBA project lists every sheet)."""
    used = {w.sheet_properties.codeName for w in wb.worksheets}
    ws = wb.create_sheet(name)
    ws.sheet_properties.codeName = next(f"Sheet{n}" for n in range(len(used) + 1, 1000) if f"Sheet{n}" not in used)
    return ws


def write_plan_book(
    plan: Plan, out: str | os.PathLike, add: Callable[[Workbook], None] | None = None
) -> tuple[Path, Path | None]:
    """The standard workbook of ``plan`` at ``out`` (.xlsm: with macros and ribbon), ``add`` adding its sheets;
    atomic, the previous file kept: (path, backup)."""
    from ..files import safe_write

    target = Path(out)
    if target.suffix.lower() == ".xlsm":
        from .workbook import build_xlsm

        data = build_xlsm(plan, add=add)
    else:
        from .kit import xlsx_bytes
        from .write import build_workbook

        wb = build_workbook(plan)
        if add is not None:
            add(wb)
        data = xlsx_bytes(wb)
    return target, safe_write(target, data)
