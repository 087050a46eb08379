"""The logo file for the document's cover: a plain image file of a known type and a bounded size.

The name comes from the settings sheet or ``--logo``, so it may be anything: a FIFO, a device, ``/dev/zero`` or a
link to one is refused at once, a file over :data:`MAX_LOGO_BYTES` is refused from its size, and the type is
checked from the first bytes before the file is read whole.
"""

from __future__ import annotations

import os

from .files import read_regular

__all__ = ["MAX_LOGO_BYTES", "read_logo"]

MAX_LOGO_BYTES = 10 * 1024 * 1024  # a setting: a cover logo is a few hundred KB
SIGNATURES: tuple[bytes, ...] = (
    b"\x89PNG\r\n\x1a\n",
    b"\xff\xd8\xff",  # JPEG
    b"GIF87a",
    b"GIF89a",
    b"BM",  # BMP
    b"II*\x00",  # TIFF, little-endian
    b"MM\x00*",  # TIFF, big-endian
)


def _check_type(head: bytes) -> None:
    if not head.startswith(SIGNATURES):
        raise ValueError("not a PNG, JPEG, GIF, BMP or TIFF image")


def read_logo(path: str | os.PathLike, limit: int = MAX_LOGO_BYTES) -> bytes:
    """The bytes of an image file. Raises ``FileNotFoundError``; ``ValueError`` when it is not an image of a
    known type or is too large; another ``OSError`` (:class:`~opplan_xl.files.NotRegularFile` …) otherwise."""
    from .files import TooLarge

    try:
        return read_regular(path, limit, head_check=_check_type)
    except TooLarge as exc:
        raise ValueError(f"logo of {exc.size:,} bytes, over the {limit:,} byte limit") from None
