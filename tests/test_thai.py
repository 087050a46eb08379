"""opplan_xl.thai: digits, months, dates, amounts, years, periods, baht text."""

from __future__ import annotations

import csv
import datetime as dt
import random
import subprocess
import sys
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from opplan_xl import thai
from opplan_xl.thai import (
    THAI_MONTHS_FULL,
    THAI_MONTHS_SHORT,
    PeriodOutsideFiscalYear,
    ThaiParseError,
    bahttext,
    be_to_ce,
    ce_to_be,
    fiscal_year_mentions,
    format_amount,
    format_date,
    format_int,
    format_number_text,
    parse_amount,
    parse_date,
    parse_month,
    parse_month_year,
    parse_period,
    parse_year,
    to_arabic_digits,
    to_thai_digits,
)

# --------------------------------------------------------------------------------------------------
# Digits, months, years
# --------------------------------------------------------------------------------------------------


def test_digits_both_ways_leave_other_characters_alone() -> None:
    assert to_thai_digits("ปี 2569, ข้อ 26 (2)") == "ปี ๒๕๖๙, ข้อ ๒๖ (๒)"
    assert to_arabic_digits("ปี ๒๕๖๙, ข้อ ๒๖ (๒)") == "ปี 2569, ข้อ 26 (2)"
    assert to_thai_digits("0123456789") == "๐๑๒๓๔๕๖๗๘๙"
    assert to_arabic_digits("abc ก.ค.") == "abc ก.ค."


_NO_THAI_DIGITS = st.text(st.characters(blacklist_characters="๐๑๒๓๔๕๖๗๘๙"), max_size=40)
_NO_ARABIC_DIGITS = st.text(st.characters(blacklist_characters="0123456789"), max_size=40)


@given(_NO_THAI_DIGITS)
def test_thai_digits_round_trip_from_arabic(s: str) -> None:
    assert to_arabic_digits(to_thai_digits(s)) == s
    assert not any(c in "0123456789" for c in to_thai_digits(s))


@given(_NO_ARABIC_DIGITS)
def test_thai_digits_round_trip_from_thai(s: str) -> None:
    assert to_thai_digits(to_arabic_digits(s)) == s


def test_month_tables() -> None:
    assert len(THAI_MONTHS_FULL) == len(THAI_MONTHS_SHORT) == 13
    assert THAI_MONTHS_FULL[0] == THAI_MONTHS_SHORT[0] == ""
    assert THAI_MONTHS_FULL[10] == "ตุลาคม" and THAI_MONTHS_SHORT[10] == "ต.ค."
    assert THAI_MONTHS_FULL[1] == "มกราคม" and THAI_MONTHS_SHORT[3] == "มี.ค."


@pytest.mark.parametrize(
    ("text", "month"),
    [("ต.ค.", 10), ("ต.ค", 10), ("ตค.", 10), ("ตค", 10), ("ตุลาคม", 10), ("เดือนมีนาคม", 3), ("มี.ค.", 3), ("ม.ค.", 1)],
)
def test_parse_month(text: str, month: int) -> None:
    assert parse_month(text) == month


def test_be_ce() -> None:
    assert be_to_ce(2569) == 2026 and ce_to_be(2026) == 2569


# --------------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------------

D = dt.date(2018, 10, 15)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-10-15", dt.date(2025, 10, 15)),
        ("2568-10-15", dt.date(2025, 10, 15)),
        ("2025-10-15 00:00:00", dt.date(2025, 10, 15)),
        ("15 ต.ค. 2561", D),
        ("15 ต.ค. 61", D),
        ("๑๕ ตุลาคม ๒๕๖๑", D),
        ("15 ตุลาคม พ.ศ. 2561", D),
        ("วันที่ 15 ตุลาคม พ.ศ. ๒๕๖๑", D),
        ("15/10/2561", D),
        ("15-10-2561", D),
        ("15.10.2561", D),
        ("15/10/2018", D),
        ("15/10/61", D),
        ("15 ต.ค 2561", D),
        ("15 ตค. 2561", D),
        ("15 ตค 2561", D),
        ("15ต.ค.61", D),
        ("  15 ต.ค. 2561\u00a0", D),
        ("๑๕/๑๐/๒๕๖๑", D),
        ("15 ตุลาคม ค.ศ. 2018", D),
        ("1 ม.ค. 2569", dt.date(2026, 1, 1)),
        ("29 ก.พ. 2567", dt.date(2024, 2, 29)),
    ],
)
def test_parse_date_text(value: str, expected: dt.date) -> None:
    assert parse_date(value) == expected


