"""Messages of one area: Checks, commands and files as officers meet them (issue 9)."""

MESSAGES: dict[str, tuple[str, str]] = {}
