"""Progress on long work, for the ``opplan`` command on a terminal: Thai stage names with the time so far
("กำลังสร้าง PDF ด้วย LibreOffice… 00:41") and a bar over many items (forms, projects), drawn by tqdm on stderr.

Quiet when it is not wanted: when stdout or stderr is not a terminal (a pipe, a file, CI, the ribbon) or with
``--json``. A stage is a context manager; a thread refreshes its clock while the work runs, so a step that takes a
minute in one call (LibreOffice) still shows it is alive.
"""

from __future__ import annotations

import contextlib
import sys
import threading
from collections.abc import Iterable, Iterator
from typing import TypeVar

from . import messages

T = TypeVar("T")

_TICK = 0.5  # seconds between refreshes of a stage's clock


def wanted(as_json: bool = False) -> bool:
    """True on an interactive terminal, without ``--json``."""
    if as_json:
        return False
    try:
        return sys.stdout.isatty() and sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


class Progress:
    """Stages and item bars for one command run; does nothing at all when not ``enabled``."""

    def __init__(self, lang: str = "th", enabled: bool | None = None) -> None:
        self.lang = lang
        self.enabled = wanted() if enabled is None else enabled

    def _label(self, key: str, **params: object) -> str:
        return messages.text(key, self.lang, **params)

    @contextlib.contextmanager
    def stage(self, key: str, **params: object) -> Iterator[None]:
        """Show the stage ``key`` (a catalogue entry) with a running clock while the block runs."""
        if not self.enabled:
            yield
            return
        from tqdm import tqdm

        bar = tqdm(total=None, desc=self._label(key, **params), bar_format="{desc}… {elapsed}", file=sys.stderr)
        done = threading.Event()

        def tick() -> None:
            while not done.wait(_TICK):
                bar.refresh()

        clock = threading.Thread(target=tick, daemon=True)
        clock.start()
        try:
            yield
        finally:
            done.set()
            clock.join()
            bar.close()

    def items(self, iterable: Iterable[T], key: str, total: int | None = None, **params: object) -> Iterator[T]:
        """``iterable`` with a bar labelled ``key`` (a catalogue entry)."""
        if not self.enabled:
            yield from iterable
            return
        from tqdm import tqdm

        with tqdm(iterable, desc=self._label(key, **params), total=total, file=sys.stderr, unit="") as bar:
            yield from bar
