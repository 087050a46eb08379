"""Assemble the whole document: sections in order, headers and footers, the contents, the package.

Order (domain/README.md §5): ปก → ประกาศ → คำนำ → สารบัญ | ส่วนที่ ๑ → ส่วนที่ ๒ (divider) |
ผด.01 | ผด.02 | ผด.02/1 (landscape). ``|`` is a section break: the front matter has no page numbers,
numbering starts at ๑ with ส่วนที่ ๑, and each form section carries its form code in the page header.
The plan that is posted holds only the plan: the posting certificate is a document of its own, made
after the posting (:func:`build_certificate`), and the deadlines are an internal report (``opplan
deadlines``, the results sheet).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .. import schema
from . import certificate, forms, front, intro, styles
from .context import Context
from .package import DocxPackage, Section
from .writer import LANDSCAPE, PORTRAIT, Writer
from .xml import field as xml_field
from .xml import para

if TYPE_CHECKING:
    from ..model import Plan

LOGO_HEIGHT_CM = 3.5


@dataclass(frozen=True)
class Logo:
    """An image ready to embed: bytes, extension, MIME type and pixel size."""

    data: bytes
    ext: str
    content_type: str
    px: tuple[int, int]


def load_logo(path: Path) -> Logo:
    """Read an image file; raises ``FileNotFoundError`` or ``ValueError`` (not an image we can embed)."""
    from docx.image.exceptions import UnrecognizedImageError
    from docx.image.image import Image

    from ..logo import read_logo

    data = read_logo(path)  # a plain file of an image type, within the size limit
    try:
        image = Image.from_blob(data)
    except (UnrecognizedImageError, Exception) as exc:  # python-docx raises several kinds on junk
        raise ValueError(str(exc)) from exc
    return Logo(data, image.ext, image.content_type, (image.px_width, image.px_height))


def make_context(plan: Plan, *, for_renderer: bool = False) -> Context:
    from ..deadlines import compute
    from ..rollup import rollup

    return Context(
        plan=plan,
        rollup=rollup(plan),
        deadlines=compute(plan.settings),
        thai_digits=plan.settings.thai_digits,
        for_renderer=for_renderer,
    )


@dataclass(frozen=True)
class Built:
    """The .docx bytes and the headings its contents list, in order (each as its contents entry), and the
    entries that add to their heading (:attr:`.writer.Writer.contents_additions`, for the renderer)."""

    data: bytes
    headings: list[str]
    contents_additions: list[tuple[int, str]] = field(default_factory=list)


def build(
    plan: Plan,
    *,
    logo: Logo | None = None,
    garuda: Logo | None = None,
    toc_pages: list[str] | None = None,
    for_renderer: bool = False,
) -> Built:
    """The whole plan as a .docx; ``toc_pages`` are the contents' page numbers when known. ``for_renderer``
    makes the copy handed to LibreOffice, whose names carry invisible characters that keep them whole."""
    ctx = make_context(plan, for_renderer=for_renderer)
    pkg = DocxPackage(title=ctx.plan_title, author=ctx.org, thai_digits=ctx.thai_digits)
    w = Writer(ctx, pkg)
    page_format = "thaiNumbers" if ctx.thai_digits else None
    footer = pkg.add_footer(para(xml_field("PAGE", ctx.number("1")), styles.FOOTER))

    logo_run = pkg.picture(logo.data, logo.ext, logo.content_type, logo.px, LOGO_HEIGHT_CM) if logo else ""
    front.cover(w, logo_run)
    garuda_run = ""
    if garuda:
        garuda_run = pkg.picture(garuda.data, garuda.ext, garuda.content_type, garuda.px, front.GARUDA_CM)
    front.announcement(w, garuda_run)
    front.preface(w)
    front.contents(w)
    pkg.end_section(Section(PORTRAIT))

    intro.part1(w)
    intro.part2_divider(w)
    pkg.end_section(Section(PORTRAIT, footer_id=footer, page_start=1, page_format=page_format))

    last = None
    for key, write_form in forms.FORMS:
        if last is not None:
            pkg.end_section(last)
        header = pkg.add_header(forms.form_header(schema.FORM_CODES[key]))
        write_form(w)
        last = Section(LANDSCAPE, header_id=header, page_format=page_format)

    w.fill_toc(toc_pages)
    data = pkg.to_bytes(last)
    return Built(data, [h.text for h in w.headings], w.contents_additions)


def build_certificate(plan: Plan, *, for_renderer: bool = False) -> Built:
    """The posting certificate as a .docx of one portrait page (see ``certificate.py``)."""
    ctx = make_context(plan, for_renderer=for_renderer)
    pkg = DocxPackage(title=ctx.msg("doc.cert.title"), author=ctx.org, thai_digits=ctx.thai_digits)
    w = Writer(ctx, pkg)
    certificate.certificate(w)
    return Built(pkg.to_bytes(Section(PORTRAIT)), [])
