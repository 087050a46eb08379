"""Reading a returned agency form: an untrusted file → its identity, its projects and what was found.

The file came by e-mail from outside, so:

1. it is read only by the safe reader (:func:`opplan_xl.xlsx.read.read_raw`: size, encryption, zip and XML bombs,
   extent limits; cell VALUES only, never a formula, macro or external link);
2. its package is looked at, never run: macros, external links, data connections, embedded objects and any
   ``xlwings.conf`` sheet are ignored, and each is named in a note;
3. its identity block (hidden defined names) must be present, signed with this plan's secret, and for this plan
   and fiscal year; otherwise the file is refused with a Thai message;
4. its rows are taken as data: text stays text (a cell that starts with ``=``, ``+``, ``-`` or ``@`` is kept as
   typed, with a warning when it looks like a formula), the agency is the form's own, the money source defaults to
   another agency's budget, any provenance the file claims is dropped; then they are checked with the same rules
   as the master's rows.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from .. import schema
from ..files import check_regular, read_regular
from ..findings import Finding, Severity, finding
from ..model import Plan, Project
from ..schema import Kind
from ..xlsx.cells import split_address
from .identity import (
    FORM_VERSION,
    Identity,
    identity_from_names,
    plan_id,
    raw_fields,
    read_defined_names,
    verify_fields,
)

__all__ = ["Refusal", "ReturnedForm", "is_template_row", "looks_like_formula", "read_form"]

FORMULA_STARTS = ("=", "+", "-", "@")
_FORMULA_SIGNS = re.compile(r"[(|!=+*/^&]")
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
# Bidi embeddings, overrides and isolates, and zero-width characters: they make a text look like another.
_HIDDEN = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_PREFILLED = frozenset({"agency", "source"})
_FILE_LEVEL = "E-FILE-"


@dataclass
class Refusal:
    """A returned file that is not taken; ``findings`` say why in Thai."""

    path: Path
    findings: list[Finding]

    @property
    def file(self) -> str:
        return self.path.name


@dataclass
class ReturnedForm:
    """A returned form that may be merged: its verified identity and its projects, ready for the master."""

    path: Path
    identity: Identity
    projects: list[Project]  # agency and source set, provenance empty, ``row`` = the row in the form
    findings: list[Finding] = field(default_factory=list)  # about its rows (parsing, rules, sanitising)
    notes: list[Finding] = field(default_factory=list)  # about the file (ignored macros, links, xlwings.conf)
    digest: str = ""

    @property
    def file(self) -> str:
        return self.path.name


def looks_like_formula(text: str) -> bool:
    """Text that a spreadsheet would take for a formula if it were typed (``=…``, ``@…``, ``+cmd|…``, ``-2+3``)."""
    s = text.lstrip()
    if not s or s[0] not in FORMULA_STARTS:
        return False
    if s[0] in "=@":
        return len(s) > 1
    return bool(_FORMULA_SIGNS.search(s, 1))


def _visible(text: str) -> str:
    """The text with its invisible characters written out as ``<U+202E>``."""
    return _HIDDEN.sub(lambda m: f"<U+{ord(m.group()):04X}>", text)


def is_template_row(values: dict[str, object]) -> bool:
    """A row of the form that holds only what the form filled in (agency, money source): not a project."""
    return all(v is None for k, v in values.items() if k not in _PREFILLED)


def clean_text(value: str) -> str:
    """Text as the master will keep it: no characters XML cannot carry, one kind of line break. Text over Excel's
    32,767 characters is kept whole here: the rule E-EXCEL-CELL-TEXT reports it with the form's cell."""
    s = _ILLEGAL.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))
    return s.strip()


# --------------------------------------------------------------------------------------------------
# reading
# --------------------------------------------------------------------------------------------------


