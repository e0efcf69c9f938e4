"""Attendance: bulk JSON with per-index errors and Idempotency-Key, CSV all-or-nothing, totals = sums."""

import pytest

pytestmark = pytest.mark.asyncio


def _day(p, days, present=7.0, absent=0.0, motif=None):
    item = {"parcours_id": p["id"], "date": days, "heures_presence": present, "heures_absence": absent}
    if motif:
        item["motif_absence"] = motif
    return item


async def _detail(api, p):
    return (await api.client.get(f"/v1/parcours/{p['id']}", headers=api.of1)).json()


async def test_bulk_applies_valid_items_and_reports_invalid_ones(api):
    sid = api.catalogue.add_session()
    p = await api.parcours(sid, entree=-20)
    items = [
        _day(p, api.iso(-10), 7),
        _day(p, api.iso(-9), 6.5, 0.5),
        _day(p, api.iso(-30), 7),  # before entry
        _day(p, api.iso(1), 7),  # future
        _day(p, api.iso(-8), 8, 3),  # > 10 h
        {"parcours_id": p["id"], "date": api.iso(-7), "heures_presence": "beaucoup"},
        {**_day(p, api.iso(-6)), "parcours_id": "00000000-0000-4000-8000-000000000000"},
    ]
    resp = await api.client.post("/v1/presences", json={"presences": items}, headers=api.of1)
    assert resp.status_code == 200, resp.text
    body = resp.json()
    assert body["appliquees"] == 2
    assert [(e["index"], e["pointer"]) for e in body["erreurs"]] == [
        (2, "/presences/2/date"),
        (3, "/presences/3/date"),
        (4, "/presences/4/heures_presence"),
        (5, "/presences/5/heures_presence"),
        (6, "/presences/6/parcours_id"),
    ]
    detail = await _detail(api, p)
    assert detail["heures_realisees"] == 13.5 and detail["heures_absence_injustifiee"] == 0.5
    # The same day again replaces it.
    again = await api.client.post(
        "/v1/presences", json={"presences": [_day(p, api.iso(-10), 3, 4, "JUSTIFIEE")]}, headers=api.of1
    )
    assert again.json()["appliquees"] == 1
    detail = await _detail(api, p)
    assert detail["heures_realisees"] == 9.5 and detail["heures_absence_justifiee"] == 4
    events = await api.events("parcours.heures")
    assert [e["data"]["heures_realisees"] for e in events] == [13.5, 9.5]


async def test_other_of_cannot_post_and_nothing_after_exit(api):
    sid = api.catalogue.add_session()
    p = await api.parcours(sid, entree=-20)
    other = await api.client.post(
        "/v1/presences", json={"presences": [_day(p, api.iso(-5))]}, headers=api.of2
    )
    assert other.json()["appliquees"] == 0 and other.json()["erreurs"][0]["pointer"].endswith("/parcours_id")
    await api.client.post(
        f"/v1/parcours/{p['id']}/sortie",
        json={"date_sortie": api.iso(-6), "type": "ABANDON", "motif": "SANTE"},
        headers=api.of1,
    )
    late = await api.client.post("/v1/presences", json={"presences": [_day(p, api.iso(-5))]}, headers=api.of1)
    assert late.json()["erreurs"][0]["pointer"] == "/presences/0/date"


async def test_exit_refused_before_recorded_attendance(api):
    sid = api.catalogue.add_session()
    p = await api.parcours(sid, entree=-20)
    await api.client.post("/v1/presences", json={"presences": [_day(p, api.iso(-3))]}, headers=api.of1)
    resp = await api.client.post(
        f"/v1/parcours/{p['id']}/sortie",
        json={"date_sortie": api.iso(-5), "type": "ABANDON", "motif": "SANTE"},
        headers=api.of1,
    )
    assert resp.status_code == 422 and resp.json()["errors"][0]["pointer"] == "/date_sortie"


