"""opplan export: the plan as open data (CSV and JSON with its schema)."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
from decimal import Decimal
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from opplan_xl import opendata
from opplan_xl.cli import main
from opplan_xl.example import sample_plan, synthetic_plan
from opplan_xl.monitoring.sample import with_sample_progress
from opplan_xl.rollup import rollup
from opplan_xl.versions import views
from opplan_xl.versions.sample import with_sample_amendments
from opplan_xl.xlsx.write import write_workbook


def _plan():
    return with_sample_progress(with_sample_amendments(sample_plan()), "12m")


def _validator():
    schema = opendata.plan_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def test_sample_json_validates_and_reconciles() -> None:
    plan = _plan()
    data = opendata.open_data(plan, version="consolidated")
    doc = json.loads(opendata.to_json(data))
    assert list(_validator().iter_errors(doc)) == []
    r = rollup(views.consolidated(plan))
    t = doc["totals"]
    assert t["projects"] == {"count": r.total_projects, "budget": f"{r.total_budget:.2f}"}
    assert t["equipment"]["budget"] == f"{r.equipment_total.budget:.2f}"
    assert [s["budget"] for s in t["by_strategy"]] == [f"{s.budget:.2f}" for s in r.strategies]
    assert t["reconciled"] is True
    assert doc["plan"]["version"] == 2 and doc["plan"]["amendments_total"] == 2
    assert doc["plan"]["has_progress"] is True
    assert len(doc["items"]) == r.total_projects + r.equipment_total.items
    assert len({i["row_id"] for i in doc["items"]}) == len(doc["items"])
    first = doc["items"][0]
    assert first["months"] == ["2027-02", "2027-03", "2027-04"] and first["months_th"] == ["ก.พ.", "มี.ค.", "เม.ย."]


def test_schema_documents_every_field_and_rejects_wrong_documents() -> None:
    props = opendata.fields.item_properties()
    assert list(props) == list(opendata.ROW_FIELDS)
    assert all(p["title"] and p["description"] for p in props.values())
    doc = opendata.document(opendata.open_data(_plan()))
    v = _validator()
    bad = json.loads(json.dumps(doc))
    bad["items"][0]["budget"] = 1234.5  # a float, not the 2-decimal string
    assert not v.is_valid(bad)
    bad = json.loads(json.dumps(doc))
    bad["items"][0]["disbursed_date"] = "31/03/2570"
    assert not v.is_valid(bad)
    bad = json.loads(json.dumps(doc))
    del bad["items"][0]["row_id"]
    assert not v.is_valid(bad)


def test_version_in_force_on_a_date() -> None:
    plan = _plan()
    import datetime as dt

    assert opendata.open_data(plan, as_of=dt.date(2027, 1, 1)).meta["version"] == 0
    assert opendata.open_data(plan, as_of=dt.date(2027, 3, 1)).meta["version"] == 1
    assert opendata.open_data(plan, version="first").meta["version"] == 0
    assert opendata.open_data(plan, version=1).totals["reconciled"]


def _rows(raw: bytes) -> list[list[str]]:
    assert raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in raw
    return list(csv.reader(io.StringIO(raw[3:].decode("utf-8"), newline="")))


def test_csv_bom_round_trip_thai_and_formula_safety() -> None:
    plan = _plan()
    plan.projects[0].progress_note = '=HYPERLINK("http://x")'
    plan.projects[1].name = "@SUM(A1)"
    data = opendata.open_data(plan, version="consolidated")
    rows = _rows(opendata.to_csv(data))
    assert rows[0] == list(opendata.ROW_FIELDS)
    assert len(rows) - 1 == len(data.rows)
    body = [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]
    assert body[0]["note"].startswith("'=") and body[1]["name"] == "'@SUM(A1)"
    assert body[0]["organisation"] == "องค์การบริหารส่วนตำบลหนองบัวแก้ว"
    assert body[0]["months_th"] == "ก.พ. มี.ค. เม.ย."
    assert sum(Decimal(b["budget"]) for b in body) == data.totals["all"]["budget"]
    thai = _rows(opendata.to_csv(data, "th"))[0]
    assert thai[0] == "รหัสแถว" and "งบประมาณ (บาท)" in thai


def test_libreoffice_opens_the_csv_with_thai(tmp_path: Path) -> None:
    from opplan_xl.libreoffice import find_soffice

    soffice = find_soffice()
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    import openpyxl

    src = tmp_path / "plan.csv"
    src.write_bytes(opendata.to_csv(opendata.open_data(_plan(), version="consolidated")))
    profile = tmp_path / "profile"
    subprocess.run(
        [soffice, "--headless", f"-env:UserInstallation=file://{profile}", "--infilter=CSV:44,34,76",
         "--convert-to", "xlsx", "--outdir", str(tmp_path), str(src)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    ws = openpyxl.load_workbook(tmp_path / "plan.xlsx").active
    assert ws["A1"].value == "row_id"
    assert ws["F2"].value == "องค์การบริหารส่วนตำบลหนองบัวแก้ว"
    assert ws.max_row == 1 + len(opendata.open_data(_plan(), version="consolidated").rows)


@pytest.fixture(scope="module")
def book(tmp_path_factory) -> Path:
    return write_workbook(_plan(), tmp_path_factory.mktemp("export") / "plan.xlsx")


def test_command_writes_json_and_keeps_previous(book: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "open.json"
    assert main(["export", str(book), "-o", str(out), "--as-of", "2027-03-01"]) == 0
    text = capsys.readouterr().out
    assert "ครั้งที่ 2 ยังไม่ได้ประกาศ" in text and "บันทึกไฟล์" in text
    assert _validator().is_valid(json.loads(out.read_bytes()))
    assert main(["export", str(book), "-o", str(tmp_path), "--format", "csv", "--version", "consolidated"]) == 0
    assert main(["export", str(book), "-o", str(tmp_path), "--format", "csv"]) == 0
    assert (tmp_path / "plan-opendata.csv").exists() and (tmp_path / "plan-opendata.1.csv").exists()


def test_command_officer_mistakes(book: Path, tmp_path: Path, capsys) -> None:
    assert main(["export", str(tmp_path / "ไม่มี.xlsx")]) == 2
    assert "ไม่พบไฟล์" in capsys.readouterr().err
    assert main(["export", str(book), "-o", str(tmp_path / "x.txt")]) == 2
    assert "นามสกุล" in capsys.readouterr().err
    link = tmp_path / "same.csv"
    os.symlink(book, link)
    assert main(["export", str(book), "-o", str(link)]) == 2
    assert "ไฟล์เดียวกับไฟล์ที่อ่าน" in capsys.readouterr().err
    assert main(["export", str(book), "--version", "9"]) == 2
    assert "ครั้งที่ 9" in capsys.readouterr().err
    assert main(["export", str(book), "--as-of", "พรุ่งนี้"]) == 2
    assert "อ่านไม่ได้" in capsys.readouterr().err


def test_command_with_errors_writes_and_exits_1(tmp_path: Path, capsys) -> None:
    plan = _plan()
    plan.projects[0].name = None
    book = write_workbook(plan, tmp_path / "bad.xlsx")
    assert main(["export", str(book), "--format", "json"]) == 1
    assert "ข้อผิดพลาด" in capsys.readouterr().err
    assert (tmp_path / "bad-opendata.json").exists()


@settings(max_examples=15, deadline=None)
@given(n=st.integers(0, 60), seed=st.integers(0, 10_000))
def test_random_plans_round_trip(n: int, seed: int) -> None:
    plan = synthetic_plan(n, seed)
    data = opendata.open_data(plan, version="consolidated")
    doc = json.loads(opendata.to_json(data))
    assert [(i["row_id"], Decimal(i["budget"])) for i in doc["items"]] == [
        (r["row_id"], r["budget"]) for r in data.rows
    ]
    r = rollup(views.consolidated(plan))
    assert Decimal(doc["totals"]["projects"]["budget"]) == r.total_budget
    assert doc["totals"]["reconciled"] is True
    assert len({i["row_id"] for i in doc["items"]}) == len(doc["items"])