def read_form(path: str | os.PathLike, master: Plan, **limits: int) -> ReturnedForm | Refusal:
    """Read, verify and check one returned form against the master plan. Never raises on a bad file."""
    from ..xlsx.read import ReadError, read_raw

    p = Path(path)
    file = p.name
    max_bytes = limits.get("max_bytes", schema.DEFAULT_MAX_FILE_BYTES)
    try:
        before = check_regular(p)  # a FIFO or a device is never opened (it would hang, or never end)
        data = read_regular(p, max_bytes)
    except OSError:
        data, before = b"", None
    try:
        raw = read_raw(p, **limits)
    except ReadError as exc:
        return _refuse_unreadable(p, exc.findings)
    try:
        after = os.stat(p)
    except OSError:
        after = None
    if before is None or after is None or (before.st_size, before.st_mtime_ns) != (after.st_size, after.st_mtime_ns):
        return Refusal(p, [finding("E-FORM-UNREADABLE", file=file, reason="file changed while it was being read")])

    try:
        package = _Package(data)
    except Exception as exc:  # read_raw accepted the file, so this is only a defence in depth
        return Refusal(p, [finding("E-FORM-UNREADABLE", file=file, reason=type(exc).__name__)])

    checked = _check_identity(p, package.names, master)
    if isinstance(checked, Refusal):
        return checked
    identity = checked

    notes = package.notes(file, raw.sheet_names)
    from ..parse import parse

    form_plan, parse_findings = parse(raw)
    table = raw.tables[schema.PROJECTS.key]
    sheet = table.sheet
    kept_rows = [r for r in table.rows if not is_template_row(r.values)]
    kept = {r.row for r in kept_rows}
    by_row = {p_.row: p_ for p_ in form_plan.projects}
    projects = [by_row[r.row] for r in kept_rows if r.row in by_row]

    findings: list[Finding] = []
    for r in kept_rows:
        for key, value in r.values.items():
            if isinstance(value, str) and looks_like_formula(value):
                cell = f"{form_plan.column_letter(schema.PROJECTS, key)}{r.row}"
                shown = value if len(value) <= 80 else value[:77] + "…"
                findings.append(
                    finding("W-FORM-FORMULA-TEXT", sheet, cell, file=file, start=value.lstrip()[0], value=shown)
                )
    for cell, formula, cached in raw.formulas.get(sheet, []):  # read by its saved value, never evaluated
        if _row_of(cell) in kept:
            findings.append(finding("I-CELL-FORMULA-VALUE", sheet, cell, file=file, value=formula, cached=cached))
    for project in projects:
        findings.extend(_sanitise(project, identity, form_plan, sheet, file))

    # the same rules as the master's, on these rows, with the master's strategies and lists
    check = Plan(
        settings=master.settings.model_copy(),
        strategies=list(master.strategies),
        extra_list_items=dict(master.extra_list_items),
        projects=projects,
        columns={schema.PROJECTS.key: dict(form_plan.columns.get(schema.PROJECTS.key, {}))},
        table_sheets={schema.PROJECTS.key: sheet},
        reported=set(form_plan.reported),
    )
    from ..rules import validate

    findings.extend(f for f in validate(check) if f.sheet == sheet and f.code != "W-NO-PROJECTS")
    findings.extend(f for f in parse_findings if f.sheet == sheet and _row_of(f.cell) in kept | {None})
    from ..findings import sort_findings

    return ReturnedForm(
        path=p,
        identity=identity,
        projects=projects,
        findings=sort_findings(findings),
        notes=notes,
        digest=hashlib.sha256(data).hexdigest(),
    )


def _row_of(cell: str) -> int | None:
    try:
        return split_address(cell)[0]
    except ValueError:
        return None


def _no_identity() -> str:
    from .. import messages

    return messages.text("ui.form.no_identity")


def _refuse_unreadable(p: Path, read_findings: list[Finding]) -> Refusal:
    """A file the safe reader refused: "unreadable" for the file itself, "not a form" for its layout."""
    errors = [f for f in read_findings if f.severity is Severity.ERROR] or read_findings
    reason = "; ".join(f.message for f in errors[:3])
    file_level = any(f.code.startswith(_FILE_LEVEL) for f in errors)
    code = "E-FORM-UNREADABLE" if file_level else "E-FORM-NOT-FORM"
    out = finding(code, file=p.name, reason=reason)
    return Refusal(p, [out])


