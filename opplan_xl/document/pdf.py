"""The document as PDF, through LibreOffice (``soffice --headless``, started by :mod:`opplan_xl.libreoffice`).

Each run uses a fresh LibreOffice profile (parallel runs never share lock files), prepared with:

- a small Basic macro that opens the document hidden, updates its indexes and exports the PDF:
  LibreOffice keeps a Word table of contents as Word last saved it, and ours is generated without
  page numbers (Word fills them in on opening). Contents entries that carry more than their heading
  (a form's code: "บัญชีสรุปจำนวนโครงการและงบประมาณ (แบบ ผด.01)", which Word takes from a ``TC`` field that
  LibreOffice does not read) get their addition from a file the macro reads after the update;
- for a Thai-digit document, page numbers written in real Thai digits (๐–๙ in the PDF's text, not Arabic
  digits drawn with Thai glyphs): LibreOffice's importer ignores Word's ``w:pgNumType w:fmt="thaiNumbers"``,
  so the macro gives every page style the native numbering, and the profile's locale is Thai so that the
  contents' page numbers are native too (every other digit of the document's text is already the character
  it should be). Numerals are set to *context* for such a document, so that text marked Thai would still show
  Thai glyphs should the macro fail (the page numbers of the plain conversion);
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
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .. import libreoffice
from ..libreoffice import LibreOfficeError
from ..thai import to_arabic_digits
from . import fonts

# org.openoffice.Office.Common/I18N/CTL/CTLTextNumerals: 0 Arabic, 1 Hindi, 2 System, 3 Context. Context for a
# Thai-digit document: should the macro fail, the plain conversion still shows its page numbers with Thai glyphs.
_SETTINGS = (
    '<item oor:path="/org.openoffice.Office.Common/I18N/CTL"><prop oor:name="CTLTextNumerals" oor:op="fuse">'
    "<value>{numerals}</value></prop></item>"
)
# A Thai locale: the native numbering of page numbers (fields and the contents' page column) is Thai digits.
_THAI_LOCALE = (
    '<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse">'
    "<value>th-TH</value></prop></item>"
)
ARABIC, NATIVE_NUMBERING = 4, 12  # com.sun.star.style.NumberingType

# The Standard library's Module1 of the fresh profile: open hidden, give page styles Thai page numbers when
# asked (OPPLAN_PDF_NATIVE), update the indexes, add to contents entries (OPPLAN_PDF_ADD: UTF-8 lines
# "<entry index><TAB><text>", inserted before the entry's tab and marked English, so that its digits are shown
# as they are, like the form code on the form's pages), export the PDF, and write the updated
# contents' text (UTF-8) for the .docx. Paths come through the environment, so no quoting of Thai or spaces
# in a macro URL is needed.
_MACRO = f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" \
script:language="StarBasic">Sub ExportPdf
  Dim args(0) As New com.sun.star.beans.PropertyValue
  args(0).Name = &quot;Hidden&quot;
  args(0).Value = True
  sUrl = ConvertToURL(Environ(&quot;OPPLAN_PDF_IN&quot;))
  oDoc = StarDesktop.loadComponentFromURL(sUrl, &quot;_blank&quot;, 0, args())
  If Environ(&quot;OPPLAN_PDF_NATIVE&quot;) = &quot;1&quot; Then
    oStyles = oDoc.getStyleFamilies().getByName(&quot;PageStyles&quot;)
    For j = 0 To oStyles.getCount() - 1
      If oStyles.getByIndex(j).NumberingType = {ARABIC} Then oStyles.getByIndex(j).NumberingType = {NATIVE_NUMBERING}
    Next j
  End If
  oIndexes = oDoc.getDocumentIndexes()
  For i = 0 To oIndexes.getCount() - 1
    oIndexes.getByIndex(i).update()
  Next i
  oFiles = createUnoService(&quot;com.sun.star.ucb.SimpleFileAccess&quot;)
  sAdd = Environ(&quot;OPPLAN_PDF_ADD&quot;)
  If oIndexes.getCount() &gt; 0 And sAdd &lt;&gt; &quot;&quot; Then
    oIn = createUnoService(&quot;com.sun.star.io.TextInputStream&quot;)
    oIn.setInputStream(oFiles.openFileRead(ConvertToURL(sAdd)))
    oIn.setEncoding(&quot;UTF-8&quot;)
    Dim aLatin As New com.sun.star.lang.Locale
    aLatin.Language = &quot;en&quot;
    aLatin.Country = &quot;US&quot;
    oIndex = oIndexes.getByIndex(0)
    oIndex.IsProtected = False
    oEnum = oIndex.getAnchor().createEnumeration()
    n = 0
    Do While Not oIn.isEOF()
      sLine = oIn.readLine()
      t = InStr(sLine, Chr(9))
      If t &gt; 1 Then
        k = CLng(Left(sLine, t - 1))
        Do While n &lt;= k And oEnum.hasMoreElements()
          oPar = oEnum.nextElement()
          n = n + 1
        Loop
        p = InStr(oPar.getString(), Chr(9))
        If n = k + 1 And p &gt; 0 Then
          oCur = oPar.getText().createTextCursorByRange(oPar.getStart())
          oCur.goRight(p - 1, False)
          sText = Mid(sLine, t + 1)
          oPar.getText().insertString(oCur, sText, False)
          oSel = oPar.getText().createTextCursorByRange(oPar.getStart())
          oSel.goRight(p - 1, False)
          oSel.goRight(Len(sText), True)
          oSel.CharLocale = aLatin
        End If
      End If
    Loop
    oIn.closeInput()
    oIndex.IsProtected = True
  End If
  Dim f(0) As New com.sun.star.beans.PropertyValue
  f(0).Name = &quot;FilterName&quot;
  f(0).Value = &quot;writer_pdf_Export&quot;
  oDoc.storeToURL(ConvertToURL(Environ(&quot;OPPLAN_PDF_OUT&quot;)), f())
  If oIndexes.getCount() &gt; 0 Then
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


def render_pdf(
    docx: Path, *, thai_numerals: bool, contents_additions: Sequence[tuple[int, str]] = (), timeout: float = 300
) -> Rendered:
    """Render ``docx`` to PDF with LibreOffice; raises :class:`LibreOfficeError` when it is missing or fails.

    ``thai_numerals``: page numbers in Thai digits. ``contents_additions``: (entry index, text) pairs, the text
    added to that contents entry after its heading (see the module docstring)."""
    if libreoffice.find_soffice() is None:
        raise LibreOfficeError("LibreOffice (soffice) is not installed")
    source = docx.resolve()
    with tempfile.TemporaryDirectory(prefix="opplan-pdf-") as tmp:
        work = Path(tmp)
        setup = fonts.prepare(work)
        settings = _SETTINGS.format(numerals=3) + _THAI_LOCALE if thai_numerals else _SETTINGS.format(numerals=0)
        profile = libreoffice.new_profile(work / "profile", settings)
        produced, contents, additions = work / "out.pdf", work / "contents.txt", work / "additions.txt"
        if contents_additions:
            # no newline after the last line: TextInputStream.readLine keeps it there
            additions.write_text(
                "\n".join(f"{i}\t{_one_line(text)}" for i, text in sorted(contents_additions)), encoding="utf-8"
            )

        # 1. The macro: update the contents, export.
        env = {
            **setup.env,
            "OPPLAN_PDF_IN": str(source),
            "OPPLAN_PDF_OUT": str(produced),
            "OPPLAN_PDF_TOC": str(contents),
            "OPPLAN_PDF_ADD": str(additions) if contents_additions else "",
            "OPPLAN_PDF_NATIVE": "1" if thai_numerals else "",
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


def _one_line(text: str) -> str:
    """The text as one line of the additions file (its leading space kept)."""
    return text.replace("\r", " ").replace("\n", " ").replace("\t", " ")


def contents_pages(text: str | None, headings: list[str]) -> list[str] | None:
    """The page of each heading (Arabic digits) from LibreOffice's updated contents, or None when they do not
    match. Each contents line is a heading's entry (with any addition), a tab and the page number, which is in
    Thai digits when the document's are."""
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
        pages.append(to_arabic_digits(page.strip()))
    return pages
