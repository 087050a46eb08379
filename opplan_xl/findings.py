"""Findings: what checking a plan found, as data (never exceptions).

A finding has a stable code (``E-BUDGET-NOT-NUMBER``), a severity, the place (sheet and cell) and a
message in Thai for the user and English for maintainers, both from the message catalogue
(:mod:`opplan_xl.messages`). The code's first letter is its default severity: E error, W warning,
I info.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from . import messages
from .thai import format_date


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


_SEVERITY_BY_LETTER = {"E": Severity.ERROR, "W": Severity.WARNING, "I": Severity.INFO}
_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


@dataclass(frozen=True)
class Finding:
    code: str
    severity: Severity
    sheet: str
    cell: str
    message: str  # Thai, for the user
    message_en: str  # English, for maintainers and --lang en
    params: dict = field(default_factory=dict, compare=False, hash=False)

    def text(self, lang: str = "th") -> str:
        msg = self.message_en if lang == "en" else self.message
        where = f"{self.sheet}!{self.cell}" if self.cell else self.sheet
        return f"{where}: {msg}" if where else msg

    def to_json(self, lang: str = "th") -> dict:
        return {
            "code": self.code,
            "severity": str(self.severity),
            "sheet": self.sheet,
            "cell": self.cell,
            "message": self.message_en if lang == "en" else self.message,
        }


def finding(code: str, sheet: str = "", cell: str = "", **params: object) -> Finding:
    """Make a finding from the catalogue. ``params`` fill the message templates."""
    if code not in messages.CATALOGUE:
        raise KeyError(f"no message for finding code {code!r}")
    severity = _SEVERITY_BY_LETTER[code[0]]
    values = {"sheet": sheet, "cell": cell, **params}
    th, en = values, values
    dates = [k for k, v in params.items() if isinstance(v, dt.date)]
    if dates:  # a date reads as the reader's language: "15 ต.ค. 2569" in Thai, "15 Oct 2026" in English
        th = {**values, **{k: format_date(params[k], "short", thai_digits=False) for k in dates}}
        en = {**values, **{k: f"{params[k].day} {params[k]:%b %Y}" for k in dates}}
        params = {**params, **{k: th[k] for k in dates}}
    long = [k for k in QUOTED if isinstance(params.get(k), str) and len(params[k]) > SHOWN_MAX]
    if long:  # what a cell holds is quoted by a short prefix only
        th = {**th, **{k: shown_value(params[k], "th") for k in long}}
        en = {**en, **{k: shown_value(params[k], "en") for k in long}}
        params = {**params, **{k: th[k] for k in long}}
    return Finding(
        code=code,
        severity=severity,
        sheet=sheet,
        cell=cell,
        message=messages.text(code, "th", **th),
        message_en=messages.text(code, "en", **en),
        params=params,
    )


SHOWN_MAX = 80  # characters of a value a message quotes
# message parameters that quote what a cell holds (a file from outside may put 32,767 characters there)
QUOTED = ("value", "name", "agency", "text", "org", "label", "header", "equipment")


def shown_value(text: str, lang: str = "th") -> str:
    """A value as a message quotes it: whole when short, else its first characters and its length."""
    if len(text) <= SHOWN_MAX:
        return text
    return messages.text("ui.untrusted.long_value", lang, prefix=text[: SHOWN_MAX - 20], length=f"{len(text):,}")


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Errors first, then by sheet and position."""
    from .xlsx.cells import split_address

    def key(f: Finding) -> tuple:
        try:
            row, col = split_address(f.cell)
        except ValueError:
            row, col = 0, 0
        return (_ORDER[f.severity], f.sheet, row, col, f.code)

    return sorted(findings, key=key)


def counts(findings: Iterable[Finding]) -> dict[str, int]:
    c = Counter(f.severity for f in findings)
    return {s.value: c.get(s, 0) for s in Severity}


def has_errors(findings: Iterable[Finding]) -> bool:
    return any(f.severity is Severity.ERROR for f in findings)
