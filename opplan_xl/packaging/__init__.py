"""``opplan bundle``: the offline install bundle an officer unzips and double-clicks (Windows, macOS; Linux for CI).

A bundle is one zip per target holding ``wheels/`` (the project's wheel and every dependency as a binary wheel for
each supported Python, fetched with pip's ``--platform``/``--python-version``/``--only-binary :all:``, so it
installs with no internet), ``wheels/requirements.txt`` (what the scripts install), ``wheels/pythons.txt`` (the
Python versions it has wheels for) and the install scripts from :mod:`opplan_xl.packaging.scripts`.

pip evaluates environment markers for the machine it runs on, not for ``--platform``, so a dependency such as
xlwings' ``pywin32; platform_system == "Windows"`` would be missing from a Windows bundle made on Linux. The
bundle reads the downloaded wheels' ``Requires-Dist`` itself, evaluates each marker for the target, and adds what
is missing to ``requirements.txt`` until nothing more is needed. Then, for each target platform and Python version,
``pip install --dry-run --no-index --find-links wheels/ --platform … --python-version … --only-binary :all:``
proves the wheel set resolves; a bundle that does not resolve is not written.

Each long step (building the wheel, each download per machine and Python, the offline check, writing the zip) is a
stage of the ``progress`` it is given (:class:`opplan_xl.progress.Progress`: Thai labels on a terminal, quiet
elsewhere).
"""

from __future__ import annotations

import io
import re
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..progress import Progress

__all__ = ["PYTHONS", "TARGETS", "BundleError", "Target", "build_bundle", "platform_requirements"]

PYTHONS = ("3.11", "3.12", "3.13")
"""The Python versions a bundle carries wheels for (the project needs 3.11+)."""


@dataclass(frozen=True)
class Target:
    """One kind of computer: its machines (each a set of pip platform tags, resolved once; pip expands a macOS tag
    to older and universal2 ones itself, a manylinux tag not) and the marker values of its Python."""

    name: str
    machines: tuple[tuple[str, ...], ...]
    system: str  # platform_system
    sys_platform: str
    os_name: str
    machine: str
    scripts: dict[str, str] = field(default_factory=dict)  # bundle name → script in packaging/scripts


TARGETS = {
    "windows": Target(
        "windows", (("win_amd64",),), "Windows", "win32", "nt", "AMD64",
        {"install.cmd": "install.cmd", "install.ps1": "install.ps1", "uninstall.cmd": "uninstall.cmd",
         "uninstall.ps1": "uninstall.ps1", "README-TH.txt": "README-TH.txt"},
    ),
    "macos": Target(
        "macos", (("macosx_11_0_arm64",), ("macosx_10_13_x86_64",)), "Darwin", "darwin", "posix", "arm64",
        {"install.command": "install.sh", "uninstall.command": "uninstall.sh", "README-TH.txt": "README-TH.txt"},
    ),
    "linux": Target(
        "linux", (("manylinux_2_28_x86_64", "manylinux_2_17_x86_64", "manylinux2014_x86_64"),),
        "Linux", "linux", "posix", "x86_64",
        {"install.sh": "install.sh", "uninstall.sh": "uninstall.sh", "README-TH.txt": "README-TH.txt"},
    ),
}  # fmt: skip

Runner = Callable[..., subprocess.CompletedProcess]


class BundleError(RuntimeError):
    """A bundle could not be made: pip failed, or the wheel set does not resolve for a target."""


def _marker_class():
    try:
        from packaging.markers import Marker
    except ImportError:  # pip always carries packaging
        from pip._vendor.packaging.markers import Marker
    return Marker


def _environment(target: Target, python: str) -> dict[str, str]:
    return {
        "platform_system": target.system, "sys_platform": target.sys_platform, "os_name": target.os_name,
        "platform_machine": target.machine, "python_version": python, "python_full_version": f"{python}.0",
        "implementation_name": "cpython", "platform_python_implementation": "CPython", "extra": "",
        "platform_release": "", "platform_version": "",
    }  # fmt: skip


_NAME = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)")


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _wheel_name(path: Path) -> str:
    return _norm(path.name.split("-")[0])


def _requires(wheel: Path) -> list[str]:
    with zipfile.ZipFile(wheel) as z:
        meta = next(n for n in z.namelist() if n.endswith(".dist-info/METADATA"))
        text = z.read(meta).decode("utf-8", errors="replace")
    return [line.split(":", 1)[1].strip() for line in text.splitlines() if line.startswith("Requires-Dist:")]


def platform_requirements(wheels: Path, target: Target, pythons: Sequence[str]) -> list[str]:
    """Requirements of the wheels in ``wheels`` whose marker holds on ``target`` but whose project is not there."""
    marker_class = _marker_class()
    have = {_wheel_name(w) for w in wheels.glob("*.whl")}
    out: dict[str, str] = {}
    for wheel in sorted(wheels.glob("*.whl")):
        for req in _requires(wheel):
            spec, _, marker = req.partition(";")
            m = _NAME.match(spec.strip())
            if not m or not marker.strip():
                continue
            name = _norm(m.group(1))
            if name in have or name in out:
                continue
            if any(marker_class(marker).evaluate(_environment(target, py)) for py in pythons):
                out[name] = spec.strip().replace(" ", "")
    return list(out.values())


