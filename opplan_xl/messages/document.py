"""Messages of the document area (see messages/__init__.py)."""

MESSAGES: dict[str, tuple[str, str]] = {}
