"""Thai text at the edges: digits, months, Buddhist-era years, dates, amounts, baht text and periods.

Everything here is pure and imports only the standard library, so any path (a ribbon button, the
``opplan`` command) can use it without cost. Inside the package dates are ``datetime.date`` (CE),
money is ``Decimal`` with 2 places and fiscal years are BE ``int``; this module converts between
those and what people type and read ("15 ต.ค. 61", "๑,๒๓๔.๕๐", "ตลอดปีงบประมาณ").

Parsers raise :class:`ThaiParseError` (a ``ValueError``) for input they cannot read; callers turn
that into a finding for the cell. Formatters never raise for valid values.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

__all__ = [
    "BE_OFFSET",
    "THAI_MONTHS_FULL",
    "THAI_MONTHS_SHORT",
    "PeriodOutsideFiscalYear",
    "ThaiParseError",
    "bahttext",
    "be_to_ce",
    "ce_to_be",
    "fiscal_year_mentions",
    "format_amount",
    "format_date",
    "format_int",
    "format_number_text",
    "parse_amount",
    "parse_date",
    "parse_month",
    "parse_month_year",
    "parse_period",
    "parse_year",
    "to_arabic_digits",
    "to_thai_digits",
]


class ThaiParseError(ValueError):
    """A value that cannot be read as the date, amount, year or period it should be."""


class ImpossibleDate(ThaiParseError):
    """A day, month and year that were read but make no date ("30 ก.พ."): :attr:`reason` says which part is wrong."""

    def __init__(self, year: int, month: int, day: int, original: object) -> None:
        super().__init__(f"no such date: {original!r}")
        self.year, self.month, self.day = year, month, day

    @property
    def reason(self) -> str:
        """In Thai: "30 ก.พ. 2569 ไม่มีในปฏิทิน (ก.พ. 2569 มี 28 วัน)", "ไม่มีเดือนที่ 13", "ไม่มีวันที่ 0"."""
        import calendar

        be = self.year + BE_OFFSET
        if not 1 <= self.month <= 12:
            return f"ไม่มีเดือนที่ {self.month} (เดือนมีตั้งแต่ 1 ถึง 12)"
        if self.day < 1:
            return f"ไม่มีวันที่ {self.day}"
        if not 1 <= self.year <= 9999:
            return f"ปี {be} อยู่นอกช่วงที่ใช้ได้"
        month = THAI_MONTHS_SHORT[self.month]
        days = calendar.monthrange(self.year, self.month)[1]
        return f"{self.day} {month} {be} ไม่มีในปฏิทิน ({month} {be} มี {days} วัน)"


class PeriodOutsideFiscalYear(ThaiParseError):
    """A period that names a month outside the plan's fiscal year."""


# --------------------------------------------------------------------------------------------------
# Digits, months, years
# --------------------------------------------------------------------------------------------------

BE_OFFSET = 543
_THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
_TO_THAI = str.maketrans("0123456789", _THAI_DIGITS)
_TO_ARABIC = str.maketrans(_THAI_DIGITS, "0123456789")

THAI_MONTHS_FULL: tuple[str, ...] = (
    "",
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
)
THAI_MONTHS_SHORT: tuple[str, ...] = (
    "",
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
)
# Other ways people write month names: spoken short forms and a common misspelling (ฏ for ฎ).
_MONTH_VARIANTS: dict[int, tuple[str, ...]] = {
    1: ("มกรา",),
    2: ("กุมภาพันธ", "กุมภา"),
    3: ("มีนา",),
    4: ("เมษา",),
    5: ("พฤษภา",),
    6: ("มิถุนา",),
    7: ("กรกฏาคม", "กรกฎา", "กรกฏา"),
    8: ("สิงหา",),
    9: ("กันยา",),
    10: ("ตุลา",),
    11: ("พฤศจิกา",),
    12: ("ธันวา",),
}


def to_thai_digits(s: str) -> str:
    """``"2569"`` → ``"๒๕๖๙"``; every other character is left alone."""
    return s.translate(_TO_THAI)


