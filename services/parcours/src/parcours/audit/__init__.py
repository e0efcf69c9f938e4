"""Audit log: every change, and every read of a trainee's file by someone else than its OF or prescriber."""
