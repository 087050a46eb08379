"""Stable row ids: the hidden column that lets two workbooks' rows be matched whatever else changed."""

from __future__ import annotations

from .. import schema
from ..model import Plan
from . import fields


def with_ids(plan: Plan) -> Plan:
    """A copy of the plan in which every project and equipment row has an id (P0001…, E0001…); existing ids stay."""
    out = plan.model_copy(deep=True)
    for table in fields.TABLES:
        prefix = schema.ROW_ID_PREFIX[table.key]
        rows = fields.items(out, table)
        used = {r.row_id for r in rows if r.row_id}
        numbers = [int(i[len(prefix) :]) for i in used if i.startswith(prefix) and i[len(prefix) :].isdigit()]
        n = max(numbers, default=0)
        for row in rows:
            if not row.row_id:
                n += 1
                row.row_id = f"{prefix}{n:04d}"
    return out


def next_id(plan: Plan, table: schema.Table) -> str:
    prefix = schema.ROW_ID_PREFIX[table.key]
    ids = [r.row_id for r in fields.items(plan, table) if r.row_id and r.row_id.startswith(prefix)]
    n = max((int(i[len(prefix) :]) for i in ids if i[len(prefix) :].isdigit()), default=0)
    return f"{prefix}{n + 1:04d}"
