"""The documents of a plan's versions: the first version unchanged by amendments, amendment N's own document,
and the consolidated plan. Read back with python-docx (rendered pages were looked at; see the issue note)."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from pathlib import Path

import docx
import pytest

from opplan_xl.document import generate_document
from opplan_xl.document.amendment import build_amendment, build_consolidated
from opplan_xl.document.build import build
from opplan_xl.example import sample_plan
from opplan_xl.model import Plan
from opplan_xl.thai import to_thai_digits
from opplan_xl.versions import views
from opplan_xl.versions.sample import with_sample_amendments


@pytest.fixture(scope="module")
def amended() -> Plan:
    return with_sample_amendments(sample_plan())


def _paragraphs(data: bytes) -> list[str]:
    return [p.text for p in docx.Document(io.BytesIO(data)).paragraphs]


def _tables(data: bytes) -> list[list[list[str]]]:
    return [[[c.text for c in r.cells] for r in t.rows] for t in docx.Document(io.BytesIO(data)).tables]


def _parts(data: bytes) -> dict[str, bytes]:
    """The .docx's parts, the time it was made (core properties' created/modified) masked: the only bytes that differ
    between two builds of the same plan a second apart."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    parts["docProps/core.xml"] = re.sub(rb"\d{4}-\d\d-\d\dT[\d:]{8}Z", b"TIME", parts["docProps/core.xml"])
    return parts


def test_the_first_version_is_remade_byte_for_byte(amended: Plan, tmp_path: Path) -> None:
    """Amendments change nothing in the announced plan's document: the default document of the amended workbook is
    the very file the plan had before them (every part, byte for byte, but the time it was made)."""
    before = generate_document(sample_plan(), tmp_path / "before.docx").docx.read_bytes()
    after = generate_document(amended, tmp_path / "after.docx").docx.read_bytes()
    assert _parts(before) == _parts(after)
    assert _parts(build(views.first_version(amended)).data) == _parts(build(sample_plan()).data)


def test_the_supplementary_amendment_document(amended: Plan) -> None:
    data = build_amendment(amended, 1).data
    text = "\n".join(_paragraphs(data))
    title = "แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๗๐ เพิ่มเติม ครั้งที่ ๑/๒๕๗๐"
    assert title in text
    assert "ข้อ ๒๗ วรรคสอง" in text and "ข้อบัญญัติงบประมาณรายจ่ายเพิ่มเติม" in text
    assert "ประกาศ ณ วันที่ ๕ กุมภาพันธ์ พ.ศ. ๒๕๗๐" in text
    assert "คณะกรรมการ" not in text  # no committee date: no committee sentence
    assert "เพิ่มโครงการ ๒ โครงการ งบประมาณ ๕๐๐,๕๐๐.๐๐ บาท (ห้าแสนห้าร้อยบาทถ้วน)" in text
    tables = _tables(data)
    summary = tables[0]
    assert summary[-1][1:5] == ["๒", "๑๐๐.๐๐", "๕๐๐,๕๐๐.๐๐", "๑๐๐.๐๐"]  # ผด.01 of its own two projects
    listed = [c for t in tables[1:] for r in t for c in r]
    assert any("หมู่ที่ 6 บ้านร่องห้า" in c or to_thai_digits("หมู่ที่ 6 บ้านร่องห้า") in c for c in listed)
    assert not any(c == "เดิม" for c in listed)  # nothing changed: no comparison table


def test_the_change_amendment_document(amended: Plan) -> None:
    plan = amended.model_copy(deep=True)
    plan.amendments[1].committee_date = dt.date(2027, 3, 22)
    data = build_amendment(plan, 2).data
    text = "\n".join(_paragraphs(data))
    assert "แก้ไข ครั้งที่ ๒/๒๕๗๐" in text and "โอนงบครั้งที่ ๓/๒๕๗๐" in text
    assert "ได้ประชุมพิจารณาแล้ว เมื่อวันที่ ๒๒ มีนาคม พ.ศ. ๒๕๗๐" in text  # the committee sentence, with its date
    compare = next(t for t in _tables(data) if t[0][2:] == ["เดิม", "แก้ไขเป็น"])
    budget = next(r for r in compare if r[1] == "งบประมาณ (บาท)")
    assert budget[2:] == ["๒๖๕,๐๐๐.๐๐", "๒๘๕,๐๐๐.๐๐"]
    assert any(r[3] == "ยกเลิก" for r in compare)  # the cancelled project
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        xml = z.read("word/document.xml").decode()
    assert xml.count('w:fill="FFF2CC"') == 2 * 3  # budget, months, location: label and new value marked


def test_the_consolidated_document(amended: Plan) -> None:
    data = build_consolidated(amended).data
    text = "\n".join(_paragraphs(data))
    assert "ฉบับรวม (รวมแก้ไข/เพิ่มเติม ครั้งที่ ๑–๒)" in text
    summary = _tables(data)[0]
    now = views.consolidated(amended)
    (total,) = [row for row in summary if row[0] == "รวมทั้งสิ้น"]  # the own/other split rows follow it
    assert total[1] == to_thai_digits(str(len(now.projects)))


def test_generate_command_versions(amended: Plan, tmp_path: Path, capsys) -> None:
    from opplan_xl import messages
    from opplan_xl.cli import main
    from opplan_xl.xlsx.write import write_workbook

    toc_note = messages.text("ui.generate.toc_note")
    book = write_workbook(amended, tmp_path / "แผน.xlsx")
    assert main(["generate", str(book), "--amendment", "2"]) in (0, 1)
    assert (tmp_path / "แผน-แก้ไขเพิ่มเติมครั้งที่2.docx").is_file()
    assert toc_note not in capsys.readouterr().out  # an amendment's document has no contents to update
    assert main(["generate", str(book), "--consolidated"]) in (0, 1)
    assert (tmp_path / "แผน-ฉบับรวม.docx").is_file()
    assert toc_note in capsys.readouterr().out
    assert main(["generate", str(book), "--amendment", "3"]) == 2


def test_the_demo_step(tmp_path: Path) -> None:
    from opplan_xl.commands.amend import demo_amendments
    from opplan_xl.commands.demo import DemoRun
    from opplan_xl.xlsx.read import read_workbook

    demo = DemoRun(folder=tmp_path, lang="th", plan=sample_plan())
    demo_amendments(demo)
    plan, _ = read_workbook(demo.files["amended"])
    assert views.numbers(plan) == [1, 2] and demo.files["amendment_document"].is_file()
