"""The identity block of an agency form: which plan, year and agency it is for, signed with the plan's secret.

A form carries its identity as hidden defined names (``_OpPlanForm_plan`` …) holding text constants. Defined names
survive Excel and LibreOffice round trips (LibreOffice makes them visible, which is harmless), are read from
``xl/workbook.xml`` without touching any sheet, and a user filling the form never sees them.

The signature is an HMAC-SHA256 over the fields, keyed with the plan's secret (the hidden ``plan_key`` setting
of the master workbook, which never leaves it). The form carries only the *plan id*, a one-way hash of the key,
so a returned form can be matched to its plan and checked for tampering, but cannot be used to forge another.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass, replace

from ..model import Plan

__all__ = [
    "FORM_VERSION",
    "NAMES",
    "Identity",
    "defined_names",
    "ensure_key",
    "fields_signature",
    "identity_from_names",
    "issued_of",
    "new_form_id",
    "new_key",
    "plan_id",
    "raw_fields",
    "read_defined_names",
    "verify_fields",
]

FORM_VERSION = 1
"""The layout version of the form this program writes and reads (a newer form is refused with a message)."""

NAME_PREFIX = "_OpPlanForm_"
FIELDS = ("plan", "year", "agency", "form", "version", "issued")
NAMES: dict[str, str] = {f: NAME_PREFIX + f for f in (*FIELDS, "mac")}
"""Field → hidden defined name in the form."""

MAC_HEX = 32  # 128 bits of HMAC-SHA256
PLAN_ID_HEX = 16
_FORM_ID = re.compile(r"^F(\d{4})-(\d{8})-(\d{6})-[0-9A-F]{4}$")


def new_key() -> str:
    """A fresh secret for a plan (hex, 128 bits)."""
    return secrets.token_hex(16)


def plan_id(key: str) -> str:
    """The public id of the plan whose secret is ``key``: a one-way hash, safe to put in forms."""
    return hashlib.sha256(b"opplan-xl plan id\x00" + key.encode("utf-8")).hexdigest()[:PLAN_ID_HEX]


def ensure_key(plan: Plan) -> bool:
    """Give the plan a secret when it has none; True when one was made (the workbook must then be saved)."""
    if plan.settings.plan_key and plan.settings.plan_key.strip():
        return False
    plan.settings.plan_key = new_key()
    return True


def new_form_id(fiscal_year: int, issued: dt.datetime) -> str:
    """``F2570-20261015-093000-7A3C``: the fiscal year, when it was issued, and 16 random bits."""
    return f"F{fiscal_year}-{issued:%Y%m%d-%H%M%S}-{secrets.token_hex(2).upper()}"


def issued_of(form_id: str | None) -> str | None:
    """The sortable issue stamp (``20261015-093000``) in a form id, or None when it is not one of ours."""
    m = _FORM_ID.match((form_id or "").strip())
    return f"{m.group(2)}-{m.group(3)}" if m else None


@dataclass(frozen=True)
class Identity:
    """Who a form is for. ``mac`` signs every other field with the plan's secret."""

    plan_id: str
    fiscal_year: int
    agency: str
    form_id: str
    version: int
    issued: dt.datetime
    mac: str = ""

    def fields(self) -> dict[str, str]:
        return {
            "plan": self.plan_id,
            "year": str(self.fiscal_year),
            "agency": self.agency,
            "form": self.form_id,
            "version": str(self.version),
            "issued": self.issued.replace(microsecond=0).isoformat(),
        }

    def signature(self, key: str) -> str:
        return fields_signature(self.fields(), key)

    def signed(self, key: str) -> Identity:
        return replace(self, mac=self.signature(key))

    def verify(self, key: str) -> bool:
        """The fields are as issued with ``key`` (constant-time comparison)."""
        return bool(self.mac) and hmac.compare_digest(self.mac.lower(), self.signature(key))

    @classmethod
    def issue(cls, plan: Plan, agency: str, issued: dt.datetime | None = None) -> Identity:
        """A new signed identity for ``agency`` (the plan must have its key and fiscal year)."""
        key, year = plan.settings.plan_key, plan.settings.fiscal_year
        if not key or year is None:
            raise ValueError("the plan needs a key and a fiscal year")
        when = (issued or dt.datetime.now()).replace(microsecond=0)
        ident = cls(plan_id(key), year, agency.strip(), new_form_id(year, when), FORM_VERSION, when)
        return ident.signed(key)


