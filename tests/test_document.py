"""The formal document, read back with python-docx: content, totals, digits, fonts, layout, files."""

from __future__ import annotations

import hashlib
import io
import re
import struct
import subprocess
import sys
import zipfile
import zlib
from collections import Counter
from decimal import Decimal
from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from lxml import etree

from opplan_xl import schema
from opplan_xl.document import generate_document
from opplan_xl.example import sample_plan
from opplan_xl.model import Plan
from opplan_xl.rollup import rollup
from opplan_xl.thai import fiscal_year_mentions, format_amount, format_date, to_arabic_digits, to_thai_digits

from .conftest import small_plan

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
THAI_DIGIT = re.compile("[๐-๙]")
ASCII_DIGIT = re.compile("[0-9]")
FONT = "TH Sarabun New"


# --------------------------------------------------------------------------------------------------
# Reading the document back
# --------------------------------------------------------------------------------------------------


def _text(el) -> str:
    """Text of an element: w:t joined, w:tab as a tab, w:br as a newline."""
    out = []
    for node in el.iter(f"{W}t", f"{W}tab", f"{W}br"):
        if node.tag == f"{W}t":
            out.append(node.text or "")
        elif node.tag == f"{W}tab":
            out.append("\t")
        else:
            out.append("\n")
    return "".join(out)


def rows(table) -> list[list[str]]:
    """A table as rows of cell texts (one entry per w:tc: a merged cell counts once)."""
    return [[_text(tc) for tc in tr.findall(f"{W}tc")] for tr in table._tbl.findall(f"{W}tr")]


def header_rows(table) -> int:
    return sum(1 for tr in table._tbl.findall(f"{W}tr") if tr.find(f"{W}trPr/{W}tblHeader") is not None)


def is_header(tr) -> bool:
    return tr.find(f"{W}trPr/{W}tblHeader") is not None


COLUMN_HEADER_ROWS = {"summary": 1, "projects": 2, "equipment": 2}


class Doc:
    """A generated document, opened with python-docx, with its parts sorted out."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.doc = docx.Document(str(path))
        self.tables: dict[str, list] = {}  # by kind, in order (ผด.02 and ผด.02/1: one table per แผนงาน)
        for t in self.doc.tables:
            self.tables.setdefault(self._kind(t), []).append(t)

    def rows(self, kind: str) -> list[list[str]]:
        """The rows of all tables of a kind, without each table's column-header rows (the group headings of
        ผด.02 and ผด.02/1, header rows too, are kept: one cell each)."""
        skip = COLUMN_HEADER_ROWS[kind]
        return [cells for t in self.tables[kind] for cells in rows(t)[skip:]]

    def trs(self, kind: str) -> list:
        return [tr for t in self.tables[kind] for tr in t._tbl.findall(f"{W}tr")]

    @staticmethod
    def _kind(table) -> str:
        first = [text.replace("\n", "") for text in rows(table)[0]]  # headers may be broken into lines
        if first[0] == schema.SUMMARY_HEADERS[0]:
            return "summary"
        if schema.PROJECTS.column("activity").header in first:
            return "projects"
        if schema.EQUIPMENT.column("detail").header in first:
            return "equipment"
        return "deadlines"

    def body_paragraphs(self) -> list[str]:
        """Body paragraphs outside tables, without the table of contents' entries."""
        return [p.text for p in self.doc.paragraphs if p.style.style_id not in ("TOC1", "TOC2")]

    def toc_entries(self) -> list[str]:
        return [p.text.split("\t")[0] for p in self.doc.paragraphs if p.style.style_id in ("TOC1", "TOC2")]

    def all_texts(self) -> list[str]:
        """Every paragraph of the body (tables included, in order), headers and footers."""
        texts = [_text(p) for p in self.doc.element.body.iter(f"{W}p")]
        for s in self.doc.sections:
            for part in (s.header, s.footer):
                if not part.is_linked_to_previous:
                    texts += [_text(p) for p in part._element.iter(f"{W}p")]
        return texts

    def xml(self, name: str = "word/document.xml") -> bytes:
        with zipfile.ZipFile(self.path) as z:
            return z.read(name)

    def part_names(self) -> list[str]:
        with zipfile.ZipFile(self.path) as z:
            return z.namelist()


def _plan_with(**settings) -> Plan:
    plan = sample_plan()
    for key, value in settings.items():
        setattr(plan.settings, key, value)
    return plan


@pytest.fixture(scope="module")
def out_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("document")


@pytest.fixture(scope="module")
def thai(out_dir) -> Doc:
    return Doc(generate_document(sample_plan(), out_dir / "thai.docx").docx)


@pytest.fixture(scope="module")
def arabic(out_dir) -> Doc:
    return Doc(generate_document(_plan_with(thai_digits=False), out_dir / "arabic.docx").docx)


# --------------------------------------------------------------------------------------------------
# Content
# --------------------------------------------------------------------------------------------------


def test_parts_come_in_the_official_order(thai):
    paras = [p for p in thai.body_paragraphs() if p.strip()]
    fy = "ประจำปีงบประมาณ พ.ศ. ๒๕๗๐"
    wanted = [
        "แผนการดำเนินงาน",  # cover
        fy,
        "องค์การบริหารส่วนตำบลหนองบัวแก้ว",
        "ประกาศองค์การบริหารส่วนตำบลหนองบัวแก้ว",
        f"เรื่อง ประกาศใช้แผนการดำเนินงาน {fy}",
        "คำนำ",
        "สารบัญ",
        "ส่วนที่ ๑ บทนำ",
        "๑.๑ บทนำ",
        "๑.๒ วัตถุประสงค์ของแผนการดำเนินงาน",
        "๑.๓ ขั้นตอนการจัดทำแผนการดำเนินงาน",
        "๑.๔ ประโยชน์ของแผนการดำเนินงาน",
        "ส่วนที่ ๒ บัญชีโครงการ/กิจกรรม/งบประมาณ",
        schema.FORM_TITLES["summary"],
        schema.FORM_TITLES["projects"],
        schema.FORM_TITLES["equipment"],
    ]
    positions = [paras.index(w) for w in wanted]
    assert positions == sorted(positions)
    assert paras[0] == "แผนการดำเนินงาน"
    # the plan that is posted holds only facts: no certificate of a posting still to come, no deadline sheet
    body = "\n".join(paras)
    for absent in ("ภาคผนวก", "ใบรับรองการปิดประกาศ", "กำหนดเวลาตามระเบียบ", "ปลดได้ตั้งแต่วันที่"):
        assert absent not in body, absent


