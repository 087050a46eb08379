"""OpPlan.xlsm as built by ``opplan build-workbook``: its VBA, its ribbon, its sheets, and the committed file.

The checks use independent readers wherever one exists: oletools (olevba, mraptor), xlwings' own wrapper generator
run in a fresh interpreter, openpyxl, and LibreOffice (it recalculates the ผด.01 formulas and imports the VBA).
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from opplan_xl import messages, schema
from opplan_xl.example import sample_plan
from opplan_xl.excel.actions import ACTIONS
from opplan_xl.excel.results import RESULTS_FIRST_ROW, results_header, severity_label
from opplan_xl.excel.wrappers import IMPORT_HEADER, MODULE_NAME, UDF_MODULE
from opplan_xl.findings import Severity
from opplan_xl.rollup import rollup
from opplan_xl.xlsx.vba.inspect import read_xlsm_vba
from opplan_xl.xlsx.vba.project import installed_xlwings_version, xlwings_bas_source
from opplan_xl.xlsx.workbook import (
    RIBBON_MODULE,
    SUMMARY_KIND_COL,
    XLWINGS_NAME,
    build_openpyxl,
    build_xlsm,
    ribbon_module_source,
)
from opplan_xl.xlsx.write import summary_layout
from opplan_xl.xlsx.xlsm import RT_UI12, RT_UI14, RT_VBA, UI12_NS, UI14_NS

from .helpers import UNO_PYTHON, assert_summary_matches, has_uno, libreoffice_basic, needs_calc, normalized, zip_part

ROOT = Path(__file__).resolve().parent.parent
COMMITTED = ROOT / "workbook" / "OpPlan.xlsm"
SHEETS = [
    schema.SHEET_HELP,
    schema.SHEET_SETTINGS,
    schema.SHEET_STRATEGIES,
    schema.SHEET_PROJECTS,
    schema.SHEET_EQUIPMENT,
    schema.SHEET_SUMMARY,
    schema.SHEET_AMENDMENTS,
    schema.SHEET_HISTORY,
    schema.SHEET_RESULTS,
    schema.SHEET_LISTS,
    schema.SHEET_PARAGRAPHS,
]


@pytest.fixture(scope="module")
def xlsm_bytes() -> bytes:
    return build_xlsm()


@pytest.fixture(scope="module")
def xlsm_path(xlsm_bytes: bytes, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("xlsm") / "OpPlan.xlsm"
    path.write_bytes(xlsm_bytes)
    return path


@pytest.fixture(scope="module")
def sample_xlsm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sample") / "OpPlanSample.xlsm"
    path.write_bytes(build_xlsm(sample_plan()))
    return path


@pytest.fixture(scope="module")
def codenames(xlsm_bytes: bytes) -> dict[str, str]:
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(xlsm_bytes), keep_vba=True)
    return {ws.title: ws.sheet_properties.codeName for ws in wb.worksheets}


# ------------------------------------------------------------------------------------------------------------ VBA


def test_olevba_extracts_exactly_our_modules(xlsm_path: Path, codenames: dict[str, str]) -> None:
    from oletools.olevba import VBA_Parser

    parser = VBA_Parser(str(xlsm_path))
    try:
        found = {name: code for _, _, name, code in parser.extract_macros()}
    finally:
        parser.close()
    documents = ["ThisWorkbook", *codenames.values()]
    expected = {f"{d}.cls" for d in documents} | {
        "Dictionary.cls",
        "xlwings.bas",
        f"{RIBBON_MODULE}.bas",
        f"{MODULE_NAME}.bas",
    }
    assert set(found) == expected
    assert normalized(found["xlwings.bas"]) == normalized(xlwings_bas_source())
    assert normalized(found[f"{RIBBON_MODULE}.bas"]) == normalized(ribbon_module_source())
    for document in documents:
        assert normalized(found[f"{document}.cls"]) == ""


def test_modules_are_ascii_and_the_ribbon_module_is_one_line_wrappers(xlsm_bytes: bytes) -> None:
    contents = read_xlsm_vba(xlsm_bytes)
    for module in contents.modules:
        assert module.source.isascii(), module.name
    ours = normalized(contents.sources[RIBBON_MODULE])
    subs = re.findall(r"^Public (Sub|Function) (\w+)\(([^\n]*)\)[^\n]*\n(.*?)\nEnd \1", ours, re.M | re.S)
    assert [name for _, name, _, _ in subs] == ["OpPlanAction", "OpPlanRun", "OpPlanSelfTest"]
    for _kind, _name, _args, body in subs:
        assert len([line for line in body.split("\n") if line.strip()]) == 1
    assert 'RunPython "import opplan_xl.excel.macros as m; m.run(\'" & control.Tag & "\')"' in ours


def test_xlwings_module_is_the_installed_version(xlsm_bytes: bytes) -> None:
    source = read_xlsm_vba(xlsm_bytes).sources["xlwings"]
    version = installed_xlwings_version()
    assert f'XLWINGS_VERSION As String = "{version}"' in source
    assert f"xlwings64-{version}.dll" in source


def test_no_autoexec_macros(xlsm_path: Path) -> None:
    from oletools.mraptor import MacroRaptor
    from oletools.olevba import VBA_Parser

    parser = VBA_Parser(str(xlsm_path))
    try:
        code = "\n".join(c for _, _, _, c in parser.extract_macros())
    finally:
        parser.close()
    raptor = MacroRaptor(code)
    raptor.scan()
    assert not raptor.autoexec and not raptor.suspicious


# Runs in a fresh interpreter: xlwings-notes §2.3 (a), written here independently of opplan_xl.excel.wrappers.
GENERATOR_SCRIPT = r"""
import io, json, sys, types
for name in ["pythoncom", "pywintypes", "win32com", "win32com.client"]:
    sys.modules.setdefault(name, types.ModuleType(name))
