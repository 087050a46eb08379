"""Benchmark: ``read_raw`` on a 5,000-project workbook against openpyxl read-only touching every cell.

Each side runs as a whole fresh process (``python -c …``: interpreter start, imports, reading), three
times, best time kept, because that is what a user pays for every ``opplan validate`` and every
button press. Peak memory is each child's ``ru_maxrss`` (from ``os.wait4``). On Linux a child's
maxrss includes the parent's memory at the moment of fork/exec, so this parent stays small: the
workbook is written by a child too, and ``python -c pass`` shows the floor.

    .venv/bin/python bench/bench_read.py [--rows 5000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from timing import OPENPYXL_TOUCH_EVERY_CELL, best, run_python

READ_RAW = (
    "import sys; from opplan_xl.xlsx.read import read_raw; "
    "raw = read_raw(sys.argv[1]); assert len(raw.tables['projects'].rows) == int(sys.argv[2]), raw.findings"
)


def make_workbook(path: Path, rows: int, seed: int = 1) -> None:
    """A plain standard-layout workbook (openpyxl, no styles): settings, strategies, ``rows`` projects,
    some equipment, and the lists sheet."""
    import openpyxl

    from opplan_xl import schema

    rnd = random.Random(seed)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = schema.SHEET_SETTINGS
    ws["A1"] = "ข้อมูลทั่วไปของแผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2569"
    values = {
        "org_kind": "องค์การบริหารส่วนตำบล",
        "org_name": "หนองบัวแก้ว",
        "district": "เมืองพะเยา",
        "province": "พะเยา",
        "fiscal_year": 2569,
        "executive_name": "นายสมชาย ใจดี",
        "announced_date": dt.datetime(2025, 10, 7),
    }
    for i, s in enumerate(schema.SETTINGS):
        ws.cell(schema.SETTINGS_FIRST_ROW + i, 1, s.label)
        ws.cell(schema.SETTINGS_FIRST_ROW + i, 2, values.get(s.key))
    hcol = 4
    for j, c in enumerate(schema.HOLIDAYS_TABLE.columns):
        ws.cell(schema.HOLIDAYS_TABLE.header_row, hcol + j, c.header)
    ws.cell(schema.HOLIDAYS_TABLE.header_row + 1, hcol, dt.datetime(2025, 11, 5))
    ws.cell(schema.HOLIDAYS_TABLE.header_row + 1, hcol + 1, "วันหยุดพิเศษ")

    def table(t: object, body: list[list[object]]) -> None:
        sh = wb.create_sheet(t.sheet)
        sh.cell(1, 1, t.title)
        for j, c in enumerate(t.columns, 1):
            sh.cell(t.header_row, j, c.header)
        for i, values in enumerate(body, t.header_row + 1):
            for j, v in enumerate(values, 1):
                if v is not None:
                    sh.cell(i, j, v)

    table(schema.STRATEGIES, [[k, f"ยุทธศาสตร์ที่ {k}", None, None, None] for k in range(1, 7)])
    months = [c.key for c in schema.PROJECTS.columns if c.kind is schema.Kind.MONTH]
    body = []
    for i in range(rows):
        marks = ["✓" if rnd.random() < 0.3 else None for _ in months]
        body.append(
            [
                rnd.randint(1, 6),
                schema.PLAN_AREAS[i % len(schema.PLAN_AREAS)],
                f"โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ {i % 20 + 1} ({i})",
                "เพื่อจ่ายเป็นค่าก่อสร้างถนน คสล. กว้าง 4 เมตร ยาว 150 เมตร หนา 0.15 เมตร",
                rnd.randint(10, 2_000_000),
                f"หมู่ที่ {i % 20 + 1}",
                "กองช่าง",
                schema.SOURCE_OWN_BUDGET,
                *marks,
                None,
                f"หน้า {i // 10 + 1} ลำดับที่ {i % 10 + 1}",
            ]
        )
    table(schema.PROJECTS, body)
    table(
        schema.EQUIPMENT,
        [["ครุภัณฑ์สำนักงาน", schema.PLAN_AREAS[0], "เก้าอี้", "เก้าอี้สำนักงาน", 3500, "ที่ทำการ", "สำนักปลัด"] for _ in range(20)],
    )
    lists = wb.create_sheet(schema.SHEET_LISTS)
    for j, lst in enumerate(schema.standard_lists(), 1):
        lists.cell(1, j, lst.header)
        for i, item in enumerate(lst.items, 2):
            lists.cell(i, j, item)
    wb.save(path)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", type=int, default=5000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--keep", type=Path, help="write the workbook here instead of a temporary folder")
    ap.add_argument("--make", type=Path, help=argparse.SUPPRESS)  # child: only write the workbook
    args = ap.parse_args()
    if args.make:
        make_workbook(args.make, args.rows)
        return
    with tempfile.TemporaryDirectory(prefix="opplan-bench-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"bench-{args.rows}.xlsx"
        subprocess.run([sys.executable, __file__, "--make", str(path), "--rows", str(args.rows)], check=True)
        print(f"workbook: {path.name}, {args.rows:,} projects × 23 columns, {path.stat().st_size / 1024:,.0f} KiB")
        base_t, base_m = best(run_python, "pass", repeat=args.repeat)
        ours_t, ours_m = best(run_python, READ_RAW, str(path), str(args.rows), repeat=args.repeat)
        ref_t, ref_m = best(run_python, OPENPYXL_TOUCH_EVERY_CELL, str(path), repeat=args.repeat)
    print(f"{'':34}{'best of ' + str(args.repeat):>12}{'peak RSS':>12}")
    print(f"{'python -c pass':34}{base_t:>11.3f}s{base_m / 1024:>10.1f}MB")
    print(f"{'read_raw (calamine)':34}{ours_t:>11.3f}s{ours_m / 1024:>10.1f}MB")
    print(f"{'openpyxl read-only, every cell':34}{ref_t:>11.3f}s{ref_m / 1024:>10.1f}MB")
    print(f"ratio read_raw / openpyxl: {ours_t / ref_t:.2f} (time), {ours_m / ref_m:.2f} (peak memory)")


if __name__ == "__main__":
    main()
