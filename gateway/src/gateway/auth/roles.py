"""Role → scopes: the one place that says what each kind of user may do (listed in the README)."""

ROLE_SCOPES: dict[str, tuple[str, ...]] = {
    # Région: writes the offer, reads everything, reads the audit log and the event feeds.
    "region": (
        "catalog:read",
        "catalog:write",
        "catalog:sessions",
        "parcours:read",
        "parcours:audit",
        "indicators:read",
        "events:read",
    ),
    # Valideurs (France Travail, Missions locales, Cap emploi): prescribe and follow their candidates.
    "valideur": ("catalog:read", "parcours:read", "parcours:prescribe", "indicators:read"),
    # Organismes de formation: their sessions, their candidatures, attendance, exits.
    "organisme": ("catalog:read", "catalog:sessions", "parcours:read", "parcours:declare", "indicators:read"),
    # Financeurs and the public statistics side: aggregated indicators only.
    "financeur": ("catalog:read", "indicators:read"),
    # PRF's own services calling each other through the gateway.
    "service": ("catalog:read", "places:hold", "events:read"),
}

ALL_SCOPES: tuple[str, ...] = tuple(sorted({s for scopes in ROLE_SCOPES.values() for s in scopes}))


def scopes_for(role: str, requested: str | None = None) -> list[str]:
    """The role's scopes, narrowed to `requested` when the client asks for fewer."""
    allowed = ROLE_SCOPES.get(role, ())
    if not requested:
        return list(allowed)
    return [s for s in requested.split() if s in allowed]
