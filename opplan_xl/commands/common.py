"""What the sub-commands share: loading a workbook with a Thai error, printing findings, JSON."""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from .. import messages, schema

if TYPE_CHECKING:
    from ..findings import Finding
    from ..model import Plan
    from ..xlsx.raw import RawBook

EXIT_OK, EXIT_ERRORS, EXIT_UNREADABLE = 0, 1, 2


class Unreadable(Exception):
    """The input cannot be read as a standard workbook; ``findings`` say why (exit code 2)."""

    def __init__(self, findings: list[Finding]) -> None:
        super().__init__(findings[0].message_en if findings else "unreadable")
        self.findings = findings


def add_limits(parser: argparse.ArgumentParser, lang: str) -> None:
    parser.add_argument(
        "--max-size",
        type=float,
        default=schema.DEFAULT_MAX_FILE_BYTES / 1024 / 1024,
        metavar="MB",
        help=messages.text("ui.cli.max_size", lang),
    )


def load_plan(path: str, args: argparse.Namespace) -> tuple[Plan, list[Finding]]:
    """Read a standard workbook; raises :class:`Unreadable` when it cannot be read at all."""
    plan, findings, _raw = load_book(path, args)
    return plan, findings


def load_book(path: str, args: argparse.Namespace) -> tuple[Plan, list[Finding], RawBook]:
    """:func:`load_plan`, and the raw book it was parsed from (its sheets, the tables' extra columns)."""
    from ..parse import parse
    from ..xlsx.read import ReadError, read_raw

    max_bytes = int(getattr(args, "max_size", schema.DEFAULT_MAX_FILE_BYTES / 1024 / 1024) * 1024 * 1024)
    try:
        raw = read_raw(path, max_bytes=max_bytes)
    except ReadError as exc:
        raise Unreadable(exc.findings) from None
    plan, findings = parse(raw)
    return plan, findings, raw


def print_unreadable(exc: Unreadable, lang: str, as_json: bool) -> int:
    if as_json:
        print_json({"findings": [f.to_json(lang) for f in exc.findings], "counts": _counts(exc.findings)})
    else:
        print(messages.text("ui.cannot_read", lang), file=sys.stderr)
        for f in exc.findings:
            print("  " + f.text(lang), file=sys.stderr)
    return EXIT_UNREADABLE


def _counts(findings: list[Finding]) -> dict[str, int]:
    from ..findings import counts

    return counts(findings)


def print_findings(findings: list[Finding], lang: str) -> None:
    for f in findings:
        label = messages.text(f"ui.severity.{f.severity.value}", lang)
        print(f"[{label}] {f.text(lang)}  ({f.code})")
    c = _counts(findings)
    if c["error"] == 0 and c["warning"] == 0 and c["info"] == 0:
        print(messages.text("ui.validate.ok", lang))
    else:
        print(messages.text("ui.validate.summary", lang, **c))


def findings_json(findings: list[Finding], lang: str) -> dict:
    return {"findings": [f.to_json(lang) for f in findings], "counts": _counts(findings)}


def print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


# ---- output files -----------------------------------------------------------------------------------------

_MERGED_STEM = re.compile(r"^(?P<base>.*?)" + re.escape(schema.MERGED_SUFFIX) + r"(?:-(?P<n>\d+))?$")


def merged_output(book: str | os.PathLike) -> Path:
    """``<book>-รวม.xlsx`` beside the book (``.xlsm`` for an .xlsm book): where merge writes, and where
    export-form keeps a master that got its plan key; merging ``X-รวม.xlsx`` again gives ``X-รวม-2.xlsx``, …"""
    p = Path(book)
    suffix = ".xlsm" if p.suffix.lower() == ".xlsm" else ".xlsx"
    m = _MERGED_STEM.match(p.stem)
    if m is None:
        return p.with_name(f"{p.stem}{schema.MERGED_SUFFIX}{suffix}")
    n = int(m.group("n") or 1) + 1
    return p.with_name(f"{m.group('base')}{schema.MERGED_SUFFIX}-{n}{suffix}")


