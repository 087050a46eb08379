"""Normalisers for the names real plans write many ways: money sources, agencies, แผนงาน.

One module per kind of name (sources.py, agencies.py, …); each maps what an officer typed to the standard
entry of its list where it clearly is one, and says so (an info finding), and leaves unknown text as typed.
"""
