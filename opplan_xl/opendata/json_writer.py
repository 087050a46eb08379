"""The JSON of the open data (``plan.schema.json``): UTF-8 without a BOM, Thai as it is (not ``\\u`` escapes), money
as strings with 2 decimals, dates ISO 8601."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

from .rows import ROW_FIELDS, OpenData

SCHEMA_VERSION = "1.0"


def plain(value: Any) -> Any:
    """A value as JSON takes it: ``Decimal`` → ``"1234.50"``, dates → ISO text, tuples → lists."""
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, dt.datetime):
        text = value.isoformat()
        return text[:-6] + "Z" if text.endswith("+00:00") else text
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


def document(data: OpenData) -> dict[str, Any]:
    """The whole JSON document as plain data."""
    return {
        "schema_version": SCHEMA_VERSION,
        "plan": plain(data.meta),
        "totals": plain(data.totals),
        "items": [{k: plain(row[k]) for k in ROW_FIELDS} for row in data.rows],
    }


def to_json(data: OpenData) -> bytes:
    return (json.dumps(document(data), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
