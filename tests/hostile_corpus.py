"""Generators of hostile workbooks, one per class of issue 12, built from a good file at test (or bench) time:
nothing here is committed as a binary.

Each generator rewrites the projects sheet of a workbook (a returned form or a master) in its zip: the file stays
a valid package, only what the cells hold is hostile. ``CLASSES`` maps a class name to (generator, what it is
about); the tests say what each must give, ``bench/bench_hostile.py`` measures them all against the sample.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from opplan_xl import schema
from opplan_xl.xlsx.cells import column_letter

from .helpers import rewrite_zip, sheet_part

LONG = "ก" * 32767  # Excel's longest cell text
SST_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
SST_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"

Generator = Callable[[Path, Path], Path]  # (a good workbook, where to write) → the hostile file


def _columns(parts: dict[str, bytes], part: str) -> dict[str, str]:
    """Header text → column letter of the projects table's header row."""
    from opplan_xl.xlsx.raw import _header_lookup  # the reader's own header matching

    xml = parts[part].decode("utf-8")
    row = re.search(rf'<row r="{schema.PROJECTS.header_row}"[^>]*>(.*?)</row>', xml, re.S)
    assert row, "header row"
    lookup = _header_lookup(schema.PROJECTS)
    out = {}
    for m in re.finditer(r'<c r="([A-Z]+)\d+"[^>]*>(.*?)</c>', row.group(1), re.S):
        import html

        text = html.unescape(re.sub(r"<[^>]+>", "", m.group(2)))
        key = lookup.get(schema.normalise_header(text))
        if key and key not in out:
            out[key] = m.group(1)
    return out


def _replace_rows(parts: dict[str, bytes], part: str, rows_xml: str) -> None:
    """Everything after the header row of the projects sheet becomes ``rows_xml``."""
    xml = parts[part].decode("utf-8")
    header = re.search(rf'<row r="{schema.PROJECTS.header_row}"[^>]*>.*?</row>', xml, re.S)
    assert header
    end = xml.index("</sheetData>")
    xml = xml[: header.end()] + rows_xml + xml[end:]
    xml = re.sub(r'<dimension ref="[^"]*"/>', "", xml)  # the file's own claim; the generators add theirs
    xml = re.sub(r"<tableParts.*?</tableParts>|<tableParts[^>]*/>", "", xml, flags=re.S)
    parts[part] = xml.encode("utf-8")


def _add_shared_strings(parts: dict[str, bytes], strings: list[str]) -> None:
    from xml.sax.saxutils import escape

    sis = "".join(f"<si><t>{escape(s)}</t></si>" for s in strings)
    parts["xl/sharedStrings.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{SST_NS}" count="{len(strings)}" '
        f'uniqueCount="{len(strings)}">{sis}</sst>'
    ).encode()
    rels = parts["xl/_rels/workbook.xml.rels"].decode()
    if "sharedStrings" not in rels:
        rels = rels.replace(
            "</Relationships>",
            f'<Relationship Id="rIdSst" Type="{REL_NS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
        )
        parts["xl/_rels/workbook.xml.rels"] = rels.encode()
    ct = parts["[Content_Types].xml"].decode()
    if "sharedStrings" not in ct:
        ct = ct.replace("</Types>", f'<Override PartName="/xl/sharedStrings.xml" ContentType="{SST_CT}"/></Types>')
        parts["[Content_Types].xml"] = ct.encode()


def _edit(source: Path, out: Path, change: Callable[[dict[str, bytes], str, dict[str, str]], None]) -> Path:
    out.write_bytes(source.read_bytes())

    def apply(parts: dict[str, bytes]) -> None:
        part = sheet_part(parts, schema.SHEET_PROJECTS)
        change(parts, part, _columns(parts, part))

    return rewrite_zip(out, apply)


