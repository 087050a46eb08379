"""Field risks around the workbook: a workbook saved from LibreOffice (its sheets' code names are gone) is detected
on the next ribbon press, with what to do in Thai."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from opplan_xl import libreoffice, messages, schema

from .conftest import small_plan
from .fake_xlwings import FakeBook
from .helpers import make_book, press

needs_lo = pytest.mark.skipif(libreoffice.find_soffice() is None, reason="LibreOffice (soffice) is not installed")


@pytest.fixture(autouse=True)
def _logs_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "appdata"))


def _note(name: str) -> str:
    return messages.text("xl.code_names_lost", sheets=schema.SHEET_PROJECTS, name=name)


def test_a_workbook_with_its_code_names_is_not_warned_about(tmp_path: Path) -> None:
    book = make_book(small_plan(), tmp_path / "wb")
    outcome = press(book, "validate")
    assert "codeName" not in outcome.message


def test_a_lost_code_name_is_detected_on_the_next_press(tmp_path: Path) -> None:
    book = make_book(small_plan(), tmp_path / "wb")
    next(s for s in book._sheets if s._name == schema.SHEET_PROJECTS).code_name = ""
    outcome = press(book, "validate")
    assert _note("OpPlan.xlsm") in outcome.message and "opplan build-workbook --from" in outcome.message
    mac = press(book, "validate", platform="linux")  # an Excel that does not tell code names: nothing said
    assert "codeName" not in mac.message


@pytest.mark.libreoffice
@needs_lo
def test_a_workbook_saved_by_libreoffice_is_detected(tmp_path: Path) -> None:
    from opplan_xl.xlsx.workbook import write_xlsm

    source, _ = write_xlsm(small_plan(), tmp_path / "in" / "OpPlan.xlsm")
    saved = libreoffice.convert(source, "xlsm:Calc MS Excel 2007 VBA XML", tmp_path / "lo")
    wb = openpyxl.load_workbook(saved)  # read only: never saved back
    assert wb[schema.SHEET_PROJECTS].sheet_properties.codeName in (None, ""), "LibreOffice dropped the code names"
    book = FakeBook.from_workbook(wb, str(tmp_path / "lo" / "OpPlan.xlsm"))
    outcome = press(book, "validate")
    assert _note("OpPlan.xlsm") in outcome.message
