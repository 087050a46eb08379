"""The agency form: a macro-free .xlsx that another agency fills with its projects in the area (ข้อ ๒๖ (๑)).

It works in plain Excel or LibreOffice with no Python and no macros (macro-free files are not blocked when
e-mailed). Sheets, in order:

- คำชี้แจง: what to do, in Thai, with the agency, the plan and the form id shown;
- ผด.02 โครงการ: the projects table with the master's project columns (not the provenance or status columns),
  the same drop-downs (strategies and แผนงาน of THIS plan, months, money sources) and the agency's name and
  ``schema.SOURCE_OTHER_AGENCY`` filled in; the agency's drop-down holds only its own name;
- ยุทธศาสตร์, ข้อมูลทั่วไป, รายการ: the plan's strategies, settings (without its secret) and lists, protected,
  so the drop-downs work and the form reads like a standard workbook;
- and, as hidden defined names, the signed identity block (:mod:`opplan_xl.agency.identity`).

The sheets are laid out by the standard workbook's own builder (:mod:`opplan_xl.xlsx.write`), so a column or a
list changed in the schema changes here too.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from .. import messages, schema
from ..model import Plan, Project
from .identity import Identity, defined_names

if TYPE_CHECKING:  # pragma: no cover
    from openpyxl import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

__all__ = [
    "FORM_PROJECTS",
    "FormExport",
    "agency_name_problem",
    "build_form",
    "default_form_path",
    "export_form",
    "form_bytes",
]

FORM_PROJECTS = replace(
    schema.PROJECTS,
    columns=tuple(c for c in schema.PROJECTS.columns if c.key in schema.PROJECT_DATA_KEYS and c.key != "funder"),
)
"""The projects table of a form: the master's data columns, without provenance and status, and without the
own/other-agency column (an agency's rows are its own money; only the officer can say otherwise, in the master)."""

_UNSAFE_FILE_CHARS = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


@dataclass(frozen=True)
class FormExport:
    identity: Identity
    path: Path
    backup: Path | None


def default_form_path(book: str | os.PathLike, identity: Identity) -> Path:
    """``แบบฟอร์ม-<agency>-2570.xlsx`` beside the master workbook."""
    return form_file_path(book, identity.agency, identity.fiscal_year)


def form_file_path(book: str | os.PathLike, agency: str, fiscal_year: int | None) -> Path:
    """:func:`default_form_path` from the agency's name and the year."""
    safe = _UNSAFE_FILE_CHARS.sub("_", agency).strip(" ._") or "agency"
    name = messages.text("ui.form.file_name", agency=safe[:60], year=fiscal_year)
    return Path(book).resolve().parent / f"{name}.xlsx"


def agency_name_problem(agency: str, lang: str = "th") -> str | None:
    """The Thai refusal when ``agency`` cannot be a form's agency: its name becomes a defined name's text constant,
    which Excel limits to 255 characters (over it, Excel repairs the form away). None when it fits."""
    from ..xlsx.limits import FORMULA_TEXT, constant_length

    if constant_length(agency) <= FORMULA_TEXT:
        return None
    return messages.text("E-FORM-AGENCY-TOO-LONG", lang, length=len(agency), limit=FORMULA_TEXT)


def build_form(plan: Plan, identity: Identity) -> Workbook:
    """The form for ``identity.agency`` in memory (openpyxl); refuses an agency name Excel could not hold."""
    if agency_name_problem(identity.agency) is not None:
        raise ValueError("the agency's name is over Excel's 255 characters for a defined name's text")
    from ..xlsx.kit import add_sheets, new_workbook
    from ..xlsx.styles import Styles
    from ..xlsx.write import SPARE_ROWS, data_sheet, lists_sheet, settings_sheet

    st = Styles()
    form_plan = _form_plan(plan)
    wb = new_workbook(st, form_plan)
    wb.properties.title = f"{schema.FORM_TITLE} {identity.agency}"
    wb.properties.subject = f"{schema.PLAN_YEAR_TITLE}{identity.fiscal_year}"
    order = (
        schema.SHEET_FORM_HELP,
        FORM_PROJECTS.sheet,
        schema.STRATEGIES.sheet,
        schema.SHEET_SETTINGS,
        schema.SHEET_LISTS,
    )
    sheets = add_sheets(wb, order)

    settings_sheet(wb, sheets[schema.SHEET_SETTINGS], form_plan, st)
    strategies_last = data_sheet(sheets[schema.STRATEGIES.sheet], schema.STRATEGIES, form_plan.strategies, st)
    prefilled = [Project(agency=identity.agency, source=schema.SOURCE_OTHER_AGENCY)] * (schema.FORM_ROWS - SPARE_ROWS)
    projects = sheets[FORM_PROJECTS.sheet]
    last = data_sheet(projects, FORM_PROJECTS, prefilled, st)
    _prefill(projects, identity, first=FORM_PROJECTS.header_row + 1 + len(prefilled), last=last)
    _lock_agency_list(projects)
    # the plan's lists, except that the agencies list is the form's agency alone
    lists_sheet(wb, sheets[schema.SHEET_LISTS], plan, strategies_last, st, {schema.LIST_AGENCIES: (identity.agency,)})
    _help_sheet(sheets[schema.SHEET_FORM_HELP], plan, identity, st)

    for name in (schema.STRATEGIES.sheet, schema.SHEET_SETTINGS, schema.SHEET_LISTS, schema.SHEET_FORM_HELP):
        sheets[name].protection.sheet = True  # read only (no password: this is a guide, the merge checks anyway)
    _hide_settings_rows(sheets[schema.SHEET_SETTINGS])

    from openpyxl.workbook.defined_name import DefinedName

    for name, formula in defined_names(identity).items():
        wb.defined_names[name] = DefinedName(name, attr_text=formula, hidden=True)
    wb.active = 0
    return wb


def form_bytes(plan: Plan, identity: Identity) -> bytes:
    """The form as .xlsx bytes; the same plan and identity give the same bytes."""
    from ..xlsx.kit import xlsx_bytes

    return xlsx_bytes(build_form(plan, identity))


def export_form(
    plan: Plan, agency: str, out: str | os.PathLike | None = None, *, book: str | os.PathLike = ".", now=None
) -> FormExport:
    """Issue a form for ``agency`` and write it atomically (a numbered backup keeps an existing file).

    The plan must have its key (:func:`~opplan_xl.agency.identity.ensure_key`) and a fiscal year.
    """
    from ..files import safe_write

    identity = Identity.issue(plan, agency, now)
    path = Path(out) if out is not None else default_form_path(book, identity)
    backup = safe_write(path, form_bytes(plan, identity))
    return FormExport(identity, path, backup)


# --------------------------------------------------------------------------------------------------
# pieces
# --------------------------------------------------------------------------------------------------


def _form_plan(plan: Plan) -> Plan:
    """What the form shows of the plan: settings without the secret and the register, strategies, lists; no rows."""
    settings = plan.settings.model_copy(update={"plan_key": None, "merged_forms": None, "extra_holidays": []})
    return Plan(settings=settings, strategies=list(plan.strategies), extra_list_items=dict(plan.extra_list_items))


def _prefill(ws: Worksheet, identity: Identity, first: int, last: int) -> None:
    """The agency and the money source in the table's remaining rows (the builder filled the others)."""
    from ..xlsx.kit import put

    cols = {c.key: i for i, c in enumerate(FORM_PROJECTS.columns, 1)}
    for row in range(first, last + 1):
        put(ws.cell(row=row, column=cols["agency"]), identity.agency)
        put(ws.cell(row=row, column=cols["source"]), schema.SOURCE_OTHER_AGENCY)


def _lock_agency_list(ws: Worksheet) -> None:
    """The agency's drop-down refuses other names (in the master the list only warns)."""
    for dv in ws.data_validations.dataValidation:
        if dv.formula1 == schema.LIST_AGENCIES:
            dv.errorStyle = "stop"
            dv.error = schema.DV_LIST_STOP
            dv.prompt = messages.text("ui.form.agency_prompt")[:255]


def _hide_settings_rows(ws: Worksheet) -> None:
    for i, setting in enumerate(schema.SETTINGS):
        if setting.hidden:
            ws.row_dimensions[schema.SETTINGS_FIRST_ROW + i].hidden = True


def _help_sheet(ws: Worksheet, plan: Plan, identity: Identity, st) -> None:
    from openpyxl.styles import Alignment

    from ..thai import format_date
    from ..xlsx.kit import print_setup, put

    s = plan.settings
    org = s.org_full_name
    place = " ".join(
        x
        for x in (
            org,
            f"{schema.ORG_LINE_DISTRICT}{s.district}" if s.district else "",
            f"{schema.ORG_LINE_PROVINCE}{s.province}" if s.province else "",
        )
        if x
    )
    year = identity.fiscal_year
    params = {
        "agency": identity.agency,
        "org": place,
        "year": year,
        "form_id": identity.form_id,
        "issued": format_date(identity.issued.date(), "long", thai_digits=False),
        "projects_sheet": FORM_PROJECTS.sheet,
        "strategies_sheet": schema.STRATEGIES.sheet,
        "agency_header": FORM_PROJECTS.column("agency").header,
        "source_header": FORM_PROJECTS.column("source").header,
        "source": schema.SOURCE_OTHER_AGENCY,
        "period_header": FORM_PROJECTS.column("period").header,
        "mark": schema.MONTH_MARK,
        "rows": schema.FORM_ROWS,
        "year_before": year - 1,
    }
    ws.column_dimensions["A"].width = 4
    ws.column_dimensions["B"].width = HELP_WIDTH
    wrap = Alignment(wrap_text=True, vertical="top")
    ws["B1"] = schema.FORM_TITLE
    ws["B1"].font = st.title
    put(ws["B2"], messages.text("ui.form.help.for", **params))
    ws["B2"].font = st.bold
    ws["B2"].alignment = wrap
    _fit_height(ws, 2, ws["B2"].value)
    row = 4
    for label_key, value in (
        ("ui.form.help.agency", identity.agency),
        ("ui.form.help.plan", f"{place} {schema.PLAN_YEAR_TITLE}{year}".strip()),
        ("ui.form.help.form_id", identity.form_id),
        ("ui.form.help.issued", params["issued"]),
    ):
        put(ws[f"B{row}"], f"{messages.text(label_key)} {value}")
        row += 1
    row += 1
    ws[f"B{row}"] = messages.text("ui.form.help.how")
    ws[f"B{row}"].font = st.bold
    row += 1
    n = 1
    while f"ui.form.help.step{n}" in messages.CATALOGUE:
        ws[f"A{row}"] = n
        ws[f"A{row}"].alignment = Alignment(horizontal="right", vertical="top")
        cell = ws[f"B{row}"]
        put(cell, messages.text(f"ui.form.help.step{n}", **params))
        cell.alignment = wrap
        _fit_height(ws, row, cell.value)
        row += 1
        n += 1
    ws.sheet_view.showGridLines = False
    print_setup(ws, None, landscape=False)


HELP_WIDTH = 90  # characters of column B on the instructions sheet (fits A4 portrait)


def _fit_height(ws: Worksheet, row: int, text: str) -> None:
    """Rows have a fixed default height in our workbooks: give a wrapped paragraph room for its lines."""
    from ..xlsx.styles import DEFAULT_ROW_HEIGHT, wrapped_height

    height = wrapped_height(text, int(HELP_WIDTH * 1.1))
    if height > DEFAULT_ROW_HEIGHT:
        ws.row_dimensions[row].height = height
