"""Shared helpers of the parcours service: dates, access rules, catalogue client, history, idempotency."""
