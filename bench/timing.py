"""Timing whole processes for the benchmarks: wall time and peak memory of ``python -c …`` children.

On Linux a child's ``ru_maxrss`` includes the parent's memory at fork/exec time, so benchmark
parents stay small (they write their workbooks in a child too).

Children run with bytecode caching allowed (``PYTHONDONTWRITEBYTECODE`` removed), as for a user whose
installed package has its ``.pyc`` files: an editable install on a machine that sets that variable
would otherwise recompile every module of ours on every run, while site-packages (openpyxl) was
compiled by pip at install time. ``best`` keeps the fastest run, so the first (compiling) one never counts.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

OPENPYXL_TOUCH_EVERY_CELL = (
    "import sys, openpyxl; wb = openpyxl.load_workbook(sys.argv[1], read_only=True); "
    "n = sum(1 for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value is not None); "
    "wb.close()"
)


def run(argv: list[str], ok_codes: tuple[int, ...] = (0,)) -> tuple[float, int]:
    """Wall time (s) and peak RSS (KiB on Linux) of one fresh process."""
    start = time.perf_counter()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in ok_codes:
        raise SystemExit(f"benchmark child failed ({code}): {' '.join(argv)[:100]}…")
    return elapsed, usage.ru_maxrss


def run_python(code: str, *args: str) -> tuple[float, int]:
    return run([sys.executable, "-c", code, *args])


def best(fn, *args, repeat: int = 3, **kwargs) -> tuple[float, int]:
    """Best time and largest peak memory over ``repeat`` runs (the machine is noisy)."""
    results = [fn(*args, **kwargs) for _ in range(repeat)]
    return min(t for t, _ in results), max(m for _, m in results)