def _check_identity(p: Path, names: dict[str, str], master: Plan) -> Identity | Refusal:
    """The form's verified identity, or why it is refused. The order matters: the signature is checked on the
    texts before any field is believed, so an edited version or year says "altered", not "update the program"."""
    file = p.name
    fields = raw_fields(names)
    if fields is None:
        return Refusal(p, [finding("E-FORM-NOT-FORM", file=file, reason=_no_identity())])
    key = (master.settings.plan_key or "").strip()
    if not key:
        return Refusal(p, [finding("E-FORM-MASTER-NO-KEY", file=file)])
    if fields["plan"] != plan_id(key):
        return Refusal(p, [finding("E-FORM-OTHER-PLAN", file=file, form_plan=fields["plan"], plan=plan_id(key))])
    identity = identity_from_names(names)
    if identity is None or not verify_fields(fields, key):
        return Refusal(p, [finding("E-FORM-IDENTITY-ALTERED", file=file)])
    if identity.version > FORM_VERSION:
        return Refusal(p, [finding("E-FORM-VERSION", file=file, version=identity.version, supported=FORM_VERSION)])
    year = master.settings.fiscal_year
    if identity.fiscal_year != year:
        return Refusal(p, [finding("E-FORM-OTHER-YEAR", file=file, form_year=identity.fiscal_year, year=year)])
    return identity


def _sanitise(project: Project, identity: Identity, form_plan: Plan, sheet: str, file: str) -> list[Finding]:
    """Make one parsed row of a form into a row for the master (in place); findings for what was changed."""
    out: list[Finding] = []
    for column in schema.PROJECTS.columns:
        if column.kind in (Kind.TEXT, Kind.CODE, Kind.PERIOD) and column.key not in schema.PROVENANCE_KEYS:
            value = getattr(project, column.key, None)
            if isinstance(value, str):
                setattr(project, column.key, clean_text(value) or None)
    for column in schema.PROJECTS.columns:
        value = getattr(project, column.key, None)
        if isinstance(value, str) and _HIDDEN.search(value):
            cell = form_plan.cell(schema.PROJECTS, column.key, project.row)
            chars = ", ".join(sorted({f"U+{ord(c):04X}" for c in _HIDDEN.findall(value)}))
            out.append(finding("W-FORM-HIDDEN-CHARS", sheet, cell, file=file, chars=chars, value=_visible(value)))
    agency = identity.agency
    if project.agency is not None and schema.normalise_header(project.agency) != schema.normalise_header(agency):
        cell = form_plan.cell(schema.PROJECTS, "agency", project.row)
        out.append(finding("W-FORM-AGENCY-REPLACED", sheet, cell, file=file, value=project.agency, agency=agency))
    project.agency = agency
    if project.source is None:
        project.source = schema.SOURCE_OTHER_AGENCY
    for key in schema.PROVENANCE_KEYS:  # only the merge writes provenance, never the file
        setattr(project, key, None)
    return out


class _Package:
    """What a returned file's zip holds besides cell values (looked at, never opened as content)."""

    def __init__(self, data: bytes) -> None:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            self.parts = [i.filename for i in zf.infolist()]
            info = zf.getinfo("xl/workbook.xml")
            if info.file_size > schema.DEFAULT_MAX_UNZIPPED_BYTES:
                raise ValueError("workbook.xml too large")
            self.names = read_defined_names(zf.read(info))

    def notes(self, file: str, sheet_names: list[str]) -> list[Finding]:
        out = []
        conf = schema.normalise_header(schema.XLWINGS_CONF_SHEET)
        for name in sheet_names:
            if schema.normalise_header(name) == conf:
                out.append(finding("I-FORM-XLWINGS-CONF-IGNORED", name, "", file=file))
        lower = [p.lower() for p in self.parts]
        if any(p.endswith("vbaproject.bin") or p.startswith("xl/macrosheets/") for p in lower):
            out.append(finding("I-FORM-MACROS-IGNORED", file=file))
        links = [
            p
            for p in lower
            if (p.startswith(("xl/externallinks/", "xl/querytables/")) and p.endswith(".xml"))
            or p == "xl/connections.xml"
        ]
        if links:
            out.append(finding("I-FORM-LINKS-IGNORED", file=file, count=len(links)))
        objects = [p for p in lower if p.startswith(("xl/embeddings/", "xl/activex/", "xl/ctrlprops/"))]
        if objects:
            out.append(finding("I-FORM-OBJECTS-IGNORED", file=file, count=len(objects)))
        return out
