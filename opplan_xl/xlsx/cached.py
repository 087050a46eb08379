"""Cached values for the formulas we write, so a viewer that never recalculates shows the right figures.

openpyxl writes a formula cell with an empty ``<v>``: Protected View (every e-mailed file), the preview pane and
Quick Look do not recalculate, so ผด.01 and the title lines showed blank or zero there. Every formula cell the
builders write gets the value Python computes for it, put into the sheet XML after openpyxl has written it:

- a value given with the formula (:func:`remember`; the ผด.01 block from :func:`~opplan_xl.rollup.rollup`);
- or, for the title formulas, the same text from the workbook's own settings cells (:func:`title_values`).

A formula cell with neither is a builder bug: :func:`cached_values` raises, so no workbook leaves without one.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from .. import schema
from . import formulas

if TYPE_CHECKING:  # pragma: no cover
    from openpyxl import Workbook

__all__ = ["MissingCachedValue", "add_cached_values", "cached_values", "remember", "title_values"]

_ATTR = "_opplan_cached"


class MissingCachedValue(ValueError):
    """A formula cell the builder wrote without a value to cache (a bug in the builder, not in the data)."""


def remember(cell, formula: str, value: object) -> None:
    """Write ``formula`` into ``cell`` and keep ``value`` as its cached result."""
    cell.value = formula
    ws = cell.parent
    store = getattr(ws, _ATTR, None)
    if store is None:
        store = {}
        setattr(ws, _ATTR, store)
    store[cell.coordinate] = value


def _as_text(value: object) -> str:
    """A settings cell's value as Excel turns it into text with ``&`` (whole numbers without decimals)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _excel_trim(text: str) -> str:
    """Excel's TRIM: no spaces at either end, one space between words."""
    return " ".join(part for part in text.split(" ") if part)


def _without_word(text: str, word: str) -> str:
    """``formulas._without_word`` computed: the trimmed text without a leading ``word``."""
    t = _excel_trim(text)
    return _excel_trim(t[len(word) :]) if t[: len(word)] == word else t


def title_values(wb: Workbook) -> dict[str, str]:
    """Title formula text → the text it shows, from the settings cells of ``wb`` (as Excel would compute it)."""

    def setting(key: str) -> str:
        name = wb.defined_names.get(formulas.setting_ref(key))
        if name is None:
            return ""
        for sheet, ref in name.destinations:
            return _as_text(wb[sheet][ref.replace("$", "")].value)
        return ""

    out = {formulas.fiscal_year_title_formula(): schema.PLAN_YEAR_TITLE + setting("fiscal_year")}
    for form, key in schema.FORM_TITLE_SETTINGS.items():
        out[formulas.form_title_formula(form)] = setting(key) or schema.FORM_TITLES[form]
    kind, name = setting("org_kind"), setting("org_name")
    district, province = setting("district"), setting("province")
    district = _without_word(district, schema.ORG_LINE_DISTRICT)  # as formulas.org_line_formula does
    province = _without_word(province, schema.ORG_LINE_PROVINCE)
    line = ("" if name[: len(kind)] == kind else kind) + name
    provincial = _excel_trim(kind) == schema.ORG_KINDS[-1]
    line += f" {schema.ORG_LINE_DISTRICT}{district}" if district and not provincial else ""
    line += f" {schema.ORG_LINE_PROVINCE}{province}" if province else ""
    out[formulas.org_line_formula()] = line
    return out


def cached_values(wb: Workbook) -> dict[int, dict[str, object]]:
    """Sheet position (0-based) → cell reference → the cached value of every formula cell in ``wb``."""
    titles: dict[str, str] | None = None
    out: dict[int, dict[str, object]] = {}
    for i, ws in enumerate(wb.worksheets):
        given = getattr(ws, _ATTR, {})
        values: dict[str, object] = {}
        for cell in ws._cells.values():
            if cell.data_type != "f":
                continue
            ref = cell.coordinate
            if ref in given:
                values[ref] = given[ref]
                continue
            if titles is None:
                titles = title_values(wb)
            if cell.value not in titles:
                raise MissingCachedValue(f"{ws.title}!{ref}: no cached value for {cell.value}")
            values[ref] = titles[cell.value]
        if values:
            out[i] = values
    return out


def _v(value: object) -> tuple[str | None, str]:
    """The cell's type attribute and ``<v>`` text for a cached ``value``."""
    if isinstance(value, bool):
        return "b", "1" if value else "0"
    if isinstance(value, int):
        return None, str(value)
    if isinstance(value, Decimal):
        return None, format(value.normalize(), "f") if value == value.to_integral() else format(value, "f")
    if isinstance(value, float):
        return None, repr(value)
    return "str", escape(str(value))


_CELL = re.compile(r'<c r="([A-Z]+[0-9]+)"([^>]*)><f>(.*?)</f><v\s*(?:/>|>[^<]*</v>)</c>', re.S)
_TYPE = re.compile(r'\s+t="[^"]*"')


def _patch(xml: str, values: dict[str, object], where: str) -> str:
    seen: set[str] = set()

    def put(m: re.Match) -> str:
        ref, attrs, formula = m.group(1), m.group(2), m.group(3)
        if ref not in values:
            raise MissingCachedValue(f"{where}!{ref}: no cached value")
        seen.add(ref)
        kind, text = _v(values[ref])
        attrs = _TYPE.sub("", attrs) + (f' t="{kind}"' if kind else "")
        return f'<c r="{ref}"{attrs}><f>{formula}</f><v>{text}</v></c>'

    out = _CELL.sub(put, xml)
    if seen != set(values):
        raise MissingCachedValue(f"{where}: formula cells not found: {sorted(set(values) - seen)[:5]}")
    return out


def add_cached_values(parts: dict[str, bytes], values: dict[int, dict[str, object]]) -> None:
    """Put the cached ``values`` into the sheet parts (``xl/worksheets/sheet<n>.xml``, as openpyxl names them)."""
    for i, cells in values.items():
        name = f"xl/worksheets/sheet{i + 1}.xml"
        parts[name] = _patch(parts[name].decode("utf-8"), cells, name).encode("utf-8")
