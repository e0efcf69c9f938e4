"""What the projection reads of the events: typed payloads, checked against the producers' committed
schemas; an invalid event is skipped (logged, counted) and the feed goes on."""

import json

import pytest

from indicators.projection.contracts import CONTRACTS_DIR, check
from indicators.projection.payloads import PAYLOADS


def test_payload_models_match_the_committed_schemas():
    problems, checked = check()
    if not checked:
        pytest.skip(f"aucun contrat dans {CONTRACTS_DIR}")
    assert problems == []
    # Every type read from a producer whose contracts are committed was compared.
    for producer, models in PAYLOADS.items():
        if (CONTRACTS_DIR / producer).is_dir():
            assert {f"{producer}/{kind}" for kind in models} <= set(checked), producer


def test_a_drifted_schema_is_reported(tmp_path):
    (tmp_path / "parcours").mkdir()
    schema = {
        "type": "object",
        "properties": {
            "parcours_id": {"type": "string"},
            "session_id": {"type": "string"},
            "horizon_mois": {"type": "integer"},
            "situation": {"type": "string"},
            "contrat": {"anyOf": [{"type": "string"}, {"type": "null"}]},
            "duree_contrat_mois": {"anyOf": [{"type": "number"}, {"type": "null"}]},
            # Drifts: months sent as text, and the key no longer required.
            "duree_emploi_mois": {"type": "string"},
        },
        "required": ["session_id"],
    }
    (tmp_path / "parcours" / "suivi.enregistre.json").write_text(json.dumps(schema))
    problems, checked = check(tmp_path)
    assert checked == ["parcours/suivi.enregistre"]
    assert any("duree_emploi_mois" in p and "string" in p for p in problems), problems
    assert any("parcours_id" in p and "requis" in p for p in problems), problems
    assert len(problems) == 2, problems


@pytest.mark.asyncio
async def test_an_invalid_event_is_skipped_counted_and_the_feed_goes_on(harness):
    async with harness(feed_page_size=3) as h:
        s = h.feeds.session(debut="2025-01-06")
        h.feeds.inscrit(s, date_entree="2025-01-10")
        h.feeds.inscrit(s, date_entree="2025-01-11")
        broken = h.feeds.events["parcours"][-1]
        broken["data"] = {**broken["data"], "date_entree": "hier", "heures_prevues": "beaucoup"}
        h.feeds.inscrit(s, date_entree="2025-01-12")
        assert await h.sync() == sum(len(v) for v in h.feeds.events.values())
        # The two valid entries count, the invalid one is not half-applied.
        assert (await h.one("entrees", periode="2025"))["valeur"] == 2
        etat = (await h.client.get("/v1/etat", headers=h.headers())).json()["flux"]
        assert {f["source"]: f["position"] for f in etat}["parcours"] == h.feeds.events["parcours"][-1]["seq"]
        metrics = (await h.client.get("/metrics")).text
        line = 'indicators_evenements_rejetes_total{source="parcours",type="parcours.entree"} 1.0'
        assert line in metrics
        # A rebuild skips it the same way.
        assert await h.rebuild() == sum(len(v) for v in h.feeds.events.values())
        assert (await h.one("entrees", periode="2025"))["valeur"] == 2
