"""The public answers: definitions, errors in French, CSV, offer-side indicators, the lot scorecard."""

import pytest

from indicators.definitions import DEFINITIONS

pytestmark = pytest.mark.asyncio


async def test_definitions_are_listed(harness):
    async with harness() as h:
        assert (await h.client.get("/v1/indicateurs")).status_code == 200
        items = (await h.client.get("/v1/indicateurs", headers=h.headers("financeur"))).json()["items"]
        assert [i["code"] for i in items] == [d.code for d in DEFINITIONS]
        assert {"code", "libelle", "numerateur", "denominateur", "cohorte", "seuil_secret"} <= set(items[0])


async def test_errors_name_the_parameter_in_french(harness):
    async with harness() as h:
        hd = h.headers("financeur")
        unauth = await h.client.get("/v1/indicateurs/entrees", params={"periode": "2025"})
        assert unauth.status_code == 401
        unknown = await h.client.get("/v1/indicateurs/taux_bonheur", headers=hd)
        assert unknown.status_code == 404 and unknown.json()["code"] == "indicateur_inconnu"
        cases = [
            ({"periode": "2025-T5"}, "/periode", "periode_invalide"),
            ({"periode": "2025-13"}, "/periode", "periode_invalide"),
            ({"periode": "2025", "par": "couleur"}, "/par", "dimension_inconnue"),
            ({"periode": "2025", "par": "sexe,lot,niveau,qpv"}, "/par", "trop_de_dimensions"),
            ({"periode": "2025", "departemnt": "44"}, "/departemnt", "parametre_inconnu"),
            ({"periode": "2025", "as_of": "hier"}, "/as_of", "as_of_invalide"),
            ({"periode": "2025", "rqth": "peut-etre"}, "/rqth", "filtre_invalide"),
        ]
        for params, pointer, code in cases:
            resp = await h.client.get("/v1/indicateurs/entrees", params=params, headers=hd)
            assert resp.status_code == 422, params
            body = resp.json()
            assert resp.headers["content-type"].startswith("application/problem+json")
            assert body["code"] == code and body["errors"][0]["pointer"] == pointer, body
        # A person's dimension on an offer-side indicator is refused too.
        resp = await h.client.get(
            "/v1/indicateurs/places_ouvertes", params={"periode": "2025", "par": "sexe"}, headers=hd
        )
        assert resp.status_code == 422 and resp.json()["code"] == "dimension_non_applicable"
        assert "sexe" in resp.json()["detail"]


async def test_csv_export(harness):
    async with harness() as h:
        s = h.feeds.session(debut="2025-01-06", places=10)
        for i in range(3):
            p = h.feeds.inscrit(s, date_entree="2025-01-06", sexe="F" if i else "M")
            h.feeds.sortie(p, "2025-04-04", certification="OBTENUE_TOTALE", heures=100.5 + i)
        await h.sync()
        resp = await h.client.get(
            "/v1/indicateurs/taux_heures_realisees",
            params={"periode": "2025", "par": "sexe"},
            headers={**h.headers(), "Accept": "text/csv"},
        )
        assert resp.status_code == 200 and resp.headers["content-type"].startswith("text/csv")
        assert resp.content.startswith(b"\xef\xbb\xbf")
        lines = resp.content.decode("utf-8-sig").splitlines()
        assert lines[0] == "code;periode;sexe;numerateur;denominateur;valeur;secret"
        # F: (101.5 + 102.5) / 800 = 0.255 ; M: 100.5 / 400 = 0.25125 → 0.2512 (4 decimals).
        assert lines[1] == "taux_heures_realisees;2025;F;204;800;0,255;non"
        assert lines[2] == "taux_heures_realisees;2025;M;100,5;400;0,2512;non"
        suffix = await h.client.get(
            "/v1/indicateurs/entrees.csv", params={"periode": "2025"}, headers=h.headers()
        )
        assert suffix.content.decode("utf-8-sig").splitlines() == [
            "code;periode;numerateur;denominateur;valeur;secret",
            "entrees;2025;3;;3;non",
        ]


async def test_offer_and_candidature_indicators(harness):
    async with harness() as h:
        jan = h.feeds.session(debut="2025-01-06", places=10, lot_id="L1")
        fev = h.feeds.session(debut="2025-02-03", places=6, lot_id="L2")
        h.feeds.session(debut="2024-12-02", places=50, lot_id="L1")  # starts before the period
        # Places cut from 6 to 5 later on: the latest snapshot wins, as_of sees the earlier one.
        h.feeds.session(
            debut="2025-02-03",
            places=5,
            lot_id="L2",
            session_id=fev,
            kind="session.modifiee",
            at="2025-02-10",
        )
        c1 = h.feeds.candidature(jan, date_candidature="2025-01-02")
        c2 = h.feeds.candidature(jan, date_candidature="2025-01-03")
        c3 = h.feeds.candidature(fev, date_candidature="2025-01-20")
        h.feeds.candidature(fev, date_candidature="2025-01-21")  # still pending
        h.feeds.candidature(jan, date_candidature="2024-12-15")  # sent before the period
        h.feeds.emit(
            "parcours",
            "candidature.refusee",
            c3,
            {"candidature_id": c3, "session_id": fev, "date": "2025-01-25", "motif": "PREREQUIS"},
        )
        h.feeds.entree(c1, date_entree="2025-01-06")  # 4 days
        h.feeds.entree(c2, date_entree="2025-01-13")  # 10 days
        h.feeds.inscrit(fev, date_entree="2025-02-03", date_candidature="2025-01-10")  # 24 days
        h.feeds.inscrit(fev, date_entree="2025-02-03", date_candidature="2025-01-27")  # 7 days
        await h.sync()

        places = await h.one("places_ouvertes", periode="2025-T1")
        assert places["valeur"] == 10 + 5
        assert (await h.one("places_ouvertes", periode="2025-T1", as_of="2025-02-09"))["valeur"] == 10 + 6
        fill = {
            r["dimensions"]["lot"]: r
            for r in (await h.get("taux_remplissage", periode="2025-T1", par="lot"))["valeurs"]
        }
        assert (fill["L1"]["numerateur"], fill["L1"]["denominateur"]) == (2, 10)
        assert (fill["L2"]["numerateur"], fill["L2"]["denominateur"]) == (2, 5)
        # Candidatures sent in January: c1, c2, c3, the pending one and the two behind the direct
        # entries dated 10 and 27 January = 6, of which 4 led to an entry.
        tr = await h.one("taux_transformation", periode="2025-01")
        assert (tr["numerateur"], tr["denominateur"]) == (4, 6)
        # Median of 4, 7, 10, 24 days = (7 + 10) / 2.
        delai = await h.one("delai_candidature_entree", periode="2025-T1")
        assert (delai["valeur"], delai["denominateur"]) == (8.5, 4)
        assert (await h.one("delai_candidature_entree", periode="2025-01"))["valeur"] == 7.0


