"""Speed of ``opplan diff`` and ``opplan amend`` on two big workbooks, against validating both.

    python bench/bench_amend.py [--projects 5000] [--repeat 1]

Writes OLD (a synthetic plan of n projects with row ids, as every workbook ``opplan amend`` writes: the
synthetic plans repeat names, so without ids some rows would be reported as ambiguous) and NEW (OLD with 1% of
budgets changed, 1% of rows removed and 1% added, as an officer's edited copy), then times, as fresh processes:

- ``diff``: ``opplan diff OLD NEW`` (reads both, matches the rows, prints the changes);
- ``amend``: ``opplan amend OLD NEW … -o OUT`` (also builds and writes the new workbook);
- baseline, in the same run: ``opplan validate OLD`` plus ``opplan validate NEW``.

Target (issue 11): diff and amend each under the baseline (ratio < 1). Exits 1 when not.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from timing import best, run, run_python

MAKE = """
import sys
from decimal import Decimal
from opplan_xl.example import synthetic_plan
from opplan_xl.model import Project
from opplan_xl.versions.ids import with_ids
from opplan_xl.xlsx.write import write_workbook
n = int(sys.argv[1])
old = with_ids(synthetic_plan(n, seed=3))
write_workbook(old, sys.argv[2])
new = old.model_copy(deep=True)
step = 100
for p in new.projects[::step]:
    p.budget = p.budget + Decimal("1000.00")
new.projects = [p for i, p in enumerate(new.projects) if i % step != 50]
extra = synthetic_plan(n // step, seed=99).projects
for i, p in enumerate(extra):
    p.name = f"{p.name} (เพิ่ม {i})"
new.projects += extra
write_workbook(new, sys.argv[3])
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--projects", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    opplan = [sys.executable, "-m", "opplan_xl.cli"]
    with tempfile.TemporaryDirectory() as tmp:
        old, new, out = Path(tmp) / "old.xlsx", Path(tmp) / "new.xlsx", Path(tmp) / "out.xlsx"
        run_python(MAKE, str(args.projects), str(old), str(new))

        def validate_both() -> tuple[float, int]:
            a = run([*opplan, "validate", str(old)], ok_codes=(0, 1))
            b = run([*opplan, "validate", str(new)], ok_codes=(0, 1))
            return a[0] + b[0], max(a[1], b[1])

        base, _ = best(validate_both, repeat=args.repeat)
        diff, _ = best(run, [*opplan, "diff", str(old), str(new)], ok_codes=(0, 1), repeat=args.repeat)
        amend_cmd = [*opplan, "amend", str(old), str(new), "--kind", "แก้ไขเพิ่มเติม", "--event", "โอนงบประมาณ"]
        amend, _ = best(run, [*amend_cmd, "--event-date", "2027-01-08", "-o", str(out)], repeat=args.repeat)
    print(f"{args.projects} projects: validate OLD + validate NEW {base:.2f} s (baseline)")
    print(f"  diff  {diff:.2f} s  ratio {diff / base:.2f}")
    print(f"  amend {amend:.2f} s  ratio {amend / base:.2f}")
    return 0 if diff < base and amend < base else 1


if __name__ == "__main__":
    sys.exit(main())
