"""The open data's field documentation: read from the JSON Schema (``plan.schema.json``), the one place where each
field's Thai name (``title``) and English description are written."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

SCHEMA_FILE = "plan.schema.json"


@cache
def plan_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of ``opplan export --format json``."""
    text = resources.files(__package__).joinpath(SCHEMA_FILE).read_text(encoding="utf-8")
    return json.loads(text)


def item_properties() -> dict[str, dict[str, Any]]:
    """The row fields, in column order: key → its schema (with ``title`` and ``description``)."""
    return plan_schema()["$defs"]["item"]["properties"]


def header(lang: str = "en") -> list[str]:
    """The CSV header: English keys, or (``"th"``) the Thai names."""
    from .rows import ROW_FIELDS

    props = item_properties()
    return [props[k]["title"] if lang == "th" else k for k in ROW_FIELDS]
