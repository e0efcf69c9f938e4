"""Clients of the other services parcours calls (passed to the use cases, so tests can hand in fakes)."""
