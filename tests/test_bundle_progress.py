"""``opplan bundle`` shows its long steps on a terminal (building the wheel, each download per machine and Python, the
offline check, the zip) with Thai labels, and is quiet when its output is not a terminal."""

from __future__ import annotations

import contextlib
import subprocess
from pathlib import Path
from typing import ClassVar

import pytest

import opplan_xl.progress as progress_module
from opplan_xl.cli import main
from opplan_xl.packaging import build_bundle

from .test_bundle import PY, wheelhouse  # noqa: F401 (the fixture)


class Recorder:
    """A Progress that records the stages entered (key and parameters), in order, and draws nothing."""

    made: ClassVar[list[Recorder]] = []

    def __init__(self, lang: str = "th", enabled: bool | None = None) -> None:
        self.stages: list[tuple[str, dict]] = []
        Recorder.made.append(self)

    @contextlib.contextmanager
    def stage(self, key: str, **params: object):
        self.stages.append((key, params))
        yield

    def items(self, iterable, key: str, total: int | None = None, **params: object):
        self.stages.append((key, params))
        yield from iterable


def _args(project: Path, house: Path, out: Path) -> list[str]:
    return ["bundle", "-o", str(out), "--target", "windows", "--python", PY, "--wheel", str(project),
            "--no-index", "--find-links", str(house)]  # fmt: skip


def test_the_command_enters_each_long_step(wheelhouse, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    project, house = wheelhouse
    Recorder.made = []
    monkeypatch.setattr(progress_module, "Progress", Recorder)
    assert main(_args(project, house, tmp_path / "dist")) == 0
    [recorder] = Recorder.made
    keys = [k for k, _ in recorder.stages]
    assert keys[0] == "ui.progress.bundle_download" and keys[-2:] == ["ui.progress.bundle_verify", "ui.progress.write"]
    downloads = [p for k, p in recorder.stages if k == "ui.progress.bundle_download"]
    assert downloads[0] == {"target": "windows", "platform": "win_amd64", "python": PY}
    assert recorder.stages[-1][1]["path"] == tmp_path / "dist" / "opplan-xl-0.1.0-windows.zip"


def test_building_the_wheel_is_a_stage(tmp_path: Path) -> None:
    recorder = Recorder()
    seen: list[list[str]] = []

    def run(cmd, **kwargs):  # pip, refused at the first step: only the stages entered so far matter here
        seen.append(cmd)
        return subprocess.CompletedProcess(cmd, 1, "", "no network here")

    with pytest.raises(Exception, match="pip wheel"):
        build_bundle("linux", tmp_path / "dist", pythons=[PY], run=run, progress=recorder)
    assert [k for k, _ in recorder.stages] == ["ui.progress.bundle_wheel"] and "wheel" in seen[0]


def test_quiet_off_a_terminal_and_thai_on_one(wheelhouse, tmp_path: Path, capsys, monkeypatch) -> None:  # noqa: F811
    project, house = wheelhouse
    assert main(_args(project, house, tmp_path / "a")) == 0
    err = capsys.readouterr().err
    assert "กำลังดาวน์โหลด" not in err and "กำลังตรวจ" not in err, "quiet when stderr is not a terminal"
    monkeypatch.setattr(progress_module, "wanted", lambda as_json=False: True)
    assert main(_args(project, house, tmp_path / "b")) == 0
    err = capsys.readouterr().err
    assert f"กำลังดาวน์โหลด wheel สำหรับ windows (win_amd64, Python {PY})" in err
    assert "กำลังตรวจว่าชุดติดตั้งสำหรับ windows ติดตั้งได้" in err and "กำลังเขียนไฟล์" in err
