"""Versions of a plan (DESIGN.md §9): the first version plus its amendments, all data on one Plan.

- ``fields``: the values a history row records, read and set on a project or equipment row.
- ``views``: pure functions Plan → Plan — the first version, the plan after amendment N or as at a date, the
  consolidated plan, an amendment's own items — so the roll-up, the rules and the document take a view.
- ``ids``: stable row ids (the hidden column), given to rows that have none.
- ``diff``: what changed between two plans, rows matched by id, then by content, then by name.
- ``amend``: a new amendment built from a diff, on a copy of the old plan.
"""
