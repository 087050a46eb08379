"""Helpers shared by the agency tests: a keyed master, forms issued and filled, defined names edited in a form's
parts (the zip surgery itself is in ``helpers.py``)."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable, Mapping
from decimal import Decimal
from pathlib import Path

from opplan_xl import schema
from opplan_xl.agency.form import export_form
from opplan_xl.agency.sample import fill_form
from opplan_xl.model import Plan, Project

from .conftest import small_plan

AGENCY = "แขวงทางหลวงชนบทพะเยา"
KEY = "0123456789abcdef0123456789abcdef"
ISSUED = dt.datetime(2026, 10, 20, 9, 30, 0)
TODAY = dt.date(2026, 11, 2)


def keyed_plan(key: str = KEY) -> Plan:
    """The small valid plan of conftest with a plan key, one own project per strategy."""
    plan = small_plan()
    plan.settings.plan_key = key
    return plan


def row(name: str, budget: str = "100000", **values: object) -> dict[str, object]:
    """A valid form row (column key → value) for the small plan."""
    out: dict[str, object] = {
        "strategy": "1",
        "plan_area": "แผนงานอุตสาหกรรมและการโยธา",
        "name": name,
        "activity": f"รายละเอียดของ{name}",
        "budget": Decimal(budget),
        "location": "หมู่ที่ 1",
        "months": (1, 2),
    }
    out.update(values)
    return out


def issue_and_fill(
    plan: Plan,
    rows: Iterable[Mapping[str, object]],
    folder: Path,
    name: str = "returned.xlsx",
    *,
    agency: str = AGENCY,
    issued: dt.datetime = ISSUED,
) -> Path:
    """Issue a form from ``plan`` for ``agency`` and fill it with ``rows`` as the agency would."""
    folder.mkdir(parents=True, exist_ok=True)
    form = export_form(plan, agency, folder / f"blank-{name}", now=issued).path
    out = fill_form(form, rows, folder / name)
    form.unlink()
    return out


def set_defined_name(parts: dict[str, bytes], name: str, value: str) -> None:
    """Change the text constant of a defined name in ``xl/workbook.xml``."""
    xml = parts["xl/workbook.xml"].decode("utf-8")
    pattern = re.compile(rf'(<definedName[^>]*name="{re.escape(name)}"[^>]*>)[^<]*(</definedName>)')
    escaped = value.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")
    new, n = pattern.subn(lambda m: m.group(1) + f"&quot;{escaped}&quot;" + m.group(2), xml)
    assert n == 1, name
    parts["xl/workbook.xml"] = new.encode("utf-8")


def folder_hashes(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.rglob("*") if p.is_file()
    }


def data_of(p: Project) -> dict[str, object]:
    """A project's data (what a form carries), for comparisons."""
    keys = [k for k in schema.PROJECT_DATA_KEYS if schema.PROJECTS.column(k).kind is not schema.Kind.MONTH]
    out: dict[str, object] = {k: getattr(p, k) for k in keys}
    out["months"] = p.months
    return out


def own_rows(plan: Plan) -> list[Project]:
    return [p for p in plan.projects if not p.is_merged]


def merged_rows(plan: Plan, agency: str = AGENCY) -> list[Project]:
    return [p for p in plan.projects if p.is_merged and p.origin_agency == agency]
