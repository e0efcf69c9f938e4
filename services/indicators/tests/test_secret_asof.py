"""Small-cell suppression at the threshold's edge, and `as_of` before and after late events."""

import pytest

pytestmark = pytest.mark.asyncio


async def _ages(h, counts):
    s = h.feeds.session(debut="2025-01-06", places=30)
    for age, n in counts.items():
        for _ in range(n):
            h.feeds.inscrit(s, date_entree="2025-01-06", age=age)
    await h.sync()


async def test_suppression_at_the_threshold_edge(harness):
    async with harness() as h:
        # 25 is still under 26; 26 and 49 are 26–49; 50 is 50 and over.
        await _ages(h, {25: 5, 26: 2, 49: 2, 50: 7})
        region = (await h.get("entrees", periode="2025", par="tranche_age"))["valeurs"]
        assert {r["dimensions"]["tranche_age"]: r["valeur"] for r in region} == {
            "MOINS_26": 5,
            "26_49": 4,
            "50_PLUS": 7,
        }
        assert not any(r["secret"] for r in region)

        public = (await h.get("entrees", role="financeur", periode="2025", par="tranche_age"))["valeurs"]
        by = {r["dimensions"]["tranche_age"]: r for r in public}
        # 4 < 5: suppressed. 5 is at the threshold, so not suppressed on its own — but it is the only
        # other small cell, suppressed too so that the total (16) minus 7 cannot give the 4 back.
        assert by["26_49"]["secret"] is True and by["26_49"]["numerateur"] is None
        assert by["26_49"]["valeur"] is None
        assert by["MOINS_26"]["secret"] is True and by["MOINS_26"]["valeur"] is None
        assert by["50_PLUS"] == {
            "dimensions": {"tranche_age": "50_PLUS"},
            "numerateur": 7,
            "denominateur": None,
            "valeur": 7,
            "secret": False,
        }
        # Alone, a cell of exactly 5 is published; a cell of 4 is not.
        five = await h.one("entrees", role="valideur", periode="2025", tranche_age="MOINS_26")
        assert (five["valeur"], five["secret"]) == (5, False)
        four = await h.one("entrees", role="organisme", periode="2025", tranche_age="26_49")
        assert (four["valeur"], four["secret"]) == (None, True)


async def test_threshold_is_configurable_and_applies_to_rate_denominators(harness):
    async with harness(seuil_secret=6) as h:
        await _ages(h, {25: 5, 50: 7})
        defs = (await h.client.get("/v1/indicateurs", headers=h.headers())).json()["items"]
        assert {d["seuil_secret"] for d in defs} == {6}
        rows = (await h.get("taux_rupture", role="financeur", periode="2025", par="tranche_age"))["valeurs"]
        by = {r["dimensions"]["tranche_age"]: r for r in rows}
        # Denominator 5 < 6 → suppressed; then the only other cell (7) is suppressed as well.
        assert by["MOINS_26"]["secret"] and by["MOINS_26"]["denominateur"] == 5
        assert by["50_PLUS"]["secret"]
        whole = await h.one("taux_rupture", role="financeur", periode="2025")
        assert (whole["numerateur"], whole["denominateur"], whole["secret"]) == (0, 12, False)


async def test_secondary_suppression_in_two_dimensions(harness):
    async with harness() as h:
        s = h.feeds.session(debut="2025-01-06", places=60)
        cells = {("F", 25): 3, ("F", 30): 8, ("M", 25): 9, ("M", 30): 10}
        for (sexe, age), n in cells.items():
            for _ in range(n):
                h.feeds.inscrit(s, date_entree="2025-01-06", sexe=sexe, age=age)
        await h.sync()
        rows = (await h.get("entrees", role="financeur", periode="2025", par="sexe,tranche_age"))["valeurs"]
        secret = {(r["dimensions"]["sexe"], r["dimensions"]["tranche_age"]) for r in rows if r["secret"]}
        # F×<26 (3) is primary; its row (F) and column (<26) each need a second hidden cell, and so
        # does the cell that closes the rectangle: every margin then hides two or zero cells.
        assert secret == {("F", "MOINS_26"), ("F", "26_49"), ("M", "MOINS_26"), ("M", "26_49")}


async def test_as_of_before_and_after_a_late_exit(harness):
    async with harness() as h:
        s = h.feeds.session(debut="2025-01-06", at="2025-01-02")
        late = h.feeds.inscrit(s, date_entree="2025-01-10", at="2025-01-10")
        on_time = h.feeds.inscrit(s, date_entree="2025-01-10", at="2025-01-10")
        h.feeds.sortie(on_time, "2025-03-31", certification="OBTENUE_TOTALE", heures=300, at="2025-03-31")
        # The abandon of 1 March is only declared on 15 June; attendance corrected on 10 May.
        h.feeds.sortie(late, "2025-03-01", type="ABANDON", motif="SANTE", heures=100, at="2025-06-15")
        h.feeds.heures(on_time, 350, at="2025-05-10")
        await h.sync()

        before = await h.get("taux_rupture", periode="2025-T1", as_of="2025-04-01")
        assert before["valeurs"][0]["numerateur"] == 0 and before["valeurs"][0]["denominateur"] == 2
        assert before["donnees_au"].startswith("2025-04-01T23:59:59")
        after = await h.one("taux_rupture", periode="2025-T1", as_of="2025-06-15")
        assert (after["numerateur"], after["denominateur"]) == (1, 2)
        now = await h.get("taux_rupture", periode="2025-T1")
        assert now["valeurs"][0]["numerateur"] == 1
        assert now["donnees_au"].startswith("2025-06-15T12:00:00")
        # Hours of the T1 exits: before the correction 300/400 (the late exit not known yet)…
        h_before = await h.one("taux_heures_realisees", periode="2025-T1", as_of="2025-05-09T23:00:00Z")
        assert (h_before["numerateur"], h_before["denominateur"]) == (300, 400)
        # …then 350/400 once corrected, then both exits (350 + 100) / 800 after the late exit.
        h_mid = await h.one("taux_heures_realisees", periode="2025-T1", as_of="2025-05-10T13:00:00+00:00")
        assert (h_mid["numerateur"], h_mid["denominateur"]) == (350, 400)
        h_now = await h.one("taux_heures_realisees", periode="2025-T1")
        assert (h_now["numerateur"], h_now["denominateur"]) == (450, 800)
        # Before anything was recorded there is no figure at all.
        assert (await h.one("entrees", periode="2025", as_of="2024-12-31"))["valeur"] == 0


async def test_a_correction_replaces_the_earlier_exit(harness):
    async with harness() as h:
        s = h.feeds.session(debut="2025-01-06", at="2025-01-02")
        p = h.feeds.inscrit(s, date_entree="2025-01-10", at="2025-01-10")
        h.feeds.sortie(p, "2025-02-01", type="ABANDON", motif="AUTRE", heures=50, at="2025-02-02")
        h.feeds.sortie(p, "2025-02-01", type="ABANDON", motif="EMPLOI", heures=50, at="2025-02-20")
        await h.sync()
        assert (await h.one("taux_rupture_nette", periode="2025"))["numerateur"] == 0
        assert (await h.one("taux_rupture_nette", periode="2025", as_of="2025-02-10"))["numerateur"] == 1
