"""Who sees what: every endpoint × Région, the right valideur, another valideur, the right OF, another OF, no token."""

import pytest

pytestmark = pytest.mark.asyncio

CALLERS = ("region", "ft", "ml", "of1", "of2", "none")


class World:
    """Fresh objects for each call: the prescriber is FT44001, the session belongs to OF 1."""

    def __init__(self, api):
        self.api = api
        self.sid = api.catalogue.add_session(places=500, debut=-400, fin=60)

    async def candidature(self):
        return (await self.api.candidature(self.sid, date_candidature=self.api.iso(-390))).json()["id"]

    async def accepted(self):
        return await self.api.accepted(self.sid, date_candidature=self.api.iso(-390))

    async def refused(self):
        cid = await self.candidature()
        await self.api.client.post(
            f"/v1/candidatures/{cid}/decision",
            headers=self.api.of1,
            json={"decision": "REFUSEE", "motif": "AUTRE", "message": "Complet"},
        )
        return cid

    async def parcours(self):
        return (await self.api.parcours(self.sid, entree=-380))["id"]

    async def suspended(self):
        pid = await self.parcours()
        await self.api.client.post(
            f"/v1/parcours/{pid}/suspension", json={"date": self.api.iso(-300)}, headers=self.api.of1
        )
        return pid

    async def exited(self):
        pid = await self.parcours()
        await self.api.client.post(
            f"/v1/parcours/{pid}/sortie",
            headers=self.api.of1,
            json={"date_sortie": self.api.iso(-200), "type": "ABANDON", "motif": "SANTE"},
        )
        return pid

    async def alerte(self):
        pid = await self.parcours()
        days = [
            {"parcours_id": pid, "date": self.api.iso(-d), "heures_presence": 0, "heures_absence": 7}
            for d in (3, 2, 1)
        ]
        await self.api.client.post("/v1/presences", json={"presences": days}, headers=self.api.of1)
        return (await self.api.client.get(f"/v1/alertes?parcours_id={pid}", headers=self.api.of1)).json()[
            "items"
        ][0]["id"]


def _ids(resp):
    return {item["id"] for item in resp.json()["items"]} if resp.status_code == 200 else set()


# (name, setup, method, url template, body, expected per caller). "seen"/"hidden" = 200 with / without the object.
CASES = [
    (
        "candidatures list",
        "candidature",
        "GET",
        "/v1/candidatures",
        None,
        ("seen", "seen", "hidden", "seen", "hidden", 401),
    ),
    (
        "candidature detail",
        "candidature",
        "GET",
        "/v1/candidatures/{id}",
        None,
        (200, 200, 404, 200, 404, 401),
    ),
    ("candidature create", None, "POST", "/v1/candidatures", "new", (403, 201, 201, 403, 403, 401)),
    (
        "positionnement",
        "candidature",
        "POST",
        "/v1/candidatures/{id}/positionnement",
        {},
        (403, 403, 403, 200, 404, 401),
    ),
    (
        "decision",
        "candidature",
        "POST",
        "/v1/candidatures/{id}/decision",
        {"decision": "ACCEPTEE"},
        (403, 403, 403, 200, 404, 401),
    ),
    (
        "annulation",
        "candidature",
        "POST",
        "/v1/candidatures/{id}/annulation",
        {},
        (403, 200, 404, 403, 403, 401),
    ),
    ("retravail", "refused", "POST", "/v1/candidatures/{id}/retravail", {}, (403, 201, 404, 403, 403, 401)),
    ("entree", "accepted", "POST", "/v1/candidatures/{id}/entree", "entree", (403, 403, 403, 201, 404, 401)),
    (
        "parcours list",
        "parcours",
        "GET",
        "/v1/parcours",
        None,
        ("seen", "seen", "hidden", "seen", "hidden", 401),
    ),
    ("parcours detail", "parcours", "GET", "/v1/parcours/{id}", None, (200, 200, 404, 200, 404, 401)),
    (
        "suspension",
        "parcours",
        "POST",
        "/v1/parcours/{id}/suspension",
        "today",
        (403, 403, 403, 200, 404, 401),
    ),
    ("reprise", "suspended", "POST", "/v1/parcours/{id}/reprise", "today", (403, 403, 403, 200, 404, 401)),
    ("sortie", "parcours", "POST", "/v1/parcours/{id}/sortie", "sortie", (403, 403, 403, 200, 404, 401)),
    ("suivis", "exited", "POST", "/v1/parcours/{id}/suivis", "suivi", (403, 201, 404, 201, 404, 401)),
    ("presences", "parcours", "POST", "/v1/presences", "presence", (403, 403, 403, "seen", "hidden", 401)),
    ("presences import", "parcours", "POST", "/v1/presences/import", "csv", (403, 403, 403, 200, 422, 401)),
    ("alertes list", "alerte", "GET", "/v1/alertes", None, ("seen", "seen", "hidden", "seen", "hidden", 401)),
    (
        "acquittement",
        "alerte",
        "POST",
        "/v1/alertes/{id}/acquittement",
        {"commentaire": "Appelé"},
        (403, 200, 404, 200, 404, 401),
    ),
    ("audit", None, "GET", "/v1/audit", None, (200, 403, 403, 403, 403, 401)),
    ("audit-verification", None, "GET", "/v1/audit/verification", None, (200, 403, 403, 403, 403, 401)),
    ("events", None, "GET", "/v1/events", None, (200, 403, 403, 403, 403, 401)),
]


def _body(api, kind, oid, sid):
    today = api.iso(0)
    bodies = {
        "new": {"session_id": sid, "stagiaire": api.stagiaire()},
        "entree": {"date_entree": api.iso(-380), "heures_prevues": 300},
        "today": {"date": today},
        "sortie": {"date_sortie": today, "type": "ABANDON", "motif": "FAMILLE"},
        "suivi": {"horizon_mois": 3, "date": today, "situation": "RECHERCHE", "source": "OF"},
        "presence": {"presences": [{"parcours_id": oid, "date": api.iso(-1), "heures_presence": 7}]},
    }
    return bodies[kind] if isinstance(kind, str) else kind


async def _call(api, world, case, caller):
    name, setup, method, url, body, _ = case
    oid = await getattr(world, setup)() if setup else None
    headers = {} if caller == "none" else dict(getattr(api, caller))
    target = url.format(id=oid)
    if body == "csv":
        headers["content-type"] = "text/csv"
        content = f"parcours_id;date;heures_presence\n{oid};{api.iso(-1)};7\n".encode()
        return oid, await api.client.request(method, target, content=content, headers=headers)
    payload = _body(api, body, oid, world.sid)
    return oid, await api.client.request(method, target, json=payload, headers=headers)


async def test_matrix(api):
    world = World(api)
    failures = []
    for case in CASES:
        for caller, expected in zip(CALLERS, case[5], strict=True):
            oid, resp = await _call(api, world, case, caller)
            if expected in ("seen", "hidden"):
                if "presences" in case[0]:
                    got = "seen" if resp.json().get("appliquees") == 1 else "hidden"
                else:
                    got = "seen" if oid in _ids(resp) else "hidden"
                ok = resp.status_code == 200 and got == expected
            else:
                got = resp.status_code
                ok = got == expected
            if not ok:
                failures.append(f"{case[0]} × {caller}: attendu {expected}, obtenu {got} {resp.text[:120]}")
            if isinstance(expected, int) and expected >= 400:
                assert resp.headers["content-type"].startswith("application/problem+json"), case[0]
    assert failures == []
