"""``opplan excel-setup``: what a user's computer needs once so that the ribbon's buttons reach this Python.

1. The xlwings user configuration (never the workbook, which travels between agencies): ``INTERPRETER_WIN`` and
   ``INTERPRETER_MAC`` point at this Python, and ``ADD_WORKBOOK_TO_PYTHONPATH`` is false (opplan_xl is installed,
   and a workbook on OneDrive/SharePoint would otherwise break the path, xlwings #2554). Other keys in the file
   are kept; the previous file is kept as a numbered backup. The file is where xlwings' VBA reads it:
   ``%USERPROFILE%\\.xlwings\\xlwings.conf`` on Windows, ``~/Library/Containers/com.microsoft.Excel/Data/
   xlwings.conf`` on a Mac. VBA reads it in the ANSI code page, hence the warning for non-ASCII paths.
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

__all__ = ["CONFIG_KEYS", "SetupReport", "config_path", "explain", "setup", "updated_config"]

WORKBOOK_NAME = "OpPlan.xlsm"


def config_path(home: Path, platform: str) -> Path:
    """Where xlwings' VBA looks for the user configuration (the same place as ``xlwings.USER_CONFIG_FILE``)."""
    if platform == "darwin":
        return home / "Library" / "Containers" / "com.microsoft.Excel" / "Data" / "xlwings.conf"
    return home / ".xlwings" / "xlwings.conf"


def config_values(python: str) -> dict[str, str]:
    return {"INTERPRETER_WIN": python, "INTERPRETER_MAC": python, "ADD_WORKBOOK_TO_PYTHONPATH": "false"}


CONFIG_KEYS = tuple(config_values(""))


def updated_config(old: str, values: dict[str, str]) -> str:
    """The config file's text with ``values`` set: lines of other keys kept, ours replaced (as ``xlwings config``)."""
    wanted = {f'"{key}"'.lower() for key in values}
    kept = [line for line in old.splitlines() if line.strip() and line.split(",")[0].strip().lower() not in wanted]
    return "".join(line + "\n" for line in [*kept, *(f'"{k}","{v}"' for k, v in values.items())])


def _encoding(platform: str) -> str:
    """VBA's ``Open … For Input`` reads the ANSI code page: on Windows that is Python's "mbcs"."""
    if platform == "win32":
        try:
            return codecs.lookup("mbcs").name
        except LookupError:  # not running on Windows (tests)
            pass
    return locale.getpreferredencoding(False) or "utf-8"


@dataclass
class SetupReport:
    config: Path
    python: str
    config_backup: Path | None = None
    workbook: Path | None = None
    workbook_backup: Path | None = None
    runpython: bool | None = None  # None: not a Mac
    runpython_error: str | None = None
    warnings: list[str] = field(default_factory=list)  # catalogue keys


def setup(
    folder: Path | None = None,
    *,
    home: Path | None = None,
    platform: str | None = None,
    python: str | None = None,
    workbook: bytes | None = None,
    copy_workbook: bool = True,
    run: Callable[..., subprocess.CompletedProcess] = subprocess.run,
) -> SetupReport:
    """Configure xlwings for this Python, put the workbook into ``folder``, and on a Mac install RunPython.

    The keyword arguments are for tests: another home folder, platform, interpreter, workbook bytes (default:
    built now) and subprocess runner.
    """
    home = Path(home) if home is not None else Path.home()
    platform = platform or sys.platform
    python = python or sys.executable
    report = SetupReport(config=config_path(home, platform), python=python)
    if not python.isascii():
        report.warnings.append("xl.setup.non_ascii")

    encoding = _encoding(platform)
    old = ""
    if report.config.exists():
        old = report.config.read_bytes().decode(encoding, errors="replace")
    text = updated_config(old, config_values(python))
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8")
        report.warnings.append("xl.setup.unencodable")
    if data != (report.config.read_bytes() if report.config.exists() else None):
        report.config_backup = safe_write(report.config, data)

    if copy_workbook:
        target = Path(folder) if folder is not None else home / "Documents" / "OpPlan"
        target = target / WORKBOOK_NAME
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
    lines += [messages.text(key, lang, python=report.python) for key in report.warnings]
    steps = "xl.setup.steps_mac" if platform == "darwin" else "xl.setup.steps_windows"
    workbook = report.workbook or WORKBOOK_NAME
    lines += ["", *messages.text(steps, lang, path=workbook, folder=Path(workbook).parent).split("\n")]
    return lines
