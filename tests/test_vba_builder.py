"""The macro-enabled workbook builder: MS-OVBA compression, the CFB writer, the VBA project and the .xlsm package.

Independent readers do the checking wherever one exists: oletools' decompressor and VBA_Parser, olefile in strict
mode, mraptor, openpyxl and LibreOffice (soffice, and UNO from Debian's python3).
"""

from __future__ import annotations

import io
import random
import re
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import olefile
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from oletools.mraptor import MacroRaptor
from oletools.olevba import VBA_Parser, decompress_stream

from opplan_xl.xlsx.vba import cfb, ovba
from opplan_xl.xlsx.vba import project as vba_project
from opplan_xl.xlsx.vba.inspect import read_vba_project, read_xlsm_vba
from opplan_xl.xlsx.vba.project import (
    VbaBuildError,
    VbaModule,
    VbaTemplateError,
    build_vba_project,
    xlwings_bas_source,
    xlwings_template_path,
)
from opplan_xl.xlsx.xlsm import RT_UI12, RT_UI14, RT_VBA, UI12_NS, UI14_NS, XlsmBuildError, make_xlsm

from .helpers import UNO_PYTHON, has_uno, libreoffice_basic, needs_calc, normalized

# ------------------------------------------------------------------------------------------------------ fixtures

RIBBON_MODULE = """Attribute VB_Name = "OpPlanRibbon"
Option Explicit

' Every ribbon button calls this with its tag as the action name.
Public Sub OpPlanAction(control As IRibbonControl)
    RunPython "import opplan_xl.excel.macros as m; m.run('" & control.Tag & "')"
End Sub

Public Function OpPlanSelfTest() As String
    OpPlanSelfTest = "opplan-vba-ok"
End Function
"""

CUSTOMUI14 = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<customUI xmlns="http://schemas.microsoft.com/office/2009/07/customui">
  <ribbon>
    <tabs>
      <tab id="tabOpPlan" label="OpPlan">
        <group id="grpOpPlan" label="แผนการดำเนินงาน">
          <button id="btnValidate" label="ตรวจสอบ" size="large" imageMso="MacroPlay"
                  onAction="OpPlanAction" tag="validate"/>
        </group>
      </tab>
    </tabs>
  </ribbon>
