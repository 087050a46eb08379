"""The `opplan` command's contracts: exit codes, JSON shapes, Thai by default, English on request."""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from opplan_xl.cli import main
from opplan_xl.example import sample_plan
from opplan_xl.rollup import rollup
from opplan_xl.xlsx.write import write_workbook


@pytest.fixture(scope="module")
def sample_book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_workbook(sample_plan(), tmp_path_factory.mktemp("cli") / "sample.xlsx")


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_example_writes_a_sample_and_synthetic_workbooks(tmp_path: Path, capsys) -> None:
    code, out, _ = run_cli(capsys, "example", str(tmp_path / "a.xlsx"))
    assert code == 0 and (tmp_path / "a.xlsx").exists()
    assert "โครงการ" in out
    code, out, _ = run_cli(capsys, "example", str(tmp_path / "b.xlsx"), "--projects", "40", "--seed", "3")
    assert code == 0 and "40" in out


def test_validate_clean_sample_exits_0(sample_book: Path, capsys) -> None:
    code, out, _ = run_cli(capsys, "validate", str(sample_book))
    assert code == 0
    assert "ไม่พบข้อผิดพลาด" in out


def test_validate_json_contract(sample_book: Path, capsys) -> None:
    code, out, _ = run_cli(capsys, "validate", str(sample_book), "--json")
    data = json.loads(out)
    assert code == 0
    assert set(data) == {"findings", "counts"}
    assert set(data["counts"]) == {"error", "warning", "info"}
    assert data["counts"]["error"] == 0


def test_validate_with_errors_exits_1_and_names_sheet_and_cell(tmp_path: Path, capsys) -> None:
    plan = sample_plan()
    plan.projects[0].budget = Decimal("-10")
    book = write_workbook(plan, tmp_path / "bad.xlsx")
    code, out, _ = run_cli(capsys, "validate", str(book), "--json")
    data = json.loads(out)
    assert code == 1
    (f,) = [f for f in data["findings"] if f["code"] == "E-BUDGET-NEGATIVE"]
    assert set(f) == {"code", "severity", "sheet", "cell", "message"}
    assert f["severity"] == "error" and f["sheet"] == "ผด.02 โครงการ" and f["cell"].startswith("E")
    assert "ติดลบ" in f["message"]
    code, out, _ = run_cli(capsys, "--lang", "en", "validate", str(book), "--json")
    assert "negative" in json.loads(out)["findings"][0]["message"]


def test_validate_unreadable_exits_2(tmp_path: Path, capsys) -> None:
    junk = tmp_path / "junk.xlsx"
    junk.write_text("not a workbook")
    code, _out, err = run_cli(capsys, "validate", str(junk))
    assert code == 2
    assert "ไม่ใช่สมุดงาน Excel" in err
    code, out, _ = run_cli(capsys, "validate", str(tmp_path / "missing.xlsx"), "--json")
    assert code == 2 and json.loads(out)["findings"][0]["code"] == "E-FILE-NOT-FOUND"


def test_rollup_json_contract(sample_book: Path, capsys) -> None:
    code, out, _ = run_cli(capsys, "rollup", str(sample_book), "--json")
    data = json.loads(out)
    assert code == 0
    assert {"fiscal_year", "rows", "strategies", "total"} <= set(data)
    assert data["fiscal_year"] == 2570
    assert set(data["rows"][0]) == {
        "strategy",
        "strategy_name",
        "plan_area",
        "projects",
        "projects_pct",
        "budget",
        "budget_pct",
        "agencies",
    }
    assert set(data["strategies"][0]) >= {"strategy", "projects", "budget"}
    assert data["total"]["projects_pct"] == "100.00" and data["total"]["budget_pct"] == "100.00"
    assert sum(Decimal(r["budget_pct"]) for r in data["rows"]) == Decimal("100.00")
    assert Decimal(data["total"]["budget"]) == rollup(sample_plan()).total_budget
    for key in ("budget", "budget_pct", "projects_pct"):
        assert all(len(r[key].split(".")[1]) == 2 for r in data["rows"])


