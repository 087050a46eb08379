"""The house (issue 9, point 8): no import circles inside the package, the sample plan is data."""

from __future__ import annotations

import ast
from pathlib import Path

import opplan_xl

PACKAGE = Path(opplan_xl.__file__).parent


def _module(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports() -> dict[str, set[str]]:
    """Module → the package's modules it imports anywhere (also inside functions, as the lazy imports are)."""
    modules = {_module(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                base = package
                for _ in range(node.level - 1):
                    base = base.rpartition(".")[0]
                target = node.module or ""
                target = f"{base}.{target}".strip(".") if node.level else target
                for alias in node.names:
                    sub = f"{target}.{alias.name}"
                    found.add(sub if sub in modules else target)
            elif isinstance(node, ast.Import):
                found.update(a.name for a in node.names)
        graph[name] = {m for m in found if m in modules and m != name}
    return graph


def _reaches(graph: dict[str, set[str]], start: str, goal: str) -> bool:
    seen, todo = set(), [start]
    while todo:
        m = todo.pop()
        if m == goal:
            return True
        if m not in seen:
            seen.add(m)
            todo.extend(graph.get(m, ()))
    return False


def test_the_two_known_import_circles_are_broken() -> None:
    graph = _imports()
    for a, b in (
        ("opplan_xl.commands.export_form", "opplan_xl.commands.merge"),
        ("opplan_xl.excel.actions", "opplan_xl.excel.agency"),
    ):
        assert not (b in graph[a] and a in graph[b]), f"{a} and {b} import each other"


def test_no_two_modules_import_each_other() -> None:
    graph = _imports()
    pairs = sorted({tuple(sorted((a, b))) for a, deps in graph.items() for b in deps if a in graph.get(b, ())})
    assert pairs == []


def test_the_sample_plan_is_data_read_from_a_file() -> None:
    import json
    from importlib.resources import files

    from opplan_xl.example import sample_plan

    data = json.loads(files("opplan_xl.data").joinpath("sample_plan.json").read_text(encoding="utf-8"))
    plan = sample_plan()
    assert [p["name"] for p in data["projects"]] == [p.name for p in plan.projects]
    code = (PACKAGE / "example.py").read_text(encoding="utf-8")
    assert not any(p.name in code for p in plan.projects)  # no project is typed in code


# ---- point 7: tests that skip only for the right reason ------------------------------------------------------


def test_libreoffice_tests_detect_the_component_they_need(tmp_path: Path, monkeypatch) -> None:
    from opplan_xl import libreoffice

    program = tmp_path / "program"
    program.mkdir()
    soffice = program / "soffice"
    soffice.write_text("#!/bin/sh\n")
    (program / "libswlo.so").write_bytes(b"")  # Writer is here, Calc is not
    monkeypatch.setattr(libreoffice, "find_soffice", lambda: str(soffice))
    assert libreoffice.missing_component("writer") is None
    reason = libreoffice.missing_component("calc")
    assert reason is not None and "Calc" in reason
    monkeypatch.setattr(libreoffice, "find_soffice", lambda: None)
    assert "not installed" in (libreoffice.missing_component("writer") or "")


def test_the_readme_test_command_shows_skip_reasons() -> None:
    readme = (PACKAGE.parent / "README.md").read_text(encoding="utf-8")
    command = readme.split("<!-- test-command -->", 1)[1].split("```")[1]
    assert "pytest" in command and "-rs" in command.split()
