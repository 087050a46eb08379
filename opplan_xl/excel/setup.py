"""``opplan excel-setup``: what a user's computer needs once so that the ribbon's buttons reach this Python.

1. The xlwings user configuration (never the workbook, which travels between agencies): ``INTERPRETER_WIN`` and
   ``INTERPRETER_MAC`` point at this Python, and ``ADD_WORKBOOK_TO_PYTHONPATH`` is false (opplan_xl is installed,
   and a workbook on OneDrive/SharePoint would otherwise break the path, xlwings #2554). Other keys in the file
   are kept; the previous file is kept as a numbered backup. The file is where xlwings' VBA reads it:
   ``%USERPROFILE%\\.xlwings\\xlwings.conf`` on Windows, ``~/Library/Containers/com.microsoft.Excel/Data/
   xlwings.conf`` on a Mac. VBA reads it in the ANSI code page, hence the warning for non-ASCII paths, and with
   ``Input #``, which on Windows ends a record only at CR/CRLF: the file has CRLF lines there, LF on a Mac, and no
   blank lines. A Windows profile path the code page cannot show also gets a copy beside the workbook (VBA reads
   that one first); a Mac interpreter path with a space, or macOS refusing the container, stops with a reason.
2. ``OpPlan.xlsm`` in the user's folder (default ``~/Documents/OpPlan``), built now from the installed package:
   the same as the repository's ``workbook/OpPlan.xlsm`` (a test proves it) and always matching the installed
   xlwings; an existing file is kept as a numbered backup.
3. On a Mac, ``xlwings runpython install`` (the AppleScript that RunPython needs, stamped with the version).

:func:`setup` does the work and returns a report; the command prints it in Thai with the one-time steps.
"""

from __future__ import annotations

import codecs
import locale
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..files import safe_write

__all__ = [
    "CONFIG_KEYS",
    "SetupReport",
    "config_path",
    "explain",
    "newline",
    "representable",
    "setup",
    "updated_config",
]

WORKBOOK_NAME = "OpPlan.xlsm"


def config_path(home: Path, platform: str) -> Path:
    """Where xlwings' VBA looks for the user configuration (the same place as ``xlwings.USER_CONFIG_FILE``)."""
    if platform == "darwin":
        return home / "Library" / "Containers" / "com.microsoft.Excel" / "Data" / "xlwings.conf"
    return home / ".xlwings" / "xlwings.conf"


def config_values(python: str) -> dict[str, str]:
    return {"INTERPRETER_WIN": python, "INTERPRETER_MAC": python, "ADD_WORKBOOK_TO_PYTHONPATH": "false"}


CONFIG_KEYS = tuple(config_values(""))


def newline(platform: str) -> str:
    """The line ending xlwings' VBA needs: ``Input #`` ends a record only at CR/CRLF on Windows; LF on a Mac
    (where xlwings itself writes the file in text mode, so LF)."""
    return "\r\n" if platform == "win32" else "\n"


def updated_config(old: str, values: dict[str, str], platform: str) -> str:
    """The config file's text with ``values`` set: our keys first, then the other keys' lines as they were.

    Blank lines are dropped (VBA's ``Input #`` fails with "Input past end of file" on them) and every line,
    the last too, ends with the platform's :func:`newline` (an old file's LF or CRLF lines are read alike).
    """
    wanted = {f'"{key}"'.lower() for key in values}
    kept = [line for line in old.splitlines() if line.strip() and line.split(",")[0].strip().lower() not in wanted]
    end = newline(platform)
    return "".join(line + end for line in [*(f'"{k}","{v}"' for k, v in values.items()), *kept])


def _encoding(platform: str) -> str:
    """VBA's ``Open … For Input`` reads the ANSI code page: on Windows that is Python's "mbcs"."""
    if platform == "win32":
        try:
            return codecs.lookup("mbcs").name
        except LookupError:  # not running on Windows (tests)
            pass
    return locale.getpreferredencoding(False) or "utf-8"


def representable(text: str, encoding: str) -> bool:
    """Whether ``text`` survives the ANSI code page: VBA's ``Environ`` and file functions see it in that page."""
    try:
        return text.encode(encoding).decode(encoding) == text
    except UnicodeError:
        return False


@dataclass
class SetupReport:
    config: Path
    python: str
    config_backup: Path | None = None
    directory_config: Path | None = None  # xlwings.conf beside the workbook (a profile path VBA cannot read)
    workbook: Path | None = None
    workbook_backup: Path | None = None
    runpython: bool | None = None  # None: not a Mac
    runpython_error: str | None = None
    refused: str | None = None  # catalogue key: nothing more was done, and why
    warnings: list[str] = field(default_factory=list)  # catalogue keys

    @property
    def ok(self) -> bool:
        return self.refused is None and self.runpython is not False