def _good_row(r: int, cols: dict[str, str], **cells: str) -> str:
    """A valid project row: strategy 1, a name, a budget, months 1–2; ``cells`` (key → cell XML body) replace."""
    first = schema.PROJECTS.header_row + 1
    values = {
        "strategy": "<v>1</v>",
        "plan_area": "<is><t>แผนงานอุตสาหกรรมและการโยธา</t></is>",
        "name": f"<is><t>โครงการที่ {r - first + 1}</t></is>",
        "activity": "<is><t>รายละเอียด</t></is>",
        "budget": "<v>100000</v>",
        "location": "<is><t>หมู่ที่ 1</t></is>",
        "m10": f"<is><t>{schema.MONTH_MARK}</t></is>",
    }
    out = []
    for key, letter in sorted(cols.items(), key=lambda kv: (len(kv[1]), kv[1])):
        body = cells.get(key, values.get(key))
        if body is None:
            continue
        kind = ' t="inlineStr"' if body.startswith("<is>") else ""
        if body.startswith("@"):  # a complete cell
            out.append(body[1:].replace("{ref}", f"{letter}{r}"))
            continue
        out.append(f'<c r="{letter}{r}"{kind}>{body}</c>')
    return f'<row r="{r}">{"".join(out)}</row>'


# ---- 1. cost ----------------------------------------------------------------------------------------------


def string_bomb(source: Path, out: Path, rows: int = 4000) -> Path:
    """Every text cell of ``rows`` rows points at one 32,767-character shared string (a 48 KB file that
    expanded to 3.7 GB)."""

    def change(parts: dict[str, bytes], part: str, cols: dict[str, str]) -> None:
        _add_shared_strings(parts, [LONG])
        first = schema.PROJECTS.header_row + 1
        text_keys = [k for k in cols if schema.PROJECTS.column(k).kind is schema.Kind.TEXT]
        cell = '@<c r="{ref}" t="s"><v>0</v></c>'
        body = "".join(_good_row(r, cols, **dict.fromkeys(text_keys, cell)) for r in range(first, first + rows))
        _replace_rows(parts, part, body)

    return _edit(source, out, change)


def million_rows(source: Path, out: Path, rows: int = 1_000_000, numbered: bool = False) -> Path:
    """A million compact rows of one number each, without row or cell references (or with them)."""

    def change(parts: dict[str, bytes], part: str, cols: dict[str, str]) -> None:
        first = schema.PROJECTS.header_row + 1
        if numbered:
            body = "".join(
                f'<row r="{r}"><c r="A{r}"><v>{r * 7919 % 1000003}</v></c></row>' for r in range(first, first + rows)
            )
        else:
            body = "".join(f"<row><c><v>{r * 7919 % 1000003}</v></c></row>" for r in range(rows))
        _replace_rows(parts, part, body)
        xml = parts[part].decode("utf-8")
        last = first + rows - 1
        xml = xml.replace("<sheetData>", f'<dimension ref="A1:{column_letter(22)}{last}"/><sheetData>', 1)
        xml = re.sub(r"(<sheetView.*?</sheetViews>)(<dimension[^>]*/>)", r"\2\1", xml, flags=re.S)
        parts[part] = xml.encode("utf-8")

    return _edit(source, out, change)


# ---- 3. formulas ----------------------------------------------------------------------------------------------


def formulas(source: Path, out: Path) -> Path:
    """Row 1: ``=100000*2`` as the budget with no saved value. Row 2: made only of formulas with no saved value
    (as a script writes them). Row 3: formulas with saved values (as Excel saves them)."""

    def change(parts: dict[str, bytes], part: str, cols: dict[str, str]) -> None:
        first = schema.PROJECTS.header_row + 1
        no_value = {k: '@<c r="{ref}"><f>' + f'"ค่า{k}"' + "</f><v></v></c>" for k in cols}
        no_value["strategy"] = '@<c r="{ref}"><f>0+1</f></c>'
        no_value["budget"] = '@<c r="{ref}"><f>100000*2</f></c>'
        rows = [
            _good_row(first, cols, budget='@<c r="{ref}"><f>100000*2</f></c>'),
            f'<row r="{first + 1}">'
            + "".join(
                no_value[k].replace("{ref}", f"{letter}{first + 1}").lstrip("@")
                for k, letter in cols.items()
                if k in ("strategy", "plan_area", "name", "activity", "budget", "location")
            )
            + "</row>",
            _good_row(
                first + 2,
                cols,
                budget='@<c r="{ref}"><f>100000*2</f><v>200000</v></c>',
                name='@<c r="{ref}" t="str"><f>"ถนน"&amp;"สายใหม่"</f><v>ถนนสายใหม่</v></c>',
            ),
        ]
        _replace_rows(parts, part, "".join(rows))

    return _edit(source, out, change)


