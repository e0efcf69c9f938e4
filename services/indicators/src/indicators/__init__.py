"""Indicators service: the pinned indicators by period and dimension."""
