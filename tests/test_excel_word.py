"""Generate's PDF through Microsoft Word on Windows, against a fake ``win32com`` put into ``sys.modules``.

The fake Word records every call; its ``ExportAsFixedFormat`` writes a small PDF. What is checked: the calls made
(a private instance, the document opened read-only, fields and contents updated, PDF export, closed without
saving), that Word always quits, that both files land next to the workbook only when Word made the PDF, and that
an error becomes a Thai note and LibreOffice is tried instead.
"""

from __future__ import annotations

import sys
import types
import zipfile
from pathlib import Path

import pytest

from opplan_xl import messages
from opplan_xl.example import sample_plan
from opplan_xl.excel.word import WD_EXPORT_FORMAT_PDF, WordFailed, WordUnavailable, word_pdf

from .helpers import make_book, press

FAKE_PDF = b"%PDF-1.7\n% made by the fake Word\n%%EOF\n"


class ComError(Exception):
    """What pywintypes.com_error looks like: (hresult, text, excepinfo, argerror)."""

    def __init__(self, description: str) -> None:
        super().__init__(-2147352567, "Exception occurred.", (0, "Microsoft Word", description, None, 0, 0), None)
        self.excepinfo = self.args[2]


class FakeWord:
    """``Word.Application``: records calls in ``log``; ``fail`` names the call that raises a COM error."""

    def __init__(self, fail: str | None = None) -> None:
        self.log: list[tuple] = []
        self.fail = fail
        self.opened: list[bytes] = []
        self.Documents = types.SimpleNamespace(Open=self._open)

    def _call(self, name: str, *args, **kwargs) -> None:
        self.log.append((name, args, kwargs))
        if self.fail == name:
            raise ComError(f"{name} failed in the fake")

    def __setattr__(self, name: str, value) -> None:
        if name in ("Visible", "DisplayAlerts"):
            self.log.append((f"set {name}", (value,), {}))
        super().__setattr__(name, value)

    def _open(self, path: str, **kwargs) -> types.SimpleNamespace:
        self._call("Open", path, **kwargs)
        self.opened.append(Path(path).read_bytes())
        toc = types.SimpleNamespace(Update=lambda: self._call("TOC.Update"))
        tocs = types.SimpleNamespace(Count=1, Item=lambda i: toc)
        return types.SimpleNamespace(
            Fields=types.SimpleNamespace(Update=lambda: self._call("Fields.Update")),
            TablesOfContents=tocs,
            ExportAsFixedFormat=self._export,
            Close=lambda **kw: self._call("Close", **kw),
        )

    def _export(self, path: str, fmt: int) -> None:
        self._call("ExportAsFixedFormat", path, fmt)
        Path(path).write_bytes(FAKE_PDF)

    def Quit(self, **kwargs) -> None:
        self._call("Quit", **kwargs)

    def names(self) -> list[str]:
        return [entry[0] for entry in self.log]


@pytest.fixture
def fake_word(monkeypatch: pytest.MonkeyPatch):
    """Install a fake ``win32com.client``; returns a function making the Word that the next DispatchEx gives."""
    state: dict = {"word": FakeWord(), "dispatched": []}

    def dispatch_ex(prog_id: str) -> FakeWord:
        state["dispatched"].append(prog_id)
        if state.get("not_installed"):
            raise ComError("Invalid class string")
        return state["word"]

    client = types.ModuleType("win32com.client")
    client.DispatchEx = dispatch_ex
    package = types.ModuleType("win32com")
    package.client = client
    monkeypatch.setitem(sys.modules, "win32com", package)
    monkeypatch.setitem(sys.modules, "win32com.client", client)
    return state


@pytest.fixture(autouse=True)
def _logs_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "appdata"))


