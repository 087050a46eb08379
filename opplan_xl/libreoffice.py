"""LibreOffice headless: the one place that starts ``soffice`` (.docx → .pdf, and in tests recalculating workbooks).

Every run uses a user profile made for it (:func:`new_profile`), so that parallel runs never share
LibreOffice's lock files, and may carry registry settings, a Basic macro (:func:`run_macro`) and extra
environment variables (a ``FONTCONFIG_FILE``, paths for the macro). :func:`run_soffice` starts the
process in its own process group, so that a timeout ends LibreOffice's children too.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path

CSV_UTF8 = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false"

_REGISTRY = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
{items}
</oor:items>
"""


def find_soffice() -> str | None:
    """Path of ``soffice`` (or ``libreoffice``), or None when LibreOffice is not installed."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    for candidate in (
        r"C:\Program Files\LibreOffice\program\soffice.exe",
        r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
        "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    ):
        if os.path.exists(candidate):
            return candidate
    return None


# The library each component installs in LibreOffice's program folder (Linux .so, Windows .dll, macOS .dylib): a
# distribution may install soffice with Writer but without Calc (libreoffice-writer vs libreoffice-calc).
_COMPONENT_LIBRARIES = {"calc": "sclo", "writer": "swlo"}


def missing_component(component: str) -> str | None:
    """Why LibreOffice cannot do the job of ``component`` ("calc" or "writer"), in English for test skip
    reasons; None when it can."""
    soffice = find_soffice()
    if soffice is None:
        return "LibreOffice (soffice) is not installed"
    program = Path(os.path.realpath(soffice)).parent
    stem = _COMPONENT_LIBRARIES[component]
    names = (f"lib{stem}.so", f"{stem}.dll", f"lib{stem}.dylib")
    folders = (program, program.parent / "Frameworks", program.parent / "program")
    if any((folder / name).exists() for folder in folders for name in names):
        return None
    return f"LibreOffice {component.capitalize()} is not installed (no {stem} library beside {soffice})"


class LibreOfficeError(RuntimeError):
    pass


def new_profile(path: str | os.PathLike, settings: str = "") -> Path:
    """Make a fresh LibreOffice user profile in the folder ``path`` (created; it should not exist yet).

    ``settings`` are registry ``<item>`` elements (as in ``registrymodifications.xcu``), e.g.
    ``<item oor:path="/org.openoffice.Office.Common/I18N/CTL"><prop oor:name="CTLTextNumerals" …>``.
    Returns ``path``; pass it as ``profile`` to :func:`run_soffice`.
    """
    profile = Path(path).resolve()
    (profile / "user").mkdir(parents=True)
    if settings:
        (profile / "user" / "registrymodifications.xcu").write_text(_REGISTRY.format(items=settings), encoding="utf-8")
    return profile


def run_soffice(
    args: Sequence[str],
    *,
    profile: str | os.PathLike,
    env: Mapping[str, str] | None = None,
    timeout: float = 180,
) -> subprocess.CompletedProcess[str]:
    """Run ``soffice --headless --norestore ARGS`` with the user profile ``profile`` and ``env`` added to
    the environment; returns the finished process (check its return code and outputs yourself).

    Raises :class:`LibreOfficeError` when LibreOffice is not installed or does not finish in
    ``timeout`` seconds (it is then killed with its children).
    """
    soffice = find_soffice()
    if soffice is None:
        raise LibreOfficeError("LibreOffice (soffice) is not installed")
    cmd = [soffice, f"-env:UserInstallation={Path(profile).resolve().as_uri()}", "--headless", "--norestore", *args]
    full_env = {**os.environ, **env} if env else None
    posix = sys.platform != "win32"
    with subprocess.Popen(
        cmd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
        env=full_env,
        start_new_session=posix,
    ) as proc:
        try:
            out, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired as exc:
            _kill(proc, posix)
            proc.communicate()
            raise LibreOfficeError(f"soffice timed out after {timeout:.0f} s") from exc
        except BaseException:
            _kill(proc, posix)
            raise
    return subprocess.CompletedProcess(cmd, proc.returncode, out, err)


def _kill(proc: subprocess.Popen, posix: bool) -> None:
    """End soffice and what it started (oosplash starts soffice.bin): the whole process group."""
    if posix:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGKILL)
    else:
        proc.kill()


def run_macro(
    module: str,
    macro: str,
    *,
    profile: str | os.PathLike,
    env: Mapping[str, str] | None = None,
    timeout: float = 180,
) -> subprocess.CompletedProcess[str] | None:
    """Run a Basic macro kept in the profile's Standard library as ``Module1``.

    ``module`` is the ``Module1.xba`` file's XML, ``macro`` the routine's name (``"ExportPdf"`` runs
    ``macro:///Standard.Module1.ExportPdf``). LibreOffice first creates the profile's Basic library
    (one start with ``--terminate_after_init``), then the module is put in it and the macro run; the
    macro gets its arguments through ``env``. Returns None when the profile got no Basic library.
    """
    run_soffice(["--terminate_after_init"], profile=profile, env=env, timeout=timeout)
    target = Path(profile) / "user" / "basic" / "Standard" / "Module1.xba"
    if not target.parent.is_dir():
        return None
    target.write_text(module, encoding="utf-8")
    return run_soffice([f"macro:///Standard.Module1.{macro}"], profile=profile, env=env, timeout=timeout)


_RECALC = (
    '<item oor:path="/org.openoffice.Office.Calc/Formula/Load">'
    '<prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>{}</value></prop></item>'
)
NEVER_RECALCULATE = _RECALC.format(1)
"""Profile setting: take the cached values of an .xlsx as they are, never recalculate on load (a viewer's view)."""
ALWAYS_RECALCULATE = _RECALC.format(0)
"""Profile setting: recalculate every formula of an .xlsx on load (cached values are ignored)."""


def convert(
    source: str | os.PathLike,
    target_format: str,
    outdir: str | os.PathLike,
    timeout: float = 180,
    settings: str = ALWAYS_RECALCULATE,
) -> Path:
    """Convert ``source`` with ``soffice --convert-to target_format`` into ``outdir``; returns the new file.

    ``settings`` go into the fresh profile (:func:`new_profile`): by default a workbook is recalculated on load
    (its formulas' own results, not the cached values it carries); :data:`NEVER_RECALCULATE` shows what a viewer
    that never recalculates shows.

    ``target_format`` is what ``--convert-to`` takes, e.g. ``"pdf"``, ``"xlsx"`` or :data:`CSV_UTF8`.
    With a CSV filter whose 9th token is ``-1`` LibreOffice writes one file per sheet.
    """
    src = Path(source).resolve()
    out = Path(outdir).resolve()
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="opplan-lo-") as tmp:
        profile = new_profile(Path(tmp) / "profile", settings)
        proc = run_soffice(
            ["--convert-to", target_format, "--outdir", str(out), str(src)], profile=profile, timeout=timeout
        )
    ext = target_format.split(":", 1)[0]
    produced = out / f"{src.stem}.{ext}"
    if proc.returncode != 0 or not produced.exists():
        raise LibreOfficeError(f"soffice failed ({proc.returncode}): {proc.stderr.strip() or proc.stdout.strip()}")
    return produced
