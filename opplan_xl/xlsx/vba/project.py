"""Build a source-only ``vbaProject.bin`` from the installed xlwings' ``quickstart_standalone.xlsm``.

Why a template: the xlwings VBA module is stamped with its version (``XLWINGS_VERSION``, versioned DLL and
AppleScript names), so it must come from the xlwings that the users run. The template also gives a project that
Office already accepts: its information records, its references (MSForms, and the Office library that defines
``IRibbonControl``) and its PROJECT stream keys (ID and the matching encrypted CMG/DPB/GC).

What is rebuilt: the module list, every module stream (compressed source only, MODULEOFFSET 0), the ``dir``
stream, PROJECT's module lines and ``[Workspace]``, PROJECTwm, and ``_VBA_PROJECT`` with version 0xFFFF, which
makes Office ignore any p-code and compile from source (MS-OVBA §2.3.4.1). Modules, in order:

1. the workbook's document module (``ThisWorkbook``), then one document module per sheet codeName;
2. ``xlwings`` and ``Dictionary`` from the template;
3. the caller's standard and class modules.

Our VBA stays ASCII (Thai text lives in Python); anything else is refused with a message that says where.
"""

from __future__ import annotations

import functools
import importlib.metadata
import importlib.util
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from . import ovba
from .cfb import build_compound_file

__all__ = [
    "VbaBuildError",
    "VbaModule",
    "VbaTemplateError",
    "build_vba_project",
    "xlwings_bas_source",
    "xlwings_template_path",
]

ModuleKind = Literal["module", "class", "document"]

VBA_PROJECT_SOURCE_ONLY = bytes.fromhex("cc61ffff000100")
"""``VBA/_VBA_PROJECT``: Reserved1 0x61CC, Version 0xFFFF, Reserved2 0x00, Reserved3 0x0001, no PerformanceCache."""

TEMPLATE_MODULES = ("xlwings", "Dictionary")
"""Modules taken from the template. ``Dictionary`` is what xlwings uses on a Mac instead of Scripting.Dictionary."""

_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]{0,30}")
_RESERVED_NAMES = frozenset({"dir", "vba", "excel", "office", "msforms", "stdole"})
_MAX_LINE = 1023  # the VBA editor's limit for one physical line
_ATTRIBUTE_LINE = re.compile(r"^Attribute\s+(VB_\w+)\s*=\s*(.*?)\s*$")
_XLWINGS_VERSION = re.compile(r'^\s*(?:Public\s+)?Const\s+XLWINGS_VERSION\s+As\s+String\s*=\s*"([^"]*)"', re.I | re.M)

_WORKBOOK_BASE = "0{00020819-0000-0000-C000-000000000046}"
_WORKSHEET_BASE = "0{00020820-0000-0000-C000-000000000046}"
_CLASS_BASE = "0{FCFB3D2A-A0FA-1068-A738-08002B3371B5}"
_MODULE_LINE_KEYS = ("Document", "Module", "Class", "BaseClass", "Package")


class VbaBuildError(ValueError):
    """The modules given cannot make a valid VBA project (bad name, non-ASCII source, duplicate, …)."""


class VbaTemplateError(RuntimeError):
    """The installed xlwings' template is missing or does not match the installed xlwings."""


@dataclass(frozen=True)
class VbaModule:
    """A VBA module to put into the project.

    ``source`` is the module text as exported by the VBA editor (``.bas``/``.cls``) or just the code: leading
    ``Attribute VB_…`` lines and a ``.cls`` ``VERSION … BEGIN … END`` header are optional, and any line ending
    works. ``kind`` is ``"module"`` (standard), ``"class"``, or ``"document"``: code for the workbook's or a
    sheet's document module, which must then be named like it.
    """

    name: str
    source: str
    kind: ModuleKind = "module"

    def __post_init__(self) -> None:
        if self.kind not in ("module", "class", "document"):
            raise VbaBuildError(f"VBA module {self.name!r}: kind must be 'module', 'class' or 'document'")
        _check_name(self.name, f"VBA module name {self.name!r}")
        _check_source(self.name, self.source)


def _check_name(name: str, what: str) -> None:
    if not isinstance(name, str) or not _NAME.fullmatch(name):
        raise VbaBuildError(f"{what} is not a valid VBA name: a letter, then up to 30 letters, digits or '_'")
    if name.lower() in _RESERVED_NAMES:
        raise VbaBuildError(f"{what} is reserved (it clashes with a stream or a referenced library)")


