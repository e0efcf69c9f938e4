"""Idempotent consumption, catch-up, and identical figures after a full rebuild from sequence 0."""

import pytest

from indicators.definitions import DEFINITIONS

pytestmark = pytest.mark.asyncio


def _cohort(f, *, start_day: int = 6):
    prepa = f.session(debut=f"2025-01-{start_day:02d}", programme="PREPA", departement="49", at="2024-12-01")
    visa = f.session(debut="2025-03-03", programme="VISA", places=8, at="2024-12-01")
    for i in range(7):
        p = f.inscrit(prepa, date_entree="2025-01-13", stagiaire_id=f"S{i}", sexe="FM"[i % 2], age=20 + 6 * i)
        f.sortie(
            p,
            "2025-02-28",
            type="ABANDON" if i == 3 else "TERME",
            motif="SANTE" if i == 3 else None,
            certification=None if i == 3 else "SANS_OBJET",
            heures=150 + i,
        )
        if i < 4:
            v = f.inscrit(
                visa, date_entree="2025-03-03", stagiaire_id=f"S{i}", sexe="FM"[i % 2], age=21 + 6 * i
            )
            f.sortie(
                v,
                "2025-07-31",
                certification=["OBTENUE_TOTALE", "ECHEC", "OBTENUE_PARTIELLE"][i % 3],
                heures=390.5,
            )
            f.suivi(
                v,
                ["EMPLOI", "RECHERCHE", "INCONNU"][i % 3],
                contrat="CDI" if i % 3 == 0 else None,
                duree_emploi_mois=4 if i % 3 == 0 else 0,
            )


async def _all_figures(h):
    out = {}
    for d in DEFINITIONS:
        dims = (
            "lot,dispositif"
            if d.code in ("places_ouvertes", "taux_remplissage", "entrees_vs_objectif")
            else "sexe,programme"
        )
        for params in (
            {"periode": "2025"},
            {"periode": "2025-T1", "par": dims},
            {"periode": "2025", "as_of": "2025-01-20"},
        ):
            body = await h.get(d.code, **params)
            out[(d.code, tuple(sorted(params.items())))] = (body["valeurs"], body["donnees_au"])
    return out


async def test_same_figures_after_a_full_rebuild(harness):
    async with harness(feed_page_size=7) as h:
        h.feeds.lot(lot_id="lot-1", objectif=20)
        _cohort(h.feeds)
        applied = await h.sync()
        assert applied == sum(len(v) for v in h.feeds.events.values())
        first = await _all_figures(h)
        # The cohort really shows up in the figures (a rebuild of nothing would also be "identical").
        assert first[("entrees", (("periode", "2025"),))][0][0]["valeur"] == 11
        assert await h.rebuild() == applied
        assert await _all_figures(h) == first


@pytest.mark.parametrize("cache_size", [0, 2])
async def test_same_figures_after_a_rebuild_that_reads_states_back(harness, monkeypatch, cache_size):
    """A PostgreSQL rebuild keeps recent states in memory; with (almost) none kept, each later event of a
    fact reads its state back from the history: same figures (on SQLite the rebuild is the live path)."""
    from indicators.projection import rebuild as projection

    monkeypatch.setattr(projection, "CACHE_SIZE", cache_size)
    async with harness(feed_page_size=5) as h:
        h.feeds.lot(lot_id="lot-1", objectif=20)
        _cohort(h.feeds)
        applied = await h.sync()
        first = await _all_figures(h)
        assert await h.rebuild() == applied
        assert await _all_figures(h) == first


async def test_a_failed_page_fails_the_rebuild_and_the_next_one_recovers(harness, monkeypatch):
    """A page that fails to write (PostgreSQL: while the next page is already applied in memory) fails
    the whole rebuild, without waiting forever; a new rebuild then gives the same figures."""
    from indicators.projection import rebuild as projection

    async with harness(feed_page_size=5) as h:
        h.feeds.lot(lot_id="lot-1", objectif=20)
        _cohort(h.feeds)
        applied = await h.sync()
        first = await _all_figures(h)
        flush = projection.Batch.flush
        calls = {"n": 0}

        async def failing(self):
            calls["n"] += 1
            if calls["n"] == 4:
                raise RuntimeError("écriture impossible")
            await flush(self)

        monkeypatch.setattr(projection.Batch, "flush", failing)
        with pytest.raises(RuntimeError, match="écriture impossible"):
            await h.rebuild()
        monkeypatch.setattr(projection.Batch, "flush", flush)
        assert await h.rebuild() == applied
        assert await _all_figures(h) == first


