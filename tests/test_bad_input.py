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