def test_parse_date_objects_come_back_unchanged() -> None:
    assert parse_date(D) == D
    assert parse_date(dt.datetime(2018, 10, 15, 13, 30)) == D
    # A BE year typed as CE stays as it is: a rule flags it, the parser does not guess.
    assert parse_date(dt.datetime(2568, 10, 1)) == dt.date(2568, 10, 1)
    assert parse_date(dt.date(2568, 10, 1)) == dt.date(2568, 10, 1)


@pytest.mark.parametrize(
    ("serial", "expected"),
    [
        (1, dt.date(1900, 1, 1)),
        (59, dt.date(1900, 2, 28)),
        (61, dt.date(1900, 3, 1)),
        (43374, dt.date(2018, 10, 1)),
        (45931, dt.date(2025, 10, 1)),
        (45931.75, dt.date(2025, 10, 1)),
        (2958465, dt.date(9999, 12, 31)),
    ],
)
def test_parse_date_excel_serials(serial: float, expected: dt.date) -> None:
    assert parse_date(serial) == expected


@pytest.mark.parametrize(
    "value",
    [
        60,  # Excel's 1900-02-29
        0,
        -5,
        2958466,
        float("nan"),
        True,
        None,
        "",
        "abc",
        "31/02/2568",
        "29 ก.พ. 2566",
        "15 ต.ค.",
        "15/10",
        "32 ต.ค. 2561",
        "15 xyz 2561",
        "15 ตุลาคม พ.ศ. 2018",
        "15 ตุลาคม ค.ศ. 2561",
        "2568-13-01",
        "45678",
    ],
)
def test_parse_date_rejects(value: object) -> None:
    with pytest.raises(ThaiParseError):
        parse_date(value)


def test_format_date_styles() -> None:
    assert format_date(D) == "๑๕ ตุลาคม พ.ศ. ๒๕๖๑"
    assert format_date(D, "long", thai_digits=False) == "15 ตุลาคม พ.ศ. 2561"
    assert format_date(D, "short", thai_digits=False) == "15 ต.ค. 2561"
    assert format_date(D, "short") == "๑๕ ต.ค. ๒๕๖๑"
    assert format_date(D, "month_year") == "ตุลาคม ๒๕๖๑"
    assert format_date(dt.date(2019, 1, 2), "month_year", thai_digits=False) == "มกราคม 2562"
    with pytest.raises(ValueError):
        format_date(D, "weird")


_DATES = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2150, 12, 31))


@given(_DATES, st.sampled_from(["long", "short"]), st.booleans())
def test_format_parse_date_round_trip(d: dt.date, style: str, thai_digits: bool) -> None:
    assert parse_date(format_date(d, style, thai_digits)) == d


@given(_DATES, st.booleans())
def test_format_parse_month_year_round_trip(d: dt.date, thai_digits: bool) -> None:
    assert parse_month_year(format_date(d, "month_year", thai_digits)) == (d.year, d.month)


def test_format_parse_date_every_month_end_1950_2150() -> None:
    """A sweep over every month of the range (first and last day), cycling the four settings."""
    combos = [("long", True), ("long", False), ("short", True), ("short", False)]
    i = 0
    for year in range(1950, 2151):
        for month in range(1, 13):
            first = dt.date(year, month, 1)
            last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
            for d in (first, last):
                style, digits = combos[i % 4]
                i += 1
                assert parse_date(format_date(d, style, digits)) == d


# --------------------------------------------------------------------------------------------------
# Amounts and numbers
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1632820, "1632820.00"),
        (0.1 + 0.2, "0.30"),
        (2.675, "2.68"),
        (1.005, "1.01"),
        (Decimal("1.005"), "1.01"),
        (Decimal("-1.005"), "-1.01"),
        ("1,632,820.50", "1632820.50"),
        (" 1,632,820 ", "1632820.00"),
        ("1632820.5", "1632820.50"),
        ("๑,๒๓๔.๕๐", "1234.50"),
        ("1,234 บาท", "1234.00"),
        ("1234บาท", "1234.00"),
        ("-", "0.00"),
        ("–", "0.00"),
        ("—", "0.00"),
        ("-1000", "-1000.00"),
        ("-1,000.50", "-1000.50"),
        ("0.005", "0.01"),
        ("-0.001", "0.00"),
        (".5", "0.50"),
        ("1.", "1.00"),
    ],
)
def test_parse_amount(value: object, expected: str) -> None:
    got = parse_amount(value)
    assert got == Decimal(expected)
    assert str(got) == expected  # two places, no "-0.00"