async def test_redelivered_events_are_applied_once(harness):
    async with harness(feed_page_size=5) as h:
        _cohort(h.feeds)
        await h.sync()
        before = await _all_figures(h)
        # The producer serves already-read events again (at-least-once): nothing changes.
        h.feeds.redeliver = 4
        assert await h.sync() == 0
        assert await _all_figures(h) == before
        # New events after downtime are caught up, old ones still not doubled.
        s = h.feeds.session(debut="2025-05-05")
        h.feeds.inscrit(s, date_entree="2025-05-05")
        assert await h.sync() == 4
        assert (await h.one("entrees", periode="2025"))["valeur"] == 12


async def test_rebuild_endpoint_is_for_the_region_only(harness):
    async with harness() as h:
        _cohort(h.feeds)
        await h.sync()
        denied = await h.client.post("/v1/admin/reconstruction", headers=h.headers("financeur"))
        assert denied.status_code == 403
        assert denied.headers["content-type"].startswith("application/problem+json")
        # One code for "outside your perimeter" across the services.
        assert denied.json()["code"] == "hors_perimetre"
        ok = await h.client.post("/v1/admin/reconstruction", headers=h.headers("region"))
        assert ok.status_code == 202
        assert (await h.one("entrees", periode="2025"))["valeur"] == 11
        etat = (await h.client.get("/v1/etat", headers=h.headers())).json()["flux"]
        total = {"catalog": len(h.feeds.events["catalog"]), "parcours": len(h.feeds.events["parcours"])}
        assert {f["source"]: f["position"] for f in etat} == {
            "catalog": total["catalog"],
            "parcours": total["catalog"] + total["parcours"],
        }


async def test_rebuild_command_gives_the_same_figures(harness, monkeypatch):
    import httpx

    from indicators import rebuild as command
    from servicekit.outbound import GatewayClient

    async with harness() as h:
        _cohort(h.feeds)
        await h.sync()
        first = await _all_figures(h)
        settings = h.app.state.settings
        monkeypatch.setenv("INDICATORS_DATABASE_URL", settings.resolved_database_url())
        monkeypatch.setenv("INDICATORS_DB_SCHEMA", settings.resolved_schema())
        monkeypatch.setattr(
            command, "GatewayClient", lambda s: GatewayClient(s, httpx.MockTransport(h.feeds.handler))
        )
        # Something the feeds never said, to see the command really wipes before replaying.
        async with h.app.state.database.sessionmaker() as session, session.begin():
            from indicators.models import c_parcours_t, parcours_t

            # Both the current rows and their cohort copy (what queries without as_of read).
            await session.execute(parcours_t.update().values(type_sortie="ABANDON"))
            await session.execute(c_parcours_t.update().values(type_sortie="ABANDON"))
        assert await _all_figures(h) != first
        assert await command.rebuild() == sum(len(v) for v in h.feeds.events.values())
        assert await _all_figures(h) == first


async def test_parcours_read_before_their_session_and_session_changes(harness):
    async with harness() as h:
        sid = h.feeds.session(debut="2025-01-06", lot_id="L1", departement="44")
        for _ in range(2):
            h.feeds.inscrit(sid, date_entree="2025-01-06")
        # The parcours feed is read before the catalogue's: the session is unknown at first.
        await h.app.state.consumer.sync("parcours")
        assert (await h.one("entrees", periode="2025"))["valeur"] == 2
        await h.app.state.consumer.sync("catalog")
        by = (await h.get("entrees", periode="2025", par="departement,lot"))["valeurs"]
        assert [(r["dimensions"], r["valeur"]) for r in by] == [({"departement": "44", "lot": "L1"}, 2)]
        # The session moves to another lot later on: figures follow; as_of before the move does not.
        h.feeds.session(
            debut="2025-01-06",
            lot_id="L2",
            departement="44",
            session_id=sid,
            kind="session.modifiee",
            at="2025-09-01",
        )
        await h.sync()
        now = (await h.get("entrees", periode="2025", par="lot"))["valeurs"]
        assert [(r["dimensions"]["lot"], r["valeur"]) for r in now] == [("L2", 2)]
        then = (await h.get("entrees", periode="2025", par="lot", as_of="2025-08-31"))["valeurs"]
        assert [(r["dimensions"]["lot"], r["valeur"]) for r in then] == [("L1", 2)]
