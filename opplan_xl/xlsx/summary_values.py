"""What each formula of the ผด.01 block evaluates to, computed in Python: the cached values of
:mod:`~opplan_xl.xlsx.summary_sheet`'s formulas (see :mod:`~opplan_xl.xlsx.cached`).

Counts and budgets come from :func:`~opplan_xl.rollup.rollup`; the hidden helper columns repeat the formulas'
integer arithmetic step by step (the module docstring of ``summary_sheet`` describes it), so the percentages are
the ones Excel computes, which are the roll-up's largest-remainder shares.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from ..model import Plan
    from ..rollup import Rollup

__all__ = ["block_values"]

CENT = Decimal("0.01")


def _sign(x: int) -> int:
    return (x > 0) - (x < 0)


def _satang(amount: Decimal) -> int:
    """``ROUND(amount*100, 0)``: Excel rounds halves away from zero."""
    return int((amount * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _shares(weights: list[int], total: int, units: int) -> tuple[list[dict[str, int]], dict[str, int]]:
    """The helper cells of the sharing rows (num, floor, rem, units) and of the total row (div, sign, missing)."""
    sign, div = _sign(total), abs(total)
    nums = [w * units * sign for w in weights]
    floors = [0 if div == 0 else n // div for n in nums]  # INT() rounds down
    rems = [n - f * div for n, f in zip(nums, floors, strict=True)]
    missing = units - sum(floors)
    rows = []
    for i, (num, floor, rem) in enumerate(zip(nums, floors, rems, strict=True)):
        rank = sum(1 for r in rems if r > rem) + sum(1 for r in rems[:i] if r == rem)
        share = 0 if div == 0 else floor + (1 if rank < missing else 0)
        rows.append({"num": num, "floor": floor, "rem": rem, "units": share})
    return rows, {"div": div, "sign": sign, "missing": missing}


def block_values(
    plan: Plan,
    kinds: list[str],
    pair_keys: list[tuple[str, str]],
    columns: dict[str, str],
    units: int,
    actual: Rollup | None = None,
) -> list[dict[str, object]]:
    """Per block row (in ``kinds`` order), column letter → the value its formula gives for ``plan``.

    ``pair_keys`` are the (ยุทธศาสตร์, แผนงาน) of the pair rows in order; ``columns`` names the helper columns
    (``flag``, ``c_num`` … ``b_missing``, as in ``summary_sheet``); ``units`` is 100.00 percent in hundredths;
    ``actual`` is ``rollup(plan)`` when the caller has it already.
    """
    from ..rollup import ZERO, rollup

    r = actual if actual is not None else rollup(plan)
    found = {(row.strategy, row.plan_area): row for row in r.rows}
    counts = [found[k].projects if k in found else 0 for k in pair_keys]
    budgets = [found[k].budget if k in found else ZERO for k in pair_keys]
    check_count = r.total_projects - sum(counts)
    check_budget = (r.total_budget - sum(budgets, ZERO)).quantize(CENT, rounding=ROUND_HALF_UP)

    c_rows, c_total = _shares([*counts, check_count], r.total_projects, units)
    b_weights = [_satang(b) for b in (*budgets, check_budget)]
    b_rows, b_total = _shares(b_weights, _satang(r.total_budget), units)
    col = columns

    def pct(n: int) -> Decimal:
        return (Decimal(n) / 100).quantize(CENT)

    def sharing(i: int) -> dict[str, object]:
        c, b = c_rows[i], b_rows[i]
        return {
            col["c_num"]: c["num"], col["c_floor"]: c["floor"], col["c_rem"]: c["rem"], col["c_units"]: c["units"],
            col["b_num"]: b["num"], col["b_floor"]: b["floor"], col["b_rem"]: b["rem"], col["b_units"]: b["units"],
            "C": pct(c["units"]), "E": pct(b["units"]),
        }  # fmt: skip

    out: list[dict[str, object]] = []
    pair = 0
    group: list[int] = []
    for kind in kinds:
        values: dict[str, object] = {}
        if kind == "heading":
            group = []
        elif kind == "pair":
            values = {"B": counts[pair], "D": budgets[pair], **sharing(pair)}
            group.append(pair)
            pair += 1
        elif kind == "subtotal":
            values = {
                "B": sum(counts[i] for i in group),
                "C": pct(sum(c_rows[i]["units"] for i in group)),
                "D": sum((budgets[i] for i in group), ZERO),
                "E": pct(sum(b_rows[i]["units"] for i in group)),
            }
        elif kind == "total":
            values = {
                "B": r.total_projects,
                "C": pct(sum(x["units"] for x in c_rows)),
                "D": r.total_budget,
                "E": pct(sum(x["units"] for x in b_rows)),
                col["c_div"]: c_total["div"], col["c_sign"]: c_total["sign"], col["c_missing"]: c_total["missing"],
                col["b_div"]: b_total["div"], col["b_sign"]: b_total["sign"], col["b_missing"]: b_total["missing"],
            }  # fmt: skip
        elif kind == "check":
            values = {"B": check_count, "D": check_budget, **sharing(len(pair_keys))}
        out.append(values)
    return out
