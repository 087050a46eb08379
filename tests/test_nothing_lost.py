"""A workbook rebuilt from a plan (merge, build-workbook --from) keeps what the parser could not take."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import openpyxl

from opplan_xl import schema
from opplan_xl.example import sample_plan
from opplan_xl.xlsx.read import read_workbook
from opplan_xl.xlsx.write import workbook_bytes, write_workbook

SETTINGS_ROW = {s.key: schema.SETTINGS_FIRST_ROW + i for i, s in enumerate(schema.SETTINGS)}


def test_values_the_parser_rejected_survive_a_rebuild(tmp_path: Path) -> None:
    wb = openpyxl.load_workbook(io.BytesIO(workbook_bytes(sample_plan())))
    ws = wb[schema.SHEET_PROJECTS]
    ws["E4"] = "ห้าหมื่นบาท"
    settings = wb[schema.SHEET_SETTINGS]
    settings.cell(SETTINGS_ROW["announced_date"], 2, dt.datetime(2569, 10, 7))  # BE typed as CE
    settings.cell(SETTINGS_ROW["thai_digits"], 2, "บางที")
    settings.cell(SETTINGS_ROW["committee_date"], 2, "วันพุธหน้า")
    broken = tmp_path / "broken.xlsx"
    wb.save(broken)

    plan, findings = read_workbook(broken)
    rebuilt = write_workbook(plan, tmp_path / "rebuilt.xlsx")
    plan2, findings2 = read_workbook(rebuilt)

    assert [(f.code, f.sheet, f.cell) for f in findings2] == [(f.code, f.sheet, f.cell) for f in findings]
    assert plan2.projects[0].unparsed == {"budget": "ห้าหมื่นบาท"}
    back = openpyxl.load_workbook(rebuilt)
    assert back[schema.SHEET_PROJECTS]["E4"].value == "ห้าหมื่นบาท"
    s = back[schema.SHEET_SETTINGS]
    assert s.cell(SETTINGS_ROW["announced_date"], 2).value == dt.datetime(2569, 10, 7)
    assert s.cell(SETTINGS_ROW["thai_digits"], 2).value == "บางที"
    assert s.cell(SETTINGS_ROW["committee_date"], 2).value == "วันพุธหน้า"
