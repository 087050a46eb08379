"""The formal document: แผนการดำเนินงาน as a Word file (and PDF) in official Thai style.

``generate_document(book_or_plan, out=None, pdf=False, logo=None)`` writes the whole plan — cover,
announcement, preface, contents, ส่วนที่ ๑ and the ผด.01 / ผด.02 / ผด.02/1 forms — as a .docx beside the
workbook (or at ``out``), keeping any previous file as a numbered backup, and with ``pdf=True`` a PDF
through LibreOffice. The workbook is only read. ``generate_certificate`` writes the posting certificate,
a document of its own, once the posting has ended (else it raises :class:`NotYet` with a Thai reason).

Modules: ``xml`` (WordprocessingML fragments), ``styles`` (styles, settings, fonts), ``package`` (the
zip), ``context`` (how numbers, dates and names are written), ``front`` / ``intro`` / ``forms`` /
``certificate`` (the chapters; their fixed narrative is in the message catalogue, ``messages/document.py``,
as ``doc.text.*``), ``breaks`` (where names in narrow table columns may break) and ``wordwrap`` (Thai
words kept whole), both only on the copy handed to LibreOffice, ``build`` (the order),
``pdf`` and ``fonts`` (LibreOffice, with a correctly sized, searchable stand-in for TH Sarabun New where
it is not installed).
Everything heavy is imported inside the functions.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..findings import Finding
    from ..model import Plan

__all__ = [
    "DocumentResult",
    "NotYet",
    "certificate_output",
    "default_output",
    "generate_certificate",
    "generate_document",
]


@dataclass
class DocumentResult:
    """What generating wrote, and what to tell the user."""

    docx: Path
    pdf: Path | None = None
    backups: list[Path] = field(default_factory=list)  # previous files kept under numbered names
    findings: list[Finding] = field(default_factory=list)  # from reading the workbook
    notes: list[str] = field(default_factory=list)  # messages for the user (no PDF, no logo …)

    @property
    def paths(self) -> list[Path]:
        return [p for p in (self.docx, self.pdf) if p is not None]


def default_output(plan: Plan, book: Path | None = None) -> Path:
    """Beside the workbook with the same name (``plan.xlsm`` → ``plan.docx``), else in the current folder."""
    source = book or (Path(plan.source_path) if plan.source_path else None)
    if source is not None:
        return source.with_suffix(".docx")
    return Path.cwd() / "opplan-document.docx"


class NotYet(ValueError):
    """The posting certificate cannot be made yet: ``message`` says why in Thai (or English), naming the cell."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def certificate_output(plan: Plan, book: Path | None = None) -> Path:
    """Beside the plan's document: ``plan.xlsm`` → ``plan-certificate.docx``."""
    target = default_output(plan, book)
    return target.with_name(f"{target.stem}-certificate.docx")


def generate_certificate(
    plan_or_path: Plan | str | os.PathLike,
    out: str | os.PathLike | None = None,
    *,
    pdf: bool = False,
    today: dt.date | None = None,
    lang: str = "th",
) -> DocumentResult:
    """Write the posting certificate (ใบรับรองการปิดประกาศ) with the real posting dates; raises :class:`NotYet`
    before the take-down date in the settings has come (``today``: the date to judge by, default today)."""
    from .. import messages, schema
    from ..thai import format_date
    from .build import build_certificate
    from .certificate import refusal

    plan, findings, book = _plan_of(plan_or_path)
    s = plan.settings
    why = refusal(s, today or dt.date.today())
    if why is not None:
        key, setting = why
        raise NotYet(
            messages.text(
                key,
                lang,
                sheet=schema.SHEET_SETTINGS,
                cell=plan.setting_cell(setting),
                posted=format_date(s.posted_date, thai_digits=s.thai_digits) if s.posted_date else "",
                taken_down=format_date(s.taken_down_date, thai_digits=s.thai_digits) if s.taken_down_date else "",
            )
        )
    target = _docx_target(out, certificate_output(plan, book), book)
    result = DocumentResult(docx=target, findings=findings)
    rendered = None
    if pdf:
        rendered = render_pdf_bytes(build_certificate(plan, for_renderer=True).data, target, plan, result.notes, lang)
    _write(result, build_certificate(plan).data, rendered)
    return result


def _plan_of(plan_or_path) -> tuple[Plan, list, Path | None]:
    """The plan, the findings of reading it, and its workbook's path."""
    if isinstance(plan_or_path, str | os.PathLike):
        from ..xlsx.read import read_workbook

        book = Path(plan_or_path)
        plan, findings = read_workbook(book)
        return plan, findings, book
    plan = plan_or_path
    return plan, [], Path(plan.source_path) if plan.source_path else None


def _docx_target(out, default: Path, book: Path | None) -> Path:
    target = Path(out) if out is not None else default
    if target.suffix.lower() != ".docx":
        target = target.with_name(target.name + ".docx")
    if book is not None and book.exists() and target.exists() and os.path.samefile(book, target):
        raise ValueError(f"the output {target} is the workbook itself")
    return target


