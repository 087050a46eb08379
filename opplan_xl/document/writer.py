"""The document being written: context + package + the headings the table of contents lists.

Each chapter module (``front``, ``intro``, ``forms``; ``amendment``, ``certificate``) is a function of a
:class:`Writer`.
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

# Headings 1-2 (\o: the styles defined with those levels) and TC fields (\f): the entries whose text is more
# than their heading (a form title with its code). Not \u: a form title's paragraph has its level for the
# navigation pane and LibreOffice, and Word would list it twice.
TOC_INSTRUCTION = 'TOC \\o "1-2" \\f \\h \\z'


@dataclass(frozen=True)
class Heading:
    level: int  # 1 or 2
    text: str  # the contents entry: the heading's text and its addition
    bookmark: str
    addition: str = ""  # what the entry adds to the heading as printed (" (แบบ ผด.01)")


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

    def heading(
        self, text: str, level: int = 1, *, style: str | None = None, props: str = "", addition: str = "", **ppr
    ) -> str:
        """A heading paragraph with a bookmark, listed in the table of contents. ``addition``: text its contents
        entry has after the heading's own (a form's code). A ``style`` other than heading 1 / 2 has no heading
        level of its own (the form title's): the paragraph gets its level directly, which Word's contents (no
        ``\\u``) do not list but its navigation pane and LibreOffice do. With an addition, Word takes the entry
        from a ``TC`` field; LibreOffice reads none, so the renderer's copy has no TC field and the addition
        is made after its index update (``pdf.py``, :attr:`contents_additions`)."""
        bid, name = self.pkg.bookmark()
        self.headings.append(Heading(level, text + addition, name, addition))
        content = f'<w:bookmarkStart w:id="{bid}" w:name="{name}"/>{run(text, props)}<w:bookmarkEnd w:id="{bid}"/>'
        xml = para(content, style or (styles.H1 if level == 1 else styles.H2), **ppr)
        if style is None:  # heading 1 / heading 2: the style has the level
            if addition:
                raise ValueError("a contents addition needs a style of its own (without a heading level)")
            return xml
        if "run_props" in ppr or "sect" in ppr:
            raise ValueError("a heading of its own style takes no run properties or section")
        # the paragraph's own level (outlineLvl: the last pPr child here)
        xml = xml.replace("</w:pPr>", f'<w:outlineLvl w:val="{level - 1}"/></w:pPr>', 1)
        if not addition or self.ctx.for_renderer:
            return xml
        entry = (text + addition).replace('"', '\\"')
        tc = (
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> TC "{esc(entry)}" \\l {level} </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        )
        return xml.removesuffix("</w:p>") + tc + "</w:p>"

    @property
    def contents_additions(self) -> list[tuple[int, str]]:
        """(entry index, addition) of the contents entries that add to their heading."""
        return [(i, h.addition) for i, h in enumerate(self.headings) if h.addition]

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
