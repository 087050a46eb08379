"""Excel formula text built from the schema: string literals, COUNTIFS criteria, structured references, and the
title formulas that read the settings (so a year or a name is never typed twice). Pure text, no openpyxl."""

from __future__ import annotations

from .. import schema
from ..schema import Table

__all__ = [
    "criterion",
    "fiscal_year_title_formula",
    "form_title_formula",
    "org_line_formula",
    "setting_ref",
    "str_literal",
    "structured",
]


def str_literal(text: str) -> str:
    """``text`` as a formula's string literal: ``"…"`` with inner quotes doubled."""
    return '"' + text.replace('"', '""') + '"'


def criterion(value: str) -> str:
    """A COUNTIFS/SUMIFS criterion matching exactly ``value`` (wildcards escaped; "" matches empty cells)."""
    s = value.replace("~", "~~").replace("*", "~*").replace("?", "~?")
    if s[:1] in ("<", ">", "="):
        s = "=" + s
    return str_literal(s)


def structured(table: Table, key: str) -> str:
    """``tblProjects[งบประมาณ (บาท)]``: a column of a table's data, in the file form of structured references."""
    header = table.column(key).header
    for ch in ("'", "[", "]", "#"):
        header = header.replace(ch, "'" + ch)
    return f"{table.name}[{header}]"


def setting_ref(key: str) -> str:
    """The defined name of a setting's cell (``cfg_fiscal_year``)."""
    return schema.SETTINGS_BY_KEY[key].defined_name


def fiscal_year_title_formula() -> str:
    """``="แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. "&cfg_fiscal_year``: the year is never retyped."""
    return f"={str_literal(schema.PLAN_YEAR_TITLE)}&{setting_ref('fiscal_year')}"


def form_title_formula(form: str) -> str:
    """The form's title from its setting, the standard title when the setting is empty."""
    ref = setting_ref(schema.FORM_TITLE_SETTINGS[form])
    return f'=IF({ref}="",{str_literal(schema.FORM_TITLES[form])},{ref})'


def _without_word(ref: str, word: str) -> str:
    """The setting's text trimmed, without a leading ``word`` the officer typed ("อำเภอเมืองพะเยา" → "เมืองพะเยา")."""
    n = len(word)
    return f"IF(LEFT(TRIM({ref}),{n})={str_literal(word)},TRIM(MID(TRIM({ref}),{n + 1},255)),TRIM({ref}))"


def org_line_formula() -> str:
    """<ชื่อ อปท.> อำเภอ… จังหวัด… from the settings, as the document writes it (document/context.py): the kind is
    not doubled when the name already has it, nor "อำเภอ"/"จังหวัด" when the officer typed them; an อบจ.'s line has
    the province only."""
    kind, name = setting_ref("org_kind"), setting_ref("org_name")
    district = _without_word(setting_ref("district"), schema.ORG_LINE_DISTRICT)
    province = _without_word(setting_ref("province"), schema.ORG_LINE_PROVINCE)
    d = str_literal(" " + schema.ORG_LINE_DISTRICT)
    p = str_literal(" " + schema.ORG_LINE_PROVINCE)
    provincial = str_literal(schema.ORG_KINDS[-1])
    return (
        f'=IF(LEFT({name},LEN({kind}))={kind},"",{kind})&{name}'
        f'&IF(OR({district}="",TRIM({kind})={provincial}),"",{d}&{district})&IF({province}="","",{p}&{province})'
    )
