"""The monitoring report (O10 six-month, O11 annual, or as at any date) as a .docx, on the document machinery.

Portrait first part: title by round, organisation, date and plan version, overview, the reconciliation line a
reviewer checks against แบบ ผด.01, the O9 publication statement, the charts (``monitoring/charts.py``) with captions.
Landscape part: the tables per ยุทธศาสตร์/แผนงาน and per หน่วยงาน (budget set, counts and amounts by the five
status classes, disbursed, % disbursed, totals), the project list, ปัญหา อุปสรรค และข้อเสนอแนะ ("ไม่มี" when none),
and the cancelled / carried-over items for the next amendment or next year's plan.
"""

from __future__ import annotations

import struct
from typing import TYPE_CHECKING

from .. import schema
from ..deadlines import fiscal_year_bounds
from . import forms, styles
from .build import make_context
from .package import DocxPackage, Section
from .writer import LANDSCAPE, PORTRAIT, Writer
from .xml import TBL_CLOSE, cm, field, para, rpr, run, tbl_open, tc, text_para, tr

if TYPE_CHECKING:
    from ..model import Plan
    from ..monitoring.report import Group, Line, ProgressReport

CHART_WIDTH_CM = 16.0
CHART_MAX_HEIGHT_CM = 11.5
MARGIN = 40
# group label, set (count, budget), 5 statuses × (count, budget), disbursed, %
GROUP_WIDTHS = forms._widths((4.2, 1.05, 2.35, *(1.05, 2.1) * 5, 2.35, 1.3))
LINE_WIDTHS = forms._widths((0.9, 7.4, 3.6, 2.6, 3.0, 2.6, 2.5, 2.6, 1.3))
NOTE_WIDTHS = forms._widths((0.9, 8.0, 3.6, 3.7, 10.3))


def _png_size(data: bytes) -> tuple[int, int]:
    return struct.unpack(">II", data[16:24])


def report_title(ctx, report: ProgressReport) -> str:
    """The title by round: O10 (six months), O11 (annual), or "… ณ วันที่ …"."""
    fy = report.fiscal_year
    if report.round == "6m" and fy:
        start = fiscal_year_bounds(fy)[0]
        return ctx.msg(
            "doc.report.title.6m", start=ctx.date(start, "month_year"), end=ctx.date(report.as_of, "month_year")
        )
    if report.round == "12m":
        return ctx.msg("doc.report.title.12m", year=ctx.year(fy))
    return ctx.msg("doc.report.title.other", year=ctx.year(fy), date=ctx.date(report.as_of))


def _versions(ctx, report: ProgressReport) -> str:
    if report.version:
        return ctx.msg("doc.report.versions", k=ctx.count(report.version))
    return ctx.msg("doc.report.first_version")


def reconciliation_lines(ctx, report: ProgressReport) -> list[str]:
    """The line a reviewer checks (and the equipment's), or the warning when the totals do not match."""
    r = report.reconciliation
    form = schema.FORM_CODES["summary"]  # a code: as on the form pages
    if not r.ok:
        return [
            ctx.msg(
                "doc.report.not_reconciled",
                report_projects=ctx.count(r.report_projects),
                report_budget=ctx.amount(r.report_budget),
                report_items=ctx.count(r.report_equipment),
                report_items_budget=ctx.amount(r.report_equipment_budget),
                plan_projects=ctx.count(r.plan_projects),
                plan_budget=ctx.amount(r.plan_budget),
                plan_items=ctx.count(r.plan_equipment),
                plan_items_budget=ctx.amount(r.plan_equipment_budget),
                form=form,
            )
        ]
    out = [
        ctx.msg(
            "doc.report.reconciled",
            projects=ctx.count(r.report_projects),
            budget=ctx.amount(r.report_budget),
            form=form,
            versions=_versions(ctx, report),
        )
    ]
    if r.plan_equipment:
        out.append(
            ctx.msg(
                "doc.report.reconciled_equipment",
                items=ctx.count(r.report_equipment),
                budget=ctx.amount(r.report_equipment_budget),
                form=schema.FORM_CODES["equipment"],
            )
        )
    return out


def _plan_name(ctx) -> str:
    return f"{ctx.msg('doc.plan')} {ctx.fiscal_year_phrase}"


def _equipment_phrase(ctx, report: ProgressReport) -> str:
    e = report.equipment_total
    if not e.items:
        return ""
    return ctx.msg("doc.report.overview_equipment", items=ctx.count(e.items), budget=ctx.amount(e.budget))


