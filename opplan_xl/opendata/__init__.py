"""The plan as open data (``opplan export``): a CSV and a JSON document with its JSON Schema, for the office's
website and for civic projects that republish plans.

:func:`~.rows.open_data` builds the rows, metadata and totals from a Plan; :func:`~.csv_writer.to_csv` and
:func:`~.json_writer.to_json` write them; :func:`~.fields.plan_schema` is the schema (``plan.schema.json``), where
every field's Thai name and English description are.
"""

from __future__ import annotations

from .csv_writer import to_csv
from .fields import header, plan_schema
from .json_writer import document, to_json
from .rows import ROW_FIELDS, OpenData, open_data

__all__ = ["ROW_FIELDS", "OpenData", "document", "header", "open_data", "plan_schema", "to_csv", "to_json"]
