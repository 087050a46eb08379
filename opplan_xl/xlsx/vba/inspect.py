"""Read a VBA project back: its modules and their source, the PROJECT stream and the protection values.

Used by the builder (to read the xlwings template and to check its own output) and by tests, so that they can
compare what is inside a built ``.xlsm`` without oletools. Reads with ``olefile`` (imported when first needed)
in strict mode, so a container defect raises instead of being skipped.
"""

from __future__ import annotations

import io
import os
import re
import struct
import zipfile
from dataclasses import dataclass
from typing import Literal

from . import ovba

__all__ = ["ModuleSource", "Protection", "VbaProjectContents", "read_vba_project", "read_xlsm_vba"]

ModuleKind = Literal["module", "class", "document", "designer"]

_PROJECT_MODULE_LINE = re.compile(r"^(Document|Module|Class|BaseClass)=([^/\r\n]+)", re.M)
_KIND_OF_LINE: dict[str, ModuleKind] = {
    "Document": "document",
    "Module": "module",
    "Class": "class",
    "BaseClass": "designer",
}


@dataclass(frozen=True)
class ModuleSource:
    """One module as stored: its ``dir`` records and its decompressed source (Attribute lines included)."""

    name: str
    kind: ModuleKind
    stream: str
    text_offset: int
    docstring: str
    source: str
    records: tuple[ovba.DirRecord, ...]


@dataclass(frozen=True)
class Protection:
    """The decrypted CMG/DPB/GC values of the PROJECT stream (MS-OVBA §2.3.1.15-17)."""

    state: int
    """ProjectProtectionState: 0 = not protected (no user, host or VBE protection bits)."""
    password: bytes
    """ProjectPassword: ``b"\\x00"`` = no password."""
    visibility: int
    """ProjectVisibilityState: 0xFF = visible, 0x00 = hidden."""
    keys_match_id: bool
    """Every value was encrypted (version 2) with the key derived from the project ID."""

    @property
    def unprotected(self) -> bool:
        return self.state == 0 and self.password == b"\x00" and self.visibility == 0xFF and self.keys_match_id


@dataclass(frozen=True)
class VbaProjectContents:
    """What :func:`read_vba_project` found in a ``vbaProject.bin``."""

    codepage: str
    name: str
    head: tuple[ovba.DirRecord, ...]
    """The ``dir`` records before PROJECTMODULES: project information and references."""
    modules: tuple[ModuleSource, ...]
    project_text: str
    """The PROJECT stream, decoded."""
    projectwm: bytes | None
    vba_project_stream: bytes
    """The ``VBA/_VBA_PROJECT`` stream; ``cc61ffff000100`` for a source-only project."""
    streams: tuple[str, ...]
    """Every stream path in the container, e.g. ``"VBA/dir"``."""

    @property
    def sources(self) -> dict[str, str]:
        """Module name → stored source."""
        return {m.name: m.source for m in self.modules}

    def module(self, name: str) -> ModuleSource:
        for m in self.modules:
            if m.name == name:
                return m
        raise KeyError(name)

    @property
    def project_properties(self) -> dict[str, str]:
        """``key=value`` lines of the PROJECT stream's first section (module lines excluded)."""
        properties: dict[str, str] = {}
        for line in self.project_text.split("\r\n"):
            if line.startswith("["):
                break
            key, sep, value = line.partition("=")
            if sep and key not in ("Document", "Module", "Class", "BaseClass", "Package"):
                properties[key] = value
        return properties

    def protection(self) -> Protection:
        properties = self.project_properties
        expected_key = ovba.project_key(properties["ID"].strip('"'))
        values = {}
        keys_ok = True
        for field in ("CMG", "DPB", "GC"):
            version, key, data = ovba.decrypt_project_data(properties[field])
            keys_ok = keys_ok and version == 2 and key == expected_key
            values[field] = data
        if len(values["CMG"]) != 4 or len(values["GC"]) != 1:
            raise ovba.OvbaError("CMG must hold 4 bytes and GC 1 byte")
        return Protection(
            state=struct.unpack("<I", values["CMG"])[0],
            password=values["DPB"],
            visibility=values["GC"][0],
            keys_match_id=keys_ok,
        )


def _module_fields(records: list[ovba.DirRecord], codepage: str) -> tuple[str, str, int, str, bool]:
    name = stream = docstring = ""
    offset = 0
    procedural = False
    for record in records:
        if record.id == ovba.MODULENAME:
            name = record.data.decode(codepage)
        elif record.id == ovba.MODULESTREAMNAME:
            stream = record.data.decode(codepage)
        elif record.id == ovba.MODULEOFFSET:
            (offset,) = struct.unpack("<I", record.data)
        elif record.id == ovba.MODULEDOCSTRING:
            docstring = record.data.decode(codepage)
        elif record.id == ovba.MODULETYPE_PROCEDURAL:
            procedural = True
    if not name or not stream:
        raise ovba.OvbaError("a MODULE record group has no name or stream name")
    return name, stream, offset, docstring, procedural


def read_vba_project(vba_bin: bytes) -> VbaProjectContents:
    """Parse a ``vbaProject.bin``. Raises on any container or format defect that olefile or we detect."""
    import olefile

    with olefile.OleFileIO(io.BytesIO(vba_bin), raise_defects=olefile.DEFECT_INCORRECT) as ole:
        streams = tuple("/".join(p) for p in ole.listdir(streams=True, storages=False))
        records = ovba.parse_dir(ovba.decompress(ole.openstream("VBA/dir").read()))
        head, module_groups = ovba.split_dir(records)
        by_id = {r.id: r.data for r in head}
        codepage = f"cp{struct.unpack('<H', by_id[ovba.PROJECTCODEPAGE])[0]}"
        project_text = ole.openstream("PROJECT").read().decode(codepage)
        kinds = {name: _KIND_OF_LINE.get(kind, "class") for kind, name in _PROJECT_MODULE_LINE.findall(project_text)}
        modules = []
        for group in module_groups:
            name, stream, offset, docstring, procedural = _module_fields(group, codepage)
            raw = ole.openstream(f"VBA/{stream}").read()
            source = ovba.decompress(raw[offset:]).decode(codepage)
            kind = kinds.get(name, "module" if procedural else "class")
            modules.append(ModuleSource(name, kind, stream, offset, docstring, source, tuple(group)))
        projectwm = ole.openstream("PROJECTwm").read() if ole.exists("PROJECTwm") else None
        return VbaProjectContents(
            codepage=codepage,
            name=by_id[ovba.PROJECTNAME].decode(codepage),
            head=tuple(head),
            modules=tuple(modules),
            project_text=project_text,
            projectwm=projectwm,
            vba_project_stream=ole.openstream("VBA/_VBA_PROJECT").read(),
            streams=streams,
        )


def read_xlsm_vba(xlsm: bytes | str | os.PathLike[str]) -> VbaProjectContents:
    """Parse the VBA project inside an ``.xlsm``/``.xlam`` (a path or the file's bytes)."""
    source = io.BytesIO(xlsm) if isinstance(xlsm, bytes | bytearray) else xlsm
    with zipfile.ZipFile(source) as package:
        names = package.namelist()
        part = "xl/vbaProject.bin" if "xl/vbaProject.bin" in names else None
        if part is None:
            candidates = [n for n in names if n.lower().endswith("vbaproject.bin")]
            if len(candidates) != 1:
                raise ValueError("the package has no (or more than one) vbaProject.bin part")
            part = candidates[0]
        return read_vba_project(package.read(part))
