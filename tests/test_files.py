from pathlib import Path

from opplan_xl.files import safe_write


def test_safe_write_keeps_numbered_backups(tmp_path: Path) -> None:
    target = tmp_path / "plan.docx"
    assert safe_write(target, b"one") is None
    b1 = safe_write(target, b"two")
    b2 = safe_write(target, b"three")
    assert target.read_bytes() == b"three"
    assert b1 == tmp_path / "plan.1.docx" and b1.read_bytes() == b"one"
    assert b2 == tmp_path / "plan.2.docx" and b2.read_bytes() == b"two"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_safe_write_gives_normal_permissions(tmp_path: Path) -> None:
    import os
    import stat

    target = tmp_path / "shared.xlsx"
    safe_write(target, b"x")
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask
    target.chmod(0o640)
    safe_write(target, b"y")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def _writer(target: str, who: int, count: int) -> None:
    for i in range(count):
        safe_write(target, f"{who}-{i}".encode())


def _versions(folder: Path, name: str) -> list[bytes]:
    stem = name.rsplit(".", 1)[0]
    return [p.read_bytes() for p in folder.iterdir() if p.name == name or p.name.startswith(f"{stem}.")]


def test_four_writers_at_once_keep_every_version_exactly_once(tmp_path: Path) -> None:
    import multiprocessing

    target = tmp_path / "plan.xlsx"
    safe_write(target, b"start")
    ctx = multiprocessing.get_context("fork")
    procs = [ctx.Process(target=_writer, args=(str(target), who, 200)) for who in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
    assert [p.exitcode for p in procs] == [0, 0, 0, 0]
    kept = sorted(_versions(tmp_path, "plan.xlsx"))
    wanted = sorted([b"start", *(f"{who}-{i}".encode() for who in range(4) for i in range(200))])
    assert kept == wanted  # 801 versions, none lost, none twice
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary or lock file left


def test_without_hard_links_the_copy_never_overwrites_a_backup(tmp_path: Path, monkeypatch) -> None:
    import os

    def no_links(src, dst, *a, **k):
        raise PermissionError(1, "Operation not permitted")  # what FAT and many network shares say

    monkeypatch.setattr(os, "link", no_links)
    target = tmp_path / "plan.docx"
    for i in range(5):
        safe_write(target, f"v{i}".encode())
    (tmp_path / "plan.7.docx").write_bytes(b"someone else's")
    safe_write(target, b"v5")
    assert (tmp_path / "plan.7.docx").read_bytes() == b"someone else's"
    assert (tmp_path / "plan.8.docx").read_bytes() == b"v4"
    assert sorted(_versions(tmp_path, "plan.docx")) == sorted(
        [*(f"v{i}".encode() for i in range(6)), b"someone else's"]
    )
