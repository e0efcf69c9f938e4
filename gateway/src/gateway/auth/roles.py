"""Role → scopes: the one place that says what each kind of user may do (listed in the README)."""

from authlib.oauth2.rfc6749.errors import InvalidScopeError

ROLE_SCOPES: dict[str, tuple[str, ...]] = {
    # Région: writes the offer, reads everything, reads the audit log and the event feeds,
    # manages the gateway's clients, accounts and signing keys.
    "region": (
        "catalog:read",
        "catalog:write",
        "catalog:sessions",
        "parcours:read",
        "parcours:audit",
        "indicators:read",
        "events:read",
        "gateway:admin",
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

# Roles a person (an account) may hold; "service" is for PRF's own clients only.
PERSON_ROLES: tuple[str, ...] = ("region", "valideur", "organisme", "financeur")

# OpenID Connect scopes the SPA may ask for; they grant no API access.
OIDC_SCOPES: tuple[str, ...] = ("openid", "profile", "email")

ALL_SCOPES: tuple[str, ...] = tuple(sorted({s for scopes in ROLE_SCOPES.values() for s in scopes}))

# Valideur networks (org_type of a valideur's structure).
VALIDEUR_NETWORKS: tuple[str, ...] = (
    "FRANCE_TRAVAIL",
    "MISSION_LOCALE",
    "CAP_EMPLOI",
    "CONSEIL_DEPARTEMENTAL",
)


def scopes_for(role: str, requested: str | None = None) -> list[str]:
    """The role's scopes, narrowed to `requested` when the client asks for fewer."""
    allowed = ROLE_SCOPES.get(role, ())
    if not requested:
        return list(allowed)
    return [s for s in requested.split() if s in allowed]


def grant_scopes(role: str, requested: str | None) -> list[str]:
    """Scopes to put in a token: the role's API scopes (narrowed to those asked for, if any), then the
    OpenID scopes asked for. Raises invalid_scope when the request names API scopes the role lacks only."""
    asked = (requested or "").split()
    oidc = [s for s in OIDC_SCOPES if s in asked]
    api_asked = [s for s in asked if s not in OIDC_SCOPES]
    if not api_asked:
        return list(ROLE_SCOPES.get(role, ())) + oidc
    granted = scopes_for(role, " ".join(api_asked))
    if not granted:
        raise InvalidScopeError("Aucune des portees demandees n'est permise a ce role.")
    return granted + oidc