def _check_source(name: str, source: str) -> None:
    """VBA source must be ASCII text without control characters other than tab, and lines of at most 1023."""
    for number, line in enumerate(_lines(source), 1):
        for column, char in enumerate(line, 1):
            if not (" " <= char <= "~" or char == "\t"):
                raise VbaBuildError(
                    f"VBA module {name!r}, line {number}, column {column}: character {char!r} (U+{ord(char):04X}) "
                    "is not allowed. VBA source must be ASCII (cp1252-safe); keep Thai text in Python."
                )
        if len(line) > _MAX_LINE:
            raise VbaBuildError(f"VBA module {name!r}, line {number}: {len(line)} characters (VBA allows {_MAX_LINE})")


def _lines(text: str) -> list[str]:
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


# ------------------------------------------------------------------------------------------------------ template


def _xlwings_dir() -> Path:
    """The installed xlwings package folder, found without importing xlwings (only ``opplan_xl.excel`` does)."""
    spec = importlib.util.find_spec("xlwings")
    if spec is None or not spec.submodule_search_locations:
        raise VbaTemplateError("xlwings is not installed; the VBA project is built from its template")
    return Path(next(iter(spec.submodule_search_locations)))


def xlwings_template_path() -> Path:
    """``quickstart_standalone.xlsm`` of the installed xlwings."""
    return _xlwings_dir() / "quickstart_standalone.xlsm"


def xlwings_bas_source() -> str:
    """The text of the installed ``xlwings/xlwings.bas`` (line endings as in the file)."""
    with open(_xlwings_dir() / "xlwings.bas", encoding="cp1252", newline="") as f:
        return f.read()


def installed_xlwings_version() -> str:
    """The installed xlwings distribution's version (what ``xlwings.__version__`` says, without the import)."""
    return importlib.metadata.version("xlwings")


@dataclass(frozen=True)
class _TemplateModule:
    name: str
    kind: ModuleKind
    source: str  # CRLF
    docstring: str


@dataclass(frozen=True)
class _Template:
    codepage: str
    project_name: str
    head: tuple[ovba.DirRecord, ...]
    reference_names: frozenset[str]
    properties: tuple[tuple[str, str], ...]  # PROJECT first section without module lines, in order
    other_sections: tuple[str, ...]  # e.g. "[Host Extender Info]\r\n&H00000001=...", without [Workspace]
    modules: dict[str, _TemplateModule]
    xlwings_version: str


@functools.lru_cache(maxsize=4)
def _read_template(path: Path) -> _Template:
    from .inspect import read_vba_project

    try:
        with zipfile.ZipFile(path) as package:
            contents = read_vba_project(package.read("xl/vbaProject.bin"))
    except (OSError, KeyError, zipfile.BadZipFile) as exc:
        raise VbaTemplateError(f"cannot read the xlwings VBA template {path}: {exc}") from exc

    sections = contents.project_text.replace("\r\n", "\n").split("\n[")
    properties = []
    for line in sections[0].split("\n"):
        key, sep, value = line.partition("=")
        if sep and key not in _MODULE_LINE_KEYS:
            properties.append((key, value))
    if not properties or properties[0][0] != "ID":
        raise VbaTemplateError(f"the template's PROJECT stream does not start with ID=: {path}")
    other_sections = tuple(
        "\r\n".join(line for line in ("[" + section).split("\n") if line)
        for section in sections[1:]
        if not section.startswith("Workspace]")
    )

    modules = {}
    for name in TEMPLATE_MODULES:
        try:
            found = contents.module(name)
        except KeyError:
            raise VbaTemplateError(f"the xlwings template has no {name!r} module: {path}") from None
        if found.kind not in ("module", "class"):
            raise VbaTemplateError(f"the template's {name!r} module is a {found.kind} module")
        source = "\r\n".join(_lines(found.source))
        modules[name] = _TemplateModule(name, found.kind, source, found.docstring)

    match = _XLWINGS_VERSION.search(modules["xlwings"].source)
    if match is None:
        raise VbaTemplateError(f"the template's xlwings module declares no XLWINGS_VERSION: {path}")
    return _Template(
        codepage=contents.codepage,
        project_name=contents.name,
        head=contents.head,
        reference_names=frozenset(
            r.data.decode(contents.codepage).lower() for r in contents.head if r.id == ovba.REFERENCENAME
        ),
        properties=tuple(properties),
        other_sections=other_sections,
        modules=modules,
        xlwings_version=match.group(1),
    )


