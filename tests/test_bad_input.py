"""A corpus of broken workbooks through `opplan validate`: findings or a clear Thai error, never a traceback,
and the file on disk is byte-identical afterwards."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import re
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from opplan_xl import schema
from opplan_xl.cli import main
from opplan_xl.example import sample_plan
from opplan_xl.xlsx.write import workbook_bytes

from . import hostile_corpus
from .helpers import sheet_part, write_zip, zip_parts

SETTINGS_ROW = {s.key: schema.SETTINGS_FIRST_ROW + i for i, s in enumerate(schema.SETTINGS)}


def _header_col(ws, header: str, row: int = 3) -> int:
    for cell in ws[row]:
        if cell.value == header:
            return cell.column
    raise AssertionError(header)


def _edit(fn: Callable[[openpyxl.Workbook], None]) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        wb = openpyxl.load_workbook(io.BytesIO(workbook_bytes(sample_plan())))
        fn(wb)
        wb.save(path)

    return make


def _text_in_amount(wb) -> None:
    ws = wb[schema.SHEET_PROJECTS]
    ws.cell(5, _header_col(ws, "งบประมาณ (บาท)"), "ห้าหมื่นบาท")


def _be_as_ce_date(wb) -> None:
    wb[schema.SHEET_SETTINGS].cell(SETTINGS_ROW["announced_date"], 2, dt.datetime(2569, 10, 7))


def _blank_rows(wb) -> None:
    wb[schema.SHEET_PROJECTS].insert_rows(8, 3)


def _merged(wb) -> None:
    ws = wb[schema.SHEET_PROJECTS]
    col = _header_col(ws, "สถานที่ดำเนินการ")
    ws.merge_cells(start_row=6, start_column=col, end_row=7, end_column=col)


def _renamed_sheet(wb) -> None:
    wb[schema.SHEET_PROJECTS].title = "โครงการ"


def _missing_sheet(wb) -> None:
    del wb[schema.SHEET_PROJECTS]


def _moved_columns(wb) -> None:
    ws = wb[schema.SHEET_PROJECTS]
    a, b = _header_col(ws, "งบประมาณ (บาท)"), _header_col(ws, "โครงการ")
    for row in range(3, ws.max_row + 1):
        va, vb = ws.cell(row, a).value, ws.cell(row, b).value
        ws.cell(row, a, vb)
        ws.cell(row, b, va)


def _formula_error(path: Path) -> None:
    """A budget cell holding a formula whose cached value is #DIV/0! (as Excel saves it)."""
    parts = zip_parts(workbook_bytes(sample_plan()))
    part = sheet_part(parts, schema.SHEET_PROJECTS)
    text, n = re.subn(
        r'<c r="E5"([^>]*?)(?: t="\w+")?>.*?</c>',
        r'<c r="E5"\1 t="e"><f>1/0</f><v>#DIV/0!</v></c>',
        parts[part].decode(),
        count=1,
    )
    assert n == 1
    parts[part] = text.encode()
    write_zip(parts, path)


def _not_excel(path: Path) -> None:
    path.write_bytes(b"MZ\x90\x00" + b"\x00" * 200)  # a renamed .exe


def _encrypted(path: Path) -> None:
    msoffcrypto = pytest.importorskip(
        "msoffcrypto", reason="msoffcrypto-tool (installed with oletools) makes a real one"
    )
    from msoffcrypto.format.ooxml import OOXMLFile

    plain = io.BytesIO(workbook_bytes(sample_plan()))
    with path.open("wb") as out:
        OOXMLFile(plain).encrypt("secret", out)
    assert msoffcrypto  # the import is the check


def _sample(path: Path) -> None:
    path.write_bytes(workbook_bytes(sample_plan()))