</customUI>
""".encode()

SHEETS = [("Projects", "Sheet1"), ("สรุป", "Sheet2"), ("Lists", "Sheet3")]
CODENAMES = [codename for _, codename in SHEETS]
EXPECTED_MODULES = ["ThisWorkbook", "Sheet1", "Sheet2", "Sheet3", "xlwings", "Dictionary", "OpPlanRibbon"]
VBA_STREAMS = {"PROJECT", "PROJECTwm", "VBA/_VBA_PROJECT", "VBA/dir"} | {f"VBA/{m}" for m in EXPECTED_MODULES}


def make_xlsx(sheets=SHEETS, workbook_codename: str | None = "ThisWorkbook") -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    if workbook_codename:
        wb.code_name = workbook_codename
    for index, (title, codename) in enumerate(sheets):
        ws = wb.active if index == 0 else wb.create_sheet()
        ws.title = title
        if codename:
            ws.sheet_properties.codeName = codename
        ws["A1"] = title
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


@pytest.fixture(scope="module")
def xlsx_bytes() -> bytes:
    return make_xlsx()


@pytest.fixture(scope="module")
def vba_bin() -> bytes:
    return build_vba_project(CODENAMES, [VbaModule("OpPlanRibbon", RIBBON_MODULE)])


@pytest.fixture(scope="module")
def xlsm_bytes(xlsx_bytes: bytes, vba_bin: bytes) -> bytes:
    return make_xlsm(xlsx_bytes, vba_bin, CUSTOMUI14)


@pytest.fixture(scope="module")
def xlsm_path(xlsm_bytes: bytes, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("xlsm") / "OpPlanTest.xlsm"
    path.write_bytes(xlsm_bytes)
    return path


@pytest.fixture(scope="module")
def template_ole():
    with zipfile.ZipFile(xlwings_template_path()) as package:
        raw = package.read("xl/vbaProject.bin")
    ole = olefile.OleFileIO(io.BytesIO(raw))
    yield ole
    ole.close()


# -------------------------------------------------------------------------------------------- MS-OVBA compression


def chunk_headers(container: bytes) -> list[tuple[bool, int]]:
    """(compressed?, bytes the chunk occupies) for each chunk, read independently of the module under test."""
    assert container[0] == 1
    chunks, pos = [], 1
    while pos < len(container):
        header = int.from_bytes(container[pos : pos + 2], "little")
        assert (header >> 12) & 0b111 == 0b011, "chunk signature"
        compressed = bool(header >> 15)
        size = (header & 0x0FFF) + 3
        if not compressed:
            assert size == 4098, "a raw chunk always holds 4096 bytes"
        chunks.append((compressed, size))
        pos += size
    assert pos == len(container), "chunks must tile the container exactly"
    return chunks


def check_round_trip(data: bytes) -> None:
    packed = ovba.compress(data)
    chunks = chunk_headers(packed)
    assert len(chunks) == -(-len(data) // 4096)
    for index, (compressed, _) in enumerate(chunks):
        if not compressed:  # only an incompressible chunk longer than 3640 bytes may be stored raw
            assert len(data[index * 4096 : (index + 1) * 4096]) > 3640
    expected = data
    if chunks and not chunks[-1][0]:
        expected = data + b"\x00" * (-len(data) % 4096)  # MS-OVBA pads a short raw last chunk with zeros
    assert ovba.decompress(packed) == expected
    assert bytes(decompress_stream(bytearray(packed))) == expected


def _random(n: int, seed: int = 0) -> bytes:
    return random.Random(seed * 100_003 + n).randbytes(n)


_ALPHABETS = [bytes(range(256)), b"ab", b"abcdefgh \r\n", b"\x00\x01"]


def _generated(size: int, seed: int, alphabet: int) -> bytes:
    """``size`` bytes drawn from one of a few alphabets: all bytes (incompressible), two letters, text-like, ..."""
    rng = random.Random(seed)
    return bytes(rng.choices(_ALPHABETS[alphabet], k=size))


_sized = st.builds(
    _generated,
    st.one_of(st.integers(0, 13000), st.sampled_from([4095, 4096, 4097, 8191, 8192, 8193, 12288, 12289])),
    st.integers(0, 2**32),
    st.integers(0, len(_ALPHABETS) - 1),
)
_texty = st.lists(st.sampled_from([b"a", b"b", b" ", b"\r\n", b"End Sub", b"    ", b"RunPython"]), max_size=3000).map(
    b"".join
)


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.binary(max_size=9000), _texty, _sized))
@example(b"")
@example(b"\x00")
@example(_random(4095))
@example(_random(4096))
@example(_random(4097))
@example(_random(8192))
@example(b"\x00" * 8192)
@example(b"x" * 4097)
def test_compress_round_trips_against_oletools(data: bytes) -> None:
    check_round_trip(data)


@pytest.mark.parametrize("size", [0, 1, 2, 3, 4095, 4096, 4097, 8191, 8192, 8193, 12289])
@pytest.mark.parametrize("kind", ["random", "zeros", "text"])
def test_compress_edge_sizes(size: int, kind: str) -> None:
    if kind == "random":
        data = _random(size, 1)
    elif kind == "zeros":
        data = bytes(size)
    else:
        data = (xlwings_bas_source().encode("ascii") * 2)[:size]
    check_round_trip(data)


def test_compress_small_input_by_hand() -> None:
    # 'a' literal, then one copy token: offset 1, length 9 -> (0 << 12) | (9 - 3); flags 0b10; chunk size 4 + 2 - 3.
    assert ovba.compress(b"a" * 10) == bytes.fromhex("01 03 b0 02 61 06 00")
    assert ovba.decompress(bytes.fromhex("01 03 b0 02 61 06 00")) == b"a" * 10


def test_spec_example_decompresses_and_our_encoding_is_as_compact() -> None:
    # [MS-OVBA] §3.2 example. Its printed output breaks three ties differently from the specification's own
    # matching pseudocode (which keeps the nearest of equally long matches), so only length and meaning compare.
    plain = b"#aaabcdefaaaaghijaaaaaklaaamnopqaaaaaaaaaaaarstuvwxyzaaa"
    printed = bytes.fromhex(
        "01 2F B0 00 23 61 61 61 62 63 64 65 82 66 00 70 61 67 68 69 6A 01 38 08 61 6B 6C 00 30 6D 6E 6F 70 06"
        " 71 02 70 04 10 72 73 74 75 76 10 77 78 79 7A 00 3C"
    )
    assert ovba.decompress(printed) == plain
    ours = ovba.compress(plain)
    assert len(ours) == len(printed)
    assert bytes(decompress_stream(bytearray(ours))) == plain


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "must start with 0x01"),
        (b"\x02\x00\xb0", "must start with 0x01"),
        (b"\x01\x00\x00", "chunk signature"),
        (b"\x01\x02\xb0\x01\x00\x00", "copy token at decompressed offset 0"),
        (b"\x01\x01\xb0\x01\x00\x00", "truncated copy token"),
        (bytes.fromhex("01 03 b0 02 61 00 10"), "before the chunk start"),
    ],
)
def test_decompress_rejects_malformed_data(data: bytes, message: str) -> None:
    with pytest.raises(ovba.OvbaError, match=message):
        ovba.decompress(data)


def test_template_streams_decompress_like_oletools(template_ole) -> None:
    for path in ("VBA/dir", "VBA/xlwings"):
        raw = template_ole.openstream(path).read()
        plain = ovba.decompress(raw)
        assert plain == bytes(decompress_stream(bytearray(raw)))
        assert len(ovba.compress(plain)) <= len(raw)  # as compact as the template's producer


def test_dir_records_round_trip_and_split(template_ole) -> None:
    raw = ovba.decompress(template_ole.openstream("VBA/dir").read())
    records = ovba.parse_dir(raw)
    assert ovba.serialize_dir(records) == raw
    version = next(r for r in records if r.id == ovba.PROJECTVERSION)
    assert len(version.data) == 6  # the record whose Size field says 4
    head, modules = ovba.split_dir(records)
    assert [r.id for r in head][:4] == [0x0001, 0x0002, 0x0014, 0x0003]
    names = [next(r.data for r in m if r.id == ovba.MODULENAME).decode() for m in modules]
    assert names == ["ThisWorkbook", "Sheet1", "Module1", "Sheet2", "xlwings", "Dictionary"]
    with pytest.raises(ovba.OvbaError):
        ovba.split_dir(records[:-1])
    with pytest.raises(ovba.OvbaError):
        ovba.parse_dir(raw[:-3])


# ------------------------------------------------------------------------------------------------- CFB writer


def sibling_tree_problems(ole: olefile.OleFileIO) -> list[str]:
    """Every storage's children: in-order sorted by (UTF-16 length, upper case), and a valid red-black tree."""
    nostream = 0xFFFFFFFF
    entries = ole.direntries
    problems: list[str] = []

    def in_order(sid: int) -> list:
        if sid == nostream:
            return []
        entry = entries[sid]
        return [*in_order(entry.sid_left), entry, *in_order(entry.sid_right)]

    def black_height(sid: int) -> int:
        if sid == nostream:
            return 1
        entry = entries[sid]
        for child in (entry.sid_left, entry.sid_right):
            if child != nostream and entry.color == 0 and entries[child].color == 0:
                problems.append(f"red node {entry.name!r} has a red child")
        left, right = black_height(entry.sid_left), black_height(entry.sid_right)
        if left != right:
            problems.append(f"black heights differ under {entry.name!r}")
        return left + (entry.color == 1)

    for entry in entries:
        if entry is not None and entry.entry_type in (olefile.STGTY_ROOT, olefile.STGTY_STORAGE):
            keys = [(len(e.name), e.name.upper()) for e in in_order(entry.sid_child)]
            if keys != sorted(set(keys)):
                problems.append(f"children of {entry.name!r} are not sorted: {keys}")
            if entry.sid_child != nostream and entries[entry.sid_child].color != 1:
                problems.append(f"the sibling tree root under {entry.name!r} is red")
            black_height(entry.sid_child)
    return problems


