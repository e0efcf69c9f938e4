"""LHÉO: every fixture imports, a re-import updates, bad files are named, the export validates."""

import uuid
from pathlib import Path

import pytest
from lxml import etree

pytestmark = pytest.mark.asyncio

# Copies of the shared LHÉO fixtures and schema (a CI clone has no ../shared).
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "lheo"
XML = {"Content-Type": "application/xml"}


def _fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


async def _import(api, body: bytes, headers=None):
    return await api.client.post("/v1/imports/lheo", content=body, headers={**XML, **(headers or api.region)})


def _statuts(report, kind):
    return [e["statut"] for e in report["enregistrements"] if e["type"] == kind]


@pytest.mark.parametrize(
    "name", ["daeu.xml", "paysan-boulanger.xml", "plaquiste-tp.xml", "plaquiste-esp.xml", "poec.xml"]
)
async def test_every_fixture_imports(catalog, name):
    async with catalog() as api:
        resp = await _import(api, _fixture(name))
        listed = (await api.client.get("/v1/sessions", params={"inclure_terminees": "true"})).json()
    assert resp.status_code == 200, resp.text
    report = resp.json()
    assert report["version"] == "2.2"
    assert set(_statuts(report, "formation")) == {"CREE"} and set(_statuts(report, "session")) == {"CREE"}
    assert listed["total"] == report["resume"]["session"]["crees"] > 0


async def test_second_import_updates_instead_of_duplicating(catalog):
    async with catalog() as api:
        first = (await _import(api, _fixture("plaquiste-tp.xml"))).json()
        second = (await _import(api, _fixture("plaquiste-esp.xml"))).json()
        sessions = (
            await api.client.get("/v1/sessions", params={"inclure_terminees": "true", "q": "plaquiste"})
        ).json()
        events = await api.events()
    assert first["resume"]["session"] == {"crees": 2, "mis_a_jour": 0, "rejetes": 0}
    assert second["resume"]["formation"] == {"crees": 0, "mis_a_jour": 1, "rejetes": 0}
    assert second["resume"]["action"]["mis_a_jour"] == 2 and second["resume"]["session"]["mis_a_jour"] == 2
    assert sessions["total"] == 2
    assert all(item["entrees_sorties_permanentes"] for item in sessions["items"])
    assert {item["formation"]["certification"]["code_rncp"] for item in sessions["items"]} == {"RNCP320"}
    assert {item["formation"]["romes"][0] for item in sessions["items"]} == {"F1604"}
    assert [e["type"] for e in events] == ["session.ouverte", "session.ouverte"]


async def test_bad_documents_are_named(catalog):
    async with catalog() as api:
        malformed = await _import(api, b"<lheo><offres>")
        other = await _import(api, b"<?xml version='1.0'?><catalogue xmlns='urn:x'/>")
        empty = await _import(api, b"")
        as_of = await _import(api, _fixture("daeu.xml"), api.of(api.OF_A))
        json_body = await api.client.post("/v1/imports/lheo", json={"a": 1}, headers=api.region)
    assert malformed.status_code == 422 and malformed.json()["code"] == "xml_invalide"
    assert "ligne" in malformed.json()["detail"]
    assert other.status_code == 422 and other.json()["code"] == "lheo_invalide"
    assert "catalogue" in other.json()["errors"][0]["message"]
    assert empty.status_code == 422
    assert as_of.status_code == 403
    assert json_body.status_code == 415


