"""The sample plan's two amendments (``sample_amendments.json``), made the way an officer makes them: edit a copy
of the plan, then :func:`~opplan_xl.versions.amend.amend` the two. ``change`` and ``cancel`` name rows of the
projects table by position (0-based) in the plan the amendment starts from."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from functools import cache
from importlib import resources

from ..model import Amendment, Plan, Project, money
from .amend import amend


@cache
def _data() -> dict:
    return json.loads(resources.files(__package__).joinpath("sample_amendments.json").read_text("utf-8"))


def _amendment(data: dict) -> Amendment:
    values = {k: (dt.date.fromisoformat(v) if k.endswith("_date") else v) for k, v in data.items()}
    return Amendment(**values)


def _project(data: dict) -> Project:
    values = dict(data)
    values["budget"] = money(Decimal(values["budget"]))
    values["months"] = tuple(values.get("months", ()))
    return Project(**values)


def _set(row: Project, values: dict) -> None:
    for key, value in values.items():
        if key == "budget":
            value = money(Decimal(value))
        elif key == "months":
            value = tuple(value)
        setattr(row, key, value)
        if key == "months":
            row.months = Project(months=value).months  # fiscal order


def with_sample_amendments(plan: Plan, count: int | None = None) -> Plan:
    """``plan`` (the sample plan) with the first ``count`` sample amendments (all by default)."""
    steps = _data()["amendments"][:count]
    current = plan
    for step in steps:
        edited = current.model_copy(deep=True)
        live = [p for p in edited.projects if p.cancelled_in is None]
        for change in step.get("change", []):
            _set(live[change["row"]], change["set"])
        cancelled = {id(live[c["row"]]) for c in step.get("cancel", [])}
        edited.projects = [p for p in edited.projects if id(p) not in cancelled]
        edited.projects += [_project(p) for p in step.get("add", [])]
        result = amend(current, edited, _amendment(step["amendment"]))
        assert result.plan is not None, "the sample's rows are all distinct"
        current = result.plan
    return current