async def test_idempotency_key_replay_and_reuse(api):
    sid = api.catalogue.add_session()
    p = await api.parcours(sid, entree=-20)
    headers = {**api.of1, "Idempotency-Key": "lot-42"}
    body = {"presences": [_day(p, api.iso(-4), 7)]}
    first = await api.client.post("/v1/presences", json=body, headers=headers)
    replay = await api.client.post("/v1/presences", json=body, headers=headers)
    assert first.json() == replay.json() == {"appliquees": 1, "erreurs": []}
    assert len(await api.events("parcours.heures")) == 1
    other = await api.client.post(
        "/v1/presences", json={"presences": [_day(p, api.iso(-4), 5)]}, headers=headers
    )
    assert other.status_code == 422 and other.json()["code"] == "idempotency_key_reused"
    assert (await _detail(api, p))["heures_realisees"] == 7


async def test_csv_upload_all_or_nothing(api):
    sid = api.catalogue.add_session()
    p = await api.parcours(sid, entree=-20)
    pid = p["id"]
    good = f"\ufeffparcours_id;date;heures_presence;heures_absence;motif_absence\r\n{pid};{api.iso(-5)};6,5;0,5;\r\n{pid};{api.iso(-4)};7;0;\r\n"
    resp = await api.client.post(
        "/v1/presences/import", content=good.encode(), headers={**api.of1, "content-type": "text/csv"}
    )
    assert resp.status_code == 200, resp.text
    assert resp.json() == {"appliquees": 2}
    assert (await _detail(api, p))["heures_realisees"] == 13.5
    bad = (
        f"parcours_id,date,heures_presence,heures_absence\n{pid},{api.iso(-3)},7,0\n{pid},{api.iso(-2)},sept,0\n"
        f"{pid},{api.iso(-1)},9,3\n{pid},pas-une-date,7,0\n"
    )
    resp = await api.client.post(
        "/v1/presences/import", content=bad.encode(), headers={**api.of1, "content-type": "text/csv"}
    )
    assert resp.status_code == 422
    assert resp.headers["content-type"].startswith("application/problem+json")
    erreurs = resp.json()["erreurs"]
    assert [(e["ligne"], e["colonne"]) for e in erreurs] == [
        (3, "heures_presence"),
        (4, "heures_presence"),
        (5, "date"),
    ]
    assert (await _detail(api, p))["heures_realisees"] == 13.5  # nothing of the bad file applied


async def test_csv_wrong_column(api):
    resp = await api.client.post(
        "/v1/presences/import",
        content=b"parcours;date;heures_presence\n",
        headers={**api.of1, "content-type": "text/csv"},
    )
    assert resp.status_code == 422
    assert resp.json()["erreurs"][0] == {
        "ligne": 1,
        "colonne": "parcours",
        "message": "Colonne inconnue : « parcours ».",
    }


async def test_thirteen_hours_a_day_are_refused(api):
    """PARCOURS_HEURES_JOUR_MAX (10 h present + absent): 13 h is refused in JSON and CSV, 10 h is not."""
    sid = api.catalogue.add_session()
    p = await api.parcours(sid, entree=-20)
    items = [_day(p, api.iso(-4), 13), _day(p, api.iso(-3), 9, 4), _day(p, api.iso(-2), 6, 4)]
    resp = await api.client.post("/v1/presences", json={"presences": items}, headers=api.of1)
    assert resp.status_code == 200, resp.text
    body = resp.json()
    assert body["appliquees"] == 1
    assert [(e["index"], e["pointer"]) for e in body["erreurs"]] == [
        (0, "/presences/0/heures_presence"),
        (1, "/presences/1/heures_presence"),
    ]
    assert all("Plus de 10 h" in e["message"] for e in body["erreurs"])
    detail = await _detail(api, p)
    assert detail["heures_realisees"] == 6 and detail["heures_absence_injustifiee"] == 4
    csv = f"parcours_id;date;heures_presence;heures_absence\n{p['id']};{api.iso(-5)};13;0\n"
    resp = await api.client.post(
        "/v1/presences/import", content=csv.encode(), headers={**api.of1, "content-type": "text/csv"}
    )
    assert resp.status_code == 422 and resp.json()["code"] == "import_invalide"
    assert [(e["ligne"], e["colonne"]) for e in resp.json()["erreurs"]] == [(2, "heures_presence")]
    assert (await _detail(api, p))["heures_realisees"] == 6


