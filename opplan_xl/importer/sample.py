"""Hand-made plan workbooks written the ways real offices write them (domain §8), for the demo, tests and bench.

:func:`write_handmade` lays a :class:`~opplan_xl.model.Plan` out as an officer's own ผด.02 / ผด.02/1 would be: a
title block, a header over one to three merged rows with the month grid under two พ.ศ. cells, heading rows typed
inside the table, numbering that restarts under each แผนงาน, long names carried on continuation rows, budgets as
numbers or text (commas, Thai digits, "-"), months as fills, marks or arrows over merged cells, "รวม" rows (one
of them wrong if asked), and one sheet per ยุทธศาสตร์ or one for all. :class:`Layout` picks the variant; the
result is what :func:`opplan_xl.importer.import_workbook` must read back into the same plan.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from .. import schema, thai
from ..model import Equipment, Plan, Project

__all__ = ["Layout", "write_handmade"]

FILL_COLOURS = ("FFC6E0B4", "FF9BC2E6", "FFFFD966")


@dataclass(frozen=True)
class Layout:
    """One way of making a plan workbook by hand."""

    sheet_per_strategy: bool = False
    header_rows: int = 2  # 1: months in the header row; 2: พ.ศ. over the months; 3: a period cell over both
    strategy_heading: str = "numbered"  # "numbered" ("1. …") or "nth" ("ยุทธศาสตร์ที่ 1 …")
    heading_in_name_column: bool = False  # headings typed in the โครงการ column instead of merged from ที่
    plan_area_numbered: bool = True  # "1.1 แผนงาน…" or just "แผนงาน…"
    province_headings: bool = True  # ก. / ข. rows above each ยุทธศาสตร์
    amounts: str = "number"  # "number", "text" ("1,632,820.00"), "thai" (Thai digits)
    months: str = "fill"  # "fill", "check", "slash", "arrows" (merged ←→), "ends" (← … →)
    continuation: bool = True  # names and activities longer than 40 characters go on two rows
    totals: bool = True  # a "รวม" row under each แผนงาน and a "รวมทั้งสิ้น" row
    wrong_total: bool = False  # the first "รวม" row is 1,000 baht too high
    thai_numbers: bool = False  # ที่ typed in Thai digits
    agency_spelling: str = "standard"  # "standard", "suffixed" ("สำนักปลัด อบต."), "spaced" (extra spaces)
    source_column: bool = False
    location_before_budget: bool = False
    summary_sheet: bool = True  # a hand-typed ผด.01 in front (not imported)
    notes: bool = True  # an amendment note row and a blank spacer row in the table


def _split(text: str | None, on: bool) -> tuple[str | None, str | None]:
    """A long text as an officer wraps it onto a second row: at the space nearest the middle."""
    if not text or not on or len(text) <= 40 or " " not in text:
        return text, None
    middle = len(text) // 2
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    i = min(spaces, key=lambda k: abs(k - middle))
    return text[:i], text[i + 1 :]


def _amount(value: Decimal | None, layout: Layout) -> object:
    if value is None:
        return None
    if value == 0:
        return "-"
    if layout.amounts == "number":
        return float(value)
    text = f"{value:,.2f}"
    return thai.to_thai_digits(text) if layout.amounts == "thai" else text


def _agency(name: str | None, layout: Layout, org_kind: str | None) -> str | None:
    if not name or name not in schema.default_agencies(org_kind):
        return name
    if layout.agency_spelling == "suffixed":
        return f"{name} {'ทต.' if (org_kind or '').startswith('เทศบาล') else 'อบต.'}"
    if layout.agency_spelling == "spaced":
        return f" {name.replace(' ', '  ')} "
    return name


class _Writer:
    def __init__(self, plan: Plan, layout: Layout) -> None:
        from openpyxl import Workbook

        self.plan = plan
        self.layout = layout
        self.wb = Workbook()
        self.wb.remove(self.wb.active)
        self.totals_written = 0

    def columns(self, form: str) -> list[tuple[str, str]]:
        name = ("name", "โครงการ") if form == "projects" else ("item", "ครุภัณฑ์")
        detail = (
            ("activity", "รายละเอียดของกิจกรรม\nที่เกิดขึ้นจากโครงการ")
            if form == "projects"
            else ("detail", "รายละเอียดของครุภัณฑ์")
        )
        cols = [("no", "ที่"), name, detail, ("budget", "งบประมาณ\n(บาท)"), ("location", "สถานที่\nดำเนินการ")]
        if self.layout.location_before_budget:
            cols[3], cols[4] = cols[4], cols[3]
        cols.append(("agency", "หน่วยงาน\nรับผิดชอบหลัก"))
        if self.layout.source_column:
            cols.append(("source", "แหล่งงบประมาณ"))
        return cols

    def sheet(self, title: str, form: str):
        from openpyxl.styles import Alignment

        ws = self.wb.create_sheet(title[:31])
        fy = self.plan.settings.fiscal_year or 0
        s = self.plan.settings
        year = thai.to_thai_digits(str(fy)) if self.layout.thai_numbers else str(fy)
        cols = self.columns(form)
        last_col = len(cols) + 12
        ws.cell(1, last_col, schema.FORM_CODES[form])
        ws.cell(2, 1, schema.FORM_TITLES[form])
        ws.cell(3, 1, f"แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. {year}")
        org = f"{s.org_full_name} อำเภอ{s.district} จังหวัด{s.province}" if s.district else s.org_full_name
        ws.cell(4, 1, org)
        for r in (2, 3, 4):
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=last_col)
        top = 6
        rows = self.layout.header_rows
        for j, (_key, header) in enumerate(cols, 1):
            ws.cell(top, j, header).alignment = Alignment(wrap_text=True)
            if rows > 1:
                ws.merge_cells(start_row=top, start_column=j, end_row=top + rows - 1, end_column=j)
        first_month = len(cols) + 1
        month_row = top + rows - 1
        if rows == 3:
            ws.cell(top, first_month, "ระยะเวลาดำเนินการ")
            ws.merge_cells(start_row=top, start_column=first_month, end_row=top, end_column=last_col)
        if rows >= 2:
            be_row = month_row - 1
            ws.cell(be_row, first_month, f"พ.ศ. {fy - 1}")
            ws.merge_cells(start_row=be_row, start_column=first_month, end_row=be_row, end_column=first_month + 2)
            ws.cell(be_row, first_month + 3, f"พ.ศ. {fy}")
            ws.merge_cells(start_row=be_row, start_column=first_month + 3, end_row=be_row, end_column=last_col)
        for k, m in enumerate(schema.FISCAL_MONTHS):
            ws.cell(month_row, first_month + k, schema.MONTH_SHORT[m])
        return ws, cols, month_row + 1

    def heading(self, ws, row: int, text: str, width: int) -> None:
        col = 2 if self.layout.heading_in_name_column else 1
        ws.cell(row, col, text)
        if col == 1:
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)

    def number(self, n: int) -> object:
        return thai.to_thai_digits(str(n)) if self.layout.thai_numbers else n

    def months(self, ws, row: int, first: int, months: tuple[int, ...]) -> None:
        from openpyxl.styles import PatternFill

        idx = [schema.FISCAL_MONTHS.index(m) for m in months]
        style = self.layout.months
        if style in ("fill", "check", "slash"):
            for k in idx:
                cell = ws.cell(row, first + k)
                if style == "fill":
                    colour = FILL_COLOURS[row % len(FILL_COLOURS)]
                    cell.fill = PatternFill("solid", fgColor=colour)
                else:
                    cell.value = "✓" if style == "check" else "/"
            return
        runs: list[list[int]] = []
        for k in idx:
            if runs and runs[-1][-1] == k - 1:
                runs[-1].append(k)
            else:
                runs.append([k])
        for run in runs:
            a, b = first + run[0], first + run[-1]
            if style == "arrows" or len(run) == 1:
                ws.cell(row, a, "←→")
                if b > a:
                    ws.merge_cells(start_row=row, start_column=a, end_row=row, end_column=b)
            else:
                ws.cell(row, a, "←")
                ws.cell(row, b, "→")

    def line(self, ws, row: int, cols, item: Project | Equipment, n: int, first_month: int) -> int:
        keys = [k for k, _ in cols]
        form_name = "name" if isinstance(item, Project) else "item"
        form_detail = "activity" if isinstance(item, Project) else "detail"
        name1, name2 = _split(getattr(item, form_name), self.layout.continuation)
        detail1, detail2 = _split(getattr(item, form_detail), self.layout.continuation)
        values = {
            "no": self.number(n),
            form_name: name1,
            form_detail: detail1,
            "budget": _amount(item.budget, self.layout),
            "location": item.location,
            "agency": _agency(item.agency, self.layout, self.plan.settings.org_kind),
            "source": item.source,
        }
        for j, key in enumerate(keys, 1):
            if values.get(key) is not None:
                ws.cell(row, j, values[key])
        self.months(ws, row, first_month, item.months)
        if name2 or detail2:
            row += 1
            if name2:
                ws.cell(row, keys.index(form_name) + 1, name2)
            if detail2:
                ws.cell(row, keys.index(form_detail) + 1, detail2)
        return row + 1

    def total(self, ws, row: int, cols, label: str, amount: Decimal) -> int:
        keys = [k for k, _ in cols]
        if self.layout.wrong_total and self.totals_written == 0:
            amount += 1000
        self.totals_written += 1
        ws.cell(row, 2, label)
        ws.cell(row, keys.index("budget") + 1, _amount(amount, self.layout) if amount else 0)
        return row + 1

    # ---- the forms --------------------------------------------------------------------------------------

    def projects(self) -> list[Project]:
        plan = self.plan
        order: list[Project] = []
        codes = [s.code for s in plan.strategies]
        groups = {code: [p for p in plan.projects if p.strategy == code] for code in codes}
        sheets = [[c] for c in codes] if self.layout.sheet_per_strategy else [codes]
        for sheet_codes in sheets:
            title = f"ยุทธศาสตร์ที่ {sheet_codes[0]}" if self.layout.sheet_per_strategy else "ผด.02"
            ws, cols, row = self.sheet(title, "projects")
            width = len(cols) + 12
            first_month = len(cols) + 1
            grand = Decimal(0)
            for code in sheet_codes:
                strategy = plan.strategy_by_code[code]
                if self.layout.province_headings and strategy.province_strategy:
                    self.heading(ws, row, f"ก. {strategy.province_strategy}", width)
                    row += 1
                if self.layout.province_headings and strategy.local_strategy:
                    self.heading(ws, row, f"ข. {strategy.local_strategy}", width)
                    row += 1
                if self.layout.strategy_heading == "nth":
                    self.heading(ws, row, f"ยุทธศาสตร์ที่ {code} {strategy.name}", width)
                else:
                    self.heading(ws, row, f"{code}. {strategy.name}", width)
                row += 1
                if strategy.tactic:
                    self.heading(ws, row, f"กลยุทธ์ {strategy.tactic}", width)
                    row += 1
                areas = list(dict.fromkeys(p.plan_area for p in groups[code]))
                for k, area in enumerate(areas, 1):
                    label = f"{code}.{k} {area}" if self.layout.plan_area_numbered else str(area)
                    self.heading(ws, row, label, width)
                    row += 1
                    items = [p for p in groups[code] if p.plan_area == area]
                    for n, p in enumerate(items, 1):
                        row = self.line(ws, row, cols, p, n, first_month)
                        order.append(p)
                        if self.layout.notes and n == 1 and k == 1 and code == codes[0]:
                            row += 1  # a blank spacer row
                            ws.cell(row, 2, "แก้ไขครั้งที่ 1/2568 (ย้ายไปแผนงานอุตสาหกรรม)")
                            row += 1
                    subtotal = sum((p.budget or Decimal(0) for p in items), Decimal(0))
                    grand += subtotal
                    if self.layout.totals:
                        row = self.total(ws, row, cols, "รวม", subtotal)
            if self.layout.totals:
                self.total(ws, row, cols, "รวมทั้งสิ้น", grand)
        return order

    def equipment(self) -> list[Equipment]:
        plan = self.plan
        if not plan.equipment:
            return []
        ws, cols, row = self.sheet("ผด.02-1", "equipment")
        width = len(cols) + 12
        first_month = len(cols) + 1
        order: list[Equipment] = []
        categories = list(dict.fromkeys(e.category for e in plan.equipment))
        for i, category in enumerate(categories, 1):
            self.heading(ws, row, f"{i}. ประเภท {category}", width)
            row += 1
            in_cat = [e for e in plan.equipment if e.category == category]
            areas = list(dict.fromkeys(e.plan_area for e in in_cat))
            for k, area in enumerate(areas, 1):
                self.heading(ws, row, f"{i}.{k} {area}" if self.layout.plan_area_numbered else str(area), width)
                row += 1
                items = [e for e in in_cat if e.plan_area == area]
                for n, e in enumerate(items, 1):
                    row = self.line(ws, row, cols, e, n, first_month)
                    order.append(e)
                if self.layout.totals:
                    row = self.total(ws, row, cols, "รวม", sum((e.budget or Decimal(0) for e in items), Decimal(0)))
        return order

    def summary(self) -> None:
        from ..rollup import rollup

        ws = self.wb.create_sheet("ผด.01", 0)
        ws.cell(1, 6, schema.FORM_CODES["summary"])
        ws.cell(2, 1, schema.FORM_TITLES["summary"])
        ws.cell(3, 1, f"แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. {self.plan.settings.fiscal_year}")
        for j, h in enumerate(schema.SUMMARY_HEADERS, 1):
            ws.cell(5, j, h)
        r = rollup(self.plan)
        row = 6
        for line in r.rows:
            ws.cell(row, 1, f"{line.plan_area}")
            ws.cell(row, 2, line.projects)
            ws.cell(row, 4, float(line.budget))
            row += 1


def write_handmade(plan: Plan, path: str | os.PathLike, layout: Layout = Layout()) -> tuple[Path, Plan]:
    """Write ``plan`` as a hand-made workbook; returns the path and the plan in the order the sheets list it."""
    w = _Writer(plan, layout)
    if layout.summary_sheet:
        w.summary()
    projects = w.projects()
    equipment = w.equipment()
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    w.wb.save(target)
    ordered = plan.model_copy(deep=True)
    ordered.projects = [p.model_copy() for p in projects]
    ordered.equipment = [e.model_copy() for e in equipment]
    if not layout.province_headings:  # what the sheet does not say is not in it
        for s in ordered.strategies:
            s.province_strategy = s.local_strategy = None
    return target, ordered