# --------------------------------------------------------------------------------------------------
# as defined names
# --------------------------------------------------------------------------------------------------


def _constant(text: str) -> str:
    """A text constant as a defined name's formula (what Excel writes for ``="…"``, without the "=")."""
    return '"' + text.replace('"', '""') + '"'


def _unconstant(text: str) -> str | None:
    s = text.strip().removeprefix("=").strip()
    if len(s) >= 2 and s[0] == '"' and s[-1] == '"':
        return s[1:-1].replace('""', '"')
    return None


def defined_names(identity: Identity) -> dict[str, str]:
    """Defined name → formula text, for the form's workbook."""
    values = {**identity.fields(), "mac": identity.mac}
    return {NAMES[k]: _constant(v) for k, v in values.items()}


def fields_signature(fields: dict[str, str], key: str) -> str:
    """The signature of the identity fields as text (what the form carries), with the plan's secret."""
    message = "\x1f".join(["opplan-xl agency form", *(f"{k}={fields.get(k, '')}" for k in FIELDS)])
    return hmac.new(key.encode("utf-8"), message.encode("utf-8"), hashlib.sha256).hexdigest()[:MAC_HEX]


def raw_fields(names: dict[str, str]) -> dict[str, str] | None:
    """The identity fields and ``mac`` as the text the form holds; None when any of them is missing.

    The signature is checked on these texts before any of them is interpreted, so that an edited field of any
    kind (a version made "2" or "x") is reported as an altered form, never as a newer or a foreign one.
    """
    values: dict[str, str] = {}
    for field, name in NAMES.items():
        formula = names.get(name)
        value = _unconstant(formula) if formula is not None else None
        if value is None:
            return None
        values[field] = value
    return values


def verify_fields(fields: dict[str, str], key: str) -> bool:
    """The texts of a form's identity are as issued with ``key`` (constant-time comparison)."""
    mac = fields.get("mac", "")
    return bool(mac) and hmac.compare_digest(mac.lower(), fields_signature(fields, key))


def identity_from_names(names: dict[str, str]) -> Identity | None:
    """The identity in a form's defined names (name → formula text); None when any field is missing or malformed.

    A malformed field (a year that is not a number …) can only come from editing, and then the signature would
    not match anyway, so both are treated alike by the caller: None here means "not a form", a failed
    :meth:`Identity.verify` means "altered".
    """
    values = raw_fields(names)
    if values is None:
        return None
    try:
        return Identity(
            plan_id=values["plan"],
            fiscal_year=int(values["year"]),
            agency=values["agency"],
            form_id=values["form"],
            version=int(values["version"]),
            issued=dt.datetime.fromisoformat(values["issued"]),
            mac=values["mac"],
        )
    except ValueError:
        return None


def read_defined_names(workbook_xml: bytes) -> dict[str, str]:
    """Workbook-level defined names of ``xl/workbook.xml`` (name → formula text), parsed without a DTD."""
    from defusedxml import ElementTree

    root = ElementTree.fromstring(workbook_xml, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    out: dict[str, str] = {}
    for el in root.iter():
        if not (el.tag == "definedName" or el.tag.endswith("}definedName")):
            continue
        if el.get("localSheetId") is not None:
            continue
        name = el.get("name") or ""
        if name.startswith(NAME_PREFIX) and name not in out:
            out[name] = el.text or ""
    return out
