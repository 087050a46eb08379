"""Inside Excel: the only package that imports xlwings, and only where Excel calls in.

- ``macros``: what the ribbon's VBA runs (``m.run('<tag>')``); takes ``xw.Book.caller()`` and hands off at once;
- ``actions``: what each button does, as plain functions over the book adapter (the tests drive them with a fake);
- ``book``: the adapter over the slice of the xlwings API the actions use, a constant number of calls each;
- ``results``: the results sheet and status column as values (pure; the workbook builder uses it too);
- ``udfs`` / ``wrappers``: worksheet functions and their VBA wrappers, written by xlwings' own generator;
- ``setup``: ``opplan excel-setup`` (xlwings configuration, the workbook in the user's folder);
- ``vba/``: the ribbon (customUI14.xml) and its one-line VBA callbacks (OpPlanRibbon.bas).

Importing this package imports nothing from xlwings.
"""
