"""Excel's status bar while a ribbon button works: the action's Thai stage ("กำลังสร้างเอกสาร…"), the core's long
steps inside it (the PDF), and Excel's own status bar back (``False``) when it ends, also when it fails. A status
bar that cannot be set never breaks the action, and the Excel calls still do not grow with the rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from opplan_xl import messages
from opplan_xl.example import sample_plan, synthetic_plan
from opplan_xl.excel import actions
from opplan_xl.excel.actions import ACTIONS, Action
from opplan_xl.excel.book import LiveBook

from .helpers import make_book, press


@pytest.fixture(autouse=True)
def _logs_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "appdata"))


@pytest.fixture
def no_libreoffice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("opplan_xl.libreoffice.find_soffice", lambda: None)


def logs(tmp_path: Path) -> list[Path]:
    return sorted((tmp_path / "appdata" / "opplan" / "logs").glob("opplan-error-*.log"))


def test_every_action_has_a_thai_status_text() -> None:
    for tag, action in ACTIONS.items():
        text = messages.text(action.status)
        assert action.status != "xl.status.working", f"{tag} has no status text of its own"
        assert text.startswith("กำลัง"), (tag, text)


def test_a_press_shows_its_stage_then_gives_the_status_bar_back(tmp_path: Path) -> None:
    book = make_book(sample_plan(), tmp_path)
    press(book, "validate")
    assert book.app.status_history == ["กำลังตรวจสอบข้อมูล…", False]
    assert book.app.status_bar is False
    assert book.app.alerts, "the message box comes after"
    sets = [i for i, line in enumerate(book.log) if line == "App.status_bar set"]
    assert len(sets) == 2 and sets[-1] < book.log.index("App.alert"), "reset before the message box"


def test_generate_shows_the_document_stages_inside_its_own(tmp_path: Path, no_libreoffice: None) -> None:
    book = make_book(sample_plan(), tmp_path)
    press(book, "generate", platform="linux")
    history = book.app.status_history
    outer = "กำลังสร้างเอกสาร…"
    pdf = messages.text("ui.progress.pdf") + "…"
    assert history[0] == outer and history[-1] is False
    assert pdf in history and any(str(h).startswith("กำลังสร้างเอกสาร Word") for h in history)
    assert history[history.index(pdf) + 1] == outer, "after a stage the action's own text comes back"
    assert history.count(False) == 1


def test_the_status_bar_is_given_back_when_the_action_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(book):
        raise RuntimeError("boom")

    monkeypatch.setitem(ACTIONS, "validate", Action(broken, "xl.title.validate", status="xl.status.validate"))
    book = make_book(sample_plan(), tmp_path)
    outcome = press(book, "validate")
    assert outcome.critical and "ผิดพลาดที่ไม่คาดคิด" in outcome.message
    assert book.app.status_history == ["กำลังตรวจสอบข้อมูล…", False]
    assert book.app.alerts[-1]["mode"] == "critical"


def test_nested_stages_restore_the_outer_text_also_on_error(tmp_path: Path) -> None:
    book = make_book(sample_plan(), tmp_path)
    live = LiveBook(book)
    with pytest.raises(ValueError), live.status("a"), live.stages().stage("ui.progress.pdf"):
        raise ValueError
    assert book.app.status_history == ["a", messages.text("ui.progress.pdf") + "…", "a", False]
    assert list(live.stages().items([1, 2, 3], "ui.progress.forms")) == [1, 2, 3]
    assert book.app.status_history[-2:] == [messages.text("ui.progress.forms") + "…", False], "one text per loop"


def test_a_status_bar_that_cannot_be_set_never_breaks_the_action(tmp_path: Path) -> None:
    book = make_book(sample_plan(), tmp_path)
    book.app.status_bar_fails = True
    outcome = press(book, "validate")
    assert not outcome.critical and outcome.message.startswith("ตรวจสอบแล้ว")
    assert book.log.count("App.status_bar set") == 1, "given up after the first refusal"
    assert len(logs(tmp_path)) == 1 and "rejected" in logs(tmp_path)[0].read_text(encoding="utf-8")


@pytest.mark.parametrize("tag", ["validate", "summary", "generate"])
def test_status_calls_do_not_grow_with_the_rows(tmp_path: Path, tag: str, no_libreoffice: None) -> None:
    counts = {}
    for n in (10, 5000):
        book = make_book(synthetic_plan(n, seed=5), tmp_path / str(n))
        press(book, tag, platform="linux")
        counts[n] = (book.log.count("App.status_bar set"), book.calls)
        assert book.app.status_history[-1] is False
    assert counts[10] == counts[5000], counts
    print(f"{tag}: {counts[5000][0]} status bar calls, {counts[5000][1]} Excel calls for 10 and 5,000 projects")


def test_the_action_status_keys_are_in_the_catalogue() -> None:
    for key in ("xl.status.word_pdf", "xl.status.certificate_pdf"):
        assert messages.text(key).startswith("กำลังสร้าง")
    assert actions.ACTIONS["amend"].status == "xl.status.amend"


def test_a_refusal_midway_still_gives_the_status_bar_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    book = make_book(sample_plan(), tmp_path)

    def flaky(live: LiveBook):
        book.app.status_bar_fails = True  # Excel busy for a moment
        with live.status("ระหว่างทาง"):
            book.app.status_bar_fails = False
            with live.status("อีกขั้น"):  # not tried again: the status bar was given up on
                pass
        return actions.Outcome("เสร็จ")

    monkeypatch.setitem(ACTIONS, "validate", Action(flaky, "xl.title.validate", status="xl.status.validate"))
    outcome = press(book, "validate")
    assert outcome.message == "เสร็จ" and not outcome.critical
    assert book.app.status_history == ["กำลังตรวจสอบข้อมูล…", False], "set, then given back at the end"
    assert len(logs(tmp_path)) == 1