def test_part_one_opens_with_a_divider_page_like_part_two(thai):
    paras = thai.doc.paragraphs
    for title in ("ส่วนที่ ๑ บทนำ", "ส่วนที่ ๒ บัญชีโครงการ/กิจกรรม/งบประมาณ"):
        i = next(i for i, p in enumerate(paras) if p.text == title and p.style.style_id not in ("TOC1", "TOC2"))
        assert round(paras[i].paragraph_format.space_before.cm) == 9  # in the middle of its own page
        following = next(p for p in paras[i + 1 :] if p.text.strip())
        if title.startswith("ส่วนที่ ๑"):
            assert following.text == "๑.๑ บทนำ" and following.paragraph_format.page_break_before
        else:  # a section break (the forms are landscape) begins the next page
            assert following.text == schema.FORM_TITLES["summary"]


def test_announcement_has_dates_legal_basis_and_signature_from_the_settings(thai):
    plan = sample_plan()
    s = plan.settings
    paras = thai.body_paragraphs()
    body = "\n".join(paras)
    assert f"ประกาศ ณ วันที่ {format_date(s.announced_date)}" in paras
    assert f"เมื่อวันที่ {format_date(s.committee_date)}" in body
    assert schema.LEGAL_BASIS in body
    assert "ข้อ ๒๖ (๒) และข้อ ๒๗" in body
    assert f"({s.executive_name})" in paras
    assert s.executive_position in paras


def test_chapter_one_follows_the_seed_with_the_settings_filled_in(thai):
    body = "\n".join(thai.body_paragraphs())
    assert "แผนพัฒนาท้องถิ่น (พ.ศ. ๒๕๖๖ - ๒๕๗๐) ขององค์การบริหารส่วนตำบลหนองบัวแก้ว" in body
    assert "คณะกรรมการสนับสนุนการจัดทำแผนพัฒนาองค์การบริหารส่วนตำบล" in body
    assert "ภายในสิบห้าวันนับแต่วันที่ประกาศ" in body
    assert "ต้องปิดประกาศไว้อย่างน้อยสามสิบวัน" in body
    assert "ท้องถิ่นสี่ปี" not in body  # the period comes from the settings, not the seed's 2561 plan


def test_every_project_appears_once_under_its_strategy_and_plan_area(thai):
    plan = sample_plan()
    r = rollup(plan)
    numbers = {to_thai_digits(s.strategy): s.strategy for s in r.strategies}
    strategy = area = None
    found = Counter()
    numbering = []
    for cells in thai.rows("projects"):
        if len(cells) == 1:
            if m := re.fullmatch(r"([๐-๙]+)\. (.+)", cells[0]):
                strategy, area = numbers[m.group(1)], None
            elif m := re.fullmatch(r"([๐-๙]+)\.([๐-๙]+) (.+)", cells[0]):
                assert numbers[m.group(1)] == strategy
                area = m.group(3)
                numbering.append([])
        elif len(cells) == 18:
            numbering[-1].append(to_arabic_digits(cells[0]))
            found[(strategy, area, to_arabic_digits(cells[1]), to_arabic_digits(cells[3]))] += 1
    expected = Counter((p.strategy, p.plan_area, p.name.strip(), format_amount(p.budget)) for p in plan.projects)
    assert found == expected
    assert all(max(c.values()) == 1 for c in (found,))
    assert all(n == [str(i) for i in range(1, len(n) + 1)] for n in numbering)  # restarts per แผนงาน


def test_every_equipment_item_appears_once_under_its_category_and_plan_area(thai):
    plan = sample_plan()
    category = area = None
    found = Counter()
    for cells in thai.rows("equipment"):
        if len(cells) == 1:
            if m := re.fullmatch(r"[๐-๙]+\. ประเภท (.+)", cells[0]):
                category, area = m.group(1), None
            elif m := re.fullmatch(r"[๐-๙]+\.[๐-๙]+ (.+)", cells[0]):
                area = m.group(1)
        elif len(cells) == 18:
            found[(category, area, to_arabic_digits(cells[1]), to_arabic_digits(cells[3]))] += 1
    expected = Counter((e.category, e.plan_area, e.item, format_amount(e.budget)) for e in plan.equipment)
    assert found == expected


def _headings(table) -> list[str]:
    """The header rows of a list table after its two column-header rows (none: headings are in the flow)."""
    trs = table._tbl.findall(f"{W}tr")
    return [_text(tr) for tr in trs[2:] if is_header(tr)]


def _kept(tr) -> bool:
    """Every paragraph of the row is "keep with next": the row stays on the page of the row after it."""
    ps = tr.findall(f".//{W}p")
    return bool(ps) and all(_keep_next(p) for p in ps)


def _keep_next(p) -> bool:
    if p.find(f"{W}pPr/{W}keepNext") is not None:
        return True
    style = p.find(f"{W}pPr/{W}pStyle")
    return style is not None and style.get(f"{W}val") == "TG"  # the group-heading style keeps with next


