"""``opplan example`` takes its output file as ``-o/--out`` like every other command, or as before positionally;
one of them is needed, and both at once is a Thai error (which one would win is not guessed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from opplan_xl.cli import main


@pytest.mark.parametrize("flag", ["-o", "--out"])
def test_example_writes_to_the_o_option(tmp_path: Path, flag: str, capsys) -> None:
    out = tmp_path / "s.xlsx"
    assert main(["example", flag, str(out)]) == 0
    assert out.exists()
    assert str(out) in capsys.readouterr().out


def test_example_still_takes_the_positional(tmp_path: Path, capsys) -> None:
    out = tmp_path / "p.xlsx"
    assert main(["example", str(out), "--projects", "12"]) == 0
    assert out.exists() and "12" in capsys.readouterr().out


def test_both_outputs_given_is_a_thai_error_and_nothing_is_written(tmp_path: Path, capsys) -> None:
    a, b = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    assert main(["example", str(a), "-o", str(b)]) == 2
    err = capsys.readouterr().err
    assert "-o" in err and str(a) in err and str(b) in err and "ทั้ง" in err
    assert not a.exists() and not b.exists()


def test_no_output_given_is_a_thai_error(tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["example"]) == 2
    err = capsys.readouterr().err
    assert "-o" in err and "ยังไม่ได้ระบุ" in err
    assert list(tmp_path.iterdir()) == []


def test_a_folder_that_is_not_there(tmp_path, capsys) -> None:
    """`-o outdir/` (a folder that does not exist) says so, not "wrong extension"."""
    from opplan_xl.cli import main

    assert main(["example", "-o", f"{tmp_path / 'nothere'}/"]) == 2
    err = capsys.readouterr().err
    assert "ไม่พบโฟลเดอร์" in err and "นามสกุล" not in err
    assert not (tmp_path / "nothere").exists()
