"""The values of a project or equipment row that versions track: one per data column, a month as a bool.

History rows name a column key (``budget``, ``m10`` …); :func:`get` and :func:`put` read and set that value on a
row, :func:`cell_value` is how the history sheet shows it.
"""

from __future__ import annotations

from functools import cache

from .. import schema
from ..model import Equipment, Plan, Project
from ..schema import Kind, Table

Item = Project | Equipment
TABLES: tuple[Table, ...] = (schema.PROJECTS, schema.EQUIPMENT)


@cache
def tracked_keys(table: Table) -> tuple[str, ...]:
    """The columns whose values an amendment changes and the history keeps (not status, provenance, versions,
    progress: progress is reported on the row, it does not amend the plan)."""
    skip = set(schema.PROVENANCE_KEYS) | set(schema.VERSION_KEYS) | set(schema.PROGRESS_KEYS)
    return tuple(c.key for c in table.columns if c.kind is not Kind.OUTPUT and c.key not in skip)


def table_of(item: Item) -> Table:
    return schema.PROJECTS if isinstance(item, Project) else schema.EQUIPMENT


def items(plan: Plan, table: Table) -> list:
    return plan.projects if table is schema.PROJECTS else plan.equipment


def _month(key: str) -> int | None:
    return int(key[1:]) if key[:1] == "m" and key[1:].isdigit() else None


def get(item: Item, key: str) -> object:
    month = _month(key)
    if month is not None:
        return month in item.months
    return getattr(item, key)


def put(item: Item, key: str, value: object) -> None:
    month = _month(key)
    if month is not None:
        wanted = set(item.months) - {month} | ({month} if value else set())
        item.months = tuple(m for m in schema.FISCAL_MONTHS if m in wanted)
    else:
        setattr(item, key, value)


def values(item: Item) -> tuple:
    """Every tracked value of the row, in column order (what makes two rows "the same row, unchanged")."""
    return tuple(get(item, key) for key in tracked_keys(table_of(item)))


def name_of(item: Item) -> str:
    return (item.name if isinstance(item, Project) else item.item) or ""


def name_cell(plan: Plan, item: Item) -> tuple[str, str]:
    """(sheet, cell) of the row's name, for findings about the row."""
    table = table_of(item)
    return plan.sheet(table), plan.cell(table, "name" if table is schema.PROJECTS else "item", item.row)


def cell_value(table: Table, key: str, value: object) -> object:
    """How a tracked value is written in the history sheet: a month as ✓ or empty, the rest as the data cell."""
    if _month(key) is not None:
        return schema.MONTH_MARK if value else None
    return value


def header(table: Table, key: str) -> str:
    return table.column(key).header


def history_column(field: str | None, row_id: str | None) -> tuple[Table, str] | None:
    """The (table, column key) a history row's ช่องที่แก้ไข names: a tracked column's Thai header (or its key).

    The row id's prefix (P, E) says which table; without one, the projects table is tried first.
    """
    if not field:
        return None
    prefix = (row_id or "")[:1]
    tables = [t for t in TABLES if schema.ROW_ID_PREFIX[t.key] == prefix] or list(TABLES)
    for table in tables:
        for key in tracked_keys(table):
            column = table.column(key)
            if key == field or column.matches(field):
                return table, key
    return None
