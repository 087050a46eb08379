"""Rules on the wording sheet (ข้อความในเอกสาร): what the document will print from the officer's paragraphs.

A plan without the sheet (older workbooks, agency forms, imports) meets none of them: its document uses the
standard text. Each finding names the cell of the text it is about.
"""

from __future__ import annotations

from .. import schema, wording
from ..findings import Finding, finding
from ..model import Plan

P = schema.PARAGRAPHS
_PARTS = dict(schema.PARAGRAPH_PARTS)


def wording_readable(plan: Plan) -> list[Finding]:
    """Each paragraph's text: empty (the standard text is used), a name in braces that is no placeholder, a brace
    without its pair; rows that are no paragraph or a paragraph's second row; paragraphs without a row."""
    present = P.key in plan.table_sheets
    if not plan.paragraphs and not present:
        return []
    out: list[Finding] = []
    sheet = plan.sheet(P)
    used = wording.chosen(plan)
    for p in plan.paragraphs:
        cell = plan.cell(P, "text", p.row)
        if f"{sheet}!{cell}" in plan.reported:
            continue
        if p.key not in _PARTS:
            if p.text or p.key:
                out.append(finding("W-PARAGRAPH-ROW-UNKNOWN", sheet, cell, value=p.key or ""))
            continue
        part = _PARTS[p.key]
        if used[p.key] is not p:
            out.append(finding("W-PARAGRAPH-DUPLICATE", sheet, cell, part=part, used=used[p.key].row or ""))
            continue
        if not (p.text or "").strip():
            if "text" not in p.unparsed:
                out.append(finding("I-PARAGRAPH-EMPTY", sheet, cell, part=part))
            continue
        for problem in wording.problems(p.text or ""):
            if problem.kind == "unknown":
                out.append(
                    finding(
                        "E-PARAGRAPH-PLACEHOLDER-UNKNOWN",
                        sheet,
                        cell,
                        part=part,
                        value=problem.shown,
                        known=wording.known_names(),
                    )
                )
            else:
                out.append(finding("E-PARAGRAPH-BRACE", sheet, cell, part=part, value=problem.shown))
    missing = [_PARTS[k] for k in schema.PARAGRAPH_KEYS if k not in used]
    if missing and present and plan.paragraphs:
        out.append(finding("I-PARAGRAPH-MISSING", sheet, "", parts=", ".join(missing)))
    return out


RULES = (wording_readable,)
