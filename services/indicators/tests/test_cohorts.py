"""Hand-built cohorts: each indicator's expected value is worked out here, event by event."""

import pytest

pytestmark = pytest.mark.asyncio


async def test_suspension_then_exit(harness):
    async with harness() as h:
        s = h.feeds.session(debut="2025-02-03", places=10)
        a = h.feeds.inscrit(s, date_entree="2025-02-03", heures_prevues=300)
        h.feeds.suspension(a, "2025-03-01")
        h.feeds.reprise(a, "2025-03-15")
        h.feeds.suspension(a, "2025-04-01")
        h.feeds.sortie(a, "2025-04-20", type="ABANDON", motif="SANTE", heures=120)
        b = h.feeds.inscrit(s, date_entree="2025-02-10", heures_prevues=300)
        h.feeds.sortie(b, "2025-06-30", type="TERME", certification="OBTENUE_TOTALE", heures=290)
        await h.sync()

        # Both entered in 2025-T1; the suspended one left in ABANDON (health): 1 rupture of 2 entries.
        assert (await h.one("entrees", periode="2025-T1"))["valeur"] == 2
        rupture = await h.one("taux_rupture", periode="2025")
        assert (rupture["numerateur"], rupture["denominateur"], rupture["valeur"]) == (1, 2, 0.5)
        assert (await h.one("taux_rupture_nette", periode="2025"))["valeur"] == 0.5
        # Hours kept through the suspension: (120 + 290) / (300 + 300).
        heures = await h.one("taux_heures_realisees", periode="2025")
        assert heures["numerateur"] == 410 and heures["denominateur"] == 600
        assert heures["valeur"] == pytest.approx(410 / 600, abs=1e-4)
        # Mean days entry → exit: (2025-04-20 − 2025-02-03 = 76) and (2025-06-30 − 2025-02-10 = 140).
        duree = await h.one("duree_moyenne_parcours", periode="2025")
        assert duree["valeur"] == pytest.approx(205.0)
        assert duree["duree_moyenne_jours"] == pytest.approx((76 + 140) / 2)
        # Fill rate of the session starting in February: 2 entries for 10 places.
        assert (await h.one("taux_remplissage", periode="2025-02"))["valeur"] == pytest.approx(0.2)


async def test_exit_in_a_later_period_than_entry(harness):
    async with harness() as h:
        s = h.feeds.session(debut="2025-03-03")
        p = h.feeds.inscrit(s, date_entree="2025-03-03")
        h.feeds.sortie(p, "2025-05-28", certification="OBTENUE_TOTALE", heures=380)
        await h.sync()

        assert (await h.one("entrees", periode="2025-T1"))["valeur"] == 1
        nothing = (await h.get("entrees", periode="2025-T2"))["valeurs"]
        assert nothing == [
            {"dimensions": {}, "numerateur": 0, "denominateur": None, "valeur": 0, "secret": False}
        ]
        # Outcome cohorts follow the exit date: nothing exited in T1, one certified exit in T2.
        none_yet = await h.one("taux_reussite_certification", periode="2025-T1")
        assert (none_yet["numerateur"], none_yet["denominateur"], none_yet["valeur"]) == (0, 0, None)
        cert = await h.one("taux_reussite_certification", periode="2025-T2")
        assert (cert["numerateur"], cert["denominateur"], cert["valeur"]) == (1, 1, 1.0)
        assert (await h.one("taux_heures_realisees", periode="2025-05"))["valeur"] == pytest.approx(380 / 400)
        # The entry cohort of T1 sees a completed parcours: no rupture.
        assert (await h.one("taux_rupture", periode="2025-T1"))["valeur"] == 0.0


