"""Agency names as real plans write them ("สำนักปลัด อบต.", "สนป.", "กองช่าง เทศบาลตำบลบ้านใหม่") → the list's name.

:func:`standard_agency` answers the standard name of the organisation's list (its kind decides: a เทศบาล's
clerk's office is สำนักปลัดเทศบาล) when the typed text clearly is one, else ``None``: unknown names (another
agency's own name, a new division) are kept as typed by the caller.
"""

from __future__ import annotations

from .. import schema


def _strip_org(text: str) -> str:
    """The name without a trailing organisation ("กองช่าง อบต.บ้านใหม่" → "กองช่าง")."""
    s = " ".join(text.split())
    for suffix in schema.AGENCY_ORG_SUFFIXES:
        i = s.find(" " + suffix)
        if i > 0:
            return s[:i]
        if s.endswith(suffix) and len(s) > len(suffix) and not s.startswith(suffix):
            head = s[: -len(suffix)]
            if head.startswith(("สำนัก", "กอง")):
                return head
    return s


def standard_agency(text: str | None, org_kind: str | None, known: tuple[str, ...] = ()) -> str | None:
    """The standard agency name ``text`` stands for, or ``None`` when it is already standard or unknown.

    ``known`` are the names of the plan's list (the standard ones of the kind plus what the officer added).
    """
    if not text:
        return None
    names = known or schema.default_agencies(org_kind)
    if text in names:
        return None
    by_norm = {schema.normalise_header(n): n for n in names}
    variants = dict(schema.AGENCY_VARIANTS)
    if org_kind and org_kind.startswith("เทศบาล"):
        variants.update(schema.AGENCY_VARIANTS_MUNICIPAL)
    variants_norm = {schema.normalise_header(k): v for k, v in variants.items()}
    for candidate in (text, _strip_org(text)):
        norm = schema.normalise_header(candidate)
        if norm in by_norm:
            return by_norm[norm]
        standard = variants_norm.get(norm)
        if standard is not None and standard in names:
            return standard
    return None
