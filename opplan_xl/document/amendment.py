"""The documents of a plan's versions, built by the same pipeline on a view of the plan (DESIGN.md §9).

- :func:`build_amendment`: แก้ไข/เพิ่มเติม ครั้งที่ N — cover, its own ประกาศ (ข้อ ๒๗ วรรคสอง and the event; the
  executive announces; a committee sentence only when a committee date is given), a short คำนำ saying what it adds,
  changes and cancels and why, ผด.01 of its own projects, ผด.02 / ผด.02/1 of the added ones, and for changes and
  cancellations the comparison table (เดิม | แก้ไขเป็น, changed fields marked).
- :func:`build_consolidated`: the whole current plan (every amendment applied) titled
  "ฉบับรวม … (รวมแก้ไข/เพิ่มเติม ครั้งที่ 1–N)", for the website: the ordinary document of the consolidated view.

Titles, numbers and the fiscal year come from the version's data (the amendments sheet), never typed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import schema
from ..thai import bahttext
from ..versions import fields, views
from . import forms, front, styles
from .build import Built, Logo, build, make_context
from .package import DocxPackage, Section
from .writer import LANDSCAPE, PORTRAIT, Writer
from .xml import TBL_CLOSE, cm, para, rpr, run, tbl_open, tc, text_para, tr

if TYPE_CHECKING:
    from ..model import Amendment, Plan

MARK_FILL = "FFF2CC"  # a changed value in the comparison table
COMPARE_WIDTHS = (cm(1.0), cm(4.6), cm(10.2), cm(10.2))
COMPARE_KEYS = ("name", "activity", "budget", "location", "agency", "source", "months")
EQUIPMENT_KEYS = ("item", "detail", "budget", "location", "agency", "source", "months")


def _titled(plan: Plan, amendment: Amendment) -> Plan:
    """The plan whose settings carry the amendment's title and dates (what the cover, headings and ประกาศ print)."""
    settings = plan.settings.model_copy(
        update={
            "amendment_kind": amendment.kind,
            "amendment_no": amendment.number,
            "announced_date": amendment.announced_date,
            "committee_date": amendment.committee_date,
        }
    )
    return plan.model_copy(update={"settings": settings})


def _event_phrase(ctx, a: Amendment) -> str:
    """ "มีข้อบัญญัติงบประมาณรายจ่ายเพิ่มเติม … เมื่อวันที่ …": why the amendment is made, from its data."""
    index = schema.AMENDMENT_EVENTS.index(a.event) if a.event in schema.AMENDMENT_EVENTS else None
    event = (
        ctx.msg(f"doc.amend.event.{index}", act=ctx.settings.budget_act_name)
        if index is not None
        else ctx.user(a.event)
    )
    reference = f" ({ctx.user(a.reference)})" if a.reference else ""
    when = ctx.msg("doc.amend.on", date=ctx.date(a.event_date)) if a.event_date else ""
    return f"{event}{reference}{when}"


def _what(ctx, own: views.Own) -> str:
    """ "เพิ่มโครงการ ๒ โครงการ งบประมาณ … บาท แก้ไข ๒ โครงการ ยกเลิก ๑ โครงการ": only the parts it has."""
    parts = []
    added = [*own.added.projects, *own.added.equipment]
    if added:
        budget = sum((i.budget for i in added if i.budget is not None), start=forms.ZERO)
        counted = []
        if own.added.projects:
            counted.append(ctx.msg("doc.amend.adds_projects", n=ctx.count(len(own.added.projects))))
        if own.added.equipment:
            counted.append(ctx.msg("doc.amend.adds_equipment", n=ctx.count(len(own.added.equipment))))
        what = " ".join(counted)
        parts.append(ctx.msg("doc.amend.adds", what=what, budget=ctx.amount(budget), budget_text=bahttext(budget)))
    changed = len(own.changed.projects) + len(own.changed.equipment)
    if changed:
        parts.append(ctx.msg("doc.amend.changes", n=ctx.count(changed)))
    cancelled = len(own.cancelled.projects) + len(own.cancelled.equipment)
    if cancelled:
        parts.append(ctx.msg("doc.amend.cancels", n=ctx.count(cancelled)))
    return " ".join(parts)


def _garuda_top(garuda_run: str) -> str:
    """The top of the ประกาศ as in the plan's (``front.announcement``): the ครุฑ 3 cm high, centred, or without
    the image the same 3 cm left free for paper with the ครุฑ printed."""
    if garuda_run:
        return para(garuda_run, jc="center", page_break_before=True, spacing=(0, cm(0.3)))
    return para("", page_break_before=True, line_exact=cm(front.GARUDA_CM), spacing=(0, cm(0.3)))


