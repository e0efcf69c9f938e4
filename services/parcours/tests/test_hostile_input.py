"""Hostile input (issue 17): huge numbers, deep JSON, huge CSV fields, dates from another era, loose types.

Every answer is a French problem+json naming the field, and nothing is written.
"""

from datetime import date, timedelta

import pytest

pytestmark = pytest.mark.asyncio

HUGE = "100000000000000000000"


def _problem(resp, status=422):
    assert resp.status_code == status, resp.text
    assert resp.headers["content-type"].startswith("application/problem+json")
    return resp.json()


def _pointers(body):
    return [e["pointer"] for e in body["errors"]]


async def _count(api, path):
    return (await api.client.get(path, headers=api.region)).json()["total"]


@pytest.mark.parametrize("param", ["page", "limit"])
async def test_huge_page_or_limit_is_a_422_naming_it(api, param):
    resp = await api.client.get(f"/v1/candidatures?{param}={HUGE}", headers=api.ft)
    body = _problem(resp)
    assert _pointers(body) == [f"/{param}"]
    assert body["errors"][0]["message"]  # French, from servicekit's table


async def test_deep_json_on_presences_is_refused(api):
    sid = api.catalogue.add_session()
    p = await api.parcours(sid)
    deep = '{"presences": [' + "[" * 5000 + "]" * 5000 + "]}"
    resp = await api.client.post(
        "/v1/presences", content=deep.encode(), headers={**api.of1, "content-type": "application/json"}
    )
    body = _problem(resp)
    assert body["errors"][0]["pointer"] == ""
    detail = (await api.client.get(f"/v1/parcours/{p['id']}", headers=api.of1)).json()
    assert detail["heures_realisees"] == 0


async def test_csv_field_over_the_limit_names_line_and_column(api):
    sid = api.catalogue.add_session()
    p = await api.parcours(sid)
    good = f"{p['id']};{api.iso(-5)};7;0;"
    text = "parcours_id;date;heures_presence;heures_absence;motif_absence\n" + good + "\n"
    text += f"{p['id']};{api.iso(-4)};7;0;{'x' * 200_000}\n"
    resp = await api.client.post(
        "/v1/presences/import", content=text.encode(), headers={**api.of1, "content-type": "text/csv"}
    )
    body = _problem(resp)
    assert [(e["ligne"], e["colonne"]) for e in body["erreurs"]] == [(3, "motif_absence")]
    detail = (await api.client.get(f"/v1/parcours/{p['id']}", headers=api.of1)).json()
    assert detail["heures_realisees"] == 0  # all or nothing


def _years_ago(years, days=0):
    today = date.today()
    return (today.replace(year=today.year - years) + timedelta(days=days)).isoformat()


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("date_naissance", "2030-01-01"),
        ("date_naissance", "1800-05-01"),
        ("date_naissance", "0001-01-01"),
        ("date_naissance", _years_ago(10)),
        ("date_inscription_de", (date.today() + timedelta(days=40)).isoformat()),
        ("date_inscription_de", "0999-06-01"),
        ("nom", "Mar\x00tin"),
        ("prenom", "L\x07éa"),
    ],
)
async def test_implausible_trainee_is_refused(api, field, value):
    sid = api.catalogue.add_session()
    resp = await api.candidature(sid, stagiaire=api.stagiaire(**{field: value}))
    body = _problem(resp)
    assert _pointers(body) == [f"/stagiaire/{field}"]
    assert await _count(api, "/v1/candidatures") == 0
    assert api.catalogue.holds == {}


async def test_trainee_too_young_on_the_candidature_date(api):
    sid = api.catalogue.add_session(debut=-400, fin=90)
    # 16 today, but 15 on the (late-declared) candidature date a year ago.
    born = _years_ago(16, days=-30)
    resp = await api.candidature(
        sid, stagiaire=api.stagiaire(date_naissance=born), date_candidature=api.iso(-365)
    )
    body = _problem(resp)
    assert _pointers(body) == ["/stagiaire/date_naissance"]
    assert "16 ans" in body["errors"][0]["message"]
    assert await _count(api, "/v1/candidatures") == 0


async def test_control_characters_refused_in_free_text(api):
    sid = api.catalogue.add_session()
    resp = await api.candidature(sid, message="Projet\x00validé")
    assert _pointers(_problem(resp)) == ["/message"]
    # Line breaks and tabs stay allowed in free text.
    ok = await api.candidature(sid, message="Projet validé.\r\n\tÀ suivre.")
    assert ok.status_code == 201, ok.text


async def test_effective_dates_before_2000_are_refused(api):
    sid = api.catalogue.add_session()
    resp = await api.candidature(sid, date_candidature="0999-06-01")
    assert _pointers(_problem(resp)) == ["/date_candidature"]
    cid = await api.accepted(sid)
    resp = await api.client.post(
        f"/v1/candidatures/{cid}/entree",
        json={"date_entree": "1999-12-31", "heures_prevues": 400},
        headers=api.of1,
    )
    assert _pointers(_problem(resp)) == ["/date_entree"]
    p = await api.parcours(sid)
    item = {"parcours_id": p["id"], "date": "0001-01-01", "heures_presence": 7}
    resp = await api.client.post("/v1/presences", json={"presences": [item]}, headers=api.of1)
    assert resp.status_code == 200, resp.text
    assert [e["pointer"] for e in resp.json()["erreurs"]] == ["/presences/0/date"]


@pytest.mark.parametrize("value", ["400", True])
async def test_numbers_must_be_json_numbers(api, value):
    sid = api.catalogue.add_session()
    cid = await api.accepted(sid)
    resp = await api.client.post(
        f"/v1/candidatures/{cid}/entree",
        json={"date_entree": api.iso(-1), "heures_prevues": value},
        headers=api.of1,
    )
    assert _pointers(_problem(resp)) == ["/heures_prevues"]
    assert await _count(api, "/v1/parcours") == 0


@pytest.mark.parametrize("value", ["7", True])
async def test_bulk_presence_hours_must_be_json_numbers(api, value):
    sid = api.catalogue.add_session()
    p = await api.parcours(sid)
    item = {"parcours_id": p["id"], "date": api.iso(-2), "heures_presence": value}
    resp = await api.client.post("/v1/presences", json={"presences": [item]}, headers=api.of1)
    assert resp.status_code == 200, resp.text
    assert resp.json()["appliquees"] == 0
    assert [e["pointer"] for e in resp.json()["erreurs"]] == ["/presences/0/heures_presence"]


@pytest.mark.parametrize(("field", "value"), [("rqth", "true"), ("rsa", 1)])
async def test_booleans_must_be_json_booleans(api, field, value):
    sid = api.catalogue.add_session()
    resp = await api.candidature(sid, stagiaire=api.stagiaire(**{field: value}))
    assert _pointers(_problem(resp)) == [f"/stagiaire/{field}"]


async def test_huge_event_sequence_is_a_422_naming_after(api):
    resp = await api.client.get(f"/v1/events?after={HUGE}", headers=api.region)
    assert _pointers(_problem(resp)) == ["/after"]
    largest = await api.client.get(f"/v1/events?after={2**63 - 1}", headers=api.region)
    assert largest.status_code == 200, largest.text  # the bound fits the sequence column
    assert largest.json()["items"] == []
