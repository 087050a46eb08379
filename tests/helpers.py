"""Helpers shared by several test modules: zip surgery on workbooks, VBA source comparison, LibreOffice (soffice
and UNO), the ผด.01 check against the roll-up, and a fake live workbook with its ribbon buttons."""

from __future__ import annotations

import io
import itertools
import json
import os
import re
import shutil
import subprocess
import zipfile
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from opplan_xl.model import Plan

    from .fake_xlwings import FakeBook

# ------------------------------------------------------------------------------------------------------ zip parts


def zip_parts(source: Path | bytes) -> dict[str, bytes]:
    """Every part of a zip (a file or bytes), name → bytes, in the zip's order."""
    with zipfile.ZipFile(io.BytesIO(source) if isinstance(source, bytes) else source) as z:
        return {i.filename: z.read(i.filename) for i in z.infolist()}


def zip_part(data: bytes, name: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return z.read(name)


def write_zip(parts: Mapping[str, bytes], target: Path) -> Path:
    """The parts as a new deflated zip at ``target``."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    target.write_bytes(buf.getvalue())
    return target


def rewrite_zip(path: Path, change: Callable[[dict[str, bytes]], None], out: Path | None = None) -> Path:
    """Rewrite the parts of a zip (name → bytes) with ``change``; written to ``out`` or over ``path``."""
    parts = zip_parts(path)
    change(parts)
    return write_zip(parts, out or path)


def patch_zip(path: Path, changes: Mapping[str, Callable[[bytes], bytes] | bytes], out: Path | None = None) -> Path:
    """Rewrite parts of an xlsx (a function of the old bytes, or new bytes; new parts are added)."""

    def change(parts: dict[str, bytes]) -> None:
        for name, new in changes.items():
            parts[name] = new(parts[name]) if callable(new) else new

    return rewrite_zip(path, change, out)


def sheet_part(source: Path | Mapping[str, bytes], sheet: str) -> str:
    """The zip part of a worksheet (of a file, or of its parts), resolved through workbook.xml and its relationships."""
    from defusedxml import ElementTree

    parts = zip_parts(source) if isinstance(source, Path) else source
    wb = ElementTree.fromstring(parts["xl/workbook.xml"])
    rels = ElementTree.fromstring(parts["xl/_rels/workbook.xml.rels"])
    rid = next(
        v
        for el in wb.iter()
        if el.tag.endswith("}sheet") and el.get("name") == sheet
        for k, v in el.attrib.items()
        if k.endswith("}id")
    )
    target = next(r.get("Target") for r in rels.iter() if r.get("Id") == rid)
    return target.lstrip("/") if target.startswith("/") else f"xl/{target}"


# ------------------------------------------------------------------------------------------------------------ VBA


def normalized(source: str) -> str:
    """Source without Attribute lines, LF line endings, no trailing blank lines."""
    lines = source.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(line for line in lines if not line.startswith("Attribute VB_")).strip("\n")


# ---------------------------------------------------------------------------------------------------- LibreOffice

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def _needs(component: str):
    """Skip unless LibreOffice has ``component`` ("calc" for workbooks, "writer" for documents), saying why."""
    import pytest

    from opplan_xl.libreoffice import missing_component

    reason = missing_component(component)
    return pytest.mark.skipif(reason is not None, reason=reason or "")


needs_calc = _needs("calc")
needs_writer = _needs("writer")


def skip_without(component: str) -> None:
    """:data:`needs_calc` / :data:`needs_writer` inside a test or fixture."""
    import pytest

    from opplan_xl.libreoffice import missing_component

    reason = missing_component(component)
    if reason is not None:
        pytest.skip(reason)


UNO_PYTHON = "/usr/bin/python3"

UNO_SCRIPT = r'''
"""Open a workbook in LibreOffice and report its Basic modules as JSON (run with a python that has uno)."""
import json, os, shutil, subprocess, sys, tempfile, time
import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


path, soffice = os.path.abspath(sys.argv[1]), sys.argv[2]
profile = tempfile.mkdtemp(prefix="opplan-uno-")
pipe = "opplan_uno_%d" % os.getpid()
proc = subprocess.Popen(
    [soffice, "--headless", "--invisible", "--norestore", "--nologo", "--nodefault",
     "-env:UserInstallation=file://" + profile, "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe],
    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
result = {}
try:
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    ctx = None
    for _ in range(600):
        try:
            ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
            break
        except Exception:
            time.sleep(0.1)
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    doc = desktop.loadComponentFromURL(
        uno.systemPathToFileUrl(path), "_blank", 0, (prop("Hidden", True), prop("MacroExecutionMode", 4)))
    libraries = doc.BasicLibraries
    result["libraries"] = list(libraries.ElementNames)
    libraries.loadLibrary("VBAProject")
    library = libraries.getByName("VBAProject")
    result["modules"] = {name: library.getByName(name) for name in library.ElementNames}
    result["ribbon"] = result["modules"].get("OpPlanRibbon")
    result["codenames"] = {n: doc.Sheets.getByName(n).CodeName for n in doc.Sheets.ElementNames}
    # LibreOffice Basic cannot compile xlwings' modules or the Dictionary class (nothing in the library runs while
    # they are there, also with xlwings' own quickstart file); drop them in memory and run our pure-VBA function.
    for name in ("xlwings", "Dictionary", "xlwings_udfs"):
        if library.hasByName(name):
            library.removeByName(name)
    url = "vnd.sun.star.script:VBAProject.OpPlanRibbon.OpPlanSelfTest?language=Basic&location=document"
    result["selftest"] = doc.getScriptProvider().getScript(url).invoke((), (), ())[0]
    doc.close(True)
    try:
        desktop.terminate()
    except Exception:
        pass
finally:
    try:
        proc.wait(timeout=60)
    except subprocess.TimeoutExpired:
        proc.kill()
    shutil.rmtree(profile, ignore_errors=True)
print(json.dumps(result))
'''


def has_uno() -> bool:
    if not os.path.exists(UNO_PYTHON):
        return False
    return subprocess.run([UNO_PYTHON, "-c", "import uno"], capture_output=True, check=False).returncode == 0


def libreoffice_basic(workbook: Path, tmp_path: Path, timeout: int = 240) -> dict:
    """What LibreOffice makes of a workbook's VBA (through UNO): ``libraries``, ``modules`` (name → source),
    ``ribbon`` (the OpPlanRibbon source), ``codenames`` (sheet → code name) and ``selftest`` (what our pure-VBA
    function returned once xlwings' modules, which LibreOffice Basic cannot compile, are dropped)."""
    assert SOFFICE is not None
    script = tmp_path / "uno_modules.py"
    script.write_text(UNO_SCRIPT, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    run = subprocess.run(
        [UNO_PYTHON, str(script), str(workbook), SOFFICE],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        env=env,
    )
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout.strip().splitlines()[-1])


# ----------------------------------------------------------------------------------------------------------- ผด.01


def assert_summary_matches(ws, r) -> None:
    """The ผด.01 block of a recalculated summary sheet against :func:`rollup` (the kinds are in column X)."""
    layout_rows = [
        row for row in ws.iter_rows(min_row=6, max_col=24, values_only=True) if row[23] in ("pair", "subtotal", "total")
    ]
    expected = []
    for s in r.strategies:
        expected += [(p.projects, p.projects_pct, p.budget, p.budget_pct) for p in s.rows]
        expected.append((s.projects, s.projects_pct, s.budget, s.budget_pct))
    expected.append((r.total_projects, r.total_projects_pct, r.total_budget, r.total_budget_pct))
    found = [
        (int(row[1]), Decimal(str(row[2])).quantize(Decimal("0.01")), Decimal(str(row[3])).quantize(Decimal("0.01")),
         Decimal(str(row[4])).quantize(Decimal("0.01")))
        for row in layout_rows
    ]  # fmt: skip
    assert found == expected
    check = next(row for row in ws.iter_rows(min_row=6, max_col=24, values_only=True) if row[23] == "check")
    assert check[1] == 0 and check[3] == 0


# ------------------------------------------------------------------------------------------- a live book in Excel


def make_book(plan: Plan, folder: Path, version: str | None = None, name: str = "OpPlan.xlsm") -> FakeBook:
    """OpPlan.xlsm for ``plan`` as a fake live workbook in ``folder``."""
    from opplan_xl.xlsx.vba.project import installed_xlwings_version
    from opplan_xl.xlsx.workbook import build_openpyxl

    from .fake_xlwings import FakeBook

    folder.mkdir(parents=True, exist_ok=True)
    wb = build_openpyxl(plan, version or installed_xlwings_version())
    return FakeBook.from_workbook(wb, str(folder / name))


def press(book: FakeBook, tag: str, platform: str = "win32"):
    """A ribbon button pressed: the action of ``tag`` on the live book (its message box is the outcome)."""
    from opplan_xl.excel.actions import perform
    from opplan_xl.excel.book import LiveBook

    return perform(LiveBook(book, platform=platform), tag)


_FORM_HEADING = re.compile(r"^\s*(ก\. |ข\. |[๐-๙0-9]+\. |[๐-๙0-9]+\.[๐-๙0-9]+ |กลยุทธ์)")


def form_page_breaks(layout_text: str) -> dict[str, list[int]]:
    """Where the forms of a PDF (``pdftotext -layout`` text) break badly: the pages whose last table line
    is a group heading, and those whose first line under the column headers is a "รวม" line."""
    out: dict[str, list[int]] = {"heading_at_end": [], "total_at_top": []}
    for number, page in enumerate(layout_text.split("\f"), 1):
        if "แบบ ผด.0" not in page:
            continue
        lines = [line for line in page.splitlines() if line.strip()][1:-1]  # without form code and page number
        months = [i for i, line in enumerate(lines) if "ก.ย." in line]  # the column headers' last line
        rows = lines[months[-1] + 1 :] if months else []
        if not rows:
            continue
        if rows[0].strip().startswith("รวม"):
            out["total_at_top"].append(number)
        if _FORM_HEADING.match(rows[-1]) and not rows[-1].strip().startswith("รวม"):
            out["heading_at_end"].append(number)
    return out


THAI_LETTER = re.compile("[\u0e01-\u0e4e]")
PHRASE_HEAD = re.compile(r"(?:พ\.ศ\.|ข้อ|ครั้งที่|มาตรา|หมวด)$")
DIGIT_START = re.compile("^[(]?[๐-๙0-9]")
XHTML = "{http://www.w3.org/1999/xhtml}"


@dataclass
class LineBreaks:
    junctions: Counter = field(default_factory=Counter)  # line ends between two Thai letters, by kind
    inside: Counter = field(default_factory=Counter)  # … of which inside a word
    phrases: int = 0
    examples: dict[str, list[str]] = field(default_factory=dict)


def _columns() -> dict[str, tuple[float, float]]:
    """The x range (points) of the place and agency columns of ผด.02/ผด.02/1 and the agency of ผด.01."""
    from opplan_xl.document import forms
    from opplan_xl.document.writer import LANDSCAPE

    left = LANDSCAPE.left / 20
    wd = [w / 20 for w in forms.LIST_WIDTHS]
    place = (left + sum(wd[:4]), left + sum(wd[:6]))
    sw = [w / 20 for w in forms.SUMMARY_WIDTHS]
    agency01 = (left + sum(sw[:5]), left + sum(sw))
    return {"list": place, "summary": agency01}


def thai_line_breaks(pdf: Path) -> tuple[LineBreaks, str]:
    """Where the PDF's paragraphs and cells continue on the next line between two Thai letters, and which of
    those breaks fall inside a word by PyThaiNLP's dictionary (see ``bench/bench_linebreaks.py``); also the
    ``pdftotext -layout`` text."""
    from lxml import etree
    from pythainlp.tokenize import word_tokenize

    xml = subprocess.run(["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, check=True).stdout
    root = etree.fromstring(xml, etree.XMLParser(recover=True, huge_tree=True))
    columns = _columns()
    count = LineBreaks()
    cache: dict[str, list[str]] = {}
    for page in root.iter(f"{XHTML}page"):
        words_on_page = " ".join(w.text or "" for w in page.iter(f"{XHTML}word"))
        form = "summary" if "ผด.01" in words_on_page else "list" if "ผด.02" in words_on_page else None
        table_page = form is not None or "กำหนดเวลาตามระเบียบ" in words_on_page
        for block in page.iter(f"{XHTML}block"):
            lines = [[w.text or "" for w in line.iter(f"{XHTML}word")] for line in block.iter(f"{XHTML}line")]
            if form is not None:
                lo, hi = columns[form]
                kind = "names" if lo - 1 <= float(block.get("xMin")) < hi else "table"
            else:
                kind = "table" if table_page else "narrative"
            for first, second in itertools.pairwise(lines):
                if not first or not second:
                    continue
                a, b = first[-1], second[0]
                if PHRASE_HEAD.search(a) and DIGIT_START.match(b):
                    count.phrases += 1
                    count.examples.setdefault("phrase", []).append(f"{a}|{b}")
                if not (THAI_LETTER.match(a[-1]) and THAI_LETTER.match(b[0])):
                    continue
                count.junctions[kind] += 1
                joined = a + b
                tokens = cache.get(joined)
                if tokens is None:
                    tokens = cache[joined] = word_tokenize(joined, engine="newmm", keep_whitespace=False)
                ends, pos = set(), 0
                for t in tokens:
                    pos += len(t)
                    ends.add(pos)
                if len(a) not in ends:
                    count.inside[kind] += 1
                    count.examples.setdefault(kind, []).append(f"{a}|{b}")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return count, text
