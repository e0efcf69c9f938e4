"""Flows out of PRF: the AGORA dossier export and signed webhooks for partner systems."""
