"""The monitoring report's pictures as PNG bytes (matplotlib, Agg), for the document.

- :func:`budget_share_png`: the budget share of each ยุทธศาสตร์ — horizontal bars with the percentage and the
  amount beside each: five to ten long Thai names read better down the side of a bar chart than around a pie.
- :func:`months_png`: cumulative budget planned (each item's budget spread over its months) against cumulative
  disbursement, by fiscal month ต.ค. … ก.ย.; disbursement only up to the report date.
- :func:`agency_status_png`: the number of items of each หน่วยงาน stacked by status (the five classes).

Text comes from the catalogue (``messages/report.py``, ``doc.report.chart.*``), digits follow the plan's setting.
The Thai font is found on the system (:func:`thai_font`): TH Sarabun New when installed, else the document's
stand-in (``document/fonts.py``, Laksaman scaled to TH Sarabun New's size), else any Thai TrueType font whose
character map has Thai letters. Without one, :func:`thai_font` returns ``None`` and the caller leaves the charts
out with a notice (never boxes in place of letters). The PNGs carry no date or software version: the same report
gives the same bytes. matplotlib is imported inside the functions.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from .. import messages, schema
from ..thai import format_amount, format_number_text, to_thai_digits

if TYPE_CHECKING:
    from .report import ProgressReport

DPI = 200
WIDTH_IN = 9.0  # the charts are placed ~16 cm wide on a portrait page
THAI_PROBE = "กขคมยรลวสอ่้ิีุู"  # letters, tone marks and vowels a font must have
FALLBACK_FAMILIES = ("Laksaman", "Sarabun", "Garuda", "Loma", "Norasi", "Kinnari", "Waree", "Umpush", "Sawasdee")
# One colour per status (schema.PROGRESS_STATUSES order): not started, in progress, done, cancelled, carried over.
STATUS_COLOURS = ("#BDBDBD", "#F2B33D", "#3C8D5A", "#C0504D", "#5B7DB1")
PLANNED_COLOUR = "#7F7F7F"
PAID_COLOUR = "#1F5FA8"
BAR_COLOUR = "#1F5FA8"


@dataclass(frozen=True)
class ChartFont:
    """A Thai font for the charts: its regular (and bold) file, and the size factor of its design (TH Sarabun
    New and its stand-in are drawn small in their em: their text needs larger point sizes)."""

    regular: Path
    bold: Path
    family: str
    scale: float  # point sizes are multiplied by this


def has_thai(path: Path) -> bool:
    """Whether the font file's character map covers :data:`THAI_PROBE` (so no box is drawn for a Thai letter)."""
    try:
        from fontTools.ttLib import TTFont

        with TTFont(str(path), fontNumber=0, lazy=True) as font:
            cmap = font.getBestCmap() or {}
    except Exception:  # not a font fontTools can read
        return False
    return all(ord(c) in cmap for c in THAI_PROBE)


@cache
def thai_font() -> ChartFont | None:
    """The Thai font of the charts, or None when the system has none (see the module docstring)."""
    from matplotlib import font_manager

    entries = [f for f in font_manager.fontManager.ttflist if f.fname.lower().endswith((".ttf", ".otf"))]

    def files(family: str) -> tuple[Path, Path] | None:
        mine = [f for f in entries if f.name.replace(" ", "").casefold() == family.replace(" ", "").casefold()]
        upright = [f for f in mine if f.style == "normal"]
        regular = next((f for f in upright if f.weight in (400, "normal", "regular")), None) or next(
            iter(upright), None
        )
        if regular is None or not has_thai(Path(regular.fname)):
            return None
        bold = next((f for f in upright if f.weight in (700, "bold")), regular)
        return Path(regular.fname), Path(bold.fname)

    for family in ("TH Sarabun New", "TH SarabunPSK"):
        found = files(family)
        if found:
            return ChartFont(*found, family, 1.0)
    stand_in = _stand_in()
    if stand_in is not None:
        return stand_in
    for family in FALLBACK_FAMILIES:
        found = files(family)
        if found:
            return ChartFont(*found, family, 0.7)
    for f in sorted(entries, key=lambda e: e.fname):
        if f.style == "normal" and has_thai(Path(f.fname)):
            return ChartFont(Path(f.fname), Path(f.fname), f.name, 0.7)
    return None


def _stand_in() -> ChartFont | None:
    """The document's scaled Laksaman (built once into the user's cache by ``document/fonts.py``)."""
    from ..document import fonts

    try:
        sources = fonts.source_fonts()
        if "Regular" not in sources:
            return None
        folder, _built = fonts.build(sources, fonts.scale_factor(), fonts.cache_root())
    except Exception:  # no cache folder, a font fontTools cannot read: the next choice
        return None
    regular = folder / f"{fonts.POSTSCRIPT}-Regular.ttf"
    bold = folder / f"{fonts.POSTSCRIPT}-Bold.ttf"
    if not regular.exists() or not has_thai(regular):
        return None
    return ChartFont(regular, bold if bold.exists() else regular, fonts.FAMILY, 1.0)