def _flatten(tree, prefix=()) -> dict[str, bytes]:
    out = {}
    for name, value in tree.items():
        if isinstance(value, dict):
            out.update(_flatten(value, (*prefix, name)))
        else:
            out["/".join((*prefix, name))] = value
    return out


SAMPLE_TREE = {
    "PROJECT": b"ID=...\r\n" * 70,
    "PROJECTwm": b"",
    "VBA": {
        "dir": _random(1273),
        "below_cutoff": _random(4095),
        "at_cutoff": _random(4096),
        "large": _random(70_000),  # needs more than one FAT sector
        **{f"Module{i}": _random(i * 37, 2) for i in range(25)},
        "Nested": {"deeper": {"x": b"1"}, "empty": {}},
    },
    "Empty": {},
}


def test_cfb_opens_strictly_with_exact_streams_and_bytes() -> None:
    data = cfb.build_compound_file(SAMPLE_TREE)
    assert len(data) % 512 == 0
    with olefile.OleFileIO(io.BytesIO(data), raise_defects=olefile.DEFECT_INCORRECT) as ole:
        expected = _flatten(SAMPLE_TREE)
        listed = {"/".join(p) for p in ole.listdir(streams=True, storages=False)}
        assert listed == set(expected)
        for path, content in expected.items():
            assert ole.get_size(path) == len(content)
            assert ole.openstream(path).read() == content
        storages = {"/".join(p) for p in ole.listdir(streams=False, storages=True)}
        assert {"VBA", "Empty", "VBA/Nested", "VBA/Nested/deeper", "VBA/Nested/empty"} <= storages
        assert sibling_tree_problems(ole) == []
        assert all(e.createTime == 0 and e.modifyTime == 0 for e in ole.direntries if e is not None)


