"""Made-up progress for the sample plan (``sample_progress.json``): the 6-month and annual rounds of the demo."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from functools import cache
from importlib import resources

from ..model import Plan, money


@cache
def _data() -> dict:
    return json.loads(resources.files(__package__).joinpath("sample_progress.json").read_text("utf-8"))


def sample_round_date(name: str) -> dt.date:
    return dt.date.fromisoformat(_data()["rounds"][name]["as_of"])


def with_sample_progress(plan: Plan, name: str = "12m") -> Plan:
    """A copy of ``plan`` (the sample plan with its amendments) with round ``name``'s progress on its rows."""
    rows = _data()["rounds"][name]["rows"]
    out = plan.model_copy(deep=True)
    for item in (*out.projects, *out.equipment):
        # keyed by the id's number (P0001): the writer tags the ids it gives with the table's content (P0001-3FA9C1)
        for key, value in rows.get((item.row_id or "").split("-")[0], {}).items():
            if key in ("contract_amount", "disbursed"):
                value = money(Decimal(value))
            elif key.endswith("_date"):
                value = dt.date.fromisoformat(value)
            setattr(item, key, value)
    return out
