"""The workbook's วิธีใช้ sheet names every ribbon button and every sheet the officer fills in."""

from __future__ import annotations

import re
from importlib.resources import files

from opplan_xl import messages, schema


def _help_text() -> str:
    from openpyxl import Workbook

    from opplan_xl.xlsx.styles import Styles
    from opplan_xl.xlsx.workbook import _help_sheet

    ws = Workbook().active
    _help_sheet(ws, Styles())
    return "\n".join(str(c.value) for row in ws.iter_rows() for c in row if c.value)


def test_every_ribbon_button_is_explained() -> None:
    ribbon = files("opplan_xl.excel").joinpath("vba/customUI14.xml").read_text(encoding="utf-8")
    labels = re.findall(r'<button [^>]*label="([^"]+)"', ribbon)
    assert len(labels) >= 12
    text = _help_text()
    missing = [label for label in labels if label not in text]
    assert not missing, missing


def test_the_sheets_an_officer_fills_in_are_explained() -> None:
    text = _help_text()
    for sheet in (schema.SHEET_AMENDMENTS, schema.SHEET_HISTORY, schema.SHEET_PARAGRAPHS, schema.SHEET_PROJECTS):
        assert sheet in text, sheet
    assert "{" + "ชื่ออปท" + "}" in text  # the placeholder example is shown as the officer types it
    assert messages.text("xl.help.fill.title") in text
