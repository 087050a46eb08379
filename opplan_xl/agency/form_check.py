"""``opplan validate`` on an agency form: the form is checked as a form, not as a plan.

A form holds rows prefilled with the agency and the money source for the agency to fill; those rows are not
projects (the merge skips them too, :func:`~opplan_xl.agency.returned.is_template_row`), its settings are a copy of
the master's, and it has no equipment sheet. So only the rows the agency filled are checked, with the same rules
as the master's rows, and only what is on the form's projects sheet is reported, as the merge would.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

from .. import schema
from ..findings import Finding, finding, sort_findings

if TYPE_CHECKING:
    from ..model import Plan
    from ..xlsx.raw import RawBook
    from .identity import Identity


def form_identity(path: str | Path) -> Identity | None:
    """The identity block of an agency form (its hidden defined names); None for any other file."""
    from .identity import identity_from_names, read_defined_names

    try:
        with zipfile.ZipFile(path) as zf:
            info = zf.getinfo("xl/workbook.xml")
            if info.file_size > schema.DEFAULT_MAX_UNZIPPED_BYTES:
                return None
            return identity_from_names(read_defined_names(zf.read(info)))
    except (OSError, KeyError, ValueError, zipfile.BadZipFile, RuntimeError):
        return None
    except Exception:  # defusedxml refuses a DTD or entities: not one of our forms
        return None


def _row_of(cell: str) -> int | None:
    digits = "".join(ch for ch in cell if ch.isdigit())
    return int(digits) if digits else None


def check_form(plan: Plan, read_findings: list[Finding], raw: RawBook, identity: Identity) -> list[Finding]:
    """The findings of a form as a form: its filled rows only, on its projects sheet."""
    from ..rules import validate
    from .returned import is_template_row

    table = raw.tables[schema.PROJECTS.key]
    sheet = table.sheet
    filled = {r.row for r in table.rows if not is_template_row(r.values)}
    plan = plan.model_copy()
    plan.projects = [p for p in plan.projects if p.row in filled]
    plan.equipment = []

    def on_filled_rows(f: Finding) -> bool:
        return f.sheet == sheet and (_row_of(f.cell) in filled or _row_of(f.cell) is None)

    found = [f for f in read_findings if on_filled_rows(f)]
    found += [f for f in validate(plan) if on_filled_rows(f) and f.code != "W-NO-PROJECTS"]
    found.append(
        finding(
            "I-FORM-CHECKED-AS-FORM",
            sheet,
            "",
            agency=identity.agency,
            filled=len(plan.projects),
            blank=len(table.rows) - len(filled),
        )
    )
    return sort_findings(found)