@pytest.mark.parametrize(
    "value",
    [True, False, None, "", "  ", "abc", "1.2.3", "1,2345", "12,34", "1 234", "--1", "1e5", float("inf"), [1], "บาท"],
)
def test_parse_amount_rejects(value: object) -> None:
    with pytest.raises(ThaiParseError):
        parse_amount(value)


def test_format_amount_and_int() -> None:
    assert format_amount(Decimal("1234567.5")) == "1,234,567.50"
    assert format_amount(1234567.5, thai_digits=True) == "๑,๒๓๔,๕๖๗.๕๐"
    assert format_amount(-1000) == "-1,000.00"
    assert format_amount(0) == "0.00"
    assert format_amount(Decimal("-0.001")) == "0.00"
    assert format_amount(0.1 + 0.2) == "0.30"
    assert format_int(1234) == "1,234"
    assert format_int(1234567, thai_digits=True) == "๑,๒๓๔,๕๖๗"
    assert format_number_text("ข้อ 26 ปี ๒๕๖๙", True) == "ข้อ ๒๖ ปี ๒๕๖๙"
    assert format_number_text("ข้อ 26 ปี ๒๕๖๙", False) == "ข้อ 26 ปี 2569"


_AMOUNTS = st.decimals(min_value=-(10**12), max_value=10**12, places=2, allow_nan=False, allow_infinity=False)


@given(_AMOUNTS, st.booleans())
def test_format_parse_amount_round_trip(x: Decimal, thai_digits: bool) -> None:
    assert parse_amount(format_amount(x, thai_digits)) == x


@pytest.mark.parametrize(
    ("value", "year"),
    [
        (2569, 2569),
        (2569.0, 2569),
        (Decimal("2569"), 2569),
        ("2569", 2569),
        (" ๒๕๖๙ ", 2569),
        ("พ.ศ. 2569", 2569),
        ("พ.ศ.2569", 2569),
        ("ปีงบประมาณ พ.ศ. 2569", 2569),
        ("ปีงบประมาณ 2569", 2569),
        ("2569.0", 2569),
        (2025, 2025),
        ("ค.ศ. 2025", 2025),
    ],
)
def test_parse_year(value: object, year: int) -> None:
    assert parse_year(value) == year


@pytest.mark.parametrize("value", [True, None, 69, "69", 2569.5, "abc", "", "25690", 12345, "ปี 2569 นะ"])
def test_parse_year_rejects(value: object) -> None:
    with pytest.raises(ThaiParseError):
        parse_year(value)


# --------------------------------------------------------------------------------------------------
# Periods
# --------------------------------------------------------------------------------------------------

ALL = (10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9)


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("ตลอดปี", ALL),
        ("ตลอดปีงบประมาณ", ALL),
        ("ตลอดปีงบประมาณ พ.ศ. ๒๕๖๙", ALL),
        ("ต.ค. 2568 - มี.ค. 2569", (10, 11, 12, 1, 2, 3)),
        ("ต.ค.68-มี.ค.69", (10, 11, 12, 1, 2, 3)),
        ("ต.ค. 2025 - มี.ค. 2026", (10, 11, 12, 1, 2, 3)),
        ("ตุลาคม - ธันวาคม", (10, 11, 12)),
        ("ตุลาคม – ธันวาคม 2568", (10, 11, 12)),
        ("ม.ค. 2569", (1,)),
        ("มกราคม 2569 ถึง มีนาคม 2569", (1, 2, 3)),
        ("เดือนมกราคม ถึงเดือนมีนาคม", (1, 2, 3)),
        ("ต.ค., ธ.ค., ก.พ.", (10, 12, 2)),
        ("ก.พ., ต.ค. และ ธ.ค.", (10, 12, 2)),
        ("ต.ค. - ก.ย.", ALL),
        ("๑ ต.ค. ๒๕๖๘ - ๓๑ มี.ค. ๒๕๖๙", (10, 11, 12, 1, 2, 3)),
        ("ต.ค. 68 - ธ.ค. 68, เม.ย. 69", (10, 11, 12, 4)),
        ("ก.ย.", (9,)),
        ("ตค-ธค", (10, 11, 12)),
    ],
)
def test_parse_period(text: str, months: tuple[int, ...]) -> None:
    assert parse_period(text, 2569) == months


