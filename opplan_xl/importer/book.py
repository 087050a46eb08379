"""A hand-made workbook → the raw tables of the standard workbook → a Plan, with the source of every value.

This is where the import joins the one flow (DESIGN §9): the lines, headings and titles read from the hand-made
sheets (:mod:`.sheet`) are laid out as the :class:`~opplan_xl.xlsx.raw.RawBook` the reader would get from the NEW
workbook (its settings cells, its tables, one row per line from the header down), and :func:`opplan_xl.parse.parse`
turns that into the Plan. ``sources`` maps every cell of the new workbook to the source cells its value came
from, so each finding of the parser and the rules can say both.
"""

from __future__ import annotations

import dataclasses
import os
import re
from dataclasses import dataclass, field

from .. import messages, schema, thai
from ..findings import Finding, finding, sort_findings
from ..model import Plan
from ..xlsx.cells import column_letter
from ..xlsx.raw import RawBook, RawRow, RawSetting, RawTable
from .load import HandSheet, load_handmade
from .sheet import Heading, Line, SheetReading, read_sheet

__all__ = ["Imported", "import_sheets", "import_workbook"]

_RE_YEAR = re.compile(r"ปีงบประมาณ\s*(?:พ\s*\.\s*ศ\s*\.)?\s*(\d{4})")


@dataclass
class Imported:
    """The result of an import: the plan, what the import noted, what the parser and rules found, the sources."""

    plan: Plan
    notes: list[Finding]  # at the source sheet and cell: skipped, guessed, joined, normalised, totals
    findings: list[Finding]  # of the parser and the rules, at the new cell, each naming its source cell
    sources: dict[tuple[str, str], list[str]]  # (new sheet, new cell) → ["source sheet!cell", …]
    sheets: list[SheetReading] = field(default_factory=list)
    path: str | None = None

    @property
    def lines(self) -> int:
        return len(self.plan.projects) + len(self.plan.equipment)


def _ref(sheet: str, cell: str) -> str:
    return f"{sheet}!{cell}" if cell else sheet