def to_arabic_digits(s: str) -> str:
    """``"๒๕๖๙"`` → ``"2569"``; every other character is left alone."""
    return s.translate(_TO_ARABIC)


def be_to_ce(year: int) -> int:
    return year - BE_OFFSET


def ce_to_be(year: int) -> int:
    return year + BE_OFFSET


def _month_pattern() -> tuple[str, dict[str, int]]:
    """A regex alternation matching any month name, and the lookup from its dot/space-free form."""
    lookup: dict[str, int] = {}
    patterns: list[tuple[int, str]] = []
    for m in range(1, 13):
        for name in (THAI_MONTHS_FULL[m], *_MONTH_VARIANTS[m]):
            lookup[name] = m
            patterns.append((len(name), re.escape(name)))
        parts = [p for p in THAI_MONTHS_SHORT[m].split(".") if p]
        lookup["".join(parts)] = m
        # "ต.ค.", "ต.ค", "ตค.", "ตค", "ต. ค.": dots and spaces between the letters are optional.
        patterns.append((len("".join(parts)), r"\s*\.?\s*".join(map(re.escape, parts)) + r"(?:\s*\.)?"))
    patterns.sort(key=lambda p: -p[0])  # longest first, so "มีนาคม" wins over "มีนา"
    return "(?:" + "|".join(p for _, p in patterns) + ")", lookup


class _LazyRe:
    """A regex compiled on first use: the big month alternations cost milliseconds to compile, and
    a ribbon button that never parses a period should not pay for them."""

    __slots__ = ("_compiled", "_pattern")

    def __init__(self, pattern: str) -> None:
        self._pattern = pattern
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str):
        if self._compiled is None:
            self._compiled = re.compile(self._pattern)
        return getattr(self._compiled, name)


_MONTH_RE, _MONTH_LOOKUP = _month_pattern()
_MONTH_ONLY = _LazyRe(_MONTH_RE)
_DOTS_SPACES = _LazyRe(r"[\s.]+")


def _month_number(token: str) -> int:
    return _MONTH_LOOKUP[_DOTS_SPACES.sub("", token)]


_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\ufeff\u2060"), None)
_DASHES = str.maketrans({"–": "-", "—": "-", "−": "-", "‐": "-", "‑": "-", "~": "-"})
_WS = _LazyRe(r"\s+")


def _clean(text: str) -> str:
    """Arabic digits, no zero-width characters, single spaces, trimmed."""
    return _WS.sub(" ", to_arabic_digits(text).translate(_INVISIBLE)).strip()


_ERA_RE = r"(?P<era>[พค]\s*\.?\s*ศ\s*\.?)"


def _year_to_ce(digits: str, era: str | None) -> int:
    """A written year → CE. 4 digits ≥ 2400 are BE, otherwise CE; 2 digits are BE (61 → 2561)
    unless marked ค.ศ.; an explicit พ.ศ./ค.ศ. must agree with the number."""
    n = int(digits)
    kind = era.replace(".", "").replace(" ", "")[0] if era else None  # "พ" or "ค"
    if len(digits) == 2:
        return 2000 + n if kind == "ค" else 2500 + n - BE_OFFSET
    if len(digits) != 4:
        raise ThaiParseError(f"not a year: {digits!r}")
    if kind == "พ":
        if n < 2400:
            raise ThaiParseError(f"BE year {n} is implausible")
        return n - BE_OFFSET
    if kind == "ค":
        if n >= 2400:
            raise ThaiParseError(f"CE year {n} is implausible")
        return n
    return n - BE_OFFSET if n >= 2400 else n


def parse_month(value: str) -> int:
    """A month name, full or short, with or without dots: ``"ต.ค."``, ``"ตค"``, ``"ตุลาคม"`` → 10."""
    s = _clean(str(value))
    if s.startswith("เดือน"):
        s = s[len("เดือน") :].strip()
    if _MONTH_ONLY.fullmatch(s):
        return _month_number(s)
    raise ThaiParseError(f"not a month: {value!r}")


# --------------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------------

_EXCEL_EPOCH = dt.date(1899, 12, 31)  # serial 1 = 1900-01-01
_EXCEL_MAX_SERIAL = 2958465  # 9999-12-31

