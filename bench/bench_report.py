"""The monitoring report for a large plan with progress, against the formal document in the same run.

    python bench/bench_report.py [--projects 5000]

Times, each as a fresh process (bench/timing.py): ``report``: ``progress_report`` + the report's .docx (with its
three charts) + the .xlsx of the same tables for ``synthetic_plan(n)`` with made-up progress on every row;
``document``: ``generate_document(synthetic_plan(n))``, the plan's formal document (the baseline). Prints seconds,
peak memory and the ratio report / document (no PDF in either).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from timing import run_python

REPORT = """
import sys, datetime as dt
from decimal import Decimal
from pathlib import Path
from opplan_xl import schema
from opplan_xl.example import synthetic_plan
from opplan_xl.monitoring.report import progress_report
from opplan_xl.monitoring.write import write_report
plan = synthetic_plan(int(sys.argv[1]))
statuses = schema.PROGRESS_STATUSES
for i, p in enumerate(plan.projects):
    p.progress = statuses[i % 3]
    if p.budget and i % 3:
        p.disbursed = (p.budget * Decimal("0.6")).quantize(Decimal("0.01"))
        p.disbursed_date = dt.date(2027, 3, 1 + i % 28)
    if i % 50 == 0:
        p.progress_note = "ผู้รับจ้างส่งมอบงานล่าช้า"
plan.settings.fiscal_year = 2570
report = progress_report(plan, dt.date(2027, 3, 31))
write_report(plan, report, Path(sys.argv[2]) / "report.docx")
"""

DOCUMENT = """
import sys
from pathlib import Path
from opplan_xl.document import generate_document
from opplan_xl.example import synthetic_plan
generate_document(synthetic_plan(int(sys.argv[1])), Path(sys.argv[2]) / "plan.docx")
"""


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--projects", type=int, default=5000)
    n = str(parser.parse_args().projects)
    with tempfile.TemporaryDirectory() as tmp:
        doc_s, doc_kb = run_python(DOCUMENT, n, tmp)
        rep_s, rep_kb = run_python(REPORT, n, tmp)
    print(f"projects: {n}")
    print(f"document (baseline): {doc_s:.2f} s, peak {doc_kb / 1024:.0f} MB")
    print(f"report (+charts, +xlsx): {rep_s:.2f} s, peak {rep_kb / 1024:.0f} MB")
    print(f"ratio report/document: time {rep_s / doc_s:.2f}, memory {rep_kb / doc_kb:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
