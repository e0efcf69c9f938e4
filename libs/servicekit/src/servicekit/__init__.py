"""Shared kit of the PRF services (settings, database, problems, auth, observability, outbox)."""