@pytest.mark.parametrize(
    "text",
    ["", "abc", "ส.ค. - ต.ค.", "มี.ค. - ต.ค.", "ต.ค. -", "- ต.ค.", "ต.ค. - - ธ.ค.", "ต.ค. 123", "พ.ศ. 2569", "ทุกวัน"],
)
def test_parse_period_unreadable(text: str) -> None:
    with pytest.raises(ThaiParseError) as e:
        parse_period(text, 2569)
    assert not isinstance(e.value, PeriodOutsideFiscalYear)


@pytest.mark.parametrize(
    "text",
    [
        "ต.ค. 2569",  # October 2569 is in fiscal year 2570
        "ก.ย. 2568 - ธ.ค. 2568",
        "ม.ค. 2569 - มี.ค. 2570",
        "ต.ค. - มี.ค. 2570",
        "ตลอดปีงบประมาณ 2570",
        "ม.ค. 2025",
    ],
)
def test_parse_period_outside_fiscal_year(text: str) -> None:
    with pytest.raises(PeriodOutsideFiscalYear):
        parse_period(text, 2569)


# --------------------------------------------------------------------------------------------------
# Baht text
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        (1234, "หนึ่งพันสองร้อยสามสิบสี่บาทถ้วน"),
        (1234567.5, "หนึ่งล้านสองแสนสามหมื่นสี่พันห้าร้อยหกสิบเจ็ดบาทห้าสิบสตางค์"),
        (0, "ศูนย์บาทถ้วน"),
        (21, "ยี่สิบเอ็ดบาทถ้วน"),
        (11, "สิบเอ็ดบาทถ้วน"),
        (101, "หนึ่งร้อยเอ็ดบาทถ้วน"),
        (1, "หนึ่งบาทถ้วน"),
        (10, "สิบบาทถ้วน"),
        (20, "ยี่สิบบาทถ้วน"),
        (0.25, "ยี่สิบห้าสตางค์"),
        (0.01, "หนึ่งสตางค์"),
        (0.21, "ยี่สิบเอ็ดสตางค์"),
        (1.01, "หนึ่งบาทหนึ่งสตางค์"),
        (1_000_001, "หนึ่งล้านเอ็ดบาทถ้วน"),
        (1_000_000, "หนึ่งล้านบาทถ้วน"),
        (10_000_000, "สิบล้านบาทถ้วน"),
        (21_000_000, "ยี่สิบเอ็ดล้านบาทถ้วน"),
        (11_000_001, "สิบเอ็ดล้านเอ็ดบาทถ้วน"),
        (1101, "หนึ่งพันหนึ่งร้อยเอ็ดบาทถ้วน"),
        (10**12, "หนึ่งล้านล้านบาทถ้วน"),
        (-1234, "ลบหนึ่งพันสองร้อยสามสิบสี่บาทถ้วน"),
        (-0.5, "ลบห้าสิบสตางค์"),
        (-0.001, "ศูนย์บาทถ้วน"),
        (0.995, "หนึ่งบาทถ้วน"),
        (2.675, "สองบาทหกสิบแปดสตางค์"),
        (Decimal("1632820.50"), "หนึ่งล้านหกแสนสามหมื่นสองพันแปดร้อยยี่สิบบาทห้าสิบสตางค์"),
        ("1,000.50", "หนึ่งพันบาทห้าสิบสตางค์"),
    ],
)
def test_bahttext(amount: object, text: str) -> None:
    assert bahttext(amount) == text


@given(_AMOUNTS)
def test_bahttext_never_raises_and_reads_tens_right(x: Decimal) -> None:
    text = bahttext(x)
    assert text.endswith(("บาทถ้วน", "สตางค์"))
    for wrong in ("สิบหนึ่ง", "หนึ่งสิบ", "สองสิบ", "ศูนย์ร้อย", "เอ็ดสิบ"):
        assert wrong not in text
    if x:
        assert "ศูนย์" not in text
    assert text.startswith("ลบ") == (x < 0)


# --------------------------------------------------------------------------------------------------
# Fiscal-year mentions
# --------------------------------------------------------------------------------------------------