async def test_a_bad_record_is_rejected_alone_and_stores_nothing(catalog):
    good = _fixture("daeu.xml").decode()
    bad = (
        _fixture("poec.xml")
        .decode()
        .replace("<SIRET>49386136300064</SIRET>", "<SIRET>49386136300065</SIRET>")
    )
    bad = bad.replace("<code-ROME>M1203</code-ROME>", "<code-ROME>M12</code-ROME>")
    formation_bad = bad[bad.index("<formation ") : bad.index("</formation>") + len("</formation>")]
    combined = good.replace("</offres>", formation_bad + "</offres>").encode()
    async with catalog() as api:
        resp = await _import(api, combined)
        only_bad = await _import(api, bad.encode())
        organismes = (await api.client.get("/v1/organismes")).json()
    report = resp.json()
    assert resp.status_code == 200
    assert _statuts(report, "formation") == ["CREE", "REJETE"]
    rejected = report["enregistrements"][-1]
    assert rejected["type"] == "session" and rejected["statut"] == "REJETE"
    formation = next(
        e for e in report["enregistrements"] if e["statut"] == "REJETE" and e["type"] == "formation"
    )
    elements = {err["element"] for err in formation["erreurs"]}
    assert (
        "/lheo/offres/formation[2]/organisme-formation-responsable/SIRET-organisme-formation/SIRET"
        in elements
    )
    assert "/lheo/offres/formation[2]/domaine-formation/code-ROME[1]" in elements
    assert only_bad.status_code == 422 and only_bad.json()["code"] == "lheo_rejete"
    assert [o["siret"] for o in organismes["items"]] == ["19311383400389"]


async def test_export_validates_against_the_schema_and_round_trips(catalog):
    schema = etree.XMLSchema(etree.parse(str(FIXTURES / "lheo-2.3.xsd")))
    async with catalog() as api:
        ids = await api.offer(esp=True)
        await api.ok(
            "/v1/sessions",
            {
                "action_id": ids["action"]["id"],
                "debut": api.iso(50),
                "fin": api.iso(200),
                "places_ouvertes": 6,
            },
        )
        await _import(api, _fixture("plaquiste-tp.xml"))
        exported = await api.client.get("/v1/exports/lheo", params={"inclure_terminees": "true"})
        current = await api.client.get("/v1/exports/lheo", params={"lot": ids["lot"]["id"]})
        reimport = (await _import(api, exported.content)).json()
        total = (await api.client.get("/v1/sessions", params={"inclure_terminees": "true"})).json()["total"]
        empty = await api.client.get("/v1/exports/lheo", params={"dispositif": "ACCES_EMPLOI"})
    assert exported.status_code == 200 and exported.headers["content-type"].startswith("application/xml")
    doc = etree.fromstring(exported.content)
    assert schema.validate(doc), schema.error_log.last_error
    assert schema.validate(etree.fromstring(current.content))
    ns = {"l": "http://lheo.gouv.fr/2.3"}
    assert len(doc.findall(".//l:session", ns)) == 4
    lot_extra = doc.findall(".//l:formation/l:extras/l:extra[@info='lot-numero']", ns)
    assert [e.text for e in lot_extra] == ["10"]
    assert reimport["resume"]["session"] == {"crees": 0, "mis_a_jour": 4, "rejetes": 0}
    assert total == 4
    assert empty.status_code == 404


async def test_reimport_cannot_drop_places_under_the_holds(catalog):
    xml = _fixture("plaquiste-tp.xml").decode().replace("<fin>20180601</fin>", "<fin>20990601</fin>")
    async with catalog() as api:
        first = (await _import(api, xml.encode())).json()
        sid = next(e["id"] for e in first["enregistrements"] if e["numero"] == "123324")
        for _ in range(3):
            hold = {"session_id": sid, "candidature_id": str(uuid.uuid4())}
            assert (
                await api.client.post("/v1/reservations", json=hold, headers=api.service)
            ).status_code == 201
        fewer = xml.replace(
            "<nb-places-financees>5</nb-places-financees>", "<nb-places-financees>2</nb-places-financees>"
        )
        second = (await _import(api, fewer.encode())).json()
        places = (await api.client.get(f"/v1/sessions/{sid}")).json()
    entry = next(e for e in second["enregistrements"] if e["numero"] == "123324")
    assert entry["statut"] == "REJETE" and "3 déjà réservées" in entry["erreurs"][0]["message"]
    assert places["places_ouvertes"] == 5 and places["places_disponibles"] == 2