def _front(w: Writer, report: ProgressReport, notes: list[str] | None, charts: bool) -> None:
    ctx = w.ctx
    bold = rpr(bold=True)
    total = report.total
    n = {s: ctx.msg("doc.report.n_items", n=ctx.count(total.count(s).items)) for s in schema.PROGRESS_STATUSES}
    out = [
        text_para(report_title(ctx, report), props=rpr(bold=True, size=20), jc="center"),
        text_para(ctx.org_line, props=bold, jc="center"),
        text_para(ctx.msg("doc.report.as_of", date=ctx.date(report.as_of)), jc="center"),
        text_para(
            f"{ctx.msg('doc.report.plan_used', plan=_plan_name(ctx))} {_versions(ctx, report)}",
            jc="center",
            spacing=(0, cm(0.4)),
        ),
        w.heading(ctx.msg("doc.report.h.overview"), 2),
        text_para(
            ctx.msg(
                "doc.report.overview",
                plan=_plan_name(ctx),
                org=ctx.org,
                projects=ctx.count(report.projects_total.items),
                budget=ctx.amount(report.projects_total.budget),
                equipment=_equipment_phrase(ctx, report),
                date=ctx.date(report.as_of),
                done=n[schema.PROGRESS_DONE],
                doing=n[schema.PROGRESS_IN_PROGRESS],
                not_started=n[schema.PROGRESS_NOT_STARTED],
                cancelled=n[schema.PROGRESS_CANCELLED],
                carried=n[schema.PROGRESS_CARRIED],
                disbursed=ctx.amount(total.disbursed),
                pct=ctx.percent(total.disbursed_pct),
            ),
            styles.BODY,
            spacing=(0, 120),
        ),
    ]
    for line in reconciliation_lines(ctx, report):
        out.append(text_para(line, styles.PLAIN, props=bold, spacing=(0, 120)))
    w.add(*out)
    if charts:
        _charts(w, report, notes)


def _charts(w: Writer, report: ProgressReport, notes: list[str] | None) -> None:
    from ..monitoring import charts

    ctx = w.ctx
    font = charts.thai_font()
    if font is None:
        if notes is not None:
            notes.append(ctx.msg("doc.report.no_chart_font"))
        return
    # the captions carry the titles: the pictures leave theirs out
    made = [
        (charts.budget_share_png(report, font, title=False), "doc.report.chart.share_title", {}),
        (
            charts.months_png(report, font, title=False),
            "doc.report.chart.months_title",
            {"fy": ctx.year(report.fiscal_year)},
        ),
        (charts.agency_status_png(report, font, title=False), "doc.report.chart.agency_title", {}),
    ]
    k = 0
    for data, key, values in made:
        if data is None:
            continue
        k += 1
        px = _png_size(data)
        height = min(CHART_WIDTH_CM * px[1] / max(px[0], 1), CHART_MAX_HEIGHT_CM)
        picture = w.pkg.picture(data, "png", "image/png", px, height)
        caption = ctx.msg("doc.report.chart_caption", n=ctx.count(k), title=ctx.msg(key, **values))
        w.add(
            para(picture, jc="center", keep_next=True, spacing=(cm(0.3), 0)),
            text_para(caption, props=rpr(bold=True, size=14), jc="center", spacing=(0, cm(0.3))),
        )


# --------------------------------------------------------------------------------------------------
# Tables
# --------------------------------------------------------------------------------------------------


def _cell(text: str, width: int, style: str = styles.T_TEXT, **kw) -> str:
    return forms._cell(text, width, style, **kw)


def _num(text: str, width: int, style: str = styles.T_NUM, **kw) -> str:
    return forms._num(text, width, style, margin=MARGIN, **kw)


