"""Parcours: entry with the contrat individuel, suspension/reprise, exit, follow-ups."""