class _Builder:
    def __init__(self, readings: list[SheetReading]) -> None:
        self.readings = readings
        self.notes: list[Finding] = [n for r in readings for n in r.notes]
        self.sources: dict[tuple[str, str], list[str]] = {}
        self.strategies: dict[str, dict[str, object]] = {}  # code → fields and where they came from
        self.settings: dict[str, tuple[object, str]] = {}  # key → (value, source ref)

    def note(self, code: str, sheet: str, cell: str, **params: object) -> None:
        self.notes.append(finding(code, sheet, cell, **params))

    # ---- settings from the title blocks ---------------------------------------------------------------------

    def titles(self) -> None:
        for reading in self.readings:
            for cell, text in reading.titles:
                clean = " ".join(thai.to_arabic_digits(text).split())
                ref = _ref(reading.name, cell)
                if m := _RE_YEAR.search(clean):
                    self.setting("fiscal_year", int(m.group(1)), ref, reading.name, cell)
                self.org_line(clean, ref, reading.name, cell)

    def setting(self, key: str, value: object, ref: str, sheet: str, cell: str) -> None:
        if key not in self.settings:
            self.settings[key] = (value, ref)
        elif self.settings[key][0] != value:
            label = schema.SETTINGS_BY_KEY[key].label
            self.note("W-IMPORT-TITLE-DIFFERS", sheet, cell, label=label, value=value, kept=self.settings[key][0])

    def org_line(self, text: str, ref: str, sheet: str, cell: str) -> None:
        """ "องค์การบริหารส่วนตำบลบ้านใหม่ อำเภอเมือง จังหวัดพะเยา" → kind, name, district, province."""
        short = {"อบต.": "องค์การบริหารส่วนตำบล", "อบจ.": "องค์การบริหารส่วนจังหวัด", "ทต.": "เทศบาลตำบล"}
        kind = next((k for k in sorted(schema.ORG_KINDS, key=len, reverse=True) if text.startswith(k)), None)
        rest = text[len(kind) :] if kind else None
        if kind is None:
            for abbr, full in short.items():
                if text.startswith(abbr):
                    kind, rest = full, text[len(abbr) :]
        if kind is None or rest is None or "จังหวัด" not in rest:
            return
        name, _, place = rest.partition("อำเภอ")
        if not place:
            name, _, province = rest.partition("จังหวัด")
            district = None
        else:
            district, _, province = place.partition("จังหวัด")
        self.setting("org_kind", kind, ref, sheet, cell)
        self.setting("org_name", name.strip(), ref, sheet, cell)
        if district and district.strip():
            self.setting("district", district.strip(), ref, sheet, cell)
        if province.strip():
            self.setting("province", province.strip(), ref, sheet, cell)

    def raw_settings(self) -> dict[str, RawSetting]:
        out = {}
        sheet = schema.SHEET_SETTINGS
        for i, s in enumerate(schema.SETTINGS):
            cell = f"{schema.SETTINGS_VALUE_COL}{schema.SETTINGS_FIRST_ROW + i}"
            found = self.settings.get(s.key)
            value = found[0] if found else s.default
            if isinstance(value, bool):
                value = schema.YES if value else schema.NO
            out[s.key] = RawSetting(s.key, cell, value)
            if found:
                self.sources[(sheet, cell)] = [found[1]]
        return out

    # ---- strategies from the headings ---------------------------------------------------------------------

    def register(self, head: Heading, context: dict[str, Heading]) -> str:
        """The code of a ยุทธศาสตร์ heading, registering it with the ก./ข. headings above it."""
        code = head.code or self.free_code(head)
        entry = self.strategies.get(code)
        if entry is None:
            entry = {"code": (code, head), "name": (head.value, head)}
            self.strategies[code] = entry
        elif entry["name"][0] != head.value and not entry.get("_warned"):
            kept = entry["name"][0]
            self.note("W-IMPORT-STRATEGY-NAMES", head.sheet, head.cell, code=code, value=head.value, kept=kept)
            entry["_warned"] = True
        for kind, key in (("province", "province_strategy"), ("local", "local_strategy")):
            h = context.get(kind)
            if h is not None and key not in entry:
                entry[key] = (h.value, h)
        return code

    def tactic(self, code: str, head: Heading) -> None:
        entry = self.strategies[code]
        if "tactic" not in entry:
            entry["tactic"] = (head.value, head)

    def headings(self, reading: SheetReading) -> None:
        """Register the strategies of one sheet's headings; each line gets the code of the one above it."""
        context: dict[str, Heading] = {}
        code: str | None = None
        sheet_head = _sheet_strategy(reading.name)
        for item in reading.items:
            if isinstance(item, Heading):
                if item.kind == "strategy":
                    code = self.register(item, context)
                    context.pop("province", None)
                    context.pop("local", None)
                elif item.kind == "tactic" and code is not None:
                    self.tactic(code, item)
                elif item.kind in ("province", "local"):
                    context[item.kind] = item
            elif isinstance(item, Line) and item.form == "projects":
                if code is None and sheet_head is not None:
                    code = self.register(sheet_head, context)
                item.strategy_code = code

    def free_code(self, head: Heading) -> str:
        for code, entry in self.strategies.items():
            if entry["name"][0] == head.value:
                return code
        n = 1
        while str(n) in self.strategies:
            n += 1
        self.note("W-IMPORT-STRATEGY-CODE", head.sheet, head.cell, code=n, name=head.value)
        return str(n)

    # ---- the tables -----------------------------------------------------------------------------------------

    def table(self, table: schema.Table, records: list[tuple[dict[str, object], dict[str, list[str]]]]) -> RawTable:
        columns = {c.key: i + 1 for i, c in enumerate(table.columns)}
        rows = []
        for i, (values, sources) in enumerate(records):
            row = table.header_row + 1 + i
            rows.append(RawRow(row, {k: values.get(k) for k in columns}))
            for key, cells in sources.items():
                if key == "months":
                    for c in table.data_columns:
                        if c.kind is schema.Kind.MONTH and values.get(c.key):
                            self.sources[(table.sheet, f"{column_letter(columns[c.key])}{row}")] = cells
                    continue
                if key in columns:
                    self.sources[(table.sheet, f"{column_letter(columns[key])}{row}")] = cells
        return RawTable(table, table.sheet, table.header_row, columns, rows)

    def line_record(self, line: Line) -> tuple[dict[str, object], dict[str, list[str]]]:
        values = dict(line.values)
        sources = {k: [_ref(line.sheet, c) for c in cells] for k, cells in line.sources.items()}
        for kind, key in (("plan_area", "plan_area"), ("category", "category")):
            h = line.context.get(kind)
            if h is not None and key not in values:
                values[key] = h.value
                sources[key] = [_ref(h.sheet, h.cell)]
        if line.form == "projects" and "strategy" not in values:
            code = line.strategy_code
            if code is not None:
                values["strategy"] = code
                head = line.context.get("strategy") or _sheet_strategy(line.sheet)
                sources["strategy"] = [_ref(head.sheet, head.cell)] if head else []
        for m in line.months:
            values[f"m{m:02d}"] = schema.MONTH_MARK
        return values, sources

    def strategy_records(self) -> list[tuple[dict[str, object], dict[str, list[str]]]]:
        out = []
        for code, entry in sorted(self.strategies.items(), key=lambda kv: _code_key(kv[0])):
            values: dict[str, object] = {"code": code}
            sources: dict[str, list[str]] = {}
            for key, item in entry.items():
                if key.startswith("_"):
                    continue
                value, head = item
                if key != "code":
                    values[key] = value
                sources[key] = [_ref(head.sheet, head.cell)]
            out.append((values, sources))
        return out


