"""Hand-made plan workbooks in: last year's ผด.02 / ผด.02/1, as officers made them, → the standard workbook.

``load.py`` opens the untrusted file (values, fills, merged cells), ``sheet.py`` reads each sheet the way an officer
reads it, ``book.py`` lays what was read out as the raw tables of the new workbook and parses them into the Plan,
``report.py`` writes the new workbook with its import report, ``sample.py`` writes hand-made layouts (demo, tests,
bench).
"""

from .book import Imported, import_sheets, import_workbook

__all__ = ["Imported", "import_sheets", "import_workbook"]