def _group_head(ctx, first: str) -> list[str]:
    wd = GROUP_WIDTHS
    head = styles.T_HEAD
    fill = forms.HEAD_FILL
    row1 = _cell(ctx.msg(first), wd[0], head, fill=fill, vmerge="restart", valign="center")
    row1 += _cell(ctx.msg("doc.report.col.set"), wd[1] + wd[2], head, fill=fill, span=2, valign="center")
    for k in range(len(schema.PROGRESS_STATUSES)):
        i = 3 + 2 * k
        row1 += _cell(ctx.msg(f"doc.report.status.{k}"), wd[i] + wd[i + 1], head, fill=fill, span=2, valign="center")
    row1 += _cell(ctx.msg("doc.report.col.disbursed"), wd[13], head, fill=fill, vmerge="restart", valign="center")
    row1 += _cell(ctx.msg("doc.report.col.pct"), wd[14], head, fill=fill, vmerge="restart", valign="center")
    row2 = _cell("", wd[0], head, fill=fill, vmerge="continue")
    for k in range(6):
        i = 1 + 2 * k
        small = para(run(ctx.msg("doc.report.col.count"), rpr(size=12)), head)  # "จำนวน" on one line
        row2 += tc(small, wd[i], fill=fill)
        row2 += _cell(ctx.msg("doc.report.col.amount"), wd[i + 1], head, fill=fill)
    row2 += _cell("", wd[13], head, fill=fill, vmerge="continue") + _cell(
        "", wd[14], head, fill=fill, vmerge="continue"
    )
    return [tbl_open(wd, cell_margin=MARGIN), tr(row1, header=True), tr(row2, header=True)]


def _group_row(ctx, label: str, g: Group, *, total: bool = False, fill: str | None = None, keep: bool = False) -> str:
    wd = GROUP_WIDTHS
    text_style = styles.T_TOTAL if total else styles.T_TEXT
    num_style = styles.T_TOTAL_NUM if total else styles.T_NUM
    count_style = styles.T_TOTAL if total else styles.T_CENTER
    cells = _cell(label, wd[0], text_style, fill=fill, keep=keep)
    cells += _num(ctx.count(g.items), wd[1], count_style, fill=fill, keep=keep)
    cells += _num(ctx.amount(g.budget), wd[2], num_style, fill=fill, keep=keep)
    for k, c in enumerate(g.by_status):
        i = 3 + 2 * k
        cells += _num(ctx.count(c.items) if c.items else "-", wd[i], count_style, fill=fill, keep=keep)
        cells += _num(ctx.amount(c.budget) if c.items else "-", wd[i + 1], num_style, fill=fill, keep=keep)
    cells += _num(ctx.amount(g.disbursed), wd[13], num_style, fill=fill, keep=keep)
    cells += _num(ctx.percent(g.disbursed_pct), wd[14], count_style, fill=fill, keep=keep)
    return tr(cells)


def _totals(ctx, report: ProgressReport) -> list[str]:
    rows = [_group_row(ctx, ctx.fixed(ctx.msg("doc.report.projects_total")), report.projects_total, total=True)]
    if report.equipment_total.items:
        rows.append(_group_row(ctx, ctx.msg("doc.report.equipment_total"), report.equipment_total, total=True))
    rows.append(_group_row(ctx, ctx.msg("doc.form.grand_total"), report.total, total=True, fill=forms.TOTAL_FILL))
    return rows


def _table_title(w: Writer, heading: str, n: int, title: str) -> None:
    ctx = w.ctx
    w.add(
        w.heading(ctx.msg(heading), 2, style=styles.FORM_TITLE),
        text_para(ctx.msg("doc.report.table", n=ctx.count(n), title=ctx.msg(title)), styles.FORM_SUB),
        text_para(ctx.org_line, styles.FORM_SUB, spacing=(0, 120)),
    )


def _by_strategy(w: Writer, report: ProgressReport) -> None:
    ctx = w.ctx
    _table_title(w, "doc.report.h.strategy", 1, "doc.report.t.strategy")
    rows = _group_head(ctx, "doc.report.col.group")
    strategies = ctx.rollup.strategies
    for pos, s in enumerate(report.by_strategy, 1):
        label = forms.strategy_label(ctx, strategies[pos - 1], pos) if pos <= len(strategies) else ctx.user(s.label)
        rows.append(tr(_cell(label, sum(GROUP_WIDTHS), styles.T_GROUP, span=15, fill=forms.GROUP_FILL)))
        pairs = [p for p in report.by_pair if p.strategy == s.strategy]
        number = forms._number(s.strategy, pos)
        for m, p in enumerate(pairs, 1):
            rows.append(_group_row(ctx, forms.area_label(ctx, f"{number}.{m}", p.plan_area), p, keep=m == len(pairs)))
        rows.append(_group_row(ctx, ctx.msg("doc.form.total"), s, total=True))
    rows += _totals(ctx, report)
    rows.append(TBL_CLOSE)
    w.add(*rows)


