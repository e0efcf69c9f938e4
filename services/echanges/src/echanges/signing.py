"""Standard Webhooks signatures: `v1,` + base64(HMAC-SHA256(secret bytes, "{id}.{timestamp}.{body}"))."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

PREFIX = "whsec_"


def new_secret() -> str:
    return PREFIX + base64.b64encode(secrets.token_bytes(32)).decode()


def sign(secret: str, msg_id: str, timestamp: int, body: str) -> str:
    key = base64.b64decode(secret.removeprefix(PREFIX))
    mac = hmac.new(key, f"{msg_id}.{timestamp}.{body}".encode(), hashlib.sha256).digest()
    return "v1," + base64.b64encode(mac).decode()


def signature_header(secrets_in_use: list[str], msg_id: str, timestamp: int, body: str) -> str:
    """Space-separated signatures, one per valid secret (during a rotation, the new and the old)."""
    return " ".join(sign(s, msg_id, timestamp, body) for s in secrets_in_use)
