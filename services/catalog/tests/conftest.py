"""Catalogue test helpers: a running catalogue with tokens for each role, and offer factories."""

import uuid
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import timedelta
from typing import Any

import httpx
import pytest

from catalog.app import create_app
from catalog.settings import CatalogSettings
from servicekit.dates import region_today
from servicekit.testing import TestKeys, bearer

OF_A = "44278000000018"
OF_B = "49109000000028"
TODAY = region_today()  # the Région's day, as the service counts it


def iso(days: int) -> str:
    return (TODAY + timedelta(days=days)).isoformat()


class Api:
    """The catalogue under test, with the right token for each kind of caller."""

    OF_A = OF_A
    OF_B = OF_B
    iso = staticmethod(iso)

    def __init__(self, client: httpx.AsyncClient, keys: TestKeys) -> None:
        self.client = client
        self.keys = keys
        self.region = bearer(
            keys.mint(
                role="region",
                org_id="REGION-PDL",
                scopes=["catalog:read", "catalog:write", "catalog:sessions", "events:read"],
            )
        )
        self.service = bearer(
            keys.mint(role="service", scopes=["catalog:read", "places:hold", "events:read"])
        )
        self.valideur = bearer(keys.mint(role="valideur", org_id="FT44001", scopes=["catalog:read"]))

    @property
    def app(self) -> Any:
        return self.client.app  # type: ignore[attr-defined]

    def of(self, siret: str) -> dict[str, str]:
        return bearer(
            self.keys.mint(
                role="organisme", org_id=siret, org_type="OF", scopes=["catalog:read", "catalog:sessions"]
            )
        )

    async def post(self, path: str, body: Any, headers: dict[str, str] | None = None) -> httpx.Response:
        return await self.client.post(
            path, json=body, headers=headers if headers is not None else self.region
        )

    async def ok(self, path: str, body: Any, headers: dict[str, str] | None = None) -> dict[str, Any]:
        resp = await self.post(path, body, headers)
        assert resp.status_code in (200, 201), resp.text
        data: dict[str, Any] = resp.json()
        return data

    async def organisme(self, siret: str = OF_A, nom: str = "Formation Atlantique") -> dict[str, Any]:
        found = await self.client.get(f"/v1/organismes/{siret}")
        if found.status_code == 200:
            data: dict[str, Any] = found.json()
            return data
        return await self.ok("/v1/organismes", {"siret": siret, "raison_sociale": nom})

    async def offer(
        self,
        *,
        siret: str = OF_A,
        places: int = 10,
        intitule: str = "Électricien d'équipement du bâtiment",
        commune: tuple[str, str, str, float, float] = ("44109", "Nantes", "44", 47.2184, -1.5536),
        esp: bool = False,
        debut: int = 10,
        fin: int = 120,
        dispositif: str = "VISA_METIERS",
        secteur: str = "CONSTRUCTION",
        romes: list[str] | None = None,
    ) -> dict[str, Any]:
        """Organisme → marché → lot → formation → action → session; returns every id."""
        await self.organisme(siret)
        marche = await self.ok(
            "/v1/marches",
            {
                "reference": f"M-{uuid.uuid4().hex[:8]}",
                "intitule": "VISA 2025",
                "dispositif": dispositif,
                "debut": iso(-100),
                "fin": iso(900),
            },
        )
        lot = await self.ok(
            "/v1/lots",
            {
                "marche_id": marche["id"],
                "numero": 10,
                "intitule": "Bâtiment",
                "secteur": secteur,
                "departement": commune[2],
                "organisme_siret": siret,
                "objectif_entrees": 40,
            },
        )
        formation = await self.ok(
            "/v1/formations",
            {
                "lot_id": lot["id"],
                "intitule": intitule,
                "certification": {"code_rncp": "RNCP31008", "niveau": "V"},
                "formacodes": ["22403"],
                "romes": romes or ["F1602"],
            },
        )
        action = await self.ok(
            "/v1/actions",
            {
                "formation_id": formation["id"],
                "lieu": {
                    "commune_insee": commune[0],
                    "commune": commune[1],
                    "departement": commune[2],
                    "latitude": commune[3],
                    "longitude": commune[4],
                },
                "entrees_sorties_permanentes": esp,
                "heures_centre": 400,
                "heures_entreprise": 140,
            },
        )
        session = await self.ok(
            "/v1/sessions",
            {"action_id": action["id"], "debut": iso(debut), "fin": iso(fin), "places_ouvertes": places},
        )
        return {"marche": marche, "lot": lot, "formation": formation, "action": action, "session": session}

    async def events(self, after: int = 0) -> list[dict[str, Any]]:
        resp = await self.client.get(f"/v1/events?after={after}&limit=5000", headers=self.region)
        assert resp.status_code == 200, resp.text
        items: list[dict[str, Any]] = resp.json()["items"]
        return items


@pytest.fixture
def catalog(service_client: Callable[..., Any], keys: TestKeys) -> Callable[..., Any]:
    @asynccontextmanager
    async def start(**overrides: Any) -> AsyncIterator[Api]:
        async with service_client(create_app, CatalogSettings, **overrides) as client:
            yield Api(client, keys)

    return start


@pytest.fixture
def gateway_token() -> Callable[..., Any]:
    """`await gateway_token(client, "demo-of-1")` → an access token from the gateway (client credentials)."""

    async def fetch(client: httpx.AsyncClient, client_id: str, secret: str = "demo-secret") -> str:
        resp = await client.post(
            "/oauth2/token", data={"grant_type": "client_credentials"}, auth=(client_id, secret)
        )
        assert resp.status_code == 200, resp.text
        token: str = resp.json()["access_token"]
        return token

    return fetch