def _pip(run: Runner, *args: str) -> subprocess.CompletedProcess:
    proc = run([sys.executable, "-m", "pip", *args], capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        tail = "\n".join((proc.stderr or proc.stdout or "").strip().splitlines()[-8:])
        raise BundleError(f"pip {' '.join(args[:3])} … failed:\n{tail}")
    return proc


def project_root() -> Path | None:
    """The source checkout this package runs from (where ``pyproject.toml`` is), or None when installed."""
    root = Path(__file__).resolve().parent.parent.parent
    return root if (root / "pyproject.toml").is_file() else None


def project_wheel(out: Path, run: Runner = subprocess.run, pip_args: Sequence[str] = ()) -> Path:
    """Build this project's wheel into ``out`` (from the source checkout)."""
    root = project_root()
    if root is None:
        raise BundleError("not a source checkout: pyproject.toml not found")
    _pip(run, "wheel", "--no-deps", "-q", "-w", str(out), *pip_args, str(root))
    return max(out.glob("opplan_xl-*.whl"), key=lambda p: p.stat().st_mtime)


def _platforms(machine: tuple[str, ...]) -> list[str]:
    return [arg for tag in machine for arg in ("--platform", tag)]


def _abi(python: str) -> str:
    return "cp" + python.replace(".", "")


def _download(run: Runner, wheels: Path, target: Target, pythons: Sequence[str], requirements: list[str],
              pip_args: Sequence[str], progress: Progress) -> None:  # fmt: skip
    for machine in target.machines:
        for py in pythons:
            with progress.stage("ui.progress.bundle_download", target=target.name, platform=machine[0], python=py):
                _pip(run, "download", "-q", "--dest", str(wheels), "--find-links", str(wheels),
                     "--only-binary", ":all:", *_platforms(machine), "--python-version", py,
                     "--implementation", "cp", "--abi", _abi(py), "--abi", "abi3", "--abi", "none",
                     *pip_args, *requirements)  # fmt: skip


def verify(wheels: Path, target: Target, pythons: Sequence[str], run: Runner = subprocess.run) -> list[str]:
    """Resolve ``wheels/requirements.txt`` offline for every platform and Python of ``target``; returns what was
    checked (``win_amd64/3.12`` …). Raises :class:`BundleError` when a set does not resolve."""
    checked = []
    with tempfile.TemporaryDirectory(prefix="opplan-dry-") as tmp:
        for machine in target.machines:
            for py in pythons:
                _pip(run, "install", "--dry-run", "-q", "--ignore-installed", "--no-index", "--find-links", str(wheels),
                     *_platforms(machine), "--python-version", py, "--implementation", "cp", "--abi", _abi(py),
                     "--abi", "abi3", "--abi", "none", "--only-binary", ":all:", "--target", tmp,
                     "-r", str(wheels / "requirements.txt"))  # fmt: skip
                checked.append(f"{machine[0]}/{py}")
    return checked


def _script(name: str) -> bytes:
    return resources.files("opplan_xl.packaging").joinpath("scripts", name).read_bytes()


@dataclass
class Bundle:
    path: Path
    target: str
    wheels: list[str]
    checked: list[str]

    @property
    def size(self) -> int:
        return self.path.stat().st_size


def build_bundle(
    target_name: str,
    out: Path,
    *,
    pythons: Sequence[str] = PYTHONS,
    wheel: Path | None = None,
    pip_args: Sequence[str] = (),
    run: Runner = subprocess.run,
    progress: Progress | None = None,
) -> Bundle:
    """Make ``opplan-xl-<version>-<target>.zip`` in ``out``.

    ``wheel``: the project's wheel (default: built now from the checkout); ``pip_args`` go to every download
    (``--no-index --find-links DIR`` for a local wheelhouse); ``run`` runs pip (tests); ``progress`` shows the long
    steps (default: none).
    """
    from ..progress import Progress

    stages = progress if progress is not None else Progress(enabled=False)
    target = TARGETS[target_name]
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="opplan-bundle-") as tmp:
        wheels = Path(tmp) / "wheels"
        wheels.mkdir()
        if wheel is None:
            with stages.stage("ui.progress.bundle_wheel"):
                wheel = project_wheel(Path(tmp) / "project", run, pip_args)
        (wheels / wheel.name).write_bytes(wheel.read_bytes())
        version = wheel.name.split("-")[1]
        extra: list[str] = []
        for _ in range(10):  # each round adds what the target's markers need and pip did not fetch
            # the project as its wheel file: never looked up by name in an index
            _download(run, wheels, target, pythons, [str(wheels / wheel.name), *extra], pip_args, stages)
            more = platform_requirements(wheels, target, pythons)
            if not more:
                break
            extra += more
        requirements = [f"opplan-xl=={version}", *extra]
        (wheels / "requirements.txt").write_text("\n".join(requirements) + "\n", encoding="ascii")
        (wheels / "pythons.txt").write_text(" ".join(sorted(pythons, reverse=True)) + "\n", encoding="ascii")
        with stages.stage("ui.progress.bundle_verify", target=target.name):
            checked = verify(wheels, target, pythons, run)

        folder = f"opplan-xl-{version}-{target.name}"
        path = out / f"{folder}.zip"
        from ..files import safe_write

        with stages.stage("ui.progress.write", path=path):
            buf = io.BytesIO()
            with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
                for name, source in sorted(target.scripts.items()):
                    info = zipfile.ZipInfo(f"{folder}/{name}", date_time=(2026, 1, 1, 0, 0, 0))
                    info.external_attr = (0o755 if name.endswith((".sh", ".command")) else 0o644) << 16
                    info.compress_type = zipfile.ZIP_DEFLATED
                    z.writestr(info, _script(source))
                for w in sorted(wheels.iterdir()):
                    z.write(w, f"{folder}/wheels/{w.name}")
            safe_write(path, buf.getvalue())
        return Bundle(path, target.name, sorted(w.name for w in wheels.glob("*.whl")), checked)