def test_each_form_is_one_table_with_headings_in_the_flow(thai):
    """Real plans run one continuous table per form: only the two column-header rows repeat on each page;
    the ก./ข./ยุทธศาสตร์/กลยุทธ์ headings (once per strategy) and each แผนงาน heading are rows in the flow,
    kept with the row after them; the last project of a แผนงาน is kept with its รวม, which is never
    alone at the top of a page; and the last รวม with รวมทั้งสิ้น."""
    plan = sample_plan()
    r = rollup(plan)
    (table,) = thai.tables["projects"]
    trs = table._tbl.findall(f"{W}tr")
    assert [is_header(tr) for tr in trs[:2]] == [True, True] and not any(is_header(tr) for tr in trs[2:])
    body = trs[2:]
    i = 0
    for s in r.strategies:
        info = plan.strategy_by_code[s.strategy]
        wanted = [
            r"ก\. ยุทธศาสตร์จังหวัด.+",
            r"ข\. ยุทธศาสตร์การพัฒนาของ อปท\..+",
            rf"{to_thai_digits(s.strategy)}\. ยุทธศาสตร์.+",
            rf"กลยุทธ์ {re.escape(info.tactic)}",
        ]
        for w in wanted:
            assert re.fullmatch(w, _text(body[i])) and _kept(body[i]), _text(body[i])
            i += 1
        for row in s.rows:
            head = body[i]
            assert re.fullmatch(rf"{to_thai_digits(s.strategy)}\.[๐-๙]+ {re.escape(row.plan_area)}", _text(head))
            assert _kept(head) and len(head.findall(f"{W}tc")) == 1
            lines = body[i + 1 : i + 1 + row.projects]
            assert [len(tr.findall(f"{W}tc")) for tr in lines] == [18] * row.projects
            assert [_kept(tr) for tr in lines] == [False] * (row.projects - 1) + [True]
            total = body[i + 1 + row.projects]
            assert _text(total).startswith("รวม ") and len(total.findall(f"{W}tc")) == 3
            i += row.projects + 2
    assert _kept(body[i - 1])  # the last รวม stays with รวมทั้งสิ้น
    assert _text(body[i]).startswith("รวมทั้งสิ้น") and i == len(body) - 1

    (eq,) = thai.tables["equipment"]
    trs = eq._tbl.findall(f"{W}tr")
    assert not any(is_header(tr) for tr in trs[2:])
    heads = [_text(tr) for tr in trs[2:] if len(tr.findall(f"{W}tc")) == 1]
    assert re.fullmatch(r"[๐-๙]+\. ประเภท .+", heads[0]) and re.fullmatch(r"[๐-๙]+\.[๐-๙]+ แผนงาน.+", heads[1])
    assert all(_kept(tr) for tr in trs[2:] if len(tr.findall(f"{W}tc")) == 1)

    # ผด.01: a strategy's heading kept with its first แผนงาน, its last แผนงาน with its รวม
    (summary,) = thai.tables["summary"]
    trs = summary._tbl.findall(f"{W}tr")[1:]
    for n, tr in enumerate(trs[:-1]):
        if _text(trs[n + 1]).startswith("รวม") and not _text(tr).startswith("รวม"):
            assert _kept(tr), _text(tr)
        if len(tr.findall(f"{W}tc")) == 1:
            assert _kept(tr), _text(tr)


def test_empty_lists_are_one_table_each(tmp_path):
    empty = Plan()
    doc = Doc(generate_document(empty, tmp_path / "empty.docx").docx)
    for kind, note in (("projects", "- ไม่มีโครงการ -"), ("equipment", "- ไม่มีรายการครุภัณฑ์ -")):
        (table,) = doc.tables[kind]
        assert _headings(table) == []
        assert [c[0] for c in rows(table)[2:]] == [note, rows(table)[-1][0]]


def test_column_headers_break_between_words(thai):
    """Narrow columns' headers are broken where the catalogue says ("หน่วยงาน" / "รับผิดชอบหลัก"), never
    inside a word; the words stay the schema's."""
    from opplan_xl.document.build import make_context

    first = rows(thai.tables["projects"][0])[0]
    assert first[5] == "หน่วยงาน\nรับผิดชอบหลัก"
    assert first[2] == "รายละเอียดของกิจกรรม\nที่เกิดขึ้นจากโครงการ"
    assert rows(thai.tables["equipment"][0])[0][5] == "หน่วยงาน\nรับผิดชอบหลัก"
    assert rows(thai.tables["summary"][0])[0][1] == "จำนวนโครงการ\nที่ดำเนินการ"
    for kind, headers in (
        ("summary", schema.SUMMARY_HEADERS),
        ("projects", [schema.PROJECTS.column(k).header for k in ("name", "activity", "budget", "location", "agency")]),
    ):
        shown = rows(thai.tables[kind][0])[0]
        start = 0 if kind == "summary" else 1
        assert [h.replace("\n", "") for h in shown[start : start + len(headers)]] == list(headers)
    ctx = make_context(sample_plan())
    assert ctx.header("หน่วยงานรับผิดชอบหลัก") == "หน่วยงาน\nรับผิดชอบหลัก"
    assert ctx.header("หน่วยงานที่รับผิดชอบ") == "หน่วยงานที่รับผิดชอบ"  # no catalogue entry: as given


def _unbreakable(text: str) -> list[str]:
    """``text`` cut at every place a renderer may break a line: at a ZERO WIDTH SPACE and between two
    grapheme clusters not joined by a WORD JOINER (U+2060); both are dropped from the pieces."""
    from opplan_xl.document.breaks import _COMBINING, WORD_JOINER, ZERO_WIDTH_SPACE

    pieces: list[str] = []
    for i, c in enumerate(text):
        if c in (WORD_JOINER, ZERO_WIDTH_SPACE):
            continue
        if i == 0 or text[i - 1] == ZERO_WIDTH_SPACE or (text[i - 1] != WORD_JOINER and c not in _COMBINING):
            pieces.append(c)
        else:
            pieces[-1] += c
    return pieces


