"""The monitoring report as a .docx (document/report.py) and its charts (monitoring/charts.py)."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest

from opplan_xl.example import sample_plan
from opplan_xl.monitoring import charts
from opplan_xl.monitoring.report import progress_report
from opplan_xl.monitoring.sample import sample_round_date, with_sample_progress
from opplan_xl.versions.sample import with_sample_amendments

PNG = b"\x89PNG\r\n\x1a\n"


def _sample(name: str):
    plan = with_sample_progress(with_sample_amendments(sample_plan()), name)
    return plan, progress_report(plan, sample_round_date(name))


@pytest.fixture(scope="module", params=["6m", "12m"])
def sample(request):
    return (request.param, *_sample(request.param))


def _text(data: bytes) -> str:
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode("utf-8")
    xml = re.sub(r"</w:p>", "\n", xml)
    return re.sub(r"<[^>]+>", "", xml)


def test_the_docx_is_a_valid_package(sample, tmp_path):
    openxml_audit = pytest.importorskip("openxml_audit", reason="openxml-audit (a dev dependency) is not installed")
    from opplan_xl.document.report import report_docx_bytes

    name, plan, report = sample
    path = tmp_path / f"{name}.docx"
    path.write_bytes(report_docx_bytes(plan, report))
    validator = openxml_audit.OpenXmlValidator(file_format=openxml_audit.FileFormat.OFFICE_2019, max_errors=50)
    result = validator.validate(str(path))
    assert result.is_valid, [str(e) for e in result.errors]


def test_the_reconciliation_line_has_the_plans_totals(sample):
    from opplan_xl.document.report import report_docx_bytes
    from opplan_xl.thai import format_amount, format_int

    name, plan, report = sample
    text = _text(report_docx_bytes(plan, report))
    r = report.summary
    projects = format_int(r.total_projects, thai_digits=True)
    budget = format_amount(r.total_budget, thai_digits=True)
    assert report.reconciliation.ok
    assert f"ยอดรวม {projects} โครงการ งบประมาณ {budget} บาท ตรงกับ แบบ ผด.01 ของแผนที่ใช้ ณ วันที่รายงาน" in text
    assert "(รวมแก้ไข/เพิ่มเติมถึงครั้งที่ ๒)" in text
    title = {
        "6m": "รายงานการกำกับติดตามการดำเนินงานและการใช้งบประมาณ รอบ ๖ เดือน (ตุลาคม ๒๕๖๙ – มีนาคม ๒๕๗๐)",
        "12m": "รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. ๒๕๗๐",
    }[name]
    assert title in text
    # the follow-up list: every cancelled / carried-over item is named
    section = text.split("สำหรับการแก้ไขแผนครั้งต่อไปหรือแผนปีถัดไป", 1)[1]
    assert report.follow_up
    for line in report.follow_up:
        assert line.name.replace("7", "๗")[:20] in section


def test_a_warning_when_the_totals_do_not_match():
    from dataclasses import replace

    from opplan_xl.document.build import make_context
    from opplan_xl.document.report import reconciliation_lines

    _plan, report = _sample("6m")
    r = report.reconciliation
    bad = replace(report, reconciliation=replace(r, report_projects=r.report_projects - 1))
    lines = reconciliation_lines(make_context(report.view), bad)
    assert lines[0].startswith("คำเตือน") and "ไม่ตรงกับ" in lines[0]


def test_no_notes_says_none():
    from dataclasses import replace

    from opplan_xl.document.report import report_docx_bytes

    plan, report = _sample("6m")
    text = _text(report_docx_bytes(plan, replace(report, problems=(), follow_up=()), charts=False))
    problems = text.split("ปัญหา อุปสรรค และข้อเสนอแนะ\n", 1)[1]
    assert problems.lstrip().startswith("ไม่มี")
    follow = text.split("สำหรับการแก้ไขแผนครั้งต่อไปหรือแผนปีถัดไป\n", 1)[1]
    assert follow.lstrip().startswith("ไม่มี")


def test_charts_are_png_deterministic_and_embedded(sample):
    from opplan_xl.document.report import report_docx_bytes

    _name, plan, report = sample
    if charts.thai_font() is None:
        pytest.skip("no Thai font on this machine")
    for make in (charts.budget_share_png, charts.months_png, charts.agency_status_png):
        first = make(report)
        assert first.startswith(PNG)
        assert make(report) == first
        assert b"tEXt" not in first or b"Software" not in first
    media = [n for n in zipfile.ZipFile(io.BytesIO(report_docx_bytes(plan, report))).namelist() if "media/" in n]
    assert len(media) == 3
    without = zipfile.ZipFile(io.BytesIO(report_docx_bytes(plan, report, charts=False))).namelist()
    assert not [n for n in without if "media/" in n]


def test_the_chart_font_has_thai_glyphs():
    from fontTools.ttLib import TTFont

    font = charts.thai_font()
    if font is None:
        pytest.skip("no Thai font on this machine")
    cmap = TTFont(str(font.regular)).getBestCmap()
    assert ord("ก") in cmap and ord("๑") in cmap
    assert charts.has_thai(font.bold)


def test_no_thai_font_no_charts_and_a_notice(monkeypatch):
    from opplan_xl.document.report import report_docx_bytes

    plan, report = _sample("12m")
    monkeypatch.setattr(charts, "thai_font", lambda: None)
    notes: list[str] = []
    data = report_docx_bytes(plan, report, notes=notes)
    assert not [n for n in zipfile.ZipFile(io.BytesIO(data)).namelist() if "media/" in n]
    assert notes and "ฟอนต์ภาษาไทย" in notes[0]
    assert charts.budget_share_png(report) is None


def test_the_report_renders_to_pdf(tmp_path):
    from opplan_xl import libreoffice

    if libreoffice.find_soffice() is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    from opplan_xl.document.pdf import render_pdf
    from opplan_xl.document.report import report_docx_bytes

    plan, report = _sample("12m")
    path = tmp_path / "report.docx"
    path.write_bytes(report_docx_bytes(plan, report, for_renderer=True))
    rendered = render_pdf(Path(path), thai_numerals=True)
    assert rendered.pdf.startswith(b"%PDF")
    pages = len(re.findall(rb"/Type\s*/Page(?![s\w])", rendered.pdf))
    assert 10 <= pages <= 20  # 14 for the sample: 2 portrait pages with the charts, the tables in landscape


def test_arabic_digits_when_the_setting_says_so():
    from opplan_xl.document.report import report_docx_bytes
    from opplan_xl.thai import format_amount

    plan, _report = _sample("12m")
    plan = plan.model_copy(update={"settings": plan.settings.model_copy(update={"thai_digits": False})})
    report = progress_report(plan, sample_round_date("12m"))
    text = _text(report_docx_bytes(plan, report, charts=False))
    assert "รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. 2570" in text
    assert format_amount(report.summary.total_budget) in text
    assert not re.search("[๐-๙]", text.split("7. การเผยแพร่", 1)[0])
