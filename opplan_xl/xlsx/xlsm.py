"""Turn an openpyxl-written ``.xlsx`` into a macro-enabled ``.xlsm``: a pure zip and XML post-process.

openpyxl never sees the result (a load and save would drop the ribbon). :func:`make_xlsm` adds:

- the macro-enabled workbook content type and ``xl/vbaProject.bin`` with its content type and relationship;
- ``customUI/customUI14.xml`` with the root relationship ``…/2007/relationships/ui/extensibility`` (Office 2010+);
- optionally (the default) the same ribbon as ``customUI/customUI.xml`` in the 2006 namespace with the
  ``…/2006/relationships/ui/extensibility`` relationship: Office 2007 reads it, and it is the one relationship an
  openpyxl ``keep_vba=True`` round trip keeps.

It checks what Excel would otherwise silently get wrong: the workbook and every sheet carry a codeName, and these
are exactly the document modules of the VBA project. The zip is written in a fixed order with fixed timestamps, so
the same input bytes always give the same output bytes. XML is parsed with defusedxml.
"""

from __future__ import annotations

import io
import posixpath
import xml.etree.ElementTree as ET
import zipfile
from xml.sax.saxutils import quoteattr

__all__ = ["XlsmBuildError", "make_xlsm"]

CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
DOC_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
UI14_NS = "http://schemas.microsoft.com/office/2009/07/customui"
UI12_NS = "http://schemas.microsoft.com/office/2006/01/customui"

CT_XLSX_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
CT_XLSM_MAIN = "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
CT_VBA = "application/vnd.ms-office.vbaProject"

RT_OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
RT_VBA = "http://schemas.microsoft.com/office/2006/relationships/vbaProject"
RT_UI14 = "http://schemas.microsoft.com/office/2007/relationships/ui/extensibility"
RT_UI12 = "http://schemas.microsoft.com/office/2006/relationships/ui/extensibility"
_SHEET_RELS = {
    f"{DOC_REL_NS}/worksheet",
    f"{DOC_REL_NS}/chartsheet",
    f"{DOC_REL_NS}/dialogsheet",
    "http://schemas.microsoft.com/office/2006/relationships/xlMacrosheet",
}

CUSTOMUI14_PART = "customUI/customUI14.xml"
CUSTOMUI12_PART = "customUI/customUI.xml"
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
_XML_DECLARATION = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
_UI14_ONLY_CHILDREN = {"backstage", "contextMenus"}  # not in the 2006 customUI schema


class XlsmBuildError(ValueError):
    """The inputs cannot make a consistent macro-enabled workbook."""


def _parse(data: bytes, part: str) -> ET.Element:
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        return fromstring(data)
    except ET.ParseError as exc:
        raise XlsmBuildError(f"{part} is not well-formed XML: {exc}") from exc
    except DefusedXmlException as exc:
        raise XlsmBuildError(f"{part} uses a forbidden XML construct (DTD or entities): {exc}") from exc


def _serialize(root: ET.Element, namespace: str) -> bytes:
    """Write a flat package part (``<Types>`` or ``<Relationships>``: empty children with plain attributes).

    ElementTree cannot write a default namespace with unqualified attributes without global registration, and
    these parts need nothing more, so they are written here.
    """

    def local(element: ET.Element) -> str:
        prefix, _, name = element.tag.partition("}")
        if prefix != "{" + namespace or len(element) or (element.text or "").strip():
            raise XlsmBuildError(f"unexpected content in a package part: {element.tag}")
        if any(key.startswith("{") for key in element.attrib):
            raise XlsmBuildError(f"unexpected namespaced attribute on {element.tag}")
        return name

    def attributes(element: ET.Element) -> str:
        return "".join(f" {key}={quoteattr(value)}" for key, value in element.attrib.items())

    name = root.tag.partition("}")[2]
    if root.tag != f"{{{namespace}}}{name}" or root.attrib:
        raise XlsmBuildError(f"unexpected package part root {root.tag}")
    children = "".join(f"<{local(child)}{attributes(child)}/>" for child in root)
    return _XML_DECLARATION + f'<{name} xmlns="{namespace}">{children}</{name}>'.encode()


def _rels_part(part: str) -> str:
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", name + ".rels")


def _resolve(source_part: str, target: str) -> str:
    """Zip member name of a relationship target (relative to the source part's folder, or absolute)."""
    if target.startswith("/"):
        return target.lstrip("/")
    return posixpath.normpath(posixpath.join(posixpath.dirname(source_part), target))


def _relationships(root: ET.Element) -> list[ET.Element]:
    return root.findall(f"{{{REL_NS}}}Relationship")