def _template(path: Path | None) -> _Template:
    if path is not None:
        return _read_template(Path(path).resolve())
    template = _read_template(xlwings_template_path().resolve())
    installed = installed_xlwings_version()
    if template.xlwings_version != installed:
        raise VbaTemplateError(
            f"the xlwings VBA template says XLWINGS_VERSION {template.xlwings_version!r} but xlwings {installed} "
            "is installed; reinstall xlwings (the VBA module and the Python package must be the same version)"
        )
    return template


# ------------------------------------------------------------------------------------------------- module sources


def _split_header(source: str) -> tuple[dict[str, str], list[str]]:
    """Leading ``Attribute VB_…`` lines (name → value) and the remaining lines of an exported module."""
    lines = _lines(source)
    if lines and re.match(r"^VERSION\s+\d+(\.\d+)?\s+CLASS\s*$", lines[0], re.I):
        try:
            end = next(i for i, line in enumerate(lines) if line.strip().upper() == "END")
        except StopIteration:
            raise VbaBuildError("a .cls header (VERSION ... CLASS / BEGIN) has no END line") from None
        lines = lines[end + 1 :]
    attributes: dict[str, str] = {}
    while lines and (match := _ATTRIBUTE_LINE.match(lines[0])):
        attributes[match.group(1)] = match.group(2)
        lines = lines[1:]
    while lines and not lines[-1].strip():
        lines.pop()
    return attributes, lines


def _stored_source(name: str, kind: ModuleKind, source: str, base: str = _CLASS_BASE) -> str:
    """The module text as the VBA editor stores it: its Attribute lines, then the code; CRLF line endings."""
    attributes, body = _split_header(source)
    given_name = attributes.pop("VB_Name", None)
    if given_name is not None and given_name.strip('"') != name:
        raise VbaBuildError(f"VBA module {name!r} says Attribute VB_Name = {given_name}")
    if kind == "module":
        header = [f'Attribute VB_Name = "{name}"']
    else:
        defaults = {
            "VB_Base": f'"{base}"',
            "VB_GlobalNameSpace": "False",
            "VB_Creatable": "False",
            "VB_PredeclaredId": "True" if kind == "document" else "False",
            "VB_Exposed": "True" if kind == "document" else "False",
            "VB_TemplateDerived": "False",
            "VB_Customizable": "True" if kind == "document" else "False",
        }
        if kind == "class":
            defaults.update({k: v for k, v in attributes.items() if k in defaults})
        extra = [f"Attribute {k} = {v}" for k, v in attributes.items() if kind == "class" and k not in defaults]
        header = [f'Attribute VB_Name = "{name}"'] + [f"Attribute {k} = {v}" for k, v in defaults.items()] + extra
    return "".join(line + "\r\n" for line in header + body)


@dataclass(frozen=True)
class _Planned:
    name: str
    kind: ModuleKind
    source: str
    docstring: str = ""


def _plan_modules(
    template: _Template, workbook_codename: str, sheet_codenames: list[str], modules: list[VbaModule]
) -> list[_Planned]:
    _check_name(workbook_codename, f"workbook codeName {workbook_codename!r}")
    for codename in sheet_codenames:
        _check_name(codename, f"sheet codeName {codename!r}")
    for module in modules:
        if not isinstance(module, VbaModule):
            raise VbaBuildError(f"expected VbaModule, got {type(module).__name__}")

    document_code = {m.name: m.source for m in modules if m.kind == "document"}
    documents = [workbook_codename, *sheet_codenames]
    unknown = sorted(set(document_code) - set(documents))
    if unknown:
        raise VbaBuildError(
            f"document module(s) {', '.join(unknown)} match neither the workbook codeName nor a sheet codeName"
        )
    if len([m for m in modules if m.kind == "document"]) != len(document_code):
        raise VbaBuildError("code for the same document module is given twice")

    planned = [
        _Planned(name, "document", _stored_source(name, "document", document_code.get(name, ""), base))
        for name, base in [(workbook_codename, _WORKBOOK_BASE), *((c, _WORKSHEET_BASE) for c in sheet_codenames)]
    ]
    for name in TEMPLATE_MODULES:
        found = template.modules[name]
        planned.append(_Planned(name, found.kind, found.source, found.docstring))
    for module in modules:
        if module.kind != "document":
            planned.append(_Planned(module.name, module.kind, _stored_source(module.name, module.kind, module.source)))

    seen: dict[str, str] = {}
    for item in planned:
        key = item.name.lower()
        if key in seen:
            raise VbaBuildError(f"two modules are named {seen[key]!r} and {item.name!r} (VBA ignores case)")
        if key == template.project_name.lower() or key in template.reference_names:
            raise VbaBuildError(f"module name {item.name!r} clashes with the project or a referenced library")
        seen[key] = item.name
    return planned