def _by_agency(w: Writer, report: ProgressReport) -> None:
    ctx = w.ctx
    _table_title(w, "doc.report.h.agency", 2, "doc.report.t.agency")
    rows = _group_head(ctx, "doc.report.col.agency")
    for g in report.by_agency:
        rows.append(_group_row(ctx, ctx.user(g.label) or ctx.msg("doc.report.no_agency"), g))
    rows.append(_group_row(ctx, ctx.msg("doc.form.grand_total"), report.total, total=True, fill=forms.TOTAL_FILL))
    rows.append(TBL_CLOSE)
    w.add(*rows)


def _lines(w: Writer, report: ProgressReport) -> None:
    ctx = w.ctx
    wd = LINE_WIDTHS
    _table_title(w, "doc.report.h.lines", 3, "doc.report.t.lines")
    keys = ("no", "name", "agency", "budget", "status", "contract", "contract_date", "disbursed", "pct")
    head = "".join(
        _cell(ctx.msg(f"doc.report.col.{k}"), wd[i], styles.T_HEAD, fill=forms.HEAD_FILL, valign="center")
        for i, k in enumerate(keys)
    )
    rows = [tbl_open(wd, cell_margin=MARGIN), tr(head, header=True)]
    strategies = {s.strategy: (pos, s) for pos, s in enumerate(ctx.rollup.strategies, 1)}
    current = None
    n = 0
    for ln in report.lines:
        group = ln.strategy if ln.table == "projects" else "\0equipment"
        if group != current:
            current = group
            if ln.table == "projects" and ln.strategy in strategies:
                pos, s = strategies[ln.strategy]
                label = forms.strategy_label(ctx, s, pos)
            elif ln.table == "projects":
                label = ctx.user(ln.strategy_name or ln.strategy)
            else:
                label = ctx.msg("doc.report.equipment_group")
            rows.append(tr(_cell(label, sum(wd), styles.T_GROUP, span=len(wd), fill=forms.GROUP_FILL)))
            n = 0
        n += 1
        cells = (
            _num(ctx.count(n), wd[0], styles.T_CENTER)
            + _cell(ctx.user(ln.name), wd[1])
            + _cell(ctx.user(ln.agency), wd[2])
            + _num(ctx.amount(ln.budget), wd[3])
            + _cell(ctx.fixed(ln.status), wd[4], styles.T_CENTER)
            + _num(ctx.amount(ln.contract_amount) or "-", wd[5])
            + _cell(ctx.date(ln.contract_date, "short") if ln.contract_date else "-", wd[6], styles.T_CENTER)
            + _num(ctx.amount(ln.disbursed) or "-", wd[7])
            + _num(ctx.percent(ln.disbursed_pct), wd[8], styles.T_CENTER)
        )
        rows.append(tr(cells))
    rows.append(tr(_group_cells_total(ctx, report)))
    rows.append(TBL_CLOSE)
    w.add(*rows)


def _group_cells_total(ctx, report: ProgressReport) -> str:
    wd = LINE_WIDTHS
    t = report.total
    fill = forms.TOTAL_FILL
    return (
        _cell(ctx.msg("doc.form.grand_total"), wd[0] + wd[1] + wd[2], styles.T_TOTAL, span=3, fill=fill)
        + _num(ctx.amount(t.budget), wd[3], styles.T_TOTAL_NUM, fill=fill)
        + _cell("", wd[4], fill=fill)
        + _num(ctx.amount(t.contract), wd[5], styles.T_TOTAL_NUM, fill=fill)
        + _cell("", wd[6], fill=fill)
        + _num(ctx.amount(t.disbursed), wd[7], styles.T_TOTAL_NUM, fill=fill)
        + _num(ctx.percent(t.disbursed_pct), wd[8], styles.T_TOTAL, fill=fill)
    )