def _add_relationship(root: ET.Element, rel_type: str, target: str) -> None:
    ids = {r.get("Id") for r in _relationships(root)}
    number = 1
    while f"rId{number}" in ids:
        number += 1
    ET.SubElement(root, f"{{{REL_NS}}}Relationship", {"Id": f"rId{number}", "Type": rel_type, "Target": target})


def _document_modules(vba_bin: bytes) -> list[str]:
    from .vba.inspect import read_vba_project

    try:
        contents = read_vba_project(vba_bin)
    except Exception as exc:  # olefile and the MS-OVBA reader raise several types
        raise XlsmBuildError(f"vba_bin is not a readable vbaProject.bin: {exc}") from exc
    return [m.name for m in contents.modules if m.kind == "document"]


def _check_codenames(parts: dict[str, bytes], workbook_part: str, vba_bin: bytes) -> None:
    workbook = _parse(parts[workbook_part], workbook_part)
    properties = workbook.find(f"{{{MAIN_NS}}}workbookPr")
    workbook_codename = properties.get("codeName") if properties is not None else None
    if not workbook_codename:
        raise XlsmBuildError("the workbook has no workbookPr/@codeName: set wb.code_name before saving with openpyxl")

    rels = {r.get("Id"): r for r in _relationships(_parse(parts[_rels_part(workbook_part)], "workbook rels"))}
    sheet_codenames: list[str] = []
    for sheet in workbook.iter(f"{{{MAIN_NS}}}sheet"):
        rel = rels.get(sheet.get(f"{{{DOC_REL_NS}}}id"))
        if rel is None or rel.get("Type") not in _SHEET_RELS:
            raise XlsmBuildError(f"sheet {sheet.get('name')!r} has no sheet relationship")
        sheet_part = _resolve(workbook_part, rel.get("Target", ""))
        if sheet_part not in parts:
            raise XlsmBuildError(f"sheet {sheet.get('name')!r} points at a missing part {sheet_part}")
        pr = _parse(parts[sheet_part], sheet_part).find(f"{{{MAIN_NS}}}sheetPr")
        codename = pr.get("codeName") if pr is not None else None
        if not codename:
            raise XlsmBuildError(
                f"sheet {sheet.get('name')!r} has no codeName: set ws.sheet_properties.codeName "
                "(Excel would invent one that can clash with the VBA document modules)"
            )
        sheet_codenames.append(codename)

    expected = [workbook_codename, *sheet_codenames]
    found = _document_modules(vba_bin)
    if sorted(expected) != sorted(found) or len(set(expected)) != len(expected):
        raise XlsmBuildError(
            f"workbook/sheet codeNames {expected} do not match the VBA document modules {found}; "
            "Excel would duplicate them (ThisWorkbook1, Sheet11) and orphan the project's modules"
        )


def _legacy_customui(customui14_xml: bytes) -> bytes:
    """The same ribbon in the 2006 namespace (``customUI.xml``), for Office 2007 and openpyxl round trips."""
    root = _parse(customui14_xml, CUSTOMUI14_PART)
    extra = sorted({child.tag.rsplit("}", 1)[-1] for child in root} & _UI14_ONLY_CHILDREN)
    if extra:
        raise XlsmBuildError(
            f"customUI14 uses {', '.join(extra)}, which the 2006 schema lacks; pass legacy_customui=False"
        )
    legacy = customui14_xml.replace(UI14_NS.encode("ascii"), UI12_NS.encode("ascii"))
    if _parse(legacy, CUSTOMUI12_PART).tag != f"{{{UI12_NS}}}customUI":
        raise AssertionError("the legacy customUI lost its namespace")
    return legacy


def _check_customui14(customui14_xml: bytes) -> None:
    root = _parse(customui14_xml, CUSTOMUI14_PART)
    if root.tag != f"{{{UI14_NS}}}customUI":
        raise XlsmBuildError(f'customUI14 root must be <customUI xmlns="{UI14_NS}">, got {root.tag}')
    if any(el.get("image") for el in root.iter()):
        raise XlsmBuildError("custom ribbon images are not supported (they need image parts); use imageMso")


