"""The one message catalogue: every text a user sees, in Thai, with English for maintainers.

Entries are ``key: (thai, english)`` templates for ``str.format``. Finding codes (``E-…``, ``W-…``,
``I-…``) and interface texts (``ui.…``) share the catalogue. It is split into one module per area only
so that people working on different areas do not edit the same file; lookups go through here.
"""

from __future__ import annotations

from . import (
    amend,
    checks,
    core,
    document,
    excel,
    field,
    imports,
    merge,
    opendata,
    progress,
    read,
    report,
    report_book,
    report_cli,
    untrusted,
)

CATALOGUE: dict[str, tuple[str, str]] = {}
_PARTS = (core, read, document, excel, merge, field, checks, untrusted, amend, imports)
for _part in (*_PARTS, progress, report, report_book, report_cli, opendata):
    _dupes = CATALOGUE.keys() & _part.MESSAGES.keys()
    if _dupes:
        raise RuntimeError(f"message keys defined twice: {sorted(_dupes)}")
    CATALOGUE.update(_part.MESSAGES)


class _Safe(dict):
    """Leaves unknown placeholders visible instead of raising."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def text(key: str, lang: str = "th", **params: object) -> str:
    """The message ``key`` in ``lang`` ("th" or "en") with ``params`` filled in."""
    th, en = CATALOGUE[key]
    template = en if lang == "en" else th
    return template.format_map(_Safe(params))