def test_place_and_agency_cells_break_only_between_names(thai):
    from opplan_xl import messages
    from opplan_xl.document import forms
    from opplan_xl.document.breaks import _COMBINING, WORD_JOINER, ZERO_WIDTH_SPACE, keep_words

    def plain(text: str) -> str:
        return text.replace(WORD_JOINER, "").replace(ZERO_WIDTH_SPACE, "")

    prefixes = messages.text("doc.break.prefixes").split()
    place = forms.LIST_WIDTHS[4] - 2 * forms.LIST_MARGIN
    agency = forms.LIST_WIDTHS[5] - 2 * forms.LIST_MARGIN

    def pieces(text: str, room: int) -> list[str]:
        kept = keep_words(text, room, 14, prefixes)
        assert plain(kept) == text  # nothing else changes
        assert not any(kept[i + 1] in _COMBINING for i, c in enumerate(kept[:-1]) if c == WORD_JOINER)
        return [p for p in _unbreakable(kept) if p.strip()]

    assert "บ้านสันป่าสัก" in pieces("หมู่ที่ ๔ บ้านสันป่าสัก", place)
    assert "บ้านทุ่งรวงทอง" in pieces("หมู่ที่ ๘ บ้านทุ่งรวงทอง", place)
    # a break may come before a known name word, after a comma or a slash
    assert pieces("สำนักงานเกษตรอำเภอพาน", place) == ["สำนักงานเกษตร", "อำเภอพาน"]
    assert pieces("สำนักปลัด, กองคลัง", agency) == ["สำนักปลัด,", "กองคลัง"]
    assert pieces("สำนักปลัด/กองคลัง", agency) == ["สำนักปลัด/", "กองคลัง"]
    # what might not fit on one line is left to the renderer (every cluster a possible break)
    long = "แขวงทางหลวงชนบทพะเยาและหน่วยงานอื่น"
    assert keep_words(long, agency, 14, prefixes).count(WORD_JOINER) == 0
    assert keep_words("Road 12", agency, 14, prefixes) == "Road 12"

    # in the copy handed to LibreOffice: the sample's place names are whole, the text otherwise as typed
    from opplan_xl.document.build import build

    plan = sample_plan()
    with zipfile.ZipFile(io.BytesIO(build(plan, for_renderer=True).data)) as z:
        copy = etree.fromstring(z.read("word/document.xml"))
    trs = [tr for tr in copy.iter(f"{W}tr") if not is_header(tr)]
    cells = [c for c in ([_text(tc) for tc in tr.findall(f"{W}tc")] for tr in trs) if len(c) == 18]
    places = [to_arabic_digits(plain(c[4])) for c in cells]
    listed = _in_document_order(plan)
    assert places[: len(listed)] == [p.location for p in listed]  # ผด.02 first, then ผด.02/1
    assert any("บ้านสันป่าสัก" in _unbreakable(c[4]) for c in cells)
    assert any("สำนักปลัด" in _unbreakable(c[5]) for c in cells)


def _in_document_order(plan: Plan) -> list:
    """The plan's projects in the order ผด.02 lists them."""
    return [
        p
        for s in rollup(plan).strategies
        for row in s.rows
        for p in plan.projects
        if (p.strategy, p.plan_area) == (s.strategy, row.plan_area)
    ]


INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")


@pytest.mark.parametrize("which", ["sample", "500", "arabic"])
def test_the_docx_text_is_the_plans_text(which, tmp_path):
    """The .docx the officer edits holds no invisible character the plan does not have (it had a WORD
    JOINER between every letter of place and agency names, and ZERO WIDTH SPACEs): every run of a
    project's row, joined, is the plan's text, so searching and copying from Word work."""
    from opplan_xl.document.build import make_context
    from opplan_xl.example import synthetic_plan

    plan = {"sample": sample_plan, "500": lambda: synthetic_plan(500), "arabic": lambda: _plan_with(thai_digits=False)}
    plan = plan[which]()
    doc = Doc(generate_document(plan, tmp_path / "plan.docx").docx)
    with zipfile.ZipFile(doc.path) as z:
        for name in z.namelist():
            if name.endswith(".xml"):
                found = INVISIBLE.findall(z.read(name).decode("utf-8"))
                assert not found, (name, len(found))
    user = make_context(plan).user
    rows_ = [c for c in doc.rows("projects") if len(c) == 18]
    wanted = [[user(p.name), user(p.activity), user(p.location), user(p.agency)] for p in _in_document_order(plan)]
    assert [[c[1], c[2], c[4], c[5]] for c in rows_] == wanted
    for tr in doc.trs("projects"):  # the runs of each cell, joined, are the cell's text
        for tc in tr.findall(f"{W}tc"):
            assert "".join(t.text or "" for t in tc.iter(f"{W}t")) == _text(tc).replace("\n", "")
    if which == "sample":
        assert sum("กองช่าง" in c[5] for c in rows_) > 10  # found by a search in Word


def test_month_grid_is_shaded_where_projects_run(thai):
    plan = sample_plan()
    by_name = {p.name: p for p in plan.projects}
    assert len(by_name) == len(plan.projects)
    checked = 0
    for tr in thai.trs("projects"):
        tcs = tr.findall(f"{W}tc")
        if len(tcs) != 18 or tr.find(f"{W}trPr/{W}tblHeader") is not None:
            continue
        p = by_name[to_arabic_digits(_text(tcs[1]))]
        shaded = tuple(
            m for m, tc in zip(schema.FISCAL_MONTHS, tcs[6:], strict=True) if tc.find(f"{W}tcPr/{W}shd") is not None
        )
        assert shaded == p.months
        checked += 1
    assert checked == len(plan.projects)


def test_month_header_shows_both_buddhist_years_over_their_months(thai):
    first = thai.tables["projects"][0]
    head = rows(first)[:2]
    assert head[0][-2:] == ["พ.ศ. ๒๕๖๙", "พ.ศ. ๒๕๗๐"]
    assert head[1][-12:] == [schema.MONTH_SHORT[m] for m in schema.FISCAL_MONTHS]
    spans = [tc.find(f"{W}tcPr/{W}gridSpan") for tc in first._tbl.findall(f"{W}tr")[0].findall(f"{W}tc")]
    assert [int(s.get(f"{W}val")) for s in spans[-2:]] == [3, 9]
    # every table of ผด.02 and ผด.02/1 starts with the same two rows (the equipment's column names differ)
    for kind in ("projects", "equipment"):
        heads = {tuple(map(tuple, rows(t)[:2])) for t in thai.tables[kind]}
        assert len(heads) == 1, kind


# --------------------------------------------------------------------------------------------------
# Totals
# --------------------------------------------------------------------------------------------------


def _d(text: str) -> Decimal:
    return Decimal(to_arabic_digits(text).replace(",", ""))


