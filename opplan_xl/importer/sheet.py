"""Reading one hand-made ผด.02 or ผด.02/1 sheet: its header, its heading rows, its lines, its totals.

A hand-made sheet is read top to bottom the way an officer reads it (domain §8):

- the **header row** is the row with the numbering header (ที่) and a โครงการ or ครุภัณฑ์ header, over as many
  rows as its merged cells and the month row below it take ("พ.ศ. 2567" over ต.ค.–ธ.ค.);
- **columns** are mapped by their header text: the schema's headers and aliases first, then the words of
  :data:`schema.IMPORT_HEADER_WORDS`; month columns by their month names;
- **heading rows** (ก. / ข. / "ยุทธศาสตร์ที่ 1 …" / "1. …" / กลยุทธ์ / "1.1 แผนงาน…" / ประเภทครุภัณฑ์) set the
  hierarchy of the lines below them;
- a **line** starts at a numbered row; rows below it without a number and without a budget are its
  **continuation** (the rest of a long name or activity, joined with a space);
- **months** are marked by a fill that differs from the row's own, by a mark or an arrow typed in the cell, or by a
  merged cell spanning months; "←" in one month and "→" in a later one mark the months between;
- **"รวม" rows** are not data: their amount is checked against the lines above them.

Everything skipped or guessed becomes a note (a finding at the source sheet and cell).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from .. import schema, thai
from ..findings import Finding, finding
from ..xlsx.cells import address
from .load import HandSheet

HEADER_SEARCH_ROWS = 40
HEADER_MAX_ROWS = 4
_LINE_KEYS_PROJECTS = ("name", "activity", "location", "agency", "source", "period", "dev_plan_ref")
_LINE_KEYS_EQUIPMENT = ("item", "detail", "location", "agency", "source", "period")
_ARROW_CHARS = frozenset("←→↔<>-―─—=|⟵⟶⟷◄►▶◀")
_LEFT = frozenset("←<◄⟵↔⟷◀")
_RIGHT = frozenset("→>►⟶↔⟷▶")

_RE_PROVINCE = re.compile(r"^ก\s*\.\s*(.+)$")
_RE_LOCAL = re.compile(r"^ข\s*\.\s*(.+)$")
_RE_STRATEGY_NTH = re.compile(r"^ยุทธศาสตร์(?:การพัฒนา)?ที่\s*(\d+)\s*[.:]?\s*(.*)$")
_RE_PLAN_AREA = re.compile(r"^(?:\d+\s*\.\s*\d+\s*\.?\s*)?(แผนงาน.*|งบกลาง)$")
_RE_TACTIC = re.compile(r"^(?:\d+(?:\.\d+)*\s*\.?\s*)?กลยุทธ์(?:ที่)?\s*[\d.]*\s*[.:]?\s*(.*)$")
_RE_NUMBERED = re.compile(r"^(\d+)\s*\.\s*(?!\d)(.+)$")
_RE_CATEGORY = re.compile(r"^(?:\d+\s*\.\s*)?(?:ประเภท\s*)?(ครุภัณฑ์.+)$")
_RE_NUMBER = re.compile(r"^\(?(\d{1,4})\)?\s*\.?$")


def _norm(text: str) -> str:
    return schema.normalise_header(thai.to_arabic_digits(text))


def _clean(text: str) -> str:
    return " ".join(thai.to_arabic_digits(text).split())


@dataclass
class Heading:
    """A heading row: ``kind`` is province / local / strategy / tactic / plan_area / category."""

    kind: str
    value: str
    code: str | None
    sheet: str
    cell: str


@dataclass
class Line:
    """One project or equipment item as read from the sheet, with the source cells of each value."""

    form: str  # "projects" or "equipment"
    sheet: str
    row: int
    values: dict[str, object] = field(default_factory=dict)
    months: set[int] = field(default_factory=set)
    sources: dict[str, list[str]] = field(default_factory=dict)  # key → source cells ("A5")
    context: dict[str, Heading] = field(default_factory=dict)  # heading kind → heading in force
    strategy_code: str | None = None  # set when the book's strategies are registered

    def add(self, key: str, value: object, cell: str, joiner: str = " ") -> None:
        if key in self.values and isinstance(value, str) and isinstance(self.values[key], str):
            self.values[key] = f"{self.values[key]}{joiner}{value}"
        else:
            self.values[key] = value
        self.sources.setdefault(key, []).append(cell)


@dataclass
class SheetReading:
    """What one sheet gave: its form, its headings in order, its lines, the title texts, the notes."""

    name: str
    form: str | None  # "projects", "equipment", "summary", or None (not a form)
    header_row: int | None = None
    items: list[Heading | Line] = field(default_factory=list)
    titles: list[tuple[str, str]] = field(default_factory=list)  # (cell, text) above the header
    notes: list[Finding] = field(default_factory=list)
    totals_checked: int = 0

    def note(self, code: str, cell: str = "", **params: object) -> None:
        self.notes.append(finding(code, self.name, cell, **params))


# ------------------------------------------------------------------------------------------------ the header


def _header_lookup(form: str) -> dict[str, str]:
    table = schema.PROJECTS if form == "projects" else schema.EQUIPMENT
    lookup: dict[str, str] = {}
    for c in table.data_columns:
        if c.kind is schema.Kind.MONTH:
            continue
        for alias in c.aliases:
            lookup.setdefault(schema.normalise_header(alias), c.key)
    for c in table.data_columns:
        if c.kind is not schema.Kind.MONTH:
            lookup[schema.normalise_header(c.header)] = c.key
    for h in schema.IMPORT_NUMBER_HEADERS:
        lookup[schema.normalise_header(h)] = "no"
    return lookup


_EQUIPMENT_KEYS = {"name": "item", "activity": "detail"}


def _column_key(text: str, form: str) -> str | None:
    norm = schema.normalise_header(text)
    key = _header_lookup(form).get(norm)
    if key is None:
        for word, k in schema.IMPORT_HEADER_WORDS:
            if schema.normalise_header(word) in norm:
                key = k
                break
    if form == "equipment" and key in _EQUIPMENT_KEYS:
        key = _EQUIPMENT_KEYS[key]
    if form == "projects" and key in ("item", "category"):
        return None
    return key


def _month(text: str) -> int | None:
    try:
        return thai.parse_month(text)
    except thai.ThaiParseError:
        return None


def _rows_index(sheet: HandSheet) -> dict[int, list[int]]:
    rows: dict[int, list[int]] = {}
    for r, c in sheet.values:
        rows.setdefault(r, []).append(c)
    for cols in rows.values():
        cols.sort()
    return rows


def _find_header(sheet: HandSheet, rows: dict[int, list[int]]) -> tuple[int, str] | None:
    """(header row, form) of the first row with the numbering header and a โครงการ / ครุภัณฑ์ header."""
    numbers = {schema.normalise_header(h) for h in schema.IMPORT_NUMBER_HEADERS}
    summary_words = [schema.normalise_header(w) for w in schema.IMPORT_SUMMARY_WORDS]
    for r in sorted(x for x in rows if x <= HEADER_SEARCH_ROWS):
        texts = [schema.normalise_header(sheet.text(r, c) or "") for c in rows[r]]
        if any(any(w in t for w in summary_words) for t in texts) and any("ยุทธศาสตร์" in t for t in texts):
            return r, "summary"
        has_no = any(t in numbers for t in texts)
        project = any("โครงการ" in t for t in texts)
        item = any("ครุภัณฑ์" in t for t in texts)
        budget = any("งบประมาณ" in t for t in texts)
        if budget and (project or item) and (has_no or len(texts) >= 4):
            return r, ("projects" if project else "equipment")
    return None


@dataclass
class _Layout:
    header_row: int
    last_header_row: int
    columns: dict[str, int]  # key → column ("no", "name", "budget" …)
    months: dict[int, int]  # column → calendar month
    skipped: list[tuple[int, str]]  # (column, header text) not mapped


def _layout(sheet: HandSheet, rows: dict[int, list[int]], header_row: int, form: str) -> _Layout:
    last = header_row
    for r1, _c1, r2, _c2 in sheet.merged:
        if r1 == header_row:  # a header is at most four rows deep (a cell merged down the table is not header)
            last = max(last, min(r2, header_row + HEADER_MAX_ROWS - 1))
    month_row = None
    for r in range(header_row, header_row + 4):
        found = sum(1 for c in rows.get(r, []) if _month(sheet.text(r, c) or "") is not None)
        if found >= 3:
            month_row = r
            break
    if month_row is not None:
        last = max(last, month_row)
    columns: dict[str, int] = {}
    months: dict[int, int] = {}
    skipped: list[tuple[int, str]] = []
    # a column with no text of its own in the header rows lies under a header merged over several columns
    # (พ.ศ. 2567 over the months): that header names its first column only
    for c in sorted({c for r in range(header_row, last + 1) for c in rows.get(r, [])}):
        own = [t for t in (sheet.text(r, c) for r in range(header_row, last + 1)) if t]
        if not own:
            continue
        month = next((m for m in (_month(t) for t in own) if m is not None), None)
        if month is not None:
            if month not in months.values():
                months[c] = month
            continue
        text = own[0]
        key = _column_key(text, form)
        if key is None or key in columns:
            skipped.append((c, text))
        else:
            columns[key] = c
    return _Layout(header_row, last, columns, months, skipped)


# ------------------------------------------------------------------------------------------------- one sheet


def _number(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value > 0 else None
    if isinstance(value, float):
        return int(value) if value.is_integer() and value > 0 else None
    if isinstance(value, str):
        m = _RE_NUMBER.fullmatch(_clean(value))
        if m:
            return int(m.group(1))
    return None


def _heading(text: str, form: str) -> tuple[str, str | None, str] | None:
    """(kind, code, value) when ``text`` is a heading of a ``form`` sheet."""
    s = _clean(text)
    if m := _RE_PROVINCE.match(s):
        return "province", None, m.group(1)
    if m := _RE_LOCAL.match(s):
        return "local", None, m.group(1)
    if s.startswith("ยุทธศาสตร์จังหวัด"):
        return "province", None, s
    if _norm(s).startswith(_norm("ยุทธศาสตร์การพัฒนาของอปท.ในเขตจังหวัด")):
        return "local", None, s
    if m := _RE_PLAN_AREA.match(s):
        return "plan_area", None, m.group(1)
    if m := _RE_TACTIC.match(s):
        return "tactic", None, m.group(1)
    if form == "equipment":
        if m := _RE_CATEGORY.match(s):
            return "category", None, m.group(1).replace("ครุภัณฑ์ ", "ครุภัณฑ์")
        return None
    if m := _RE_STRATEGY_NTH.match(s):
        return "strategy", m.group(1), m.group(2) or s
    if m := _RE_NUMBERED.match(s):
        return "strategy", m.group(1), m.group(2)
    return None


def _arrow(text: str) -> str | None:
    """ "bar", "start" or "end" when the text is an arrow drawn with characters; None otherwise."""
    s = text.replace(" ", "")
    if len(s) < 1 or not set(s) <= _ARROW_CHARS or set(s) <= {"-", "―", "─", "—"}:
        return None
    left, right = bool(set(s) & _LEFT), bool(set(s) & _RIGHT)
    if left and right:
        return "bar"
    return "start" if left else "end" if right else "bar"


_AMENDMENT_WORDS = tuple(_norm(w) for w in schema.IMPORT_AMENDMENT_WORDS)
_TOTAL_WORDS = tuple(_norm(w) for w in schema.IMPORT_TOTAL_WORDS)
_GRAND_TOTAL_WORDS = tuple(_norm(w) for w in schema.IMPORT_GRAND_TOTAL_WORDS)


class _Reader:
    """Reads one sheet's rows below its header into headings, lines and notes."""

    def __init__(self, sheet: HandSheet, layout: _Layout, form: str, reading: SheetReading) -> None:
        self.sheet = sheet
        self.layout = layout
        self.form = form
        self.out = reading
        self.cols = layout.columns
        self.line_keys = _LINE_KEYS_PROJECTS if form == "projects" else _LINE_KEYS_EQUIPMENT
        self.name_key = "name" if form == "projects" else "item"
        self.context: dict[str, Heading] = {}
        self.line: Line | None = None
        self.merged_from: dict[tuple[int, int], int] = {}
        for r1, c1, _r2, c2 in sheet.merged:
            if c2 > c1:
                self.merged_from[(r1, c1)] = c2
        # running sums for the "รวม" rows: since the last total, the แผนงาน, the ยุทธศาสตร์, the sheet
        self.sums = {"since": Decimal(0), "plan_area": Decimal(0), "strategy": Decimal(0), "sheet": Decimal(0)}
        self.label_cols = [c for c in (self.cols.get("no"), self.cols.get(self.name_key)) if c]

    def cell(self, row: int, col: int) -> str:
        return address(row, col)

    # ---- rows -------------------------------------------------------------------------------------------

    def read(self, rows: dict[int, list[int]]) -> None:
        for r in sorted(x for x in rows if x > self.layout.last_header_row):
            self.row(r, rows[r])
        if self.line is not None:
            self.finish()

    def row(self, r: int, cols: list[int]) -> None:
        sheet = self.sheet
        texts = {c: sheet.text(r, c) for c in cols}
        texts = {c: t for c, t in texts.items() if t}
        if not texts:
            return
        first_col = min(texts)
        first = texts[first_col]
        no_col = self.cols.get("no")
        number = _number(sheet.value(r, no_col)) if no_col else None
        budget_col = self.cols.get("budget")
        has_budget = budget_col is not None and budget_col in texts
        data_cols = [c for c in texts if c not in self.layout.months]
        norm_first = _norm(first)
        if self.is_repeated_header(texts):
            self.out.note("I-IMPORT-HEADER-REPEATED", self.cell(r, first_col))
            return
        if number is None and norm_first.startswith(_TOTAL_WORDS):
            self.total(r, first_col, first, norm_first)
            return
        # a heading is the row's one text (a subtotal typed beside it in the budget column is allowed)
        label_data = [c for c in data_cols if c != budget_col]
        single = len(label_data) == 1 and first_col in label_data
        if single and (first_col in self.label_cols or not self.label_cols):
            head = _heading(first, self.form)
            if head is not None:
                self.heading(r, first_col, *head)
                if has_budget:
                    self.out.note("I-IMPORT-HEADING-AMOUNT", self.cell(r, budget_col), value=texts[budget_col][:40])
                return
        if number is not None and not has_budget and self.cols.get(self.name_key) in texts:
            name_text = texts[self.cols[self.name_key]]
            head = _heading(name_text, self.form)
            if head is not None and len(data_cols) == 2:
                kind, code, value = head
                self.heading(r, self.cols[self.name_key], kind, code or str(number), value)
                return
        if number is not None:
            self.start(r, texts)
            return
        if any(w in _norm(t) for t in texts.values() for w in _AMENDMENT_WORDS):
            self.out.note("I-IMPORT-AMENDMENT-ROW", self.cell(r, first_col), text=first[:80])
            return
        if self.line is not None and not has_budget and any(c in texts for c in self.line_columns()):
            self.continuation(r, texts)
            return
        if self.line is not None and not has_budget and not data_cols:
            self.marks(r, self.line)  # a bar typed on the row below its line
            return
        if has_budget and self.cols.get(self.name_key) in texts:
            self.start(r, texts)
            self.out.note("W-IMPORT-NO-NUMBER", self.cell(r, self.cols[self.name_key]))
            return
        self.out.note("I-IMPORT-ROW-SKIPPED", self.cell(r, first_col), text=first[:80])

    def is_repeated_header(self, texts: dict[int, str]) -> bool:
        name_col = self.cols.get(self.name_key)
        head = self.sheet.text(self.layout.header_row, name_col) if name_col else None
        budget_col = self.cols.get("budget")
        head_budget = self.sheet.text(self.layout.header_row, budget_col) if budget_col else None
        return bool(head and head_budget and texts.get(name_col) == head and texts.get(budget_col) == head_budget)

    def line_columns(self) -> list[int]:
        return [self.cols[k] for k in self.line_keys if k in self.cols]

    # ---- headings -----------------------------------------------------------------------------------------

    def heading(self, r: int, col: int, kind: str, code: str | None, value: str) -> None:
        if self.line is not None:
            self.finish()
        h = Heading(kind, value.strip(), code, self.sheet.name, self.cell(r, col))
        self.out.items.append(h)
        self.context[kind] = h
        if kind == "strategy":
            self.context.pop("plan_area", None)
            self.context.pop("tactic", None)
            self.sums["strategy"] = Decimal(0)
            self.sums["plan_area"] = Decimal(0)
        elif kind in ("plan_area", "category"):
            self.sums["plan_area"] = Decimal(0)
            if kind == "category":
                self.context.pop("plan_area", None)

    # ---- lines -----------------------------------------------------------------------------------------

    def start(self, r: int, texts: dict[int, str]) -> None:
        if self.line is not None:
            self.finish()
        line = Line(self.form, self.sheet.name, r, context=dict(self.context))
        for key in (*self.line_keys, "plan_area", "strategy", "category"):
            c = self.cols.get(key)
            if c is not None and c in texts:
                line.add(key, texts[c], self.cell(r, c))
        c = self.cols.get("budget")
        if c is not None:
            value = self.sheet.value(r, c)
            if value is not None:
                line.values["budget"] = self.amount(r, c, value)
                line.sources["budget"] = [self.cell(r, c)]
        self.marks(r, line)
        self.line = line

    def continuation(self, r: int, texts: dict[int, str]) -> None:
        line = self.line
        assert line is not None
        joined = []
        for key in self.line_keys:
            c = self.cols.get(key)
            if c is not None and c in texts:
                line.add(key, texts[c], self.cell(r, c))
                joined.append(self.cell(r, c))
        self.marks(r, line)
        name_col = self.cols.get(self.name_key) or min(texts)
        self.out.note("I-IMPORT-CONTINUATION", ", ".join(joined), row=line.row, line=self.cell(line.row, name_col))

    def finish(self) -> None:
        line = self.line
        self.line = None
        if line is None:
            return
        self.out.items.append(line)
        budget = line.values.get("budget")
        if isinstance(budget, Decimal):
            for k in self.sums:
                self.sums[k] += budget

    def amount(self, r: int, c: int, value: object) -> object:
        """A budget as Decimal (text with commas, Thai digits, "-" too, with a note); as typed when unreadable."""
        try:
            amount = thai.parse_amount(value)
        except thai.ThaiParseError:
            return value  # the parser reports it at the new cell, and the report names this one
        if isinstance(value, str):
            self.out.note("I-IMPORT-AMOUNT-TEXT", self.cell(r, c), value=value, amount=f"{amount:,.2f}")
        return amount

    # ---- months ---------------------------------------------------------------------------------------------

    def marks(self, r: int, line: Line) -> None:
        months = self.layout.months
        if not months:
            return
        sheet = self.sheet
        base = None
        for c in self.label_cols:
            base = sheet.fills.get((r, c))
            if base:
                break
        marked: set[int] = set()
        start: int | None = None
        for c in sorted(months):
            text = sheet.text(r, c)
            fill = sheet.fills.get((r, c))
            hit = False
            if text:
                norm = schema.normalise_header(text)
                arrow = _arrow(text)
                if arrow == "start":
                    start = c
                elif arrow == "end" and start is not None:
                    marked.update(x for x in months if start <= x <= c)
                    start = None
                elif arrow in ("bar", "end") or norm in schema.MONTH_TEXT_MARKS or text in schema.MONTH_BAR_TEXTS:
                    hit = True
                elif norm in schema.MONTH_NO_MARKS:
                    hit = False
                else:
                    hit = True
                    self.out.note("W-IMPORT-MONTH-TEXT", self.cell(r, c), value=text[:40])
            elif fill is not None and fill != base:
                hit = True
            if hit:
                end = self.merged_from.get((r, c), c)
                marked.update(x for x in months if c <= x <= end)
        if start is not None:  # "←" with no "→" after it: that month alone
            marked.add(start)
        for c in marked:
            line.months.add(months[c])
            line.sources.setdefault("months", []).append(self.cell(r, c))

    # ---- totals -------------------------------------------------------------------------------------------

    def total(self, r: int, col: int, label: str, norm_label: str) -> None:
        if self.line is not None:
            self.finish()
        c = self.cols.get("budget")
        value = self.sheet.value(r, c) if c else None
        grand = norm_label.startswith(_GRAND_TOTAL_WORDS)
        self.out.items.append(_Total(self.sheet.name, r, self.cell(r, c) if c else self.cell(r, col), label, grand))
        if value is None:
            self.sums["since"] = Decimal(0)
            return
        try:
            typed = thai.parse_amount(value)
        except thai.ThaiParseError:
            self.out.note("W-IMPORT-TOTAL-UNREADABLE", self.cell(r, c), value=str(value)[:40])
            self.sums["since"] = Decimal(0)
            return
        keys = ("sheet",) if grand else ("since", "plan_area", "strategy", "sheet")
        self.out.totals_checked += 1
        if not any(self.sums[k] == typed for k in keys):
            expected = self.sums[keys[0]]
            self.out.note(
                "W-IMPORT-TOTAL-MISMATCH",
                self.cell(r, c),
                label=label[:60],
                typed=f"{typed:,.2f}",
                expected=f"{expected:,.2f}",
                difference=f"{typed - expected:,.2f}",
            )
        self.sums["since"] = Decimal(0)


