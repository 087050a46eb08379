"""Low-level WordprocessingML: XML text for runs, paragraphs, table cells and rows, sections and fields.

The document-level code (``front.py``, ``forms.py`` …) says *what* goes on the page; this module knows
how Word spells it. Everything returns ``str`` fragments that are joined once into ``document.xml``:
a 5,000-project ผด.02 is 90,000 table cells, and building them as strings from per-row templates is
far cheaper than building an object per cell (see ``bench/bench_document.py``).

Child elements are written in the order the OOXML schema requires (Word refuses files that do not),
so keep the order of the ``pPr``/``rPr``/``tcPr``/``sectPr`` children below when adding one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
WP_NS = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
PIC_NS = "http://schemas.openxmlformats.org/drawingml/2006/picture"

# Namespaces declared on the root of document.xml, headers and footers.
ROOT_NS = f'xmlns:w="{W_NS}" xmlns:r="{R_NS}" xmlns:wp="{WP_NS}" xmlns:a="{A_NS}" xmlns:pic="{PIC_NS}"'
XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

TWIPS_PER_CM = 1440 / 2.54
EMU_PER_CM = 360000


def cm(value: float) -> int:
    """Centimetres → twentieths of a point (twips), the unit of page sizes, margins and widths."""
    return round(value * TWIPS_PER_CM)


# --------------------------------------------------------------------------------------------------
# Text
# --------------------------------------------------------------------------------------------------

# Characters XML 1.0 cannot carry (control characters pasted from other programs).
_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_NEEDS_WORK = re.compile("[&<>\n\t\r\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def esc(text: str) -> str:
    """Text for an element's content: ``& < >`` escaped, characters XML cannot hold removed."""
    if _INVALID.search(text):
        text = _INVALID.sub("", text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def attr(text: str) -> str:
    """Text for an attribute value in double quotes."""
    return esc(text).replace('"', "&quot;")


def _t(text: str) -> str:
    return f'<w:t xml:space="preserve">{text}</w:t>' if text else ""


def run_content(text: str) -> str:
    """The inside of a run: ``<w:t>`` with line breaks as ``<w:br/>`` and tabs as ``<w:tab/>``."""
    if not _NEEDS_WORK.search(text):
        return _t(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    out = []
    for i, line in enumerate(text.split("\n")):
        if i:
            out.append("<w:br/>")
        for j, piece in enumerate(line.split("\t")):
            if j:
                out.append("<w:tab/>")
            out.append(_t(esc(piece)))
    return "".join(out)


def rpr(*, bold: bool = False, size: float | None = None, lang: str | None = None, underline: bool = False) -> str:
    """Direct run properties. Bold and size are set for complex script (Thai) as well as Latin."""
    parts = []
    if bold:
        parts.append("<w:b/><w:bCs/>")
    if size is not None:
        half = round(size * 2)
        parts.append(f'<w:sz w:val="{half}"/><w:szCs w:val="{half}"/>')
    if underline:
        parts.append('<w:u w:val="single"/>')
    if lang:
        parts.append(f'<w:lang w:val="{lang}" w:bidi="{lang}"/>')
    return f"<w:rPr>{''.join(parts)}</w:rPr>" if parts else ""


def run(text: str, props: str = "") -> str:
    """One run of text; ``props`` is an ``rpr()`` string."""
    return f"<w:r>{props}{run_content(text)}</w:r>"


def tab_run() -> str:
    return "<w:r><w:tab/></w:r>"


def page_break_run() -> str:
    return '<w:r><w:br w:type="page"/></w:r>'


# --------------------------------------------------------------------------------------------------
# Paragraphs
# --------------------------------------------------------------------------------------------------


def ppr(
    style: str | None = None,
    *,
    keep_next: bool = False,
    page_break_before: bool = False,
    border_bottom: bool = False,
    tabs: tuple[tuple[str, int, str], ...] = (),
    spacing: tuple[int | None, int | None] | None = None,
    line_exact: int | None = None,
    ind: dict[str, int] | None = None,
    jc: str | None = None,
    sect: str = "",
    run_props: str = "",
) -> str:
    """Paragraph properties, children in schema order. ``tabs`` are (alignment, position, leader);
    ``spacing`` is (before, after) in twips; ``line_exact`` a line height in twips, exactly (no more, no
    less, whatever the font); ``ind`` keys are left, right, firstLine, hanging."""
    parts = []
    if style:
        parts.append(f'<w:pStyle w:val="{style}"/>')
    if keep_next:
        parts.append("<w:keepNext/>")
    if page_break_before:
        parts.append("<w:pageBreakBefore/>")
    if border_bottom:
        parts.append('<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>')
    if tabs:
        stops = "".join(
            f'<w:tab w:val="{val}" w:leader="{leader}" w:pos="{pos}"/>'
            if leader
            else f'<w:tab w:val="{val}" w:pos="{pos}"/>'
            for val, pos, leader in tabs
        )
        parts.append(f"<w:tabs>{stops}</w:tabs>")
    if spacing is not None or line_exact is not None:
        before, after = spacing or (None, None)
        attrs = ""
        if before is not None:
            attrs += f' w:before="{before}"'
        if after is not None:
            attrs += f' w:after="{after}"'
        if line_exact is not None:
            attrs += f' w:line="{line_exact}" w:lineRule="exact"'
        parts.append(f"<w:spacing{attrs}/>")
    if ind:
        parts.append("<w:ind" + "".join(f' w:{k}="{v}"' for k, v in ind.items()) + "/>")
    if jc:
        parts.append(f'<w:jc w:val="{jc}"/>')
    if run_props:
        parts.append(run_props)
    if sect:
        parts.append(sect)
    return f"<w:pPr>{''.join(parts)}</w:pPr>" if parts else ""


def para(content: str = "", style: str | None = None, **kwargs) -> str:
    """A paragraph: ``content`` is run XML (``run()``…); keyword arguments go to :func:`ppr`."""
    return f"<w:p>{ppr(style, **kwargs)}{content}</w:p>"


def text_para(text: str, style: str | None = None, *, props: str = "", **kwargs) -> str:
    """A paragraph holding one run of plain text."""
    return para(run(text, props) if text else "", style, **kwargs)


# --------------------------------------------------------------------------------------------------
# Fields
# --------------------------------------------------------------------------------------------------


def field_begin(instruction: str, *, dirty: bool = False, props: str = "") -> str:
    """The runs that open a complex field up to its result (``begin``, the instruction, ``separate``)."""
    flag = ' w:dirty="true"' if dirty else ""
    return (
        f'<w:r>{props}<w:fldChar w:fldCharType="begin"{flag}/></w:r>'
        f'<w:r>{props}<w:instrText xml:space="preserve"> {esc(instruction)} </w:instrText></w:r>'
        f'<w:r>{props}<w:fldChar w:fldCharType="separate"/></w:r>'
    )


def field_end(props: str = "") -> str:
    return f'<w:r>{props}<w:fldChar w:fldCharType="end"/></w:r>'


def field(instruction: str, cached: str, props: str = "") -> str:
    """A whole field in one paragraph, e.g. ``PAGE`` with its last known result ``cached``; ``props``
    (an ``rpr()`` string) go on every run, as Word and LibreOffice take the field's look from them."""
    return f"{field_begin(instruction, props=props)}{run(cached, props)}{field_end(props)}"


# --------------------------------------------------------------------------------------------------
# Tables
# --------------------------------------------------------------------------------------------------


def tc_open(
    width: int,
    *,
    span: int = 1,
    vmerge: str | None = None,
    fill: str | None = None,
    valign: str | None = None,
    margin: int | None = None,
    nowrap: bool = False,
    no_borders: tuple[str, ...] = (),
) -> str:
    """The opening of a table cell with its properties (the caller adds paragraphs and ``</w:tc>``);
    ``margin`` overrides the table's left and right cell margins. ``nowrap`` (for numbers) asks Word
    not to wrap the cell's text; Word honours it only in autofit tables and LibreOffice not at all,
    so number columns must also be wide enough (see ``forms.py``). ``no_borders`` names the sides
    ("left", "right" …) drawn without a line."""
    parts = [f'<w:tcW w:w="{width}" w:type="dxa"/>']
    if span > 1:
        parts.append(f'<w:gridSpan w:val="{span}"/>')
    if vmerge == "restart":
        parts.append('<w:vMerge w:val="restart"/>')
    elif vmerge == "continue":
        parts.append("<w:vMerge/>")
    if no_borders:
        parts.append("<w:tcBorders>" + "".join(f'<w:{side} w:val="nil"/>' for side in no_borders) + "</w:tcBorders>")
    if fill:
        parts.append(f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>')
    if nowrap:
        parts.append("<w:noWrap/>")
    if margin is not None:
        parts.append(f'<w:tcMar><w:left w:w="{margin}" w:type="dxa"/><w:right w:w="{margin}" w:type="dxa"/></w:tcMar>')
    if valign:
        parts.append(f'<w:vAlign w:val="{valign}"/>')
    return f"<w:tc><w:tcPr>{''.join(parts)}</w:tcPr>"


def tc(content: str, width: int, **kwargs) -> str:
    """A table cell; ``content`` is paragraph XML (a cell needs at least one paragraph)."""
    return f"{tc_open(width, **kwargs)}{content or '<w:p/>'}</w:tc>"


def tr(cells: str, *, header: bool = False, cant_split: bool = True) -> str:
    """A table row. Header rows repeat at the top of every page; no row is split across pages."""
    props = ""
    if cant_split:
        props += "<w:cantSplit/>"
    if header:
        props += "<w:tblHeader/>"
    return f"<w:tr><w:trPr>{props}</w:trPr>{cells}</w:tr>" if props else f"<w:tr>{cells}</w:tr>"


TR_OPEN = "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
TR_CLOSE = "</w:tr>"


def tbl_open(widths: tuple[int, ...], *, borders: bool = True, jc: str = "center", cell_margin: int = 57) -> str:
    """The opening of a fixed-layout table: properties and grid (rows and ``</w:tbl>`` follow)."""
    total = sum(widths)
    border = ""
    if borders:
        line = 'w:val="single" w:sz="4" w:space="0" w:color="auto"'
        border = (
            f"<w:tblBorders><w:top {line}/><w:left {line}/><w:bottom {line}/><w:right {line}/>"
            f"<w:insideH {line}/><w:insideV {line}/></w:tblBorders>"
        )
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    return (
        f'<w:tbl><w:tblPr><w:tblW w:w="{total}" w:type="dxa"/><w:jc w:val="{jc}"/>{border}'
        '<w:tblLayout w:type="fixed"/>'
        f'<w:tblCellMar><w:left w:w="{cell_margin}" w:type="dxa"/><w:right w:w="{cell_margin}" w:type="dxa"/>'
        "</w:tblCellMar>"
        '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" '
        'w:noVBand="1"/></w:tblPr>'
        f"<w:tblGrid>{grid}</w:tblGrid>"
    )


TBL_CLOSE = "</w:tbl>"


# --------------------------------------------------------------------------------------------------
# Sections
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Page:
    """An A4 page setup in twips."""

    landscape: bool
    top: int
    bottom: int
    left: int
    right: int
    header: int = cm(1.25)
    footer: int = cm(1.0)

    @property
    def width(self) -> int:
        return 16838 if self.landscape else 11906

    @property
    def height(self) -> int:
        return 11906 if self.landscape else 16838

    @property
    def text_width(self) -> int:
        return self.width - self.left - self.right


def sect_pr(
    page: Page,
    *,
    header_id: str | None = None,
    footer_id: str | None = None,
    page_start: int | None = None,
    page_format: str | None = None,
) -> str:
    """Section properties: the page, optional header/footer relationship ids, page numbering."""
    refs = ""
    if header_id:
        refs += f'<w:headerReference w:type="default" r:id="{header_id}"/>'
    if footer_id:
        refs += f'<w:footerReference w:type="default" r:id="{footer_id}"/>'
    orient = ' w:orient="landscape"' if page.landscape else ""
    numbering = ""
    if page_start is not None or page_format:
        numbering = "<w:pgNumType"
        if page_format:
            numbering += f' w:fmt="{page_format}"'
        if page_start is not None:
            numbering += f' w:start="{page_start}"'
        numbering += "/>"
    return (
        f'<w:sectPr>{refs}<w:type w:val="nextPage"/>'
        f'<w:pgSz w:w="{page.width}" w:h="{page.height}"{orient}/>'
        f'<w:pgMar w:top="{page.top}" w:right="{page.right}" w:bottom="{page.bottom}" w:left="{page.left}" '
        f'w:header="{page.header}" w:footer="{page.footer}" w:gutter="0"/>'
        f'{numbering}<w:cols w:space="708"/><w:docGrid w:linePitch="435"/></w:sectPr>'
    )


# --------------------------------------------------------------------------------------------------
# Pictures
# --------------------------------------------------------------------------------------------------


def inline_picture(rel_id: str, cx: int, cy: int, pic_id: int, name: str) -> str:
    """A run holding an inline picture of ``cx`` × ``cy`` EMU whose image is relationship ``rel_id``."""
    n = attr(name)
    return (
        "<w:r><w:drawing>"
        f'<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/>'
        f'<wp:docPr id="{pic_id}" name="{n}"/>'
        '<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>'
        f'<a:graphic><a:graphicData uri="{PIC_NS}"><pic:pic>'
        f'<pic:nvPicPr><pic:cNvPr id="{pic_id}" name="{n}"/><pic:cNvPicPr/></pic:nvPicPr>'
        f'<pic:blipFill><a:blip r:embed="{rel_id}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
        f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>'
        "</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    )
