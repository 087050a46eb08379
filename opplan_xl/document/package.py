"""The .docx package: body chunks, sections, headers and footers, media, and the zip that holds them.

A .docx is a zip of XML parts tied together by relationship files. :class:`DocxPackage` collects the
body as XML text (see ``xml.py``), registers headers, footers and images as parts with relationship
ids, and writes the whole package in one go. Nothing is parsed back: the body of a 5,000-project
plan goes from strings straight into the zip.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from dataclasses import dataclass, field

from . import styles
from .xml import EMU_PER_CM, ROOT_NS, XML_DECL, Page, attr, inline_picture, para, sect_pr

_CT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_FIXED_ZIP_TIME = (2024, 1, 1, 0, 0, 0)  # the same input gives the same bytes


@dataclass
class Section:
    """What ends a section: its page and the header/footer it switches to (None: keep the previous one)."""

    page: Page
    header_id: str | None = None
    footer_id: str | None = None
    page_start: int | None = None
    page_format: str | None = None


@dataclass
class DocxPackage:
    """A Word document being assembled."""

    title: str = ""
    author: str = ""
    thai_digits: bool = True
    body: list[str] = field(default_factory=list)
    _parts: dict[str, tuple[str, bytes]] = field(default_factory=dict)  # name → (content type, data)
    _rels: list[tuple[str, str, str]] = field(default_factory=list)  # (id, type, target)
    _media_ext: set[str] = field(default_factory=set)
    _bookmarks: int = 0
    _pictures: int = 0

    def __post_init__(self) -> None:
        self._add_part("styles.xml", f"{_CT_MAIN}.styles+xml", styles.styles_xml(self.thai_digits), "styles")
        self._add_part("settings.xml", f"{_CT_MAIN}.settings+xml", styles.settings_xml(), "settings")
        self._add_part("fontTable.xml", f"{_CT_MAIN}.fontTable+xml", styles.font_table_xml(), "fontTable")
        theme = "application/vnd.openxmlformats-officedocument.theme+xml"
        self._add_part("theme/theme1.xml", theme, styles.theme_xml(), "theme")

    # ---- parts ----------------------------------------------------------------------------------

    def _add_part(self, name: str, content_type: str, data: str | bytes, rel_type: str) -> str:
        rel_id = f"rId{len(self._rels) + 1}"
        self._rels.append((rel_id, f"{_REL}/{rel_type}", name))
        self._parts[f"word/{name}"] = (content_type, data.encode("utf-8") if isinstance(data, str) else data)
        return rel_id

    def add_header(self, paragraphs: str) -> str:
        """A header part holding ``paragraphs`` (XML); returns its relationship id for :class:`Section`."""
        n = sum(1 for p in self._parts if p.startswith("word/header")) + 1
        xml = f"{XML_DECL}<w:hdr {ROOT_NS}>{paragraphs or para()}</w:hdr>"
        return self._add_part(f"header{n}.xml", f"{_CT_MAIN}.header+xml", xml, "header")

    def add_footer(self, paragraphs: str) -> str:
        n = sum(1 for p in self._parts if p.startswith("word/footer")) + 1
        xml = f"{XML_DECL}<w:ftr {ROOT_NS}>{paragraphs or para()}</w:ftr>"
        return self._add_part(f"footer{n}.xml", f"{_CT_MAIN}.footer+xml", xml, "footer")

    def picture(self, data: bytes, ext: str, content_type: str, px: tuple[int, int], height_cm: float) -> str:
        """An inline picture run ``height_cm`` high (aspect kept) for an image's bytes."""
        self._pictures += 1
        name = f"media/image{self._pictures}.{ext}"
        self._media_ext.add((ext, content_type))
        rel_id = f"rId{len(self._rels) + 1}"
        self._rels.append((rel_id, f"{_REL}/image", name))
        self._parts[f"word/{name}"] = (content_type, data)
        width_px, height_px = px
        cy = round(height_cm * EMU_PER_CM)
        cx = round(cy * width_px / max(height_px, 1))
        return inline_picture(rel_id, cx, cy, self._pictures, name.rsplit("/", 1)[-1])

    def bookmark(self) -> tuple[int, str]:
        """A new bookmark (id, name) for a heading the table of contents points at."""
        self._bookmarks += 1
        return self._bookmarks, f"_TocOpplan{self._bookmarks:04d}"

    # ---- body -----------------------------------------------------------------------------------

    def add(self, *chunks: str) -> None:
        self.body.extend(chunks)

    def end_section(self, section: Section) -> None:
        """Close the current section (its properties ride on a tiny last paragraph)."""
        self.body.append(para("", styles.TINY, sect=self._sect(section)))

    def _sect(self, s: Section) -> str:
        return sect_pr(
            s.page, header_id=s.header_id, footer_id=s.footer_id, page_start=s.page_start, page_format=s.page_format
        )

    # ---- the zip --------------------------------------------------------------------------------

    def to_bytes(self, last: Section) -> bytes:
        """The whole .docx; ``last`` is the final section's setup."""
        document = (
            f"{XML_DECL}<w:document {ROOT_NS}><w:body>{''.join(self.body)}{self._sect(last)}</w:body></w:document>"
        )
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
            self._write(z, "[Content_Types].xml", self._content_types())
            self._write(z, "_rels/.rels", self._package_rels())
            self._write(z, "docProps/core.xml", self._core())
            self._write(z, "docProps/app.xml", self._app())
            self._write(z, "word/document.xml", document)
            self._write(z, "word/_rels/document.xml.rels", self._document_rels())
            for name, (_ct, data) in self._parts.items():
                self._write(z, name, data)
        return buf.getvalue()

    @staticmethod
    def _write(z: zipfile.ZipFile, name: str, data: str | bytes) -> None:
        info = zipfile.ZipInfo(name, _FIXED_ZIP_TIME)
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)

    def _content_types(self) -> str:
        defaults = [
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
            '<Default Extension="xml" ContentType="application/xml"/>',
        ]
        defaults += [f'<Default Extension="{ext}" ContentType="{ct}"/>' for ext, ct in sorted(self._media_ext)]
        overrides = [
            f'<Override PartName="/word/document.xml" ContentType="{_CT_MAIN}.document.main+xml"/>',
            '<Override PartName="/docProps/core.xml" '
            'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
            '<Override PartName="/docProps/app.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>',
        ]
        overrides += [
            f'<Override PartName="/{name}" ContentType="{ct}"/>'
            for name, (ct, _data) in self._parts.items()
            if not name.startswith("word/media/")
        ]
        return (
            f'{XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            f"{''.join(defaults)}{''.join(overrides)}</Types>"
        )

    @staticmethod
    def _package_rels() -> str:
        return (
            f'{XML_DECL}<Relationships xmlns="{_PKG_REL}">'
            f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="word/document.xml"/>'
            f'<Relationship Id="rId2" Type="{_PKG_REL}/metadata/core-properties" Target="docProps/core.xml"/>'
            f'<Relationship Id="rId3" Type="{_REL}/extended-properties" Target="docProps/app.xml"/>'
            "</Relationships>"
        )

    def _document_rels(self) -> str:
        rels = "".join(f'<Relationship Id="{i}" Type="{t}" Target="{target}"/>' for i, t, target in self._rels)
        return f'{XML_DECL}<Relationships xmlns="{_PKG_REL}">{rels}</Relationships>'

    def _core(self) -> str:
        now = dt.datetime.now(dt.UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")
        return (
            f"{XML_DECL}<cp:coreProperties "
            'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:title>{attr(self.title)}</dc:title><dc:creator>{attr(self.author)}</dc:creator>"
            f"<cp:lastModifiedBy>{attr(self.author)}</cp:lastModifiedBy><dc:language>th-TH</dc:language>"
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{now}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{now}</dcterms:modified>'
            "</cp:coreProperties>"
        )

    @staticmethod
    def _app() -> str:
        from .. import __version__

        return (
            f"{XML_DECL}<Properties "
            'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            f"<Application>opplan-xl {__version__}</Application></Properties>"
        )
