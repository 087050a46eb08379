"""Merging returned agency forms into the master plan: idempotent, with provenance, never losing the officer's work.

For each accepted form (:class:`~opplan_xl.agency.returned.ReturnedForm`), in the order given:

- the agency's rows in the master are the rows whose หน่วยงานที่ส่ง is that agency; the officer's own rows (no
  provenance) are never touched, whatever happens;
- the form's rows are paired with the agency's rows: first those whose data is exactly what was merged last time
  (the row's fingerprint), then the rest by project name, in order; what is left is added or removed;
- a row whose fingerprint no longer matches its data was edited by hand in the master. If the form changes or
  drops such a row, that is a **conflict**: the master's version is kept (``prefer_form=True`` takes the form's)
  and the conflict is reported. If the form brings the row unchanged, the officer's edit simply stays;
- added rows go after the agency's last row (or at the end of the table); removed rows leave; changed rows are
  replaced in place; each merged row gets its provenance (agency, form id, file name, date merged, fingerprint).

Merging the same form again therefore changes nothing, and a newer return from the same agency replaces its
earlier rows. A form issued before the one the agency's rows came from is refused (a late e-mail must not
overwrite newer data).
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
from .returned import Refusal, ReturnedForm

__all__ = ["AgencyMerge", "MergeResult", "fingerprint", "merge_forms"]

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
    for form in forms:
        if isinstance(form, Refusal):
            refused.append(form)
            continue
        older = _older_than_merged(projects, form)
        if older is not None:
            refused.append(older)
            continue
        projects, result = _merge_one(projects, form, prefer_form, when)
        merged.append(result)
    plan.projects = projects
    return MergeResult(plan, merged, refused)


def _older_than_merged(projects: list[Project], form: ReturnedForm) -> Refusal | None:
    agency = _norm(form.identity.agency)
    incoming = issued_of(form.identity.form_id)
    if incoming is None:
        return None
    newest: tuple[str, str] | None = None
    for p in projects:
        if p.is_merged and _norm(p.origin_agency) == agency:
            stamp = issued_of(p.form_id)
            if stamp is not None and (newest is None or stamp > newest[0]):
                newest = (stamp, p.form_id or "")
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


def _with_provenance(row: Project, form: ReturnedForm, when: dt.date) -> Project:
    new = row.model_copy()
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
    incoming = form.projects
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

    out: list[Project] = []
    last_mine = -1
    for i, row in enumerate(projects):
        if i not in mine:
            out.append(row)
            continue
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
                    out.append(row)
                elif row.form_id != form.identity.form_id:  # the same data from a newer form: new provenance
                    out.append(_with_provenance(new, form, when))
                else:
                    out.append(row)
            elif fingerprint(row) == fps[pairs[i]]:  # the officer typed what the agency now sends
                result.unchanged += 1
                out.append(_with_provenance(new, form, when))
            elif edited and not prefer_form:
                result.conflicts.append(_conflict("W-MERGE-CONFLICT-CHANGED", row, form))
                out.append(row)
            else:
                if edited:
                    result.conflicts.append(_conflict("W-MERGE-CONFLICT-CHANGED-FORM", row, form))
                result.changed.append((row, new))
                out.append(_with_provenance(new, form, when))
        elif edited and not prefer_form:
            result.conflicts.append(_conflict("W-MERGE-CONFLICT-REMOVED", row, form))
            out.append(row)
        else:
            if edited:
                result.conflicts.append(_conflict("W-MERGE-CONFLICT-REMOVED-FORM", row, form))
            result.removed.append(row)
            continue
        last_mine = len(out) - 1

    added = [_with_provenance(incoming[j], form, when) for j in free_in]
    result.added = [incoming[j] for j in free_in]
    if added:
        at = last_mine + 1 if last_mine >= 0 else len(out)
        out[at:at] = added
    if not incoming:
        result.notes.append(finding("I-FORM-EMPTY", file=form.file, agency=form.identity.agency))
    return out, result


def _conflict(code: str, row: Project, form: ReturnedForm) -> Finding:
    return finding(code, name=row.name or "", agency=form.identity.agency, row=row.row or "", file=form.file)
