"""What the reader learns from the sheets beyond values: Excel table ranges and columns the officer added."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl

from opplan_xl import schema
from opplan_xl.example import sample_plan
from opplan_xl.xlsx.read import read_raw
from opplan_xl.xlsx.write import workbook_bytes


def _book_with(tmp_path: Path, edit) -> Path:
    wb = openpyxl.load_workbook(io.BytesIO(workbook_bytes(sample_plan())))
    edit(wb[schema.SHEET_PROJECTS])
    path = tmp_path / "book.xlsx"
    wb.save(path)
    return path


def test_rows_below_the_excel_table_are_flagged(tmp_path: Path) -> None:
    def add_below(ws) -> None:
        end = int(ws.tables["tblProjects"].ref.split(":")[1].lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
        for col in range(1, 9):
            ws.cell(end + 3, col, ws.cell(4, col).value)

    raw = read_raw(_book_with(tmp_path, add_below))
    (f,) = [f for f in raw.findings if f.code == "W-ROWS-OUTSIDE-TABLE"]
    assert f.sheet == schema.SHEET_PROJECTS and f.params["table"] == "tblProjects" and f.params["count"] == 1
    assert "ปรับขนาดตาราง" in f.message


def test_rows_inside_the_table_are_not_flagged(tmp_path: Path) -> None:
    raw = read_raw(_book_with(tmp_path, lambda ws: None))
    assert not [f for f in raw.findings if f.code == "W-ROWS-OUTSIDE-TABLE"]
    assert raw.tables["projects"].unknown_headers == []


def test_columns_the_officer_added_are_listed(tmp_path: Path) -> None:
    def add_column(ws) -> None:
        ws.cell(schema.PROJECTS.header_row, ws.max_column + 2, "หมายเหตุ")

    raw = read_raw(_book_with(tmp_path, add_column))
    (letter, text), *rest = raw.tables["projects"].unknown_headers
    assert text == "หมายเหตุ" and not rest and letter.isalpha()
