"""Stable row ids: the hidden column that lets two workbooks' rows be matched whatever else changed."""

from __future__ import annotations

from .. import schema
from ..model import Plan
from . import fields


def needs_ids(plan: Plan) -> bool:
    """True when a table has rows and none of them has an id: a plan that never had ids (new, imported, made by
    hand). A table where only some rows lack one (rows typed in Excel since) is left alone: numbering them after the
    highest id could give a new row the id a row deleted since had in the earlier file, and a diff would pair the
    two. Such rows are matched by their content, and ``opplan amend`` gives them ids that the earlier file knows."""
    return any(rows and not any(r.row_id for r in rows) for rows in (fields.items(plan, t) for t in fields.TABLES))


def _content_tag(rows: list) -> str:
    """Six hex digits of the table's content: two files given ids separately (two hand-made plans imported one by
    one) share ids only when their rows are the same, so a diff never pairs rows by their position alone."""
    import hashlib

    digest = hashlib.sha1()
    for row in rows:
        digest.update(repr(fields.values(row)).encode("utf-8"))
    return digest.hexdigest()[:6].upper()


def with_ids(plan: Plan, *, fresh_only: bool = False) -> Plan:
    """A copy of the plan in which every project and equipment row has an id (P0001…, E0001…); existing ids stay.
    ``fresh_only`` (what the workbook writer does): only tables in which no row has an id yet (see
    :func:`needs_ids`), and their ids carry a tag of the table's content (P0001-3FA9C1)."""
    out = plan.model_copy(deep=True)
    for table in fields.TABLES:
        prefix = schema.ROW_ID_PREFIX[table.key]
        rows = fields.items(out, table)
        used = {r.row_id for r in rows if r.row_id}
        if fresh_only:
            if used or not rows:
                continue
            tag = _content_tag(rows)
            for n, row in enumerate(rows, 1):
                row.row_id = f"{prefix}{n:04d}-{tag}"
            continue
        n = max((_number(i, prefix) for i in used), default=0)
        for row in rows:
            if not row.row_id:
                n += 1
                row.row_id = f"{prefix}{n:04d}"
    return out


def next_id(plan: Plan, table: schema.Table) -> str:
    prefix = schema.ROW_ID_PREFIX[table.key]
    n = max((_number(r.row_id, prefix) for r in fields.items(plan, table) if r.row_id), default=0)
    return f"{prefix}{n + 1:04d}"


def _number(row_id: str, prefix: str) -> int:
    """The number of an id (P0012 and P0012-3FA9C1 → 12), 0 for an id of another form."""
    digits = row_id[len(prefix) :].split("-")[0] if row_id.startswith(prefix) else ""
    return int(digits) if digits.isdigit() else 0
