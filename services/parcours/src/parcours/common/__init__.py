"""Shared helpers of the parcours service: dates, access rules, history, idempotency, the end of a use case."""
