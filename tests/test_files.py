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