def test_summary_rows_and_totals_equal_the_rollup(thai):
    r = rollup(sample_plan())
    table = thai.rows("summary")
    totals = [c for c in table if c[0] == "รวม"]
    assert len(totals) == len(r.strategies)
    for cells, s in zip(totals, r.strategies, strict=True):
        assert [int(_d(cells[1])), _d(cells[2]), _d(cells[3]), _d(cells[4])] == [
            s.projects,
            s.projects_pct,
            s.budget,
            s.budget_pct,
        ]
    grand, own, other = table[-3:]
    assert grand[0] == "รวมทั้งสิ้น"
    assert [int(_d(grand[1])), _d(grand[3])] == [r.total_projects, r.total_budget]
    assert grand[2] == grand[4] == "๑๐๐.๐๐"
    # the own / other-agency split under the total, as real plans show it
    assert own[0] == "ในจำนวนนี้ งบประมาณของ อปท." and other[0] == "ในจำนวนนี้ งบประมาณของหน่วยงานอื่น"
    assert [int(_d(own[1])), _d(own[3])] == [r.own_vs_other.own.projects, r.own_vs_other.own.budget]
    assert [int(_d(other[1])), _d(other[3])] == [r.own_vs_other.other.projects, r.own_vs_other.other.budget]
    assert _d(own[3]) + _d(other[3]) == r.total_budget and r.own_vs_other.other.projects > 0
    area_rows = [c for c in table if len(c) == 6 and re.match(r"[๐-๙]+\.[๐-๙]+ ", c[0])]
    assert len(area_rows) == len(r.rows)
    assert sum(_d(c[2]) for c in area_rows) == Decimal("100.00")
    assert sum(_d(c[4]) for c in area_rows) == Decimal("100.00")
    assert sum(_d(c[3]) for c in area_rows) == r.total_budget
    for cells, row in zip(area_rows, r.rows, strict=True):
        assert cells[0].endswith(row.plan_area)
        assert _d(cells[3]) == row.budget


def test_list_subtotals_and_grand_totals_equal_the_rollup(thai):
    r = rollup(sample_plan())
    project_rows = thai.rows("projects")
    subtotals = [c for c in project_rows if len(c) == 3 and c[0].startswith("รวม ")]
    assert [_d(c[1]) for c in subtotals] == [row.budget for row in r.rows]
    assert [c[0] for c in subtotals] == [f"รวม {to_thai_digits(str(row.projects))} โครงการ" for row in r.rows]
    grand = project_rows[-1]
    assert grand[0] == f"รวมทั้งสิ้น {to_thai_digits(str(r.total_projects))} โครงการ"
    assert _d(grand[1]) == r.total_budget

    eq_rows = thai.rows("equipment")
    grand = eq_rows[-1]
    assert _d(grand[1]) == r.equipment_total.budget
    by_category: Counter = Counter()
    category = None
    for c in eq_rows[:-1]:
        if len(c) == 1 and (m := re.fullmatch(r"[๐-๙]+\. ประเภท (.+)", c[0])):
            category = m.group(1)
        elif len(c) == 3:
            by_category[category] += _d(c[1])
    assert dict(by_category) == {c.name: c.budget for c in r.equipment_total.by_category}


# --------------------------------------------------------------------------------------------------
# Digits and the fiscal year
# --------------------------------------------------------------------------------------------------

# Arabic digits that stay in a Thai-digit document: form codes (identifiers) and Latin words/codes.
_KEPT = re.compile(
    r"ผด\.0[12](?:/1)?|[A-Za-z][A-Za-z0-9\-./]*[0-9][A-Za-z0-9\-./]*|[0-9][0-9\-./]*[A-Za-z][A-Za-z0-9\-./]*"
)


def test_thai_digit_switch_changes_every_number_and_nothing_else(thai, arabic):
    th, ar = thai.all_texts(), arabic.all_texts()
    assert len(th) == len(ar)
    for a, b in zip(th, ar, strict=True):
        assert to_arabic_digits(a) == b  # only digits differ
        assert not THAI_DIGIT.search(b), b
        assert not ASCII_DIGIT.search(_KEPT.sub("", a)), a
    assert sum(bool(THAI_DIGIT.search(t)) for t in th) > 500
    # the Latin exceptions are real and identical in both
    assert any("LED" in t for t in th)
    # page numbers: Thai numbering in Word, none asked for when the setting is off
    fmts = {s._sectPr.find(f"{W}pgNumType").get(f"{W}fmt") for s in thai.doc.sections[1:]}
    assert fmts == {"thaiNumbers"}
    assert all(
        s._sectPr.find(f"{W}pgNumType") is None or s._sectPr.find(f"{W}pgNumType").get(f"{W}fmt") is None
        for s in arabic.doc.sections
    )


def test_fiscal_year_is_written_one_way_everywhere(thai):
    mentions = [m for t in thai.all_texts() for m in fiscal_year_mentions(t)]
    assert len(mentions) > 10
    assert {m for _, m in mentions} == {"ปีงบประมาณ พ.ศ. ๒๕๗๐"}


def test_fiscal_year_and_dates_come_only_from_the_settings(out_dir):
    plan = _plan_with(fiscal_year=2571)
    doc = Doc(generate_document(plan, out_dir / "fy2571.docx").docx)
    texts = doc.all_texts()
    years = {y for t in texts for y, _ in fiscal_year_mentions(t)}
    assert years == {2571}
    assert rows(doc.tables["projects"][0])[0][-2:] == ["พ.ศ. ๒๕๗๐", "พ.ศ. ๒๕๗๑"]
    # the dates did not change with the year: they are the settings' dates
    assert f"ประกาศ ณ วันที่ {format_date(plan.settings.announced_date)}" in texts


def test_no_year_or_date_is_typed_in_the_document_code():
    root = Path(__file__).resolve().parents[1] / "opplan_xl"
    sources = [*sorted((root / "document").glob("*.py")), root / "messages" / "document.py"]
    year = re.compile(r"\b25[0-9]{2}\b|๒๕[๐-๙]{2}")  # a Buddhist-era year, in either digits
    for path in sources:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            assert not year.search(line), f"{path.name}:{n}: {line.strip()}"