@pytest.fixture
def libreoffice(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """LibreOffice is absent; the list counts how often it was looked for."""
    looked: list[int] = []

    def find() -> None:
        looked.append(1)
        return None

    monkeypatch.setattr("opplan_xl.libreoffice.find_soffice", find)
    return looked


# ---------------------------------------------------------------------------------------------- word_pdf itself


def test_word_makes_the_pdf_with_the_right_calls(tmp_path: Path, fake_word: dict) -> None:
    docx = tmp_path / "แผน 2570.docx"
    docx.write_bytes(b"docx bytes")
    pdf = tmp_path / "แผน 2570.pdf"
    word_pdf(docx, pdf)
    word = fake_word["word"]
    assert fake_word["dispatched"] == ["Word.Application"]
    assert word.names() == [
        "set Visible",
        "set DisplayAlerts",
        "Open",
        "Fields.Update",
        "TOC.Update",
        "ExportAsFixedFormat",
        "Close",
        "Quit",
    ]
    calls = {name: (args, kwargs) for name, args, kwargs in word.log}
    assert calls["Open"] == ((str(docx),), {"ReadOnly": True, "AddToRecentFiles": False})
    assert calls["ExportAsFixedFormat"] == ((str(pdf), WD_EXPORT_FORMAT_PDF), {})
    assert calls["Close"] == ((), {"SaveChanges": 0})
    assert calls["set Visible"] == ((False,), {})
    assert pdf.read_bytes() == FAKE_PDF and docx.read_bytes() == b"docx bytes"


@pytest.mark.parametrize("step", ["Open", "Fields.Update", "ExportAsFixedFormat"])
def test_word_quits_whatever_fails(tmp_path: Path, fake_word: dict, step: str) -> None:
    fake_word["word"] = FakeWord(fail=step)
    docx = tmp_path / "a.docx"
    docx.write_bytes(b"x")
    with pytest.raises(WordFailed, match=f"{step} failed in the fake"):
        word_pdf(docx, tmp_path / "a.pdf")
    names = fake_word["word"].names()
    assert names[-1] == "Quit" and names.count("Quit") == 1
    assert ("Close" in names) == (step != "Open"), "an opened document is closed without saving"


def test_word_that_fails_to_close_or_quit_still_gives_the_pdf(tmp_path: Path, fake_word: dict) -> None:
    for step in ("Close", "Quit"):
        fake_word["word"] = FakeWord(fail=step)
        docx = tmp_path / "a.docx"
        docx.write_bytes(b"x")
        word_pdf(docx, tmp_path / f"{step}.pdf")
        assert (tmp_path / f"{step}.pdf").read_bytes() == FAKE_PDF


def test_no_word_or_no_pywin32_is_unavailable(tmp_path: Path, fake_word: dict, monkeypatch) -> None:
    fake_word["not_installed"] = True
    with pytest.raises(WordUnavailable, match="Invalid class string"):
        word_pdf(tmp_path / "a.docx", tmp_path / "a.pdf")
    assert fake_word["word"].log == [], "nothing to quit: Word never started"
    monkeypatch.setitem(sys.modules, "win32com", None)  # pywin32 not installed: the import fails
    monkeypatch.setitem(sys.modules, "win32com.client", None)
    with pytest.raises(WordUnavailable):
        word_pdf(tmp_path / "a.docx", tmp_path / "a.pdf")


# ------------------------------------------------------------------------------------------- the Generate button


def test_generate_on_windows_uses_word(tmp_path: Path, fake_word: dict, libreoffice: list[int]) -> None:
    book = make_book(sample_plan(), tmp_path)
    outcome = press(book, "generate", platform="win32")
    docx, pdf = tmp_path / "OpPlan.docx", tmp_path / "OpPlan.pdf"
    assert outcome.message.startswith(messages.text("xl.generate.done", files=f"{docx}\n{pdf}"))
    assert pdf.read_bytes() == FAKE_PDF
    assert zipfile.is_zipfile(docx) and fake_word["word"].opened == [docx.read_bytes()], "Word read this document"
    opened = Path(next(args[0] for name, args, _ in fake_word["word"].log if name == "Open"))
    assert opened.parent != tmp_path and not opened.exists(), "Word read a temporary copy, since removed"
    assert not libreoffice, "LibreOffice is not needed when Word made the PDF"
    assert messages.text("ui.generate.no_libreoffice") not in outcome.message
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["OpPlan.docx", "OpPlan.pdf"]

    again = press(book, "generate", platform="win32")
    for backup in (tmp_path / "OpPlan.1.docx", tmp_path / "OpPlan.1.pdf"):
        assert backup.exists() and messages.text("ui.backup", path=backup) in again.message


def test_word_failing_says_so_and_falls_back_to_libreoffice(
    tmp_path: Path, fake_word: dict, libreoffice: list[int]
) -> None:
    fake_word["word"] = FakeWord(fail="ExportAsFixedFormat")
    book = make_book(sample_plan(), tmp_path)
    outcome = press(book, "generate", platform="win32")
    note = messages.text("xl.generate.word_failed", reason="ExportAsFixedFormat failed in the fake")
    assert note in outcome.message and messages.text("ui.generate.no_libreoffice") in outcome.message
    assert libreoffice, "LibreOffice was tried"
    assert fake_word["word"].names()[-1] == "Quit"
    assert not outcome.critical
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["OpPlan.docx"], "no backup of a first try"


def test_without_word_libreoffice_is_used_without_a_word_note(
    tmp_path: Path, fake_word: dict, libreoffice: list[int]
) -> None:
    fake_word["not_installed"] = True
    book = make_book(sample_plan(), tmp_path)
    outcome = press(book, "generate", platform="win32")
    assert "Microsoft Word" not in outcome.message and messages.text("ui.generate.no_libreoffice") in outcome.message
    assert libreoffice and (tmp_path / "OpPlan.docx").exists()


def test_word_is_not_tried_on_a_mac(tmp_path: Path, fake_word: dict, libreoffice: list[int]) -> None:
    book = make_book(sample_plan(), tmp_path)
    press(book, "generate", platform="darwin")
    assert fake_word["dispatched"] == [] and libreoffice


def test_the_button_path_does_not_import_win32com() -> None:
    import subprocess

    code = "import sys, opplan_xl.excel.actions, opplan_xl.excel.word; print('win32com' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