def _announcement(w: Writer, a: Amendment, first_announced, own: views.Own, garuda_run: str = "") -> None:
    ctx = w.ctx
    bold = rpr(bold=True)
    committee = ""
    if a.committee_date:
        committee = ctx.msg("doc.amend.committee", committee=ctx.committee, date=ctx.date(a.committee_date))
    values = {
        "org": ctx.org,
        "fy": ctx.fiscal_year_phrase,
        "first_date": ctx.date(first_announced),
        "event": _event_phrase(ctx, a),
        "reason": f" {ctx.user(a.reason)}" if a.reason else "",
        "committee": committee,
        "legal": ctx.legal_basis,
        "executive": ctx.executive_title,
        "title": ctx.plan_title,
        "what": _what(ctx, own),
    }
    out = [
        _garuda_top(garuda_run),
        text_para(ctx.msg("doc.announce.title", org=ctx.org), props=bold, jc="center"),
        text_para(ctx.msg("doc.announce.subject", title=ctx.plan_title), props=bold, jc="center", spacing=(0, 60)),
        para("", border_bottom=True, ind={"left": cm(5.5), "right": cm(5.5)}, spacing=(0, cm(0.4))),
    ]
    for key in ("doc.amend.announce.1", "doc.amend.announce.2", "doc.amend.announce.3"):
        out.append(text_para(ctx.msg(key, **values), styles.BODY, spacing=(0, 120)))
    out.append(
        text_para(
            ctx.msg("doc.announce.date", date=ctx.date(a.announced_date)), ind={"left": cm(5.0)}, spacing=(cm(0.4), 0)
        )
    )
    out += front.signature(w, ctx.settings.executive_name, ctx.executive_title)
    w.add(*out)


def _preface(w: Writer, a: Amendment, own: views.Own) -> None:
    ctx = w.ctx
    values = {
        "title": ctx.plan_title,
        "org": ctx.org,
        "event": _event_phrase(ctx, a),
        "reason": f" {ctx.user(a.reason)}" if a.reason else "",
        "what": _what(ctx, own),
    }
    title = ctx.msg("doc.preface.title")
    out = [text_para(title, props=rpr(bold=True, size=20), jc="center", page_break_before=True, spacing=(0, 240))]
    for key in ("doc.amend.preface.1", "doc.amend.preface.2"):
        out.append(text_para(ctx.msg(key, **values), styles.BODY, spacing=(0, 120)))
    out.append(text_para(ctx.org, ind={"left": front.SIGN_INDENT}, jc="center", spacing=(cm(0.8), 0)))
    if a.announced_date:
        out.append(text_para(ctx.date(a.announced_date, "month_year"), ind={"left": front.SIGN_INDENT}, jc="center"))
    w.add(*out)


def _shown(ctx, item, key: str) -> str:
    if key == "months":
        return ctx.fixed(" ".join(schema.MONTH_SHORT[m] for m in item.months)) if item.months else "-"
    value = getattr(item, key)
    if key == "budget":
        return ctx.amount(value) if value is not None else "-"
    return ctx.user(value) if value else "-"


