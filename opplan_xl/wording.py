"""The document's wording: the paragraphs of the ประกาศ, คำนำ and ส่วนที่ ๑ as the officer words them.

The standard text of each paragraph is the message catalogue's ``doc.text.<key>`` (a ``str.format`` template with
ASCII fields such as ``{org}``). The workbook's wording sheet (``schema.PARAGRAPHS``) shows it with Thai
placeholders (``{ชื่ออปท}``, ``schema.PLACEHOLDERS``); the officer edits the text there and the next document uses
it. This module translates between the two, splits an officer's text into literal text and placeholders, and says
what is wrong with it (an unknown placeholder, a brace without its pair). It never raises on what a cell holds:
whatever cannot be read as a placeholder is printed as typed, and the rules (``rules/paragraphs.py``) report it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from . import messages, schema
from .model import Paragraph, Plan

__all__ = [
    "Piece",
    "Problem",
    "chosen",
    "fill",
    "known_names",
    "pieces",
    "problems",
    "standard_paragraphs",
    "standard_text",
]

_FIELD = re.compile(r"\{([A-Za-z_]+)\}")
_BY_PARAM = {param: name for name, param, _ in schema.PLACEHOLDERS}
_SHOWN_AROUND = 12  # characters of context a brace finding quotes on each side


def _norm(name: str) -> str:
    """A placeholder name as compared: no spaces, no zero-width characters, no dots ("ชื่อ อปท." = "ชื่ออปท")."""
    return schema.normalise_header(name).replace(".", "")


_BY_NAME = {_norm(name): param for name, param, _ in schema.PLACEHOLDERS}


def known_names() -> str:
    """The placeholders the officer may type, as a finding lists them: "{ชื่ออปท}, {อำเภอจังหวัด}, …"."""
    return ", ".join("{" + name + "}" for name, _, _ in schema.PLACEHOLDERS)


def standard_text(key: str) -> str:
    """The standard text of paragraph ``key`` as the wording sheet shows it: Thai placeholders, Thai digits."""
    template = messages.CATALOGUE[f"doc.text.{key}"][0]
    return _FIELD.sub(lambda m: "{" + _BY_PARAM[m.group(1)] + "}", template)


def standard_paragraphs() -> list[Paragraph]:
    """Every paragraph with its standard text, in document order (the sheet of a workbook without one)."""
    first = schema.PARAGRAPHS.header_row + 1
    return [
        Paragraph(key=key, part=part, text=standard_text(key), row=first + i)
        for i, (key, part) in enumerate(schema.PARAGRAPH_PARTS)
    ]


def chosen(plan: Plan) -> dict[str, Paragraph]:
    """The row each paragraph of the document is taken from: the first row of the sheet with its key."""
    out: dict[str, Paragraph] = {}
    for p in plan.paragraphs:
        if p.key in schema.PARAGRAPH_KEYS and p.key not in out:
            out[p.key] = p
    return out


# --------------------------------------------------------------------------------------------------
# An officer's text: literal text and placeholders
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Piece:
    """A stretch of an officer's text: literal ``text``, or a placeholder (``param`` is the value it stands for;
    ``None`` for a name that is no placeholder, which is then printed as typed, braces and all)."""

    text: str
    placeholder: bool = False
    param: str | None = None


@dataclass(frozen=True)
class Problem:
    """What is wrong in an officer's text: ``"unknown"`` (a name in braces that is no placeholder; ``shown`` is
    the name with its braces) or ``"brace"`` (a ``{`` or ``}`` without its pair; ``shown`` is the text around it)."""

    kind: str
    shown: str


def _around(text: str, i: int) -> str:
    start, end = max(0, i - _SHOWN_AROUND), min(len(text), i + _SHOWN_AROUND + 1)
    return ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")


def _scan(text: str) -> tuple[list[Piece], list[Problem]]:
    out: list[Piece] = []
    found: list[Problem] = []
    literal: list[str] = []
    i, n = 0, len(text)

    def flush() -> None:
        if literal:
            out.append(Piece("".join(literal)))
            literal.clear()

    while i < n:
        ch = text[i]
        if ch == "{":
            close = text.find("}", i + 1)
            reopen = text.find("{", i + 1)
            if close < 0 or (0 <= reopen < close):  # no pair: printed as typed
                found.append(Problem("brace", _around(text, i)))
                literal.append(ch)
                i += 1
                continue
            typed = text[i : close + 1]
            param = _BY_NAME.get(_norm(typed[1:-1]))
            if param is None:
                found.append(Problem("unknown", typed))
            flush()
            out.append(Piece(typed, True, param))
            i = close + 1
        elif ch == "}":
            found.append(Problem("brace", _around(text, i)))
            literal.append(ch)
            i += 1
        else:
            j = i + 1
            while j < n and text[j] not in "{}":
                j += 1
            literal.append(text[i:j])
            i = j
    flush()
    return out, found


def pieces(text: str) -> list[Piece]:
    """The officer's text as literal text and placeholders."""
    return _scan(text)[0]


def problems(text: str) -> list[Problem]:
    """Unknown placeholders and unpaired braces in the officer's text, in the order they appear."""
    return _scan(text)[1]


def fill(text: str, values: Mapping[str, str], fixed: Callable[[str], str]) -> str:
    """The officer's text with each placeholder replaced by its value (already formatted for the document) and
    the literal text through ``fixed`` (the document's digits, like the standard text). An unknown placeholder
    stays as typed."""
    out = []
    for piece in pieces(text):
        if piece.param is not None:
            out.append(values[piece.param])
        elif piece.placeholder:
            out.append(piece.text)
        else:
            out.append(fixed(piece.text))
    return "".join(out)