def test_thai_words_of_the_document_come_only_from_the_message_catalogue():
    """House rule: what users see in Thai comes from one catalogue. No string in the document code (outside
    docstrings) holds a Thai word (a consonant or leading vowel followed by another Thai letter or mark);
    Thai digits in number tables and sets of marks in patterns are not words."""
    import ast

    from opplan_xl import messages

    thai_letter = re.compile("[\u0e01-\u0e4f]")
    thai_word = re.compile("[\u0e01-\u0e2e][\u0e01-\u0e4e]|[\u0e40-\u0e44][\u0e01-\u0e2e]")
    root = Path(__file__).resolve().parents[1] / "opplan_xl" / "document"
    found = []
    for path in sorted(root.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
            and node.body
            and isinstance(node.body[0], ast.Expr)
            and isinstance(node.body[0].value, ast.Constant)
        }
        found += [
            f"{path.name}:{node.lineno}: {node.value[:40]}"
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in docstrings
            and thai_word.search(node.value)
        ]
    assert not found, found
    # the long narrative is in the catalogue, each paragraph with an English gloss
    narrative = {k: v for k, v in messages.CATALOGUE.items() if k.startswith("doc.text.")}
    assert len(narrative) >= 15
    assert all(thai_letter.search(th) and en and not thai_letter.search(en) for th, en in narrative.values())


def test_amendment_number_is_in_the_titles(out_dir):
    plan = _plan_with(amendment_kind="เพิ่มเติม", amendment_no=1)
    doc = Doc(generate_document(plan, out_dir / "amended.docx").docx)
    paras = doc.body_paragraphs()
    assert "เพิ่มเติม ครั้งที่ ๑/๒๕๗๐" in paras  # cover
    assert "เรื่อง ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๗๐ เพิ่มเติม ครั้งที่ ๑/๒๕๗๐" in paras
    assert "แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๗๐ เพิ่มเติม ครั้งที่ ๑/๒๕๗๐" in paras  # form titles


# --------------------------------------------------------------------------------------------------
# Typography and layout
# --------------------------------------------------------------------------------------------------


def test_fonts_are_set_for_thai_complex_script(thai):
    styles = etree.fromstring(thai.xml("word/styles.xml"))
    defaults = styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
    fonts = defaults.find(f"{W}rFonts")
    assert {fonts.get(f"{W}{k}") for k in ("ascii", "hAnsi", "eastAsia", "cs")} == {FONT}
    assert defaults.find(f"{W}sz").get(f"{W}val") == defaults.find(f"{W}szCs").get(f"{W}val") == "32"
    assert defaults.find(f"{W}lang").get(f"{W}bidi") == "th-TH"
    table_text = styles.find(f"{W}style[@{W}styleId='TT']/{W}rPr")
    assert table_text.find(f"{W}sz").get(f"{W}val") == table_text.find(f"{W}szCs").get(f"{W}val") == "28"
    for name in ("word/styles.xml", "word/document.xml", "word/header1.xml", "word/footer1.xml"):
        xml = thai.xml(name).decode()
        assert "Theme" not in xml and "theme" not in xml  # theme fonts would override the named font
        root = etree.fromstring(thai.xml(name))
        for rpr in root.iter(f"{W}rPr"):
            assert (rpr.find(f"{W}sz") is None) == (rpr.find(f"{W}szCs") is None)
            assert (rpr.find(f"{W}b") is None) == (rpr.find(f"{W}bCs") is None)
    # python-docx sees 16 pt text and 14 pt tables
    assert thai.doc.styles["Normal"].font.size.pt == 16
    assert thai.doc.styles["Table Text"].font.size.pt == 14


def _table_sections(d: Doc) -> dict[str, set[int]]:
    """Which sections (indexes) the tables of each kind are in."""
    body = d.doc.element.body
    index, where = 0, {}
    kinds = {t._tbl: k for k, ts in d.tables.items() for t in ts}
    for child in body:
        if child.tag == f"{W}tbl":
            where.setdefault(kinds[child], set()).add(index)
        elif child.tag == f"{W}p" and child.find(f"{W}pPr/{W}sectPr") is not None:
            index += 1
    return where


def test_pages_are_a4_forms_landscape_with_repeated_unsplittable_rows(thai):
    sections = thai.doc.sections
    assert len(sections) == 5
    for s in sections:
        assert {round(s.page_width.cm, 1), round(s.page_height.cm, 1)} == {21.0, 29.7}
    where = _table_sections(thai)
    for kind, code in (("summary", "แบบ ผด.01"), ("projects", "แบบ ผด.02"), ("equipment", "แบบ ผด.02/1")):
        assert len(where[kind]) == 1, kind  # all tables of a form in its own section
        s = sections[where[kind].pop()]
        assert s.orientation == WD_ORIENT.LANDSCAPE and s.page_width > s.page_height
        assert s.header.paragraphs[0].text == code
        assert s.header.paragraphs[0].style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.RIGHT
        for table in thai.tables[kind]:
            trs = table._tbl.findall(f"{W}tr")
            assert all(tr.find(f"{W}trPr/{W}cantSplit") is not None for tr in trs)
            # the header rows come first, and are only the column headers
            flags = [is_header(tr) for tr in trs]
            assert flags == sorted(flags, reverse=True)
            assert header_rows(table) == COLUMN_HEADER_ROWS[kind]
    for i in (0, 1):
        s = sections[i]
        assert s.orientation == WD_ORIENT.PORTRAIT
        assert (round(s.left_margin.cm, 2), round(s.right_margin.cm, 2)) == (3.0, 2.0)
    # no page number on the front matter, numbering from ๑ at ส่วนที่ ๑, forms without the form code after
    assert sections[0]._sectPr.find(f"{W}footerReference") is None
    assert sections[1]._sectPr.find(f"{W}pgNumType").get(f"{W}start") == "1"
    assert "PAGE" in _text(sections[1].footer._element) or b"PAGE" in thai.xml("word/footer1.xml")


def test_contents_is_a_word_field_updated_on_open_listing_every_heading(thai):
    settings = etree.fromstring(thai.xml("word/settings.xml"))
    assert settings.find(f"{W}updateFields").get(f"{W}val") == "true"
    instructions = [n.text for n in etree.fromstring(thai.xml()).iter(f"{W}instrText")]
    assert any(i.strip().startswith('TOC \\o "1-2"') for i in instructions)
    codes = iter(f" ({schema.FORM_CODES[k]})" for k in ("summary", "projects", "equipment"))
    headings = [
        p.text + (next(codes) if p.style.style_id == "FormTitle" else "")
        for p in thai.doc.paragraphs
        if p.style.style_id in ("Heading1", "Heading2", "FormTitle")
    ]
    assert thai.toc_entries() == headings  # the forms with their codes, as on their pages
    assert len(headings) == 9  # ส่วนที่ ๑ and its four sections, ส่วนที่ ๒, the three forms
    # Word makes the forms' entries from TC fields (the TOC's \\f), the titles themselves being no headings
    assert any(i.strip().startswith('TOC \\o "1-2" \\f') for i in instructions)
    assert [i.strip() for i in instructions if i.strip().startswith("TC ")] == [
        f'TC "{h}" \\l 2' for h in headings[-3:]
    ]


