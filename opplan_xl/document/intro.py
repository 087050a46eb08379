"""ส่วนที่ ๑ บทนำ (its divider page, then ๑.๑–๑.๔) and the divider page of ส่วนที่ ๒."""

from __future__ import annotations

from . import styles
from .writer import Writer
from .xml import cm, rpr, text_para

_STEP_INDENT = {"left": cm(2.5), "hanging": cm(0.75)}
_PARA = (0, 120)


def part1(w: Writer) -> None:
    ctx = w.ctx

    def body(key: str, style: str = styles.BODY, **kwargs) -> list[str]:
        """Paragraph ``key``: the officer's wording (one or more paragraphs), else the standard text."""
        return [text_para(text, style, spacing=_PARA, **kwargs) for text in ctx.paragraph(key)]

    w.add(divider(w, ctx.msg("doc.part1.title"), first=True))
    w.add(w.heading(ctx.msg("doc.part1.s1"), 2, page_break_before=True), *body("intro"))
    w.add(w.heading(ctx.msg("doc.part1.s2"), 2), *body("objectives"))
    w.add(
        w.heading(ctx.msg("doc.part1.s3"), 2),
        *body("procedure.intro"),
        *(p for k in ("procedure.step1", "procedure.step2") for p in body(k, styles.PLAIN, ind=_STEP_INDENT)),
        *body("procedure.completion"),
    )
    dates = _plan_dates(w)
    if dates:
        w.add(text_para(ctx.msg("doc.dates.intro", fy=" " + ctx.fiscal_year_phrase, org=ctx.org), styles.BODY))
        w.add(*(text_para(d, styles.PLAIN, ind=_STEP_INDENT) for d in dates))
    w.add(w.heading(ctx.msg("doc.part1.s4"), 2), *body("benefits"))


def _plan_dates(w: Writer) -> list[str]:
    """This plan's own dates (those known when it is signed) and the deadline of ข้อ ๒๗, as numbered lines."""
    ctx = w.ctx
    s, d = ctx.settings, ctx.deadlines
    lines = []
    if s.budget_act_date:
        lines.append(
            ctx.msg(
                "doc.dates.budget_act",
                act=s.budget_act_name,
                date=ctx.date(s.budget_act_date),
                due=ctx.date(d.plan_due),
            )
        )
    if s.committee_date:
        lines.append(ctx.msg("doc.dates.committee", committee=ctx.committee, date=ctx.date(s.committee_date)))
    if s.announced_date:  # the posting duty, not a posting date: the plan is printed before it is posted
        lines.append(ctx.msg("doc.dates.announced", executive=ctx.executive_title, date=ctx.date(s.announced_date)))
    return [f"({ctx.count(i)}) {line}" for i, line in enumerate(lines, 1)]


def divider(w: Writer, title: str, *, first: bool = False) -> str:
    """A page that opens a part, its title (a heading of the contents) in the middle of the page; ``first``:
    the page a section break has already begun."""
    return w.heading(title, 1, props=rpr(size=28, bold=True), page_break_before=not first, spacing=(cm(9), 0))


def part2_divider(w: Writer) -> None:
    """The page that opens ส่วนที่ ๒."""
    ctx = w.ctx
    w.add(divider(w, f"{ctx.msg('doc.part2.title')} {ctx.msg('doc.part2.subtitle')}"))
