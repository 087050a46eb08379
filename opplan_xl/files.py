"""Writing files safely: atomic replace, and never losing the previous file; reading only plain files.

An existing output is first kept as a numbered backup beside it (``plan.docx`` → ``plan.1.docx``, then
``plan.2.docx`` …), then the new content goes to a temporary file in the same folder and is renamed
over the target, so a crash never leaves a half-written file.

Several programs may save the same file at once (two officers on a shared folder, the ribbon and the command
line): keeping the previous version and putting the new one in place happen under a lock beside the target, and
the backup name is taken exclusively (a hard link, or a copy into a file created with ``O_EXCL``), so every
version ends up exactly once either as the file or as one backup.

:func:`read_regular` is how an input from outside is read: refused at once when it is not a plain file (a FIFO
would hang, ``/dev/zero`` never ends), and never more than a limit.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

HEAD_BYTES = 64
LOCK_STALE_SECONDS = 30.0  # a lock folder older than this was left by a killed program (no fcntl only)


class NotRegularFile(OSError):
    """The input is a folder, a device, a FIFO or a socket (or a link to one): never opened for reading."""


class TooLarge(OSError):
    """The input is larger than the limit it was read with."""

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(f"{size} bytes, over {limit}")
        self.size = size
        self.limit = limit


def read_regular(path: str | os.PathLike, limit: int, head_check: Callable[[bytes], None] | None = None) -> bytes:
    """The bytes of a plain file, at most ``limit`` of them.

    ``head_check`` is given the first bytes (up to 64) before the rest is read, and raises to stop the read (a
    file that is not of the type it claims is never read whole).

    The file is opened without blocking (a FIFO opens at once and is then refused) and checked with ``fstat`` on
    the open descriptor, so a name swapped for a device between a check and the read cannot slip through.
    Raises :class:`NotRegularFile`, :class:`TooLarge`, or the ``OSError`` of the open.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(os.fspath(path), flags)
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise IsADirectoryError(21, "is a folder", os.fspath(path))
        if not stat.S_ISREG(st.st_mode):
            raise NotRegularFile(f"not a regular file: {os.fspath(path)}")
        if st.st_size > limit:
            raise TooLarge(st.st_size, limit)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        chunks, total = [], 0
        if head_check is not None:
            head = os.read(fd, min(HEAD_BYTES, limit + 1))
            head_check(head)
            chunks, total = [head], len(head)
        while total <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:  # grew since fstat
            raise TooLarge(total, limit)
        return b"".join(chunks)
    finally:
        os.close(fd)


def check_regular(path: str | os.PathLike) -> os.stat_result:
    """``stat`` of a plain file (following links); :class:`NotRegularFile` for anything else."""
    st = os.stat(path)
    if not stat.S_ISREG(st.st_mode):
        raise NotRegularFile(f"not a regular file: {os.fspath(path)}")
    return st


def backup_path(path: Path) -> Path:
    """The first free numbered name beside ``path``: ``name.1.ext``, ``name.2.ext`` … (as of now; the name
    :func:`safe_write` takes is chosen under its lock)."""
    n = _last_backup_number(path) + 1
    while True:
        candidate = _numbered(path, n)
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
        with _locked(target):
            os.chmod(tmp, _mode_for(target))
            backup = _keep_previous(target) if target.exists() else None
            os.replace(tmp, target)
        return backup
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _numbered(path: Path, n: int) -> Path:
    return path.with_name(f"{path.stem}.{n}{path.suffix}")


def _last_backup_number(path: Path) -> int:
    """The highest n of the ``name.n.ext`` files beside ``path`` (0 when none)."""
    pattern = re.compile(rf"^{re.escape(path.stem)}\.([0-9]{{1,9}}){re.escape(path.suffix)}$")
    last = 0
    try:
        with os.scandir(path.parent) as entries:
            for entry in entries:
                m = pattern.match(entry.name)
                if m:
                    last = max(last, int(m.group(1)))
    except OSError:
        return 0
    return last


def _keep_previous(target: Path) -> Path:
    """Keep the file now at ``target`` under the next free numbered name, taken exclusively."""
    n = _last_backup_number(target) + 1
    while True:
        candidate = _numbered(target, n)
        try:
            os.link(target, candidate)  # the old bytes stay under the backup name, no copy needed
            return candidate
        except FileExistsError:
            n += 1
            continue
        except (OSError, AttributeError, NotImplementedError):  # FAT or network shares: no hard links
            pass
        try:
            _copy_exclusive(target, candidate)
            return candidate
        except FileExistsError:
            n += 1


def _copy_exclusive(src: Path, dst: Path) -> None:
    """Copy ``src`` into a new file ``dst`` (never over an existing one); no half copy is left behind."""
    import shutil

    with open(src, "rb") as fin, open(dst, "xb") as fout:
        try:
            shutil.copyfileobj(fin, fout)
            fout.flush()
            os.fsync(fout.fileno())
        except BaseException:
            fout.close()
            os.unlink(dst)
            raise
    with contextlib.suppress(OSError):
        shutil.copystat(src, dst)


@contextlib.contextmanager
def _locked(target: Path) -> Iterator[None]:
    """Only one :func:`safe_write` at a time keeps a backup of and replaces ``target``."""
    lock = target.with_name(f".{target.name}.lock")
    try:
        import fcntl
    except ImportError:  # Windows
        with _locked_by_folder(lock):
            yield
        return
    while True:
        fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o666)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            try:
                same = os.fstat(fd).st_ino == os.stat(lock).st_ino
            except FileNotFoundError:
                same = False
        except BaseException:
            os.close(fd)
            raise
        if same:
            break
        os.close(fd)  # the holder before us removed this lock file: lock the new one
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            os.unlink(lock)  # before unlocking: a waiter on this file sees it is gone and tries again
        os.close(fd)


@contextlib.contextmanager
def _locked_by_folder(lock: Path) -> Iterator[None]:
    """The same lock where there is no ``fcntl``: a folder only one program can create."""
    while True:
        try:
            os.mkdir(lock)
            break
        except FileExistsError:
            with contextlib.suppress(OSError):
                if time.time() - os.stat(lock).st_mtime > LOCK_STALE_SECONDS:
                    os.rmdir(lock)
                    continue
            time.sleep(0.01)
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            os.rmdir(lock)


def _mode_for(target: Path) -> int:
    """The previous file's permissions, or what a plain ``open()`` would give (mkstemp makes files 0600)."""
    if target.exists():
        return target.stat().st_mode & 0o777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