sys.modules["pythoncom"].CoInitialize = lambda: None
sys.modules["pywintypes"].com_error = Exception
sys.modules["win32com.client"].Dispatch = lambda *a, **k: None
import xlwings as xw
from xlwings import udfs
xw.func, xw.arg, xw.ret = udfs.xlfunc, udfs.xlarg, udfs.xlret
import importlib
module = importlib.import_module(sys.argv[1])
class Book:
    Name = "OpPlan.xlsm"
buf = io.StringIO()
udfs.generate_vba_wrapper(sys.argv[1], module, buf, Book())
docs = {f.__name__: {"category": f.__xlfunc__["category"], "doc": f.__xlfunc__["ret"]["doc"],
        "args": [a["doc"] for a in f.__xlfunc__["args"]]} for f in module.UDFS}
print(json.dumps({"vba": buf.getvalue(), "docs": docs}))
"""


@pytest.fixture(scope="module")
def generated() -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("XLWINGS_")}
    run = subprocess.run(
        [sys.executable, "-c", GENERATOR_SCRIPT, UDF_MODULE], capture_output=True, text=True, env=env, check=False
    )
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)


def test_udf_module_is_what_the_xlwings_generator_writes(xlsm_bytes: bytes, generated: dict) -> None:
    stored = read_xlsm_vba(xlsm_bytes).sources[MODULE_NAME].replace("\r\n", "\n")
    header = "".join(line + "\n" for line in IMPORT_HEADER)
    assert stored.startswith(header)
    assert stored[len(header) :].rstrip("\n") == generated["vba"].rstrip("\n")
    for name in ("OPPLAN_DUE", "OPPLAN_POST_BY", "OPPLAN_TAKE_DOWN_FROM", "OPPLAN_POSTING_STATUS"):
        assert f'XLPy.CallUDF("{UDF_MODULE}", "{name}"' in stored
    assert stored.isascii()


def test_udf_descriptions_are_thai_outside_the_vba(generated: dict) -> None:
    from opplan_xl import messages

    docs = generated["docs"]
    assert set(docs) == {
        "OPPLAN_DUE",
        "OPPLAN_POST_BY",
        "OPPLAN_TAKE_DOWN_FROM",
        "OPPLAN_POSTING_STATUS",
        "OPPLAN_THAIDATE",
        "OPPLAN_BAHTTEXT",
    }
    for name, info in docs.items():
        assert info["category"] == "OpPlan"
        assert info["doc"] == messages.text(f"udf.{name}")
        assert not info["doc"].isascii() and len(info["doc"]) <= 255
        assert info["args"] and all(not a.isascii() and len(a) <= 255 for a in info["args"])
    assert not any(ch in generated["vba"] for ch in "กขคงจ")


# --------------------------------------------------------------------------------------------------------- ribbon

_CALLBACK = {
    "onAction": r"Sub\s+{n}\s*\(\s*(ByVal\s+)?\w+\s+As\s+(Office\.)?IRibbonControl\s*\)",
}


def _ribbon(xlsm_bytes: bytes, part: str = "customUI/customUI14.xml") -> ET.Element:
    return ET.fromstring(zip_part(xlsm_bytes, part))


def test_every_on_action_names_an_existing_sub_with_the_right_signature(xlsm_bytes: bytes) -> None:
    vba = "\n".join(read_xlsm_vba(xlsm_bytes).sources.values())
    callbacks = []
    for element in _ribbon(xlsm_bytes).iter():
        for attribute, value in element.attrib.items():
            if attribute.startswith("on") or (attribute.startswith("get") and attribute != "getImage"):
                assert attribute in _CALLBACK, f"no signature rule for {attribute}"
                name = value.split(".")[-1]
                assert re.search(_CALLBACK[attribute].format(n=re.escape(name)), vba), value
                callbacks.append(value)
    assert callbacks and set(callbacks) == {"OpPlanAction"}


def test_ribbon_tab_buttons_and_tags(xlsm_bytes: bytes) -> None:
    root = _ribbon(xlsm_bytes)
    ns = {"ui": UI14_NS}
    tabs = root.findall(".//ui:tab", ns)
    assert [t.get("label") for t in tabs] == ["แผนการดำเนินงาน"]
    buttons = root.findall(".//ui:button", ns)
    labels = {b.get("tag"): b.get("label") for b in buttons}
    required = {"validate": "ตรวจสอบ", "generate": "สร้างเอกสาร", "summary": "สรุปงบประมาณ", "deadlines": "ตรวจกำหนดเวลา"}
    assert required.items() <= labels.items()
    assert len(buttons) == len(labels), "one button per tag"
    assert set(labels) == set(ACTIONS), "one button per action of the registry, and one action per button"
    for b in buttons:
        assert re.fullmatch(r"[a-z][a-z0-9_]*", b.get("tag"))
        assert b.get("screentip") and b.get("screentip").isascii()
    ids = [e.get("id") for e in root.iter() if e.get("id")]
    assert len(ids) == len(set(ids))


def test_ribbon_parts_and_relationships(xlsm_bytes: bytes) -> None:
    rels = ET.fromstring(zip_part(xlsm_bytes, "_rels/.rels"))
    targets = {r.get("Type"): r.get("Target") for r in rels}
    assert targets[RT_UI14] == "customUI/customUI14.xml"
    assert targets[RT_UI12] == "customUI/customUI.xml"
    assert _ribbon(xlsm_bytes).tag == f"{{{UI14_NS}}}customUI"
    assert _ribbon(xlsm_bytes, "customUI/customUI.xml").tag == f"{{{UI12_NS}}}customUI"
    workbook_rels = ET.fromstring(zip_part(xlsm_bytes, "xl/_rels/workbook.xml.rels"))
    assert any(r.get("Type") == RT_VBA and r.get("Target") == "vbaProject.bin" for r in workbook_rels)
    types = zip_part(xlsm_bytes, "[Content_Types].xml").decode()
    assert "application/vnd.ms-excel.sheet.macroEnabled.main+xml" in types
    assert "application/vnd.ms-office.vbaProject" in types


# --------------------------------------------------------------------------------------------------------- sheets


def test_sheets_codenames_and_the_help_sheet_first(xlsm_bytes: bytes, codenames: dict[str, str]) -> None:
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(xlsm_bytes), keep_vba=True)
    assert wb.sheetnames == SHEETS
    assert wb.active.title == schema.SHEET_HELP
    assert [ws.sheet_view.tabSelected for ws in wb.worksheets].count(True) == 1
    assert len(set(codenames.values())) == len(SHEETS)
    document_modules = [m.name for m in read_xlsm_vba(xlsm_bytes).modules if m.kind == "document"]
    assert document_modules == ["ThisWorkbook", *codenames.values()]
    assert not any(name.endswith(".py") for name in wb.sheetnames)  # that would switch RunPython to PRO code
    help_text = "\n".join(str(c.value) for row in wb[schema.SHEET_HELP].iter_rows() for c in row if c.value)
    for word in ("ตรวจสอบ", "สร้างเอกสาร", "สรุปงบประมาณ", "ตรวจกำหนดเวลา", "opplan excel-setup", "Unblock"):
        assert word in help_text
    assert schema.SHEET_RESULTS in help_text and schema.SHEET_PROJECTS in help_text


def test_xlwings_version_is_recorded_in_a_hidden_name(xlsm_bytes: bytes) -> None:
    main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    names = ET.fromstring(zip_part(xlsm_bytes, "xl/workbook.xml")).iter(f"{main}definedName")
    found = [n for n in names if n.get("name") == XLWINGS_NAME]
    assert len(found) == 1
    assert found[0].get("hidden") == "1"
    assert found[0].text == f'"{installed_xlwings_version()}"'


def test_results_sheet_layout_and_colours(xlsm_bytes: bytes) -> None:
    from openpyxl import load_workbook

    ws = load_workbook(io.BytesIO(xlsm_bytes), keep_vba=True)[schema.SHEET_RESULTS]
    header = [ws.cell(RESULTS_FIRST_ROW + 2, c).value for c in range(1, 6)]
    assert header == results_header()
    rules = {rule.formula[0].strip('"'): str(cf.sqref) for cf in ws.conditional_formatting for rule in cf.rules}
    assert set(rules) == {severity_label(s) for s in Severity}
    assert all(ref.startswith(f"B{RESULTS_FIRST_ROW}:B") for ref in rules.values())


def test_summary_looks_follow_the_kind_column(sample_xlsm: Path) -> None:
    from openpyxl import load_workbook

    plan = sample_plan()
    layout = summary_layout(plan)
    ws = load_workbook(sample_xlsm, keep_vba=True)[schema.SHEET_SUMMARY]
    kinds = [ws[f"{SUMMARY_KIND_COL}{layout.first_row + i}"].value for i in range(len(layout.kinds))]
    assert kinds == layout.kinds
    assert ws.column_dimensions[SUMMARY_KIND_COL].hidden
    for offset, kind in enumerate(layout.kinds):  # no row carries a look of its own: the same style per column
        row = layout.first_row + offset
        assert not ws[f"A{row}"].font.b and ws[f"A{row}"].fill.fill_type is None, (row, kind)
        assert ws[f"D{row}"].number_format == schema.FMT_AMOUNT
    formulas = [rule.formula[0] for cf in ws.conditional_formatting for rule in cf.rules]
    for kind in ("total", "subtotal", "heading", "check", "note"):
        assert any(f'"{kind}"' in f for f in formulas), kind
    assert not any(f"$B${layout.check_row}" in f for f in formulas), "the check row's fixed rule is replaced"


def test_workbook_cells_never_call_our_functions(sample_xlsm: Path) -> None:
    """A recipient without Python sees correct values: no formula of the workbook uses an OPPLAN_ function."""
    formula = re.compile(rb"<f[ >][^<]*</f>")
    with zipfile.ZipFile(sample_xlsm) as z:
        parts = [n for n in z.namelist() if n.startswith("xl/worksheets/") and n.endswith(".xml")]
        formulas = [f for name in parts for f in formula.findall(z.read(name))]
        names = z.read("xl/workbook.xml")
    assert len(formulas) > 100
    assert not any(b"OPPLAN_" in f.upper() for f in formulas)
    assert b"OPPLAN_" not in names.upper()


# ------------------------------------------------------------------------------------------ the committed workbook


def test_committed_workbook_equals_a_fresh_build(xlsm_bytes: bytes) -> None:
    assert COMMITTED.exists(), "run: opplan build-workbook"
    committed = COMMITTED.read_bytes()
    hint = "workbook/OpPlan.xlsm is stale: rebuild it with `opplan build-workbook` and commit it"
    with zipfile.ZipFile(io.BytesIO(committed)) as old, zipfile.ZipFile(io.BytesIO(xlsm_bytes)) as new:
        assert old.namelist() == new.namelist(), hint
        old_vba, new_vba = read_xlsm_vba(committed), read_xlsm_vba(xlsm_bytes)
        assert old_vba.sources == new_vba.sources, hint
        for name in new.namelist():
            assert old.read(name) == new.read(name), f"{name}: {hint}"


def test_build_is_deterministic(xlsm_bytes: bytes) -> None:
    again = build_xlsm()
    with zipfile.ZipFile(io.BytesIO(again)) as a, zipfile.ZipFile(io.BytesIO(xlsm_bytes)) as b:
        assert {n: a.read(n) for n in a.namelist()} == {n: b.read(n) for n in b.namelist()}


def test_openpyxl_workbook_is_not_saved_with_a_timestamp() -> None:
    wb = build_openpyxl(sample_plan(), "0.37.8")
    assert wb.properties.modified == wb.properties.created


# ------------------------------------------------------------------------------------------------------ LibreOffice


@pytest.mark.libreoffice
@needs_calc
def test_libreoffice_recalculates_the_summary_to_the_rollup(sample_xlsm: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from opplan_xl.libreoffice import convert

    converted = convert(sample_xlsm, "xlsx", tmp_path)
    ws = load_workbook(converted, data_only=True)[schema.SHEET_SUMMARY]
    assert_summary_matches(ws, rollup(sample_plan()))


@pytest.mark.libreoffice
@needs_calc
@pytest.mark.skipif(not has_uno(), reason=f"{UNO_PYTHON} cannot import uno (apt-get install python3-uno)")
def test_libreoffice_sees_the_modules(sample_xlsm: Path, tmp_path: Path, codenames: dict[str, str]) -> None:
    result = libreoffice_basic(sample_xlsm, tmp_path, timeout=240)
    expected = {"ThisWorkbook", *codenames.values(), "xlwings", "Dictionary", RIBBON_MODULE, MODULE_NAME}
    assert set(result["modules"]) == expected
    assert "Public Sub OpPlanAction(control As IRibbonControl)" in result["ribbon"]
    assert result["codenames"] == codenames
    assert result["selftest"] == "opplan-vba-ok"


def test_import_header_matches_xlwings_source() -> None:
    """The header lines come from ``import_udfs``: if an xlwings upgrade changes them, this fails."""
    xlwings_source = (Path(__import__("xlwings").__file__).parent / "udfs.py").read_text(encoding="utf-8")
    start = xlwings_source.index("def import_udfs")
    body = xlwings_source[start : xlwings_source.index("def ", start + 10)]
    assert IMPORT_HEADER[0] == 'Attribute VB_Name = "xlwings_udfs"'
    assert """vba.writeln('Attribute VB_Name = "xlwings_udfs"')""" in body
    for line in IMPORT_HEADER[1:]:
        assert line in body, line


# ---------------------------------------------------------------------------------------------- the command


def test_build_workbook_from_an_existing_book(tmp_path: Path, capsys) -> None:
    from opplan_xl.cli import main
    from opplan_xl.xlsx.read import read_workbook
    from opplan_xl.xlsx.write import write_workbook

    plan = sample_plan()
    source = write_workbook(plan, tmp_path / "old.xlsx")
    out = tmp_path / "new.xlsm"
    assert main(["build-workbook", "-o", str(out), "--from", str(source)]) == 0
    printed = capsys.readouterr().out
    assert f"{len(plan.projects)} โครงการ" in printed and str(out) in printed
    again, findings = read_workbook(out)
    assert [p.name for p in again.projects] == [p.name for p in plan.projects]
    assert [p.budget for p in again.projects] == [p.budget for p in plan.projects]
    assert not [f for f in findings if f.severity is Severity.ERROR]
    assert main(["validate", str(out)]) == 0

    assert main(["build-workbook", "-o", str(out)]) == 0
    assert (tmp_path / "new.1.xlsm").exists(), "the previous file is kept as a numbered backup"


def test_build_workbook_from_an_xlsm_has_the_same_vba_and_ribbon(tmp_path: Path, xlsm_bytes: bytes, capsys) -> None:
    from opplan_xl.cli import main
    from opplan_xl.xlsx.workbook import write_xlsm

    source, _ = write_xlsm(sample_plan(), tmp_path / "old.xlsm")
    out = tmp_path / "new.xlsm"
    assert main(["build-workbook", "-o", str(out), "--from", str(source)]) == 0
    printed = capsys.readouterr().out
    assert messages.text("ui.build.not_carried", path=source) not in printed, "nothing of the officer's own"
    for part in ("xl/vbaProject.bin", "customUI/customUI14.xml", "customUI/customUI.xml"):
        assert zip_part(out.read_bytes(), part) == zip_part(xlsm_bytes, part), part


def test_build_workbook_from_says_what_is_not_carried_over(tmp_path: Path, capsys) -> None:
    import openpyxl

    from opplan_xl.cli import main
    from opplan_xl.xlsx.cells import column_letter
    from opplan_xl.xlsx.write import write_workbook

    source = write_workbook(sample_plan(), tmp_path / "old.xlsx")
    wb = openpyxl.load_workbook(source)
    wb.create_sheet("สรุปสำหรับนายก")["A1"] = "ร่าง"
    letter = column_letter(len(schema.EQUIPMENT.columns) + 1)
    wb[schema.SHEET_EQUIPMENT][f"{letter}{schema.EQUIPMENT.header_row}"] = "ผู้รับผิดชอบ"
    wb.save(source)
    before = source.read_bytes()
    out = tmp_path / "new.xlsm"
    assert main(["build-workbook", "-o", str(out), "--from", str(source)]) == 0
    lines = capsys.readouterr().out.splitlines()
    at = lines.index(messages.text("ui.build.not_carried", path=source))
    assert lines[at + 1 : at + 3] == [
        "  " + messages.text("W-REBUILD-SHEET", sheet="สรุปสำหรับนายก", book="old.xlsx"),
        "  "
        + messages.text(
            "W-REBUILD-COLUMN", sheet=schema.SHEET_EQUIPMENT, column=letter, header="ผู้รับผิดชอบ", book="old.xlsx"
        ),
    ]
    assert source.read_bytes() == before
    assert "สรุปสำหรับนายก" not in openpyxl.load_workbook(out, keep_vba=True).sheetnames


def test_rebuilt_sheet_names_are_what_the_builders_make() -> None:
    from opplan_xl.model import Plan
    from opplan_xl.xlsx.rebuilt import rebuilt_sheet_names
    from opplan_xl.xlsx.write import build_workbook

    assert rebuilt_sheet_names(xlsm=False) == tuple(build_workbook(Plan()).sheetnames)
    assert sorted(rebuilt_sheet_names(xlsm=True)) == sorted(SHEETS)


def test_build_workbook_refuses_another_extension(tmp_path: Path, capsys) -> None:
    from opplan_xl.cli import main

    assert main(["build-workbook", "-o", str(tmp_path / "x.xlsx")]) == 2
    assert ".xlsm" in capsys.readouterr().err
    assert not (tmp_path / "x.xlsx").exists()
