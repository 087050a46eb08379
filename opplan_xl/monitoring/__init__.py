"""Progress on the plan's rows and the monitoring reports built from it (ITA O9, O10, O11; domain/README.md §7).

Progress is data on the same project and equipment rows (``model._Line``); a report is a view of the plan as in
force on its date (``versions.views.as_at``), reconciled with ``rollup()`` of that view to the satang.
"""
