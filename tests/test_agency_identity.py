"""The identity block of agency forms: plan id, HMAC signature, defined names."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from opplan_xl.agency.identity import (
    FORM_VERSION,
    NAMES,
    Identity,
    defined_names,
    ensure_key,
    identity_from_names,
    issued_of,
    new_key,
    plan_id,
    read_defined_names,
)

from .agency_helpers import AGENCY, ISSUED, KEY, keyed_plan
from .conftest import small_plan


def _identity(**changes) -> Identity:
    return dataclasses.replace(Identity.issue(keyed_plan(), AGENCY, ISSUED), **changes)


def test_plan_id_is_a_one_way_hash_of_the_key() -> None:
    assert plan_id(KEY) == plan_id(KEY)
    assert plan_id(KEY) != plan_id(new_key())
    assert KEY not in plan_id(KEY) and len(plan_id(KEY)) == 16


def test_new_keys_are_random_hex() -> None:
    a, b = new_key(), new_key()
    assert a != b and len(a) == 32 and int(a, 16) >= 0


def test_ensure_key_makes_one_only_when_missing() -> None:
    plan = small_plan()
    assert ensure_key(plan) is True
    key = plan.settings.plan_key
    assert key and ensure_key(plan) is False and plan.settings.plan_key == key


def test_issue_signs_every_field() -> None:
    ident = Identity.issue(keyed_plan(), AGENCY, ISSUED)
    assert ident.plan_id == plan_id(KEY) and ident.fiscal_year == 2570 and ident.version == FORM_VERSION
    assert ident.form_id.startswith("F2570-20261020-093000-")
    assert ident.verify(KEY)
    assert not ident.verify(new_key())
    for field, value in (
        ("agency", "กรมทางหลวง"),
        ("fiscal_year", 2571),
        ("plan_id", plan_id(new_key())),
        ("form_id", "F2570-20261020-093000-0000"),
        ("version", 2),
        ("issued", ISSUED + dt.timedelta(seconds=1)),
    ):
        assert not dataclasses.replace(ident, **{field: value}).verify(KEY), field
    assert not dataclasses.replace(ident, mac="").verify(KEY)


def test_issue_needs_key_and_year() -> None:
    with pytest.raises(ValueError):
        Identity.issue(small_plan(), AGENCY)
    plan = keyed_plan()
    plan.settings.fiscal_year = None
    with pytest.raises(ValueError):
        Identity.issue(plan, AGENCY)


def test_defined_names_round_trip_with_quotes_and_thai() -> None:
    ident = _identity(agency='หน่วยงาน "ทดสอบ" & <อื่น ๆ>').signed(KEY)
    names = defined_names(ident)
    assert set(names) == set(NAMES.values())
    assert all(v.startswith('"') and v.endswith('"') for v in names.values())
    back = identity_from_names(names)
    assert back == ident and back.verify(KEY)


def test_names_missing_or_malformed_are_not_an_identity() -> None:
    names = defined_names(_identity())
    for name in names:
        assert identity_from_names({k: v for k, v in names.items() if k != name}) is None
    assert identity_from_names({**names, NAMES["year"]: '"สองพันห้าร้อย"'}) is None
    assert identity_from_names({**names, NAMES["issued"]: '"yesterday"'}) is None
    assert identity_from_names({**names, NAMES["plan"]: "Sheet1!$A$1"}) is None  # a reference, not a constant


def test_read_defined_names_ignores_others_and_sheet_scoped() -> None:
    xml = (
        b'<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        b'<definedNames><definedName name="_OpPlanForm_agency">"A"</definedName>'
        b'<definedName name="_OpPlanForm_plan" localSheetId="0">"local"</definedName>'
        b'<definedName name="cfg_org_name">Sheet1!$B$4</definedName></definedNames></workbook>'
    )
    assert read_defined_names(xml) == {"_OpPlanForm_agency": '"A"'}


def test_read_defined_names_refuses_a_dtd() -> None:
    bomb = b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaa">]><workbook>&a;</workbook>'
    with pytest.raises(Exception):  # noqa: B017 - defusedxml's DTDForbidden
        read_defined_names(bomb)


def test_issued_of_form_ids() -> None:
    assert issued_of("F2570-20261020-093000-7A3C") == "20261020-093000"
    assert issued_of(" F2570-20261020-093000-7A3C ") == "20261020-093000"
    assert issued_of("hand typed") is None and issued_of(None) is None
