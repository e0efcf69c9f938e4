"""Errors as classes: each operation documents its problem answers; one code for "outside your perimeter"."""

import uuid

import pytest

from parcours.candidatures import service
from parcours.candidatures.schemas import AnnulationIn
from parcours.errors import HorsPerimetre
from servicekit.auth import Principal

pytestmark = pytest.mark.asyncio
PROBLEM = "application/problem+json"
INFRA = {"/healthz", "/readyz", "/v1/events/schemas", "/v1/events", "/v1/demo"}


def _codes(operation, status):
    content = operation["responses"][str(status)]["content"][PROBLEM]
    return content["schema"]["properties"]["code"]["enum"]


async def test_every_operation_documents_its_problem_answers(api):
    spec = (await api.client.get("/openapi.json")).json()
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if path in INFRA:
                continue
            statuses = [s for s, r in operation["responses"].items() if PROBLEM in r.get("content", {})]
            assert "401" in statuses and "403" in statuses, (method, path, statuses)
    send = spec["paths"]["/v1/candidatures"]["post"]
    assert set(_codes(send, 409)) == {"session_complete", "session_fermee"}
    assert _codes(send, 503) == ["catalogue_indisponible"]
    assert "idempotency_key_reused" in _codes(send, 422)
    cancel = spec["paths"]["/v1/candidatures/{candidature_id}/annulation"]["post"]
    assert set(_codes(cancel, 403)) == {"insufficient_scope", "hors_perimetre"}
    follow_up = spec["paths"]["/v1/parcours/{parcours_id}/suivis"]["post"]
    assert "horizon_non_atteint" in _codes(follow_up, 409)


async def test_a_domain_error_answers_its_class_code_and_french_title(api):
    sid = api.catalogue.add_session()
    cid = (await api.candidature(sid)).json()["id"]
    resp = await api.client.post(
        f"/v1/candidatures/{cid}/entree",
        json={"date_entree": api.iso(0), "heures_prevues": 10},
        headers=api.of1,
    )
    assert resp.status_code == 409 and resp.headers["content-type"] == PROBLEM
    body = resp.json()
    assert body["code"] == "transition_interdite" and body["title"] == "Transition interdite"
    assert "TRANSMISE" in body["detail"]


async def test_cancelling_someone_elses_candidature_is_hors_perimetre(api):
    sid = api.catalogue.add_session()
    cid = (await api.candidature(sid)).json()["id"]
    # The Région sees every candidature but did not prescribe this one.
    region = Principal(sub="r", client_id="c", role="region", org_id="REGION-PDL", org_type="REGION")
    async with api.app.state.database.sessionmaker() as session:
        with pytest.raises(HorsPerimetre) as raised:
            await service.cancel(
                session, api.catalogue, principal=region, candidature_id=uuid.UUID(cid), data=AnnulationIn()
            )
    assert raised.value.status == 403 and raised.value.code == "hors_perimetre"