@pytest.mark.parametrize("count", [1, 2, 3, 4, 5, 6, 7, 8, 9, 15, 16, 17, 31, 32, 33, 100])
def test_cfb_sibling_trees_are_sorted_red_black_trees(count: int) -> None:
    names = [f"{'S' * (i % 4)}n{i}" for i in range(count)]
    random.Random(count).shuffle(names)
    data = cfb.build_compound_file({"VBA": {n: n.encode() for n in names}})
    with olefile.OleFileIO(io.BytesIO(data), raise_defects=olefile.DEFECT_INCORRECT) as ole:
        assert sibling_tree_problems(ole) == []
        assert sorted("/".join(p) for p in ole.listdir()) == sorted(f"VBA/{n}" for n in names)


def test_sibling_tree_check_can_fail() -> None:
    """The checker above finds the template's layout: xlwings' file has unsorted, all-black chains."""
    with zipfile.ZipFile(xlwings_template_path()) as package:
        raw = package.read("xl/vbaProject.bin")
    with olefile.OleFileIO(io.BytesIO(raw)) as ole:
        assert sibling_tree_problems(ole)


def test_cfb_is_deterministic_and_independent_of_insertion_order() -> None:
    reordered = {"Empty": {}, "VBA": dict(reversed(list(SAMPLE_TREE["VBA"].items()))), **SAMPLE_TREE}
    assert cfb.build_compound_file(SAMPLE_TREE) == cfb.build_compound_file(SAMPLE_TREE)
    assert cfb.build_compound_file(reordered) == cfb.build_compound_file(SAMPLE_TREE)


@pytest.mark.parametrize(
    "tree",
    [{"x" * 32: b""}, {"a/b": b""}, {"": b""}, {"VBA": {"Dir": b"", "dIR": b""}}, {"bad": 3}],
)
def test_cfb_refuses_bad_trees(tree) -> None:
    with pytest.raises(cfb.CfbError):
        cfb.build_compound_file(tree)


# ------------------------------------------------------------------------------------------------- VBA project


def test_vba_container_has_exactly_the_expected_streams(vba_bin: bytes) -> None:
    with olefile.OleFileIO(io.BytesIO(vba_bin), raise_defects=olefile.DEFECT_INCORRECT) as ole:
        assert {"/".join(p) for p in ole.listdir()} == VBA_STREAMS
        assert ole.openstream("VBA/_VBA_PROJECT").read() == bytes.fromhex("cc61ffff000100")
        assert sibling_tree_problems(ole) == []


def test_modules_are_source_only_in_order(vba_bin: bytes) -> None:
    contents = read_vba_project(vba_bin)
    assert [m.name for m in contents.modules] == EXPECTED_MODULES
    assert [m.kind for m in contents.modules] == ["document"] * 4 + ["module", "class", "module"]
    for module in contents.modules:
        assert module.text_offset == 0 and module.stream == module.name
        cookie = next(r.data for r in module.records if r.id == ovba.MODULECOOKIE)
        assert cookie == b"\xff\xff"


def test_olevba_extracts_exactly_our_modules(xlsm_path: Path) -> None:
    parser = VBA_Parser(str(xlsm_path))
    try:
        found = {name: code for _, _, name, code in parser.extract_macros()}
    finally:
        parser.close()
    expected_files = {f"{m}.cls" for m in ("ThisWorkbook", *CODENAMES, "Dictionary")} | {
        "xlwings.bas",
        "OpPlanRibbon.bas",
    }
    assert set(found) == expected_files
    assert normalized(found["OpPlanRibbon.bas"]) == normalized(RIBBON_MODULE)
    assert normalized(found["xlwings.bas"]) == normalized(xlwings_bas_source())
    for document in ("ThisWorkbook", *CODENAMES):
        assert normalized(found[f"{document}.cls"]) == ""


def test_our_module_stream_is_the_source_with_crlf(vba_bin: bytes) -> None:
    with olefile.OleFileIO(io.BytesIO(vba_bin)) as ole:
        stored = bytes(decompress_stream(bytearray(ole.openstream("VBA/OpPlanRibbon").read())))
    assert stored == RIBBON_MODULE.replace("\n", "\r\n").encode("ascii")


