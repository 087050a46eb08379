"""Messages of one area: Excel in the field: setup, bundle, Excel's limits (issue 8)."""

MESSAGES: dict[str, tuple[str, str]] = {}