def _note_table(w: Writer, heading: str, lines: tuple[Line, ...], last: str, text_of) -> None:
    """A list of lines with a last column (the note, or the follow-up's remark); "ไม่มี" when empty."""
    ctx = w.ctx
    wd = NOTE_WIDTHS
    w.add(w.heading(ctx.msg(heading), 2, style=styles.FORM_TITLE, spacing=(cm(0.4), 120)))
    if not lines:
        w.add(text_para(ctx.msg("doc.report.none"), styles.PLAIN, props=rpr(bold=True), ind={"left": cm(1.0)}))
        return
    keys = ("no", "name", "agency", "status", last)
    head = "".join(
        _cell(ctx.msg(f"doc.report.col.{k}"), wd[i], styles.T_HEAD, fill=forms.HEAD_FILL, valign="center")
        for i, k in enumerate(keys)
    )
    rows = [tbl_open(wd, cell_margin=MARGIN), tr(head, header=True)]
    for n, ln in enumerate(lines, 1):
        rows.append(
            tr(
                _num(ctx.count(n), wd[0], styles.T_CENTER)
                + _cell(ctx.user(ln.name), wd[1])
                + _cell(ctx.user(ln.agency), wd[2])
                + _cell(ctx.fixed(ln.status), wd[3], styles.T_CENTER)
                + _cell(text_of(ln), wd[4])
            )
        )
    rows.append(TBL_CLOSE)
    w.add(*rows)


def _follow_up_remark(ctx, ln: Line) -> str:
    parts = [f"{ctx.msg('doc.report.col.budget').splitlines()[0]} {ctx.amount(ln.budget)}"]
    if ln.cancelled_in is not None:
        parts.append(ctx.msg("doc.report.cancelled_in", k=ctx.count(ln.cancelled_in)))
    if ln.note:
        parts.append(ctx.user(ln.note))
    return " — ".join(parts)


def _publication(w: Writer, report: ProgressReport) -> None:
    ctx = w.ctx
    fy = report.fiscal_year
    start, end = fiscal_year_bounds(fy) if fy else (None, None)
    w.add(
        w.heading(ctx.msg("doc.report.h.publication"), 2, style=styles.FORM_TITLE, spacing=(cm(0.4), 120)),
        text_para(
            ctx.msg(
                "doc.report.publication",
                org=ctx.org,
                plan=_plan_name(ctx),
                versions=_versions(ctx, report),
                projects=ctx.count(report.projects_total.items),
                budget=ctx.amount(report.projects_total.budget),
                equipment=_equipment_phrase(ctx, report),
                start=ctx.date(start, "month_year"),
                end=ctx.date(end, "month_year"),
            ),
            styles.BODY,
        ),
    )


def report_docx_bytes(
    plan: Plan,
    report: ProgressReport,
    *,
    charts: bool = True,
    for_renderer: bool = False,
    notes: list[str] | None = None,
) -> bytes:
    """The monitoring report of ``plan`` (``report = progress_report(plan, as_of)``) as a .docx. ``charts``: with
    the pictures (left out, with a notice in ``notes``, when the system has no Thai font). ``for_renderer``: the
    copy handed to LibreOffice for the PDF (Thai words kept whole, as ``generate`` does)."""
    ctx = make_context(report.view, for_renderer=for_renderer)
    title = report_title(ctx, report)
    pkg = DocxPackage(title=title, author=ctx.org, thai_digits=ctx.thai_digits)
    w = Writer(ctx, pkg)
    page_format = "thaiNumbers" if ctx.thai_digits else None
    footer = pkg.add_footer(para(field("PAGE", ctx.number("1")), styles.FOOTER))
    _front(w, report, notes, charts)
    pkg.end_section(Section(PORTRAIT, footer_id=footer, page_start=1, page_format=page_format))
    _by_strategy(w, report)
    pkg.add(para("", page_break_before=True))
    _by_agency(w, report)
    pkg.add(para("", page_break_before=True))
    _lines(w, report)
    _note_table(w, "doc.report.h.problems", report.problems, "problem", lambda ln: ctx.user(ln.note))
    _note_table(w, "doc.report.h.follow_up", report.follow_up, "remark", lambda ln: _follow_up_remark(ctx, ln))
    if report.follow_up:
        w.add(text_para(ctx.msg("doc.report.follow_up_note"), styles.PLAIN, spacing=(cm(0.2), 0)))
    _publication(w, report)
    w.add(*_signature(w))
    return pkg.to_bytes(Section(LANDSCAPE, footer_id=footer, page_format=page_format))


def _signature(w: Writer) -> list[str]:
    from .front import signature

    ctx = w.ctx
    return [
        text_para(ctx.msg("doc.report.reporter"), ind={"left": cm(14)}, jc="center", spacing=(cm(0.6), 0)),
        *signature(w, ctx.settings.executive_name, ctx.executive_title, blank_lines=2),
    ]


__all__ = ["reconciliation_lines", "report_docx_bytes", "report_title"]
