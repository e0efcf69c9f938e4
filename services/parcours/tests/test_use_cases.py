"""Use cases with a fake catalogue client handed in (no HTTP, no gateway): the order of side effects."""

import uuid
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from parcours.candidatures import service
from parcours.candidatures.models import Candidature
from parcours.candidatures.schemas import CandidatureIn
from parcours.clients.catalogue import SessionInfo
from parcours.common.dates import today
from parcours.stagiaires.schemas import StagiaireIn
from servicekit.auth import Principal

pytestmark = pytest.mark.asyncio
OF_1 = "44278000000018"
TODAY = today()
VALIDEUR = Principal(sub="u1", client_id="c", role="valideur", org_id="FT44001", org_type="FRANCE_TRAVAIL")


class RecordingCatalogue:
    """Answers every session and hold; remembers what it was asked, in order."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str]] = []

    async def session(self, session_id):
        self.calls.append(("session", str(session_id)))
        return SessionInfo(
            id=str(session_id),
            action_id=None,
            debut=TODAY - timedelta(days=10),
            fin=TODAY + timedelta(days=60),
            etat_recrutement="OUVERT",
            organisme_siret=OF_1,
            dispositif="VISA_METIERS",
            certifiante=True,
            entrees_sorties_permanentes=False,
        )

    async def hold(self, session_id, candidature_id, date_candidature=None):
        self.calls.append(("hold", str(candidature_id)))
        return {"statut": "ACTIVE"}

    async def release_quietly(self, candidature_id, raison):
        self.calls.append(("release", str(candidature_id)))


async def test_hold_released_when_the_local_write_fails_at_commit(api):
    catalogue = RecordingCatalogue()
    data = CandidatureIn(session_id=uuid.uuid4(), stagiaire=StagiaireIn(**api.stagiaire()))

    async def failing_keep(answer):  # what is committed with the change fails (e.g. the answer's row)
        raise RuntimeError("écriture locale impossible")

    database = api.app.state.database
    async with database.sessionmaker() as session:
        with pytest.raises(RuntimeError):
            await service.send(
                session, catalogue, principal=VALIDEUR, data=data, pepper="p", keep=failing_keep
            )
    held = catalogue.calls[1][1]
    assert [c[0] for c in catalogue.calls] == ["session", "hold", "release"]
    assert catalogue.calls[2] == ("release", held)
    async with database.sessionmaker() as session:
        assert (await session.execute(select(func.count()).select_from(Candidature))).scalar() == 0


async def test_send_commits_the_candidature_and_keeps_the_answer(api):
    catalogue = RecordingCatalogue()
    data = CandidatureIn(session_id=uuid.uuid4(), stagiaire=StagiaireIn(**api.stagiaire()))
    kept = []

    async def keep(answer):
        kept.append(answer)

    database = api.app.state.database
    async with database.sessionmaker() as session:
        out = await service.send(session, catalogue, principal=VALIDEUR, data=data, pepper="p", keep=keep)
    assert [c[0] for c in catalogue.calls] == ["session", "hold"]
    assert kept == [out] and out.statut == "TRANSMISE" and out.organisme_siret == OF_1
    async with database.sessionmaker() as session:
        stored = await session.get(Candidature, uuid.UUID(out.id))
        assert stored is not None and stored.id == uuid.UUID(catalogue.calls[1][1])
