"""Where Thai lines may break in the narrow name columns of the forms (place, agency).

Thai is written without spaces between words, so Word and LibreOffice find line breaks with a
dictionary (LibreOffice: ICU's). That works for running text, but it splits names the dictionary does
not know, and compounds, into their dictionary words: "บ้านสันป่า|สัก", "รับผิด|ชอบ", "สำนัก|ปลัด".
Zero-width spaces would not help: they only *add* break opportunities, and the renderers already break
at those places.

So for the place and agency cells (short names in columns of about 2.5 cm) this module does the
opposite, without a dictionary: a line may break only

- at a space, after "," ";" "/", and
- before one of a few known name words (``doc.break.prefixes`` in the catalogue: บ้าน, หมู่ที่, ตำบล,
  อำเภอ, จังหวัด, กอง, สำนักงาน …), matched left to right, longest first;

a ZERO WIDTH SPACE (U+200B) marks those breaks inside a run of letters (without it LibreOffice finds no
break there once the pieces are joined), and every other break inside a piece is prevented with WORD
JOINERs (U+2060) between its grapheme clusters (never before a combining mark or sara am, which would
detach the mark). A piece that might not fit on one line of its column is left as typed, to the
renderer's dictionary: a joined piece wider than the line makes LibreOffice break it at an arbitrary
letter, even inside a cluster. The width is an upper-bound estimate from TH Sarabun New's advances.

Both characters are invisible and LibreOffice leaves them out of the PDF's text, so the PDF stays
searchable. They go only into the copy of the document handed to LibreOffice
(``Context.for_renderer``): the .docx the officer edits, searches and copies from holds the plan's
text, with no character the plan does not have.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence

WORD_JOINER = "\u2060"
ZERO_WIDTH_SPACE = "\u200b"

# Thai combining marks (above/below vowels, tone marks …) and sara am: a cluster continues through them.
_COMBINING = frozenset(
    "\u0e31\u0e33\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e"
)
_THAI = re.compile("[\u0e01-\u0e4f]")
_LEADING = frozenset("\u0e40\u0e41\u0e42\u0e43\u0e44")  # vowels written before their consonant
_PUNCTUATION = frozenset(",;/")  # a line may break after these
# Chunks: runs without white space.
_SPLIT = re.compile(r"(\s+)")

# Advance widths in em of U+0E01 … U+0E5B in TH Sarabun New, the larger of regular and bold, rounded up
# (tests/test_document_pdf.py checks them against the scaled stand-in, which has its metrics); Arabic
# digits count as Thai ones, anything else (Latin, punctuation) as 0.62 em.
_THAI_EM = tuple(
    float(x)
    for x in """
    0.39 0.42 0.43 0.40 0.40 0.45 0.32 0.39 0.41 0.42 0.43 0.57 0.57 0.43 0.43 0.37
    0.49 0.55 0.58 0.41 0.41 0.39 0.44 0.36 0.43 0.45 0.45 0.42 0.42 0.48 0.48 0.43
    0.42 0.39 0.33 0.39 0.40 0.43 0.38 0.40 0.46 0.40 0.44 0.47 0.40 0.39 0.39 0.36
    0.00 0.34 0.34 0.00 0.00 0.00 0.00 0.00 0.00 0.00 0.00 0.00 0.00 0.00 0.41 0.21
    0.40 0.26 0.27 0.26 0.21 0.44 0.00 0.00 0.00 0.00 0.00 0.00 0.00 0.00 0.45 0.46
    0.46 0.46 0.46 0.46 0.46 0.46 0.46 0.46 0.46 0.53 0.70
""".split()  # noqa: SIM905 (a table is easier to read as rows of numbers)
)
_DIGIT_EM = 0.46  # as wide as a Thai digit, so that the Thai-digit setting never changes where lines break
_OTHER_EM = 0.62
_SAFETY = 0.97  # join only what fills at most this share of the line


def text_width(text: str, size: float) -> float:
    """An upper estimate of ``text``'s width in twips at ``size`` points."""
    return sum(_em(c) for c in text) * size * 20


def _em(c: str) -> float:
    i = ord(c) - 0x0E01
    if 0 <= i < len(_THAI_EM):
        return _THAI_EM[i]
    return _DIGIT_EM if "0" <= c <= "9" else _OTHER_EM


def glue(piece: str) -> str:
    """``piece`` with a WORD JOINER between its grapheme clusters: no line break inside it."""
    out = [piece[0]]
    for c in piece[1:]:
        if c not in _COMBINING:
            out.append(WORD_JOINER)
        out.append(c)
    return "".join(out)


def _split_before(piece: str, prefixes: Sequence[str], bounds: set[int] | None = None) -> list[str]:
    """``piece`` cut before each prefix (not at its start; scanning left to right, longest prefix first;
    only at a word boundary when ``bounds`` are given) and after each of , ; /"""
    cuts: list[int] = []
    i = max(1, len(next((p for p in prefixes if piece.startswith(p)), "")))
    while i < len(piece):
        match = next((p for p in prefixes if piece.startswith(p, i)), "")
        if match and piece[i] not in _COMBINING and piece[i - 1] not in _LEADING and (bounds is None or i in bounds):
            cuts.append(i)
            i += len(match)
        else:
            if piece[i - 1] in _PUNCTUATION and piece[i] not in _PUNCTUATION:
                cuts.append(i)
            i += 1
    bounds = [0, *cuts, len(piece)]
    return [piece[a:b] for a, b in itertools.pairwise(bounds)]


def keep_words(
    text: str, room: int, size: float, prefixes: Sequence[str], words: Callable[[str], list[str]] | None = None
) -> str:
    """``text`` with breaks allowed only at spaces, punctuation and before ``prefixes``: each Thai piece
    that surely fits in ``room`` twips at ``size`` points is joined so that it cannot break inside.
    ``words`` (a segmenter) limits the breaks before prefixes to word boundaries: "องค์การบริหารส่วนจังหวัด"
    is one word, not "…ส่วน" + "จังหวัด…"."""
    if not text or not _THAI.search(text):
        return text
    ordered = sorted(prefixes, key=len, reverse=True)
    limit = room * _SAFETY
    out = []
    for chunk in _SPLIT.split(text):
        if not chunk or chunk.isspace() or not _THAI.search(chunk):
            out.append(chunk)
            continue
        bounds = set(itertools.accumulate(len(w) for w in words(chunk))) if words else None
        pieces = []
        for piece in _split_before(chunk, ordered, bounds):
            if len(piece) > 1 and text_width(piece, size) <= limit:
                pieces.append(glue(piece))
            elif words:  # too long for one line: break it between its words
                pieces.append(
                    ZERO_WIDTH_SPACE.join(glue(w) if text_width(w, size) <= limit else w for w in words(piece))
                )
            else:
                pieces.append(piece)
        out.append(ZERO_WIDTH_SPACE.join(pieces))
    return "".join(out)
