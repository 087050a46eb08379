"""ใบรับรองการปิดประกาศ: the posting certificate, a document of its own made after the posting has ended.

It certifies a fact, so it is made only once the take-down date in the settings has come
(:func:`refusal` says why not, as a catalogue key and the cell to fill); it then states the real dates
the plan was posted from and to. Every date is a setting or a deadline computed from one
(``deadlines.compute``); nothing is typed here.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from . import styles
from .front import SIGN_INDENT
from .writer import Writer
from .xml import cm, para, run, text_para

if TYPE_CHECKING:
    from ..model import Settings

_LABEL_TAB = cm(4.5)


def refusal(settings: Settings, today: dt.date) -> tuple[str, str] | None:
    """Why no certificate can be made yet, as (catalogue key, settings key of the cell to fill), or None."""
    if settings.posted_date is None:
        return "ui.certificate.not_posted", "posted_date"
    if settings.taken_down_date is None:
        return "ui.certificate.not_taken_down", "taken_down_date"
    if settings.taken_down_date > today:
        return "ui.certificate.not_yet", "taken_down_date"
    if settings.taken_down_date < settings.posted_date:
        return "ui.certificate.before_posted", "taken_down_date"
    return None


def _posting_compliant(w: Writer) -> bool:
    s, d = w.ctx.settings, w.ctx.deadlines
    if not (s.announced_date and s.posted_date and d.post_by and d.take_down_from):
        return False
    if not s.announced_date <= s.posted_date <= d.post_by:
        return False
    return s.taken_down_date is None or s.taken_down_date >= d.take_down_from


def certificate(w: Writer) -> None:
    """ใบรับรองการปิดประกาศ: who certifies, where and from which date to which date it was posted (the real
    dates: the caller has checked :func:`refusal`)."""
    ctx = w.ctx
    s = ctx.settings
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
        text_para(ctx.msg("doc.cert.title"), styles.FORM_TITLE, spacing=(cm(0.3), cm(0.5))),
        text_para(ctx.msg("doc.text.certificate", **values), styles.BODY, spacing=(0, 120)),
        line(ctx.msg("doc.cert.place"), ctx.user(s.posting_place) or ctx.msg("doc.blank")),
        line(ctx.msg("doc.cert.from"), ctx.date(s.posted_date)),
        line(ctx.msg("doc.cert.to"), ctx.date(s.taken_down_date), spacing=(0, 120)),
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
