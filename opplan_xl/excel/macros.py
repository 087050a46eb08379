"""The entry point of the ribbon's VBA: ``RunPython "import opplan_xl.excel.macros as m; m.run('<tag>')"``.

Every button press starts a fresh Python; this module takes the calling workbook and hands off at once
(xlwings' quickstart pattern). Everything heavy is imported by the action that needs it.
"""

from __future__ import annotations

__all__ = ["run"]


def run(action: str) -> None:
    """Run the ribbon action ``action`` on the workbook whose button was pressed."""
    import xlwings as xw

    from .actions import perform
    from .book import LiveBook

    try:
        book = xw.Book.caller()
    except Exception as exc:  # started outside Excel, or Excel could not be reached: no message box possible
        from .. import messages
        from ..errors import log_dir, report_unexpected

        report_unexpected(exc)
        # What reaches xlwings' own error box goes through an ANSI log file, so keep it ASCII.
        raise SystemExit(messages.text("xl.no_caller", "en", log=log_dir())) from None
    perform(LiveBook(book), action)
