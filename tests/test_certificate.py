"""The posting certificate: its own document, made only after the posting has ended, with the real dates."""

from __future__ import annotations

import datetime as dt

import docx
import pytest

from opplan_xl import schema
from opplan_xl.document import NotYet, certificate_output, generate_certificate
from opplan_xl.example import sample_plan
from opplan_xl.thai import format_date


def _paragraphs(path) -> str:
    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


def test_the_certificate_states_the_real_posting_dates_once_the_posting_has_ended(tmp_path):
    plan = sample_plan()
    s = plan.settings
    result = generate_certificate(plan, tmp_path / "cert.docx", today=s.taken_down_date)
    text = _paragraphs(result.docx)
    assert text.splitlines()[0] == "ใบรับรองการปิดประกาศ"
    assert f"ตั้งแต่วันที่\t{format_date(s.posted_date)}" in text
    assert f"ถึงวันที่\t{format_date(s.taken_down_date)}" in text
    assert s.certifier_name in text and plan.settings.org_full_name in text
    assert "ภายในสิบห้าวัน" in text  # posted in time and kept up 30 days: says so
    assert len(docx.Document(str(result.docx)).sections) == 1


@pytest.mark.parametrize(
    ("change", "key", "words"),
    [
        ({"taken_down_date": None}, "taken_down_date", "ยังไม่ได้ปลดประกาศ"),
        ({"posted_date": None}, "posted_date", "ยังไม่ได้กรอกวันที่ปิดประกาศ"),
        ({"taken_down_date": dt.date(2026, 12, 1)}, "taken_down_date", "ยังมาไม่ถึง"),
        ({"taken_down_date": dt.date(2026, 10, 1)}, "taken_down_date", "อยู่ก่อนวันที่ปิดประกาศ"),
    ],
)
def test_before_the_posting_has_ended_it_refuses_naming_the_cell(tmp_path, change, key, words):
    plan = sample_plan()
    for name, value in change.items():
        setattr(plan.settings, name, value)
    with pytest.raises(NotYet) as caught:
        generate_certificate(plan, tmp_path / "cert.docx", today=dt.date(2026, 11, 20))
    message = caught.value.message
    assert words in message and schema.SHEET_SETTINGS in message and plan.setting_cell(key) in message
    assert not (tmp_path / "cert.docx").exists()


def test_certificate_command(tmp_path, capsys):
    from opplan_xl import cli
    from opplan_xl.xlsx.write import write_workbook

    plan = sample_plan()
    today = dt.date.today()
    plan.settings.posted_date, plan.settings.taken_down_date = today - dt.timedelta(40), today
    book = write_workbook(plan, tmp_path / "plan.xlsx")
    assert cli.main(["certificate", str(book)]) == 0
    out = capsys.readouterr().out
    target = certificate_output(plan, book)
    assert target == tmp_path / "plan-certificate.docx" and target.exists() and str(target) in out

    plan.settings.taken_down_date = None
    book = write_workbook(plan, tmp_path / "open.xlsx")
    assert cli.main(["certificate", str(book)]) == 1
    assert "ยังไม่ได้ปลดประกาศ" in capsys.readouterr().err
    assert not (tmp_path / "open-certificate.docx").exists()