# ---- 4. garbage ------------------------------------------------------------------------------------------------


def garbage(source: Path, out: Path) -> Path:
    """Shared-string indices -1, "x" and 99 (of 2); ``NaN`` and ``inf`` as budgets; a 40,000-character name; a
    budget of ten trillion baht."""

    def change(parts: dict[str, bytes], part: str, cols: dict[str, str]) -> None:
        _add_shared_strings(parts, ["ศูนย์", "หนึ่ง"])
        first = schema.PROJECTS.header_row + 1
        rows = [
            _good_row(first, cols, name='@<c r="{ref}" t="s"><v>-1</v></c>'),
            _good_row(first + 1, cols, name='@<c r="{ref}" t="s"><v>x</v></c>'),
            _good_row(first + 2, cols, name='@<c r="{ref}" t="s"><v>99</v></c>'),
            _good_row(first + 3, cols, budget="<v>NaN</v>"),
            _good_row(first + 4, cols, budget="<v>inf</v>"),
            _good_row(first + 5, cols, name=f"<is><t>{'ข' * 40000}</t></is>"),
            _good_row(first + 6, cols, budget="<v>10000000000000</v>"),
        ]
        _replace_rows(parts, part, "".join(rows))

    return _edit(source, out, change)


def huge_budgets(source: Path, out: Path) -> Path:
    """Seven budgets of 28 significant digits (their sum was 7 satang off in Decimal's default context)."""

    def change(parts: dict[str, bytes], part: str, cols: dict[str, str]) -> None:
        first = schema.PROJECTS.header_row + 1
        budget = "<is><t>99999999999999999999999999.99</t></is>"
        rows = [_good_row(first + i, cols, budget=budget) for i in range(7)]
        _replace_rows(parts, part, "".join(rows))

    return _edit(source, out, change)


# ---- 6. identity and package -----------------------------------------------------------------------------------


def hidden_characters(source: Path, out: Path) -> Path:
    """A name with a right-to-left override and a zero-width space (it can look like another agency's)."""

    def change(parts: dict[str, bytes], part: str, cols: dict[str, str]) -> None:
        first = schema.PROJECTS.header_row + 1
        rows = [_good_row(first, cols, name="<is><t>โครงการ\u202eดี\u200bมาก</t></is>")]
        _replace_rows(parts, part, "".join(rows))

    return _edit(source, out, change)


def case_twins(source: Path, out: Path) -> Path:
    """Two parts whose names differ only by case: which one a reader takes is up to the reader."""
    out.write_bytes(source.read_bytes())

    def change(parts: dict[str, bytes]) -> None:
        part = sheet_part(parts, schema.SHEET_PROJECTS)
        parts[part.replace("sheet", "Sheet")] = parts[part]

    return rewrite_zip(out, change)


CLASSES: dict[str, tuple[Generator, str]] = {
    "string bomb": (string_bomb, "4,000 rows × every text cell → one 32,767-character shared string"),
    "million rows": (million_rows, "1,000,000 compact rows without references"),
    "million numbered rows": (
        lambda s, o: million_rows(s, o, numbered=True),
        "1,000,000 compact rows with references",
    ),
    "formulas": (formulas, "formulas with and without saved values"),
    "garbage": (garbage, "bad string indices, NaN/inf, 40,000-character text, 10 trillion baht"),
    "huge budgets": (huge_budgets, "seven 28-digit budgets"),
    "hidden characters": (hidden_characters, "RLO and zero-width space in a name"),
    "case twins": (case_twins, "two parts differing only by case"),
}