# --------------------------------------------------------------------------------------------------
# Shared drawing
# --------------------------------------------------------------------------------------------------


class _Canvas:
    """A figure with the Thai font and the report's digits."""

    def __init__(self, report: ProgressReport, font: ChartFont, height_in: float) -> None:
        import matplotlib

        matplotlib.use("Agg", force=False)
        from matplotlib import font_manager
        from matplotlib.figure import Figure

        self.thai_digits = report.view.settings.thai_digits
        self.font = font
        self.fm = font_manager
        self.fig = Figure(figsize=(WIDTH_IN, height_in), dpi=DPI)
        self.ax = self.fig.add_subplot()
        for side in ("top", "right"):
            self.ax.spines[side].set_visible(False)

    def props(self, size: float, *, bold: bool = False):
        path = self.font.bold if bold else self.font.regular
        return self.fm.FontProperties(fname=str(path), size=size * self.font.scale)

    def msg(self, key: str, **values: object) -> str:
        return format_number_text(messages.text(key, **values), self.thai_digits)

    def digits(self, text: str) -> str:
        return to_thai_digits(text) if self.thai_digits else text

    def amount(self, value: Decimal) -> str:
        return format_amount(value, thai_digits=self.thai_digits)

    def ticks(self, size: float = 15) -> None:
        for label in (*self.ax.get_xticklabels(), *self.ax.get_yticklabels()):
            label.set_fontproperties(self.props(size))

    def title(self, key: str, **values: object) -> None:
        self.ax.set_title(self.msg(key, **values), fontproperties=self.props(20, bold=True), loc="left", pad=12)

    def png(self) -> bytes:
        buf = io.BytesIO()
        # no "Software" text chunk, no date: the same report gives the same bytes
        self.fig.savefig(buf, format="png", dpi=DPI, metadata={"Software": None}, bbox_inches="tight", pad_inches=0.1)
        return buf.getvalue()


def _millions(c: _Canvas):
    """Tick labels in millions of baht ("๑๒.๕") for an axis of amounts."""
    from matplotlib.ticker import FuncFormatter

    def fmt(value: float, _pos: int) -> str:
        text = f"{value / 1_000_000:,.1f}".rstrip("0").rstrip(".") if value else "0"
        return c.digits(text)

    return FuncFormatter(fmt)


def _wrap(text: str, limit: int) -> str:
    """A long name on two lines at a space or, failing that, left whole (Thai has no spaces between words)."""
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit + 1)
    if cut <= 0:
        return text
    return f"{text[:cut]}\n{text[cut + 1 :]}"


def _strategy_name(text: str, word: str) -> str:
    """The strategy's name without the leading word "ยุทธศาสตร์" that every bar would repeat."""
    stripped = text[len(word) :].strip() if text.startswith(word) and len(text) > len(word) else text
    return stripped or text


# --------------------------------------------------------------------------------------------------
# The charts
# --------------------------------------------------------------------------------------------------


def budget_share_png(report: ProgressReport, font: ChartFont | None = None, *, title: bool = True) -> bytes | None:
    """Budget share by ยุทธศาสตร์ as horizontal bars with "43.95% (14,460,418.72 บาท)" beside each; None
    without a Thai font or without strategies."""
    font = font or thai_font()
    if font is None or not report.budget_share:
        return None
    shares = report.budget_share
    c = _Canvas(report, font, 1.4 + 0.62 * len(shares))
    word = messages.text("doc.report.chart.strategy_word")
    names = [
        c.digits(f"{i}. ") + format_number_text(_strategy_name(label, word), c.thai_digits)
        for i, (label, _b, _p) in enumerate(shares, 1)
    ]
    values = [float(pct) for _l, _b, pct in shares]
    positions = list(range(len(shares)))[::-1]  # the first strategy on top
    c.ax.barh(positions, values, color=BAR_COLOUR, height=0.6)
    c.ax.set_yticks(positions, names)
    c.ax.set_xlim(0, max([*values, 1.0]) * 1.45)
    c.ax.xaxis.set_visible(False)
    c.ax.spines["bottom"].set_visible(False)
    for y, (_label, budget, pct) in zip(positions, shares, strict=True):
        text = c.msg("doc.report.chart.share_value", pct=f"{pct:.2f}", amount=c.amount(budget))
        c.ax.text(float(pct), y, "  " + text, va="center", ha="left", fontproperties=c.props(15))
    if title:  # a document with a caption leaves it out
        c.title("doc.report.chart.share_title")
    c.ticks(16)
    return c.png()


