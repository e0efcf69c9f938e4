"""Formations (what is taught, certification, codes) and actions (where and how)."""