def test_template_derived_modules(vba_bin: bytes, template_ole) -> None:
    contents = read_vba_project(vba_bin)

    def template_source(name: str) -> str:
        offset = {"ThisWorkbook": 0x333, "Sheet1": 0x333, "Dictionary": 0x48E9}[name]
        raw = template_ole.openstream(f"VBA/{name}").read()[offset:]
        return bytes(decompress_stream(bytearray(raw))).decode("cp1252")

    # Document modules: byte for byte what Excel stored in the template (only the name differs).
    assert contents.sources["ThisWorkbook"] == template_source("ThisWorkbook")
    for codename in CODENAMES:
        assert contents.sources[codename] == template_source("Sheet1").replace('"Sheet1"', f'"{codename}"')
    assert contents.sources["Dictionary"] == template_source("Dictionary")
    assert contents.module("Dictionary").docstring.startswith("Drop-in replacement for Scripting.Dictionary")
    assert contents.sources["xlwings"].replace("\r\n", "\n") == xlwings_bas_source().replace("\r\n", "\n")
    assert "\n" not in contents.sources["xlwings"].replace("\r\n", "")  # CRLF throughout


def test_template_version_matches_installed_xlwings() -> None:
    import importlib.metadata

    source = xlwings_bas_source()
    declared = re.search(r'XLWINGS_VERSION As String = "([^"]+)"', source).group(1)
    assert declared == importlib.metadata.version("xlwings") == vba_project.installed_xlwings_version()
    contents = read_xlsm_vba(xlwings_template_path())
    assert f'XLWINGS_VERSION As String = "{declared}"' in contents.sources["xlwings"]


def test_version_mismatch_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(vba_project, "installed_xlwings_version", lambda: "0.0.1")
    with pytest.raises(VbaTemplateError, match=r"XLWINGS_VERSION .* but xlwings 0\.0\.1 is installed"):
        build_vba_project(CODENAMES, [])


def test_project_info_and_references_are_the_templates(vba_bin: bytes, template_ole) -> None:
    ours = read_vba_project(vba_bin)
    template_records = ovba.parse_dir(ovba.decompress(template_ole.openstream("VBA/dir").read()))
    template_head, _ = ovba.split_dir(template_records)
    assert list(ours.head) == template_head
    assert ours.codepage == "cp1252" and ours.name == "VBAProject"
    reference_names = {r.data.decode() for r in ours.head if r.id == ovba.REFERENCENAME}
    assert reference_names == {"MSForms", "Office"}


def test_project_stream(vba_bin: bytes, template_ole) -> None:
    contents = read_vba_project(vba_bin)
    text = contents.project_text
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    lines = text.split("\r\n")
    assert lines[1:8] == [
        "Document=ThisWorkbook/&H00000000",
        "Document=Sheet1/&H00000000",
        "Document=Sheet2/&H00000000",
        "Document=Sheet3/&H00000000",
        "Module=xlwings",
        "Class=Dictionary",
        "Module=OpPlanRibbon",
    ]
    workspace = lines[lines.index("[Workspace]") + 1 : -1]
    assert workspace == [f"{m}=0, 0, 0, 0, C" for m in EXPECTED_MODULES]
    template_text = template_ole.openstream("PROJECT").read().decode("cp1252")
    for key in ("ID", "Name", "HelpContextID", "VersionCompatible32", "CMG", "DPB", "GC"):
        line = next(x for x in template_text.split("\r\n") if x.startswith(key + "="))
        assert line in lines
    assert "[Host Extender Info]\r\n&H00000001={3832D640-CF90-11CF-8E43-00A0C911005A};VBE;&H00000000" in text


def test_project_is_unprotected_without_password_and_visible(vba_bin: bytes) -> None:
    contents = read_vba_project(vba_bin)
    protection = contents.protection()
    assert protection.state == 0
    assert protection.password == b"\x00"
    assert protection.visibility == 0xFF
    assert protection.keys_match_id and protection.unprotected
    project_id = contents.project_properties["ID"].strip('"')
    version, key, data = ovba.decrypt_project_data(contents.project_properties["GC"])
    assert (version, key, data) == (2, sum(project_id.encode()) & 0xFF, b"\xff")


def test_projectwm_stream(vba_bin: bytes) -> None:
    expected = b"".join(n.encode() + b"\0" + n.encode("utf-16-le") + b"\0\0" for n in EXPECTED_MODULES) + b"\0\0"
    assert read_vba_project(vba_bin).projectwm == expected


def test_build_is_deterministic(vba_bin: bytes) -> None:
    again = build_vba_project(list(CODENAMES), [VbaModule("OpPlanRibbon", RIBBON_MODULE.replace("\n", "\r\n"))])
    assert again == vba_bin


def test_no_autoexec_macros(xlsm_path: Path) -> None:
    contents = read_xlsm_vba(xlsm_path)
    for name, source in contents.sources.items():
        raptor = MacroRaptor(source)
        raptor.scan()
        assert not raptor.autoexec, f"{name} has an AutoExec macro"
    # the check can fail: a Workbook_Open handler is found
    raptor = MacroRaptor('Private Sub Workbook_Open()\r\n    RunPython "x"\r\nEnd Sub\r\n')
    raptor.scan()
    assert raptor.autoexec


