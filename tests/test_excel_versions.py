"""The ribbon's สร้างเอกสาร on a plan with amendments: it asks which version (first, amendment N, consolidated)."""

from __future__ import annotations

from pathlib import Path

import pytest

from opplan_xl import messages
from opplan_xl.example import sample_plan
from opplan_xl.versions.sample import with_sample_amendments

from .helpers import make_book, press


@pytest.fixture
def no_libreoffice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("opplan_xl.libreoffice.find_soffice", lambda: None)


def test_a_plan_without_amendments_is_not_asked(tmp_path: Path, no_libreoffice: None) -> None:
    book = make_book(sample_plan(), tmp_path)
    press(book, "generate")
    assert not [d for d in book.app.dialogs if d[0] == "InputBox"]
    assert (tmp_path / "OpPlan.docx").exists()


@pytest.mark.parametrize(
    ("answer", "name"),
    [("2", "OpPlan-แก้ไขเพิ่มเติมครั้งที่2.docx"), ("รวม", "OpPlan-ฉบับรวม.docx"), ("0", "OpPlan.docx")],
)
def test_generate_asks_which_version(tmp_path: Path, no_libreoffice: None, answer: str, name: str) -> None:
    book = make_book(with_sample_amendments(sample_plan()), tmp_path)
    book.app.input_text = answer
    outcome = press(book, "generate")
    asked = [d for d in book.app.dialogs if d[0] == "InputBox"]
    assert len(asked) == 1 and asked[0][1]["Default"] == "2"
    assert (tmp_path / name).exists()
    assert str(tmp_path / name) in outcome.message


def test_generate_cancelled_or_unknown_version(tmp_path: Path, no_libreoffice: None) -> None:
    book = make_book(with_sample_amendments(sample_plan()), tmp_path)
    outcome = press(book, "generate")  # the input box cancelled
    assert outcome.message == messages.text("xl.version.cancelled")
    book.app.input_text = "7"
    outcome = press(book, "generate")
    assert outcome.message == messages.text("xl.version.cancelled")
    assert len([d for d in book.app.dialogs if d[0] == "InputBox"]) == 3  # asked again once after "7"
    assert not list(tmp_path.glob("*.docx"))
