"""Stagiaires: one row per person, deduplicated on the France Travail identifier."""