@pytest.mark.parametrize(
    ("source", "where"),
    [
        ('Public Sub A()\n    MsgBox "ตรวจสอบ"\nEnd Sub\n', "line 2, column 13"),
        ("Public Sub A()\nEnd Sub ' caf\u00e9\n", "line 2, column 14"),  # cp1252 has é, but VBA stays ASCII
        ("' \u20ac\n", "line 1, column 3"),
        ("Public Sub A()\x00\nEnd Sub\n", "line 1, column 15"),
    ],
)
def test_non_ascii_source_is_refused_with_a_clear_error(source: str, where: str) -> None:
    with pytest.raises(VbaBuildError, match=rf"'OpPlanRibbon', {where}: .*not allowed.*ASCII"):
        VbaModule("OpPlanRibbon", source)


def test_overlong_line_is_refused() -> None:
    with pytest.raises(VbaBuildError, match="line 2: 1024 characters"):
        VbaModule("Long", "Option Explicit\n'" + "x" * 1023 + "\n")


@pytest.mark.parametrize("name", ["1abc", "a b", "x" * 32, "_hidden", "Módulo", "dir", "VBA", "Excel", ""])
def test_bad_module_names_are_refused(name: str) -> None:
    with pytest.raises(VbaBuildError, match="VBA module name"):
        VbaModule(name, "Option Explicit\n")


@pytest.mark.parametrize(
    "name", ["xlwings", "XLWINGS", "dictionary", "sheet1", "ThisWorkbook", "VBAProject", "MSForms"]
)
def test_module_names_clashing_with_the_project_are_refused(name: str) -> None:
    with pytest.raises(VbaBuildError, match=name):
        build_vba_project(CODENAMES, [VbaModule(name, "Option Explicit\n")])


def test_bad_codenames_are_refused() -> None:
    with pytest.raises(VbaBuildError, match="sheet codeName"):
        build_vba_project(["Sheet 1"], [])
    with pytest.raises(VbaBuildError, match="two modules"):
        build_vba_project(["Sheet1", "SHEET1"], [])
    with pytest.raises(VbaBuildError, match="workbook codeName"):
        build_vba_project(["Sheet1"], [], workbook_codename="This-Workbook")


def test_module_kinds_and_headers() -> None:
    workbook_code = "Private Sub Workbook_BeforeClose(Cancel As Boolean)\n    Debug.Print 1\nEnd Sub\n"
    cls = (
        "VERSION 1.0 CLASS\nBEGIN\n  MultiUse = -1  'True\nEND\n"
        'Attribute VB_Name = "Counter"\nAttribute VB_PredeclaredId = True\nAttribute VB_Description = "counts"\n'
        "Private n As Long\n"
    )
    data = build_vba_project(
        ["Sheet1"],
        [VbaModule("ThisWorkbook", workbook_code, "document"), VbaModule("Counter", cls, "class")],
    )
    contents = read_vba_project(data)
    assert [m.name for m in contents.modules] == ["ThisWorkbook", "Sheet1", "xlwings", "Dictionary", "Counter"]
    workbook = contents.sources["ThisWorkbook"].split("\r\n")
    assert workbook[:2] == [
        'Attribute VB_Name = "ThisWorkbook"',
        'Attribute VB_Base = "0{00020819-0000-0000-C000-000000000046}"',
    ]
    assert workbook[8:11] == ["Private Sub Workbook_BeforeClose(Cancel As Boolean)", "    Debug.Print 1", "End Sub"]
    counter = contents.module("Counter")
    assert counter.kind == "class"
    lines = counter.source.split("\r\n")
    assert lines[0] == 'Attribute VB_Name = "Counter"'
    assert "Attribute VB_PredeclaredId = True" in lines and "Attribute VB_Exposed = False" in lines
    assert 'Attribute VB_Description = "counts"' in lines
    assert "VERSION 1.0 CLASS" not in counter.source and lines[-2] == "Private n As Long"


def test_inconsistent_modules_are_refused() -> None:
    with pytest.raises(VbaBuildError, match="match neither"):
        build_vba_project(["Sheet1"], [VbaModule("Sheet9", "", "document")])
    with pytest.raises(VbaBuildError, match="VB_Name"):
        build_vba_project(["Sheet1"], [VbaModule("Ribbon", 'Attribute VB_Name = "Other"\n')])
    with pytest.raises(VbaBuildError, match="kind"):
        VbaModule("Ribbon", "", "form")  # type: ignore[arg-type]