def test_every_xml_part_is_well_formed_and_in_schema_order(thai):
    # The orders OOXML requires for the children we write (a wrong order makes Word "repair" the file).
    orders = {
        "pPr": "pStyle keepNext keepLines pageBreakBefore pBdr tabs spacing ind jc outlineLvl rPr sectPr",
        "rPr": "rFonts b bCs sz szCs u lang",
        "tcPr": "tcW gridSpan vMerge tcBorders shd noWrap tcMar vAlign",
        "tblPr": "tblW jc tblInd tblBorders tblLayout tblCellMar tblLook",
        "sectPr": "headerReference footerReference type pgSz pgMar pgNumType cols docGrid",
    }
    orders = {k: v.split() for k, v in orders.items()}
    for name in thai.part_names():
        if not name.endswith((".xml", ".rels")):
            continue
        root = etree.fromstring(thai.xml(name))
        for parent, order in orders.items():
            for el in root.iter(f"{W}{parent}"):
                tags = [c.tag.replace(W, "") for c in el]
                assert all(t in order for t in tags), (name, parent, tags)
                assert [order.index(t) for t in tags] == sorted(order.index(t) for t in tags), (name, parent, tags)


# --------------------------------------------------------------------------------------------------
# Files
# --------------------------------------------------------------------------------------------------


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_generating_from_a_workbook_never_touches_it_and_keeps_a_backup(tmp_path):
    from opplan_xl.xlsx.write import write_workbook

    book = write_workbook(small_plan(), tmp_path / "plan.xlsx")
    before, mtime = _sha(book), book.stat().st_mtime_ns
    first = generate_document(book)
    assert first.docx == tmp_path / "plan.docx" and first.backups == []
    first_hash = _sha(first.docx)
    second = generate_document(book)
    assert second.backups == [tmp_path / "plan.1.docx"]
    assert _sha(tmp_path / "plan.1.docx") == first_hash
    third = generate_document(book)
    assert third.backups == [tmp_path / "plan.2.docx"]
    assert (_sha(book), book.stat().st_mtime_ns) == (before, mtime)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.1.docx", "plan.2.docx", "plan.docx", "plan.xlsx"]


def test_odd_text_and_an_empty_plan_still_make_a_document(tmp_path):
    plan = small_plan()
    plan.projects[0].name = "โครงการ <ถนน> & สะพาน\nหมู่ที่ 3\x0b"
    plan.projects[1].budget = None
    doc = Doc(generate_document(plan, tmp_path / "odd.docx").docx)
    names = [c[1] for c in doc.rows("projects") if len(c) == 18]
    assert "โครงการ <ถนน> & สะพาน\nหมู่ที่ ๓" in names

    empty = Plan()
    empty.settings.thai_digits = True
    doc = Doc(generate_document(empty, tmp_path / "empty.docx").docx)
    assert doc.rows("projects")[-2] == ["- ไม่มีโครงการ -"]
    assert doc.rows("summary")[-1][:4] == ["รวมทั้งสิ้น", "๐", "๐.๐๐", "๐.๐๐"]


