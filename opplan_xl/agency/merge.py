"""Merging returned agency forms into the master plan: idempotent, with provenance, never losing the officer's work.

For each accepted form (:class:`~opplan_xl.agency.returned.ReturnedForm`), in the order given:

- the agency's rows in the master are the rows whose หน่วยงานที่ส่ง is that agency; the officer's own rows (no
  provenance) are never touched, whatever happens;
- the form's rows are paired with the agency's rows: first those whose data is exactly what was merged last time
  (the row's fingerprint), then the rest by project name, in order; what is left is added or removed;
- a row whose fingerprint no longer matches its data was edited by hand in the master. If the form changes or
  drops such a row, that is a **conflict**: the master's version is kept (``prefer_form=True`` takes the form's)
  and the conflict is reported. If the form brings the row unchanged, the officer's edit simply stays;
- when the form adds, changes or removes rows, the agency's rows become one block in the form's order, where the
  agency's first row was (at the end of the table for a new agency); rows kept because of a conflict stay in the
  block; when it changes nothing, every row stays where it is. Each row taken from the form gets its provenance
  (agency, form id, file name, date merged, fingerprint).

A row of the form with an error (its findings) is reported and kept out of the master, never added half-empty
or wrong: the master stays a plan that validates, and the agency's earlier version of that row, if any, stays as
it was until the agency sends the form again, fixed. A row's money is always the agency's (the own/other-agency
column stays empty, so :func:`opplan_xl.names.sources.is_own` counts it as the agency's whatever the source cell
says); only the officer, in the master, can mark it as the อปท.'s own.

Merging the same form again therefore changes nothing, and a newer return from the same agency replaces its
earlier rows. A form issued before the newest one merged from the agency (its rows' form ids, and the register
of merged forms in the hidden ``merged_forms`` setting, which remembers a return that left no rows) is refused: a
late e-mail must not overwrite newer data.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from .. import schema
from ..findings import Finding, finding
from ..model import Plan, Project
from ..schema import Kind
from .identity import issued_of
from .late_note import LateAmendment
from .returned import Refusal, ReturnedForm

__all__ = ["AgencyMerge", "MergeResult", "fingerprint", "merge_forms", "read_register"]

FINGERPRINT_HEX = 12
_ZERO = Decimal("0.00")


def fingerprint(project: Project) -> str:
    """A short hash of a project's data (the form's columns, not provenance or row): equal data, equal hash."""
    data: list[object] = []
    for key in schema.PROJECT_DATA_KEYS:
        column = schema.PROJECTS.column(key)
        if column.kind is Kind.MONTH:
            data.append(int(key[1:]) in project.months)
            continue
        value = getattr(project, key)
        if key == "funder" and value is None:
            continue  # the own/other column is newer than the fingerprints of masters merged before it
        data.append(None if value is None else str(value))
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:FINGERPRINT_HEX]


def _norm(text: str | None) -> str:
    return schema.normalise_header(text)


@dataclass
class AgencyMerge:
    """What one accepted form did to the master."""

    form: ReturnedForm
    added: list[Project] = field(default_factory=list)
    changed: list[tuple[Project, Project]] = field(default_factory=list)  # (master's row before, the form's)
    removed: list[Project] = field(default_factory=list)
    unchanged: int = 0
    conflicts: list[Finding] = field(default_factory=list)
    kept_edits: list[Finding] = field(default_factory=list)
    notes: list[Finding] = field(default_factory=list)
    kept_out: list[Project] = field(default_factory=list)  # rows of the form with errors, not merged

    @property
    def agency(self) -> str:
        return self.form.identity.agency

    @property
    def received(self) -> int:
        return len(self.form.projects)

    @property
    def budget(self) -> Decimal:
        return sum((p.budget or _ZERO for p in self.form.projects), _ZERO)

    @property
    def has_changes(self) -> bool:
        return bool(self.added or self.changed or self.removed)

    @property
    def findings(self) -> list[Finding]:
        return [*self.form.notes, *self.notes, *self.form.findings, *self.conflicts, *self.kept_edits]


@dataclass
class MergeResult:
    plan: Plan
    merged: list[AgencyMerge]
    refused: list[Refusal]
    not_carried: list[Finding] = field(default_factory=list)
    """What the merged workbook, rebuilt from the plan, lacks of the master (its own sheets and columns): set by
    ``opplan merge`` (:func:`opplan_xl.xlsx.rebuilt.not_carried`); empty when merging into the open workbook."""
    amendment: LateAmendment | None = None
    """Set when the forms came after the plan was announced: the amendment they made or joined (:mod:`.late`)."""

    @property
    def changed(self) -> bool:
        """The data changed (added, changed or removed rows; provenance-only updates do not count)."""
        return any(m.has_changes for m in self.merged)


def merge_forms(
    master: Plan,
    forms: Sequence[ReturnedForm | Refusal],
    *,
    prefer_form: bool = False,
    today: dt.date | None = None,
) -> MergeResult:
    """The master with the accepted forms merged in (a copy: ``master`` itself is not changed)."""
    plan = master.model_copy(deep=True)
    when = today or dt.date.today()
    merged: list[AgencyMerge] = []
    refused: list[Refusal] = []
    projects = list(plan.projects)
    register = read_register(plan)
    for form in forms:
        if isinstance(form, Refusal):
            refused.append(form)
            continue
        older = _older_than_merged(projects, register, form)
        if older is not None:
            refused.append(older)
            continue
        projects, result = _merge_one(projects, form, prefer_form, when)
        merged.append(result)
        _remember(register, form)
    plan.projects = projects
    if register:
        plan.settings.merged_forms = json.dumps(register, ensure_ascii=False, sort_keys=True)
    return MergeResult(plan, merged, refused)


def read_register(plan: Plan) -> dict[str, str]:
    """The newest form merged per agency (the hidden ``merged_forms`` setting); {} when absent or garbled."""
    try:
        data = json.loads(plan.settings.merged_forms or "{}")
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k): str(v) for k, v in data.items() if isinstance(k, str) and isinstance(v, str)}


def _remember(register: dict[str, str], form: ReturnedForm) -> None:
    agency = form.identity.agency
    for name in [k for k in register if _norm(k) == _norm(agency)]:
        if (issued_of(register[name]) or "") > (issued_of(form.identity.form_id) or ""):
            return
        del register[name]
    register[agency] = form.identity.form_id


def _older_than_merged(projects: list[Project], register: dict[str, str], form: ReturnedForm) -> Refusal | None:
    agency = _norm(form.identity.agency)
    incoming = issued_of(form.identity.form_id)
    if incoming is None:
        return None
    merged_ids = [p.form_id for p in projects if p.is_merged and _norm(p.origin_agency) == agency]
    merged_ids += [form_id for name, form_id in register.items() if _norm(name) == agency]
    newest: tuple[str, str] | None = None
    for form_id in merged_ids:
        stamp = issued_of(form_id)
        if stamp is not None and (newest is None or stamp > newest[0]):
            newest = (stamp, form_id or "")
    if newest is None or incoming >= newest[0]:
        return None
    f = finding(
        "E-FORM-OLDER",
        file=form.file,
        form_id=form.identity.form_id,
        current=newest[1],
        agency=form.identity.agency,
    )
    return Refusal(form.path, [f])


def _with_provenance(row: Project, form: ReturnedForm, when: dt.date, was: Project | None = None) -> Project:
    """The form's row with its provenance; when it replaces the master's row ``was``, that row's id, version and
    progress columns stay (the form does not have them: it is the same row, sent again)."""
    new = row.model_copy()
    if was is not None:
        for key in (*schema.VERSION_KEYS, *schema.PROGRESS_KEYS):
            setattr(new, key, getattr(was, key))
    new.origin_agency = form.identity.agency
    new.form_id = form.identity.form_id
    new.form_file = form.file
    new.merged_on = when
    new.fingerprint = fingerprint(new)
    new.row = None
    return new


def _merge_one(
    projects: list[Project], form: ReturnedForm, prefer_form: bool, when: dt.date
) -> tuple[list[Project], AgencyMerge]:
    result = AgencyMerge(form)
    agency = _norm(form.identity.agency)
    mine = [i for i, p in enumerate(projects) if p.is_merged and _norm(p.origin_agency) == agency]
    incoming, money_notes = _the_agencys_money(form)
    result.notes.extend(money_notes)
    incoming, kept_out = _without_rows_in_error(incoming, form)
    result.kept_out = kept_out
    result.notes.extend(
        finding("E-MERGE-ROW-KEPT-OUT", file=form.file, row=p.row or "", name=p.name or "", agency=form.identity.agency)
        for p in kept_out
    )
    # the agency's rows in the master that a row kept out would have replaced stay as they are
    names_out = {_norm(p.name) for p in kept_out if p.name}
    mine = [i for i in mine if _norm(projects[i].name) not in names_out]
    fps = [fingerprint(p) for p in incoming]

    # 1. rows whose data is what was merged last time
    pairs: dict[int, int] = {}  # master index → form index
    free_in = list(range(len(incoming)))
    for i in mine:
        stored = (projects[i].fingerprint or "").strip()
        j = next((j for j in free_in if fps[j] == stored), None)
        if j is not None:
            pairs[i] = j
            free_in.remove(j)
    unchanged = set(pairs)
    # 2. the rest by project name, in order
    for i in mine:
        if i in pairs:
            continue
        name = _norm(projects[i].name)
        j = next((j for j in free_in if _norm(incoming[j].name) == name), None)
        if j is not None:
            pairs[i] = j
            free_in.remove(j)

    # 3. what becomes of each of the agency's rows in the master
    decided: dict[int, Project] = {}  # master index → the row that stays (kept or the form's)
    kept_unpaired: list[Project] = []  # edited rows the form dropped, kept (a conflict)
    for i in mine:
        row = projects[i]
        edited = fingerprint(row) != (row.fingerprint or "").strip()
        name, at = row.name or "", row.row or ""
        if i in pairs:
            new = incoming[pairs[i]]
            if i in unchanged:
                result.unchanged += 1
                if edited:
                    result.kept_edits.append(
                        finding("I-MERGE-KEPT-EDIT", name=name, agency=form.identity.agency, row=at)
                    )
                    decided[i] = row
                elif row.form_id != form.identity.form_id:  # the same data from a newer form: new provenance
                    decided[i] = _with_provenance(new, form, when, row)
                else:
                    decided[i] = row
            elif fingerprint(row) == fps[pairs[i]]:  # the officer typed what the agency now sends
                result.unchanged += 1
                decided[i] = _with_provenance(new, form, when, row)
            elif edited and not prefer_form:
                result.conflicts.append(_conflict("W-MERGE-CONFLICT-CHANGED", row, form))
                decided[i] = row
            else:
                if edited:
                    result.conflicts.append(_conflict("W-MERGE-CONFLICT-CHANGED-FORM", row, form))
                result.changed.append((row, new))
                decided[i] = _with_provenance(new, form, when, row)
        elif edited and not prefer_form:
            result.conflicts.append(_conflict("W-MERGE-CONFLICT-REMOVED", row, form))
            kept_unpaired.append(row)
        else:
            if edited:
                result.conflicts.append(_conflict("W-MERGE-CONFLICT-REMOVED-FORM", row, form))
            result.removed.append(row)
    result.added = [incoming[j] for j in free_in]
    if not incoming and not kept_out:
        result.notes.append(_empty_note(result, len(kept_unpaired)))

    # 4. the new table. Nothing to add, change or remove: every row stays where it is (the officer may have
    # moved some). Otherwise the agency's rows become one block in the form's order where its first row was.
    if not result.has_changes:
        return [decided.get(i, p) for i, p in enumerate(projects)], result
    by_form = {j: i for i, j in pairs.items()}
    block = [
        decided[by_form[j]] if j in by_form else _with_provenance(incoming[j], form, when) for j in range(len(incoming))
    ]
    block += kept_unpaired
    others = [p for i, p in enumerate(projects) if i not in set(mine)]
    at = sum(1 for i in range(mine[0]) if i not in set(mine)) if mine else len(others)
    return others[:at] + block + others[at:], result


def _the_agencys_money(form: ReturnedForm) -> tuple[list[Project], list[Finding]]:
    """The form's rows as the agency's own money, whatever their source cell says (a form cannot book its
    projects as the อปท.'s budget); a warning for each row whose source names the อปท.'s own money."""
    from ..names.sources import match_source

    rows, notes = [], []
    for p in form.projects:
        if match_source(p.source).own:
            notes.append(
                finding(
                    "W-FORM-SOURCE-OWN",
                    file=form.file,
                    name=p.name or "",
                    value=p.source,
                    agency=form.identity.agency,
                    own=schema.FUNDER_OWN,
                )
            )
        rows.append(p.model_copy(update={"funder": None}))  # a merged row is the agency's (names.sources.is_own)
    return rows, notes


def _without_rows_in_error(rows: list[Project], form: ReturnedForm) -> tuple[list[Project], list[Project]]:
    """(rows to merge, rows kept out). A row with an error is reported and kept out of the master rather than
    added half-empty or wrong: the master stays a plan that validates, the agency's earlier version of the row
    (if any) stays, and the agency sends the form again once fixed (the same form may be merged again)."""
    from ..findings import Severity

    bad = {_row_of(f.cell) for f in form.findings if f.severity is Severity.ERROR and f.cell}
    bad.discard(None)
    return [p for p in rows if p.row not in bad], [p for p in rows if p.row in bad]


def _row_of(cell: str) -> int | None:
    digits = "".join(ch for ch in cell if ch.isdigit())
    return int(digits) if digits else None


def _empty_note(result: AgencyMerge, kept: int) -> Finding:
    """What a form without projects did: the agency withdrew its earlier rows (some kept if edited here), or
    there was nothing of it to withdraw."""
    form = result.form
    params = {"file": form.file, "agency": form.identity.agency}
    if result.removed:
        return finding("I-FORM-EMPTY-WITHDRAWN", n=len(result.removed), **params)
    if kept:
        return finding("I-FORM-EMPTY-KEPT", n=kept, **params)
    return finding("I-FORM-EMPTY", **params)


def _conflict(code: str, row: Project, form: ReturnedForm) -> Finding:
    return finding(code, name=row.name or "", agency=form.identity.agency, row=row.row or "", file=form.file)
