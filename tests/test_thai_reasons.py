"""What an officer reads about a broken file is Thai: no English library text inside a Thai message (issue 9)."""

from __future__ import annotations

import re
import zipfile

import pytest

from opplan_xl.cli import main

_ENGLISH_WORDS = re.compile(r"[A-Za-z]{3,}")
_ALLOWED = {"Excel", "xlsx", "xlsm", "DOCTYPE", "ENTITY", "XML", "zip", "xml", "rels", "workbook", "sheet1"}


def _broken_files(tmp_path):
    pk = tmp_path / "pk.xlsx"
    pk.write_bytes(b"PK\x03\x04garbage")
    no_book = tmp_path / "nobook.xlsx"
    with zipfile.ZipFile(no_book, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
    bad_xml = tmp_path / "badxml.xlsx"
    with zipfile.ZipFile(bad_xml, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/workbook.xml", "<workbook><sheets><sheet")
    return {"not a zip": pk, "no workbook part": no_book, "broken workbook.xml": bad_xml}


@pytest.mark.parametrize("case", ["not a zip", "no workbook part", "broken workbook.xml"])
def test_a_broken_file_is_explained_in_thai(tmp_path, capsys, case):
    path = _broken_files(tmp_path)[case]
    assert main(["validate", str(path)]) == 2
    out = capsys.readouterr()
    said = (out.out + out.err).replace(str(path), "〈ไฟล์〉")
    assert "〈ไฟล์〉" in said
    english = {w for w in _ENGLISH_WORDS.findall(said)} - _ALLOWED
    assert not english, said
