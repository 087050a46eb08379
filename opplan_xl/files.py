"""Writing files safely: atomic replace, and never losing the previous file.

An existing output is first kept as a numbered backup beside it (``plan.docx`` → ``plan.1.docx``, then
``plan.2.docx`` …), then the new content goes to a temporary file in the same folder and is renamed
over the target, so a crash never leaves a half-written file.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def backup_path(path: Path) -> Path:
    """The first free numbered name beside ``path``: ``name.1.ext``, ``name.2.ext`` …"""
    n = 1
    while True:
        candidate = path.with_name(f"{path.stem}.{n}{path.suffix}")
        if not candidate.exists():
            return candidate
        n += 1


def safe_write(path: str | os.PathLike, data: bytes) -> Path | None:
    """Write ``data`` to ``path`` atomically. Returns the backup of the previous file, if there was one."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, _mode_for(target))
        backup = None
        if target.exists():
            backup = backup_path(target)
            try:
                os.link(target, backup)  # the old bytes stay under the backup name, no copy needed
            except (OSError, AttributeError):  # FAT or network shares: copy instead
                _copy(target, backup)
        os.replace(tmp, target)
        return backup
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _mode_for(target: Path) -> int:
    """The previous file's permissions, or what a plain ``open()`` would give (mkstemp makes files 0600)."""
    if target.exists():
        return target.stat().st_mode & 0o777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _copy(src: Path, dst: Path) -> None:
    import shutil

    shutil.copy2(src, dst)
