"""Benchmark: importing a 5,000-row hand-made workbook against an openpyxl load of the same file, in one run.

The hand-made workbook is :func:`opplan_xl.importer.sample.write_handmade` of ``synthetic_plan(rows)``: a title
block, a two-row merged header, heading rows, continuation rows, amounts as text, months as fill colours, "รวม"
rows. Each side runs as a whole fresh process (interpreter start, imports, work), best of ``--repeat``:

- ``openpyxl load``: ``load_workbook(path, data_only=True)`` (full mode: fills and merged cells need it), the
  floor of what the import can cost, since the import reads the file through exactly that load;
- ``import_workbook``: the safety checks, that load, reading every sheet, parsing and validating the plan;
- ``opplan import``: the command as an officer runs it, also writing the new workbook with its report sheet.

    .venv/bin/python bench/bench_import.py [--rows 5000] [--repeat 2] [--keep DIR]

Prints seconds and peak memory of each, and the ratio import / openpyxl load (time and memory).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from timing import best, run, run_python

LOAD = (
    "import sys, openpyxl; wb = openpyxl.load_workbook(sys.argv[1], data_only=True); "
    "n = sum(len(ws._cells) for ws in wb.worksheets); wb.close()"
)
IMPORT = (
    "import sys; from opplan_xl.importer import import_workbook; "
    "got = import_workbook(sys.argv[1]); assert len(got.plan.projects) == int(sys.argv[2]), len(got.plan.projects)"
)


def make_workbook(path: Path, rows: int) -> None:
    from opplan_xl.example import synthetic_plan
    from opplan_xl.importer.sample import Layout, write_handmade

    write_handmade(synthetic_plan(rows), path, Layout(amounts="text", wrong_total=True))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", type=int, default=5000)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--keep", type=Path, help="write the workbook here instead of a temporary folder")
    ap.add_argument("--make", type=Path, help=argparse.SUPPRESS)  # child: only write the workbook
    args = ap.parse_args()
    if args.make:
        make_workbook(args.make, args.rows)
        return
    with tempfile.TemporaryDirectory(prefix="opplan-bench-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"handmade-{args.rows}.xlsx"
        subprocess.run([sys.executable, __file__, "--make", str(path), "--rows", str(args.rows)], check=True)
        out = folder / "imported.xlsx"
        print(f"hand-made workbook: {path.name}, {args.rows:,} projects, {path.stat().st_size / 1024:,.0f} KiB")
        base_t, base_m = best(run_python, "pass", repeat=args.repeat)
        load_t, load_m = best(run_python, LOAD, str(path), repeat=args.repeat)
        imp_t, imp_m = best(run_python, IMPORT, str(path), str(args.rows), repeat=args.repeat)
        opplan = str(Path(sys.executable).with_name("opplan"))
        cli_t, cli_m = best(run, [opplan, "import", str(path), "-o", str(out)], (0, 1), repeat=args.repeat)
    print(f"{'':34}{'best of ' + str(args.repeat):>12}{'peak RSS':>12}")
    print(f"{'python -c pass':34}{base_t:>11.3f}s{base_m / 1024:>10.1f}MB")
    print(f"{'openpyxl load (data_only)':34}{load_t:>11.3f}s{load_m / 1024:>10.1f}MB")
    print(f"{'import_workbook':34}{imp_t:>11.3f}s{imp_m / 1024:>10.1f}MB")
    print(f"{'opplan import (+ new workbook)':34}{cli_t:>11.3f}s{cli_m / 1024:>10.1f}MB")
    print(f"ratio import_workbook / openpyxl load: {imp_t / load_t:.2f} (time), {imp_m / load_m:.2f} (peak memory)")
    print(f"ratio opplan import / openpyxl load: {cli_t / load_t:.2f} (time), {cli_m / load_m:.2f} (peak memory)")


if __name__ == "__main__":
    main()
