"""Values that would break one of Excel's limits in a workbook we write (:mod:`opplan_xl.xlsx.limits`): an error
with the cell, so the officer shortens it before Excel "repairs" the file.

- a project's ยุทธศาสตร์ or แผนงาน, and a strategy's code: they become text constants of ผด.01's formulas (255);
- an agency's name (the agencies list, a project's หน่วยงาน): it becomes a text constant of a form's names (255);
- any text cell: 32,767 characters (longer text would be cut).
"""

from __future__ import annotations

from collections.abc import Iterator

from .. import schema
from ..findings import Finding, finding
from ..model import Plan
from ..schema import Kind
from ..xlsx.cells import column_letter
from ..xlsx.limits import CELL_TEXT, FORMULA_TEXT, constant_length

__all__ = ["formula_texts_fit", "texts_fit"]

_IN_FORMULAS = {
    schema.PROJECTS.key: ("strategy", "plan_area", "agency"),
    schema.STRATEGIES.key: ("code",),
}


def _table_texts(plan: Plan) -> Iterator[tuple[str, str, str, str]]:
    """(sheet, cell, column key, text) of every text value in the tables."""
    for table, items in ((schema.STRATEGIES, plan.strategies), (schema.PROJECTS, plan.projects),
                         (schema.EQUIPMENT, plan.equipment)):  # fmt: skip
        keys = [c.key for c in table.columns if c.kind not in (Kind.MONTH, Kind.OUTPUT)]
        sheet = plan.sheet(table)
        for item in items:
            for key in keys:
                value = getattr(item, key, None)
                if isinstance(value, str):
                    yield sheet, plan.cell(table, key, item.row), f"{table.key}.{key}", value


def _list_cell(plan: Plan, list_name: str, item: str) -> str:
    """Where the lists sheet holds ``item`` (the layout the builder writes)."""
    names = [lst.name for lst in schema.standard_lists(plan.settings.org_kind)]
    items = plan.list_items(list_name)
    return f"{column_letter(names.index(list_name) + 1)}{items.index(item) + 2}"


def formula_texts_fit(plan: Plan) -> list[Finding]:
    out = []
    for sheet, cell, key, value in _table_texts(plan):
        table, column = key.split(".")
        if column in _IN_FORMULAS.get(table, ()) and constant_length(value.strip()) > FORMULA_TEXT:
            out.append(finding("E-EXCEL-FORMULA-TEXT", sheet, cell, length=len(value), limit=FORMULA_TEXT))
    for item in plan.extra_list_items.get(schema.LIST_AGENCIES, []):
        if constant_length(item.strip()) > FORMULA_TEXT and item in plan.list_items(schema.LIST_AGENCIES):
            cell = _list_cell(plan, schema.LIST_AGENCIES, item)
            out.append(finding("E-EXCEL-FORMULA-TEXT", schema.SHEET_LISTS, cell, length=len(item), limit=FORMULA_TEXT))
    return out


def texts_fit(plan: Plan) -> list[Finding]:
    out = []
    settings = [(plan.settings_sheet, plan.setting_cell(s.key), getattr(plan.settings, s.key)) for s in schema.SETTINGS]
    tables = ((sheet, cell, value) for sheet, cell, _key, value in _table_texts(plan))
    for sheet, cell, value in (*settings, *tables):
        if isinstance(value, str) and len(value) > CELL_TEXT:
            out.append(finding("E-EXCEL-CELL-TEXT", sheet, cell, length=len(value), limit=CELL_TEXT))
    return out
