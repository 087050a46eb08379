"""The worksheet functions as Python (without Excel xlwings' decorators leave them plain functions).

Values as Excel's UDF server hands them over: dates as ``datetime``, numbers as ``float``, empty cells as ``None``.
"""

from __future__ import annotations

import datetime as dt
import inspect

import pytest

from opplan_xl import messages
from opplan_xl.excel import udfs
from opplan_xl.excel.udfs import (
    OPPLAN_BAHTTEXT,
    OPPLAN_DUE,
    OPPLAN_POST_BY,
    OPPLAN_POSTING_STATUS,
    OPPLAN_TAKE_DOWN_FROM,
    OPPLAN_THAIDATE,
)


def test_due_counts_from_the_day_after() -> None:
    assert OPPLAN_DUE(dt.datetime(2025, 10, 1), 30.0) == dt.date(2025, 10, 31)
    assert OPPLAN_DUE(45931.0, "๑๕") == dt.date(2025, 10, 16)  # a serial number and Thai digits
    assert OPPLAN_DUE("1 ต.ค. 2568", 15) == dt.date(2025, 10, 16)


def test_due_rolls_forward_only_when_asked() -> None:
    saturday = dt.date(2026, 10, 3)
    start = saturday - dt.timedelta(days=30)
    assert OPPLAN_DUE(start, 30) == saturday
    assert OPPLAN_DUE(start, 30, True) == dt.date(2026, 10, 5)  # Monday
    assert OPPLAN_DUE(start, 30, "ใช่") == dt.date(2026, 10, 5)


def test_domain_examples() -> None:
    # domain/README.md §2.1: announced 2 ม.ค. 2562 → post by 17 ม.ค. 2562; posted 1 ต.ค. 2561 → down from 1 พ.ย. 2561
    assert OPPLAN_POST_BY(dt.datetime(2019, 1, 2)) == dt.date(2019, 1, 17)
    assert OPPLAN_TAKE_DOWN_FROM(dt.datetime(2018, 10, 1)) == dt.date(2018, 11, 1)


@pytest.mark.parametrize(
    ("function", "args"),
    [(OPPLAN_DUE, (None, 30)), (OPPLAN_POST_BY, (None,)), (OPPLAN_TAKE_DOWN_FROM, ("",)), (OPPLAN_THAIDATE, (None,)),
     (OPPLAN_BAHTTEXT, (None,))],
)  # fmt: skip
def test_empty_cells_give_empty_cells(function, args) -> None:
    assert function(*args) == ""


def test_bad_input_gives_a_thai_message() -> None:
    assert OPPLAN_DUE("วันจันทร์", 30) == messages.text("udf.bad_date", value="วันจันทร์")
    assert OPPLAN_DUE(dt.datetime(2568, 10, 1), 30) == messages.text("udf.be_as_ce", value=2568)
    assert OPPLAN_DUE(dt.datetime(2025, 10, 1), 1.5) == messages.text("udf.bad_days", value=1.5)
    assert OPPLAN_DUE(dt.datetime(2025, 10, 1), 30, "บางที") == messages.text("udf.bad_flag", value="บางที")
    assert OPPLAN_BAHTTEXT("หนึ่งร้อย") == messages.text("udf.bad_amount", value="หนึ่งร้อย")


def test_posting_status() -> None:
    announced = dt.datetime(2026, 10, 7)
    s = OPPLAN_POSTING_STATUS
    assert s(None) == messages.text("udf.status.not_announced")
    assert s(announced) == messages.text("udf.status.not_posted", post_by="22 ต.ค. 2569")
    assert s(announced, dt.datetime(2026, 10, 6)) == messages.text("udf.status.posted_early", announced="7 ต.ค. 2569")
    assert s(announced, dt.datetime(2026, 10, 8)) == messages.text(
        "udf.status.posted", post_by="22 ต.ค. 2569", take_down_from="8 พ.ย. 2569"
    )
    assert s(announced, dt.datetime(2026, 10, 30)).startswith("ปิดประกาศล่าช้า")
    assert s(announced, dt.datetime(2026, 10, 8), dt.datetime(2026, 11, 1)) == messages.text(
        "udf.status.taken_down_early", take_down_from="8 พ.ย. 2569"
    )
    assert s(announced, dt.datetime(2026, 10, 8), dt.datetime(2026, 11, 8)) == messages.text("udf.status.done")
    assert s(announced, dt.datetime(2026, 10, 30), dt.datetime(2026, 12, 1)).startswith("ปิดประกาศครบ 30 วัน แต่")


def test_thai_date_and_baht_text() -> None:
    assert OPPLAN_THAIDATE(dt.datetime(2025, 10, 15)) == "15 ตุลาคม พ.ศ. 2568"
    assert OPPLAN_THAIDATE(dt.datetime(2025, 10, 15), True) == "๑๕ ตุลาคม พ.ศ. ๒๕๖๘"
    assert OPPLAN_THAIDATE("๑ ต.ค. ๒๕๖๘") == "1 ตุลาคม พ.ศ. 2568"
    assert OPPLAN_BAHTTEXT(1234.0) == "หนึ่งพันสองร้อยสามสิบสี่บาทถ้วน"  # Microsoft's BAHTTEXT example
    assert OPPLAN_BAHTTEXT("1,234.50") == "หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์"


def test_function_help_covers_every_argument_in_thai() -> None:
    entries = udfs.function_help()
    assert [name for name, _, _ in entries] == [f.__name__ for f in udfs.UDFS]
    for (name, description, arguments), function in zip(entries, udfs.UDFS, strict=True):
        assert name.isascii() and name.startswith("OPPLAN_")
        assert description == messages.text(f"udf.{name}") and len(description) <= 255
        assert len(arguments) == len(inspect.signature(function).parameters)
        assert all(0 < len(a) <= 255 and not a.isascii() for a in arguments)
        assert all(p.isidentifier() and p.isascii() for p in inspect.signature(function).parameters)
        assert "date" not in inspect.signature(function).parameters, "Date is a VBA keyword"
