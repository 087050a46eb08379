"""Line breaks inside Thai words in the rendered PDF, and how the forms fill their pages.

    python bench/bench_linebreaks.py [--projects 0 500] [--pdf FILE ...]

Renders the sample plan (``--projects 0``) and synthetic plans of n projects through LibreOffice
(``generate_document(..., pdf=True)``), or reads PDFs already made (``--pdf``, e.g. one rendered by an
older version, for a before/after figure), and for each prints:

- breaks inside words: every place a paragraph or cell continues on the next line between two Thai
  letters is checked with PyThaiNLP's dictionary segmenter (``newmm``) on the text around it (the
  whitespace-separated piece before the break joined to the one after it); a break that is not at a
  word boundary is a break inside a word. Counted apart for the narrative (pages outside the forms
  and the deadline table), names (the place and agency columns of the forms) and other table cells;
- fixed phrases split at their space ("พ.ศ. ๒๕๔๘", "ข้อ ๒๖", "ครั้งที่ ๑/๒๕๗๐");
- pages in all and of ผด.02, projects per ผด.02 page, and the form pages that end with a group heading
  or start with a "รวม" line.

Exits 1 when a break inside a word is found in the narrative or in names, or a fixed phrase is split
(the targets), so that it can guard them. Needs LibreOffice (for rendering), poppler's ``pdftotext`` and
PyThaiNLP (a dev dependency).
"""

from __future__ import annotations

import argparse
import itertools
import re
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.helpers import form_page_breaks

THAI_LETTER = re.compile("[\u0e01-\u0e4e]")
PHRASE_HEAD = re.compile(r"(?:พ\.ศ\.|ข้อ|ครั้งที่|มาตรา|หมวด)$")
DIGIT_START = re.compile("^[(]?[๐-๙0-9]")
XHTML = "{http://www.w3.org/1999/xhtml}"


@dataclass
class Count:
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


def analyse(pdf: Path) -> tuple[Count, str]:
    from pythainlp.tokenize import word_tokenize

    xml = subprocess.run(["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, check=True).stdout
    root = etree.fromstring(xml, etree.XMLParser(recover=True, huge_tree=True))
    columns = _columns()
    count = Count()
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


def report(name: str, pdf: Path, projects: int | None) -> bool:
    count, text = analyse(pdf)
    pages = text.split("\f")[:-1]
    pd02 = sum(1 for p in pages if "แบบ ผด.02" in p and "แบบ ผด.02/1" not in p)
    bad = form_page_breaks(text)
    print(f"{name}: {pdf}")
    print(f"  pages {len(pages)}, ผด.02 pages {pd02}", end="")
    print(f", projects per ผด.02 page {projects / pd02:.2f}" if projects and pd02 else "")
    print(f"  form pages ending with a heading: {bad['heading_at_end']}, starting with รวม: {bad['total_at_top']}")
    for kind in ("narrative", "names", "table"):
        print(f"  breaks inside words, {kind}: {count.inside[kind]} of {count.junctions[kind]} Thai line ends")
        for example in count.examples.get(kind, [])[:8]:
            print(f"      {example}")
    print(f"  fixed phrases split: {count.phrases} {count.examples.get('phrase', [])[:5]}")
    return count.inside["narrative"] == 0 and count.inside["names"] == 0 and count.phrases == 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--projects", type=int, nargs="*", default=[0], help="0: the sample plan")
    parser.add_argument("--pdf", type=Path, nargs="*", default=[], help="PDFs already rendered")
    args = parser.parse_args()
    ok = True
    for pdf in args.pdf:
        ok &= report("given", pdf, None)
    if args.projects:
        from opplan_xl.document import generate_document
        from opplan_xl.example import sample_plan, synthetic_plan

        with tempfile.TemporaryDirectory(prefix="opplan-bench-") as tmp:
            for n in args.projects:
                plan = synthetic_plan(n) if n else sample_plan()
                result = generate_document(plan, Path(tmp) / f"plan-{n}.docx", pdf=True)
                if result.pdf is None:
                    print("\n".join(result.notes), file=sys.stderr)
                    return 2
                ok &= report("sample" if not n else f"{n} projects", result.pdf, len(plan.projects))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
