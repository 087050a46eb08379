"""Unexpected errors: the details go to a log file, the user gets one Thai sentence."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import traceback
from pathlib import Path

from . import messages


def log_dir() -> Path:
    base = os.environ.get("LOCALAPPDATA") or os.path.join(os.path.expanduser("~"), ".opplan")
    path = Path(base) / "opplan" / "logs" if os.environ.get("LOCALAPPDATA") else Path(base) / "logs"
    try:
        path.mkdir(parents=True, exist_ok=True)
        return path
    except OSError:
        return Path(tempfile.gettempdir())


def report_unexpected(exc: BaseException, lang: str = "th") -> str:
    """Write the traceback to a log file; return the message to show the user."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    log = log_dir() / f"opplan-error-{stamp}.log"
    text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    try:
        log.write_text(text, encoding="utf-8")
    except OSError:
        log = Path("(log not written)")
    return messages.text("ui.internal_error", lang, log=str(log))
