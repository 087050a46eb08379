"""The document being written: context + package + the headings the table of contents lists.

Each chapter module (``front``, ``intro``, ``forms``, ``appendix``) is a function of a :class:`Writer`.
Headings go through :meth:`Writer.heading` so that the table of contents, written before them, can
list them all: it is a placeholder in the body filled in at the end (:meth:`Writer.fill_toc`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import styles
from .context import Context
from .package import DocxPackage
from .xml import (
    Page,
    cm,
    esc,
    field_begin,
    field_end,
    para,
    run,
    run_content,
    tab_run,
)

PORTRAIT = Page(landscape=False, top=cm(2.5), bottom=cm(2.0), left=cm(3.0), right=cm(2.0))
# Landscape pages are bound along their top edge: the larger margin and the header stay clear of it.
LANDSCAPE = Page(
    landscape=True, top=cm(2.5), bottom=cm(1.5), left=cm(1.5), right=cm(1.5), header=cm(1.5), footer=cm(0.7)
)

# Headings 1-2, and (\\u) paragraphs with an outline level: the form titles' style has level 2.
TOC_INSTRUCTION = 'TOC \\o "1-2" \\h \\z \\u'


@dataclass(frozen=True)
class Heading:
    level: int  # 1 or 2
    text: str
    bookmark: str


@dataclass
class Writer:
    ctx: Context
    pkg: DocxPackage
    headings: list[Heading] = field(default_factory=list)
    _toc_slot: int | None = None

    def add(self, *chunks: str) -> None:
        """Body XML; in the renderer's copy with Thai words kept whole (``wordwrap.py``)."""
        if self.ctx.for_renderer:
            chunks = tuple(self.ctx.wrapper.chunk(c) for c in chunks)
        self.pkg.add(*chunks)

    def heading(self, text: str, level: int = 1, *, style: str | None = None, props: str = "", **ppr) -> str:
        """A heading paragraph with a bookmark, listed in the table of contents."""
        bid, name = self.pkg.bookmark()
        self.headings.append(Heading(level, text, name))
        content = f'<w:bookmarkStart w:id="{bid}" w:name="{name}"/>{run(text, props)}<w:bookmarkEnd w:id="{bid}"/>'
        return para(content, style or (styles.H1 if level == 1 else styles.H2), **ppr)

    def toc_placeholder(self) -> None:
        self._toc_slot = len(self.pkg.body)
        self.pkg.body.append("")

    def fill_toc(self, pages: list[str] | None = None) -> None:
        """Write the table of contents: a Word TOC field whose last known result lists every heading.

        Each entry's page number is a ``PAGEREF`` field to the heading's bookmark; ``pages`` (Arabic
        digits, one per heading, e.g. from LibreOffice's layout) are shown until Word updates the field.
        """
        if self._toc_slot is None:
            return
        if pages is not None and len(pages) != len(self.headings):
            pages = None
        out = []
        last = len(self.headings) - 1
        for i, h in enumerate(self.headings):
            begin = field_begin(TOC_INSTRUCTION, dirty=True) if i == 0 else ""
            end = field_end() if i == last else ""
            shown = self.ctx.number(pages[i]) if pages else ""
            page = field_begin(f"PAGEREF {h.bookmark} \\h") + f"<w:r>{run_content(shown)}</w:r>" + field_end()
            link = (
                f'<w:hyperlink w:anchor="{esc(h.bookmark)}" w:history="1">{run(h.text)}{tab_run()}{page}</w:hyperlink>'
            )
            out.append(para(begin + link + end, styles.TOC1 if h.level == 1 else styles.TOC2))
        if not self.headings:
            out.append(para(field_begin(TOC_INSTRUCTION, dirty=True) + field_end()))
        self.pkg.body[self._toc_slot] = "".join(out)