async def test_unknown_six_month_situation(harness):
    async with harness() as h:
        s = h.feeds.session(debut="2024-09-02")
        pids = [h.feeds.inscrit(s, date_entree="2024-09-02") for _ in range(5)]
        for p in pids:
            h.feeds.sortie(p, "2025-01-31", certification="OBTENUE_TOTALE", heures=400)
        h.feeds.suivi(pids[0], "EMPLOI", contrat="CDI", duree_emploi_mois=5)
        h.feeds.suivi(pids[1], "EMPLOI", contrat="CDD", duree_contrat_mois=3, duree_emploi_mois=3)
        h.feeds.suivi(pids[2], "RECHERCHE", duree_emploi_mois=0)
        h.feeds.suivi(pids[3], "INCONNU")
        # pids[4]: no follow-up at all. A 3-month follow-up does not count as the 6-month one.
        h.feeds.suivi(pids[4], "EMPLOI", horizon=3, contrat="CDI", duree_emploi_mois=2)
        await h.sync()

        # Known situations: CDI, CDD, RECHERCHE (3) — INCONNU is excluded from the denominator.
        emploi = await h.one("taux_acces_emploi_6m", periode="2025-01")
        assert (emploi["numerateur"], emploi["denominateur"]) == (2, 3)
        assert emploi["valeur"] == pytest.approx(2 / 3, abs=1e-4)
        durable = await h.one("taux_emploi_durable_6m", periode="2025-01")
        assert (durable["numerateur"], durable["denominateur"]) == (1, 3)  # only the CDI
        # Coverage: the 5 exits whose 6 months have elapsed, 3 of them with a known situation.
        couverture = await h.one("taux_couverture_suivi_6m", periode="2025-01")
        assert (couverture["numerateur"], couverture["denominateur"]) == (3, 5)
        # Asked as known before the 6 months elapsed (2025-07-31), nobody is due yet.
        early = await h.one("taux_couverture_suivi_6m", periode="2025-01", as_of="2025-07-15")
        assert (early["numerateur"], early["denominateur"], early["valeur"]) == (0, 0, None)


async def test_partial_certification(harness):
    async with harness() as h:
        visa = h.feeds.session(debut="2025-01-06", programme="VISA")
        acces = h.feeds.session(debut="2025-01-06", programme="ACCES", certifiante=False)
        results = ["OBTENUE_TOTALE", "OBTENUE_TOTALE", "OBTENUE_PARTIELLE", "ECHEC", "NON_PRESENTE"]
        for r in results:
            p = h.feeds.inscrit(visa, date_entree="2025-01-06")
            h.feeds.sortie(p, "2025-06-27", certification=r, heures=400)
        p = h.feeds.inscrit(visa, date_entree="2025-01-06")
        h.feeds.sortie(p, "2025-03-01", type="ABANDON", motif="FAMILLE", heures=100)
        q = h.feeds.inscrit(acces, date_entree="2025-01-06")
        h.feeds.sortie(q, "2025-06-27", certification="OBTENUE_TOTALE", heures=400)  # non-certifying
        await h.sync()

        # Denominator: TOTALE ×2, PARTIELLE, ECHEC = 4; NON_PRESENTE, the abandon and ACCÈS are out.
        cert = await h.one("taux_reussite_certification", periode="2025")
        assert (cert["numerateur"], cert["denominateur"], cert["valeur"]) == (2, 4, 0.5)
        assert cert["reussite_partielle"] == {"numerateur": 1, "valeur": 0.25}


async def test_ruptures_for_a_job_versus_for_health(harness):
    async with harness() as h:
        s = h.feeds.session(debut="2025-01-06")
        motifs = ["EMPLOI", "EMPLOI", "SANTE", "FORMATION", None]
        for m in motifs:
            p = h.feeds.inscrit(s, date_entree="2025-01-06")
            if m:
                h.feeds.sortie(p, "2025-02-15", type="ABANDON", motif=m, heures=80)
            else:
                h.feeds.sortie(p, "2025-06-15", certification="ECHEC", heures=390)
        h.feeds.inscrit(s, date_entree="2025-01-20")  # still in training
        await h.sync()

        entries = 6
        abandons = 4  # EMPLOI ×2, SANTE, FORMATION
        nets = 1  # SANTE only: EMPLOI and FORMATION are positive early exits
        brut = await h.one("taux_rupture", periode="2025")
        assert (brut["numerateur"], brut["denominateur"]) == (abandons, entries)
        nette = await h.one("taux_rupture_nette", periode="2025")
        assert (nette["numerateur"], nette["denominateur"]) == (nets, entries)
        assert nette["valeur"] == pytest.approx(nets / entries, abs=1e-4)
        emploi = await h.one("part_ruptures_emploi", periode="2025")
        assert (emploi["numerateur"], emploi["denominateur"], emploi["valeur"]) == (2, abandons, 0.5)


