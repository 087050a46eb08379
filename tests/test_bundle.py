"""``opplan bundle``: the offline install zips. Fast tests build a bundle from a small local wheelhouse with the real
pip (no network); the slow one makes the Linux bundle of this project, installs it with --no-index through its own
install script and runs ``opplan demo``. The install scripts are checked by what runs here (shellcheck, bash -n);
no PowerShell or cmd parser can be installed here, so those get structural checks."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from opplan_xl.cli import main
from opplan_xl.packaging import TARGETS, BundleError, build_bundle, platform_requirements

SCRIPTS = Path(__file__).resolve().parent.parent / "opplan_xl" / "packaging" / "scripts"
PY = f"{sys.version_info.major}.{sys.version_info.minor}"


def _wheel(folder: Path, name: str, version: str, tag: str, requires: tuple[str, ...] = ()) -> Path:
    """A minimal valid wheel (METADATA, WHEEL, RECORD, one module)."""
    dist = f"{name}-{version}.dist-info"
    path = folder / f"{name}-{version}-{tag}.whl"
    meta = "Metadata-Version: 2.1\nName: {}\nVersion: {}\n{}".format(
        name.replace("_", "-"), version, "".join(f"Requires-Dist: {r}\n" for r in requires)
    )
    py, abi, plat = tag.split("-")
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(f"{name}_mod.py", "X = 1\n")
        z.writestr(f"{dist}/METADATA", meta)
        z.writestr(f"{dist}/WHEEL", f"Wheel-Version: 1.0\nGenerator: test\nRoot-Is-Purelib: true\nTag: {tag}\n")
        z.writestr(f"{dist}/RECORD", "")
    assert py and abi and plat
    return path


@pytest.fixture
def wheelhouse(tmp_path: Path) -> tuple[Path, Path]:
    """A project wheel needing one pure dependency, one Windows-only and one Mac-only dependency (as xlwings does)."""
    house = tmp_path / "house"
    house.mkdir()
    requires = ("dep>=1", 'winonly>=2; platform_system == "Windows"', 'maconly; platform_system == "Darwin"')
    project = _wheel(tmp_path, "opplan_xl", "0.1.0", "py3-none-any", requires)
    _wheel(house, "dep", "1.0", "py3-none-any")
    _wheel(house, "winonly", "2.0", f"cp{PY.replace('.', '')}-cp{PY.replace('.', '')}-win_amd64")
    _wheel(house, "maconly", "1.0", "py3-none-any")
    return project, house


def test_platform_markers_are_evaluated_for_the_target(wheelhouse, tmp_path: Path) -> None:
    project, _ = wheelhouse
    folder = tmp_path / "w"
    folder.mkdir()
    shutil.copy(project, folder)
    assert platform_requirements(folder, TARGETS["windows"], [PY]) == ["winonly>=2"]
    assert platform_requirements(folder, TARGETS["macos"], [PY]) == ["maconly"]
    assert platform_requirements(folder, TARGETS["linux"], [PY]) == []


def test_a_windows_bundle_from_a_local_wheelhouse(wheelhouse, tmp_path: Path) -> None:
    project, house = wheelhouse
    bundle = build_bundle("windows", tmp_path / "dist", pythons=[PY], wheel=project,
                          pip_args=["--no-index", "--find-links", str(house)])  # fmt: skip
    assert bundle.checked == [f"win_amd64/{PY}"]
    assert bundle.path.name == "opplan-xl-0.1.0-windows.zip"
    with zipfile.ZipFile(bundle.path) as z:
        names = set(z.namelist())
        top = "opplan-xl-0.1.0-windows/"
        assert {top + n for n in ("install.cmd", "install.ps1", "uninstall.cmd", "uninstall.ps1")} <= names
        wheels = {n.removeprefix(top + "wheels/") for n in names if n.endswith(".whl")}
        assert wheels == {project.name, "dep-1.0-py3-none-any.whl", f"winonly-2.0-cp{PY.replace('.', '')}-cp"
                          f"{PY.replace('.', '')}-win_amd64.whl"}  # fmt: skip
        assert z.read(top + "wheels/requirements.txt") == b"opplan-xl==0.1.0\nwinonly>=2\n"
        assert z.read(top + "wheels/pythons.txt") == f"{PY}\n".encode()


def test_a_wheel_set_that_does_not_resolve_makes_no_bundle(wheelhouse, tmp_path: Path, capsys) -> None:
    project, house = wheelhouse
    next(house.glob("winonly-*")).unlink()  # no Windows wheel of a dependency
    with pytest.raises(BundleError):
        build_bundle("windows", tmp_path / "dist", pythons=[PY], wheel=project,
                     pip_args=["--no-index", "--find-links", str(house)])  # fmt: skip
    assert not (tmp_path / "dist" / "opplan-xl-0.1.0-windows.zip").exists()
    code = main(["bundle", "-o", str(tmp_path / "dist"), "--target", "windows", "--python", PY, "--wheel",
                 str(project), "--no-index", "--find-links", str(house)])  # fmt: skip
    assert code == 2 and "ไม่สำเร็จ" in capsys.readouterr().err


@pytest.mark.skipif(shutil.which("shellcheck") is None, reason="shellcheck is not installed (apt install shellcheck)")
def test_the_posix_scripts_pass_shellcheck() -> None:
    for name in ("install.sh", "uninstall.sh"):
        run = subprocess.run(["shellcheck", "-s", "bash", str(SCRIPTS / name)], capture_output=True, text=True)
        assert run.returncode == 0, run.stdout


def test_the_posix_scripts_parse_and_are_executable() -> None:
    for name in ("install.sh", "uninstall.sh"):
        path = SCRIPTS / name
        assert subprocess.run(["bash", "-n", str(path)], capture_output=True).returncode == 0
        assert path.read_bytes().startswith(b"#!/bin/bash\n") and b"\r" not in path.read_bytes()


def test_the_windows_scripts_are_crlf_and_readable_by_cmd_and_powershell_5() -> None:
    """No parser for cmd or PowerShell installs here: cmd.exe reads a batch file in the OEM code page (so ASCII
    only) and needs CRLF; Windows PowerShell 5.1 reads a script without a BOM as ANSI (so UTF-8 with a BOM)."""
    for name in ("install.cmd", "uninstall.cmd", "install.ps1", "uninstall.ps1", "README-TH.txt"):
        data = (SCRIPTS / name).read_bytes()
        assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b""), f"{name}: not CRLF"
    for name in ("install.cmd", "uninstall.cmd"):
        text = (SCRIPTS / name).read_bytes().decode("ascii")
        assert text.startswith("@echo off") and "install.ps1" in text and "-ExecutionPolicy Bypass" in text
    for name in ("install.ps1", "uninstall.ps1"):
        data = (SCRIPTS / name).read_bytes()
        assert data.startswith(b"\xef\xbb\xbf")
        text = data.decode("utf-8-sig")
        for opening, closing in ("{}", "()", "[]"):
            assert text.count(opening) == text.count(closing), f"{name}: unbalanced {opening}{closing}"
    install = (SCRIPTS / "install.ps1").read_bytes().decode("utf-8-sig")
    for words in ("py.exe", "LOCALAPPDATA", "--no-index", "excel-setup", "Read-Host"):
        assert words in install
    # PowerShell 5.1 makes a native command's stderr a terminating error under 'Stop' (py.exe -3.13, 3.13 absent)
    assert "$ErrorActionPreference = 'Continue'" in install and "$ErrorActionPreference = 'Stop'" not in install


def _index_reachable(folder: Path) -> bool:
    run = subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", str(folder),
                          "defusedxml==0.7.1"], capture_output=True, timeout=120)  # fmt: skip
    return run.returncode == 0


@pytest.mark.slow
def test_the_linux_bundle_installs_offline_and_runs_the_demo(tmp_path: Path) -> None:
    """The real bundle of this project for this Python (pip's cache makes the download quick after the first run)."""
    if not _index_reachable(tmp_path / "probe"):
        pytest.skip("no package index reachable: the bundle's wheels cannot be downloaded here")
    bundle = build_bundle("linux", tmp_path / "dist", pythons=[PY])
    folder = tmp_path / "unzipped"
    with zipfile.ZipFile(bundle.path) as z:
        z.extractall(folder)
    (script,) = folder.glob("*/install.sh")
    script.chmod(0o755)
    home = tmp_path / "opplan-home"
    env = {**os.environ, "OPPLAN_HOME": str(home), "OPPLAN_PYTHON": sys._base_executable,
           "PIP_INDEX_URL": "http://127.0.0.1:9/", "PIP_EXTRA_INDEX_URL": "", "PIP_FIND_LINKS": ""}  # fmt: skip
    env.pop("PIP_CONSTRAINT", None)
    run = subprocess.run([str(script)], capture_output=True, text=True, env=env, timeout=600)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "ติดตั้งเสร็จแล้ว" in run.stdout
    demo = subprocess.run([str(home / "venv" / "bin" / "opplan"), "demo", str(tmp_path / "demo")],
                          capture_output=True, text=True, timeout=600, cwd=tmp_path)  # fmt: skip
    assert demo.returncode == 0, demo.stdout + demo.stderr
    assert any((tmp_path / "demo").rglob("*.xlsx"))
