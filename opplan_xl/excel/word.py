"""The document as PDF through Microsoft Word (Windows with Word installed), tried before LibreOffice.

Word is driven through COM with pywin32, which xlwings brings on Windows. A private instance
(``DispatchEx``: the user's open Word windows are never touched) opens the .docx read-only, updates its fields
(the table of contents gets its page numbers), exports the PDF, closes the document without saving and quits,
also when something on the way fails. ``win32com`` is imported only when Generate is pressed on Windows.

:func:`word_pdf` raises :class:`WordUnavailable` when pywin32 or Word is not there (the caller quietly uses
LibreOffice) and :class:`WordFailed` when Word started but could not make the PDF (the caller says so in Thai,
then uses LibreOffice).
"""

from __future__ import annotations

import contextlib
from pathlib import Path

__all__ = ["WordFailed", "WordUnavailable", "word_pdf"]

WD_EXPORT_FORMAT_PDF = 17
WD_DO_NOT_SAVE_CHANGES = 0
WD_ALERTS_NONE = 0


class WordUnavailable(Exception):
    """pywin32 or Word is not installed, or Word cannot be started."""


class WordFailed(Exception):
    """Word started but did not make the PDF; the message is Word's reason."""


def _reason(exc: BaseException) -> str:
    """Word's own description of a COM error (``pywintypes.com_error``), else the exception's text."""
    info = getattr(exc, "excepinfo", None)
    if isinstance(info, tuple) and len(info) > 2 and info[2]:
        return str(info[2]).strip()
    args = getattr(exc, "args", ())
    if len(args) > 1 and isinstance(args[1], str) and args[1]:
        return args[1]
    return str(exc) or type(exc).__name__


def word_pdf(docx: Path, pdf: Path) -> None:
    """Make ``pdf`` from ``docx`` with Word; ``docx`` is only read. See the module docstring for what is raised."""
    try:
        import win32com.client
    except ImportError as exc:
        raise WordUnavailable(str(exc)) from None
    try:
        word = win32com.client.DispatchEx("Word.Application")
    except Exception as exc:  # "Invalid class string" when Word is not installed
        raise WordUnavailable(_reason(exc)) from None
    try:
        word.Visible = False
        word.DisplayAlerts = WD_ALERTS_NONE  # no "update the fields?" question on opening
        doc = word.Documents.Open(str(docx), ReadOnly=True, AddToRecentFiles=False)
        try:
            doc.Fields.Update()
            contents = doc.TablesOfContents
            for i in range(1, contents.Count + 1):
                contents.Item(i).Update()  # the page numbers, now that Word has laid the pages out
            doc.ExportAsFixedFormat(str(pdf), WD_EXPORT_FORMAT_PDF)
        finally:
            with contextlib.suppress(Exception):  # the PDF is made or the error is on its way: closing may not fail it
                doc.Close(SaveChanges=WD_DO_NOT_SAVE_CHANGES)
    except Exception as exc:
        raise WordFailed(_reason(exc)) from None
    finally:
        with contextlib.suppress(Exception):
            word.Quit(SaveChanges=WD_DO_NOT_SAVE_CHANGES)
    if not pdf.is_file() or pdf.stat().st_size == 0:
        raise WordFailed(f"{pdf.name} was not written")
