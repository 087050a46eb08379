"""Agency forms returned after the plan was announced (issue 11): they make an amendment, never change what was
announced.

The plan counts as announced when the settings' วันที่ประกาศ is filled in or it already has an amendment. Then
the forms are merged, as before, into the plan as it stands now (:func:`opplan_xl.versions.views.consolidated`),
and what that changed becomes an amendment through :func:`opplan_xl.versions.amend.amend` (rows matched by their
ids): rows the agencies added are added by it, changed rows keep their earlier values in the history sheet, rows an
agency left out of its form are cancelled by it (the row stays). Which amendment (``choice``):

- ``auto`` (the default): the latest amendment when it is not yet announced (its วันที่ประกาศ empty) — the forms
  join it — else a new one;
- ``new``: a new amendment, the next number (also beside a latest one not yet announced);
- ``join``: the latest amendment, which must not be announced yet;
- a number: the latest (not announced) to join it, or the next to start it.

A new amendment's event is แจ้งจากหน่วยงานอื่น, dated ``event_date`` (default: today, the day the forms are taken
in), its reference the forms' ids and files. Its kind follows what it does: เพิ่มเติม when it only adds, แก้ไข
when it only changes or cancels, แก้ไขเพิ่มเติม when both. Joining keeps the amendment's own event, date and kind
unless the kind no longer fits (a เพิ่มเติม that now changes a row becomes แก้ไขเพิ่มเติม), and adds the forms to
its reference. Joining makes the amendment again (:func:`opplan_xl.versions.amend.reopen`): a row it added and the
agency now changes is simply the new row, a row it added and the agency now drops is no longer added (it was never
announced), a value changed back is no longer a change. A plan not yet announced is merged as it always was.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from .. import messages, schema
from ..findings import finding
from ..model import Amendment, Plan, Settings
from ..versions import fields, ids, views
from ..versions.amend import amend, reopen
from .late_note import JOIN, LateAmendment
from .merge import MergeResult, merge_forms
from .returned import Refusal, ReturnedForm

__all__ = ["AmendmentChoiceError", "LateAmendment", "Target", "choose", "merge_returned"]

AUTO, NEW, PLAIN = "auto", "new", "plain"
EVENT_NOTICE = "แจ้งจากหน่วยงานอื่น"
KIND_BOTH = "แก้ไขเพิ่มเติม"
assert EVENT_NOTICE in schema.AMENDMENT_EVENTS and KIND_BOTH in schema.AMENDMENT_TYPES


class AmendmentChoiceError(ValueError):
    """The ``--amendment`` asked for cannot be made; ``text(lang)`` says why in Thai."""

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key)
        self.key, self.params = key, params

    def text(self, lang: str = "th") -> str:
        return messages.text(self.key, lang, **self.params)


@dataclass(frozen=True)
class Target:
    mode: str  # PLAIN (not announced: merge as always), NEW or JOIN
    number: int  # the amendment made or joined (0 for PLAIN)
    announced: int | None  # the last announced version (0: the first version), None when none is


def _open(plan: Plan) -> int | None:
    """The latest amendment when it is not announced yet, else None."""
    latest = views.latest(plan)
    a = views.amendment(plan, latest) if latest else None
    return latest if a is not None and a.announced_date is None else None


def _last_announced(plan: Plan) -> int | None:
    done = [a.number for a in plan.amendments if a.number is not None and a.announced_date]
    if done:
        return max(done)
    return 0 if plan.settings.announced_date or plan.amendments else None


def choose(plan: Plan, choice: str | int = AUTO) -> Target:
    """Where forms returned now go; :class:`AmendmentChoiceError` when ``choice`` cannot be done."""
    latest, open_, announced = views.latest(plan), _open(plan), _last_announced(plan)
    text = str(choice).strip().lower()
    if announced is None:
        if text == AUTO:
            return Target(PLAIN, 0, None)
        raise AmendmentChoiceError("ui.merge.amend.not_announced", value=choice, sheet=plan.settings_sheet)
    if text == AUTO:
        return Target(JOIN, open_, announced) if open_ else Target(NEW, latest + 1, announced)
    if text == NEW or text == str(latest + 1):
        return Target(NEW, latest + 1, announced)
    if text == JOIN or (text.isdigit() and int(text) == latest and latest):
        if open_:
            return Target(JOIN, open_, announced)
        raise AmendmentChoiceError("ui.merge.amend.no_join", number=latest, next=latest + 1)
    raise AmendmentChoiceError("ui.merge.amend.bad", value=choice, next=latest + 1)


def merge_returned(
    master: Plan,
    forms: Sequence[ReturnedForm | Refusal],
    *,
    prefer_form: bool = False,
    today: dt.date | None = None,
    choice: str | int = AUTO,
    event_date: dt.date | None = None,
) -> MergeResult:
    """The forms merged into ``master`` (a copy): as :func:`~opplan_xl.agency.merge.merge_forms` before the plan is
    announced, as an amendment after (see the module docstring). Raises :class:`AmendmentChoiceError`."""
    target = choose(master, choice)
    if target.mode == PLAIN:
        return merge_forms(master, forms, prefer_form=prefer_form, today=today)
    assert target.announced is not None
    when = today or dt.date.today()
    plan = ids.with_ids(master)
    merged = merge_forms(views.consolidated(plan), forms, prefer_form=prefer_form, today=when)
    register = merged.plan.settings.merged_forms
    changing = [m for m in merged.merged if m.has_changes]
    agencies = tuple(dict.fromkeys(m.agency for m in (changing or merged.merged)))
    announced_kind = None
    if target.announced:
        a = views.amendment(plan, target.announced)
        announced_kind = a.kind if a is not None else None
    report = {"announced": target.announced, "announced_kind": announced_kind, "agencies": agencies}
    if not merged.changed:
        out = plan.model_copy(deep=True)
        out.settings.merged_forms = register
        if not merged.merged:  # every file refused: nothing to say about an amendment
            return MergeResult(out, [], merged.refused)
        late = LateAmendment(
            target.mode, None, None, added=0, changed=0, cancelled=0, event_date=None, due=None, **report
        )
        return MergeResult(out, merged.merged, merged.refused, amendment=late)

    base = reopen(plan, target.number) if target.mode == JOIN else plan
    meta = _metadata(plan, target, changing, event_date or when)
    # ids the plan uses now (a row the reopened amendment added and this form drops included) are never given to
    # a new row: a diff of the workbook before against the one after would pair the two
    reserved = {r.row_id for r in (*plan.projects, *plan.equipment) if r.row_id}
    amended = amend(base, merged.plan, meta, by_id=not _duplicate_ids(plan), reserved=reserved)
    if amended.plan is None:  # two rows share an id and both were edited: nothing is guessed
        refused = [
            Refusal(m.form.path, [finding("E-MERGE-LATE-AMBIGUOUS", file=m.form.file), *amended.diff.ambiguous])
            for m in merged.merged
        ]
        return MergeResult(plan.model_copy(deep=True), [], [*merged.refused, *refused])
    out = amended.plan
    out.source_path, out.reported = master.source_path, set(master.reported)
    # the provenance of every row the forms sent is the newest form's, as merging says (a row sent again unchanged
    # by a newer form, or changed back): its fingerprint is what the next merge compares with
    sent = {p.row_id: p for p in merged.plan.projects if p.row_id}
    for p in out.projects:
        source = sent.get(p.row_id) if p.row_id and p.cancelled_in is None else None
        if source is not None:
            for key in schema.PROVENANCE_KEYS:
                setattr(p, key, getattr(source, key))
    out.settings.merged_forms = register
    number = amended.number
    made = next(a for a in out.amendments if a.number == number)
    made.kind = _kind(out, number, made.kind)
    if target.mode == JOIN:
        made.row = meta.row
    late = LateAmendment(
        target.mode,
        number,
        made.kind,
        added=sum(len(m.added) for m in merged.merged),
        changed=sum(len(m.changed) for m in merged.merged),
        cancelled=sum(len(m.removed) for m in merged.merged),
        event_date=made.event_date,
        due=_due(out, made),
        date_not_used=event_date if event_date is not None and event_date != made.event_date else None,
        **report,
    )
    return MergeResult(out, merged.merged, merged.refused, amendment=late)


def _metadata(plan: Plan, target: Target, changing: list, event_date: dt.date) -> Amendment:
    """The amendment's row: a new one for the forms, or the joined one with the forms added to its reference."""
    # what the signed notice prints in brackets after the event: the form's id and file stay on the merged rows
    # (provenance columns) and in the merge report, not in the ประกาศ
    refs = [messages.text("ui.merge.late.reference", agency=m.agency) for m in changing]
    reasons = [messages.text("ui.merge.late.reason", agency=m.agency) for m in changing]
    if target.mode == NEW:
        return Amendment(
            kind=None,
            event=EVENT_NOTICE,
            event_date=event_date,
            reference="; ".join(dict.fromkeys(refs)),
            reason=" ".join(dict.fromkeys(reasons)),
        )
    joined = views.amendment(plan, target.number)
    assert joined is not None
    a = joined.model_copy(deep=True)
    a.reference = _joined(a.reference, refs, "; ")
    a.reason = _joined(a.reason, reasons, " ")
    if a.event_date is None:
        a.event_date = event_date
    if not a.event:
        a.event = EVENT_NOTICE
    return a