_DATE_ISO = _LazyRe(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?")
_DATE_DMY = _LazyRe(r"(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})")
_DATE_THAI = _LazyRe(
    rf"(?P<day>\d{{1,2}})\s*(?:เดือน\s*)?(?P<month>{_MONTH_RE})\s*(?:{_ERA_RE}\s*)?(?P<year>\d{{4}}|\d{{2}})"
)
_MONTH_YEAR = _LazyRe(rf"(?:เดือน\s*)?(?P<month>{_MONTH_RE})\s*(?:{_ERA_RE}\s*)?(?P<year>\d{{4}}|\d{{2}})")


def _make_date(year: int, month: int, day: int, original: object) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError as e:
        raise ImpossibleDate(year, month, day, original) from e


def _from_serial(value: float | int | Decimal) -> dt.date:
    if isinstance(value, float) and not math.isfinite(value):
        raise ThaiParseError(f"not a date serial: {value!r}")
    if isinstance(value, Decimal) and not value.is_finite():
        raise ThaiParseError(f"not a date serial: {value!r}")
    serial = math.floor(value)  # the fraction is the time of day
    if serial < 1 or serial > _EXCEL_MAX_SERIAL:
        raise ThaiParseError(f"date serial out of range: {value!r}")
    if serial == 60:
        # Excel's 1900-02-29, kept for Lotus 1-2-3 compatibility; the day never existed.
        raise ThaiParseError("date serial 60 is Excel's non-existent 1900-02-29")
    if serial > 60:
        serial -= 1
    return _EXCEL_EPOCH + dt.timedelta(days=serial)


def parse_date(value: object) -> dt.date:
    """A date as it arrives from a cell or a command line.

    ``date``/``datetime`` come back unchanged as a date (a year ≥ 2400 is flagged by a rule, not fixed
    here); numbers are Excel serials (1900 system); text may be ISO (CE, or BE when the year ≥ 2400),
    day/month/year with ``/``, ``-`` or ``.``, or a day with a Thai month name ("15 ต.ค. 61",
    "วันที่ ๑๕ ตุลาคม พ.ศ. ๒๕๖๑"). Two-digit years are BE.
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool):
        raise ThaiParseError(f"not a date: {value!r}")
    if isinstance(value, int | float | Decimal):
        return _from_serial(value)
    if not isinstance(value, str):
        raise ThaiParseError(f"not a date: {value!r}")
    s = _clean(value)
    if s.startswith("วันที่"):
        s = s[len("วันที่") :].strip()
    if m := _DATE_ISO.fullmatch(s):
        return _make_date(_year_to_ce(m.group(1), None), int(m.group(3)), int(m.group(4)), value)
    if m := _DATE_DMY.fullmatch(s):
        return _make_date(_year_to_ce(m.group(4), None), int(m.group(3)), int(m.group(1)), value)
    if m := _DATE_THAI.fullmatch(s):
        year = _year_to_ce(m.group("year"), m.group("era"))
        return _make_date(year, _month_number(m.group("month")), int(m.group("day")), value)
    raise ThaiParseError(f"not a date: {value!r}")


def parse_month_year(value: str) -> tuple[int, int]:
    """``"ตุลาคม ๒๕๖๑"`` or ``"ต.ค. 61"`` → ``(2018, 10)`` (CE year, month): the inverse of the
    ``"month_year"`` style of :func:`format_date`."""
    m = _MONTH_YEAR.fullmatch(_clean(str(value)))
    if not m:
        raise ThaiParseError(f"not a month and year: {value!r}")
    return _year_to_ce(m.group("year"), m.group("era")), _month_number(m.group("month"))


def format_date(d: dt.date, style: str = "long", thai_digits: bool = True) -> str:
    """``"long"`` → "๑๕ ตุลาคม พ.ศ. ๒๕๖๑" (formal text), ``"short"`` → "15 ต.ค. 2561" (tables),
    ``"month_year"`` → "ตุลาคม ๒๕๖๑". Digits are Thai when ``thai_digits``."""
    if isinstance(d, dt.datetime):
        d = d.date()
    be = d.year + BE_OFFSET
    if style == "long":
        s = f"{d.day} {THAI_MONTHS_FULL[d.month]} พ.ศ. {be}"
    elif style == "short":
        s = f"{d.day} {THAI_MONTHS_SHORT[d.month]} {be}"
    elif style == "month_year":
        s = f"{THAI_MONTHS_FULL[d.month]} {be}"
    else:
        raise ValueError(f"unknown date style {style!r}")
    return to_thai_digits(s) if thai_digits else s


# --------------------------------------------------------------------------------------------------
# Amounts and numbers
# --------------------------------------------------------------------------------------------------

_CENTS = Decimal("0.01")
_AMOUNT = _LazyRe(r"(?P<sign>[-+−])?\s*(?P<int>\d{1,3}(?:,\d{3})+|\d+)?(?:\.(?P<frac>\d*))?")
_ZERO_DASHES = frozenset({"-", "–", "—", "−"})


class AmountTooLarge(ThaiParseError):
    """A number, but beyond any plausible amount (:data:`opplan_xl.schema.MAX_AMOUNT`)."""


def _quantize(d: Decimal, original: object) -> Decimal:
    if not d.is_finite():
        raise ThaiParseError(f"not an amount: {original!r}")
    try:
        q = d.quantize(_CENTS, rounding=ROUND_HALF_UP)
    except InvalidOperation as e:  # more digits than Decimal's context holds
        raise AmountTooLarge(f"amount too large: {original!r}") from e
    return q if q else Decimal("0.00")  # no "-0.00"


def parse_amount(value: object, *, limit: int | None = None) -> Decimal:
    """Baht as a ``Decimal`` with 2 places (half-up); :class:`AmountTooLarge` when it is beyond ``limit`` baht
    (a cell of a workbook is read with :data:`opplan_xl.schema.MAX_AMOUNT`, which also keeps every sum of accepted
    amounts exact in Decimal's 28 digits).

    Accepts numbers (floats through their shortest repr, so 0.1+0.2 gives 0.30), and text with
    thousands commas, Thai digits, a trailing "บาท", a leading sign, or a lone dash meaning zero.
    ``bool``, ``None``, empty text and anything else raise :class:`ThaiParseError`.
    """
    amount = _parse_amount(value)
    if limit is not None and abs(amount) > limit:
        raise AmountTooLarge(f"amount too large: {value!r}")
    return amount


def _parse_amount(value: object) -> Decimal:
    if isinstance(value, bool) or value is None:
        raise ThaiParseError(f"not an amount: {value!r}")
    if isinstance(value, Decimal):
        return _quantize(value, value)
    if isinstance(value, int):
        return _quantize(Decimal(value), value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ThaiParseError(f"not an amount: {value!r}")
        return _quantize(Decimal(repr(value)), value)
    if not isinstance(value, str):
        raise ThaiParseError(f"not an amount: {value!r}")
    s = _clean(value)
    if s.endswith("บาท"):
        s = s[: -len("บาท")].rstrip()
    if s.startswith("฿"):
        s = s[1:].lstrip()
    if s in _ZERO_DASHES:
        return Decimal("0.00")
    m = _AMOUNT.fullmatch(s)
    if not m or not (m.group("int") or m.group("frac")):
        raise ThaiParseError(f"not an amount: {value!r}")
    number = (m.group("int") or "0").replace(",", "") + "." + (m.group("frac") or "0")
    d = Decimal(number)
    if m.group("sign") in ("-", "−"):
        d = -d
    return _quantize(d, value)


def _to_decimal(x: object) -> Decimal:
    return parse_amount(x)


def format_amount(x: Decimal | int | float, thai_digits: bool = False) -> str:
    """``1234567.5`` → ``"1,234,567.50"``; negative ``"-1,000.00"``."""
    s = f"{_to_decimal(x):,.2f}"
    return to_thai_digits(s) if thai_digits else s


def format_int(n: int, thai_digits: bool = False) -> str:
    """``1234`` → ``"1,234"``."""
    s = f"{n:,}"
    return to_thai_digits(s) if thai_digits else s


def format_number_text(s: str, thai_digits: bool) -> str:
    """All digits of ``s`` in the document's digit style: Thai when ``thai_digits``, else Arabic.

    Both directions, so a text that carries Thai digits (the legal basis, a user's note) comes out
    consistent with an office that writes Arabic digits.
    """
    return to_thai_digits(s) if thai_digits else to_arabic_digits(s)


def parse_year(value: object) -> int:
    """A four-digit year as written: ``2569``, ``2569.0``, ``"๒๕๖๙"``, ``"ปีงบประมาณ พ.ศ. 2569"`` → 2569.

    A CE year comes back as written (2025); the caller decides what to make of it.
    """
    n: int | None = None
    if isinstance(value, bool) or value is None:
        raise ThaiParseError(f"not a year: {value!r}")
    if isinstance(value, int):
        n = value
    elif isinstance(value, float | Decimal):
        if isinstance(value, float) and not math.isfinite(value):
            raise ThaiParseError(f"not a year: {value!r}")
        if isinstance(value, Decimal) and not value.is_finite():
            raise ThaiParseError(f"not a year: {value!r}")
        if value != int(value):
            raise ThaiParseError(f"not a year: {value!r}")
        n = int(value)
    elif isinstance(value, str):
        m = _YEAR_TEXT.fullmatch(_clean(value))
        if m:
            n = int(m.group("year"))
    if n is None or not 1000 <= n <= 9999:
        raise ThaiParseError(f"not a year: {value!r}")
    return n


_YEAR_TEXT = _LazyRe(rf"(?:ปีงบ(?:ประมาณ)?\.?\s*)?(?:{_ERA_RE}\s*)?(?P<year>\d{{4}})(?:\.0+)?")


# --------------------------------------------------------------------------------------------------
# Baht text
# --------------------------------------------------------------------------------------------------

_DIGIT_WORDS = ("ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า")
_PLACE_WORDS = ("", "สิบ", "ร้อย", "พัน", "หมื่น", "แสน")


def _number_words(n: int, *, et_after_tens_only: bool = False) -> str:
    """Thai words for a whole number n > 0, read in groups of six digits joined by ล้าน.

    A final 1 is "เอ็ด" whenever a higher digit precedes it (11 สิบเอ็ด, 101 หนึ่งร้อยเอ็ด,
    1,000,001 หนึ่งล้านเอ็ด), as Excel's BAHTTEXT writes it. ``et_after_tens_only`` gives
    LibreOffice's variant (เอ็ด only after a tens digit: 101 หนึ่งร้อยหนึ่ง); it exists for the test
    that uses LibreOffice as an oracle.
    """
    high, low = divmod(n, 1_000_000)
    words = _number_words(high, et_after_tens_only=et_after_tens_only) + "ล้าน" if high else ""
    if low:
        et = (low // 10) % 10 != 0 if et_after_tens_only else n > 1
        for place in range(5, -1, -1):
            digit = (low // 10**place) % 10
            if not digit:
                continue
            if place == 1:
                words += "สิบ" if digit == 1 else "ยี่สิบ" if digit == 2 else _DIGIT_WORDS[digit] + "สิบ"
            elif place == 0 and digit == 1 and et:
                words += "เอ็ด"
            else:
                words += _DIGIT_WORDS[digit] + _PLACE_WORDS[place]
    return words


def _bahttext(amount: Decimal | int | float | str, *, et_after_tens_only: bool = False) -> str:
    d = _to_decimal(amount)
    sign = "ลบ" if d < 0 else ""
    d = abs(d)
    baht = int(d)
    satang = int((d - baht) * 100)
    if not baht and not satang:
        return "ศูนย์บาทถ้วน"
    text = _number_words(baht, et_after_tens_only=et_after_tens_only) + "บาท" if baht else ""
    if satang:
        text += _number_words(satang, et_after_tens_only=et_after_tens_only) + "สตางค์"
    else:
        text += "ถ้วน"
    return sign + text


def bahttext(amount: Decimal | int | float | str) -> str:
    """The amount in Thai words exactly as Excel's ``BAHTTEXT`` writes it.

    1234 → "หนึ่งพันสองร้อยสามสิบสี่บาทถ้วน"; 0.25 → "ยี่สิบห้าสตางค์"; 0 → "ศูนย์บาทถ้วน";
    negatives start with "ลบ". Satang are rounded half-up to 2 places first; text is read as by
    :func:`parse_amount`.
    """
    return _bahttext(amount)


# --------------------------------------------------------------------------------------------------
# Periods: when a project runs
# --------------------------------------------------------------------------------------------------

_WHOLE_YEAR = _LazyRe(
    rf"(?:ตลอด|ทั้ง)ปี(?:งบประมาณ|งบ)?\s*(?:{_ERA_RE}\s*)?(?P<year>\d{{4}}|\d{{2}})?",
)
_PERIOD_TOKEN = _LazyRe(
    rf"(?P<ws>\s+)|(?P<month>{_MONTH_RE})|{_ERA_RE}|(?P<num>\d+)"
    r"|(?P<range>-|จนถึง|ถึง)|(?P<sep>,|และ|;|/|、)|(?P<filler>เดือน|ระหว่าง|ตั้งแต่|ปี)"
)


def _fiscal_months_ce(fiscal_year: int) -> list[tuple[int, int]]:
    start = fiscal_year - BE_OFFSET - 1
    return [(start, m) for m in (10, 11, 12)] + [(start + 1, m) for m in range(1, 10)]


_FISCAL_ORDER = (10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9)


def parse_period(text: str, fiscal_year: int) -> tuple[int, ...]:
    """The months a project runs, from free text, as calendar month numbers in fiscal order.

    "ตลอดปีงบประมาณ" → all twelve; "ต.ค. 2568 - มี.ค. 2569" or "ต.ค.68-มี.ค.69" → (10, 11, 12, 1, 2, 3);
    "ต.ค., ธ.ค., ก.พ." → (10, 12, 2). Months without a year are taken inside fiscal year
    ``fiscal_year`` (BE), so a range must not wrap past ก.ย. ("ส.ค. - ต.ค." is an error). A month
    with a year outside the fiscal year raises :class:`PeriodOutsideFiscalYear`; unreadable text
    raises :class:`ThaiParseError`.
    """
    original = text
    s = _clean(str(text)).translate(_DASHES)
    if not s:
        raise ThaiParseError("empty period")
    months_ce = _fiscal_months_ce(fiscal_year)

    if m := _WHOLE_YEAR.fullmatch(s):
        if m.group("year"):
            be = _year_to_ce(m.group("year"), m.group("era")) + BE_OFFSET
            if be != fiscal_year:
                raise PeriodOutsideFiscalYear(f"{original!r} names fiscal year {be}, not {fiscal_year}")
        return _FISCAL_ORDER

    # 1. Lex; anything the lexer does not know makes the text unreadable.
    tokens: list[tuple[str, str]] = []
    pos = 0
    while pos < len(s):
        tm = _PERIOD_TOKEN.match(s, pos)
        if not tm or tm.end() == pos:
            raise ThaiParseError(f"cannot read period {original!r}")
        pos = tm.end()
        kind = tm.lastgroup or ""
        if kind not in ("ws", "filler"):
            tokens.append((kind, tm.group(kind)))

    # 2. Points (month, CE year or None), range marks and separators.
    seq: list[list] = []  # ["M", month, year] | ["R"] | ["S"]
    era: str | None = None
    for i, (kind, tok) in enumerate(tokens):
        nxt = tokens[i + 1][0] if i + 1 < len(tokens) else None
        if kind == "month":
            if era:
                raise ThaiParseError(f"cannot read period {original!r}")
            seq.append(["M", _month_number(tok), None])
        elif kind == "era":
            if era or nxt != "num" or not seq or seq[-1][0] != "M" or seq[-1][2] is not None:
                raise ThaiParseError(f"cannot read period {original!r}")
            era = tok
        elif kind == "num":
            after_month = bool(seq) and seq[-1][0] == "M" and seq[-1][2] is None
            if after_month and (era or nxt != "month" or len(tok) == 4 or int(tok) > 31):
                if len(tok) not in (2, 4):
                    raise ThaiParseError(f"cannot read year in period {original!r}")
                seq[-1][2] = _year_to_ce(tok, era)
                era = None
            elif nxt == "month" and not era and 1 <= int(tok) <= 31 and len(tok) <= 2:
                pass  # a day before a month ("1 ต.ค. 2568 - 31 มี.ค. 2569"): months are what count
            else:
                raise ThaiParseError(f"cannot read period {original!r}")
        elif kind == "range":
            seq.append(["R"])
        else:
            seq.append(["S"])
    if era:
        raise ThaiParseError(f"cannot read period {original!r}")

    # 3. Items: single months or two-month ranges.
    items: list[list[tuple[int, int | None]]] = []
    last = None
    for sym in seq:
        if sym[0] == "M":
            if last == "R":
                items[-1].append((sym[1], sym[2]))
            else:
                items.append([(sym[1], sym[2])])
        elif sym[0] == "R":
            if last != "M" or len(items[-1]) != 1:
                raise ThaiParseError(f"cannot read period {original!r}")
        elif last not in ("M", "S"):  # separator: only after a month (a doubled one is harmless)
            raise ThaiParseError(f"cannot read period {original!r}")
        last = sym[0]
    if not items or last == "R":
        raise ThaiParseError(f"cannot read period {original!r}")

    # 4. Positions inside the fiscal year.
    def index(month: int, year: int | None) -> int:
        if year is None:
            return _FISCAL_ORDER.index(month)
        try:
            return months_ce.index((year, month))
        except ValueError:
            raise PeriodOutsideFiscalYear(
                f"{THAI_MONTHS_SHORT[month]} {year + BE_OFFSET} is outside fiscal year {fiscal_year}"
            ) from None

    wanted: set[int] = set()
    for item in items:
        positions = [index(month, year) for month, year in item]
        if len(positions) == 2:
            first, last_pos = positions
            if first > last_pos:
                raise ThaiParseError(f"period {original!r} runs backwards or past the end of the fiscal year")
            wanted.update(range(first, last_pos + 1))
        else:
            wanted.update(positions)
    return tuple(_FISCAL_ORDER[i] for i in sorted(wanted))


# --------------------------------------------------------------------------------------------------
# Fiscal-year mentions in free text
# --------------------------------------------------------------------------------------------------

_FY_MENTION = _LazyRe(
    r"ปีงบ(?:ประมาณ)?\.?\s*(?:(?P<era>[พค]\s*\.?\s*ศ\s*\.?)\s*)?(?P<year>[0-9๐-๙]{4}|[0-9๐-๙]{2})(?![0-9๐-๙])"
)


def fiscal_year_mentions(text: str) -> list[tuple[int, str]]:
    """Every fiscal year written in ``text`` after "ปีงบประมาณ" (or "ปีงบ"), optionally with "พ.ศ."/"ค.ศ.",
    as ``(year, exact matched text)``: "ปีงบประมาณ พ.ศ. ๒๕๖๙" → ``(2569, "ปีงบประมาณ พ.ศ. ๒๕๖๙")``.

    Four-digit years come back as written (2026 stays 2026, a CE year); two-digit years are
    completed in their era ("ปีงบ 69" → 2569, "ปีงบ ค.ศ. 26" → 2026).
    """
    found: list[tuple[int, str]] = []
    for m in _FY_MENTION.finditer(text or ""):
        digits = to_arabic_digits(m.group("year"))
        year = int(digits)
        if len(digits) == 2:
            is_ce = bool(m.group("era")) and m.group("era").lstrip().startswith("ค")
            year += 2000 if is_ce else 2500
        found.append((year, m.group(0)))
    return found


def display_width(text: str) -> int:
    """Columns a text takes in a terminal: Thai vowel and tone marks above or below a letter take none."""
    import unicodedata

    return sum(0 if unicodedata.combining(ch) or unicodedata.category(ch) == "Mn" else 1 for ch in text)


def pad(text: str, width: int, align: str = "<") -> str:
    """``text`` padded with spaces to ``width`` display columns (``"<"`` left, ``">"`` right)."""
    gap = " " * max(0, width - display_width(text))
    return text + gap if align == "<" else gap + text
