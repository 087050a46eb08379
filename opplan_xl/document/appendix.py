"""ภาคผนวก: the posting certificate and the one-page sheet of ข้อ ๒๖ / ๒๗ deadlines.

Every date is a setting or a deadline computed from one (``deadlines.compute``); nothing is typed here.
"""

from __future__ import annotations

import datetime as dt

from . import styles
from .front import SIGN_INDENT
from .writer import Writer
from .xml import TBL_CLOSE, cm, para, run, tbl_open, tc, text_para, tr

_LABEL_TAB = cm(4.5)
NBSP = "\u00a0"


def appendix(w: Writer) -> None:
    w.add(w.heading(w.ctx.msg("doc.appendix.title"), 1))
    certificate(w)
    deadline_sheet(w)


def _posting_compliant(w: Writer) -> bool:
    s, d = w.ctx.settings, w.ctx.deadlines
    if not (s.announced_date and s.posted_date and d.post_by and d.take_down_from):
        return False
    if not s.announced_date <= s.posted_date <= d.post_by:
        return False
    return s.taken_down_date is None or s.taken_down_date >= d.take_down_from


def certificate(w: Writer) -> None:
    """ใบรับรองการปิดประกาศ: who certifies, where and from which date to which date it was posted."""
    ctx = w.ctx
    s, d = ctx.settings, ctx.deadlines
    until = s.taken_down_date or d.keep_posted_through
    values = {
        "name": ctx.user(s.certifier_name) or ctx.msg("doc.blank"),
        "position": ctx.user(s.certifier_position) or ctx.msg("doc.blank"),
        "org": ctx.org,
        "title": ctx.plan_title,
        "executive": ctx.executive_title,
        "announced": ctx.date(s.announced_date),
        "legal": ctx.legal_basis,
    }
    value_at = cm(2.5) + _LABEL_TAB  # label at 2.5 cm, value (and its next lines) at 7 cm
    layout = {"tabs": (("left", value_at, ""),), "ind": {"left": value_at, "hanging": _LABEL_TAB}}

    def line(label: str, value: str, **kwargs) -> str:
        return para(run(label) + "<w:r><w:tab/></w:r>" + run(value), **layout, **kwargs)

    out = [
        w.heading(ctx.msg("doc.cert.title"), 2, style=styles.FORM_TITLE, spacing=(cm(0.3), cm(0.5))),
        text_para(ctx.msg("doc.text.certificate", **values), styles.BODY, spacing=(0, 120)),
        line(ctx.msg("doc.cert.place"), ctx.user(s.posting_place) or ctx.msg("doc.blank")),
        line(ctx.msg("doc.cert.from"), ctx.date(s.posted_date)),
        line(ctx.msg("doc.cert.to"), ctx.date(until), spacing=(0, 120)),
    ]
    if _posting_compliant(w):
        out.append(text_para(ctx.msg("doc.text.certificate.compliant"), styles.BODY))
    out.append(text_para(ctx.msg("doc.text.certificate.end"), styles.BODY))
    out.append(para("", spacing=(cm(0.8), 0)))
    out.append(
        text_para(f"{ctx.msg('doc.sign.line')} {ctx.msg('doc.cert.signer')}", ind={"left": SIGN_INDENT}, jc="center")
    )
    name = s.certifier_name
    shown = ctx.msg("doc.sign.name", name=ctx.user(name)) if name and name.strip() else ctx.msg("doc.sign.blank_name")
    out.append(text_para(shown, ind={"left": SIGN_INDENT}, jc="center"))
    position = ctx.user(s.certifier_position) or ctx.msg("doc.blank")
    out.append(text_para(ctx.msg("doc.cert.position", position=position), ind={"left": SIGN_INDENT}, jc="center"))
    w.add(*out)


# --------------------------------------------------------------------------------------------------
# The deadline sheet
# --------------------------------------------------------------------------------------------------

_SHEET_WIDTHS = (cm(5.6), cm(1.8), cm(3.4), cm(2.4), cm(2.8))


def _result_due(done: dt.date | None, due: dt.date | None, *, not_done: str) -> str:
    if due is None:
        return "doc.deadlines.unknown"
    if done is None:
        return not_done
    return "doc.deadlines.met" if done <= due else "doc.deadlines.late"


