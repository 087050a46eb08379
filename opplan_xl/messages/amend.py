"""Messages of one area: The plan's year: amendments, versions, diff (issue 11)."""

MESSAGES: dict[str, tuple[str, str]] = {}
