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
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.helpers import form_page_breaks, thai_line_breaks


def report(name: str, pdf: Path, projects: int | None) -> bool:
    count, text = thai_line_breaks(pdf)
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
