"""The document as PDF, through LibreOffice (``soffice --headless``, started by :mod:`opplan_xl.libreoffice`).

Each run uses a fresh LibreOffice profile (parallel runs never share lock files), prepared with:

- a small Basic macro that opens the document hidden, updates its indexes and exports the PDF:
  LibreOffice keeps a Word table of contents as Word last saved it, and ours is generated without
  page numbers (Word fills them in on opening);
- numerals set to *context*, so text marked Thai (page numbers and the contents' page column) is
  shown with Thai digits: LibreOffice's importer ignores Word's ``w:pgNumType w:fmt="thaiNumbers"``;
- where TH Sarabun New is not installed, a ``FONTCONFIG_FILE`` that makes a correctly sized copy of
  Laksaman stand in for it (:mod:`.fonts`): Laksaman at its own size sets Thai 1.5 times too big.

If the macro run fails, a plain ``--convert-to pdf`` is tried (contents without page numbers). The
PDF's text stays extractable: LibreOffice embeds the fonts with a Unicode map, and writes sara am (ำ),
which it sets as two glyphs, as ``ActualText``; the stand-in's marks are made searchable word by word
(:func:`.fonts.searchable_marks`). With TH Sarabun New itself installed the fonts are used as they
are. The page numbers
LibreOffice gave the contents are handed back, so that the .docx's own contents can show them before
Word updates the field.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from .. import libreoffice
from ..libreoffice import LibreOfficeError
from . import fonts

# org.openoffice.Office.Common/I18N/CTL/CTLTextNumerals: 0 Arabic, 1 Hindi, 2 System, 3 Context.
_SETTINGS = (
    '<item oor:path="/org.openoffice.Office.Common/I18N/CTL"><prop oor:name="CTLTextNumerals" oor:op="fuse">'
    "<value>{numerals}</value></prop></item>"
)

# The Standard library's Module1 of the fresh profile: open hidden, update the indexes, export the PDF,
# and write the updated contents' text (UTF-8) for the .docx. Paths come through the environment, so
# no quoting of Thai or spaces in a macro URL is needed.
_MACRO = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" \
script:language="StarBasic">Sub ExportPdf
  Dim args(0) As New com.sun.star.beans.PropertyValue
  args(0).Name = &quot;Hidden&quot;
  args(0).Value = True
  sUrl = ConvertToURL(Environ(&quot;OPPLAN_PDF_IN&quot;))
  oDoc = StarDesktop.loadComponentFromURL(sUrl, &quot;_blank&quot;, 0, args())
  oIndexes = oDoc.getDocumentIndexes()
  For i = 0 To oIndexes.getCount() - 1
    oIndexes.getByIndex(i).update()
  Next i
  Dim f(0) As New com.sun.star.beans.PropertyValue
  f(0).Name = &quot;FilterName&quot;
  f(0).Value = &quot;writer_pdf_Export&quot;
  oDoc.storeToURL(ConvertToURL(Environ(&quot;OPPLAN_PDF_OUT&quot;)), f())
  If oIndexes.getCount() &gt; 0 Then
    oFiles = createUnoService(&quot;com.sun.star.ucb.SimpleFileAccess&quot;)
    oText = createUnoService(&quot;com.sun.star.io.TextOutputStream&quot;)
    oText.setOutputStream(oFiles.openFileWrite(ConvertToURL(Environ(&quot;OPPLAN_PDF_TOC&quot;))))
    oText.setEncoding(&quot;UTF-8&quot;)
    oText.writeString(oIndexes.getByIndex(0).getAnchor().getString())
    oText.closeOutput()
  End If
  oDoc.close(True)
End Sub
</script:module>
"""


_INVISIBLE = {0x200B: None, 0x2060: None, 0x00A0: " "}


@dataclass(frozen=True)
class Rendered:
    """A PDF and, when LibreOffice updated it, the text of the contents: one "heading<TAB>page" per line.

    ``font`` says how TH Sarabun New was rendered (:attr:`.fonts.FontSetup.status`): ``"missing"``
    means by some substitute of other proportions, which the user should be told.
    """

    pdf: bytes
    contents: str | None
    font: str = "unknown"


def render_pdf(docx: Path, *, thai_numerals: bool, timeout: float = 300) -> Rendered:
    """Render ``docx`` to PDF with LibreOffice; raises :class:`LibreOfficeError` when it is missing or fails."""
    if libreoffice.find_soffice() is None:
        raise LibreOfficeError("LibreOffice (soffice) is not installed")
    source = docx.resolve()
    with tempfile.TemporaryDirectory(prefix="opplan-pdf-") as tmp:
        work = Path(tmp)
        setup = fonts.prepare(work)
        profile = libreoffice.new_profile(work / "profile", _SETTINGS.format(numerals=3 if thai_numerals else 0))
        produced, contents = work / "out.pdf", work / "contents.txt"

        # 1. The macro: update the contents, export.
        env = {
            **setup.env,
            "OPPLAN_PDF_IN": str(source),
            "OPPLAN_PDF_OUT": str(produced),
            "OPPLAN_PDF_TOC": str(contents),
        }
        libreoffice.run_macro(_MACRO, "ExportPdf", profile=profile, env=env, timeout=timeout)

        # 2. Fallback: a plain conversion (the contents keep Word's last result).
        if not produced.exists():
            outdir = work / "plain"
            proc = libreoffice.run_soffice(
                ["--convert-to", "pdf:writer_pdf_Export", "--outdir", str(outdir), str(source)],
                profile=profile,
                env=setup.env,
                timeout=timeout,
            )
            plain = outdir / f"{source.stem}.pdf"
            if proc.returncode != 0 or not plain.exists():
                raise LibreOfficeError(
                    f"soffice failed ({proc.returncode}): {proc.stderr.strip() or proc.stdout.strip()}"
                )
            return Rendered(plain.read_bytes(), None, setup.status)
        text = contents.read_text(encoding="utf-8") if contents.exists() else None
        return Rendered(produced.read_bytes(), text, setup.status)


def contents_pages(text: str | None, headings: list[str]) -> list[str] | None:
    """The page of each heading from LibreOffice's updated contents, or None when they do not match."""
    if not text:
        return None
    # the renderer's copy marks word boundaries with invisible characters (``wordwrap.py``)
    text = text.translate(_INVISIBLE)
    lines = [line for line in text.replace("\r", "\n").split("\n") if line.strip()]
    if len(lines) != len(headings):
        return None
    pages = []
    for line, heading in zip(lines, headings, strict=True):
        entry, _tab, page = line.rpartition("\t")
        if " ".join(entry.split()) != " ".join(heading.split()) or not page.strip().isdigit():
            return None
        pages.append(page.strip())
    return pages