async def test_prepa_exit_then_visa_entry_within_and_after_nine_months(harness):
    async with harness() as h:
        prepa = h.feeds.session(debut="2024-10-01", programme="PREPA")
        visa_juin = h.feeds.session(debut="2025-06-02", programme="VISA")
        visa_nov = h.feeds.session(debut="2025-11-03", programme="VISA")
        within = h.feeds.inscrit(prepa, date_entree="2024-10-01", stagiaire_id="S-within")
        after = h.feeds.inscrit(prepa, date_entree="2024-10-01", stagiaire_id="S-after")
        never = h.feeds.inscrit(prepa, date_entree="2024-10-01", stagiaire_id="S-never")
        for p in (within, after, never):
            h.feeds.sortie(p, "2025-01-31", type="TERME", certification="SANS_OBJET", heures=200)
        # 2025-01-31 + 9 months = 2025-10-31: June is within, November after.
        h.feeds.inscrit(visa_juin, date_entree="2025-06-02", stagiaire_id="S-within", at="2025-06-02")
        h.feeds.inscrit(visa_nov, date_entree="2025-11-03", stagiaire_id="S-after", at="2025-11-03")
        await h.sync()

        qualif = await h.one("taux_acces_qualification", periode="2025-T1")
        assert (qualif["numerateur"], qualif["denominateur"]) == (1, 3)
        assert qualif["valeur"] == pytest.approx(1 / 3, abs=1e-4)
        # Asked as known before the June entry was recorded, nobody had gone on yet.
        before = await h.one("taux_acces_qualification", periode="2025-T1", as_of="2025-05-31")
        assert before["denominateur"] == 3 and before["numerateur"] == 0


async def test_same_person_in_two_parcours(harness):
    async with harness() as h:
        prepa = h.feeds.session(debut="2025-01-06", programme="PREPA")
        visa = h.feeds.session(debut="2025-05-05", programme="VISA")
        first = h.feeds.inscrit(prepa, date_entree="2025-01-06", stagiaire_id="S-1", sexe="M", age=24)
        h.feeds.sortie(first, "2025-04-04", certification="SANS_OBJET", heures=300)
        second = h.feeds.inscrit(visa, date_entree="2025-05-05", stagiaire_id="S-1", sexe="M", age=25)
        h.feeds.sortie(second, "2025-05-30", type="ABANDON", motif="EMPLOI", heures=60)
        h.feeds.inscrit(visa, date_entree="2025-05-05", stagiaire_id="S-2", sexe="F", age=40)
        await h.sync()

        # Entries count parcours: the same person twice is two entries, each in its programme.
        assert (await h.one("entrees", periode="2025"))["valeur"] == 3
        by_prog = (await h.get("entrees", periode="2025", par="programme"))["valeurs"]
        assert {r["dimensions"]["programme"]: r["valeur"] for r in by_prog} == {"PREPA": 1, "VISA": 2}
        # Her PRÉPA exit is followed by her own VISA entry a month later.
        qualif = await h.one("taux_acces_qualification", periode="2025")
        assert (qualif["numerateur"], qualif["denominateur"]) == (1, 1)
        # Publics are counted per entry: 2 of 3 entries are men, 2 of 3 under 26.
        publics = (await h.get("part_publics", periode="2025"))["valeurs"]
        share = {r["dimensions"]["public"]: (r["numerateur"], r["denominateur"]) for r in publics}
        assert share["FEMMES"] == (1, 3) and share["MOINS_26"] == (2, 3) and share["50_PLUS"] == (0, 3)


async def test_months_worked_and_contract_lengths_may_be_decimal(harness):
    """DOMAIN.md §5: ≥ 1 month worked, a CDD of ≥ 6 months; decimal months compare exactly (0.99 < 1 ≤ 1.0)."""
    async with harness() as h:
        s = h.feeds.session(debut="2025-01-06")
        suivis = [
            {"contrat": "CDD", "duree_emploi_mois": 0.99, "duree_contrat_mois": 5.99},
            {"contrat": "CDD", "duree_emploi_mois": 1.0, "duree_contrat_mois": 6.0},
            {"contrat": "INTERIM", "duree_emploi_mois": 0.5, "duree_contrat_mois": 0.5},
            {"contrat": "CDD", "duree_emploi_mois": 1.5, "duree_contrat_mois": 1.5},
        ]
        for kw in suivis:
            p = h.feeds.inscrit(s, date_entree="2025-01-06")
            h.feeds.sortie(p, "2025-02-28")
            h.feeds.suivi(p, "EMPLOI", **kw)
        await h.sync()
        emploi = await h.one("taux_acces_emploi_6m", periode="2025")
        assert (emploi["numerateur"], emploi["denominateur"]) == (2, 4)
        durable = await h.one("taux_emploi_durable_6m", periode="2025")
        assert (durable["numerateur"], durable["denominateur"]) == (1, 4)
