"""MS-OVBA primitives: the VBA compression format, ``dir`` stream records and PROJECT data decryption.

Written from the public [MS-OVBA] specification (Office VBA File Format Structure):

- §2.4.1 compression. :func:`compress` follows the specification's matching rule exactly (the longest match,
  the nearest candidate on ties), so re-compressing a stream that Office wrote gives Office's bytes again.
- §2.3.4.2 the ``dir`` stream: a flat list of ``Id (u16), Size (u32), Data`` records; PROJECTVERSION is the one
  record whose ``Size`` field does not give the length of what follows.
- §2.4.3 data encryption, used for the CMG/DPB/GC values of the PROJECT stream (protection state, password,
  visibility). Only decryption is needed: the builder copies these values from the template unchanged.

Pure Python, no dependencies.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable, Sequence
from typing import NamedTuple

__all__ = [
    "CHUNK_SIZE",
    "DirRecord",
    "OvbaError",
    "compress",
    "decompress",
    "decrypt_project_data",
    "module_records",
    "parse_dir",
    "project_key",
    "serialize_dir",
    "split_dir",
]

CHUNK_SIZE = 4096
"""Decompressed size of every chunk but the last (§2.4.1.1.3)."""

_CONTAINER_SIGNATURE = 0x01
_CHUNK_SIGNATURE = 0b011
_MAX_CHUNK_BODY = 4096  # CompressedChunkData of a compressed chunk: at most 4096 bytes (size field 0xFFF + 3 - 2)
_RAW_CHUNK_HEADER = 0x3FFF  # flag 0, signature 0b011, size field 0xFFF: 2 + 4096 bytes follow the header's start


class OvbaError(ValueError):
    """Malformed MS-OVBA data (a compressed container or a ``dir`` stream)."""


# --------------------------------------------------------------------------------------------- compression (§2.4.1)


def _copy_token_layout(difference: int) -> tuple[int, int, int]:
    """CopyToken Help (§2.4.1.3.19.1) for ``difference`` bytes already decompressed in the chunk (>= 1).

    Returns ``(bit_count, length_mask, maximum_length)``: the offset occupies the high ``bit_count`` bits.
    """
    bit_count = max((difference - 1).bit_length(), 4)
    length_mask = 0xFFFF >> bit_count
    return bit_count, length_mask, length_mask + 3


def decompress(data: bytes | bytearray | memoryview) -> bytes:
    """Decompress a CompressedContainer (§2.4.1.3.1).

    Raises :class:`OvbaError` on a bad signature byte, a bad chunk header or a copy token that points before
    its chunk. A raw (uncompressed) chunk contributes 4096 bytes, as the specification says; a truncated raw
    chunk at the very end contributes what is there (as oletools does).
    """
    data = bytes(data)
    if not data or data[0] != _CONTAINER_SIGNATURE:
        raise OvbaError(f"compressed container must start with 0x01, got {data[:1].hex() or 'nothing'}")
    out = bytearray()
    pos, end = 1, len(data)
    while pos < end:
        if pos + 2 > end:
            raise OvbaError(f"truncated chunk header at byte {pos}")
        header = data[pos] | data[pos + 1] << 8
        if (header >> 12) & 0b111 != _CHUNK_SIGNATURE:
            raise OvbaError(f"bad chunk signature at byte {pos} (header 0x{header:04x})")
        chunk_end = min(end, pos + (header & 0x0FFF) + 3)
        pos += 2
        chunk_start = len(out)
        if not header & 0x8000:  # raw chunk (§2.4.1.3.3)
            out += data[pos : pos + CHUNK_SIZE]
            pos += CHUNK_SIZE
            continue
        while pos < chunk_end:
            flags = data[pos]
            pos += 1
            for bit in range(8):
                if pos >= chunk_end:
                    break
                if not flags >> bit & 1:
                    out.append(data[pos])
                    pos += 1
                    continue
                if pos + 2 > chunk_end:
                    raise OvbaError(f"truncated copy token at byte {pos}")
                token = data[pos] | data[pos + 1] << 8
                pos += 2
                difference = len(out) - chunk_start
                if not 0 < difference <= CHUNK_SIZE:
                    raise OvbaError(f"copy token at decompressed offset {difference} of a chunk")
                bit_count, length_mask, _ = _copy_token_layout(difference)
                length = (token & length_mask) + 3
                offset = (token >> (16 - bit_count)) + 1
                source = len(out) - offset
                if source < chunk_start:
                    raise OvbaError(f"copy token reaches {offset} bytes back, before the chunk start")
                if offset >= length:
                    out += out[source : source + length]
                else:  # overlapping copy: repeats the last `offset` bytes
                    for k in range(length):
                        out.append(out[source + k])
        if len(out) - chunk_start > CHUNK_SIZE:
            raise OvbaError(f"chunk decompresses to {len(out) - chunk_start} bytes (more than {CHUNK_SIZE})")
    return bytes(out)


def _match_length(buf: bytes, candidate: int, current: int, limit: int) -> int:
    """Length of the common run of ``buf[candidate:]`` and ``buf[current:]``, at most ``limit``."""
    length, step = 0, 16
    while length < limit:
        size = min(step, limit - length)
        if buf[candidate + length : candidate + length + size] == buf[current + length : current + length + size]:
            length += size
            step *= 2
            continue
        while size > 1:  # the mismatch is inside this block: halve it
            half = size // 2
            if buf[candidate + length : candidate + length + half] == buf[current + length : current + length + half]:
                length += half
                size -= half
            else:
                size = half
        return length
    return length


def _compress_chunk(buf: bytes, start: int, end: int) -> bytes:
    """Compress ``buf[start:end]`` (at most 4096 bytes) into one CompressedChunk, header included (§2.4.1.3.7).

    Matching (§2.4.1.3.19.4) considers every earlier position of the chunk and keeps the longest match; on equal
    lengths the nearest wins. Only positions that share the next three bytes can give a usable match (>= 3), so
    candidates come from an index of three-byte prefixes, newest first. Falls back to a raw chunk (§2.4.1.3.10)
    when the compressed form would not fit.
    """
    body = bytearray()
    prefixes: dict[bytes, list[int]] = {}
    indexed = start  # positions below this are in `prefixes`
    current = start
    while current < end:
        flag_at = len(body)
        body.append(0)
        flags = 0
        for bit in range(8):
            if current >= end:
                break
            while indexed < current:
                if indexed + 3 <= end:
                    prefixes.setdefault(buf[indexed : indexed + 3], []).append(indexed)
                indexed += 1
            best_length = best_candidate = 0
            available = end - current
            for candidate in reversed(prefixes.get(buf[current : current + 3], ())):
                if best_length:
                    if best_length >= available:
                        break
                    if buf[candidate + best_length] != buf[current + best_length]:
                        continue
                length = _match_length(buf, candidate, current, available)
                if length > best_length:
                    best_length, best_candidate = length, candidate
            if best_length >= 3:
                bit_count, _, maximum_length = _copy_token_layout(current - start)
                length = min(best_length, maximum_length)
                offset = current - best_candidate
                body += struct.pack("<H", (offset - 1) << (16 - bit_count) | (length - 3))
                flags |= 1 << bit
                current += length
            else:
                body.append(buf[current])
                current += 1
        body[flag_at] = flags
        if len(body) > _MAX_CHUNK_BODY:
            # §2.4.1.3.10: store the chunk raw; a short last chunk is padded with 0x00 to 4096 bytes.
            return struct.pack("<H", _RAW_CHUNK_HEADER) + buf[start:end].ljust(CHUNK_SIZE, b"\x00")
    header = 0x8000 | _CHUNK_SIGNATURE << 12 | (len(body) + 2 - 3)
    return struct.pack("<H", header) + bytes(body)


def compress(data: bytes | bytearray | memoryview) -> bytes:
    """Compress ``data`` into a CompressedContainer (§2.4.1.3.6).

    ``decompress(compress(data)) == data`` except in one case the specification itself creates: an
    incompressible *last* chunk of fewer than 4096 bytes is stored raw and padded with zero bytes. Text never
    gets there (a chunk of at most 3640 bytes always fits compressed), and the VBA builder re-checks every stream.
    """
    buf = bytes(data)
    out = bytearray([_CONTAINER_SIGNATURE])
    for start in range(0, len(buf), CHUNK_SIZE):
        out += _compress_chunk(buf, start, min(start + CHUNK_SIZE, len(buf)))
    return bytes(out)


# ------------------------------------------------------------------------------------------ dir stream (§2.3.4.2)

PROJECTSYSKIND = 0x0001
PROJECTCODEPAGE = 0x0003
PROJECTNAME = 0x0004
PROJECTVERSION = 0x0009
PROJECTMODULES = 0x000F
DIR_TERMINATOR = 0x0010
PROJECTCOOKIE = 0x0013
REFERENCENAME = 0x0016
MODULENAME = 0x0019
MODULESTREAMNAME = 0x001A
MODULEDOCSTRING = 0x001C
MODULEHELPCONTEXT = 0x001E
MODULETYPE_PROCEDURAL = 0x0021
MODULETYPE_OTHER = 0x0022  # document, class or designer module
MODULEREADONLY = 0x0025
MODULEPRIVATE = 0x0028
MODULE_TERMINATOR = 0x002B
MODULECOOKIE = 0x002C
MODULEOFFSET = 0x0031
MODULESTREAMNAME_UNICODE = 0x0032
MODULENAMEUNICODE = 0x0047
MODULEDOCSTRING_UNICODE = 0x0048

_PROJECTVERSION_DATA = 6  # VersionMajor (u32) + VersionMinor (u16) follow a Reserved field that says 4
_COOKIE_ON_WRITE = 0xFFFF  # PROJECTCOOKIE / MODULECOOKIE: "MUST be 0xFFFF on write"


class DirRecord(NamedTuple):
    """One record of the decompressed ``dir`` stream."""

    id: int
    data: bytes


def parse_dir(raw: bytes) -> list[DirRecord]:
    """Split a decompressed ``dir`` stream into records, in order."""
    records: list[DirRecord] = []
    pos = 0
    while pos < len(raw):
        if pos + 6 > len(raw):
            raise OvbaError(f"truncated dir record header at byte {pos}")
        record_id, size = struct.unpack_from("<HI", raw, pos)
        pos += 6
        if record_id == PROJECTVERSION:
            size = _PROJECTVERSION_DATA
        if pos + size > len(raw):
            raise OvbaError(f"dir record 0x{record_id:04x} at byte {pos - 6} runs past the end of the stream")
        records.append(DirRecord(record_id, raw[pos : pos + size]))
        pos += size
    return records


def serialize_dir(records: Iterable[DirRecord]) -> bytes:
    """Inverse of :func:`parse_dir`: ``serialize_dir(parse_dir(raw)) == raw``."""
    out = bytearray()
    for record_id, data in records:
        if record_id == PROJECTVERSION:
            if len(data) != _PROJECTVERSION_DATA:
                raise OvbaError("PROJECTVERSION carries exactly 6 bytes")
            out += struct.pack("<HI", record_id, 4) + data
        else:
            out += struct.pack("<HI", record_id, len(data)) + data
    return bytes(out)


def split_dir(records: Sequence[DirRecord]) -> tuple[list[DirRecord], list[list[DirRecord]]]:
    """Split ``dir`` records into the project head (information and references) and one record list per module.

    The PROJECTMODULES count, PROJECTCOOKIE and the terminator are checked and dropped: :func:`assemble_dir`
    writes them again.
    """
    ids = [r.id for r in records]
    try:
        at = ids.index(PROJECTMODULES)
    except ValueError:
        raise OvbaError("dir stream has no PROJECTMODULES record") from None
    (count,) = struct.unpack("<H", records[at].data)
    if at + 1 >= len(records) or records[at + 1].id != PROJECTCOOKIE:
        raise OvbaError("PROJECTMODULES is not followed by PROJECTCOOKIE")
    modules: list[list[DirRecord]] = []
    current: list[DirRecord] = []
    pos = at + 2
    while len(modules) < count:
        if pos >= len(records):
            raise OvbaError(f"dir stream ends after {len(modules)} of {count} modules")
        record = records[pos]
        current.append(record)
        pos += 1
        if record.id == MODULE_TERMINATOR:
            modules.append(current)
            current = []
    if pos >= len(records) or records[pos].id != DIR_TERMINATOR:
        raise OvbaError("dir stream does not end with its terminator after the modules")
    return list(records[:at]), modules


def assemble_dir(head: Sequence[DirRecord], modules: Sequence[Sequence[DirRecord]]) -> bytes:
    """The decompressed ``dir`` stream for ``head`` records followed by ``modules``."""
    records = list(head)
    records.append(DirRecord(PROJECTMODULES, struct.pack("<H", len(modules))))
    records.append(DirRecord(PROJECTCOOKIE, struct.pack("<H", _COOKIE_ON_WRITE)))
    for module in modules:
        records.extend(module)
    records.append(DirRecord(DIR_TERMINATOR, b""))
    return serialize_dir(records)


def module_records(
    name: str, *, procedural: bool, codepage: str, docstring: str = "", text_offset: int = 0
) -> list[DirRecord]:
    """The MODULE records (§2.3.4.2.3.2) of a module stored in a stream of the same name.

    ``text_offset`` 0 means the stream holds only compressed source (no p-code), which is what we write.
    """
    name_mbcs, name_unicode = name.encode(codepage), name.encode("utf-16-le")
    return [
        DirRecord(MODULENAME, name_mbcs),
        DirRecord(MODULENAMEUNICODE, name_unicode),
        DirRecord(MODULESTREAMNAME, name_mbcs),
        DirRecord(MODULESTREAMNAME_UNICODE, name_unicode),
        DirRecord(MODULEDOCSTRING, docstring.encode(codepage)),
        DirRecord(MODULEDOCSTRING_UNICODE, docstring.encode("utf-16-le")),
        DirRecord(MODULEOFFSET, struct.pack("<I", text_offset)),
        DirRecord(MODULEHELPCONTEXT, struct.pack("<I", 0)),
        DirRecord(MODULECOOKIE, struct.pack("<H", _COOKIE_ON_WRITE)),
        DirRecord(MODULETYPE_PROCEDURAL if procedural else MODULETYPE_OTHER, b""),
        DirRecord(MODULE_TERMINATOR, b""),
    ]


# ----------------------------------------------------------------------------------- data encryption (§2.4.3)


def project_key(project_id: str) -> int:
    """The encryption key of a project (§2.4.3.1): the byte sum of its ID string, e.g. ``"{5CF9...}"``, mod 256."""
    return sum(project_id.encode("ascii")) & 0xFF


def decrypt_project_data(hex_text: str) -> tuple[int, int, bytes]:
    """Decrypt one CMG/DPB/GC value of the PROJECT stream (§2.4.3.3), given as its hex text without quotes.

    Returns ``(version, project_key, data)``. ``version`` is 2 for valid data.
    """
    try:
        blob = bytes.fromhex(hex_text.strip().strip('"'))
    except ValueError:
        raise OvbaError(f"encrypted project data is not hex: {hex_text!r}") from None
    if len(blob) < 3 + 4:
        raise OvbaError("encrypted project data is too short")
    seed, version_enc, key_enc = blob[0], blob[1], blob[2]
    version, key = seed ^ version_enc, seed ^ key_enc
    unencrypted_1, encrypted_1, encrypted_2 = key, key_enc, version_enc
    plain = bytearray()
    for byte_enc in blob[3:]:
        byte = byte_enc ^ ((encrypted_2 + unencrypted_1) & 0xFF)
        plain.append(byte)
        encrypted_2, encrypted_1, unencrypted_1 = encrypted_1, byte_enc, byte
    ignored = (seed & 6) // 2
    rest = bytes(plain[ignored:])
    if len(rest) < 4:
        raise OvbaError("encrypted project data has no length field")
    (length,) = struct.unpack_from("<I", rest)
    if len(rest) - 4 < length:
        raise OvbaError(f"encrypted project data says {length} bytes but holds {len(rest) - 4}")
    return version, key, rest[4 : 4 + length]
