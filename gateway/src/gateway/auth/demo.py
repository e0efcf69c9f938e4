"""Demo identities of API.md (embedded mode only; refused when ENV=production)."""

from dataclasses import dataclass

DEMO_SECRET = "demo-secret"
# argon2 hashes of the (public) demo credentials, computed once: a first start need not spend a second on
# them. Verified like any other hash.
DEMO_SECRET_HASH = (
    "$argon2id$v=19$m=65536,t=3,p=4$bbpfWaVXwQgkWRrub0ZT4g$x+xH3U0i2N+5xm6FqtO+yIyN7A/cENr99d++mnrK9ug"
)
DEMO_PASSWORD_HASH = (
    "$argon2id$v=19$m=65536,t=3,p=4$GiULjrMW49+64j2yOZe2gQ$xoRInvJg8ZvHcs1waiYC9V1qT/2z7WJ9i9H5nmX5xMc"
)


@dataclass(frozen=True)
class DemoOrg:
    role: str
    org_id: str
    org_type: str
    nom: str


REGION = DemoOrg("region", "REGION-PDL", "REGION", "Région Pays de la Loire")
FRANCE_TRAVAIL = DemoOrg("valideur", "FT44001", "FRANCE_TRAVAIL", "France Travail Nantes Est (44)")
MISSION_LOCALE = DemoOrg("valideur", "ML49001", "MISSION_LOCALE", "Mission locale Angers (49)")
# The two demo OFs; the catalogue's demo data gives each of them lots (SIRETs pass the Luhn check).
OF_1 = DemoOrg("organisme", "44278000000018", "OF", "Forma'Ouest (démo)")
OF_2 = DemoOrg("organisme", "49109000000028", "OF", "Atelier Compétences Anjou (démo)")

DEMO_CLIENTS: dict[str, DemoOrg] = {
    "demo-region": REGION,
    "demo-france-travail": FRANCE_TRAVAIL,
    "demo-mission-locale": MISSION_LOCALE,
    "demo-of-1": OF_1,
    "demo-of-2": OF_2,
}

# SPA users (password "demo").
DEMO_USERS: dict[str, DemoOrg] = {
    "region@demo.fr": REGION,
    "conseiller@demo.fr": FRANCE_TRAVAIL,
    "mission-locale@demo.fr": MISSION_LOCALE,
    "of1@demo.fr": OF_1,
    "of2@demo.fr": OF_2,
}
DEMO_PASSWORD = "demo"

# PRF's own services, authenticated with the internal secret.
INTERNAL_CLIENTS = ("prf-catalog", "prf-parcours", "prf-indicators", "prf-echanges")