@dataclass
class _Total:
    """A "รวม" row (kept in order only so a reader of ``items`` sees where totals were)."""

    sheet: str
    row: int
    cell: str
    label: str
    grand: bool


def read_sheet(sheet: HandSheet) -> SheetReading:
    """Read one sheet of a hand-made workbook."""
    rows = _rows_index(sheet)
    found = _find_header(sheet, rows)
    if found is None:
        reading = SheetReading(sheet.name, None)
        if sheet.values:
            reading.note("I-IMPORT-SHEET-SKIPPED")
        return reading
    header_row, form = found
    reading = SheetReading(sheet.name, form, header_row)
    reading.titles = [
        (address(r, c), t)
        for r in sorted(x for x in rows if x < header_row)
        for c in rows[r]
        if (t := sheet.text(r, c))
    ]
    if form == "summary":
        reading.note("I-IMPORT-SUMMARY-SKIPPED", address(header_row, 1))
        return reading
    layout = _layout(sheet, rows, header_row, form)
    name_key = "name" if form == "projects" else "item"
    if name_key not in layout.columns:
        reading.note("W-IMPORT-NO-NAME-COLUMN", address(header_row, 1))
        return reading
    for c, text in layout.skipped:
        reading.note("I-IMPORT-COLUMN-SKIPPED", address(header_row, c), header=text[:60])
    if not layout.months and "period" not in layout.columns:
        reading.note("W-IMPORT-NO-MONTHS", address(header_row, 1))
    _Reader(sheet, layout, form, reading).read(rows)
    lines = [i for i in reading.items if isinstance(i, Line)]
    if sheet.drawings and any(not line.months for line in lines):
        reading.note("W-IMPORT-MONTHS-DRAWN", "", n=sum(1 for line in lines if not line.months))
    return reading