async def test_objective_and_lot_scorecard(harness):
    async with harness() as h:
        lot = h.feeds.lot(lot_id="L1", objectif=73, debut="2025-01-01", fin="2025-12-31")
        h.feeds.lot(lot_id="L2", objectif=10, debut="2025-01-01", fin="2025-12-31")
        s1 = h.feeds.session(debut="2025-01-06", places=8, lot_id="L1")
        s2 = h.feeds.session(debut="2025-01-06", places=10, lot_id="L2")
        for i in range(6):
            p = h.feeds.inscrit(s1, date_entree="2025-01-06")
            h.feeds.sortie(
                p,
                "2025-03-03",
                type="ABANDON" if i < 2 else "TERME",
                motif="EMPLOI" if i == 0 else "SANTE" if i == 1 else None,
                certification=None if i < 2 else "OBTENUE_TOTALE",
                heures=100,
            )
        for _ in range(4):
            p = h.feeds.inscrit(s2, date_entree="2025-01-06")
            h.feeds.sortie(p, "2025-03-03", certification="ECHEC", heures=300)
        await h.sync()

        # 2025-T1 is 90 of the marché's 365 days: objective 73 × 90 / 365 = 18.
        obj = {
            r["dimensions"]["lot"]: r
            for r in (await h.get("entrees_vs_objectif", periode="2025-T1", par="lot"))["valeurs"]
        }
        assert (obj["L1"]["numerateur"], obj["L1"]["denominateur"]) == (6, 18.0)
        assert obj["L1"]["valeur"] == pytest.approx(6 / 18, abs=1e-4)
        assert obj["L1"]["objectif_total"] == 73

        resp = await h.client.get(f"/v1/lots/{lot}/bilan", params={"periode": "2025"}, headers=h.headers())
        assert resp.status_code == 200, resp.text
        bilan = {i["code"]: i for i in resp.json()["indicateurs"]}
        # Lot: 2 ruptures of 6 entries; region: 2 of 10.
        r = bilan["taux_rupture"]
        assert (r["lot"]["numerateur"], r["lot"]["denominateur"]) == (2, 6)
        assert (r["region"]["numerateur"], r["region"]["denominateur"]) == (2, 10)
        assert r["ecart"] == pytest.approx(2 / 6 - 2 / 10, abs=1e-3)
        # Net: only the SANTE one. Certification: lot 4/4, region 4/8.
        assert bilan["taux_rupture_nette"]["lot"]["numerateur"] == 1
        assert bilan["taux_reussite_certification"]["lot"]["valeur"] == 1.0
        assert bilan["taux_reussite_certification"]["region"]["valeur"] == 0.5
        assert bilan["places_ouvertes"]["lot"]["valeur"] == 8
        assert bilan["places_ouvertes"]["region"] == {"total": 18, "moyenne_par_lot": 9.0}
        missing = await h.client.get("/v1/lots/nope/bilan", headers=h.headers())
        assert missing.status_code == 404 and missing.json()["code"] == "lot_introuvable"


async def test_openapi_documents_every_answer(harness):
    """Every operation declares its answer's shape and the problem+json answers it can give."""
    async with harness() as h:
        paths = h.app.openapi()["paths"]
        for path, ops in paths.items():
            if not path.startswith("/v1/"):
                continue
            for op in ops.values():
                ok = next(r for s, r in op["responses"].items() if s.startswith("2"))
                assert "schema" in ok["content"]["application/json"], path
        codes = paths["/v1/indicateurs/{code}"]["get"]["responses"]
        assert "application/problem+json" in codes["404"]["content"]
        problems = codes["422"]["content"]["application/problem+json"]["schema"]["properties"]["code"]["enum"]
        assert {"periode_invalide", "dimension_inconnue", "public_inconnu"} <= set(problems)
        assert "text/csv" in codes["200"]["content"]
        denied = paths["/v1/admin/reconstruction"]["post"]["responses"]["403"]
        assert denied["content"]["application/problem+json"]["schema"]["properties"]["code"]["enum"] == [
            "hors_perimetre"
        ]
        assert "404" in paths["/v1/lots/{lot_id}/bilan"]["get"]["responses"]
