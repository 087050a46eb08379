"""Writing a monitoring report's files: the .docx (and its PDF), and the .xlsx of the same tables.

Shared by ``opplan report`` and the ribbon's report button. Each file is written atomically with the previous one
kept as a numbered backup (``files.safe_write``); the document and the workbook take the same name stem.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from .. import schema
from ..model import Plan
from .report import ProgressReport
from .rounds import round_of


@dataclass
class ReportFiles:
    docx: Path
    xlsx: Path
    pdf: Path | None = None
    backups: list[Path] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def default_stem(plan: Plan, as_of: dt.date) -> str:
    """ "รายงานผลการดำเนินงาน-รอบ6เดือน-2570", "-ประจำปี-2570" or "-ณ-2027-05-15": the round is in the name."""
    fy = plan.settings.fiscal_year
    name = round_of(fy, as_of)
    if name is not None:
        return schema.REPORT_FILE_STEMS[name].format(fiscal_year=fy)
    return schema.REPORT_FILE_STEM_DATE.format(date=as_of.isoformat())


def write_report(
    plan: Plan, report: ProgressReport, docx: Path, *, pdf: bool = False, charts: bool = True, lang: str = "th"
) -> ReportFiles:
    """Write ``docx``, the .xlsx beside it (same stem) and, with ``pdf``, the PDF through LibreOffice."""
    from ..document import render_pdf_bytes
    from ..document.report import report_docx_bytes
    from ..files import safe_write
    from ..xlsx.report_book import report_book_bytes

    result = ReportFiles(docx=docx, xlsx=docx.with_suffix(".xlsx"))
    data = report_docx_bytes(plan, report, charts=charts, notes=result.notes)
    book = report_book_bytes(plan, report)
    rendered = None
    if pdf:  # LibreOffice gets its own copy, whose names carry the characters that keep Thai words whole
        copy = report_docx_bytes(plan, report, charts=charts, for_renderer=True)
        rendered = render_pdf_bytes(copy, docx, plan, result.notes, lang)
    for path, content in ((result.docx, data), (result.xlsx, book)):
        backup = safe_write(path, content)
        if backup is not None:
            result.backups.append(backup)
    if rendered is not None:
        result.pdf = docx.with_suffix(".pdf")
        backup = safe_write(result.pdf, rendered.pdf)
        if backup is not None:
            result.backups.append(backup)
    return result