def _joined(text: str | None, more: list[str], sep: str) -> str:
    parts = [text] if text else []
    parts += [m for m in dict.fromkeys(more) if m not in (text or "")]
    return sep.join(parts)


def _kind(plan: Plan, number: int, current: str | None) -> str | None:
    """The amendment's kind: kept when it fits what the amendment does, else from what it does."""
    rows = [r for t in fields.TABLES for r in fields.items(plan, t)]
    adds = any(r.added_in == number for r in rows)
    changes = any(r.cancelled_in == number for r in rows) or any(c.amendment == number for c in plan.history)
    if not adds and not changes:
        return current
    if current in schema.AMENDMENT_TYPES:
        fits = not (current in schema.ADDING_ONLY_KINDS and changes) and not (
            current in schema.CHANGING_ONLY_KINDS and adds
        )
        if fits:
            return current
    if adds and changes:
        return KIND_BOTH
    return schema.KIND_ADD if adds else schema.KIND_CHANGE


def _due(plan: Plan, a: Amendment) -> dt.date | None:
    """ข้อ ๒๗: the day the amendment must be announced by (30 days from its event, the plan's holidays)."""
    from ..deadlines import compute

    if a.event_date is None:
        return None
    s = plan.settings
    dates = Settings(budget_act_date=a.event_date, roll_forward=s.roll_forward, extra_holidays=s.extra_holidays)
    return compute(dates).plan_due


def _duplicate_ids(plan: Plan) -> bool:
    seen: set[str] = set()
    for table in fields.TABLES:
        for r in fields.items(plan, table):
            if r.row_id in seen:
                return True
            if r.row_id:
                seen.add(r.row_id)
    return False
