"""A small, deterministic compound-file writer (MS-CFB version 3), enough for a ``vbaProject.bin``.

Written from the public [MS-CFB] specification. What it produces:

- 512-byte sectors; streams shorter than 4096 bytes live in the mini stream (64-byte sectors);
- storages nest to any depth; the children of each storage form a binary search tree in the specification's
  order (§2.6.4: shorter names first, then upper-cased code points) that is also a valid red-black tree;
- every CLSID, state bit and timestamp is zero, and the layout depends only on the names and bytes given,
  so the same input always gives the same file.

Not supported (never needed for a VBA project): DIFAT sectors (files above ~7 MB), version 4 (4096-byte sectors).
"""

from __future__ import annotations

import struct
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Union

__all__ = ["CfbError", "Tree", "build_compound_file", "cfb_name_key"]

Tree = Mapping[str, Union[bytes, "Tree"]]
"""A storage: child name → stream bytes, or → another storage (a mapping)."""

SECTOR_SIZE = 512
MINI_SECTOR_SIZE = 64
MINI_STREAM_CUTOFF = 4096

_MAX_REGULAR = 0xFFFFFFFA  # MAXREGSECT
_FATSECT = 0xFFFFFFFD
_ENDOFCHAIN = 0xFFFFFFFE
_FREESECT = 0xFFFFFFFF
_NOSTREAM = 0xFFFFFFFF
_HEADER_DIFAT_SLOTS = 109
_IDS_PER_SECTOR = SECTOR_SIZE // 4
_DIR_ENTRY_SIZE = 128

_UNALLOCATED, _STORAGE, _STREAM, _ROOT = 0, 1, 2, 5
_RED, _BLACK = 0, 1

_SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")
_FORBIDDEN_IN_NAMES = frozenset("/\\:!")


class CfbError(ValueError):
    """The tree cannot be written as a compound file (bad or duplicate name, file too large)."""


def cfb_name_key(name: str) -> tuple[int, str]:
    """Sort key of a directory entry name among its siblings (§2.6.4).

    Shorter names (in UTF-16 code units) come first; equal lengths compare by code point after simple
    upper-casing (a character whose upper case is not a single character is kept as it is).
    """
    units = len(name.encode("utf-16-le")) // 2
    upper = "".join(c.upper() if len(c.upper()) == 1 else c for c in name)
    return units, upper


@dataclass(eq=False)
class _Entry:
    name: str
    kind: int
    data: bytes = b""
    children: list[_Entry] = field(default_factory=list)
    sid: int = -1
    left: int = _NOSTREAM
    right: int = _NOSTREAM
    child: int = _NOSTREAM
    color: int = _BLACK
    start: int = _ENDOFCHAIN
    size: int = 0


def _check_name(name: str) -> None:
    units = len(name.encode("utf-16-le")) // 2
    if not 1 <= units <= 31:
        raise CfbError(f"compound-file names have 1 to 31 characters: {name!r}")
    if _FORBIDDEN_IN_NAMES & set(name) or any(ord(c) < 0x20 for c in name):
        raise CfbError(f"compound-file names cannot contain / \\ : ! or control characters: {name!r}")


def _make_entry(name: str, kind: int, tree: Tree) -> _Entry:
    entry = _Entry(name, kind)
    seen: dict[tuple[int, str], str] = {}
    for child_name, value in tree.items():
        _check_name(child_name)
        key = cfb_name_key(child_name)
        if key in seen:
            raise CfbError(f"{child_name!r} and {seen[key]!r} are the same name in storage {name!r}")
        seen[key] = child_name
        if isinstance(value, Mapping):
            entry.children.append(_make_entry(child_name, _STORAGE, value))
        elif isinstance(value, bytes | bytearray | memoryview):
            entry.children.append(_Entry(child_name, _STREAM, bytes(value)))
        else:
            raise CfbError(f"{child_name!r}: a stream is bytes and a storage is a mapping, not {type(value).__name__}")
    entry.children.sort(key=lambda e: cfb_name_key(e.name))
    return entry


def _link_siblings(siblings: list[_Entry], depth: int, depths: list[tuple[_Entry, int]]) -> int:
    """Link sorted ``siblings`` into a balanced binary search tree; return the root's id.

    Splitting at the median puts every empty child pointer at depth ``d`` or ``d + 1`` for some ``d``, so colouring
    the nodes of the deepest level red (when it is not the root) and all others black satisfies the red-black rules.
    """
    if not siblings:
        return _NOSTREAM
    middle = len(siblings) // 2
    node = siblings[middle]
    depths.append((node, depth))
    node.left = _link_siblings(siblings[:middle], depth + 1, depths)
    node.right = _link_siblings(siblings[middle + 1 :], depth + 1, depths)
    return node.sid