def make_xlsm(xlsx_bytes: bytes, vba_bin: bytes, customui14_xml: bytes, *, legacy_customui: bool = True) -> bytes:
    """Return ``.xlsm`` bytes: the openpyxl workbook ``xlsx_bytes`` with the VBA project and the ribbon added.

    ``vba_bin`` is a ``vbaProject.bin`` (see :func:`opplan_xl.xlsx.vba.project.build_vba_project`) whose document
    modules must be exactly the workbook's and sheets' codeNames. ``customui14_xml`` is a ribbon in the 2009/07
    customUI namespace. Raises :class:`XlsmBuildError` when the pieces do not fit, or when ``xlsx_bytes`` already
    has a VBA project or a ribbon (the parts are never added twice).
    """
    try:
        with zipfile.ZipFile(io.BytesIO(xlsx_bytes)) as source:
            names = source.namelist()
            if len(set(names)) != len(names):
                raise XlsmBuildError("the workbook zip has duplicate part names")
            parts = {name: source.read(name) for name in names}
    except zipfile.BadZipFile as exc:
        raise XlsmBuildError(f"xlsx_bytes is not a zip package: {exc}") from exc
    for required in ("[Content_Types].xml", "_rels/.rels"):
        if required not in parts:
            raise XlsmBuildError(f"the workbook package has no {required}")

    root_rels = _parse(parts["_rels/.rels"], "_rels/.rels")
    documents = [r for r in _relationships(root_rels) if r.get("Type") == RT_OFFICE_DOCUMENT]
    if len(documents) != 1:
        raise XlsmBuildError("the package must have exactly one officeDocument relationship")
    workbook_part = _resolve("", documents[0].get("Target", ""))
    workbook_rels_part = _rels_part(workbook_part)
    vba_part = posixpath.join(posixpath.dirname(workbook_part), "vbaProject.bin")
    if workbook_part not in parts or workbook_rels_part not in parts:
        raise XlsmBuildError(f"the package has no {workbook_part} or no {workbook_rels_part}")
    if any(r.get("Type") in (RT_UI12, RT_UI14) for r in _relationships(root_rels)):
        raise XlsmBuildError("the workbook already has a ribbon (customUI relationship)")
    workbook_rels = _parse(parts[workbook_rels_part], workbook_rels_part)
    if any(r.get("Type") == RT_VBA for r in _relationships(workbook_rels)) or vba_part in parts:
        raise XlsmBuildError("the workbook already has a VBA project")
    for part in (CUSTOMUI14_PART, CUSTOMUI12_PART):
        if part in parts:
            raise XlsmBuildError(f"the workbook already has {part}")
    if not vba_bin.startswith(bytes.fromhex("D0CF11E0A1B11AE1")):
        raise XlsmBuildError("vba_bin is not a compound file (vbaProject.bin)")

    _check_codenames(parts, workbook_part, vba_bin)
    _check_customui14(customui14_xml)
    legacy = _legacy_customui(customui14_xml) if legacy_customui else None

    # [Content_Types].xml: macro-enabled workbook, the VBA part, xml parts by default.
    types = _parse(parts["[Content_Types].xml"], "[Content_Types].xml")
    workbook_override = [o for o in types.findall(f"{{{CT_NS}}}Override") if o.get("PartName") == "/" + workbook_part]
    if len(workbook_override) != 1 or workbook_override[0].get("ContentType") not in (CT_XLSX_MAIN, CT_XLSM_MAIN):
        raise XlsmBuildError(f"/{workbook_part} must have the workbook content type (not a template or add-in)")
    workbook_override[0].set("ContentType", CT_XLSM_MAIN)
    ET.SubElement(types, f"{{{CT_NS}}}Override", {"PartName": "/" + vba_part, "ContentType": CT_VBA})
    defaults = {(d.get("Extension") or "").lower() for d in types.findall(f"{{{CT_NS}}}Default")}
    if "xml" not in defaults:
        types.insert(0, ET.Element(f"{{{CT_NS}}}Default", {"Extension": "xml", "ContentType": "application/xml"}))

    _add_relationship(workbook_rels, RT_VBA, posixpath.relpath(vba_part, posixpath.dirname(workbook_part) or "."))
    _add_relationship(root_rels, RT_UI14, CUSTOMUI14_PART)
    if legacy is not None:
        _add_relationship(root_rels, RT_UI12, CUSTOMUI12_PART)

    parts["[Content_Types].xml"] = _serialize(types, CT_NS)
    parts["_rels/.rels"] = _serialize(root_rels, REL_NS)
    parts[workbook_rels_part] = _serialize(workbook_rels, REL_NS)
    parts[vba_part] = bytes(vba_bin)
    parts[CUSTOMUI14_PART] = bytes(customui14_xml)
    if legacy is not None:
        parts[CUSTOMUI12_PART] = legacy
    return _write_zip(parts)


def _write_zip(parts: dict[str, bytes]) -> bytes:
    """Deflated zip with ``[Content_Types].xml`` and ``_rels/.rels`` first, then the parts in name order."""
    first = ["[Content_Types].xml", "_rels/.rels"]
    order = first + sorted(name for name in parts if name not in first)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as package:
        for name in order:
            info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0  # MS-DOS, as Excel writes; also keeps the bytes the same on every OS
            info.external_attr = 0
            package.writestr(info, parts[name], compresslevel=6)
    return out.getvalue()