def _code_key(code: str) -> tuple[int, str]:
    return (int(code), "") if code.isdigit() else (10**6, code)


def _sheet_strategy(sheet: str) -> Heading | None:
    """A sheet named after its ยุทธศาสตร์ ("ยุทธศาสตร์ที่ 2", "ยุทธ 2") when no heading row says it."""
    m = re.match(r"^\s*ยุทธ(?:ศาสตร์)?\s*(?:ที่)?\s*(\d+)\s*(.*)$", thai.to_arabic_digits(sheet))
    if not m:
        return None
    return Heading("strategy", m.group(2).strip() or sheet.strip(), m.group(1), sheet, "")


def _agency_notes(plan: Plan, builder: _Builder) -> None:
    """Agency spellings → the list's names (an info note each); unknown names kept and added to the list."""
    from ..names.agencies import standard_agency

    known = plan.list_items(schema.LIST_AGENCIES)
    extra: list[str] = []
    for table, items in ((schema.PROJECTS, plan.projects), (schema.EQUIPMENT, plan.equipment)):
        for item in items:
            if not item.agency:
                continue
            standard = standard_agency(item.agency, plan.settings.org_kind, known)
            cell = plan.cell(table, "agency", item.row)
            src = ", ".join(builder.sources.get((table.sheet, cell), []))
            if standard is not None:
                builder.note("I-IMPORT-AGENCY", table.sheet, cell, value=item.agency, standard=standard, source=src)
                item.agency = standard
            elif item.agency not in known and item.agency not in extra:
                extra.append(item.agency)
    if extra:
        plan.extra_list_items.setdefault(schema.LIST_AGENCIES, []).extend(extra)


def with_source(f: Finding, sources: dict[tuple[str, str], list[str]]) -> Finding:
    """``f`` with the source cells of its cell added to its message (unchanged when there are none)."""
    cells = sources.get((f.sheet, f.cell))
    if not cells:
        return f
    src = ", ".join(cells)
    return dataclasses.replace(
        f,
        message=f"{f.message} {messages.text('ui.import.from_source', 'th', source=src)}",
        message_en=f"{f.message_en} {messages.text('ui.import.from_source', 'en', source=src)}",
        params={**f.params, "source": src},
    )


def import_sheets(sheets: list[HandSheet], path: str | None = None) -> Imported:
    """The plan of hand-made sheets (already loaded), with the import's notes and the plan's findings."""
    from ..parse import parse
    from ..rules import validate

    readings = [read_sheet(s) for s in sheets]
    b = _Builder(readings)
    b.titles()
    if "org_kind" not in b.settings:  # the new workbook starts from the setting's default: say so
        default = schema.SETTINGS_BY_KEY["org_kind"].default
        b.note("I-IMPORT-NO-ORG", schema.SHEET_SETTINGS, "", default=default)
    projects, equipment = [], []
    for reading in readings:
        b.headings(reading)
    for reading in readings:
        for item in reading.items:
            if isinstance(item, Line):
                (projects if item.form == "projects" else equipment).append(b.line_record(item))
    tables = {
        schema.STRATEGIES.key: None,
        schema.PROJECTS.key: b.table(schema.PROJECTS, projects),
        schema.EQUIPMENT.key: b.table(schema.EQUIPMENT, equipment),
    }
    tables[schema.STRATEGIES.key] = b.table(schema.STRATEGIES, b.strategy_records())
    tables[schema.HOLIDAYS_TABLE.key] = RawTable(
        schema.HOLIDAYS_TABLE, schema.SHEET_SETTINGS, schema.HOLIDAYS_TABLE.header_row, {"date": 4, "name": 5}
    )
    raw = RawBook(
        path=path,
        settings=b.raw_settings(),
        tables=tables,
        lists={},
        sheet_names=list(schema.STANDARD_SHEETS),
    )
    if not any(r.form in ("projects", "equipment") for r in readings):
        b.note("E-IMPORT-NO-TABLE", "", "", path=path or "")
    plan, parsed = parse(raw)
    plan.source_path = None
    _agency_notes(plan, b)
    found = sort_findings([*parsed, *validate(plan)])
    findings = [with_source(f, b.sources) for f in found]
    return Imported(plan, b.notes, findings, b.sources, readings, path)


def import_workbook(path: str | os.PathLike, **limits: int) -> Imported:
    """Import a hand-made workbook (opened read-only, never changed); raises ``ReadError`` when unreadable."""
    shown = os.fspath(path)
    return import_sheets(load_handmade(shown, **limits), shown)
