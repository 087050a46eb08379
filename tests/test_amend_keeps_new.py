"""`opplan amend OLD NEW` (and the ribbon's สร้างการแก้ไข/เพิ่มเติม) keeps what the officer keeps up to date in NEW that
is not the plan's content: progress on the rows, the settings (but the dates of what was announced) and the
document's wording. Before: the amendment was built from OLD and these were silently OLD's again."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from opplan_xl.cli import main
from opplan_xl.example import sample_plan
from opplan_xl.model import money
from opplan_xl.versions import views
from opplan_xl.versions.ids import with_ids
from opplan_xl.xlsx.read import read_workbook
from opplan_xl.xlsx.write import write_workbook


def test_amend_keeps_progress_settings_and_wording_of_new(tmp_path: Path) -> None:
    old, _ = read_workbook(write_workbook(with_ids(sample_plan()), tmp_path / "first.xlsx"))  # with its wording
    new = old.model_copy(deep=True)
    new.projects[0].budget = new.projects[0].budget + Decimal("5000")  # the amendment's change
    new.projects[3].progress = "อยู่ระหว่างดำเนินการ"
    new.projects[3].disbursed = money(Decimal("1000"))
    new.projects[3].disbursed_date = dt.date(2026, 12, 1)
    new.settings.executive_name = "นายใหม่ ได้รับเลือก"
    new.settings.announced_date = dt.date(2026, 10, 20)  # typed over by mistake: the announced date stays OLD's
    new.paragraphs[0].text = "ข้อความของสำนักงานเอง {ชื่ออปท}"
    a, b = write_workbook(old, tmp_path / "old.xlsx"), write_workbook(new, tmp_path / "new.xlsx")
    out = tmp_path / "out.xlsx"
    args = ["amend", str(a), str(b), "--kind", "แก้ไข", "--event", "โอนงบประมาณ", "--event-date", "2027-01-08"]
    assert main([*args, "-o", str(out)]) in (0, 1)
    got, _ = read_workbook(out)
    p = got.projects[3]
    assert (p.progress, p.disbursed, p.disbursed_date) == ("อยู่ระหว่างดำเนินการ", Decimal("1000.00"), dt.date(2026, 12, 1))
    assert got.settings.executive_name == "นายใหม่ ได้รับเลือก"
    assert got.settings.announced_date == old.settings.announced_date
    assert got.paragraphs[0].text == "ข้อความของสำนักงานเอง {ชื่ออปท}"
    assert views.numbers(got) == [1] and got.projects[0].budget == old.projects[0].budget + Decimal("5000")
    assert views.first_version(got).projects[0].budget == old.projects[0].budget
