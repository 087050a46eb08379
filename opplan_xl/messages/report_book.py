"""Messages of report_book (see messages/__init__.py)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {}