def _sectors(nbytes: int, size: int = SECTOR_SIZE) -> int:
    return -(-nbytes // size)


def _chain(start: int, count: int) -> list[int]:
    return [start + i + 1 for i in range(count - 1)] + [_ENDOFCHAIN] if count else []


def _pack_ids(ids: list[int]) -> bytes:
    return struct.pack(f"<{len(ids)}I", *ids)


def _directory_entry(entry: _Entry) -> bytes:
    name = entry.name.encode("utf-16-le") + b"\x00\x00"
    return (
        name.ljust(64, b"\x00")
        + struct.pack("<HBBIII", len(name), entry.kind, entry.color, entry.left, entry.right, entry.child)
        + bytes(16)  # CLSID
        + bytes(4)  # state bits
        + bytes(16)  # creation and modification time
        + struct.pack("<IQ", entry.start, entry.size)
    )


_UNUSED_ENTRY = bytes(64) + struct.pack("<HBBIII", 0, _UNALLOCATED, _RED, _NOSTREAM, _NOSTREAM, _NOSTREAM) + bytes(48)


def build_compound_file(tree: Tree) -> bytes:
    """Write ``tree`` (the root storage's children) as a compound file and return its bytes.

    >>> data = build_compound_file({"PROJECT": b"...", "VBA": {"dir": b"..."}})
    >>> data[:8].hex()
    'd0cf11e0a1b11ae1'
    """
    root = _make_entry("Root Entry", _ROOT, tree)

    # Directory ids: breadth first, siblings in tree order. Then one sibling tree per storage.
    entries: list[_Entry] = []
    queue = [root]
    while queue:
        entry = queue.pop(0)
        entry.sid = len(entries)
        entries.append(entry)
        queue.extend(entry.children)
    for entry in entries:
        if entry.children:
            depths: list[tuple[_Entry, int]] = []
            entry.child = _link_siblings(entry.children, 0, depths)
            deepest = max(d for _, d in depths)
            for node, d in depths:
                node.color = _RED if d == deepest and d > 0 else _BLACK

    streams = [e for e in entries if e.kind == _STREAM]
    small = [s for s in streams if len(s.data) < MINI_STREAM_CUTOFF]
    large = [s for s in streams if len(s.data) >= MINI_STREAM_CUTOFF]

    # Mini stream and its allocation table.
    mini_fat: list[int] = []
    mini_stream = bytearray()
    for stream in small:
        stream.size = len(stream.data)
        count = _sectors(stream.size, MINI_SECTOR_SIZE)
        stream.start = len(mini_fat) if count else _ENDOFCHAIN
        mini_fat += _chain(len(mini_fat), count)
        mini_stream += stream.data.ljust(count * MINI_SECTOR_SIZE, b"\x00")

    # Sector layout: FAT, directory, mini FAT, mini stream, then the large streams.
    directory_sectors = _sectors(len(entries) * _DIR_ENTRY_SIZE)
    mini_fat_sectors = _sectors(len(mini_fat) * 4)
    body_sectors = (
        directory_sectors + mini_fat_sectors + _sectors(len(mini_stream)) + sum(_sectors(len(s.data)) for s in large)
    )
    fat_sectors = 1
    while fat_sectors * _IDS_PER_SECTOR < fat_sectors + body_sectors:
        fat_sectors += 1
    if fat_sectors > _HEADER_DIFAT_SLOTS or fat_sectors + body_sectors > _MAX_REGULAR:
        raise CfbError("the compound file would need DIFAT sectors (over ~7 MB); this writer does not support that")

    fat = [_FATSECT] * fat_sectors
    body: list[bytes] = []

    def allocate(data: bytes) -> int:
        count = _sectors(len(data))
        if not count:
            return _ENDOFCHAIN
        start = len(fat)
        fat.extend(_chain(start, count))
        body.append(data.ljust(count * SECTOR_SIZE, b"\x00"))
        return start

    directory_start = len(fat)
    fat.extend(_chain(directory_start, directory_sectors))
    body.append(b"")  # placeholder: the directory is written once every start sector is known
    mini_fat_start = allocate(_pack_ids(mini_fat).ljust(mini_fat_sectors * SECTOR_SIZE, b"\xff"))
    root.start = allocate(bytes(mini_stream))
    root.size = len(mini_stream)
    for stream in large:
        stream.size = len(stream.data)
        stream.start = allocate(stream.data)
    for entry in entries:
        if entry.kind == _STORAGE:
            entry.start, entry.size = 0, 0

    directory = b"".join(_directory_entry(e) for e in entries)
    body[0] = directory + _UNUSED_ENTRY * (directory_sectors * SECTOR_SIZE // _DIR_ENTRY_SIZE - len(entries))

    if len(fat) != fat_sectors + body_sectors:
        raise AssertionError(f"sector accounting is off: {len(fat)} != {fat_sectors + body_sectors}")
    fat += [_FREESECT] * (fat_sectors * _IDS_PER_SECTOR - len(fat))

    header = (
        _SIGNATURE
        + bytes(16)  # header CLSID
        + struct.pack("<HHHHH", 0x003E, 0x0003, 0xFFFE, 9, 6)  # minor, major version 3, byte order, sector shifts
        + bytes(6)
        + struct.pack(
            "<IIIIIIIII",
            0,  # number of directory sectors: always 0 in version 3
            fat_sectors,
            directory_start,
            0,  # transaction signature
            MINI_STREAM_CUTOFF,
            mini_fat_start,
            mini_fat_sectors,
            _ENDOFCHAIN,  # first DIFAT sector: none
            0,  # number of DIFAT sectors
        )
        + _pack_ids(list(range(fat_sectors)) + [_FREESECT] * (_HEADER_DIFAT_SLOTS - fat_sectors))
    )
    if len(header) != SECTOR_SIZE:
        raise AssertionError("header must be one sector")
    return header + _pack_ids(fat) + b"".join(body)