def test_rollup_text_is_thai(sample_book: Path, capsys) -> None:
    code, out, _ = run_cli(capsys, "rollup", str(sample_book))
    assert code == 0 and "รวมทั้งสิ้น" in out and "100.00" in out


@pytest.mark.parametrize(
    "announced",
    ["2026-10-07", "2569-10-07", "7 ต.ค. 2569", "๗ ตุลาคม ๒๕๖๙", "7/10/2569"],
)
def test_deadlines_accepts_ce_be_and_thai_dates(capsys, announced: str) -> None:
    code, out, _ = run_cli(
        capsys,
        "deadlines",
        "--budget-act-date",
        "2026-09-15",
        "--announced",
        announced,
        "--posted",
        "2026-10-08",
        "--json",
    )
    data = json.loads(out)
    assert code == 0
    assert set(data) == {"plan_due", "post_by", "keep_posted_through", "take_down_from", "findings"}
    assert data["plan_due"] == "2026-10-15"
    assert data["post_by"] == "2026-10-22"
    assert data["keep_posted_through"] == "2026-11-07"
    assert data["take_down_from"] == "2026-11-08"


def test_deadlines_late_posting_is_an_error(capsys) -> None:
    code, out, _ = run_cli(capsys, "deadlines", "--announced", "2 ม.ค. 2562", "--posted", "2019-01-18", "--json")
    data = json.loads(out)
    assert code == 1
    assert data["post_by"] == "2019-01-17"
    assert [f["code"] for f in data["findings"]] == ["E-POST-LATE"]


def test_deadlines_from_a_book_with_an_override(sample_book: Path, capsys) -> None:
    code, out, _ = run_cli(capsys, "deadlines", str(sample_book), "--taken-down", "2026-10-20", "--json")
    data = json.loads(out)
    assert code == 1
    assert "E-TAKEDOWN-EARLY" in [f["code"] for f in data["findings"]]


def test_deadlines_bad_date_argument(capsys) -> None:
    code, _out, err = run_cli(capsys, "deadlines", "--announced", "เมื่อวาน")
    assert code == 2 and "อ่านวันที่" in err


def test_unexpected_errors_become_one_thai_sentence(monkeypatch, tmp_path: Path, capsys) -> None:
    import opplan_xl.commands.rollup as cmd

    def boom(args):
        raise RuntimeError("internal detail")

    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setattr(cmd, "run", boom)
    code, _out, err = run_cli(capsys, "rollup", "whatever.xlsx")
    assert code == 2
    assert "ข้อผิดพลาดที่ไม่คาดคิด" in err and "Traceback" not in err and "internal detail" not in err
    logs = list((tmp_path / ".opplan" / "logs").glob("opplan-error-*.log"))
    assert logs and "internal detail" in logs[0].read_text(encoding="utf-8")


def test_console_script_runs_as_a_process(sample_book: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "opplan_xl.cli", "validate", str(sample_book)], capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stderr
    assert "ไม่พบข้อผิดพลาด" in proc.stdout


def test_deadlines_without_a_book_point_at_no_cell(capsys) -> None:
    _code, out, _ = run_cli(capsys, "deadlines", "--announced", "2 ม.ค. 2562", "--posted", "2019-01-18", "--json")
    (f,) = json.loads(out)["findings"]
    assert (f["sheet"], f["cell"]) == ("", "") and "เซลล์" not in f["message"]


def test_argument_errors_are_thai(capsys) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["validate"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "ยังไม่ได้ระบุ" in err and "BOOK" in err and "error:" not in err


def test_a_locked_output_gives_a_thai_sentence(tmp_path: Path, capsys, monkeypatch) -> None:
    import opplan_xl.files as files

    def locked(path, data):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(files, "safe_write", locked)
    monkeypatch.setattr("opplan_xl.xlsx.write.safe_write", locked, raising=False)
    code, _out, err = run_cli(capsys, "example", str(tmp_path / "open-in-excel.xlsx"))
    assert code == 2
    assert "เปิดอยู่ในโปรแกรมอื่น" in err and "open-in-excel.xlsx" in err and "Traceback" not in err