def test_builder_does_not_import_xlwings_or_readers_at_import_time() -> None:
    code = (
        "import sys\n"
        "import opplan_xl.xlsx.xlsm, opplan_xl.xlsx.vba.project\n"
        "early = sorted(m for m in ('olefile', 'defusedxml', 'openpyxl', 'xlwings') if m in sys.modules)\n"
        "from opplan_xl.xlsx.vba.project import build_vba_project\n"
        "build_vba_project(['Sheet1'], [])\n"
        "print(early, 'xlwings' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[] False"


# ------------------------------------------------------------------------------------------------- the .xlsm


def _zip(data: bytes) -> zipfile.ZipFile:
    return zipfile.ZipFile(io.BytesIO(data))


def _relationships(package: zipfile.ZipFile, part: str) -> list[dict[str, str]]:
    from defusedxml.ElementTree import fromstring

    return [dict(r.attrib) for r in fromstring(package.read(part))]


def test_xlsm_content_types_and_vba_relationship(xlsm_bytes: bytes, vba_bin: bytes) -> None:
    from defusedxml.ElementTree import fromstring

    package = _zip(xlsm_bytes)
    types = fromstring(package.read("[Content_Types].xml"))
    overrides = {o.get("PartName"): o.get("ContentType") for o in types if o.tag.endswith("Override")}
    defaults = {d.get("Extension"): d.get("ContentType") for d in types if d.tag.endswith("Default")}
    assert overrides["/xl/workbook.xml"] == "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
    assert overrides["/xl/vbaProject.bin"] == "application/vnd.ms-office.vbaProject"
    assert defaults["xml"] == "application/xml"
    assert package.read("xl/vbaProject.bin") == vba_bin
    workbook_rels = _relationships(package, "xl/_rels/workbook.xml.rels")
    vba_rels = [r for r in workbook_rels if r["Type"] == RT_VBA]
    assert [r["Target"] for r in vba_rels] == ["vbaProject.bin"]
    assert len({r["Id"] for r in workbook_rels}) == len(workbook_rels)


def test_xlsm_has_both_customui_parts(xlsm_bytes: bytes) -> None:
    from defusedxml.ElementTree import fromstring

    package = _zip(xlsm_bytes)
    assert package.read("customUI/customUI14.xml") == CUSTOMUI14
    legacy = package.read("customUI/customUI.xml")
    assert fromstring(legacy).tag == f"{{{UI12_NS}}}customUI"
    assert legacy == CUSTOMUI14.replace(UI14_NS.encode(), UI12_NS.encode())
    root_rels = _relationships(package, "_rels/.rels")
    by_type = {r["Type"]: r["Target"] for r in root_rels}
    assert by_type[RT_UI14] == "customUI/customUI14.xml"
    assert by_type[RT_UI12] == "customUI/customUI.xml"
    assert len({r["Id"] for r in root_rels}) == len(root_rels)


def test_xlsm_without_legacy_customui(xlsx_bytes: bytes, vba_bin: bytes) -> None:
    package = _zip(make_xlsm(xlsx_bytes, vba_bin, CUSTOMUI14, legacy_customui=False))
    assert "customUI/customUI.xml" not in package.namelist()
    assert {r["Type"] for r in _relationships(package, "_rels/.rels")} >= {RT_UI14}
    assert RT_UI12 not in {r["Type"] for r in _relationships(package, "_rels/.rels")}


def test_xlsm_zip_is_reproducible(xlsx_bytes: bytes, vba_bin: bytes, xlsm_bytes: bytes) -> None:
    assert make_xlsm(xlsx_bytes, vba_bin, CUSTOMUI14) == xlsm_bytes
    package = _zip(xlsm_bytes)
    infos = package.infolist()
    assert [i.filename for i in infos[:2]] == ["[Content_Types].xml", "_rels/.rels"]
    assert [i.filename for i in infos[2:]] == sorted(i.filename for i in infos[2:])
    assert {i.date_time for i in infos} == {(1980, 1, 1, 0, 0, 0)}
    assert {i.create_system for i in infos} == {0}
    assert {i.compress_type for i in infos} == {zipfile.ZIP_DEFLATED}
    assert package.testzip() is None
    original = _zip(xlsx_bytes)
    for name in original.namelist():  # untouched parts are carried over byte for byte
        if name not in ("[Content_Types].xml", "_rels/.rels", "xl/_rels/workbook.xml.rels"):
            assert package.read(name) == original.read(name)


def test_xlsm_requires_matching_codenames(vba_bin: bytes) -> None:
    with pytest.raises(XlsmBuildError, match="workbookPr/@codeName"):
        make_xlsm(make_xlsx(workbook_codename=None), vba_bin, CUSTOMUI14)
    with pytest.raises(XlsmBuildError, match="has no codeName"):
        make_xlsm(make_xlsx([("Projects", "Sheet1"), ("สรุป", None), ("Lists", "Sheet3")]), vba_bin, CUSTOMUI14)
    with pytest.raises(XlsmBuildError, match="do not match the VBA document modules"):
        make_xlsm(make_xlsx([("Projects", "Sheet1"), ("สรุป", "Sheet2")]), vba_bin, CUSTOMUI14)
    with pytest.raises(XlsmBuildError, match="do not match"):
        make_xlsm(make_xlsx([("A", "Sheet1"), ("B", "Sheet2"), ("C", "Sheet4")]), vba_bin, CUSTOMUI14)


def test_xlsm_refuses_bad_inputs(xlsx_bytes: bytes, vba_bin: bytes, xlsm_bytes: bytes) -> None:
    with pytest.raises(XlsmBuildError, match="already has"):
        make_xlsm(xlsm_bytes, vba_bin, CUSTOMUI14)
    with pytest.raises(XlsmBuildError, match="customUI14 root"):
        make_xlsm(xlsx_bytes, vba_bin, CUSTOMUI14.replace(UI14_NS.encode(), UI12_NS.encode()))
    with pytest.raises(XlsmBuildError, match="not well-formed"):
        make_xlsm(xlsx_bytes, vba_bin, b"<customUI")
    with pytest.raises(XlsmBuildError, match="images"):
        make_xlsm(xlsx_bytes, vba_bin, CUSTOMUI14.replace(b'imageMso="MacroPlay"', b'image="logo"'))
    backstage = CUSTOMUI14.replace(b"</customUI>", b"<backstage/></customUI>")
    with pytest.raises(XlsmBuildError, match="legacy_customui=False"):
        make_xlsm(xlsx_bytes, vba_bin, backstage)
    assert (
        "customUI/customUI14.xml" in _zip(make_xlsm(xlsx_bytes, vba_bin, backstage, legacy_customui=False)).namelist()
    )
    with pytest.raises(XlsmBuildError, match="compound file"):
        make_xlsm(xlsx_bytes, b"not a cfb", CUSTOMUI14)
    with pytest.raises(XlsmBuildError, match="zip"):
        make_xlsm(b"not a zip", vba_bin, CUSTOMUI14)


def test_xlsm_refuses_entity_expansion(xlsx_bytes: bytes, vba_bin: bytes) -> None:
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><customUI xmlns="'
        + UI14_NS.encode()
        + b'">&a;</customUI>'
    )
    with pytest.raises(XlsmBuildError, match="forbidden XML construct"):
        make_xlsm(xlsx_bytes, vba_bin, bomb)


