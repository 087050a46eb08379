"""Messages of one area: Importing hand-made workbooks and rolling forward (issue 14)."""

MESSAGES: dict[str, tuple[str, str]] = {}
