"""The forms of ส่วนที่ ๒: แบบ ผด.01 (summary), ผด.02 (projects), ผด.02/1 (equipment).

Each form is one continuous landscape table, as real plans are printed: only the column headers are
header rows (repeated at the top of every page), the group headings (ก., ข., ยุทธศาสตร์, กลยุทธ์, แผนงาน;
or ประเภทครุภัณฑ์, แผนงาน) are rows in the flow, and no row splits across pages. A heading row is kept
with the row after it (its paragraphs are "keep with next"), so a heading never ends a page; the last
row of a group is kept with its "รวม" row, so a subtotal never stands alone at the top of a page.
ผด.01 is printed from the roll-up (``rollup.py``); ผด.02 walks the roll-up's (ยุทธศาสตร์, แผนงาน) pairs
in the same order, so its numbering and subtotals match ผด.01.

The builders are functions of a :class:`Writer` whose context holds the plan (``ctx.plan``) and its
roll-up: a document built on a view of a plan (an amendment's projects) gets the same layout.

Column headers are broken into lines where the catalogue says (:meth:`Context.header`); place and
agency cells break only between names in the renderer's copy (:meth:`Context.names`, ``breaks.py``).

The project and equipment rows are the bulk of the document (18 cells each): they are made from
per-column XML templates, and the 12-month grid from a cache keyed by the months a row runs in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal

from .. import schema
from ..rollup import StrategyTotal
from . import styles
from .context import Context
from .writer import LANDSCAPE, Writer
from .xml import TBL_CLOSE, TR_CLOSE, TR_OPEN, cm, para, rpr, run, run_content, tbl_open, tc, tc_open, text_para, tr

BAR_FILL = "7F7F7F"  # months a project runs: a dark bar across the grid
HEAD_FILL = "E7E6E6"
GROUP_FILL = "F2F2F2"
TOTAL_FILL = "E7E6E6"
ZERO = Decimal("0.00")

N_MONTHS = len(schema.FISCAL_MONTHS)
KEEP = "<w:keepNext/>"


def _widths(fixed_cm: Sequence[float], months: int = 0) -> tuple[int, ...]:
    """Column widths in twips filling the landscape text width; the months share what is left."""
    total = LANDSCAPE.text_width
    fixed = [cm(x) for x in fixed_cm]
    if not months:
        scale = total / sum(fixed)
        fixed = [round(x * scale) for x in fixed]
        fixed[-1] += total - sum(fixed)
        return tuple(fixed)
    month = (total - sum(fixed)) // months
    fixed[1] += total - sum(fixed) - month * months  # the remainder goes to the name column
    return (*fixed, *([month] * months))


SUMMARY_WIDTHS = _widths((9.2, 2.6, 2.9, 3.4, 2.9, 5.6))
# ที่ (room for ๙๙๙), name, detail, budget (room for ๑๒๓,๔๕๖,๗๘๙.๐๐ in bold), place, agency; months ≈ 0.72 cm each.
LIST_WIDTHS = _widths((0.9, 4.3, 4.9, 2.9, 2.6, 2.5), N_MONTHS)
MONTH_HEAD_PT = 13  # "เม.ย." fits a month column at 13 pt with no cell margin
LIST_FIXED = 6  # columns before the month grid
SUMMARY_MARGIN = 57  # left and right cell margins (twips) of ผด.01
LIST_MARGIN = 40  # … and of ผด.02 / ผด.02/1

# Numbers never wrap inside a cell. The columns are wide enough for the usual numbers at the table
# size: ๑๒๓,๔๕๖,๗๘๙.๐๐ (2.71 cm in TH Sarabun New 14 pt bold) in the budget columns, ๙๙๙ in ที่; a
# longer one (a billion baht, a thousandth project) is set smaller so that it still fits. Number cells
# also carry w:noWrap, which Word honours in autofit tables (ours are fixed; LibreOffice ignores it).
# Advance widths in em of TH Sarabun New's bold digits and separators (the regular ones are a little
# narrower); tests/test_document_pdf.py checks them against the font.
_NUMBER_EM = {**dict.fromkeys("๐๑๒๓๔๕๖๗๘๙", 0.453), **dict.fromkeys("0123456789", 0.376), ",": 0.171, ".": 0.171}
_OTHER_EM = 0.6  # anything else ("-", a space): wider than any of those


def number_width(text: str, size: float = styles.TABLE_PT) -> float:
    """The width of a number in twips at ``size`` points (bold, so an upper bound for regular text)."""
    return sum(_NUMBER_EM.get(c, _OTHER_EM) for c in text) * size * 20


def fit_props(text: str, room: int) -> str:
    """Run properties that keep a number within ``room`` twips on one line: none when it fits at the
    table size, else a smaller size (by half points, at least 8 pt)."""
    width = number_width(text)
    if width <= room:
        return ""
    return rpr(size=max(8.0, int(2 * styles.TABLE_PT * room / width) / 2))


def _cell(text: str, width: int, style: str = styles.T_TEXT, *, keep: bool = False, **kwargs) -> str:
    """A cell of one paragraph; ``keep``: the row stays on the page of the row after it."""
    return tc(para(run(text) if text else "", style, keep_next=keep), width, **kwargs)


def _num(text: str, width: int, style: str, *, margin: int, keep: bool = False, **kwargs) -> str:
    """A cell holding a number (count, percentage or amount) that is never wrapped."""
    props = fit_props(text, width - 2 * margin)
    return tc(para(run(text, props) if text else "", style, keep_next=keep), width, nowrap=True, **kwargs)


def _title_block(w: Writer, key: str) -> None:
    """The form title (listed in the contents with the form's code, as on its pages: "… (แบบ ผด.01)"), the
    plan's title and the organisation, centred."""
    ctx = w.ctx
    code = ctx.msg("doc.toc.form_code", code=schema.FORM_CODES[key])
    w.add(
        w.heading(ctx.user(ctx.settings.form_title(key)), 2, style=styles.FORM_TITLE, addition=code),
        text_para(ctx.plan_title, styles.FORM_SUB),
        text_para(ctx.org_line, styles.FORM_SUB, spacing=(0, 120)),
    )


def form_header(code: str) -> str:
    """The page header of a form section: its code, top right, on every page."""
    return text_para(code, styles.FORM_CODE)


def _labelled(ctx: Context, word_key: str, text: str, *, space: bool = True) -> str:
    """ "ยุทธศาสตร์" + name unless the name already starts with the word (no space before "ที่ …")."""
    word = ctx.msg(word_key)
    if text.startswith(word):
        return text
    if not space or text.startswith(ctx.msg("doc.form.ordinal_word")):
        return f"{word}{text}"
    return f"{word} {text}"


def _number(code: str, position: int) -> str:
    """A strategy's number in the forms: its code when it is a number, else its position."""
    code = code.strip()
    return code if code.isdigit() else str(position)


def strategy_label(ctx: Context, s: StrategyTotal, position: int) -> str:
    """ "๑. ยุทธศาสตร์การพัฒนาโครงสร้างพื้นฐาน" (as in ผด.01 and ผด.02)."""
    if s.strategy_name:
        name = _labelled(ctx, "doc.form.strategy_word", ctx.user(s.strategy_name), space=False)
    elif s.strategy:
        name = ctx.msg("doc.form.strategy_code", code=ctx.user(s.strategy))
    else:
        name = ctx.msg("doc.form.no_strategy")
    return ctx.msg("doc.form.strategy", n=ctx.number(_number(s.strategy, position)), name=name)


def area_label(ctx: Context, number: str, area: str) -> str:
    """ "๑.๑ แผนงานเคหะและชุมชน"."""
    return ctx.msg("doc.form.area", n=ctx.number(number), name=ctx.user(area) or ctx.msg("doc.form.no_area"))


# --------------------------------------------------------------------------------------------------
# แบบ ผด.01
# --------------------------------------------------------------------------------------------------


def summary(w: Writer) -> None:
    """แบบ ผด.01: strategy headings, แผนงาน rows, a รวม row per strategy, รวมทั้งสิ้น."""
    ctx = w.ctx
    r = ctx.rollup
    wd = SUMMARY_WIDTHS
    _title_block(w, "summary")
    head = "".join(
        _cell(ctx.header(h), wd[i], styles.T_HEAD, fill=HEAD_FILL, valign="center")
        for i, h in enumerate(schema.SUMMARY_HEADERS)
    )
    rows = [tbl_open(wd, cell_margin=SUMMARY_MARGIN), tr(head, header=True)]
    agency_room = wd[5] - 2 * SUMMARY_MARGIN
    for pos, s in enumerate(r.strategies, 1):
        rows.append(tr(_cell(strategy_label(ctx, s, pos), sum(wd), styles.T_GROUP, span=6, fill=GROUP_FILL)))
        number = _number(s.strategy, pos)
        for m, row in enumerate(s.rows, 1):
            k = m == len(s.rows)  # the last แผนงาน stays with the strategy's รวม
            cells = (
                _cell(area_label(ctx, f"{number}.{m}", row.plan_area), wd[0], keep=k)
                + _num(ctx.count(row.projects), wd[1], styles.T_CENTER, margin=SUMMARY_MARGIN, keep=k)
                + _num(ctx.percent(row.projects_pct), wd[2], styles.T_CENTER, margin=SUMMARY_MARGIN, keep=k)
                + _num(ctx.amount(row.budget), wd[3], styles.T_NUM, margin=SUMMARY_MARGIN, keep=k)
                + _num(ctx.percent(row.budget_pct), wd[4], styles.T_CENTER, margin=SUMMARY_MARGIN, keep=k)
                + _cell(ctx.names(", ".join(ctx.user(a) for a in row.agencies), agency_room), wd[5], keep=k)
            )
            rows.append(tr(cells))
        k = pos == len(r.strategies)  # the last รวม stays with รวมทั้งสิ้น
        rows.append(
            tr(
                _cell(ctx.msg("doc.form.total"), wd[0], styles.T_TOTAL, keep=k)
                + _num(ctx.count(s.projects), wd[1], styles.T_TOTAL, margin=SUMMARY_MARGIN, keep=k)
                + _num(ctx.percent(s.projects_pct), wd[2], styles.T_TOTAL, margin=SUMMARY_MARGIN, keep=k)
                + _num(ctx.amount(s.budget), wd[3], styles.T_TOTAL_NUM, margin=SUMMARY_MARGIN, keep=k)
                + _num(ctx.percent(s.budget_pct), wd[4], styles.T_TOTAL, margin=SUMMARY_MARGIN, keep=k)
                + _cell("", wd[5], keep=k)
            )
        )
    rows.append(
        tr(
            _cell(ctx.msg("doc.form.grand_total"), wd[0], styles.T_TOTAL, fill=TOTAL_FILL)
            + _num(ctx.count(r.total_projects), wd[1], styles.T_TOTAL, margin=SUMMARY_MARGIN, fill=TOTAL_FILL)
            + _num(ctx.percent(r.total_projects_pct), wd[2], styles.T_TOTAL, margin=SUMMARY_MARGIN, fill=TOTAL_FILL)
            + _num(ctx.amount(r.total_budget), wd[3], styles.T_TOTAL_NUM, margin=SUMMARY_MARGIN, fill=TOTAL_FILL)
            + _num(ctx.percent(r.total_budget_pct), wd[4], styles.T_TOTAL, margin=SUMMARY_MARGIN, fill=TOTAL_FILL)
            + _cell("", wd[5], fill=TOTAL_FILL)
        )
    )
    rows.extend(_own_and_other(ctx))
    rows.append(TBL_CLOSE)
    w.add(*rows)


def _own_and_other(ctx: Context) -> list[str]:
    """Under รวมทั้งสิ้น, as real plans show it: how much is the อปท.'s own money and how much other agencies'
    (only when the plan holds other agencies' projects)."""
    split = ctx.rollup.own_vs_other
    if not split.other.projects:
        return []
    wd = SUMMARY_WIDTHS
    return [
        tr(
            _cell(ctx.msg(key), wd[0])
            + _num(ctx.count(g.projects), wd[1], styles.T_CENTER, margin=SUMMARY_MARGIN)
            + _cell("", wd[2])
            + _num(ctx.amount(g.budget), wd[3], styles.T_NUM, margin=SUMMARY_MARGIN)
            + _cell("", wd[4])
            + _cell("", wd[5])
        )
        for key, g in (("doc.form.own_total", split.own), ("doc.form.other_total", split.other))
    ]


# --------------------------------------------------------------------------------------------------
# ผด.02 and ผด.02/1: the list tables with the month grid
# --------------------------------------------------------------------------------------------------


class ListTable:
    """Row builder for an 18-column list (ที่, name, detail, budget, place, agency, 12 months)."""

    def __init__(self, ctx: Context, headers: Sequence[str]) -> None:
        self.ctx = ctx
        self.headers = headers
        wd = LIST_WIDTHS
        self.total_width = sum(wd)
        styles_ = (styles.T_CENTER, styles.T_TEXT, styles.T_TEXT, styles.T_NUM, styles.T_TEXT, styles.T_TEXT)
        numbers = (0, 3)  # ที่ and the budget: never wrapped
        self._room_no, self._room_budget, self._room_place, self._room_agency = (
            wd[i] - 2 * LIST_MARGIN for i in (*numbers, 4, 5)
        )
        # the opening of each fixed cell up to its run: [plain, kept with the next row]
        self._open = [
            [
                f'{tc_open(wd[i], nowrap=i in numbers)}<w:p><w:pPr><w:pStyle w:val="{st}"/>{keep}</w:pPr><w:r>'
                for keep in ("", KEEP)
            ]
            for i, st in enumerate(styles_)
        ]
        self._month_w = wd[LIST_FIXED]
        self._grid: dict[tuple[tuple[int, ...], bool], str] = {}

    def months(self, months: tuple[int, ...], keep: bool = False) -> str:
        """The 12 month cells, shaded where the line runs, a run of shaded months one bar without lines
        between its months (cached: plans have few distinct patterns)."""
        grid = self._grid.get((months, keep))
        if grid is None:
            on = [m in set(months) for m in schema.FISCAL_MONTHS]
            p = f'<w:p><w:pPr><w:pStyle w:val="{styles.T_CENTER}"/>{KEEP if keep else ""}</w:pPr></w:p></w:tc>'
            cells = []
            for i, shaded in enumerate(on):
                if not shaded:
                    cells.append(tc_open(self._month_w) + p)
                    continue
                joined = (("left",) if i and on[i - 1] else ()) + (("right",) if i + 1 < N_MONTHS and on[i + 1] else ())
                cells.append(tc_open(self._month_w, fill=BAR_FILL, no_borders=joined) + p)
            grid = self._grid[(months, keep)] = "".join(cells)
        return grid

    def row(self, values: tuple[str, str, str, str, str, str], months: tuple[int, ...], *, keep: bool = False) -> str:
        """A project's or item's row: ที่, name, detail, budget, place, agency (place and agency break only
        between names), then the month grid. ``keep``: the row stays on the page of the next one."""
        names = self.ctx.names
        o = [cell[keep] for cell in self._open]
        return (
            f"{TR_OPEN}{o[0]}{fit_props(values[0], self._room_no)}{run_content(values[0])}</w:r></w:p></w:tc>"
            f"{o[1]}{run_content(values[1])}</w:r></w:p></w:tc>"
            f"{o[2]}{run_content(values[2])}</w:r></w:p></w:tc>"
            f"{o[3]}{fit_props(values[3], self._room_budget)}{run_content(values[3])}</w:r></w:p></w:tc>"
            f"{o[4]}{run_content(names(values[4], self._room_place))}</w:r></w:p></w:tc>"
            f"{o[5]}{run_content(names(values[5], self._room_agency))}</w:r></w:p></w:tc>"
            f"{self.months(months, keep)}{TR_CLOSE}"
        )

    def open(self) -> str:
        """The table's opening and its two column-header rows (the column names merged down; the months
        under their two พ.ศ.): the only header rows, repeated at the top of every page."""
        ctx, wd = self.ctx, LIST_WIDTHS
        fy = ctx.settings.fiscal_year
        first = "".join(
            _cell(ctx.header(h), wd[i], styles.T_HEAD, vmerge="restart", fill=HEAD_FILL, valign="center")
            for i, h in enumerate(self.headers)
        )
        calendar_years = ((fy - 1 if fy else None, 3), (fy, N_MONTHS - 3))
        for year, span in calendar_years:
            label = ctx.msg("doc.form.year", year=ctx.year(year))
            first += _cell(label, sum(wd[LIST_FIXED : LIST_FIXED + span]), styles.T_HEAD, span=span, fill=HEAD_FILL)
        second = "".join(
            tc(para("", styles.T_HEAD), wd[i], vmerge="continue", fill=HEAD_FILL) for i in range(LIST_FIXED)
        )
        small = rpr(size=MONTH_HEAD_PT)
        second += "".join(
            tc(
                para(run(ctx.fixed(schema.MONTH_SHORT[m]), small), styles.T_HEAD),
                wd[LIST_FIXED + i],
                fill=HEAD_FILL,
                margin=0,
            )
            for i, m in enumerate(schema.FISCAL_MONTHS)
        )
        return tbl_open(wd, cell_margin=LIST_MARGIN) + tr(first, header=True) + tr(second, header=True)

    def group(self, text: str, *, fill: str | None = None, keep: bool = True) -> str:
        """A row across the whole table: a heading (kept with the row after it) or a note."""
        style = styles.T_GROUP if keep else styles.T_TEXT
        cell = tc(para(run(text), style), self.total_width, span=LIST_FIXED + N_MONTHS, fill=fill)
        return tr(cell)

    def total(self, label: str, budget: Decimal, *, fill: str | None = None, keep: bool = False) -> str:
        """A "รวม" row: the label across ที่/name/detail, the budget, then an empty cell to the end."""
        wd = LIST_WIDTHS
        return tr(
            _cell(label, sum(wd[:3]), styles.T_TOTAL, span=3, fill=fill, keep=keep)
            + _num(self.ctx.amount(budget), wd[3], styles.T_TOTAL_NUM, margin=LIST_MARGIN, fill=fill, keep=keep)
            + _cell("", sum(wd[4:]), span=2 + N_MONTHS, fill=fill, keep=keep)
        )


def _list_headers(table: schema.Table, keys: tuple[str, ...], no_label: str) -> list[str]:
    return [no_label, *(table.column(k).header for k in keys)]


def _sum(lines: Iterable) -> Decimal:
    return sum((x.budget for x in lines if x.budget is not None), ZERO)


def projects(w: Writer) -> None:
    """แบบ ผด.02: ก./ข./ยุทธศาสตร์/กลยุทธ์/แผนงาน headings, projects numbered per แผนงาน, รวม per แผนงาน."""
    ctx = w.ctx
    plan, r = ctx.plan, ctx.rollup
    _title_block(w, "projects")
    headers = _list_headers(
        schema.PROJECTS, ("name", "activity", "budget", "location", "agency"), ctx.msg("doc.form.no")
    )
    t = ListTable(ctx, headers)
    groups: dict[tuple[str, str], list] = {}
    for p in plan.projects:
        groups.setdefault(((p.strategy or "").strip(), (p.plan_area or "").strip()), []).append(p)

    out = [t.open()]
    user, amount, count = ctx.user, ctx.amount, ctx.count
    for pos, s in enumerate(r.strategies, 1):
        info = plan.strategy_by_code.get(s.strategy)
        province = (info.province_strategy or "").strip() if info else ""
        local = (info.local_strategy or "").strip() if info else ""
        tactic = (info.tactic or "").strip() if info else ""
        # the headings of the strategy, once, above its first แผนงาน
        if province:
            label = _labelled(ctx, "doc.form.province_strategy_word", user(province))
            out.append(t.group(ctx.msg("doc.form.province_strategy", text=label)))
        if local:
            label = _labelled(ctx, "doc.form.local_strategy_word", user(local))
            out.append(t.group(ctx.msg("doc.form.local_strategy", text=label)))
        out.append(t.group(strategy_label(ctx, s, pos), fill=GROUP_FILL))
        if tactic:
            out.append(t.group(_labelled(ctx, "doc.form.tactic_word", user(tactic))))
        number = _number(s.strategy, pos)
        for m, row in enumerate(s.rows, 1):
            out.append(t.group(area_label(ctx, f"{number}.{m}", row.plan_area)))
            lines = groups.pop((s.strategy, row.plan_area), [])
            last = len(lines)
            for n, p in enumerate(lines, 1):
                values = (
                    count(n),
                    user(p.name),
                    user(p.activity),
                    amount(p.budget),
                    user(p.location),
                    user(p.agency),
                )
                out.append(t.row(values, p.months, keep=n == last))
            label = f"{ctx.msg('doc.form.total')} {ctx.msg('doc.form.projects_count', n=count(len(lines)))}"
            final = pos == len(r.strategies) and m == len(s.rows)
            out.append(t.total(label, _sum(lines), keep=final))
    if groups:  # cannot happen while rollup groups projects the same way; never drop a project silently
        raise AssertionError(f"projects outside the roll-up: {sorted(groups)}")
    if not r.strategies:
        out.append(t.group(ctx.msg("doc.form.no_projects"), keep=False))
    label = f"{ctx.msg('doc.form.grand_total')} {ctx.msg('doc.form.projects_count', n=count(r.total_projects))}"
    out.append(t.total(label, r.total_budget, fill=TOTAL_FILL))
    out.append(TBL_CLOSE)
    w.add(*out)


def _ordered(names: Iterable[str], standard: Sequence[str]) -> list[str]:
    """Standard names in their order, then the others by first appearance, the empty name last."""
    seen = dict.fromkeys(names)
    out = [n for n in standard if n in seen]
    out += [n for n in seen if n and n not in set(standard)]
    if "" in seen:
        out.append("")
    return out


def equipment(w: Writer) -> None:
    """แบบ ผด.02/1: "๑. ประเภท …" headings, "๑.๑ แผนงาน…" under them, items numbered per แผนงาน, รวม per แผนงาน."""
    ctx = w.ctx
    plan, r = ctx.plan, ctx.rollup
    _title_block(w, "equipment")
    headers = _list_headers(
        schema.EQUIPMENT, ("item", "detail", "budget", "location", "agency"), ctx.msg("doc.form.no")
    )
    t = ListTable(ctx, headers)
    by_category: dict[str, dict[str, list]] = {}
    for e in plan.equipment:
        areas = by_category.setdefault((e.category or "").strip(), {})
        areas.setdefault((e.plan_area or "").strip(), []).append(e)
    categories = [c.name for c in r.equipment_total.by_category]
    categories += [c for c in by_category if c not in categories]

    user, amount, count = ctx.user, ctx.amount, ctx.count
    out = [t.open()]
    for pos, category in enumerate(categories, 1):
        areas = by_category.pop(category, {})
        name = user(category) or ctx.msg("doc.form.no_category")
        out.append(t.group(ctx.msg("doc.form.category", n=count(pos), name=name), fill=GROUP_FILL))
        ordered = _ordered(areas, schema.PLAN_AREAS)
        for m, area in enumerate(ordered, 1):
            out.append(t.group(area_label(ctx, f"{pos}.{m}", area)))
            lines = areas[area]
            last = len(lines)
            for n, e in enumerate(lines, 1):
                values = (count(n), user(e.item), user(e.detail), amount(e.budget), user(e.location), user(e.agency))
                out.append(t.row(values, e.months, keep=n == last))
            label = f"{ctx.msg('doc.form.total')} {ctx.msg('doc.form.items_count', n=count(len(lines)))}"
            final = pos == len(categories) and m == len(ordered)
            out.append(t.total(label, _sum(lines), keep=final))
    if not categories:
        out.append(t.group(ctx.msg("doc.form.no_equipment"), keep=False))
    eq = r.equipment_total
    label = f"{ctx.msg('doc.form.grand_total')} {ctx.msg('doc.form.items_count', n=count(eq.items))}"
    out.append(t.total(label, eq.budget, fill=TOTAL_FILL))
    out.append(TBL_CLOSE)
    w.add(*out)


FORMS: tuple[tuple[str, Callable[[Writer], None]], ...] = (
    ("summary", summary),
    ("projects", projects),
    ("equipment", equipment),
)