async def test_configurable_daily_bound(start_parcours):
    async with start_parcours(heures_jour_max=12) as api:
        sid = api.catalogue.add_session()
        p = await api.parcours(sid, entree=-20)
        items = [_day(p, api.iso(-3), 11), _day(p, api.iso(-2), 13)]
        resp = await api.client.post("/v1/presences", json={"presences": items}, headers=api.of1)
        body = resp.json()
        assert body["appliquees"] == 1
        assert [(e["index"], e["message"]) for e in body["erreurs"]] == [
            (1, "Plus de 12 h déclarées pour une journée (présence + absence).")
        ]


async def test_alerts_consecutive_absences_and_acknowledgement(api):
    sid = api.catalogue.add_session()
    p = await api.parcours(sid, entree=-20)
    days = [_day(p, api.iso(-d), 0, 7) for d in (5, 4, 3)]
    two = await api.client.post("/v1/presences", json={"presences": days[:2]}, headers=api.of1)
    assert two.json()["appliquees"] == 2
    assert (await api.client.get("/v1/alertes", headers=api.of1)).json()["total"] == 0
    await api.client.post("/v1/presences", json={"presences": days[2:]}, headers=api.of1)
    seen_of = (await api.client.get("/v1/alertes", headers=api.of1)).json()
    seen_ft = (await api.client.get("/v1/alertes", headers=api.ft)).json()
    assert seen_of["total"] == seen_ft["total"] == 1
    assert (await api.client.get("/v1/alertes", headers=api.ml)).json()["total"] == 0
    assert (await api.client.get("/v1/alertes", headers=api.of2)).json()["total"] == 0
    alerte = seen_of["items"][0]
    assert alerte["regle"] == "ABSENCES_CONSECUTIVES" and alerte["date"] == api.iso(-3)
    [event] = await api.events("alerte.levee")
    assert event["data"]["alerte_id"] == alerte["id"]
    # A justified absence does not count; a rerun of the same days raises nothing new.
    await api.client.post("/v1/presences", json={"presences": days}, headers=api.of1)
    assert len(await api.events("alerte.levee")) == 1
    empty = await api.client.post(
        f"/v1/alertes/{alerte['id']}/acquittement", json={"commentaire": ""}, headers=api.ft
    )
    assert empty.status_code == 422
    ack = await api.client.post(
        f"/v1/alertes/{alerte['id']}/acquittement",
        json={"commentaire": "Appel, reprise lundi"},
        headers=api.ft,
    )
    assert ack.status_code == 200 and ack.json()["statut"] == "TRAITEE"
    assert ack.json()["commentaire"] == "Appel, reprise lundi"


async def test_alert_low_attendance_over_window(start_parcours):
    async with start_parcours(alerte_fenetre_jours=5, alerte_taux_min=0.7) as api:
        sid = api.catalogue.add_session()
        p = await api.parcours(sid, entree=-20)
        # 5 days at 4 h out of 7 planned = 57 %, with justified absences so the streak rule stays quiet.
        days = [_day(p, api.iso(-d), 4, 3, "JUSTIFIEE") for d in range(1, 6)]
        await api.client.post("/v1/presences", json={"presences": days[:4]}, headers=api.of1)
        assert (await api.client.get("/v1/alertes", headers=api.of1)).json()["total"] == 0
        await api.client.post("/v1/presences", json={"presences": days[4:]}, headers=api.of1)
        [alerte] = (await api.client.get("/v1/alertes", headers=api.of1)).json()["items"]
        assert alerte["regle"] == "ASSIDUITE_FAIBLE"
