"""The document's smaller points: the contents name the forms with their codes, page numbers are real Thai digits
in the PDF, the month bars, and the amendment's own document (ครุฑ, renderer's copy)."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree

from opplan_xl import schema
from opplan_xl.document import forms, generate_document, pdf
from opplan_xl.document.build import build
from opplan_xl.example import sample_plan
from opplan_xl.thai import to_arabic_digits, to_thai_digits
from opplan_xl.versions.sample import with_sample_amendments

from .conftest import small_plan
from .test_document import _png

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
FORMS = ("summary", "projects", "equipment")
THAI_PAGE = re.compile(r"^\s*[๐-๙]+\s*$")
ARABIC_PAGE = re.compile(r"^\s*[0-9]+\s*$")


def _document_xml(data: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return z.read("word/document.xml")


def _toc_entries(data: bytes) -> list[str]:
    d = docx.Document(io.BytesIO(data))
    return [p.text for p in d.paragraphs if p.style.style_id in ("TOC1", "TOC2")]


def _arabic(plan):
    plan.settings.thai_digits = False
    return plan


# --------------------------------------------------------------------------------------------------
# 1. The contents name the forms with their codes
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("thai", [True, False])
def test_the_contents_name_each_form_with_its_code_as_on_its_pages(thai):
    plan = sample_plan() if thai else _arabic(sample_plan())
    built = build(plan)
    titles = [plan.settings.form_title(k) for k in FORMS]
    # the code as the form's page header prints it (an identifier: Arabic digits in both settings)
    entries = [f"{t} ({schema.FORM_CODES[k]})" for t, k in zip(titles, FORMS, strict=True)]
    assert built.headings[-3:] == entries
    assert [e.split("\t")[0] for e in _toc_entries(built.data)][-3:] == entries
    assert entries[0] == "บัญชีสรุปจำนวนโครงการและงบประมาณ (แบบ ผด.01)"
    assert entries[2].endswith("(แบบ ผด.02/1)")
    d = docx.Document(io.BytesIO(built.data))
    headers = {p.text for s in d.sections for p in s.header.paragraphs if p.text}
    assert {schema.FORM_CODES[k] for k in FORMS} <= headers  # … the same text as on the pages
    # the title printed on the page stays the title alone, and is no heading for Word: its TC field is the entry
    root = etree.fromstring(_document_xml(built.data))
    form_titles = [p for p in root.iter(f"{W}p") if p.find(f"{W}pPr/{W}pStyle[@{W}val='FormTitle']") is not None]
    assert ["".join(t.text for t in p.iter(f"{W}t")) for p in form_titles] == titles
    # … its paragraph has heading 2's level (Word's navigation pane, LibreOffice), its style none (Word's \\o)
    assert all(p.find(f"{W}pPr/{W}outlineLvl").get(f"{W}val") == "1" for p in form_titles)
    styles_root = etree.fromstring(zipfile.ZipFile(io.BytesIO(built.data)).read("word/styles.xml"))
    style = styles_root.find(f"{W}style[@{W}styleId='FormTitle']")
    assert style.find(f"{W}pPr/{W}outlineLvl").get(f"{W}val") == "9"  # not heading 2's level (Word's \\o)
    codes = [" ".join(p.iter(f"{W}instrText").__next__().text.split()) for p in form_titles]
    assert codes == [f'TC "{e}" \\l 2' for e in entries]
    toc = next(i.text for i in root.iter(f"{W}instrText") if i.text.strip().startswith("TOC"))
    assert "\\f" in toc.split() and "\\u" not in toc.split()  # \\u would list the titles a second time


def test_the_renderer_copy_keeps_the_form_titles_as_headings_and_asks_for_the_additions():
    plan = sample_plan()
    copy = build(plan, for_renderer=True)
    assert copy.headings == build(plan).headings
    assert copy.contents_additions == [(6, " (แบบ ผด.01)"), (7, " (แบบ ผด.02)"), (8, " (แบบ ผด.02/1)")]
    root = etree.fromstring(_document_xml(copy.data))
    assert not [i for i in root.iter(f"{W}instrText") if i.text.strip().startswith("TC")]
    titles = [p for p in root.iter(f"{W}p") if p.find(f"{W}pPr/{W}pStyle[@{W}val='FormTitle']") is not None]
    assert [p.find(f"{W}pPr/{W}outlineLvl").get(f"{W}val") for p in titles] == ["1"] * 3  # LibreOffice lists them


def test_contents_pages_read_thai_page_numbers_as_arabic_digits():
    headings = ["ส่วนที่ ๑ บทนำ", "บัญชีสรุป (แบบ ผด.01)"]
    assert pdf.contents_pages("ส่วนที่ ๑ บทนำ\t๑\nบัญชี\u2060สรุป (แบบ ผด.01)\t๑๖", headings) == ["1", "16"]
    assert pdf.contents_pages("ส่วนที่ ๑ บทนำ\t1\nบัญชีสรุป (แบบ ผด.01)\t16", headings) == ["1", "16"]
    assert pdf.contents_pages("ส่วนที่ ๑ บทนำ\t1\nบัญชีสรุป\t16", headings) is None  # the code missing


def test_the_additions_file_keeps_each_addition_on_one_line_with_its_leading_space():
    assert pdf._one_line(" (แบบ ผด.01)") == " (แบบ ผด.01)"
    assert pdf._one_line(" a\nb\tc") == " a b c"


# --------------------------------------------------------------------------------------------------
# 2. Page numbers in Thai digits in the PDF's text (LibreOffice)
# --------------------------------------------------------------------------------------------------


def _need_pdf() -> None:
    from .helpers import skip_without

    skip_without("writer")
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")


def _pages_text(path: Path) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    return out.stdout.split("\f")[:-1]


def _footer_numbers(pages: list[str]) -> list[str]:
    """The last non-empty line of each page when it is only a number (the footer)."""
    found = []
    for page in pages:
        lines = [line for line in page.splitlines() if line.strip()]
        if lines and (THAI_PAGE.match(lines[-1]) or ARABIC_PAGE.match(lines[-1])):
            found.append(lines[-1].strip())
    return found


def _contents_lines(pages: list[str]) -> list[str]:
    page = next(p for p in pages if "สารบัญ" in p)
    return [line.strip() for line in page.splitlines() if "..." in line]


@pytest.mark.libreoffice
def test_the_pdf_has_thai_digit_page_numbers_and_form_codes_in_its_contents(tmp_path):
    _need_pdf()
    result = generate_document(sample_plan(), tmp_path / "plan.docx", pdf=True)
    assert result.pdf is not None, result.notes
    pages = _pages_text(result.pdf)
    footers = _footer_numbers(pages)
    thai = [to_thai_digits(str(n)) for n in range(1, len(footers) + 1)]
    assert footers == thai and "๑๖" in footers  # numbered from ๑ at ส่วนที่ ๑, every page, Thai characters
    assert len(pages) - len(footers) == 4  # cover, ประกาศ, คำนำ, สารบัญ: no number
    contents = _contents_lines(pages)
    assert len(contents) == 9
    assert all(re.search(r"\.{3,}[๐-๙]+$", line) for line in contents), contents
    assert not [line for line in contents if re.search(r"\.[0-9]+$", line)]
    flat = [re.sub(r"\.{3,}.*$", "", line) for line in contents]
    assert flat[-3:] == [
        "บัญชีสรุปจำนวนโครงการและงบประมาณ (แบบ ผด.01)",
        "บัญชีโครงการ/กิจกรรม/งบประมาณ (แบบ ผด.02)",
        "บัญชีจำนวนครุภัณฑ์สำหรับที่ไม่ได้ดำเนินการตามโครงการพัฒนาท้องถิ่น (แบบ ผด.02/1)",
    ]
    # the contents' pages are where the headings are
    summary_page = int(to_arabic_digits(re.search(r"[๐-๙]+$", contents[6]).group(0)))
    assert "บัญชีสรุปจำนวนโครงการและงบประมาณ" in pages[3 + summary_page]
    # the .docx's own contents show the same pages, Thai, until Word updates them
    entries = _toc_entries(result.docx.read_bytes())
    assert [e.split("\t")[1] for e in entries] == [re.search(r"[๐-๙]+$", line).group(0) for line in contents]
    # body digits are real Thai characters: no Arabic digit but in the form codes and Latin words
    body = "\n".join(pages)
    body = re.sub(r"ผด\.0[12](?:/1)?|[A-Za-z][A-Za-z0-9\-./]*", "", body)
    assert not re.search(r"[0-9]", body)


@pytest.mark.libreoffice
def test_an_arabic_digit_plan_keeps_arabic_page_numbers(tmp_path):
    _need_pdf()
    result = generate_document(_arabic(small_plan()), tmp_path / "arabic.docx", pdf=True)
    assert result.pdf is not None, result.notes
    pages = _pages_text(result.pdf)
    footers = _footer_numbers(pages)
    assert footers == [str(n) for n in range(1, len(footers) + 1)] and len(footers) >= 5
    contents = _contents_lines(pages)
    assert contents and all(re.search(r"\.{3,}[0-9]+$", line) for line in contents), contents
    assert not re.search(r"[๐-๙]", "\n".join(pages))


# --------------------------------------------------------------------------------------------------
# 3. Month bars
# --------------------------------------------------------------------------------------------------


def test_a_bar_of_months_has_no_lines_between_its_months():
    plan = sample_plan()
    root = etree.fromstring(_document_xml(build(plan).data))
    bars = 0
    for row in root.iter(f"{W}tr"):
        cells = row.findall(f"{W}tc")[-12:]
        if len(row.findall(f"{W}tc")) != 18:  # a project's or an item's row
            continue
        fills = [c.find(f"{W}tcPr/{W}shd") for c in cells]
        shaded = [f is not None and f.get(f"{W}fill") == forms.BAR_FILL for f in fills]
        for i, cell in enumerate(cells):
            if not shaded[i]:
                continue
            nil = {b.tag.replace(W, "") for b in cell.iterfind(f"{W}tcPr/{W}tcBorders/*") if b.get(f"{W}val") == "nil"}
            assert ("left" in nil) == (i > 0 and shaded[i - 1])
            assert ("right" in nil) == (i < 11 and shaded[i + 1])
            bars += 1
    assert bars > 100


# --------------------------------------------------------------------------------------------------
# 4. The amendment's own document
# --------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def amended():
    return with_sample_amendments(sample_plan())


def _announcement_top(path: Path):
    paras = docx.Document(str(path)).paragraphs
    title = next(i for i, p in enumerate(paras) if p.text.startswith("ประกาศองค์การ"))
    return paras[title - 1], paras[title]


@pytest.mark.parametrize("number", [1, 2])
def test_the_amendment_announcement_has_the_garuda_or_its_3_cm_space(tmp_path, amended, number):
    emblem = tmp_path / "garuda.png"
    emblem.write_bytes(_png(30, 33))
    result = generate_document(amended, tmp_path / "with.docx", version=number, garuda=emblem)
    top, title = _announcement_top(result.docx)
    assert top._p.xpath(".//a:blip") and top.paragraph_format.page_break_before
    assert not title.paragraph_format.page_break_before
    shapes = [s for s in docx.Document(str(result.docx)).inline_shapes if round(s.height.cm, 1) == 3.0]
    assert len(shapes) == 1
    # the setting (a file beside the workbook) works the same
    plan = amended.model_copy(deep=True)
    plan.settings.garuda = "garuda.png"
    plan.source_path = str(tmp_path / "plan.xlsx")
    top, _ = _announcement_top(generate_document(plan, tmp_path / "setting.docx", version=number).docx)
    assert top._p.xpath(".//a:blip")
    # without an image: the same 3 cm left free above the title
    top, title = _announcement_top(generate_document(amended, tmp_path / "without.docx", version=number).docx)
    assert top.text == "" and not top._p.xpath(".//a:blip") and top.paragraph_format.page_break_before
    spacing = top._p.find(f"{W}pPr/{W}spacing")
    assert spacing.get(f"{W}lineRule") == "exact" and int(spacing.get(f"{W}line")) == round(3 * 1440 / 2.54)
    assert title.text.startswith("ประกาศองค์การบริหารส่วนตำบล")


def test_the_amendment_pdf_comes_from_the_renderer_copy_and_the_docx_stays_clean(tmp_path, amended, monkeypatch):
    import opplan_xl.document as document

    handed: list[bytes] = []

    def fake_render(data, target, plan, notes, lang, contents_additions=()):
        handed.append(data)
        return pdf.Rendered(b"%PDF-1.4 fake", None, "installed")

    monkeypatch.setattr(document, "render_pdf_bytes", fake_render)
    result = generate_document(amended, tmp_path / "amendment.docx", version=2, pdf=True)
    assert result.pdf == tmp_path / "amendment.pdf" and len(handed) == 1
    copy = _document_xml(handed[0]).decode()
    assert INVISIBLE.search(copy)  # Thai words kept whole for LibreOffice …
    text = "".join(t.text or "" for t in etree.fromstring(_document_xml(result.docx.read_bytes())).iter(f"{W}t"))
    assert not INVISIBLE.search(text)  # … and the officer's .docx is the plain text
    shown = "".join(t.text or "" for t in etree.fromstring(copy.encode()).iter(f"{W}t"))
    assert INVISIBLE.sub("", shown).replace("\u00a0", " ") == text  # the same text
    assert "แก้ไข ครั้งที่ ๒/๒๕๗๐" in text


@pytest.mark.libreoffice
def test_the_amendment_pdf_is_rendered(tmp_path, amended):
    _need_pdf()
    emblem = tmp_path / "garuda.png"
    emblem.write_bytes(_png(30, 33))
    result = generate_document(amended, tmp_path / "a1.docx", version=1, pdf=True, garuda=emblem)
    assert result.pdf is not None, result.notes
    pages = _pages_text(result.pdf)
    flat = re.sub(r"\s+", "", "".join(pages))
    assert "เพิ่มเติมครั้งที่๑/๒๕๗๐" in flat and "แบบผด.02" in flat
    assert not INVISIBLE.search("".join(pages))
    images = subprocess.run(["pdfimages", "-list", str(result.pdf)], capture_output=True, text=True)
    if images.returncode == 0:
        assert len(images.stdout.splitlines()) >= 3  # the header lines and the ครุฑ


def test_a_strict_validator_finds_nothing_wrong_in_the_amendment_document(tmp_path, amended):
    openxml_audit = pytest.importorskip("openxml_audit", reason="openxml-audit (a dev dependency) is not installed")
    emblem = tmp_path / "garuda.png"
    emblem.write_bytes(_png(30, 33))
    validator = openxml_audit.OpenXmlValidator(file_format=openxml_audit.FileFormat.OFFICE_2019, max_errors=50)
    for number in (1, 2):
        path = generate_document(amended, tmp_path / f"a{number}.docx", version=number, garuda=emblem).docx
        result = validator.validate(str(path))
        assert result.is_valid, (path.name, [str(e) for e in result.errors])
