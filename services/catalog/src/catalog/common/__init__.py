"""Helpers shared by the catalogue's domain packages (validation, text, ownership, events)."""
