"""Speed and memory of the formal document, each run timed as a whole process.

    python bench/bench_document.py [--sizes 500 5000] [--repeat 1]

For each size it times, as a separate Python process from start to exit:

- ``api``: ``generate_document(synthetic_plan(n), out)`` — the document alone (plan made in-process);
- ``cli``: ``opplan generate BOOK -o OUT`` on a standard workbook of n projects written beforehand —
  what a user runs: read, validate, write the document.

and, in the same run, the baseline: a plain python-docx loop that only fills an n-row, 18-column table
with the same text (``add_row()`` and ``cell.text``, one row per project as in ผด.02).

It prints seconds, seconds per 1,000 projects and peak memory (max RSS) of each process, the growth
from the smallest to the largest size (linear means at most 11× for 10× the projects) and the ratio
to the baseline at the largest size (must be below 1). Exits 1 when either check fails.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

API = """
import sys
from opplan_xl.document import generate_document
from opplan_xl.example import synthetic_plan
generate_document(synthetic_plan(int(sys.argv[1])), sys.argv[2])
"""

BASELINE = """
import sys
import docx
from opplan_xl.example import synthetic_plan
from opplan_xl.thai import format_amount
n = int(sys.argv[1])
plan = synthetic_plan(n)
document = docx.Document()
table = document.add_table(rows=0, cols=18)
for i, p in enumerate(plan.projects, 1):
    texts = [str(i), p.name, p.activity, format_amount(p.budget), p.location, p.agency] + [""] * 12
    for cell, text in zip(table.add_row().cells, texts):
        cell.text = text
"""


def run(cmd: list[str]) -> tuple[float, float]:
    """Wall seconds and peak resident memory (MB) of one child process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if hasattr(os, "wait4"):
        _pid, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        code = os.waitstatus_to_exitcode(status)
        # ru_maxrss is KiB on Linux, bytes on macOS
        peak = usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
        proc.returncode = code
        stderr = proc.stderr.read().decode() if proc.stderr else ""
    else:  # Windows: no rusage
        _out, err = proc.communicate()
        seconds, peak, code, stderr = time.perf_counter() - start, float("nan"), proc.returncode, err.decode()
    if code not in (0, 1):  # 1: the document was written but the plan has findings
        raise SystemExit(f"{' '.join(cmd)} failed ({code}):\n{stderr}")
    return seconds, peak


def best(cmd: list[str], repeat: int) -> tuple[float, float]:
    results = [run(cmd) for _ in range(repeat)]
    return min(r[0] for r in results), max(r[1] for r in results)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 5000])
    parser.add_argument("--repeat", type=int, default=1, help="runs per measurement; the fastest counts")
    args = parser.parse_args()
    sizes = sorted(args.sizes)
    py = sys.executable

    from opplan_xl.example import synthetic_plan
    from opplan_xl.xlsx.write import write_workbook

    rows = []
    with tempfile.TemporaryDirectory(prefix="opplan-bench-") as tmp:
        folder = Path(tmp)
        results: dict[tuple[str, int], tuple[float, float]] = {}
        for n in sizes:
            book = write_workbook(synthetic_plan(n), folder / f"plan-{n}.xlsx")
            results[("api", n)] = best([py, "-c", API, str(n), str(folder / f"api-{n}.docx")], args.repeat)
            results[("cli", n)] = best(
                [py, "-m", "opplan_xl.cli", "generate", str(book), "-o", str(folder / f"cli-{n}.docx")], args.repeat
            )
            size_kb = (folder / f"api-{n}.docx").stat().st_size / 1024
            for kind in ("api", "cli"):
                seconds, peak = results[(kind, n)]
                rows.append((kind, n, seconds, seconds / n * 1000, peak, size_kb))
        largest = sizes[-1]
        results[("baseline", largest)] = best([py, "-c", BASELINE, str(largest)], args.repeat)
        seconds, peak = results[("baseline", largest)]
        rows.append(("baseline", largest, seconds, seconds / largest * 1000, peak, float("nan")))

    print(f"{'run':<9} {'projects':>8} {'seconds':>8} {'s/1000':>8} {'peak MB':>8} {'docx KB':>8}")
    for kind, n, seconds, per_k, peak, size_kb in rows:
        print(f"{kind:<9} {n:>8} {seconds:>8.2f} {per_k:>8.3f} {peak:>8.1f} {size_kb:>8.0f}")

    ok = True
    smallest = sizes[0]
    if smallest != largest:
        for kind in ("api", "cli"):
            growth = results[(kind, largest)][0] / results[(kind, smallest)][0]
            limit = 1.1 * largest / smallest
            verdict = "ok" if growth <= limit else "NOT LINEAR"
            ok &= growth <= limit
            print(
                f"{kind}: {largest} / {smallest} projects took {growth:.2f}× the time (limit {limit:.1f}×): {verdict}"
            )
            marginal = (results[(kind, largest)][0] - results[(kind, smallest)][0]) / (largest - smallest) * 1000
            print(f"{kind}: each further 1,000 projects cost {marginal:.3f} s")
    base = results[("baseline", largest)][0]
    for kind in ("api", "cli"):
        ratio = results[(kind, largest)][0] / base
        verdict = "ok" if ratio < 1 else "SLOWER THAN THE BASELINE"
        ok &= ratio < 1
        print(f"{kind}: whole document for {largest} projects / python-docx table loop = {ratio:.3f}: {verdict}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
