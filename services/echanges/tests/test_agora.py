"""AGORA export runs through the HTTP API: increments, backfill, exclusions, download again, retour."""

from __future__ import annotations

import json
from typing import Any

import pytest

pytestmark = pytest.mark.asyncio


async def export(h: Any, **body: Any) -> dict[str, Any]:
    resp = await h.client.post("/v1/agora/exports", json=body, headers=h.h())
    assert resp.status_code == 201, resp.text
    out: dict[str, Any] = resp.json()
    return out


async def lines(h: Any, export_id: str) -> list[dict[str, Any]]:
    resp = await h.client.get(f"/v1/agora/exports/{export_id}/fichier", headers=h.h())
    assert resp.status_code == 200 and resp.headers["content-type"].startswith("application/x-ndjson")
    return [json.loads(line) for line in resp.text.splitlines()]


async def test_runs_are_incremental_and_downloadable_again(harness: Any) -> None:
    async with harness() as h:
        sid = h.feeds.session()
        pid = h.feeds.entree(sid, h.feeds.candidature(sid))
        h.feeds.parcours("parcours.suspendu", sid, pid, date="2025-02-01")
        await h.sync()
        first = await export(h)
        assert first["nb_evenements"] == 2
        got = await lines(h, first["id"])
        assert [(e["dossier_id"], e["type"], e["date"]) for e in got] == [
            (pid, "ENTREE", "2025-01-10"),
            (pid, "INTERRUPTION", "2025-02-01"),
        ]
        h.feeds.parcours("parcours.repris", sid, pid, date="2025-02-10")
        h.feeds.parcours(
            "parcours.sortie",
            sid,
            pid,
            date_entree="2025-01-10",
            date_sortie="2025-06-30",
            type="TERME",
            motif=None,
            certification="OBTENUE",
            contrat=None,
            heures_realisees=390,
        )
        await h.sync()
        await h.sync()  # a feed read twice adds nothing
        second = await export(h)
        got2 = await lines(h, second["id"])
        assert [e["type"] for e in got2] == ["REPRISE", "SORTIE", "SOLDE"]
        assert got2[1]["certification"] == "OBTENUE" and got2[1]["type_sortie"] == "TERME"
        assert got2[2]["heures_realisees"] == 390 and got2[2]["cout"] is None
        assert await lines(h, first["id"]) == got  # the same file, downloaded again
        assert (await export(h))["nb_evenements"] == 0


async def test_backfill_and_exclusions(harness: Any) -> None:
    async with harness() as h:
        visa, psad = h.feeds.session(), h.feeds.session(dispositif="PSAD")
        old = h.feeds.entree(visa, h.feeds.candidature(visa), day="2024-03-01")
        new = h.feeds.entree(visa, h.feeds.candidature(visa), day="2025-03-01")
        h.feeds.entree(psad, h.feeds.candidature(psad), day="2025-03-01")
        await h.sync()
        await export(h)  # an increment already took everything
        backfill = await export(h, depuis="2025-01-01")
        assert [e["dossier_id"] for e in await lines(h, backfill["id"])] == [new]
        assert old != new
        codes = [e["code"] for e in (await h.client.get("/v1/agora/exclusions", headers=h.h())).json()]
        assert "PSAD" in codes and "VAE_REGIONALE" in codes


async def test_retour_per_record_and_mismatching_file(harness: Any) -> None:
    async with harness() as h:
        sid = h.feeds.session()
        h.feeds.entree(sid, h.feeds.candidature(sid))
        h.feeds.entree(sid, h.feeds.candidature(sid))
        await h.sync()
        run = await export(h)
        ids = [e["evenement_id"] for e in await lines(h, run["id"])]
        bad = json.dumps({"evenement_id": 999999, "statut": "ACCEPTE"}) + "\n"
        resp = await h.client.post(f"/v1/agora/exports/{run['id']}/retour", content=bad, headers=h.h())
        assert resp.status_code == 422 and resp.json()["code"] == "retour_invalide"
        assert resp.json()["errors"][0]["pointer"] == "/0/evenement_id"
        garbled = await h.client.post(
            f"/v1/agora/exports/{run['id']}/retour", content=b"{pas du json", headers=h.h()
        )
        assert garbled.status_code == 422 and garbled.json()["errors"][0]["pointer"] == "/0"
        detail = (await h.client.get(f"/v1/agora/exports/{run['id']}", headers=h.h())).json()
        assert detail["acquitte_at"] is None and detail["rejets"] == []  # nothing half-written
        good = "\n".join(
            [
                json.dumps({"evenement_id": ids[0], "statut": "ACCEPTE"}),
                json.dumps(
                    {"evenement_id": ids[1], "statut": "REJETE", "motifs": ["Date d'entrée incohérente"]}
                ),
            ]
        )
        resp = await h.client.post(f"/v1/agora/exports/{run['id']}/retour", content=good, headers=h.h())
        assert resp.status_code == 200, resp.text
        body = resp.json()
        assert body["nb_acceptes"] == 1 and body["nb_rejetes"] == 1 and body["acquitte_at"]
        assert body["rejets"][0]["motifs"] == ["Date d'entrée incohérente"]


async def test_agora_is_for_the_region_only(harness: Any) -> None:
    async with harness() as h:
        run = await export(h)
        for role, org in [("organisme", "44278000000018"), ("valideur", "FT44001")]:
            headers = h.h(role, org)
            assert (await h.client.post("/v1/agora/exports", json={}, headers=headers)).status_code == 403
            assert (
                await h.client.get(f"/v1/agora/exports/{run['id']}/fichier", headers=headers)
            ).status_code == 403
        missing = await h.client.get("/v1/agora/exports/inconnu/fichier", headers=h.h())
        assert missing.status_code == 404 and missing.json()["code"] == "export_introuvable"
