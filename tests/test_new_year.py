"""opplan new-year and the ribbon's year buttons (นำเข้าแผนที่ทำเอง, สร้างแผนปีใหม่) against the fake live book."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from opplan_xl import messages, schema
from opplan_xl.cli import main
from opplan_xl.example import sample_plan
from opplan_xl.importer.sample import Layout, write_handmade
from opplan_xl.rollforward import CLEARED_SETTINGS, next_year
from opplan_xl.xlsx.read import read_workbook
from opplan_xl.xlsx.write import write_workbook

from .conftest import small_plan
from .helpers import make_book, press


@pytest.fixture(autouse=True)
def _logs_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "appdata"))


def test_next_year_keeps_the_organisation_and_clears_this_years_dates() -> None:
    plan = sample_plan()
    plan.settings.plan_key = "a" * 32
    plan.extra_list_items[schema.LIST_AGENCIES] = ["กองยุทธศาสตร์"]
    rolled = next_year(plan, 2571)
    new = rolled.plan.settings
    assert new.fiscal_year == 2571 and plan.settings.fiscal_year == 2570  # the old plan is not changed
    for key in CLEARED_SETTINGS:
        assert getattr(new, key) is None
    assert new.amendment_kind == schema.AMENDMENT_KINDS[0]
    assert new.plan_key and new.plan_key != plan.settings.plan_key
    for key in ("org_kind", "org_name", "district", "province", "executive_name", "posting_place", "thai_digits"):
        assert getattr(new, key) == getattr(plan.settings, key)
    assert [s.name for s in rolled.plan.strategies] == [s.name for s in plan.strategies]
    assert rolled.plan.extra_list_items == {schema.LIST_AGENCIES: ["กองยุทธศาสตร์"]}
    assert rolled.plan.projects == [] and rolled.carried == []
    # the sample's holidays are in 2570 (Apr / May 2027): none falls in 2571
    assert new.extra_holidays == []
    assert next_year(plan, 2570).plan.settings.extra_holidays == plan.settings.extra_holidays


def test_carry_over_takes_the_officers_own_lines_and_lists_them() -> None:
    plan = sample_plan()
    plan.projects[0].origin_agency = "แขวงทางหลวงชนบทพะเยา"  # merged from an agency form: it sends a new one
    rolled = next_year(plan, 2571, carry=True)
    assert len(rolled.plan.projects) == len(plan.projects) - 1 and rolled.not_carried == 1
    assert len(rolled.plan.equipment) == len(plan.equipment)
    assert [p.name for p in rolled.plan.projects] == [p.name for p in plan.projects[1:]]
    first = schema.PROJECTS.header_row + 1
    assert [p.row for p in rolled.plan.projects] == list(range(first, first + len(rolled.plan.projects)))
    assert len(rolled.carried) == len(rolled.plan.projects) + len(rolled.plan.equipment)


def test_the_command_writes_next_years_book_and_leaves_this_one(tmp_path: Path, capsys) -> None:
    book = write_workbook(sample_plan(), tmp_path / "แผน2570.xlsx")
    before = hashlib.sha256(book.read_bytes()).hexdigest()
    assert main(["new-year", str(book), "--carry-over"]) == 0
    out = tmp_path / "แผน2570-2571.xlsx"
    plan, _findings = read_workbook(out)
    assert plan.settings.fiscal_year == 2571 and plan.settings.announced_date is None
    assert len(plan.projects) == len(sample_plan().projects)
    assert hashlib.sha256(book.read_bytes()).hexdigest() == before
    import openpyxl

    wb = openpyxl.load_workbook(out, read_only=True)
    assert schema.SHEET_ROLL_REPORT in wb.sheetnames
    wb.close()
    assert "2571" in capsys.readouterr().out
    assert main(["new-year", str(book), "--fiscal-year", "2572", "-o", str(tmp_path / "n.xlsm")]) == 0
    plan, _ = read_workbook(tmp_path / "n.xlsm")
    assert plan.settings.fiscal_year == 2572 and plan.projects == []


@pytest.mark.parametrize("year", ["2570", "2569", "ปีหน้า", "2025"])
def test_the_command_refuses_a_year_that_is_not_later(tmp_path: Path, year: str, capsys) -> None:
    book = write_workbook(small_plan(), tmp_path / "a.xlsx")
    assert main(["new-year", str(book), "--fiscal-year", year]) == 2
    assert capsys.readouterr().err.strip()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.xlsx"]


def test_the_command_never_writes_over_the_book(tmp_path: Path) -> None:
    book = write_workbook(small_plan(), tmp_path / "a.xlsx")
    assert main(["new-year", str(book), "-o", str(book)]) == 2


def test_a_year_is_asked_when_the_book_has_none(tmp_path: Path) -> None:
    plan = small_plan()
    plan.settings.fiscal_year = None
    book = write_workbook(plan, tmp_path / "a.xlsx")
    assert main(["new-year", str(book)]) == 2
    assert main(["new-year", str(book), "--fiscal-year", "2571"]) == 0


# ---- the ribbon ---------------------------------------------------------------------------------------------


def test_new_year_button_writes_beside_the_workbook_and_changes_nothing_in_it(tmp_path: Path) -> None:
    book = make_book(sample_plan(), tmp_path / "wb")
    before = {name: dict(book.sheet(name).cells) for name in book.sheet_names}
    book.app.input_text = "2571"
    book.app.answers = ["yes"]
    outcome = press(book, "new_year")
    assert not outcome.critical, outcome.message
    out = tmp_path / "wb" / "OpPlan-2571.xlsm"
    assert str(out) in outcome.message
    plan, _ = read_workbook(out)
    assert plan.settings.fiscal_year == 2571 and len(plan.projects) == len(sample_plan().projects)
    assert {name: dict(book.sheet(name).cells) for name in book.sheet_names} == before
    kind, args = book.app.dialogs[0]
    assert kind == "InputBox" and args["Default"] == "2571"


def test_new_year_button_cancelled_or_a_bad_year(tmp_path: Path) -> None:
    book = make_book(small_plan(), tmp_path / "wb")
    assert press(book, "new_year").message == messages.text("xl.agency.cancelled")  # the input box is cancelled
    book.app.input_text = "2560"
    outcome = press(book, "new_year")
    assert outcome.critical and "2560" in outcome.message
    assert sorted(p.name for p in (tmp_path / "wb").iterdir()) == []


def test_import_button_writes_the_new_macro_workbook_beside_the_old_file(tmp_path: Path) -> None:
    old, _expected = write_handmade(sample_plan(), tmp_path / "old" / "แผนปี2570.xlsx", Layout(wrong_total=True))
    before = hashlib.sha256(old.read_bytes()).hexdigest()
    book = make_book(small_plan(), tmp_path / "wb")
    book.app.open_files = [str(old)]
    outcome = press(book, "import_handmade")
    assert not outcome.critical, outcome.message
    out = tmp_path / "old" / f"แผนปี2570{schema.IMPORT_SUFFIX}.xlsm"
    assert str(out) in outcome.message and schema.SHEET_IMPORT_REPORT in outcome.message
    plan, _ = read_workbook(out)
    assert len(plan.projects) == len(sample_plan().projects)
    assert hashlib.sha256(old.read_bytes()).hexdigest() == before


def test_import_button_cancelled_or_an_unreadable_file(tmp_path: Path) -> None:
    book = make_book(small_plan(), tmp_path / "wb")
    cancelled = press(book, "import_handmade")
    assert cancelled.message == messages.text("xl.agency.cancelled")
    bad = tmp_path / "bad.xlsx"
    bad.write_text("not a workbook")
    book.app.open_files = [str(bad)]
    outcome = press(book, "import_handmade")
    assert outcome.critical and "Traceback" not in outcome.message
    assert not list(tmp_path.glob(f"*{schema.IMPORT_SUFFIX}*"))


def test_import_then_new_year_the_whole_way(tmp_path: Path) -> None:
    """Last year's hand-made file → the standard workbook → next year's workbook, by the commands."""
    old, _e = write_handmade(sample_plan(), tmp_path / "old.xlsx", Layout(amounts="text"))
    assert main(["import", str(old), "-o", str(tmp_path / "2570.xlsx")]) == 1
    assert main(["new-year", str(tmp_path / "2570.xlsx"), "--carry-over"]) == 0
    plan, _ = read_workbook(tmp_path / "2570-2571.xlsx")
    assert plan.settings.fiscal_year == 2571 and len(plan.projects) == len(sample_plan().projects)
    assert plan.settings.budget_act_date is None
    assert isinstance(plan.projects[0].budget, type(sample_plan().projects[0].budget))
