"""The PDF where TH Sarabun New is not installed: a scaled Laksaman stands in at the right size.

Needs fontconfig and TLWG's Laksaman (``fonts-thai-tlwg``); the rendering tests also LibreOffice and
poppler (``pdftotext``, ``pdffonts``, ``pdfinfo``). Each test says why when it is skipped.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest

from opplan_xl.document import fonts, forms, generate_document, styles
from opplan_xl.example import sample_plan
from opplan_xl.rollup import rollup
from opplan_xl.thai import format_amount

from .conftest import small_plan


def _need_laksaman() -> dict[str, Path]:
    if shutil.which("fc-match") is None or shutil.which("fc-list") is None:
        pytest.skip("fontconfig (fc-match, fc-list) is not installed")
    sources = fonts.source_fonts()
    if "Regular" not in sources or "Bold" not in sources:
        pytest.skip("TLWG's Laksaman is not installed (apt-get install fonts-thai-tlwg)")
    return sources


def _need_soffice_and_poppler() -> None:

    from .helpers import skip_without

    skip_without("writer")
    for tool in ("pdftotext", "pdffonts", "pdfinfo"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} (poppler-utils) is not installed")


@pytest.fixture(scope="module")
def font_cache(tmp_path_factory) -> Path:
    """A cache folder of this module's own, so that the tests see a first build and a reuse."""
    return tmp_path_factory.mktemp("font-cache")