def months_png(report: ProgressReport, font: ChartFont | None = None, *, title: bool = True) -> bytes | None:
    """Cumulative planned budget against cumulative disbursement by fiscal month (ต.ค. … ก.ย.); disbursement
    is drawn only for months up to the report date. None without a Thai font or a fiscal year."""
    font = font or thai_font()
    if font is None or not report.by_month:
        return None
    c = _Canvas(report, font, 4.6)
    flows = report.by_month
    x = list(range(len(flows)))
    labels = [schema.MONTH_SHORT[f.month] for f in flows]
    planned = [float(f.planned_total) for f in flows]
    shown = [i for i, f in enumerate(flows) if (f.year, f.month) <= (report.as_of.year, report.as_of.month)]
    paid = [float(flows[i].disbursed_total) for i in shown]
    c.ax.plot(x, planned, color=PLANNED_COLOUR, linewidth=2.2, linestyle="--", marker="o", markersize=4)
    c.ax.plot(shown, paid, color=PAID_COLOUR, linewidth=2.8, marker="o", markersize=5)
    c.ax.fill_between(shown, paid, color=PAID_COLOUR, alpha=0.12)
    c.ax.set_xticks(x, labels)
    c.ax.set_xlim(-0.3, len(flows) - 0.7)
    c.ax.set_ylim(0, max([*planned, *paid, 1.0]) * 1.12)
    c.ax.yaxis.set_major_formatter(_millions(c))
    c.ax.grid(axis="y", color="#DDDDDD", linewidth=0.8)
    c.ax.set_axisbelow(True)
    if shown:  # the last disbursed figure, where the line ends
        last = shown[-1]
        c.ax.annotate(
            c.amount(flows[last].disbursed_total),
            (last, paid[-1]),
            xytext=(10 if last == 0 else -10, -8),  # below the line's end: the plan's line runs above it
            textcoords="offset points",
            ha="left" if last == 0 else "right",
            va="top",
            fontproperties=c.props(14, bold=True),
            color=PAID_COLOUR,
        )
    handles = c.ax.get_lines()
    c.ax.legend(
        handles,
        [c.msg("doc.report.chart.planned"), c.msg("doc.report.chart.disbursed")],
        prop=c.props(15),
        loc="upper left",
        frameon=False,
    )
    fy = c.digits(str(report.fiscal_year)) if report.fiscal_year else ""
    if title:
        c.title("doc.report.chart.months_title", fy=fy)
    c.ticks(15)
    return c.png()


def agency_status_png(report: ProgressReport, font: ChartFont | None = None, *, title: bool = True) -> bytes | None:
    """The items of each หน่วยงาน stacked by status (horizontal bars, the counts in the bars); None without a
    Thai font or without agencies."""
    font = font or thai_font()
    if font is None or not report.by_agency:
        return None
    from matplotlib.ticker import FuncFormatter, MaxNLocator
    from matplotlib.transforms import ScaledTranslation

    groups = report.by_agency
    c = _Canvas(report, font, 1.9 + 0.5 * len(groups))
    positions = list(range(len(groups)))[::-1]
    names = [
        format_number_text(_wrap(g.label or messages.text("doc.report.no_agency"), 30), c.thai_digits) for g in groups
    ]
    left = [0.0] * len(groups)
    most = max([g.items for g in groups] + [1])
    for k, status in enumerate(schema.PROGRESS_STATUSES):
        counts = [g.count(status).items for g in groups]
        c.ax.barh(positions, counts, left=left, height=0.62, color=STATUS_COLOURS[k], label=status)
        for y, start, n in zip(positions, left, counts, strict=True):
            if n and n >= most * 0.035:
                colour = "white" if k in (2, 3, 4) else "black"
                c.ax.text(
                    start + n / 2,
                    y,
                    c.digits(str(n)),
                    ha="center",
                    va="center",
                    color=colour,
                    fontproperties=c.props(13),
                )
        left = [a + b for a, b in zip(left, counts, strict=True)]
    for y, total in zip(positions, left, strict=True):
        c.ax.text(
            total, y, "  " + c.digits(str(int(total))), va="center", ha="left", fontproperties=c.props(14, bold=True)
        )
    c.ax.set_yticks(positions, names)
    c.ax.set_xlim(0, most * 1.12)
    c.ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    c.ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _p: c.digits(f"{v:.0f}")))
    c.ax.set_xlabel(c.msg("doc.report.chart.items"), fontproperties=c.props(16))
    # the legend under the axis label, a fixed distance below the axes whatever their height
    below = ScaledTranslation(0, -0.62, c.fig.dpi_scale_trans)
    c.ax.legend(
        prop=c.props(14),
        loc="upper center",
        bbox_to_anchor=(0.5, 0),
        bbox_transform=c.ax.transAxes + below,
        ncol=3,
        frameon=False,
    )
    if title:
        c.title("doc.report.chart.agency_title")
    c.ticks(15)
    return c.png()
