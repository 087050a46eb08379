"""``opplan excel-setup`` with a temporary home folder: the xlwings configuration, the workbook, the Mac step."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from opplan_xl import messages
from opplan_xl.cli import main
from opplan_xl.excel.setup import CONFIG_KEYS, config_path, explain, setup, updated_config

WORKBOOK = b"PK fake workbook bytes"


def test_config_goes_where_xlwings_reads_it() -> None:
    import xlwings

    here = "darwin" if sys.platform == "darwin" else "win32"
    assert str(config_path(Path.home(), here)) == xlwings.USER_CONFIG_FILE
    assert config_path(Path("/h"), "win32") == Path("/h/.xlwings/xlwings.conf")
    assert config_path(Path("/h"), "darwin") == Path("/h/Library/Containers/com.microsoft.Excel/Data/xlwings.conf")


def test_setup_writes_the_config_and_the_workbook(tmp_path: Path) -> None:
    report = setup(tmp_path / "แผน", home=tmp_path / "home", platform="win32", python=r"C:\opplan\python.exe",
                   workbook=WORKBOOK)  # fmt: skip
    config = (tmp_path / "home" / ".xlwings" / "xlwings.conf").read_text(encoding="ascii")
    assert config == (
        '"INTERPRETER_WIN","C:\\opplan\\python.exe"\n'
        '"INTERPRETER_MAC","C:\\opplan\\python.exe"\n'
        '"ADD_WORKBOOK_TO_PYTHONPATH","false"\n'
    )
    assert report.workbook == tmp_path / "แผน" / "OpPlan.xlsm"
    assert report.workbook.read_bytes() == WORKBOOK
    assert report.config_backup is None and report.workbook_backup is None and report.runpython is None
    assert not report.warnings


def test_other_keys_are_kept_and_the_old_files_backed_up(tmp_path: Path) -> None:
    home = tmp_path / "home"
    conf = home / ".xlwings" / "xlwings.conf"
    conf.parent.mkdir(parents=True)
    conf.write_text('"INTERPRETER_WIN","C:\\old\\python.exe"\n"LICENSE_KEY","abc"\n\n', encoding="ascii")
    folder = tmp_path / "wb"
    folder.mkdir()
    (folder / "OpPlan.xlsm").write_bytes(b"the officer's filled workbook")
    report = setup(folder, home=home, platform="win32", python="C:\\new\\python.exe", workbook=WORKBOOK)
    text = conf.read_text(encoding="ascii")
    assert '"LICENSE_KEY","abc"' in text and "old" not in text and text.count("INTERPRETER_WIN") == 1
    assert report.config_backup == home / ".xlwings" / "xlwings.1.conf"
    assert "old" in report.config_backup.read_text(encoding="ascii")
    assert report.workbook_backup == folder / "OpPlan.1.xlsm"
    assert report.workbook_backup.read_bytes() == b"the officer's filled workbook"

    again = setup(folder, home=home, platform="win32", python="C:\\new\\python.exe", workbook=WORKBOOK)
    assert again.config_backup is None and again.workbook_backup is None, "nothing changed, nothing backed up"
    assert not (folder / "OpPlan.2.xlsm").exists()


def test_updated_config_replaces_only_our_keys() -> None:
    old = '"interpreter_win","x"\n"PYTHONPATH","C:\\lib"\n'
    new = updated_config(old, {"INTERPRETER_WIN": "y"})
    assert new == '"PYTHONPATH","C:\\lib"\n"INTERPRETER_WIN","y"\n'
    assert set(CONFIG_KEYS) == {"INTERPRETER_WIN", "INTERPRETER_MAC", "ADD_WORKBOOK_TO_PYTHONPATH"}


def test_mac_runs_runpython_install(tmp_path: Path) -> None:
    calls = []

    def runner(cmd, **kwargs):
        calls.append(cmd)
        return subprocess.CompletedProcess(cmd, 0, "Successfully enabled RunPython!", "")

    report = setup(None, home=tmp_path, platform="darwin", python="/opt/opplan/bin/python", workbook=WORKBOOK,
                   run=runner)  # fmt: skip
    assert calls == [["/opt/opplan/bin/python", "-m", "xlwings.cli", "runpython", "install"]]
    assert report.runpython is True
    assert report.config == tmp_path / "Library/Containers/com.microsoft.Excel/Data/xlwings.conf"
    assert report.workbook == tmp_path / "Documents" / "OpPlan" / "OpPlan.xlsm"
    lines = explain(report, platform="darwin")
    assert messages.text("xl.setup.runpython") in lines
    assert any("Enable Macros" in line for line in lines) and any("Automation" in line for line in lines)

    def failing(cmd, **kwargs):
        return subprocess.CompletedProcess(cmd, 1, "", "Traceback...\nPermissionError: denied")

    failed = setup(None, home=tmp_path, platform="darwin", python="/x/python", workbook=WORKBOOK, run=failing)
    assert failed.runpython is False and failed.runpython_error == "PermissionError: denied"
    assert messages.text("xl.setup.runpython_failed", reason="PermissionError: denied") in explain(failed, "darwin")


def test_a_non_ascii_python_path_is_warned_about(tmp_path: Path) -> None:
    report = setup(None, home=tmp_path, platform="linux", python="/home/สมชาย/venv/bin/python", copy_workbook=False)
    assert report.warnings[0] == "xl.setup.non_ascii"
    assert report.workbook is None
    assert any(line.startswith("คำเตือน") for line in explain(report, platform="win32"))


def test_windows_steps_in_thai(tmp_path: Path) -> None:
    report = setup(tmp_path / "wb", home=tmp_path, platform="win32", python="C:\\p\\python.exe", workbook=WORKBOOK)
    text = "\n".join(explain(report, platform="win32"))
    for words in ("Unblock", "Trusted Location", "Enable Content", "แผนการดำเนินงาน", str(report.workbook)):
        assert words in text


@pytest.mark.slow
def test_the_command_with_a_temporary_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("USERPROFILE", str(tmp_path))
    folder = tmp_path / "OpPlan here"
    assert main(["excel-setup", "--folder", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "xlwings.conf" in out and "OpPlan.xlsm" in out
    committed = Path(__file__).resolve().parent.parent / "workbook" / "OpPlan.xlsm"
    assert (folder / "OpPlan.xlsm").read_bytes() == committed.read_bytes()
    conf = config_path(tmp_path, "darwin" if sys.platform == "darwin" else "win32").read_text()
    assert f'"INTERPRETER_WIN","{sys.executable}"' in conf
