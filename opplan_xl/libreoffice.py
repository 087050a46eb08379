"""LibreOffice headless as a converter: .docx → .pdf, and (in tests) recalculating workbooks.

Each call uses a fresh user profile so that parallel runs never share LibreOffice's lock files.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

CSV_UTF8 = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false"


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


class LibreOfficeError(RuntimeError):
    pass


def convert(source: str | os.PathLike, target_format: str, outdir: str | os.PathLike, timeout: float = 180) -> Path:
    """Convert ``source`` with ``soffice --convert-to target_format`` into ``outdir``; returns the new file.

    ``target_format`` is what ``--convert-to`` takes, e.g. ``"pdf"``, ``"xlsx"`` or :data:`CSV_UTF8`.
    With a CSV filter whose 9th token is ``-1`` LibreOffice writes one file per sheet.
    """
    soffice = find_soffice()
    if soffice is None:
        raise LibreOfficeError("LibreOffice (soffice) is not installed")
    src = Path(source).resolve()
    out = Path(outdir).resolve()
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="opplan-lo-") as profile:
        cmd = [
            soffice,
            f"-env:UserInstallation={Path(profile).as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            target_format,
            "--outdir",
            str(out),
            str(src),
        ]
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)
    ext = target_format.split(":", 1)[0]
    produced = out / f"{src.stem}.{ext}"
    if proc.returncode != 0 or not produced.exists():
        raise LibreOfficeError(f"soffice failed ({proc.returncode}): {proc.stderr.strip() or proc.stdout.strip()}")
    return produced