def _png(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def test_logo_goes_on_the_cover(tmp_path):
    logo = tmp_path / "emblem.png"
    logo.write_bytes(_png(40, 20))
    result = generate_document(small_plan(), tmp_path / "logo.docx", logo=logo)
    doc = docx.Document(str(result.docx))
    assert len(doc.inline_shapes) == 1
    assert round(doc.inline_shapes[0].height.cm, 1) == 3.5
    assert round(doc.inline_shapes[0].width / doc.inline_shapes[0].height, 1) == 2.0
    assert doc.paragraphs[0]._p.xpath(".//a:blip")  # first thing on the cover

    plan = small_plan()
    plan.settings.logo = "missing.png"
    result = generate_document(plan, tmp_path / "nologo.docx")
    assert result.notes and "missing.png" in result.notes[0]
    assert len(docx.Document(str(result.docx)).inline_shapes) == 0
    bad = tmp_path / "bad.png"
    bad.write_text("not an image")
    result = generate_document(small_plan(), tmp_path / "badlogo.docx", logo=bad)
    assert "bad.png" in result.notes[0]


def _announcement_top(doc) -> list:
    """The paragraphs of the ประกาศ page up to its title."""
    paras = doc.paragraphs
    title = next(i for i, p in enumerate(paras) if p.text.startswith("ประกาศองค์การ"))
    return paras[title - 1 : title + 1]


def test_a_strict_validator_finds_nothing_wrong_in_the_document_or_the_certificate(tmp_path, thai):
    """Every part and relationship the OOXML schema expects (a theme included), each element where the
    schema puts it: checked by openxml-audit (the Open XML SDK's rules in Python) for the sample plan,
    a document with images and the posting certificate."""
    openxml_audit = pytest.importorskip("openxml_audit", reason="openxml-audit (a dev dependency) is not installed")
    from opplan_xl.document import generate_certificate

    picture = tmp_path / "emblem.png"
    picture.write_bytes(_png(30, 30))
    plan = sample_plan()
    files = [
        thai.path,
        generate_document(plan, tmp_path / "images.docx", logo=picture, garuda=picture).docx,
        generate_certificate(plan, tmp_path / "cert.docx", today=plan.settings.taken_down_date).docx,
    ]
    validator = openxml_audit.OpenXmlValidator(file_format=openxml_audit.FileFormat.OFFICE_2019, max_errors=50)
    for path in files:
        result = validator.validate(str(path))
        assert result.is_valid, (path.name, [str(e) for e in result.errors])
    assert "word/theme/theme1.xml" in thai.part_names()


def test_the_announcement_has_the_garuda_or_its_3_cm_space_above_the_title(tmp_path):
    """ระเบียบงานสารบรรณ: a ประกาศ carries the ครุฑ, 3 cm high, centred at the top; we do not ship the emblem:
    without the image the page leaves the same 3 cm free (paper with the ครุฑ printed), the title below."""
    doc = docx.Document(str(generate_document(small_plan(), tmp_path / "plain.docx").docx))
    space, title = _announcement_top(doc)
    assert (
        space.text == "" and space.paragraph_format.page_break_before and not title.paragraph_format.page_break_before
    )
    spacing = space._p.find(f"{W}pPr/{W}spacing")
    assert spacing.get(f"{W}lineRule") == "exact" and int(spacing.get(f"{W}line")) == round(3 * 1440 / 2.54)

    emblem = tmp_path / "garuda.png"
    emblem.write_bytes(_png(30, 30))
    for kwargs, settings in (({"garuda": emblem}, None), ({}, "garuda.png")):
        plan = small_plan()
        plan.settings.garuda = settings
        plan.source_path = str(tmp_path / "plan.xlsx")  # the setting is a file beside the workbook
        doc = docx.Document(str(generate_document(plan, tmp_path / "garuda.docx", **kwargs).docx))
        top, title = _announcement_top(doc)
        assert top._p.xpath(".//a:blip") and top.alignment == WD_ALIGN_PARAGRAPH.CENTER
        shape = [s for s in doc.inline_shapes if round(s.height.cm, 1) == 3.0]
        assert len(shape) == 1 and title.text.startswith("ประกาศ")
    plan = small_plan()
    plan.settings.garuda = "nowhere.png"
    result = generate_document(plan, tmp_path / "missing.docx")
    assert any("nowhere.png" in n and "ครุฑ" in n for n in result.notes)


def test_generate_command(tmp_path, monkeypatch, capsys):
    from opplan_xl import cli
    from opplan_xl.xlsx.write import write_workbook

    book = write_workbook(small_plan(), tmp_path / "plan.xlsx")
    monkeypatch.setattr("opplan_xl.libreoffice.find_soffice", lambda: None)
    assert cli.main(["generate", str(book), "-o", str(tmp_path / "out.docx"), "--pdf"]) == 0
    out, err = capsys.readouterr()
    assert (tmp_path / "out.docx").exists() and not (tmp_path / "out.pdf").exists()
    assert "บันทึกไฟล์" in out
    assert "LibreOffice" in err and "ไม่ได้สร้างไฟล์ PDF" in err
    assert cli.main(["generate", str(tmp_path / "nothing.xlsx")]) == 2


def test_demo_writes_the_document(tmp_path, monkeypatch, capsys):
    from opplan_xl import cli

    monkeypatch.setattr("opplan_xl.libreoffice.find_soffice", lambda: None)
    assert cli.main(["demo", str(tmp_path)]) == 0
    assert (tmp_path / "opplan-example.docx").exists()
    assert "opplan-example.docx" in capsys.readouterr().out


def test_the_command_line_does_not_load_python_docx_or_lxml():
    code = (
        "import sys, opplan_xl.cli as c; c.build_parser();"
        "import opplan_xl.document, opplan_xl.commands.generate;"
        "print(sorted(m for m in ('docx', 'lxml') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


# --------------------------------------------------------------------------------------------------
# LibreOffice
# --------------------------------------------------------------------------------------------------


def test_contents_pages_are_taken_only_when_they_match_the_headings():
    from opplan_xl.document.pdf import contents_pages

    headings = ["ส่วนที่ ๑ บทนำ", "๑.๑ บทนำ"]
    assert contents_pages("ส่วนที่ ๑ บทนำ\t1\n๑.๑ บทนำ\t1\n", headings) == ["1", "1"]
    assert contents_pages("ส่วนที่ ๑  บทนำ\t1\r\n๑.๑ บทนำ\t12", headings) == ["1", "12"]
    assert contents_pages("ส่วนที่ ๑ บทนำ\t1", headings) is None
    assert contents_pages("อื่น\t1\n๑.๑ บทนำ\t2", headings) is None
    assert contents_pages("ส่วนที่ ๑ บทนำ\t\n๑.๑ บทนำ\t2", headings) is None
    assert contents_pages(None, headings) is None


def _has_pdftotext() -> bool:
    import shutil

    return shutil.which("pdftotext") is not None


@pytest.mark.libreoffice
def test_libreoffice_renders_a_searchable_pdf(tmp_path):

    from .helpers import skip_without

    skip_without("writer")
    if not _has_pdftotext():
        pytest.skip("pdftotext (poppler-utils) is not installed")
    result = generate_document(sample_plan(), tmp_path / "plan.docx", pdf=True)
    assert result.pdf == tmp_path / "plan.pdf" and result.notes == []
    text = subprocess.run(["pdftotext", "-layout", str(result.pdf), "-"], capture_output=True, text=True).stdout
    flat = re.sub(r"\s+", "", text)
    assert "แผนการดำเนินงาน" in text
    assert "องค์การบริหารส่วนตำบลหนองบัวแก้ว" in text
    assert "พ.ศ.๒๕๗๐" in flat and "2570" not in flat
    assert "แบบผด.02" in flat
    # the contents got their page numbers from LibreOffice's index update
    contents = text.split("สารบัญ", 1)[1].split("ส่วนที่ ๑ บทนำ\n", 1)[0]
    assert re.search(r"ส่วนที่ ๑ บทนำ\.{5,}\s*\S+", contents)
    pages = subprocess.run(["pdfinfo", str(result.pdf)], capture_output=True, text=True).stdout
    assert int(re.search(r"Pages:\s+(\d+)", pages).group(1)) > 10
    # the forms run on from page to page: no page ends with a group heading, none starts with a รวม line
    from .helpers import form_page_breaks

    assert form_page_breaks(text) == {"heading_at_end": [], "total_at_top": []}
    # ... and the .docx's own contents show the same pages until Word updates the field
    entries = [p.text for p in docx.Document(str(result.docx)).paragraphs if p.style.style_id in ("TOC1", "TOC2")]
    assert all(re.fullmatch(r"[^\t]+\t[๐-๙]+", e) for e in entries), entries
    # a second PDF keeps the first as a backup
    again = generate_document(sample_plan(), tmp_path / "plan.docx", pdf=True)
    assert tmp_path / "plan.1.pdf" in again.backups
