"""Filling an agency form as the agency would (for the demo and the tests): openpyxl types values into the form.

This is the agency's side of the round trip, done on a form this program has just written (a trusted file).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from decimal import Decimal
from pathlib import Path

from .. import schema
from ..model import Plan
from .form import FORM_PROJECTS

__all__ = ["fill_form", "sample_return"]


def sample_return(plan: Plan, agency: str) -> list[dict[str, object]]:
    """A few projects another agency might return for ``plan`` (its strategies and แผนงาน)."""
    codes = [s.code for s in plan.strategies if s.code] or ["1"]
    first, last = codes[0], codes[-1]
    return [
        {
            "strategy": first,
            "plan_area": "แผนงานอุตสาหกรรมและการโยธา",
            "name": "โครงการซ่อมสร้างผิวทางแอสฟัลท์ติกคอนกรีต สายบ้านใหม่ - บ้านหนองบัว",
            "activity": "ซ่อมสร้างผิวทางกว้าง 6 เมตร ยาว 2.5 กิโลเมตร",
            "budget": Decimal("4850000"),
            "location": "ทางหลวงชนบทสายบ้านใหม่ - บ้านหนองบัว",
            "months": (1, 2, 3, 4),
        },
        {
            "strategy": first,
            "plan_area": "แผนงานอุตสาหกรรมและการโยธา",
            "name": "โครงการติดตั้งไฟฟ้าแสงสว่างทางแยก",
            "activity": "ติดตั้งเสาไฟฟ้าพลังงานแสงอาทิตย์ 12 ต้น",
            "budget": Decimal("960000.50"),
            "location": "ทางแยกบ้านใหม่",
            "period": f"พ.ค. {plan.settings.fiscal_year or ''} - ก.ค. {plan.settings.fiscal_year or ''}".strip(),
        },
        {
            "strategy": last,
            "plan_area": "แผนงานสาธารณสุข",
            "name": f"โครงการรณรงค์ความปลอดภัยทางถนนของ{agency}",
            "activity": "อบรมผู้ขับขี่และแจกหมวกนิรภัย",
            "budget": Decimal("85000"),
            "location": "โรงเรียนในเขตตำบล",
            "months": (12, 4),
        },
    ]


def _value(column_key: str, value: object) -> object:
    if column_key == "strategy" and isinstance(value, str) and value.isdigit():
        return int(value)
    return value


def fill_form(form: str | os.PathLike, rows: Iterable[Mapping[str, object]], out: str | os.PathLike) -> Path:
    """Type ``rows`` (column key → value; ``months`` a list of month numbers) into the form's projects table from
    its first row, as an agency would, and save the result as ``out`` (atomically; a previous ``out`` is kept as a
    numbered backup). Text is saved as text, as Excel saves what a user types (``'=…`` stays text)."""
    import openpyxl

    from ..files import safe_write
    from ..xlsx.kit import put, xlsx_bytes

    wb = openpyxl.load_workbook(form)
    ws = wb[FORM_PROJECTS.sheet]
    header = FORM_PROJECTS.header_row
    cols = {}
    for cell in ws[header]:
        for c in FORM_PROJECTS.columns:
            if c.matches(cell.value):
                cols[c.key] = cell.column
    for i, row in enumerate(rows):
        r = header + 1 + i
        for key, value in row.items():
            if key == "months":
                for m in value or ():
                    ws.cell(r, cols[f"m{int(m):02d}"], schema.MONTH_MARK)
                continue
            cell = ws.cell(r, cols[key])
            value = _value(key, value)
            if isinstance(value, str):
                put(cell, value)  # as Excel saves typed text: text, with _xHHHH_ look-alikes escaped
            elif isinstance(value, Decimal):
                cell.value = float(value) if value != value.to_integral() else int(value)
            else:
                cell.value = value
    target = Path(out)
    safe_write(target, xlsx_bytes(wb))
    return target
