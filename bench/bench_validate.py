"""Benchmark: ``opplan validate`` on a 5,000-project workbook against a process that only loads the same
file with openpyxl (read-only) and touches every cell. Target: ratio ≤ 1.0, peak memory < 300 MB.

Both sides run as whole fresh processes (interpreter start, imports, reading, and for us parsing,
every rule and the deadline calendar), best of three, in the same run.

    .venv/bin/python bench/bench_validate.py [--projects 5000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from timing import OPENPYXL_TOUCH_EVERY_CELL, best, run, run_python

OPPLAN = [sys.executable, "-m", "opplan_xl.cli"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--projects", type=int, default=5000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="opplan-bench-") as tmp:
        path = Path(tmp) / f"plan-{args.projects}.xlsx"
        subprocess.run(
            [*OPPLAN, "example", str(path), "--projects", str(args.projects)], check=True, capture_output=True
        )
        print(
            f"workbook: {args.projects:,} projects (the standard workbook by `opplan example`), "
            f"{path.stat().st_size / 1024:,.0f} KiB"
        )
        floor_t, floor_m = best(run_python, "pass", repeat=args.repeat)
        ours_t, ours_m = best(run, [*OPPLAN, "validate", str(path)], (0, 1), repeat=args.repeat)
        ref_t, ref_m = best(run_python, OPENPYXL_TOUCH_EVERY_CELL, str(path), repeat=args.repeat)
    print(f"{'':40}{'best of ' + str(args.repeat):>12}{'peak RSS':>12}")
    print(f"{'python -c pass':40}{floor_t:>11.3f}s{floor_m / 1024:>10.1f}MB")
    print(f"{'opplan validate':40}{ours_t:>11.3f}s{ours_m / 1024:>10.1f}MB")
    print(f"{'openpyxl read-only, touch every cell':40}{ref_t:>11.3f}s{ref_m / 1024:>10.1f}MB")
    print(
        f"ratio opplan validate / openpyxl: {ours_t / ref_t:.2f} (target ≤ 1.00); "
        f"peak memory {ours_m / 1024:.0f} MB (target < 300 MB)"
    )


if __name__ == "__main__":
    main()
