"""The cohort tables (coded, narrow copies the queries read) and as_of over the history, live and rebuilt."""

import pytest

pytestmark = pytest.mark.asyncio


async def test_as_of_with_a_back_dated_event_live_and_after_a_rebuild(harness):
    """as_of takes the latest version by feed order among those recorded by D, even when a later event
    carries an earlier recorded_at than the one before it."""
    async with harness() as h:
        s = h.feeds.session(debut="2025-01-06", at="2025-01-02")
        p = h.feeds.inscrit(s, date_entree="2025-01-10", at="2025-01-10")
        h.feeds.sortie(p, "2025-02-01", type="ABANDON", motif="AUTRE", heures=50, at="2025-03-10")
        # Comes after in the feed, but was recorded (back-dated) before the abandon above.
        h.feeds.sortie(p, "2025-02-01", type="ABANDON", motif="EMPLOI", heures=50, at="2025-02-20")
        await h.sync()

        async def figures():
            out = []
            for as_of in ("2025-01-31", "2025-02-25", "2025-03-15", None):
                params = {"periode": "2025"} | ({"as_of": as_of} if as_of else {})
                cell = await h.one("taux_rupture_nette", **params)
                out.append((cell["numerateur"], cell["denominateur"]))
            return out

        # 31/01: entered, no exit. 25/02: the EMPLOI abandon only. 15/03: both known, the later in the
        # feed (EMPLOI) wins. Now: the same.
        live = await figures()
        assert live == [(0, 1), (0, 1), (0, 1), (0, 1)]
        assert (await h.one("taux_rupture", periode="2025", as_of="2025-02-25"))["numerateur"] == 1
        await h.rebuild()
        assert await figures() == live


async def test_cohort_rows_follow_a_session_change_live_and_after_a_rebuild(harness):
    async with harness() as h:
        s = h.feeds.session(debut="2025-01-06", lot_id="L1", departement="44", places=10, at="2025-01-02")
        for sexe in "FFM":
            h.feeds.inscrit(s, date_entree="2025-01-08", sexe=sexe, at="2025-01-08")
        await h.sync()
        fill = await h.get("taux_remplissage", periode="2025-01", par="departement")
        assert [(r["dimensions"], r["numerateur"], r["denominateur"]) for r in fill["valeurs"]] == [
            ({"departement": "44"}, 3, 10)
        ]
        # The session moves to another département and starts in February: entries follow both.
        h.feeds.session(
            debut="2025-02-03",
            lot_id="L1",
            departement="49",
            places=10,
            session_id=s,
            kind="session.modifiee",
            at="2025-01-20",
        )
        await h.sync()

        async def figures():
            jan = await h.get("taux_remplissage", periode="2025-01", par="departement")
            feb = await h.get("taux_remplissage", periode="2025-02", par="departement")
            by = await h.get("entrees", periode="2025", par="departement,sexe")
            then = await h.get("entrees", periode="2025", par="departement", as_of="2025-01-10")
            return (
                [(r["dimensions"], r["numerateur"]) for r in jan["valeurs"]],
                [(r["dimensions"], r["numerateur"], r["denominateur"]) for r in feb["valeurs"]],
                [(r["dimensions"], r["valeur"]) for r in by["valeurs"]],
                [(r["dimensions"], r["valeur"]) for r in then["valeurs"]],
            )

        live = await figures()
        assert live == (
            [],
            [({"departement": "49"}, 3, 10)],
            [({"departement": "49", "sexe": "F"}, 2), ({"departement": "49", "sexe": "M"}, 1)],
            [({"departement": "44"}, 3)],
        )
        await h.rebuild()
        assert await figures() == live


async def test_new_and_unknown_dimension_values(harness):
    async with harness() as h:
        s = h.feeds.session(debut="2025-01-06", departement="44")
        h.feeds.inscrit(s, date_entree="2025-01-08", reseau="MISSION_LOCALE")
        await h.sync()
        # A value first seen later gets its own code and its own line.
        h.feeds.inscrit(s, date_entree="2025-01-09", reseau="CAP_EMPLOI")
        await h.sync()
        by = (await h.get("entrees", periode="2025", par="reseau"))["valeurs"]
        assert [(r["dimensions"]["reseau"], r["valeur"]) for r in by] == [
            ("CAP_EMPLOI", 1),
            ("MISSION_LOCALE", 1),
        ]
        # Filtering on a value never seen is an empty figure, not an error.
        none = await h.one("entrees", periode="2025", reseau="INCONNU_ICI")
        assert none["valeur"] == 0
        some = await h.one("entrees", periode="2025", reseau="CAP_EMPLOI,INCONNU_ICI")
        assert some["valeur"] == 1