# name → (how to make it, extra CLI args, expected exit code, a finding code that must be reported or None)
CASES: dict[str, tuple[Callable[[Path], None], list[str], int, str | None]] = {
    "text in an amount cell": (_edit(_text_in_amount), [], 1, "E-BUDGET-NOT-NUMBER"),
    "BE year typed as CE": (_edit(_be_as_ce_date), [], 1, "E-DATE-BE-AS-CE"),
    "blank rows in the middle": (_edit(_blank_rows), [], 0, "I-BLANK-ROWS"),
    "merged cells": (_edit(_merged), [], 1, "W-MERGED-CELLS"),
    "formula returning an error": (_formula_error, [], 1, "E-CELL-ERROR"),
    "renamed sheet": (_edit(_renamed_sheet), [], 0, "W-SHEET-RENAMED"),
    "missing sheet": (_edit(_missing_sheet), [], 2, "E-SHEET-MISSING"),
    "moved columns": (_edit(_moved_columns), [], 0, None),
    "password-protected": (_encrypted, [], 2, "E-FILE-ENCRYPTED"),
    "not an Excel file": (_not_excel, [], 2, "E-FILE-NOT-EXCEL"),
    "over the size limit": (_sample, ["--max-size", "0.01"], 2, "E-FILE-TOO-BIG"),
}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("name", list(CASES))
def test_bad_input_gives_findings_never_a_traceback(name: str, tmp_path: Path, capsys) -> None:
    make, extra, expected_code, expected_finding = CASES[name]
    book = tmp_path / "book.xlsx"
    make(book)
    before = sha256(book)
    code = main(["validate", str(book), "--json", *extra])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    data = json.loads(out)
    codes = [f["code"] for f in data["findings"]]
    assert code == expected_code, codes
    if expected_finding:
        assert expected_finding in codes
        f = data["findings"][codes.index(expected_finding)]
        assert re.search("[\u0e00-\u0e7f]", f["message"]), "the message is Thai"
    assert sha256(book) == before, "validate must not change the file"
    # the text output is Thai and also never a traceback
    main(["validate", str(book), *extra])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err and re.search("[\u0e00-\u0e7f]", out + err)
    assert sha256(book) == before


def test_moved_columns_change_nothing(tmp_path: Path, capsys) -> None:
    plain, moved = tmp_path / "plain.xlsx", tmp_path / "moved.xlsx"
    _sample(plain)
    _edit(_moved_columns)(moved)
    main(["rollup", str(plain), "--json"])
    a = json.loads(capsys.readouterr().out)
    main(["rollup", str(moved), "--json"])
    b = json.loads(capsys.readouterr().out)
    assert a == b


# ---- issue 12: the classes of tests/hostile_corpus.py against a master workbook through `opplan validate` ---------


def _from_sample(gen) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        source = path.with_name("sample-source.xlsx")
        _sample(source)
        gen(source, path)
        source.unlink()

    return make