@pytest.fixture
def cache_home(font_cache: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the cache (``$XDG_CACHE_HOME/opplan/fonts``) at the module's folder."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(font_cache))
    return font_cache / "opplan" / "fonts"


def _pdf_text(pdf: Path) -> list[str]:
    """pdftotext -layout, one string per page."""
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return out.split("\f")


def _pdf_fonts(pdf: Path) -> list[str]:
    """The base names of the PDF's fonts (without the subset prefix ``ABCDEF+``)."""
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    names = [line.split()[0] for line in out.splitlines()[2:] if line.strip()]
    return [n.split("+", 1)[-1] for n in names]


def _amount(value: Decimal) -> str:
    return format_amount(value, thai_digits=True)


def _pages(pdf: Path) -> int:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", out).group(1))


# --------------------------------------------------------------------------------------------------
# Without fonts: the pieces
# --------------------------------------------------------------------------------------------------


def test_the_scale_comes_from_the_tlwg_configuration(tmp_path):
    conf = tmp_path / fonts.SYNTHETIC_CONF
    conf.write_text(
        '<?xml version="1.0"?><fontconfig><match target="font"><edit name="matrix" mode="assign"><matrix>'
        "<double>0.5</double><double>0</double><double>0</double><double>0.5</double>"
        "</matrix></edit></match></fontconfig>",
        encoding="utf-8",
    )
    assert fonts._read_factor(conf) == 0.5
    conf.write_text("<fontconfig/>", encoding="utf-8")
    assert fonts._read_factor(conf) is None
    conf.write_text("not xml", encoding="utf-8")
    assert fonts._read_factor(conf) is None
    assert 0.3 <= fonts.scale_factor() <= 1.0


def test_without_fontconfig_nothing_is_changed(tmp_path, monkeypatch):
    monkeypatch.setattr(fonts, "_fc", lambda *args: None)
    setup = fonts.prepare(tmp_path, root=tmp_path / "cache")
    assert setup.status == "unknown" and setup.env == {} and not setup.substitute_note
    assert not (tmp_path / "cache").exists()


def test_without_sarabun_or_laksaman_the_user_is_told(tmp_path, monkeypatch):
    from opplan_xl import messages
    from opplan_xl.document import pdf

    monkeypatch.setattr(fonts, "font_installed", lambda family=fonts.FONT: False)
    monkeypatch.setattr(fonts, "source_fonts", lambda: {})
    setup = fonts.prepare(tmp_path)
    assert setup.status == "missing" and setup.env == {} and setup.substitute_note

    # ... and generate_document says so in Thai (the rendering itself is faked here)
    monkeypatch.setattr("opplan_xl.libreoffice.find_soffice", lambda: "soffice")
    monkeypatch.setattr(pdf, "render_pdf", lambda docx, **kw: pdf.Rendered(b"%PDF-1.4", None, "missing"))
    result = generate_document(small_plan(), tmp_path / "plan.docx", pdf=True)
    assert result.pdf is not None
    assert result.notes == [messages.text("ui.generate.pdf_font_substitute")]
    assert "TH Sarabun New" in result.notes[0] and "ฟอนต์อื่นแทน" in result.notes[0]


def test_long_numbers_are_set_smaller_so_they_fit():
    room = forms.LIST_WIDTHS[3] - 2 * forms.LIST_MARGIN
    assert forms.fit_props("๑๒๓,๔๕๖,๗๘๙.๐๐", room) == ""
    assert forms.fit_props("", room) == ""
    for big in ("๑,๒๓๔,๕๖๗,๘๙๐.๐๐", "1,234,567,890,123.00"):
        props = forms.fit_props(big, room)
        size = int(re.search(r'<w:sz w:val="(\d+)"/><w:szCs w:val="\1"/>', props).group(1)) / 2
        assert 8 <= size < styles.TABLE_PT and forms.number_width(big, size) <= room


# --------------------------------------------------------------------------------------------------
# The scaled font
# --------------------------------------------------------------------------------------------------


def test_the_scaled_font_is_built_once_and_cached(tmp_path):
    from fontTools.ttLib import TTFont

    sources = _need_laksaman()
    factor = fonts.scale_factor()
    folder, built = fonts.build(sources, factor, tmp_path)
    assert built and folder.parent == tmp_path
    files = sorted(p for p in folder.iterdir() if p.suffix in (".ttf", ".otf"))
    assert len(files) == len(sources)
    stamp = {f: f.stat().st_mtime_ns for f in files}
    again, built_again = fonts.build(sources, factor, tmp_path)
    assert again == folder and not built_again
    assert {f: f.stat().st_mtime_ns for f in files} == stamp  # reused, not rewritten
    assert [p.name for p in tmp_path.iterdir()] == [folder.name]  # no build folder left behind

    regular = TTFont(str(folder / "OpPlanLaksamanSarabun-Regular.ttf"))
    original = TTFont(str(sources["Regular"]))
    name, source_name = regular["name"], original["name"]
    assert name.getDebugName(1) == fonts.FAMILY == "OpPlan Laksaman Sarabun"
    assert name.getDebugName(6) == "OpPlanLaksamanSarabun-Regular"
    assert "Sarabun New" not in (name.getDebugName(4) or "")
    for record in (0, 13, 14):  # copyright, licence, licence URL kept as TLWG wrote them
        assert name.getDebugName(record) == source_name.getDebugName(record)
    assert "scaled derivative" in name.getDebugName(10)
    # the em grows by 1/factor: every glyph, advance and line metric shrinks to factor (marks: see below)
    assert regular["head"].unitsPerEm == round(original["head"].unitsPerEm / factor)
    marks = _marks(original)
    assert {g: m for g, m in regular["hmtx"].metrics.items() if g not in marks} == {
        g: m for g, m in original["hmtx"].metrics.items() if g not in marks
    }
    bold = TTFont(str(folder / "OpPlanLaksamanSarabun-Bold.ttf"))
    assert bold["name"].getDebugName(2) == "Bold" and bold["name"].getDebugName(4) == f"{fonts.FAMILY} Bold"


def _marks(font) -> set[str]:
    return {g for g, c in font["GDEF"].table.GlyphClassDef.classDefs.items() if c == 3}


def _mark_lookups(font) -> list[tuple[int, object]]:
    """(type, subtable) of every GPOS lookup, extension lookups unwrapped."""
    out = []
    for lookup in font["GPOS"].table.LookupList.Lookup:
        for table in lookup.SubTable:
            if lookup.LookupType == 9:
                out.append((table.ExtensionLookupType, table.ExtSubTable))
            else:
                out.append((lookup.LookupType, table))
    return out


def test_the_scaled_font_keeps_every_mark_where_it_was_but_gives_it_a_searchable_origin(tmp_path):
    """``fonts.searchable_marks``: a mark's outline and anchors move right by the shift, a first lookup
    attaches every mark to every base where it sat unattached (the base's advance, on the baseline), so
    the ink stays where it was while the glyph's origin moves left; its advance in hmtx becomes
    MARK_ADVANCE_EM (layout keeps marks at zero through GDEF). The pixel-level check is the PDF test."""
    from fontTools.ttLib import TTFont

    sources = _need_laksaman()
    factor = fonts.scale_factor()
    folder, _ = fonts.build(sources, factor, tmp_path)
    for style in ("Regular", "Bold"):
        new = TTFont(str(folder / f"OpPlanLaksamanSarabun-{style}.ttf"))
        old = TTFont(str(sources[style]))
        upem = new["head"].unitsPerEm
        shift, advance = round(fonts.MARK_SHIFT_EM * upem), round(fonts.MARK_ADVANCE_EM * upem)
        marks = _marks(old)
        assert marks == _marks(new) and "uni0E35" in marks and "uni0E49" in marks
        glyf, old_glyf = new["glyf"], old["glyf"]
        for g in marks:
            assert new["hmtx"][g] == (advance, old["hmtx"][g][1] + shift)
            if old_glyf[g].numberOfContours > 0:
                assert (glyf[g].xMin, glyf[g].xMax) == (old_glyf[g].xMin + shift, old_glyf[g].xMax + shift)
        for g in ("uni0E1B", "uni0E19", "uni0E32"):  # bases unchanged
            assert (glyf[g].xMin, glyf[g].xMax, new["hmtx"][g]) == (old_glyf[g].xMin, old_glyf[g].xMax, old["hmtx"][g])

        lookups = _mark_lookups(new)
        kind, first = lookups[0]
        assert kind == 4 and set(first.MarkCoverage.glyphs) == marks
        assert set(first.BaseCoverage.glyphs) == set(new.getGlyphOrder()) - marks
        assert {(r.Class, r.MarkAnchor.XCoordinate, r.MarkAnchor.YCoordinate) for r in first.MarkArray.MarkRecord} == {
            (0, shift, 0)
        }
        for record, base in zip(first.BaseArray.BaseRecord, first.BaseCoverage.glyphs, strict=True):
            assert (record.BaseAnchor[0].XCoordinate, record.BaseAnchor[0].YCoordinate) == (new["hmtx"][base][0], 0)
        # the font's own mark anchors moved with the outlines; its other anchors did not
        old_lookups = _mark_lookups(old)
        assert len(lookups) == len(old_lookups) + 1
        for (kind, table), (_kind, before) in zip(lookups[1:], old_lookups, strict=True):
            if kind == 4:
                pairs = zip(table.MarkArray.MarkRecord, before.MarkArray.MarkRecord, strict=True)
                assert all(a.MarkAnchor.XCoordinate == b.MarkAnchor.XCoordinate + shift for a, b in pairs)
                bases = zip(table.BaseArray.BaseRecord, before.BaseArray.BaseRecord, strict=True)
                for a, b in bases:
                    assert [x.XCoordinate for x in a.BaseAnchor if x] == [x.XCoordinate for x in b.BaseAnchor if x]
            if kind == 6:
                pairs = zip(table.Mark2Array.Mark2Record, before.Mark2Array.Mark2Record, strict=True)
                for a, b in pairs:
                    assert [x.XCoordinate for x in a.Mark2Anchor if x] == [
                        x.XCoordinate + shift for x in b.Mark2Anchor if x
                    ]
        # every script and language system applies the first lookup in a mark feature, before the font's own
        gpos = new["GPOS"].table
        old_gpos = old["GPOS"].table
        records = gpos.FeatureList.FeatureRecord
        assert [r.FeatureTag for r in records] == sorted(r.FeatureTag for r in records)
        for script in gpos.ScriptList.ScriptRecord:
            for ls in [script.Script.DefaultLangSys, *(r.LangSys for r in script.Script.LangSysRecord)]:
                if ls is None:
                    continue
                mark = [records[i].Feature for i in ls.FeatureIndex if records[i].FeatureTag == "mark"]
                assert mark and mark[0].LookupListIndex[0] == 0, script.ScriptTag
        old_mark = [r.Feature.LookupListIndex for r in old_gpos.FeatureList.FeatureRecord if r.FeatureTag == "mark"]
        new_mark = [r.Feature.LookupListIndex for r in records if r.FeatureTag == "mark"]
        assert [[0, *(i + 1 for i in ids)] for ids in old_mark] == new_mark[: len(old_mark)]


def test_the_width_table_of_the_line_breaker_matches_the_font(tmp_path):
    """``breaks.py`` estimates a name's width from TH Sarabun New's advances: never below the real ones
    (the scaled stand-in has TH Sarabun New's metrics), and close to them."""
    from fontTools.ttLib import TTFont

    from opplan_xl.document import breaks

    sources = _need_laksaman()
    folder, _ = fonts.build(sources, fonts.scale_factor(), tmp_path)
    widest: dict[str, float] = {}  # the larger of regular and bold
    for style in ("Regular", "Bold"):
        font = TTFont(str(folder / f"OpPlanLaksamanSarabun-{style}.ttf"))
        cmap, hmtx, upem, marks = font.getBestCmap(), font["hmtx"], font["head"].unitsPerEm, _marks(font)
        for c in [chr(cp) for cp in range(0x0E01, 0x0E5C)] + list("0123456789"):
            if ord(c) in cmap:
                glyph = cmap[ord(c)]
                real = 0.0 if glyph in marks else hmtx[glyph][0] / upem
                widest[c] = max(widest.get(c, 0.0), real)
    assert len(widest) > 80
    for c, real in widest.items():
        estimate = breaks.text_width(c, 1) / 20
        assert real <= estimate <= real + (0.1 if c.isascii() else 0.011), (hex(ord(c)), real, estimate)


def test_fontconfig_gives_the_scaled_font_for_th_sarabun_and_keeps_the_rest(tmp_path):
    sources = _need_laksaman()
    system = fonts.system_config()
    if system is None:
        pytest.skip("no fontconfig configuration file found")
    folder, _ = fonts.build(sources, fonts.scale_factor(), tmp_path / "cache")
    conf = fonts.fontconfig_file(folder, system, tmp_path / "fonts.conf")
    env = {"FONTCONFIG_FILE": str(conf), "PATH": "/usr/bin:/bin"}

    def match(pattern: str) -> str:
        fc = shutil.which("fc-match")
        out = subprocess.run([fc, "-f", "%{family}|%{file}", pattern], capture_output=True, text=True, env=env)
        return out.stdout

    for alias in ("TH Sarabun New", "TH SarabunPSK", "TH Sarabun New:bold"):
        family, file = match(alias).split("|")
        assert family == fonts.FAMILY and Path(file).parent == folder, alias
    assert "Laksaman-Bold" not in match("TH Sarabun New:bold") and "Bold" in match("TH Sarabun New:bold")
    assert match("Laksaman").startswith("Laksaman|")  # the system's fonts are all still there


def test_number_columns_hold_the_largest_numbers_at_14_pt_measured_with_the_real_size_font(tmp_path):
    """The scaled Laksaman has TH Sarabun New's design at TH Sarabun New's size: measure with it."""
    from fontTools.ttLib import TTFont

    sources = _need_laksaman()
    folder, _ = fonts.build(sources, fonts.scale_factor(), tmp_path)
    measure = {}
    for style in ("Regular", "Bold"):
        font = TTFont(str(folder / f"OpPlanLaksamanSarabun-{style}.ttf"))
        cmap, hmtx, upem = font.getBestCmap(), font["hmtx"], font["head"].unitsPerEm
        measure[style] = lambda text, pt, cmap=cmap, hmtx=hmtx, upem=upem: (
            sum(hmtx[cmap[ord(c)]][0] for c in text) / upem * pt * 20
        )
    bold = measure["Bold"]

    # the document's estimate of a number's width is never below the real one, and close to it
    for text in ("๑๒๓,๔๕๖,๗๘๙.๐๐", "123,456,789.00", "๐๑๒๓๔๕๖๗๘๙", "0123456789", "-1.5"):
        for style in ("Regular", "Bold"):
            assert measure[style](text, 14) <= forms.number_width(text, 14), (style, text)
        assert forms.number_width(text, 14) <= bold(text, 14) * 1.02 or "-" in text, text

    def room(widths, col, margin):
        return widths[col] - 2 * margin

    summary, listing = forms.SUMMARY_WIDTHS, forms.LIST_WIDTHS
    widest = [format_amount(Decimal("123456789.00"), thai_digits=t) for t in (True, False)]
    assert widest[0] == "๑๒๓,๔๕๖,๗๘๙.๐๐"
    for text in widest:  # the budget columns, bold (totals) at 14 pt
        assert bold(text, styles.TABLE_PT) <= room(summary, 3, forms.SUMMARY_MARGIN), text
        assert bold(text, styles.TABLE_PT) <= room(listing, 3, forms.LIST_MARGIN), text
        assert forms.fit_props(text, room(listing, 3, forms.LIST_MARGIN)) == ""
    for col, text in ((1, "๑,๒๓๔"), (2, "๑๐๐.๐๐"), (4, "๑๐๐.๐๐")):  # counts and percentages of ผด.01
        assert forms.fit_props(text, room(summary, col, forms.SUMMARY_MARGIN)) == "", text
    assert forms.fit_props("๙๙๙", room(listing, 0, forms.LIST_MARGIN)) == ""  # ที่ of ผด.02


# --------------------------------------------------------------------------------------------------
# The PDF
# --------------------------------------------------------------------------------------------------


@pytest.mark.libreoffice
def test_the_sample_plan_renders_at_th_sarabun_size_with_numbers_in_one_piece(tmp_path, cache_home):
    _need_laksaman()
    _need_soffice_and_poppler()
    if fonts.font_installed():
        pytest.skip("TH Sarabun New is installed here: no substitute is needed")
    plan = sample_plan()
    result = generate_document(plan, tmp_path / "plan.docx", pdf=True)
    assert result.pdf is not None and result.notes == []
    built = sorted(p.name for p in cache_home.glob("*/*.ttf"))
    assert "OpPlanLaksamanSarabun-Regular.ttf" in built  # built on first use …

    used = _pdf_fonts(result.pdf)
    assert any(n.startswith("OpPlanLaksamanSarabun") for n in used), used
    assert not any(n.startswith("Laksaman") for n in used), used  # … not Laksaman at 1.5 times the size
    pages = _pages(result.pdf)
    assert 20 <= pages <= 40, pages  # 77 with Laksaman at its own size, ~29 in TH Sarabun New

    # every amount of ผด.01 on one line, in Thai digits
    text = _pdf_text(result.pdf)
    summary = "\n".join(p for p in text if "แบบ ผด.01" in p)
    r = rollup(plan)
    amounts = [_amount(r.total_budget)]
    for s in r.strategies:
        amounts.append(_amount(s.budget))
        amounts += [_amount(row.budget) for row in s.rows]
    assert "๑,๘๑๙,๔๑๘.๗๒" in amounts
    missing = [a for a in amounts if a not in summary]
    assert not missing, missing
    # … and of ผด.02: each project's budget whole on one line
    projects = "\n".join(p for p in text if "แบบ ผด.02" in p and "แบบ ผด.02/1" not in p)
    missing = [_amount(p.budget) for p in plan.projects if _amount(p.budget) not in projects]
    assert not missing, missing
    # no line of any table starts with the rest of a broken number
    assert not re.search(r"^\s*[,.][๐-๙0-9]", "\n".join(text), re.MULTILINE)

    # searchable: common words with marks come out whole (they were "ปี งบประมาณ", "เป็ น", "ทัง้ สิน้ ")
    plain = subprocess.run(["pdftotext", str(result.pdf), "-"], capture_output=True, text=True, check=True).stdout
    for found in (plain, "\f".join(text)):
        counts = {w: found.count(w) for w in ("ปีงบประมาณ", "เป็น", "ทั้งสิ้น", "ขั้นตอน", "ผู้บริหารท้องถิ่น")}
        assert all(counts.values()), counts
        assert found.count("ปีงบประมาณ") >= 15
    # place names and the agency header are not broken inside a word (they were "บ้านสันป่า" / "สัก")
    for name in ("บ้านสันป่าสัก", "บ้านทุ่งรวงทอง", "รับผิดชอบหลัก"):
        assert name in projects, name

    # a second conversion reuses the cached fonts
    stamp = {p: p.stat().st_mtime_ns for p in cache_home.glob("*/*.ttf")}
    again = generate_document(plan, tmp_path / "again.docx", pdf=True)
    assert again.pdf is not None and _pages(again.pdf) == pages
    assert {p: p.stat().st_mtime_ns for p in cache_home.glob("*/*.ttf")} == stamp


@pytest.mark.libreoffice
def test_amounts_of_a_billion_baht_stay_on_one_line(tmp_path, cache_home):
    _need_laksaman()
    _need_soffice_and_poppler()
    plan = small_plan()
    plan.projects[0].budget = Decimal("1234567890.00")
    plan.projects[1].budget = Decimal("123456789.00")  # the widest that keeps the table size
    result = generate_document(plan, tmp_path / "plan.docx", pdf=True)
    assert result.pdf is not None
    text = "\n".join(_pdf_text(result.pdf))
    r = rollup(plan)
    for value in (plan.projects[0].budget, plan.projects[1].budget, r.total_budget, r.strategies[0].budget):
        assert _amount(value) in text, _amount(value)


@pytest.mark.libreoffice
@pytest.mark.parametrize("projects", [0, 120])
def test_thai_words_names_and_fixed_phrases_are_never_broken_across_lines(tmp_path, cache_home, projects):
    """LibreOffice broke Thai inside words (จัด|ทำ, ท้อง|ถิ่น, หนองบัว|แก้ว, "พ.ศ.|๒๕๔๘": 13 in the narrative, 1 in
    names, 29 in other cells and 3 phrases for the sample). Measured with PyThaiNLP's dictionary on the rendered
    PDF (``tests.helpers.thai_line_breaks``, as in ``bench/bench_linebreaks.py``): none in the narrative and
    names, no phrase split, and a handful at most in the other cells (line ends read across neighbouring cells),
    while the form pages never end with a heading nor start with a subtotal."""
    _need_laksaman()
    _need_soffice_and_poppler()
    pytest.importorskip("pythainlp", reason="PyThaiNLP is a dependency of the package")
    from opplan_xl.example import synthetic_plan

    from .helpers import form_page_breaks, thai_line_breaks

    plan = synthetic_plan(projects) if projects else sample_plan()
    result = generate_document(plan, tmp_path / "plan.docx", pdf=True)
    count, text = thai_line_breaks(result.pdf)
    assert count.junctions["narrative"] > 40 and count.junctions["table"] > 300  # the measure sees lines
    assert count.inside["narrative"] == 0, count.examples.get("narrative")
    assert count.phrases == 0, count.examples.get("phrase")
    if not projects:  # the synthetic agencies include names wider than their column (โรงพยาบาลส่งเสริมสุขภาพตำบล…)
        assert count.inside["names"] == 0, count.examples.get("names")
    assert count.inside["table"] <= count.junctions["table"] // 50, count.examples.get("table")
    assert form_page_breaks(text) == {"heading_at_end": [], "total_at_top": []}
    for name in ("องค์การบริหารส่วนตำบลหนองบัวแก้ว", "พ.ศ. ๒๕๔๘"):
        assert name in text
