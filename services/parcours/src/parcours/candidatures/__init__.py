"""Candidatures: sent by a valideur onto a session, tied to a place hold in the catalogue."""
