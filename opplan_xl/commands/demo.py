"""``opplan demo [DIR]``: the main job end to end on the sample plan.

Each step is a small function in :data:`STEPS`; later parts of the product (the document, the
macro-enabled workbook, agency forms) add their own step here.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .. import messages
from .amend import demo_amendments
from .generate import write_document
from .import_book import demo_import
from .report import demo_reports

if TYPE_CHECKING:
    from ..model import Plan


@dataclass
class DemoRun:
    folder: Path
    lang: str
    files: dict[str, Path] = field(default_factory=dict)
    plan: Plan | None = None  # the plan as read back from the sample workbook by the validate step
    exit_code: int = 0

    def say(self, key: str, **params: object) -> None:
        print(messages.text(key, self.lang, **params))


def write_sample_workbook(run: DemoRun) -> None:
    from ..agency.identity import ensure_key
    from ..example import sample_plan
    from ..xlsx.write import write_workbook

    plan = sample_plan()
    ensure_key(plan)  # its own secret for agency forms, as a real plan workbook gets on first use
    path = write_workbook(plan, run.folder / "opplan-example.xlsx")
    run.files["workbook"] = path
    run.say("ui.example.written", path=path, projects=len(plan.projects), equipment=len(plan.equipment))


def validate_workbook(run: DemoRun) -> None:
    from ..findings import has_errors
    from . import common
    from .validate import check

    run.plan, findings = check(str(run.files["workbook"]), argparse.Namespace())
    common.print_findings(findings, run.lang)
    if has_errors(findings):
        run.exit_code = 1


def print_summary(run: DemoRun) -> None:
    from ..rollup import rollup
    from .rollup import print_summary as show

    show(rollup(run.plan), run.lang)


def write_macro_workbook(run: DemoRun) -> None:
    from ..xlsx.workbook import write_xlsm

    path, _ = write_xlsm(run.plan, run.folder / "OpPlan.xlsm")
    run.files["xlsm"] = path
    run.say("ui.demo.xlsm_written", path=path)


def demo_round_trip(demo) -> None:
    """``opplan demo``: send a form to one agency, fill it as the agency would, merge it back."""
    from ..agency.sample import fill_form, sample_return
    from ..xlsx.read import read_workbook
    from . import export_form, merge
    from .common import merged_output

    book = demo.files["workbook"]
    agency = "แขวงทางหลวงชนบทพะเยา"
    form = demo.folder / "แบบฟอร์ม-หน่วยงาน.xlsx"
    had_key = bool(read_workbook(book)[0].settings.plan_key)
    ns = argparse.Namespace(book=str(book), agency=agency, output=str(form), lang=demo.lang, max_size=50.0)
    if export_form.run(ns) != 0:
        demo.exit_code = 2
        return
    master = Path(book) if had_key else merged_output(book)
    plan, _ = read_workbook(master)
    rows = sample_return(plan, agency)
    filled = fill_form(form, rows, demo.folder / "แบบฟอร์ม-หน่วยงาน-กรอกแล้ว.xlsx")
    demo.say("ui.demo.agency_filled", agency=agency, n=len(rows), path=filled)
    ns = argparse.Namespace(
        book=str(master), forms=[str(filled)], output=None, prefer_form=False, lang=demo.lang, max_size=50.0
    )
    code = merge.run(ns)
    demo.files["merged"] = merged_output(master)
    if code:
        demo.exit_code = max(demo.exit_code, code)


STEPS: list[tuple[str, Callable[[DemoRun], None]]] = [
    ("ui.demo.write_workbook", write_sample_workbook),
    ("ui.demo.validate", validate_workbook),
    ("ui.demo.summary", print_summary),
    ("ui.demo.document", write_document),
    ("ui.demo.xlsm", write_macro_workbook),
    ("ui.demo.agency_round_trip", demo_round_trip),
    ("ui.demo.import_step", demo_import),
    ("ui.demo.amendments", demo_amendments),
    ("ui.demo.reports", demo_reports),
]


def configure(parser: argparse.ArgumentParser, lang: str) -> None:
    parser.add_argument(
        "folder", metavar="DIR", nargs="?", default="opplan-demo", help=messages.text("ui.cli.dir", lang)
    )


def run(args: argparse.Namespace) -> int:
    demo = DemoRun(folder=Path(args.folder).resolve(), lang=args.lang)
    demo.folder.mkdir(parents=True, exist_ok=True)
    for n, (title_key, step) in enumerate(STEPS, 1):
        print()
        demo.say("ui.demo.step", n=n, what=messages.text(title_key, args.lang))
        step(demo)
    print()
    demo.say("ui.demo.done", path=demo.folder)
    return demo.exit_code