def test_openpyxl_reads_the_xlsm_and_keep_vba_keeps_the_legacy_ribbon(xlsm_bytes: bytes) -> None:
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(xlsm_bytes), keep_vba=True)
    assert wb.sheetnames == [title for title, _ in SHEETS]
    assert wb.code_name == "ThisWorkbook"
    assert [ws.sheet_properties.codeName for ws in wb.worksheets] == CODENAMES
    out = io.BytesIO()
    wb.save(out)
    kept = {r["Type"] for r in _relationships(_zip(out.getvalue()), "_rels/.rels")}
    assert RT_UI12 in kept  # why the legacy customUI.xml is written by default
    assert _zip(out.getvalue()).read("xl/vbaProject.bin") == _zip(xlsm_bytes).read("xl/vbaProject.bin")


# ------------------------------------------------------------------------------------------------- LibreOffice


@pytest.mark.libreoffice
@needs_calc
def test_libreoffice_converts_the_xlsm(xlsm_path: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from opplan_xl.libreoffice import convert

    converted = convert(xlsm_path, "xlsx", tmp_path)
    wb = load_workbook(converted)
    assert wb.sheetnames == [title for title, _ in SHEETS]
    assert wb["สรุป"]["A1"].value == "สรุป"


@pytest.mark.libreoffice
@needs_calc
@pytest.mark.skipif(not has_uno(), reason=f"{UNO_PYTHON} cannot import uno (apt-get install python3-uno)")
def test_libreoffice_sees_our_vba_modules(xlsm_path: Path, tmp_path: Path) -> None:
    result = libreoffice_basic(xlsm_path, tmp_path, timeout=180)
    assert "VBAProject" in result["libraries"]
    assert sorted(result["modules"]) == sorted(EXPECTED_MODULES)
    assert "Public Sub OpPlanAction(control As IRibbonControl)" in result["modules"]["OpPlanRibbon"]
    assert result["codenames"] == dict(SHEETS)
    assert result["selftest"] == "opplan-vba-ok"


# ------------------------------------------------------------------------------------------------- sizes


def test_sizes_stay_small(vba_bin: bytes, xlsm_bytes: bytes) -> None:
    assert len(vba_bin) < 64 * 1024
    assert len(xlsm_bytes) < 64 * 1024
    assert struct.unpack_from("<H", vba_bin, 0x1E)[0] == 9  # 512-byte sectors (CFB version 3)