def _write_config(path: Path, python: str, platform: str, encoding: str, report: SetupReport) -> Path | None:
    """Write xlwings.conf at ``path`` for ``python``; returns the backup of a changed file."""
    old = path.read_bytes().decode(encoding, errors="replace") if path.exists() else ""
    text = updated_config(old, config_values(python), platform)
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8")
        if "xl.setup.unencodable" not in report.warnings:
            report.warnings.append("xl.setup.unencodable")
    if path.exists() and path.read_bytes() == data:
        return None
    return safe_write(path, data)


def setup(
    folder: Path | None = None,
    *,
    home: Path | None = None,
    platform: str | None = None,
    python: str | None = None,
    workbook: bytes | None = None,
    copy_workbook: bool = True,
    encoding: str | None = None,
    run: Callable[..., subprocess.CompletedProcess] = subprocess.run,
) -> SetupReport:
    """Configure xlwings for this Python, put the workbook into ``folder``, and on a Mac install RunPython.

    The keyword arguments are for tests: another home folder, platform, interpreter, workbook bytes (default:
    built now), the ANSI code page VBA reads in (default: this computer's) and subprocess runner.

    Refused (``report.refused``, nothing written): on a Mac an interpreter path with a space (xlwings'
    AppleScript runs it unquoted), or macOS not letting this program write into Excel's container.
    """
    home = Path(home) if home is not None else Path.home()
    platform = platform or sys.platform
    python = python or sys.executable
    encoding = encoding or _encoding(platform)
    report = SetupReport(config=config_path(home, platform), python=python)
    if platform == "darwin" and " " in python:
        report.refused = "xl.setup.mac_space"
        return report
    if not python.isascii():
        report.warnings.append("xl.setup.non_ascii")

    target = None
    if copy_workbook:
        target = (Path(folder) if folder is not None else home / "Documents" / "OpPlan") / WORKBOOK_NAME

    try:
        report.config_backup = _write_config(report.config, python, platform, encoding, report)
    except PermissionError:
        if platform != "darwin":
            raise
        report.refused = "xl.setup.mac_container"
        return report

    if platform == "win32" and not representable(str(home), encoding):
        # VBA finds the user configuration through %USERPROFILE%, which it sees with "?" for these letters: it
        # reads a configuration beside the workbook first, so one goes there when that folder's path is readable.
        if target is not None and representable(str(target.parent), encoding):
            report.directory_config = target.parent / "xlwings.conf"
            _write_config(report.directory_config, python, platform, encoding, report)
            report.warnings.append("xl.setup.profile_ansi")
        else:
            report.warnings.append("xl.setup.profile_ansi_folder")

    if target is not None:
        if workbook is None:
            from ..xlsx.workbook import build_xlsm

            workbook = build_xlsm()
        if not (target.exists() and target.read_bytes() == workbook):
            report.workbook_backup = safe_write(target, workbook)
        report.workbook = target

    if platform == "darwin":
        proc = run([python, "-m", "xlwings.cli", "runpython", "install"], capture_output=True, text=True, check=False)
        report.runpython = proc.returncode == 0
        if not report.runpython:
            lines = (proc.stderr or proc.stdout or "").strip().splitlines()
            report.runpython_error = lines[-1] if lines else f"exit code {proc.returncode}"
    return report


def explain(report: SetupReport, platform: str | None = None, lang: str = "th") -> list[str]:
    """What the command prints: what was done, warnings, and the one-time steps for this platform."""
    from .. import messages

    platform = platform or sys.platform
    if report.refused:
        return messages.text(report.refused, lang, python=report.python, path=report.config).split("\n")
    lines = [messages.text("xl.setup.config", lang, path=report.config, python=report.python)]
    if report.config_backup:
        lines.append(messages.text("ui.backup", lang, path=report.config_backup))
    if report.workbook:
        lines.append(messages.text("xl.setup.workbook", lang, path=report.workbook))
    if report.workbook_backup:
        lines.append(messages.text("ui.backup", lang, path=report.workbook_backup))
    if report.runpython is True:
        lines.append(messages.text("xl.setup.runpython", lang))
    elif report.runpython is False:
        lines.append(messages.text("xl.setup.runpython_failed", lang, reason=report.runpython_error))
    if report.directory_config:
        lines.append(messages.text("xl.setup.directory_config", lang, path=report.directory_config))
    folder = report.workbook.parent if report.workbook else ""
    lines += [messages.text(key, lang, python=report.python, folder=folder) for key in report.warnings]
    steps = "xl.setup.steps_mac" if platform == "darwin" else "xl.setup.steps_windows"
    workbook = report.workbook or WORKBOOK_NAME
    lines += ["", *messages.text(steps, lang, path=workbook, folder=Path(workbook).parent).split("\n")]
    return lines
