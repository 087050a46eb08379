"""The public API as the issue writes it: ``from opplan_xl import …`` gives the functions, in any import order."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

API_LINE = (
    "from opplan_xl import Plan, Project, Strategy, Equipment, Settings, read_workbook, write_workbook, "
    "validate, rollup"
)


def run(code: str) -> str:
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.strip()


def test_the_issue_import_line_gives_callables(tmp_path: Path) -> None:
    book = tmp_path / "p.xlsx"
    code = f"""
{API_LINE}
import opplan_xl.rollup  # importing the submodule afterwards must not shadow the function
from opplan_xl.example import sample_plan
plan = sample_plan()
write_workbook(plan, {str(book)!r})
back, findings = read_workbook({str(book)!r})
assert findings == [] and validate(back) == []
r = rollup(back)
from opplan_xl import generate_document, Finding, Holiday
print(r.total_projects, r.total_budget_pct, callable(generate_document))
"""
    assert run(code) == "73 100.00 True"


def test_submodule_first_then_the_api() -> None:
    assert (
        run("import opplan_xl.rollup, opplan_xl.xlsx.write\nfrom opplan_xl import rollup\nprint(callable(rollup))")
        == "True"
    )