def test_fiscal_year_mentions() -> None:
    text = (
        "แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ ของ อบต. (ปีงบประมาณ 2569) "
        "ใช้งบปีงบประมาณพ.ศ.2569 และปีงบ 69 ไม่ใช่ปีงบประมาณ ค.ศ. 2026 หรือ ปีงบประมาณ2568"
    )
    assert fiscal_year_mentions(text) == [
        (2569, "ปีงบประมาณ พ.ศ. ๒๕๖๙"),
        (2569, "ปีงบประมาณ 2569"),
        (2569, "ปีงบประมาณพ.ศ.2569"),
        (2569, "ปีงบ 69"),
        (2026, "ปีงบประมาณ ค.ศ. 2026"),
        (2568, "ปีงบประมาณ2568"),
    ]
    assert fiscal_year_mentions("ไม่มีปีงบประมาณในข้อความนี้") == []
    assert fiscal_year_mentions("ปีงบประมาณ 25690") == []


# --------------------------------------------------------------------------------------------------
# Cheap to import
# --------------------------------------------------------------------------------------------------


def test_import_is_light() -> None:
    code = (
        "import sys, opplan_xl.thai, opplan_xl.deadlines;"
        "heavy = [m for m in ('holidays', 'pydantic', 'openpyxl', 'docx', 'xlwings') if m in sys.modules];"
        "print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == ""


# --------------------------------------------------------------------------------------------------
# LibreOffice as an oracle for BAHTTEXT
# --------------------------------------------------------------------------------------------------


def _oracle_values() -> list[float]:
    edges = [
        0, 1, 2, 9, 10, 11, 12, 19, 20, 21, 22, 29, 30, 31, 99, 100, 101, 110, 111, 121, 200, 201, 211, 999,
        1000, 1001, 1010, 1011, 1100, 1101, 2001, 10001, 100001, 999999, 1_000_000, 1_000_001, 1_000_010,
        1_000_011, 1_000_021, 1_001_000, 10_000_000, 11_000_000, 11_000_001, 21_000_000, 21_000_021,
        100_000_000, 101_000_000, 1_000_000_000, 5_001_000_000, 10**12, 10**12 + 1, 1_000_001_000_001,
        0.01, 0.1, 0.11, 0.21, 0.25, 0.5, 0.99, 1.01, 1.5, 11.11, 21.21, 101.01, 1234.56, 1234567.5,
        1632820.5, 999999999999.99, -1, -11, -21, -1234, -0.25, -0.5, -1000000.01,
        # Values that need rounding: shortest repr of the double, then half-up.
        0.005, 0.015, 1.005, 2.675, 0.994, 0.995, 0.1 + 0.2, 10.125,
    ]  # fmt: skip
    rng = random.Random(2569)
    rand = [round(rng.uniform(0, 10 ** rng.randint(1, 12)), 2) for _ in range(120)]
    return [float(v) for v in edges] + rand


@pytest.mark.libreoffice
def test_bahttext_matches_libreoffice(tmp_path) -> None:
    from opplan_xl import libreoffice

    from .helpers import skip_without

    skip_without("calc")  # the BAHTTEXT oracle is LibreOffice Calc
    import openpyxl

    values = _oracle_values()
    wb = openpyxl.Workbook()
    ws = wb.active
    for row, v in enumerate(values, 1):
        ws.cell(row, 1, v)
        ws.cell(row, 2, f"=_xlfn.BAHTTEXT(A{row})")
    src = tmp_path / "baht.xlsx"
    wb.save(src)
    # CSV_UTF8's third token, 76, is the UTF-8 character set: the Thai text comes back intact.
    out = libreoffice.convert(src, libreoffice.CSV_UTF8, tmp_path / "out")
    with open(out, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    assert len(rows) == len(values)

    excel_style_checked = 0
    for v, row in zip(values, rows, strict=True):
        lo = row[1]
        # LibreOffice writes the final 1 as "เอ็ด" only after a tens digit (101 → หนึ่งร้อยหนึ่ง,
        # 1,000,001 → หนึ่งล้านหนึ่ง). Excel writes "เอ็ด" after any higher digit (หนึ่งร้อยเอ็ด,
        # หนึ่งล้านเอ็ด): that is what Microsoft's BAHTTEXT gives and what bahttext() follows. Everything
        # else (words, ล้าน groups, satang, rounding, ลบ) must match LibreOffice exactly.
        assert lo == thai._bahttext(v, et_after_tens_only=True), v
        if thai._bahttext(v, et_after_tens_only=True) == bahttext(v):
            excel_style_checked += 1
    assert excel_style_checked > len(values) // 2
