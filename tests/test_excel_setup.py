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
    config = (tmp_path / "home" / ".xlwings" / "xlwings.conf").read_bytes()
    assert config == (
        b'"INTERPRETER_WIN","C:\\opplan\\python.exe"\r\n'
        b'"INTERPRETER_MAC","C:\\opplan\\python.exe"\r\n'
        b'"ADD_WORKBOOK_TO_PYTHONPATH","false"\r\n'
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


@pytest.mark.parametrize(("platform", "end"), [("win32", "\r\n"), ("darwin", "\n")])
def test_updated_config_replaces_only_our_keys(platform: str, end: str) -> None:
    old = '"interpreter_win","x"\n"PYTHONPATH","C:\\lib"\n'
    new = updated_config(old, {"INTERPRETER_WIN": "y"}, platform)
    assert new == f'"INTERPRETER_WIN","y"{end}"PYTHONPATH","C:\\lib"{end}'
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


CRLF_CONF = (
    b'"INTERPRETER_WIN","C:\\new\\python.exe"\r\n'
    b'"INTERPRETER_MAC","C:\\new\\python.exe"\r\n'
    b'"ADD_WORKBOOK_TO_PYTHONPATH","false"\r\n'
    b'"LICENSE_KEY","abc, def"\r\n'
    b'"CONDA PATH","C:\\conda"\r\n'
)


@pytest.mark.parametrize(
    "old",
    [
        b'"LICENSE_KEY","abc, def"\r\n"INTERPRETER_WIN","C:\\old\\python.exe"\r\n\r\n"CONDA PATH","C:\\conda"\r\n',
        b'"LICENSE_KEY","abc, def"\n"INTERPRETER_WIN","C:\\old\\python.exe"\n\n"CONDA PATH","C:\\conda"',
    ],
    ids=["crlf", "lf"],
)
def test_windows_config_is_crlf_with_the_users_keys_kept(tmp_path: Path, old: bytes) -> None:
    """VBA's ``Input #`` on Windows ends a record only at CR/CRLF, and fails on a blank line (error 62)."""
    conf = tmp_path / ".xlwings" / "xlwings.conf"
    conf.parent.mkdir(parents=True)
    conf.write_bytes(old)
    setup(None, home=tmp_path, platform="win32", python="C:\\new\\python.exe", copy_workbook=False)
    assert conf.read_bytes() == CRLF_CONF


def test_mac_config_is_lf(tmp_path: Path) -> None:
    report = setup(None, home=tmp_path, platform="darwin", python="/Users/a/.opplan/venv/bin/python",
                   copy_workbook=False, run=lambda cmd, **kw: subprocess.CompletedProcess(cmd, 0, "", ""))  # fmt: skip
    assert report.config.read_bytes() == (
        b'"INTERPRETER_WIN","/Users/a/.opplan/venv/bin/python"\n'
        b'"INTERPRETER_MAC","/Users/a/.opplan/venv/bin/python"\n'
        b'"ADD_WORKBOOK_TO_PYTHONPATH","false"\n'
    )


def _vba_input_records(data: bytes) -> list[tuple[str, str]]:
    """What VBA's ``Input #f, name, value`` reads on Windows: records end at CR or CRLF only (LF is data)."""
    records = []
    for line in data.decode("ascii").split("\r\n"):
        if line == "":
            continue
        name, _, value = line.partition('","')
        records.append((name.removeprefix('"'), value.removesuffix('"')))
    return records


def test_vba_reads_every_key_of_the_written_config(tmp_path: Path) -> None:
    setup(None, home=tmp_path, platform="win32", python="C:\\p\\python.exe", copy_workbook=False)
    records = dict(_vba_input_records(config_path(tmp_path, "win32").read_bytes()))
    assert records["INTERPRETER_WIN"] == "C:\\p\\python.exe"
    assert records["ADD_WORKBOOK_TO_PYTHONPATH"] == "false"


def test_a_mac_python_path_with_a_space_is_refused(tmp_path: Path, capsys) -> None:
    report = setup(None, home=tmp_path, platform="darwin", python="/Users/a/My Apps/venv/bin/python",
                   copy_workbook=False, run=lambda *a, **k: pytest.fail("must not run"))  # fmt: skip
    assert report.refused == "xl.setup.mac_space" and not report.ok
    assert not report.config.exists()
    assert "ช่องว่าง" in "\n".join(explain(report, platform="darwin"))


def test_macos_refusing_the_container_is_explained(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from opplan_xl.excel import setup as setup_module

    def denied(path, data):  # what macOS's privacy protection gives Terminal for Excel's container: EPERM
        raise PermissionError(1, "Operation not permitted", str(path))

    monkeypatch.setattr(setup_module, "safe_write", denied)
    report = setup(None, home=tmp_path, platform="darwin", python="/u/.opplan/venv/bin/python",
                   copy_workbook=False, run=lambda *a, **k: pytest.fail("must not run"))  # fmt: skip
    assert report.refused == "xl.setup.mac_container" and not report.ok
    text = "\n".join(explain(report, platform="darwin"))
    assert "Privacy & Security" in text and "ไม่ใช่เพราะไฟล์เปิดค้างอยู่" in text
    monkeypatch.setattr(setup_module, "safe_write", denied)
    with pytest.raises(PermissionError):  # on Windows it is a real error (the file is open, or a policy)
        setup(None, home=tmp_path, platform="win32", python="C:\\p.exe", copy_workbook=False)


def test_a_profile_path_outside_the_ansi_code_page_gets_a_config_beside_the_workbook(tmp_path: Path) -> None:
    home = tmp_path / "สมชาย"  # a Thai user name on a Windows whose ANSI code page is 1252
    report = setup(tmp_path / "OpPlan", home=home, platform="win32", python="C:\\opplan\\python.exe",
                   workbook=WORKBOOK, encoding="cp1252")  # fmt: skip
    assert "xl.setup.profile_ansi" in report.warnings
    assert report.directory_config == tmp_path / "OpPlan" / "xlwings.conf"
    assert report.directory_config.read_bytes() == report.config.read_bytes()
    assert report.directory_config.read_bytes().endswith(b'"false"\r\n')
    thai = setup(tmp_path / "OpPlan", home=home, platform="win32", python="C:\\opplan\\python.exe",
                 workbook=WORKBOOK, encoding="cp874")  # fmt: skip
    assert thai.directory_config is None and not thai.warnings, "Thai Windows (code page 874) reads the Thai name"
    inside = setup(home / "Documents", home=home, platform="win32", python="C:\\opplan\\python.exe",
                   workbook=WORKBOOK, encoding="cp1252")  # fmt: skip
    assert inside.directory_config is None and "xl.setup.profile_ansi_folder" in inside.warnings
    assert "--folder C:\\OpPlan" in "\n".join(explain(inside, platform="win32"))
