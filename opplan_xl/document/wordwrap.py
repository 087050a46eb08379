"""Thai word wrapping for the copy of the document handed to LibreOffice (never the .docx itself).

LibreOffice finds line breaks in Thai with ICU's dictionary, which splits compounds and names into their
parts: "จัด|ทำ", "ดำเนิน|งาน", "ท้อง|ถิ่น", "หนองบัว|แก้ว". In the renderer's copy every run of Thai letters
is segmented with PyThaiNLP's dictionary segmenter (``newmm``: a larger dictionary with compounds, plus
the plan's own names: the organisation, district, province and agencies), a ZERO WIDTH SPACE marks each
word boundary and WORD JOINERs keep each word whole (:func:`.breaks.glue`) when it surely fits on a
line of its paragraph or cell; a word wider than that is left to the renderer. Fixed phrases (a year
after "พ.ศ.", a number after "ข้อ" or "ครั้งที่": ``doc.break.phrases``) get a no-break space. The place
and agency cells have already been prepared by :func:`.breaks.keep_words` and are left alone.

Both invisible characters are left out of the PDF's text by LibreOffice, so the PDF stays searchable;
measured in ``bench/bench_linebreaks.py``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from .breaks import WORD_JOINER, ZERO_WIDTH_SPACE, glue, text_width

NBSP = "\u00a0"
_THAI_RUN = re.compile("[\u0e01-\u0e5b]{2,}")
_TEXT = re.compile(r'(<w:t xml:space="preserve">)([^<]*)(</w:t>)')
_CELL = re.compile(r'<w:tc><w:tcPr><w:tcW w:w="(\d+)"')
_SAFETY = 0.95


@lru_cache(maxsize=4)
def _dictionary(extra: frozenset[str]):
    from pythainlp.corpus.common import thai_words
    from pythainlp.util import dict_trie

    return dict_trie(set(thai_words()) | set(extra))


class Wrapper:
    """Prepares XML chunks of the renderer's copy; ``names`` are extra dictionary words (the plan's)."""

    def __init__(
        self,
        names: Iterable[str],
        phrases: Iterable[str],
        *,
        size: float,
        room: int,
        cell_size: float = 14,
        cell_margin: int = 80,
    ) -> None:
        heads = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
        self._phrase = re.compile(f"({heads}) (?=\\(?[0-9\u0e50-\u0e59])") if heads else None
        self._trie = _dictionary(frozenset(n for n in names if n and _THAI_RUN.fullmatch(n)))
        self._size = size
        self._cell_size = cell_size
        self._room = room
        self._margin = cell_margin
        self._cache: dict[tuple[str, int], str] = {}

    def words(self, text: str) -> list[str]:
        from pythainlp.tokenize import word_tokenize

        return word_tokenize(text, custom_dict=self._trie, engine="newmm", keep_whitespace=True)

    def text(self, text: str, room: int, size: float) -> str:
        """One run's text: word boundaries marked, words that fit ``room`` twips at ``size`` kept whole."""
        key = (text, room, size)
        out = self._cache.get(key)
        if out is None:
            out = self._phrase.sub(lambda m: m.group(1) + NBSP, text) if self._phrase else text
            if WORD_JOINER not in out and ZERO_WIDTH_SPACE not in out:
                limit = room * _SAFETY
                out = _THAI_RUN.sub(
                    lambda m: ZERO_WIDTH_SPACE.join(
                        glue(w) if len(w) > 1 and text_width(w, size) <= limit else w for w in self.words(m.group(0))
                    ),
                    out,
                )
            self._cache[key] = out
        return out

    def chunk(self, xml: str) -> str:
        """A body chunk: each table cell's text wrapped for its width, the rest for the page's."""
        cells = list(_CELL.finditer(xml))
        if not cells:
            return self._texts(xml, self._room, self._size)
        out = [self._texts(xml[: cells[0].start()], self._room, self._size)]
        for i, m in enumerate(cells):
            end = cells[i + 1].start() if i + 1 < len(cells) else len(xml)
            out.append(self._texts(xml[m.start() : end], int(m.group(1)) - 2 * self._margin, self._cell_size))
        return "".join(out)

    def _texts(self, xml: str, room: int, size: float) -> str:
        return _TEXT.sub(lambda m: m.group(1) + self.text(m.group(2), room, size) + m.group(3), xml)
