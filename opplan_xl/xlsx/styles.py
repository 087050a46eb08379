"""How our workbooks look: TH Sarabun New throughout, the few fonts, fills and borders, and the status colours.

openpyxl is imported inside functions: the ribbon's buttons and ``opplan validate`` import the modules around this
one and must stay light.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from .formulas import str_literal

if TYPE_CHECKING:  # pragma: no cover
    from openpyxl.worksheet.worksheet import Worksheet

__all__ = [
    "DEFAULT_ROW_HEIGHT",
    "FONT_NAME",
    "FONT_SIZE",
    "GREEN",
    "HEADING_FILL",
    "RED",
    "TITLE_SIZE",
    "TOTAL_FILL",
    "YELLOW",
    "Styles",
    "colour_when_equal",
    "wrapped_height",
]

FONT_NAME = "TH Sarabun New"
FONT_SIZE = 14
TITLE_SIZE = 16
DEFAULT_ROW_HEIGHT = 21  # points: one line of TH Sarabun New 14 (Excel still fits rows with wrapped text)

# (fill, font colour): Excel's own "light red fill with dark red text" and friends
RED = ("FFC7CE", "9C0006")
YELLOW = ("FFEB9C", "9C5700")
GREEN = ("C6EFCE", "006100")
HEADING_FILL = "DDEBF7"
TOTAL_FILL = "F2F2F2"


class Styles:
    """The few styles the builders use, created once per workbook."""

    def __init__(self) -> None:
        from openpyxl.styles import Alignment, Font, PatternFill

        self.base = Font(name=FONT_NAME, sz=FONT_SIZE, family=2)
        self.bold = Font(name=FONT_NAME, sz=FONT_SIZE, family=2, b=True)
        self.title = Font(name=FONT_NAME, sz=TITLE_SIZE, family=2, b=True)
        self.wrap = Alignment(wrap_text=True, vertical="top")
        self.centre = Alignment(horizontal="center", vertical="top")
        self.centre_wrap = Alignment(horizontal="center", vertical="center", wrap_text=True)
        self.right = Alignment(horizontal="right")
        self.top = Alignment(vertical="top")
        self.across = Alignment(horizontal="centerContinuous")
        self.heading_fill = PatternFill("solid", fgColor=HEADING_FILL)


def wrapped_height(text: str, chars_per_line: int) -> int:
    """The height of a row whose wrapped ``text`` takes ``chars_per_line`` characters a line (Thai marks above and
    below take none): our rows have a fixed default height, and Excel does not fit rows when it opens a file."""
    from ..thai import display_width

    return DEFAULT_ROW_HEIGHT * max(1, -(-display_width(text) // chars_per_line))


def colour_when_equal(ws: Worksheet, ref: str, colours: Iterable[tuple[str, tuple[str, str]]]) -> None:
    """Conditional formatting on ``ref``: a cell that equals one of the texts gets its (fill, font colour)."""
    from openpyxl.formatting.rule import CellIsRule
    from openpyxl.styles import Font, PatternFill

    for text, (fill, font) in colours:
        ws.conditional_formatting.add(
            ref,
            CellIsRule(
                operator="equal",
                formula=[str_literal(text)],
                fill=PatternFill("solid", fgColor=fill, bgColor=fill),
                font=Font(color=font),
            ),
        )
