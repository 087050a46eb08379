"""The workbook's ผด.01 block lists every (ยุทธศาสตร์, แผนงาน) pair of the projects table.

Its native formulas count only the pairs it lists: a project under a pair added after the block was built is in
no row (the check row shows it, but only to someone who looks). The block is read from the summary sheet's text
as the reader found it (the labels in column A and the row kinds in the hidden kind column), never recalculated.
"""

from __future__ import annotations

import re

from .. import schema
from ..findings import Finding, finding
from ..model import Plan

_ADDRESS = re.compile(r"^([A-Z]+)(\d+)$")


def _block(plan: Plan) -> tuple[dict[int, str], dict[int, str]]:
    """(row → kind, row → column-A text) of the summary sheet; empty when the workbook has no such sheet."""
    from ..xlsx.summary_sheet import SUMMARY_KIND_COL, SUMMARY_KINDS

    kinds: dict[int, str] = {}
    labels: dict[int, str] = {}
    for sheet, cell, text in plan.other_text:
        m = _ADDRESS.match(cell)
        if sheet != schema.SHEET_SUMMARY or not m:
            continue
        row = int(m.group(2))
        if m.group(1) == SUMMARY_KIND_COL and text in SUMMARY_KINDS:
            kinds[row] = text
        elif m.group(1) == "A":
            labels[row] = text
    return kinds, labels


def _pair(label: str) -> tuple[str, str] | None:
    """ "1.2 แผนงานการศึกษา" → ("1", "แผนงานการศึกษา"); "3. แผนงาน…" (no strategy) → ("", "แผนงาน…")."""
    head, _, area = label.partition(" ")
    code, dot, number = head.rpartition(".")
    if not dot:
        return None
    return (code, area.strip()) if number else ("", area.strip())


def lists_every_pair(plan: Plan) -> list[Finding]:
    """Warn when projects sit under a (ยุทธศาสตร์, แผนงาน) pair that the ผด.01 block does not list."""
    kinds, labels = _block(plan)
    if not kinds:
        return []
    listed = {_pair(labels.get(row, "")) for row, kind in kinds.items() if kind == "pair"}
    missing: dict[tuple[str, str], int] = {}
    for p in plan.projects:
        if not (p.strategy or p.plan_area or p.name):
            continue
        key = ((p.strategy or "").strip(), (p.plan_area or "").strip())
        if key not in listed:
            missing[key] = missing.get(key, 0) + 1
    if not missing:
        return []
    check = next((row for row, kind in kinds.items() if kind == "check"), None)
    cell = f"B{check}" if check else "A1"
    pairs = ", ".join(f"{code or '-'} / {area or '-'} ({n})" for (code, area), n in missing.items())
    return [
        finding(
            "W-SUMMARY-STALE",
            schema.SHEET_SUMMARY,
            cell,
            pairs=pairs,
            projects=sum(missing.values()),
            book=plan.source_path or "BOOK",
        )
    ]
