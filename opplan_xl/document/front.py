"""The front matter: ปก (cover), ประกาศ (the announcement), คำนำ (preface), สารบัญ (contents)."""

from __future__ import annotations

from . import styles
from .writer import Writer
from .xml import cm, para, rpr, run, text_para

SIGN_INDENT = cm(7.5)  # the signature block sits in the right half of the page
# Their paragraphs (schema.PARAGRAPH_KEYS): the officer's wording, else the catalogue's doc.text.<key>.
ANNOUNCEMENT = ("announcement.1", "announcement.2", "announcement.3")
PREFACE = ("preface.1", "preface.2", "preface.3")


def cover(w: Writer, logo_run: str = "") -> None:
    ctx = w.ctx
    big, mid = rpr(bold=True, size=36), rpr(bold=True, size=28)
    lines = []
    if logo_run:
        lines.append(para(logo_run, jc="center", spacing=(cm(1.5), cm(1.0))))
    lines.append(text_para(ctx.msg("doc.plan"), styles.COVER, props=big, spacing=(cm(4.5 if logo_run else 7), 0)))
    lines.append(text_para(ctx.fiscal_year_phrase, styles.COVER, props=mid))
    if ctx.amendment:
        lines.append(text_para(ctx.amendment, styles.COVER, props=mid))
    lines.append(text_para(ctx.msg("doc.of"), styles.COVER, props=mid, spacing=(cm(1.2), cm(1.2))))
    lines.append(text_para(ctx.org, styles.COVER, props=big))
    if ctx.address:
        lines.append(text_para(ctx.address, styles.COVER, props=mid))
    w.add(*lines)


def signature(w: Writer, name: str | None, position: str, *, blank_lines: int = 3) -> list[str]:
    """The signature block: space to sign, "(name)", the position (dotted lines when unknown)."""
    ctx = w.ctx
    out = [para("", ind={"left": SIGN_INDENT}) for _ in range(blank_lines)]
    shown = ctx.msg("doc.sign.name", name=ctx.user(name)) if name and name.strip() else ctx.msg("doc.sign.blank_name")
    out.append(text_para(shown, ind={"left": SIGN_INDENT}, jc="center"))
    out.append(text_para(position or ctx.msg("doc.blank"), ind={"left": SIGN_INDENT}, jc="center"))
    return out


GARUDA_CM = 3.0  # ระเบียบงานสารบรรณ: the ครุฑ of a ประกาศ is 3 cm high, centred at the top


def announcement(w: Writer, garuda_run: str = "") -> None:
    """The ประกาศ (ระเบียบงานสารบรรณ): the ครุฑ centred at the top (``garuda_run``, an inline picture) or, without
    the image, the same 3 cm left free for paper with the ครุฑ printed; the title below it."""
    ctx = w.ctx
    s = ctx.settings
    bold = rpr(bold=True)
    if garuda_run:
        top = para(garuda_run, jc="center", page_break_before=True, spacing=(0, cm(0.3)))
    else:
        top = para("", page_break_before=True, line_exact=cm(GARUDA_CM), spacing=(0, cm(0.3)))
    out = [
        top,
        text_para(ctx.msg("doc.announce.title", org=ctx.org), props=bold, jc="center"),
        text_para(ctx.msg("doc.announce.subject", title=ctx.plan_title), props=bold, jc="center", spacing=(0, 60)),
        para("", border_bottom=True, ind={"left": cm(5.5), "right": cm(5.5)}, spacing=(0, cm(0.4))),
    ]
    for key in ANNOUNCEMENT:
        out += [text_para(text, styles.BODY, spacing=(0, 120)) for text in ctx.paragraph(key)]
    out.append(
        text_para(
            ctx.msg("doc.announce.date", date=ctx.date(s.announced_date)),
            ind={"left": cm(5.0)},
            spacing=(cm(0.4), 0),
        )
    )
    out += signature(w, s.executive_name, ctx.executive_title)
    w.add(*out)


def preface(w: Writer) -> None:
    ctx = w.ctx
    out = [
        text_para(
            ctx.msg("doc.preface.title"),
            props=rpr(bold=True, size=20),
            jc="center",
            page_break_before=True,
            spacing=(0, 240),
        )
    ]
    for key in PREFACE:
        out += [text_para(text, styles.BODY, spacing=(0, 120)) for text in ctx.paragraph(key)]
    out.append(text_para(ctx.org, ind={"left": SIGN_INDENT}, jc="center", spacing=(cm(0.8), 0)))
    if ctx.settings.announced_date:
        out.append(
            text_para(ctx.date(ctx.settings.announced_date, "month_year"), ind={"left": SIGN_INDENT}, jc="center")
        )
    w.add(*out)


def contents(w: Writer) -> None:
    """สารบัญ: the title, a "เรื่อง … หน้า" line, then the TOC field (filled in once all headings exist)."""
    ctx = w.ctx
    w.add(
        text_para(
            ctx.msg("doc.toc.title"),
            props=rpr(bold=True, size=20),
            jc="center",
            page_break_before=True,
            spacing=(0, 240),
        ),
        para(run(ctx.msg("doc.toc.topic")) + "<w:r><w:tab/></w:r>" + run(ctx.msg("doc.toc.page")), styles.TOC_HEAD),
    )
    w.toc_placeholder()