HOSTILE: dict[str, tuple[Callable[[Path], None], int, str]] = {
    "shared-string bomb": (
        _from_sample(lambda s, o: hostile_corpus.string_bomb(s, o, rows=80)),
        2,
        "E-FILE-TEXT-LIMIT",
    ),
    "a million compact rows": (
        _from_sample(lambda s, o: hostile_corpus.million_rows(s, o, 150_000)),
        2,
        "E-FILE-TOO-MANY-ROWS",
    ),
    "formulas without saved values": (_from_sample(hostile_corpus.formulas), 1, "E-CELL-FORMULA-NO-VALUE"),
    "bad shared-string indices": (_from_sample(hostile_corpus.garbage), 1, "E-CELL-BAD-STRING"),
    "NaN and inf": (_from_sample(hostile_corpus.garbage), 1, "E-CELL-NOT-FINITE"),
    "text over 32,767 characters": (_from_sample(hostile_corpus.garbage), 1, "E-EXCEL-CELL-TEXT"),
    "28-digit budgets": (_from_sample(hostile_corpus.huge_budgets), 1, "E-BUDGET-TOO-LARGE"),
    "two parts differing by case": (_from_sample(hostile_corpus.case_twins), 2, "E-FILE-CORRUPT"),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_master_gives_findings_and_stays_unchanged(name: str, tmp_path: Path, capsys) -> None:
    make, expected_code, expected = HOSTILE[name]
    book = tmp_path / "book.xlsx"
    make(book)
    before = sha256(book)
    code = main(["validate", str(book), "--json"])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    data = json.loads(out)
    codes = [f["code"] for f in data["findings"]]
    assert code == expected_code and expected in codes, codes
    f = data["findings"][codes.index(expected)]
    assert re.search("[\u0e00-\u0e7f]", f["message"]) and len(f["message"]) < 600
    assert len(out) < 200_000  # no value quoted whole
    assert sha256(book) == before


def test_a_formula_without_a_value_is_not_a_missing_budget(tmp_path: Path, capsys) -> None:
    book = tmp_path / "book.xlsx"
    _from_sample(hostile_corpus.formulas)(book)
    before = sha256(book)
    main(["validate", str(book), "--json"])
    data = json.loads(capsys.readouterr().out)
    at_e4 = [f for f in data["findings"] if f["cell"] == "E4"]
    assert [f["code"] for f in at_e4] == ["E-CELL-FORMULA-NO-VALUE"], at_e4
    assert "พิมพ์ตัวเลขแทนสูตร" in at_e4[0]["message"]
    assert sha256(book) == before


@pytest.mark.parametrize("kind", ["fifo", "dev-zero link", "fifo link"])
def test_a_workbook_that_is_not_a_plain_file_is_refused_at_once(kind: str, tmp_path: Path, capsys) -> None:
    import os
    import signal

    book = tmp_path / "book.xlsx"
    if kind == "fifo":
        os.mkfifo(book)
    elif kind == "fifo link":
        os.mkfifo(tmp_path / "pipe")
        book.symlink_to(tmp_path / "pipe")
    else:
        book.symlink_to("/dev/zero")

    def hung(signum, frame):
        raise AssertionError("validate hung on a non-regular file")

    old = signal.signal(signal.SIGALRM, hung)
    signal.alarm(30)
    try:
        code = main(["validate", str(book), "--json"])
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    data = json.loads(capsys.readouterr().out)
    assert code == 2 and [f["code"] for f in data["findings"]] == ["E-FILE-NOT-REGULAR"]
    assert "ไม่ใช่ไฟล์ธรรมดา" in data["findings"][0]["message"]


@pytest.mark.parametrize("kind", ["fifo", "dev-zero link", "too big", "not an image"])
def test_a_logo_that_is_not_a_small_image_file_is_refused_at_once(kind: str, tmp_path: Path) -> None:
    import os

    from opplan_xl.files import NotRegularFile
    from opplan_xl.logo import MAX_LOGO_BYTES, read_logo

    logo = tmp_path / "logo.png"
    if kind == "fifo":
        os.mkfifo(logo)
    elif kind == "dev-zero link":
        logo.symlink_to("/dev/zero")
    elif kind == "too big":
        logo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * MAX_LOGO_BYTES)
    else:
        logo.write_bytes(b"<svg xmlns='http://www.w3.org/2000/svg'/>" + b" " * 1_000_000)
    before = None if kind in ("fifo", "dev-zero link") else sha256(logo)
    with pytest.raises(NotRegularFile if kind in ("fifo", "dev-zero link") else ValueError):
        read_logo(logo)
    if before:
        assert sha256(logo) == before


def test_generate_with_a_fifo_logo_finishes_with_a_note(tmp_path: Path) -> None:
    """A FIFO (not /dev/zero: on a reader without the check, that would eat the machine's memory, not hang)."""
    import os
    import signal

    from opplan_xl.document import generate_document

    logo = tmp_path / "logo.png"
    os.mkfifo(logo)

    def hung(signum, frame):
        raise AssertionError("generate hung on a FIFO logo")

    old = signal.signal(signal.SIGALRM, hung)
    signal.alarm(60)
    try:
        result = generate_document(sample_plan(), tmp_path / "plan.docx", logo=logo)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    assert (tmp_path / "plan.docx").exists()
    assert any(str(logo) in note for note in result.notes)


def test_sums_of_accepted_amounts_are_exact() -> None:
    from decimal import Decimal

    from opplan_xl import thai

    top = thai.parse_amount("999,999,999,999.99", limit=schema.MAX_AMOUNT)
    assert sum([top] * 100_000) == Decimal(99_999_999_999_999 * 100_000) / 100
    with pytest.raises(thai.AmountTooLarge):
        thai.parse_amount("99999999999999999999999999.99", limit=schema.MAX_AMOUNT)
    with pytest.raises(thai.AmountTooLarge):
        thai.parse_amount(1e13, limit=schema.MAX_AMOUNT)