def same_file(a: str | os.PathLike, b: str | os.PathLike) -> bool:
    """True when two names are one file: the same path, a symlink to it, or a hard link of it."""
    pa, pb = Path(a), Path(b)
    try:
        if pa.exists() and pb.exists() and os.path.samefile(pa, pb):
            return True
        return pa.resolve() == pb.resolve()
    except (OSError, RuntimeError):
        return False


def output_path(
    given: str | os.PathLike | None,
    *,
    default: Path,
    suffixes: tuple[str, ...],
    inputs: tuple[str | os.PathLike, ...],
    lang: str,
) -> Path | None:
    """Where a command writes: ``given`` (an existing folder means "write into it" under the default name) or
    ``default``. None, with a Thai message on stderr, when that file is one of the command's inputs (also through
    a symlink or a hard link) or its extension is not one the command writes (the right one is suggested)."""
    out = Path(given) if given is not None else default
    if given is not None and out.is_dir():
        out = out / default.name
    elif given is not None and str(given).endswith(("/", os.sep)):  # "-o out/" names a folder that is not there
        suggestion = out / default.name
        print(messages.text("E-OUT-NO-FOLDER", lang, path=out, suggestion=suggestion), file=sys.stderr)
        return None
    if out.suffix.lower() not in suffixes:
        better = out.with_suffix(suffixes[0]) if out.suffix else out.with_name(out.name + suffixes[0])
        print(
            messages.text("E-OUT-EXTENSION", lang, path=out, suffixes=" ".join(suffixes), suggestion=better),
            file=sys.stderr,
        )
        return None
    for source in inputs:
        if same_file(out, source):
            print(messages.text("E-OUT-IS-INPUT", lang, path=out, input=source), file=sys.stderr)
            return None
    return out


# ---- file-system errors, in Thai, naming the user's file --------------------------------------------------

# safe_write's hidden temporary file beside the target: ".<name>.<random>.tmp"
_TEMP_NAME = re.compile(r"^\.(?P<name>.+)\.[^.]+\.tmp$")


def users_path(exc: OSError) -> str:
    """The file the user named, never the hidden temporary file ``safe_write`` writes first."""
    for name in (exc.filename2, exc.filename):
        if not name:
            continue
        p = Path(os.fsdecode(name))
        m = _TEMP_NAME.match(p.name)
        return str(p.with_name(m.group("name")) if m else p)
    return ""


def _cause(exc: OSError, path: str) -> str:
    """The catalogue key of the advice that fits the cause."""
    import errno

    by_errno = {
        errno.EROFS: "ui.fs.read_only",
        errno.ENOSPC: "ui.fs.disk_full",
        errno.EISDIR: "ui.fs.is_folder",
        errno.ENOTDIR: "ui.fs.not_folder",
        errno.ENOENT: "ui.fs.no_folder",
        errno.ENAMETOOLONG: "ui.fs.name_too_long",
    }
    if getattr(errno, "EDQUOT", None) is not None:
        by_errno[errno.EDQUOT] = "ui.fs.disk_full"
    if exc.errno in by_errno:
        key = by_errno[exc.errno]
        if key == "ui.fs.no_folder" and path and Path(path).exists():
            return "ui.fs.not_found"
        return key
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM):
        target = Path(path) if path else None
        if target is not None and target.is_dir():
            return "ui.fs.is_folder"
        folder = target.parent if target is not None else None
        if os.name != "nt" and folder is not None and folder.is_dir() and not os.access(folder, os.W_OK):
            return "ui.fs.no_permission"
        return "ui.file_locked"  # on Windows, nearly always: the file is open in Word or Excel
    return "ui.fs.other"


def os_error_text(exc: OSError, lang: str) -> str:
    """A Thai sentence for a file-system error: the user's file, what went wrong, what to do. No OS wording."""
    path = users_path(exc)
    key = _cause(exc, path)
    folder = str(Path(path).parent) if path else ""
    import errno

    code = errno.errorcode.get(exc.errno or 0, str(exc.errno or "-"))
    return messages.text(key, lang, path=path, folder=folder, code=code)