def deadline_sheet(w: Writer) -> None:
    """One page: each ข้อ ๒๖ / ๒๗ step, its deadline, when it was done and whether that was in time."""
    ctx = w.ctx
    s, d = ctx.settings, ctx.deadlines

    def date(d, style: str = "short") -> str:
        """A short date that never breaks across lines in the narrow columns."""
        return ctx.date(d, style).replace(" ", NBSP)

    # ข้อ ๒๗: finished (announced) within 30 days of the budget act.
    plan_result = _result_due(s.announced_date, d.plan_due, not_done="doc.deadlines.not_done")
    # ข้อ ๒๖ (๒): posted within 15 days of the announcement, never before it.
    if s.posted_date and s.announced_date and s.posted_date < s.announced_date:
        post_result = "doc.deadlines.early_post"
    else:
        post_result = _result_due(s.posted_date, d.post_by, not_done="doc.deadlines.not_done")
    # ข้อ ๒๖ (๒): kept up at least 30 days.
    if d.take_down_from is None:
        keep_result = "doc.deadlines.unknown"
    elif s.taken_down_date is None:
        keep_result = "doc.deadlines.still_posted"
    elif s.taken_down_date < d.take_down_from:
        keep_result = "doc.deadlines.early_takedown"
    else:
        keep_result = "doc.deadlines.met"

    dash = ctx.msg("doc.deadlines.dash")
    rows = (
        (
            ctx.msg("doc.deadlines.step.plan_due", act=s.budget_act_name, date=date(s.budget_act_date, "short")),
            ctx.msg("doc.deadlines.rule.27"),
            ctx.msg("doc.deadlines.due.by", date=date(d.plan_due, "short")) if d.plan_due else dash,
            date(s.announced_date, "short") if s.announced_date else dash,
            ctx.msg(plan_result),
        ),
        (
            ctx.msg("doc.deadlines.step.post_by", date=date(s.announced_date, "short")),
            ctx.msg("doc.deadlines.rule.26"),
            ctx.msg("doc.deadlines.due.by", date=date(d.post_by, "short")) if d.post_by else dash,
            date(s.posted_date, "short") if s.posted_date else dash,
            ctx.msg(post_result),
        ),
        (
            ctx.msg("doc.deadlines.step.keep", date=date(s.posted_date, "short")),
            ctx.msg("doc.deadlines.rule.26"),
            ctx.msg(
                "doc.deadlines.due.through",
                date=date(d.keep_posted_through, "short"),
                from_date=date(d.take_down_from, "short"),
            )
            if d.keep_posted_through
            else dash,
            date(s.taken_down_date, "short") if s.taken_down_date else dash,
            ctx.msg(keep_result),
        ),
    )
    wd = _SHEET_WIDTHS
    header_keys = ("step", "rule", "due", "done", "result")
    head = "".join(
        tc(para(run(ctx.msg(f"doc.deadlines.col.{k}")), styles.T_HEAD), wd[i], fill="E7E6E6", valign="center")
        for i, k in enumerate(header_keys)
    )
    cell_styles = (styles.T_TEXT, styles.T_CENTER, styles.T_CENTER, styles.T_CENTER, styles.T_CENTER)
    # LibreOffice may break right after a "(" followed by Thai, leaving it alone at the end of a line:
    # bind each "(" to the word before it instead.
    rows = tuple((row[0].replace(" (", NBSP + "("), *row[1:]) for row in rows)
    body = [
        tr("".join(tc(para(run(v), cell_styles[i]), wd[i], valign="center") for i, v in enumerate(row))) for row in rows
    ]
    values = {"legal": ctx.legal_basis, "title": ctx.plan_title, "org": ctx.org}
    out = [
        w.heading(
            ctx.msg("doc.deadlines.title"), 2, style=styles.FORM_TITLE, page_break_before=True, spacing=(0, cm(0.5))
        ),
        text_para(ctx.msg("doc.text.deadlines.intro", **values), styles.BODY, spacing=(0, 160)),
        tbl_open(wd, jc="center") + tr(head, header=True) + "".join(body) + TBL_CLOSE,
    ]
    notes = _holiday_notes(w)
    if notes:
        out.append(text_para(ctx.msg("doc.deadlines.notes"), props="<w:rPr><w:b/><w:bCs/></w:rPr>", spacing=(160, 0)))
        out += [
            text_para(f"{ctx.count(i)}. {n}", styles.PLAIN, ind={"left": cm(1.0), "hanging": cm(0.5)})
            for i, n in enumerate(notes, 1)
        ]
    w.add(*out)


def _holiday_notes(w: Writer) -> list[str]:
    """A line for each deadline that falls on a day off (the rules do not move it unless set to)."""
    ctx = w.ctx
    notes = []
    for key in ("plan_due", "post_by"):
        h = ctx.deadlines.holidays.get(key)
        if h is None:
            continue
        what = ctx.msg(f"doc.deadlines.what.{key}")
        if h.rolled:
            notes.append(
                ctx.msg(
                    "doc.deadlines.rolled",
                    what=what,
                    due=ctx.date(h.due, "short"),
                    holiday=ctx.user(h.holiday),
                    next=ctx.date(h.next_working_day, "short"),
                )
            )
        else:
            notes.append(
                ctx.msg(
                    "doc.deadlines.holiday",
                    what=what,
                    due=ctx.date(h.due, "short"),
                    holiday=ctx.user(h.holiday),
                    last=ctx.date(h.last_working_day, "short"),
                )
            )
    return notes