def _compare(w: Writer, own: views.Own) -> None:
    """เดิม | แก้ไขเป็น: one block per changed or cancelled row, every printed field, changed ones marked."""
    ctx = w.ctx
    wd = COMPARE_WIDTHS
    head = "".join(
        tc(text_para(ctx.msg(k), styles.T_HEAD), wd[i], fill=forms.HEAD_FILL)
        for i, k in enumerate(("doc.form.no", "doc.amend.field", "doc.amend.old", "doc.amend.new"))
    )
    rows = [
        w.heading(ctx.msg("doc.amend.compare_title"), 2, style=styles.FORM_TITLE),
        text_para(ctx.plan_title, styles.FORM_SUB),
        text_para(ctx.org_line, styles.FORM_SUB, spacing=(0, 120)),
        tbl_open(wd),
        tr(head, header=True),
    ]
    before = {i.row_id: i for i in [*own.before.projects, *own.before.equipment]}
    blocks = [(before.get(i.row_id), i, False) for i in [*own.changed.projects, *own.changed.equipment]]
    blocks += [(i, None, True) for i in [*own.cancelled.projects, *own.cancelled.equipment]]
    for n, (old, new, cancelled) in enumerate(blocks, 1):
        item = old or new
        table = fields.table_of(item)
        keys = COMPARE_KEYS if table is schema.PROJECTS else EQUIPMENT_KEYS
        for k, key in enumerate(keys):
            label = ctx.msg("doc.amend.months") if key == "months" else table.column(key).header
            was = _shown(ctx, old, key) if old else "-"
            cancelled_mark = ctx.msg("doc.amend.cancelled") if k == 0 else ""
            now = cancelled_mark if cancelled else _shown(ctx, new, key)
            marked = not cancelled and was != now
            props = rpr(bold=True) if marked else ""
            fill = MARK_FILL if marked else None
            cells = (
                tc(text_para(ctx.count(n) if k == 0 else "", styles.T_CENTER), wd[0])
                + tc(para(run(ctx.header(label), props), styles.T_TEXT), wd[1], fill=fill)
                + tc(text_para(was, styles.T_TEXT), wd[2])
                + tc(para(run(now, props), styles.T_TEXT), wd[3], fill=fill)
            )
            rows.append(tr(cells, cant_split=True))
    rows.append(TBL_CLOSE)
    rows.append(text_para(ctx.msg("doc.amend.marked"), styles.PLAIN, spacing=(cm(0.2), 0)))
    w.add(*rows)


def build_amendment(
    plan: Plan,
    number: int,
    *,
    logo: Logo | None = None,
    garuda: Logo | None = None,
    for_renderer: bool = False,
    toc_pages: list[str] | None = None,
) -> Built:
    """The document of amendment ``number`` of ``plan`` (which must have it). ``garuda``: the ครุฑ of its ประกาศ
    (else its 3 cm left free); ``for_renderer``: the copy handed to LibreOffice, Thai words kept whole as in
    :func:`.build.build` (the .docx itself carries the text as it is). It has no contents: ``toc_pages``, which
    every version's builder takes, is not used."""
    a = views.amendment(plan, number)
    if a is None:
        raise KeyError(number)
    own = views.own(plan, number)
    first_announced = plan.settings.announced_date
    ctx = make_context(_titled(own.items, a), for_renderer=for_renderer)
    pkg = DocxPackage(title=ctx.plan_title, author=ctx.org, thai_digits=ctx.thai_digits)
    w = Writer(ctx, pkg)
    page_format = "thaiNumbers" if ctx.thai_digits else None
    footer = pkg.add_footer(para(run(""), styles.FOOTER))
    logo_run = pkg.picture(logo.data, logo.ext, logo.content_type, logo.px, 3.5) if logo else ""
    front.cover(w, logo_run)
    garuda_run = ""
    if garuda:
        garuda_run = pkg.picture(garuda.data, garuda.ext, garuda.content_type, garuda.px, front.GARUDA_CM)
    _announcement(w, a, first_announced, own, garuda_run)
    _preface(w, a, own)
    pkg.end_section(Section(PORTRAIT, footer_id=footer))

    parts = [("summary", forms.summary, ctx)]
    added = make_context(_titled(own.added, a), for_renderer=for_renderer)
    if own.added.projects:
        parts.append(("projects", forms.projects, added))
    if own.added.equipment:
        parts.append(("equipment", forms.equipment, added))
    for key, write_form, part_ctx in parts:
        header = pkg.add_header(forms.form_header(schema.FORM_CODES[key]))
        write_form(Writer(part_ctx, pkg, w.headings))
        pkg.end_section(Section(LANDSCAPE, header_id=header, page_format=page_format))
    if own.changed.projects or own.changed.equipment or own.cancelled.projects or own.cancelled.equipment:
        _compare(w, own)
    last = Section(LANDSCAPE, header_id=pkg.add_header(para("", styles.HEADER)), page_format=page_format)
    return Built(pkg.to_bytes(last), [h.text for h in w.headings])


def build_consolidated(plan: Plan, *, logo: Logo | None = None, toc_pages: list[str] | None = None, **kw) -> Built:
    """The current whole plan, titled as the consolidated version (every amendment applied); ``kw`` go to
    ``build`` (the ครุฑ, the renderer's copy)."""
    view = views.consolidated(plan)
    n = views.latest(plan)
    if n:
        from .. import messages

        kind = messages.text("doc.amend.consolidated" if n > 1 else "doc.amend.consolidated_one", n=n)
        view = view.model_copy(
            update={"settings": view.settings.model_copy(update={"amendment_kind": kind, "amendment_no": None})}
        )
    return build(view, logo=logo, toc_pages=toc_pages, **kw)
