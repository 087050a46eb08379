"""Benchmark: every hostile class of issue 12 through ``opplan validate`` (as a master) and ``opplan merge`` (as a
returned form), peak memory and time against the same command on the sample plan, in the same run (time: against
the sample measured again right beside each class, since the load of a shared machine changes within a run).

The files are built here by the generators of ``tests/hostile_corpus.py`` (nothing is committed as a binary): the
sample workbook of ``opplan example`` with its projects sheet rewritten, and a form issued from it, filled with one
project and rewritten the same way. Each row of the table is one fresh process (interpreter start, imports,
reading, parsing, rules; for merge also the merged workbook written), best time and largest memory of
``--repeat`` runs. Target: every class refused or read within 1.5× the sample's time and 1.5× its peak memory.

    .venv/bin/python bench/bench_hostile.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests package, for the generators
from timing import best

OPPLAN = [sys.executable, "-m", "opplan_xl.cli"]
TARGET = 1.5


def run(argv: list[str], ok_codes: tuple[int, ...] = (0,)) -> tuple[float, int]:
    """timing.run with the child's Thai refusals kept off the table (stderr to /dev/null)."""
    start = time.perf_counter()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in ok_codes:
        raise SystemExit(f"benchmark child failed: {' '.join(argv)[:100]}…")
    return elapsed, usage.ru_maxrss


def names(folder: Path) -> tuple[Path, Path, dict[str, tuple[Path, Path]]]:
    """Where :func:`build` puts the sample master, the good form, and per class (hostile master, hostile form)."""
    from tests.hostile_corpus import CLASSES

    inbox = folder / "inbox"
    files = {name: (folder / f"master-{i}.xlsx", inbox / f"form-{i}.xlsx") for i, name in enumerate(CLASSES)}
    return folder / "sample.xlsx", inbox / "good.xlsx", files


def build(folder: Path) -> None:
    """Write the files of :func:`names` (in a child process: the parent stays small, see timing.py)."""
    from opplan_xl.agency.identity import new_key
    from opplan_xl.example import sample_plan
    from opplan_xl.xlsx.write import write_workbook
    from tests.agency_helpers import issue_and_fill, row
    from tests.hostile_corpus import CLASSES

    master, good, files = names(folder)
    plan = sample_plan()
    plan.settings.plan_key = new_key()
    write_workbook(plan, master)
    issue_and_fill(plan, [row("โครงการตัวอย่าง")], good.parent, good.name)
    for name, (gen, _) in CLASSES.items():
        gen(master, files[name][0])
        gen(good, files[name][1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--build", metavar="FOLDER", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.build:
        build(Path(args.build))
        return
    with tempfile.TemporaryDirectory(prefix="opplan-bench-") as tmp:
        folder = Path(tmp)
        subprocess.run([sys.executable, __file__, "--build", tmp], check=True)
        master, good, files = names(folder)
        out = folder / "merged.xlsx"

        def validate(book: Path) -> tuple[float, int]:
            return best(run, [*OPPLAN, "validate", str(book)], (0, 1, 2), repeat=args.repeat)

        def merge(form: Path) -> tuple[float, int]:
            def once() -> tuple[float, int]:
                if out.exists():
                    out.unlink()
                return run([*OPPLAN, "merge", str(master), str(form), "-o", str(out)], (0, 1, 2))

            return best(once, repeat=args.repeat)

        base_v, base_m = validate(master), merge(good)
        print(
            f"sample plan: {master.stat().st_size / 1024:,.0f} KiB master, {good.stat().st_size / 1024:,.0f} KiB form"
        )
        print(
            f"{'class':<24} {'file KiB':>9} {'validate s':>11} {'MB':>6} {'×t':>5} {'×mem':>5}   "
            f"{'merge s':>8} {'MB':>6} {'×t':>5} {'×mem':>5}"
        )
        print(
            f"{'(sample plan, first)':<24} {'':>9} {base_v[0]:>11.2f} {base_v[1] / 1024:>6.0f} {1:>5.2f} {1:>5.2f}   "
            f"{base_m[0]:>8.2f} {base_m[1] / 1024:>6.0f} {1:>5.2f} {1:>5.2f}"
        )
        worst = 0.0
        for name in files:
            hostile_master, hostile_form = files[name]
            v, m = validate(hostile_master), merge(hostile_form)
            # the sample again right beside each class: on a shared machine the load changes within a run
            near_v, near_m = validate(master), merge(good)
            tv, tm = near_v[0], near_m[0]
            ratios = (v[0] / tv, v[1] / base_v[1], m[0] / tm, m[1] / base_m[1])
            worst = max(worst, *ratios)
            size = max(hostile_master.stat().st_size, hostile_form.stat().st_size) / 1024
            print(
                f"{name:<24} {size:>9,.0f} {v[0]:>11.2f} {v[1] / 1024:>6.0f} {ratios[0]:>5.2f} {ratios[1]:>5.2f}   "
                f"{m[0]:>8.2f} {m[1] / 1024:>6.0f} {ratios[2]:>5.2f} {ratios[3]:>5.2f}"
            )
        verdict = "within" if worst <= TARGET else "OVER"
        print(f"worst ratio {worst:.2f} ({verdict} the target of {TARGET}× the sample's time and memory)")


if __name__ == "__main__":
    main()
