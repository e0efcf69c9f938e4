"""Recalled access tokens: the revocation list the gateway keeps and every verifier checks.

An access token is a JWT that lives 10 minutes; deactivating its client or account, revoking it, a
replayed refresh token or code and a logout must stop it *now*. The gateway stores each recall in its
database and keeps this list in memory; services check the same list on every request:

- embedded (one process): the gateway's own `RevocationList` object is shared with the services;
- over TCP: `PolledRevocations` fetches the gateway's `/internal/revocations` whenever its copy is
  older than `max_age` (1 s), so a decision is never taken on a copy older than that.

Four kinds of entries, each kept until every token it concerns has expired:
`jti` (one token), `sid` (a login session: every token of a refresh-token family),
`sub` and `client` ("tokens of this account / client issued before `before` are void").
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from typing import Any, Protocol

log = logging.getLogger("servicekit.revocation")

KINDS = ("jti", "sid", "sub", "client")


@dataclass(frozen=True)
class Revocation:
    kind: str
    value: str
    # Epoch seconds after which the entry concerns no live token and may be forgotten.
    expires: int
    # For sub/client: tokens whose iat is before this epoch second are void (0 for jti/sid).
    before: int = 0

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "value": self.value, "expires": self.expires, "before": self.before}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Revocation:
        return cls(str(data["kind"]), str(data["value"]), int(data["expires"]), int(data.get("before", 0)))


class RevocationList:
    """In-memory set of recalls. Only ever grows by `add`; entries leave when they expire."""

    def __init__(self) -> None:
        self._tokens: dict[tuple[str, str], int] = {}  # (jti|sid, value) → expires
        self._before: dict[tuple[str, str], tuple[int, int]] = {}  # (sub|client, value) → (before, expires)
        self._boot = uuid.uuid4().hex[:8]
        self._changes = 0

    @property
    def version(self) -> str:
        """Changes whenever an entry is added (an ETag for the pollers)."""
        return f"{self._boot}-{self._changes}"

    def __len__(self) -> int:
        return len(self._tokens) + len(self._before)

    def add(self, entries: Iterable[Revocation]) -> bool:
        """Merge entries in; True when something new was learnt."""
        changed = False
        for entry in entries:
            key = (entry.kind, entry.value)
            if entry.kind in ("jti", "sid"):
                if self._tokens.get(key, -1) < entry.expires:
                    self._tokens[key] = entry.expires
                    changed = True
            elif entry.kind in ("sub", "client"):
                old = self._before.get(key)
                if old is None or old[0] < entry.before or old[1] < entry.expires:
                    before = max(entry.before, old[0] if old else 0)
                    self._before[key] = (before, max(entry.expires, old[1] if old else 0))
                    changed = True
        if changed:
            self._changes += 1
        return changed

    def purge(self, now: float | None = None) -> None:
        now = time.time() if now is None else now
        self._tokens = {k: exp for k, exp in self._tokens.items() if exp > now}
        self._before = {k: v for k, v in self._before.items() if v[1] > now}

    def is_revoked(self, claims: dict[str, Any]) -> bool:
        tokens = self._tokens
        if tokens:
            if ("jti", str(claims.get("jti", ""))) in tokens:
                return True
            sid = claims.get("sid")
            if sid and ("sid", str(sid)) in tokens:
                return True
        if self._before:
            iat = claims.get("iat", 0)
            iat = iat if isinstance(iat, int | float) else 0
            for kind, claim in (("sub", "sub"), ("client", "client_id")):
                mark = self._before.get((kind, str(claims.get(claim, ""))))
                if mark is not None and iat < mark[0]:
                    return True
        return False

    def entries(self) -> list[Revocation]:
        items = [Revocation(kind, value, exp) for (kind, value), exp in self._tokens.items()]
        items += [Revocation(k, v, exp, before) for (k, v), (before, exp) in self._before.items()]
        return items

    def to_json(self) -> dict[str, Any]:
        return {"version": self.version, "items": [e.to_json() for e in self.entries()]}


class RevocationSource(Protocol):
    """What a token verifier asks: the recall list, fresh enough to decide on."""

    async def current(self) -> RevocationList: ...


class SharedRevocations:
    """Embedded mode: the gateway's own list, in the same process — always current."""

    def __init__(self, revocations: RevocationList) -> None:
        self.revocations = revocations

    async def current(self) -> RevocationList:
        return self.revocations


# (ETag or "") → (status, JSON body or None): one GET of the gateway's /internal/revocations.
Fetch = Callable[[str], Awaitable[tuple[int, dict[str, Any] | None]]]


class PolledRevocations:
    """Over TCP: a copy of the gateway's list, fetched again when older than `max_age` seconds.

    The fetch happens on the request path (one request per `max_age` waits for it, single-flight), so a
    token is never accepted on a copy older than `max_age` while the gateway answers. When it does not,
    the last copy is kept (nobody can revoke through a gateway that is down) and retried every `max_age`.
    """

    def __init__(self, fetch: Fetch, max_age: float = 1.0, clock: Callable[[], float] = time.monotonic):
        self.fetch = fetch
        self.max_age = max_age
        self.clock = clock
        self.revocations = RevocationList()
        self._etag = ""
        self._checked = -1e9
        self._lock = asyncio.Lock()

    async def current(self) -> RevocationList:
        if self.clock() - self._checked >= self.max_age:
            async with self._lock:
                if self.clock() - self._checked >= self.max_age:
                    await self.refresh()
        return self.revocations

    async def refresh(self) -> None:
        try:
            status, body = await self.fetch(self._etag)
        except Exception as exc:  # the gateway is unreachable: keep the last copy
            log.warning("liste de révocation injoignable : %s", exc)
            status, body = 0, None
        self._checked = self.clock()
        if status == 200 and body is not None:
            fresh = RevocationList()
            fresh.add(Revocation.from_json(item) for item in body.get("items", []))
            self.revocations = fresh
            self._etag = str(body.get("version", ""))
        elif status not in (0, 304):
            log.warning("liste de révocation refusée : HTTP %s", status)


def gateway_fetch(gateway: Any) -> Fetch:
    """One GET of the gateway's /internal/revocations as this service (a `GatewayClient`)."""

    async def fetch(etag: str) -> tuple[int, dict[str, Any] | None]:
        headers = {"If-None-Match": etag} if etag else {}
        resp = await gateway.request("GET", "/internal/revocations", headers=headers, timeout=2.0)
        return resp.status_code, resp.json() if resp.status_code == 200 else None

    return fetch


def revocation_source(state: Any, jwks_url: str) -> RevocationSource | None:
    """The source a service's verifier checks: the gateway's list when embedded (the gateway put it on
    `state.shared_revocations`), the polled one when the keys come from a remote gateway (`jwks_url`),
    none for a service tested alone against test keys."""
    shared = getattr(state, "shared_revocations", None)
    if shared is not None:
        return SharedRevocations(shared)
    if jwks_url:
        return PolledRevocations(gateway_fetch(state.gateway))
    return None