# ------------------------------------------------------------------------------------------------------ streams


def _project_stream(template: _Template, planned: list[_Planned]) -> bytes:
    """The PROJECT stream (MS-OVBA §2.3.1): template properties with our module lines, then ``[Workspace]``."""
    module_lines = []
    for item in planned:
        if item.kind == "document":
            module_lines.append(f"Document={item.name}/&H00000000")
        elif item.kind == "class":
            module_lines.append(f"Class={item.name}")
        else:
            module_lines.append(f"Module={item.name}")
    (id_key, id_value), *rest = template.properties
    lines = [f"{id_key}={id_value}", *module_lines, *(f"{k}={v}" for k, v in rest)]
    for section in template.other_sections:
        lines += ["", section]
    lines += ["", "[Workspace]", *(f"{item.name}=0, 0, 0, 0, C" for item in planned)]
    return ("\r\n".join(lines) + "\r\n").encode(template.codepage)


def _projectwm_stream(codepage: str, names: list[str]) -> bytes:
    """PROJECTwm (MS-OVBA §2.3.3): each name in the code page and in UTF-16, NUL-terminated; then 0x0000."""
    return b"".join(n.encode(codepage) + b"\x00" + n.encode("utf-16-le") + b"\x00\x00" for n in names) + b"\x00\x00"


@functools.lru_cache(maxsize=64)
def _compressed(data: bytes) -> bytes:
    """Compress module source and prove the round trip (the template modules are compressed once per process)."""
    packed = ovba.compress(data)
    if ovba.decompress(packed) != data:
        raise AssertionError("MS-OVBA compression did not round-trip")
    return packed


def build_vba_project(
    sheet_codenames: list[str],
    modules: list[VbaModule],
    workbook_codename: str = "ThisWorkbook",
    *,
    template: str | Path | None = None,
) -> bytes:
    """Return the bytes of a source-only ``vbaProject.bin``.

    ``sheet_codenames`` are the worksheets' codeNames in sheet order and ``workbook_codename`` the workbook's
    (``workbookPr/@codeName``); each gets its document module, which the workbook must name exactly so (Excel
    otherwise makes ``ThisWorkbook1``/``Sheet11`` and orphans ours). The ``xlwings`` and ``Dictionary`` modules of
    the installed xlwings are always included, then ``modules`` in order.

    ``template`` is for tests: another ``.xlsm`` to take the project from, whose xlwings version is then not
    compared with the installed one.

    Raises :class:`VbaBuildError` for bad names or source, :class:`VbaTemplateError` for a template problem.
    """
    if isinstance(sheet_codenames, str):
        raise VbaBuildError("sheet_codenames is a list of codeNames, not one string")
    tpl = _template(Path(template) if template is not None else None)
    planned = _plan_modules(tpl, workbook_codename, list(sheet_codenames), list(modules))
    codepage = tpl.codepage

    module_streams: dict[str, bytes] = {}
    module_groups = []
    for item in planned:
        module_streams[item.name] = _compressed(item.source.encode(codepage))
        procedural = item.kind == "module"
        module_groups.append(
            ovba.module_records(item.name, procedural=procedural, codepage=codepage, docstring=item.docstring)
        )
    vba_storage = {
        "_VBA_PROJECT": VBA_PROJECT_SOURCE_ONLY,
        "dir": _compressed(ovba.assemble_dir(tpl.head, module_groups)),
        **module_streams,
    }
    names = [item.name for item in planned]
    data = build_compound_file(
        {
            "PROJECT": _project_stream(tpl, planned),
            "PROJECTwm": _projectwm_stream(codepage, names),
            "VBA": vba_storage,
        }
    )
    _self_check(data, planned)
    return data


def _self_check(data: bytes, planned: list[_Planned]) -> None:
    """Read the result back (olefile, strict) and compare every module with what was meant to be written."""
    from .inspect import read_vba_project

    contents = read_vba_project(data)
    found = [(m.name, m.kind, m.source) for m in contents.modules]
    expected = [(p.name, p.kind, p.source) for p in planned]
    if found != expected or contents.vba_project_stream != VBA_PROJECT_SOURCE_ONLY:
        raise AssertionError("the built vbaProject.bin does not read back as written")
