"""Which version the ribbon's สร้างเอกสาร makes, when the plan has amendments: asked in one input box."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import messages

if TYPE_CHECKING:
    from ..model import Plan
    from .book import LiveBook

CANCELLED = object()


def ask_version(book: LiveBook, plan: Plan) -> str | int | object:
    """``"first"`` for a plan without amendments (nothing is asked); else what the officer typed: 0 (ฉบับแรก),
    N (amendment N) or รวม (consolidated), default the last amendment. ``CANCELLED`` when cancelled; an answer
    that is none of these is asked again once, then cancelled."""
    from ..versions import views

    numbers = views.numbers(plan)
    if not numbers:
        return "first"
    prompt = messages.text("xl.version.ask", last=numbers[-1], known=", ".join(str(n) for n in numbers))
    title = messages.text("xl.title.generate")
    for _ in range(2):
        got = book.ask_text(prompt, title, str(numbers[-1]))
        if got is None:
            return CANCELLED
        answer = got.strip()
        if answer in messages.text("xl.version.consolidated_words").split("|"):
            return "consolidated"
        if answer.isdigit() and (int(answer) == 0 or int(answer) in numbers):
            return "first" if int(answer) == 0 else int(answer)
        prompt = messages.text("xl.version.again", answer=answer) + "\n" + prompt
    return CANCELLED


def output_name(name: str, version: str | int) -> str:
    """``แผน.docx`` → ``แผน-แก้ไขเพิ่มเติมครั้งที่2.docx`` / ``แผน-ฉบับรวม.docx`` (what ``opplan generate`` names them)."""
    from pathlib import Path

    from .. import schema

    if version == "first":
        return name
    suffix = schema.DOC_SUFFIX_CONSOLIDATED if version == "consolidated" else schema.DOC_SUFFIX_AMENDMENT
    p = Path(name)
    return p.stem + suffix.format(n=version) + p.suffix
