"""Messages of one area: Untrusted files: bounded cost, nothing misread (issue 12)."""

MESSAGES: dict[str, tuple[str, str]] = {}
