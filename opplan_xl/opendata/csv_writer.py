"""The CSV of the open data: one line per row, UTF-8 with a BOM and CRLF line ends, so that Excel opens it with the
Thai intact by a double click.

Text typed in a workbook (or sent back by another agency) can start with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return, which Excel and LibreOffice would run as a formula: such a value is written with a leading ``'``
(only in the CSV; the JSON keeps every value as it is). Amounts, dates and numbers are never prefixed (a negative
budget stays ``-5.00``).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from decimal import Decimal
from typing import Any

from .fields import header
from .rows import LIST_FIELDS, ROW_FIELDS, TEXT_FIELDS, OpenData

BOM = "\ufeff"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
LIST_SEPARATOR = " "


def safe_text(text: str) -> str:
    """``text`` with a leading ``'`` when a spreadsheet would take it for a formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def cell(key: str, value: Any) -> str:
    """One CSV value: money as plain number text (``1234.50``), dates ISO, booleans true/false, lists joined."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, dt.date):
        return value.isoformat()
    if key in LIST_FIELDS:
        return LIST_SEPARATOR.join(safe_text(str(v)) for v in value)
    text = str(value)
    return safe_text(text) if key in TEXT_FIELDS else text


def to_csv(data: OpenData, header_lang: str = "en") -> bytes:
    """The rows as CSV bytes (the header in English keys, or Thai names with ``header_lang="th"``)."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([safe_text(h) for h in header(header_lang)])
    for row in data.rows:
        writer.writerow([cell(k, row[k]) for k in ROW_FIELDS])
    return (BOM + out.getvalue()).encode("utf-8")