def _write(result: DocumentResult, data: bytes, rendered) -> None:
    """The .docx (and the PDF when rendered), each atomically with the previous file kept as a backup."""
    from ..files import safe_write

    backup = safe_write(result.docx, data)
    if backup is not None:
        result.backups.append(backup)
    if rendered is not None:
        result.pdf = result.docx.with_suffix(".pdf")
        backup = safe_write(result.pdf, rendered.pdf)
        if backup is not None:
            result.backups.append(backup)


def generate_document(
    plan_or_path: Plan | str | os.PathLike,
    out: str | os.PathLike | None = None,
    *,
    pdf: bool = False,
    logo: str | os.PathLike | None = None,
    garuda: str | os.PathLike | None = None,
    lang: str = "th",
    version: str | int = "first",
    progress=None,
) -> DocumentResult:
    """Write the plan's formal document; see the module docstring.

    ``plan_or_path`` is a :class:`~opplan_xl.model.Plan` or the path of a standard workbook (read with
    ``xlsx.read.read_workbook``, which raises ``ReadError`` when it cannot be read). ``logo`` overrides
    the settings' logo file (a name relative to the workbook's folder), ``garuda`` the ครุฑ image of the
    ประกาศ (else the setting; without either the page leaves its 3 cm free). ``lang`` is the language of
    ``notes``; the document itself is Thai. ``version``: ``"first"`` (the plan as first announced, the same document
    as before any amendment), ``"consolidated"`` or an amendment number (``document/amendment.py``). ``progress``
    (an :class:`opplan_xl.progress.Progress`) shows the stages on a terminal.
    """
    plan, findings, book = _plan_of(plan_or_path)
    target = _docx_target(out, default_output(plan, book), book)

    notes: list[str] = []
    image = _image(_image_path(logo, plan.settings.logo, book), "logo", notes, lang)
    emblem = _image(_image_path(garuda, plan.settings.garuda, book), "garuda", notes, lang)

    from ..progress import Progress

    build = _builder(version)
    stages = progress if progress is not None else Progress(lang, enabled=False)
    pages = None
    rendered = None
    if pdf:  # LibreOffice gets its own copy, whose names carry the characters that keep them whole
        with stages.stage("ui.progress.pdf"):
            copy = build(plan, logo=image, garuda=emblem, for_renderer=True)
            rendered = render_pdf_bytes(copy.data, target, plan, notes, lang, copy.contents_additions)
        if rendered is not None:
            from .pdf import contents_pages

            pages = contents_pages(rendered.contents, copy.headings)
    # the .docx is the plan's text; its contents show the pages the PDF has until Word updates them
    with stages.stage("ui.progress.docx", projects=len(plan.projects)):
        built = build(plan, logo=image, garuda=emblem, toc_pages=pages)

    result = DocumentResult(docx=target, findings=findings, notes=notes)
    _write(result, built.data, rendered)
    return result


def _builder(version: str | int):
    """``build(plan, logo=…, toc_pages=…)`` for the chosen version of the plan."""
    from ..versions.views import first_version
    from .amendment import build_amendment, build_consolidated
    from .build import build

    if version == "consolidated":
        return build_consolidated
    if version == "first":
        return lambda plan, **kw: build(first_version(plan), **kw)
    # an amendment's own document has no contents; its ประกาศ has the ครุฑ, its PDF comes from the renderer's copy
    return lambda plan, **kw: build_amendment(plan, int(version), **kw)


def _image_path(given: str | os.PathLike | None, setting: str | None, book: Path | None) -> Path | None:
    """An image file from the command line, else from a setting (relative to the workbook's folder)."""
    if given is not None:
        return Path(given)
    name = (setting or "").strip()
    if not name:
        return None
    path = Path(name)
    if not path.is_absolute() and book is not None:
        path = book.parent / path
    return path


def _image(path: Path | None, kind: str, notes: list[str], lang: str):
    """The image at ``path`` ready to embed (every image goes through ``build.load_logo``), or None with a
    note (``ui.generate.<kind>_missing`` / ``_bad``) when it cannot be used."""
    from .. import messages
    from .build import load_logo

    if path is None:
        return None
    try:
        return load_logo(path)
    except FileNotFoundError:
        notes.append(messages.text(f"ui.generate.{kind}_missing", lang, path=path))
    except (ValueError, OSError):
        notes.append(messages.text(f"ui.generate.{kind}_bad", lang, path=path))
    return None


def render_pdf_bytes(data: bytes, target: Path, plan: Plan, notes: list[str], lang: str, contents_additions=()):
    """The PDF of the document's bytes (rendered from a temporary copy), or None with a note saying why;
    ``contents_additions`` as in :func:`.pdf.render_pdf`."""
    import tempfile

    from .. import libreoffice, messages
    from .pdf import render_pdf

    if libreoffice.find_soffice() is None:
        notes.append(messages.text("ui.generate.no_libreoffice", lang))
        return None
    with tempfile.TemporaryDirectory(prefix="opplan-doc-") as tmp:
        source = Path(tmp) / target.name
        source.write_bytes(data)
        try:
            rendered = render_pdf(
                source, thai_numerals=plan.settings.thai_digits, contents_additions=contents_additions
            )
        except libreoffice.LibreOfficeError as exc:
            notes.append(messages.text("ui.generate.pdf_failed", lang, reason=exc))
            return None
    if rendered.font == "missing":
        notes.append(messages.text("ui.generate.pdf_font_substitute", lang))
    return rendered
