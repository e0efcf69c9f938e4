"""Parcours service: candidatures, entries, attendance, exits, follow-ups, alerts."""
