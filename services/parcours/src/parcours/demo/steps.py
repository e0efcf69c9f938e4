"""One demo candidate's path, step by step, through the same records and rules as the HTTP routes."""

from __future__ import annotations

import random
import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession

from parcours.alertes.rules import Thresholds
from parcours.candidatures import service as candidatures
from parcours.candidatures.schemas import CandidatureIn
from parcours.clients.catalogue import Catalogue, SessionInfo
from parcours.common.dates import add_months, today
from parcours.demo import plan
from parcours.parcours import records as parcours
from parcours.parcours.models import Parcours
from parcours.parcours.schemas import EntreeIn, SortieIn, SuiviIn
from parcours.presences.service import Row, Writer
from parcours.settings import ParcoursSettings
from parcours.stagiaires.schemas import StagiaireIn
from servicekit.auth import Principal
from servicekit.db import Database
from servicekit.problems import Problem
from servicekit.settings import settings_of


@dataclass(frozen=True)
class Exit:
    of: Principal
    cid: uuid.UUID
    row: Parcours
    info: SessionInfo
    day: date
    outcome: plan.Outcome
    places: bool


def _principal(role: str, org_id: str, org_type: str) -> Principal:
    return Principal(
        sub=f"demo:{org_id}", client_id="prf-parcours-demo", role=role, org_id=org_id, org_type=org_type
    )


class Steps:
    def __init__(self, app: FastAPI, rng: random.Random, stats: Counter[str]) -> None:
        self.app, self.rng, self.stats = app, rng, stats
        self.database: Database = app.state.database
        self.catalogue = Catalogue(app)
        settings = settings_of(app, ParcoursSettings)
        self.pepper = settings.nir_pepper.get_secret_value()
        self.thresholds = Thresholds(
            settings.alerte_absences_consecutives,
            settings.alerte_taux_min,
            settings.alerte_fenetre_jours,
            settings.heures_jour_temps_plein,
        )
        self.counter = 0
        # What the demo session being written holds until `finish`: places, attendance, pending exits.
        self.held: list[uuid.UUID] = []
        self.writer: Writer | None = None
        self.exits: list[Exit] = []

    def _day(self, day: date) -> date:
        return min(day, today())

    async def candidate(
        self, session: AsyncSession, info: SessionInfo, *, kind: str, started: bool, heures: float
    ) -> str:
        """One candidate's path in the demo session's transaction; the catalogue is asked for a place
        only while the session still runs (an ended session's place would be released at once)."""
        self.counter += 1
        person = plan.person(self.rng, self.counter, info.debut)
        code, network = self._valideur()
        valideur = _principal("valideur", code, network)
        of = _principal("organisme", info.organisme_siret, "OF")
        when = self._day(min(info.fin, info.debut - timedelta(days=self.rng.randint(7, 45))))
        cid = uuid.uuid4()
        places = info.fin >= today()
        if places:
            try:
                # Dated like a late declaration: a session admits a candidature dated before its end.
                await self.catalogue.hold(uuid.UUID(info.id), cid, when)
            except Problem as problem:
                self.stats[f"reservation_{problem.code}"] += 1
                return "plus_de_place"
            self.held.append(cid)
        data = CandidatureIn(
            session_id=uuid.UUID(info.id),
            stagiaire=_stagiaire(person),
            date_candidature=when,
            message="Projet validé en entretien.",
        )
        await candidatures.create(
            session, principal=valideur, candidature_id=cid, data=data, info=info, pepper=self.pepper
        )
        self.stats["candidatures"] += 1
        decided = self._day(when + timedelta(days=self.rng.randint(2, 8)))
        if kind == "refus":
            if places:
                await self.catalogue.release(cid, "refus")
            await self._decide(session, of, cid, "REFUSEE", decided)
            return "refus"
        if places:
            await self.catalogue.accept(cid)  # as the decision route: the place no longer expires
        await self._decide(session, of, cid, "ACCEPTEE", decided)
        if not started:
            return "acceptee"
        await self._enter(session, of, cid, info, person.niveau, decided, heures, places=places)
        return "entree"

    async def release_held(self) -> None:
        """Compensation when a demo session's transaction fails: its places go back to the catalogue."""
        for cid in self.held:
            await self.catalogue.release_quietly(cid, "démo non enregistrée")
        self.held.clear()

    def _valideur(self) -> tuple[str, str]:
        weights = [v[2] for v in plan.VALIDEURS]
        code, network, _ = self.rng.choices(plan.VALIDEURS, weights=weights)[0]
        return code, network

    async def _decide(
        self, session: AsyncSession, of: Principal, cid: uuid.UUID, decision: str, day: date
    ) -> None:
        motif, message = (
            ("PREREQUIS", "Prérequis non acquis au positionnement.")
            if decision == "REFUSEE"
            else (None, None)
        )
        row = await candidatures.visible(session, principal=of, candidature_id=cid)
        await candidatures.transition(
            session,
            principal=of,
            row=row,
            statut=decision,
            day=max(day, row.date_candidature),
            motif=motif,
            message=message,
        )
        self.stats[decision.lower()] += 1

    async def _enter(
        self,
        session: AsyncSession,
        of: Principal,
        cid: uuid.UUID,
        info: SessionInfo,
        niveau: str,
        decided: date,
        heures: float,
        *,
        places: bool,
    ) -> None:
        entry = self._day(min(info.fin, max(info.debut, decided)))
        if places:
            await self.catalogue.confirm(cid)
        outcome = plan.outcome(self.rng, niveau)
        cand = await candidatures.visible(session, principal=of, candidature_id=cid)
        data = EntreeIn(date_entree=max(entry, decided), heures_prevues=heures)
        row = await parcours.enter(session, principal=of, candidature=cand, data=data, modules=[])
        exit_day = self._exit_day(row, info, outcome)
        self._attendance(session, of, row, info, exit_day, outcome)
        self.stats["entrees"] += 1
        if exit_day is not None:
            self.exits.append(Exit(of, cid, row, info, exit_day, outcome, places))

    async def finish(self, session: AsyncSession) -> None:
        """The demo session's attendance settled at once (one Writer, as a CSV import of the whole
        group), then the exits — which read the settled hours — and their follow-ups."""
        if self.writer is not None:
            self.stats["presences"] += await self.writer.settle(source="DEMO")
            self.writer = None
        for leaving in self.exits:
            await self._leave(session, leaving.of, leaving.row, leaving.info, leaving.day, leaving.outcome)
            if leaving.places:
                await self.catalogue.release(leaving.cid, "sortie")
        self.exits.clear()

    def _exit_day(self, row: Parcours, info: SessionInfo, outcome: plan.Outcome) -> date | None:
        if outcome.rupture:
            day = row.date_entree + timedelta(days=int((info.fin - row.date_entree).days * outcome.fraction))
            return day if day <= today() else None
        return info.fin if info.fin <= today() else None

    def _attendance(
        self,
        session: AsyncSession,
        of: Principal,
        row: Parcours,
        info: SessionInfo,
        exit_day: date | None,
        outcome: plan.Outcome,
    ) -> None:
        last = exit_day or min(info.fin, today() - timedelta(days=1))
        days = plan.training_days(row.date_entree, last)
        if self.writer is None:
            self.writer = Writer(session=session, principal=of, thresholds=self.thresholds)
        writer = self.writer
        fading = outcome.rupture and outcome.motif != "EMPLOI"
        for index, day in enumerate(days):
            if fading and index >= len(days) - 4:
                writer.add(Row(row.id, day, 0.0, 7.0, "INJUSTIFIEE"))
            elif self.rng.random() < 0.05:
                writer.add(Row(row.id, day, 0.0, 7.0, self.rng.choice(["JUSTIFIEE", "INJUSTIFIEE"])))
            else:
                writer.add(Row(row.id, day, 7.0, 0.0, None))

    async def _leave(
        self,
        session: AsyncSession,
        of: Principal,
        row: Parcours,
        info: SessionInfo,
        day: date,
        outcome: plan.Outcome,
    ) -> None:
        if outcome.rupture:
            data = SortieIn(date_sortie=day, type="ABANDON", motif=outcome.motif, contrat=outcome.contrat)
            certification = None
        else:
            certification = plan.certification(self.rng, info.certifiante)
            data = SortieIn(date_sortie=day, type="TERME", certification=certification)
        await parcours.leave(session, principal=of, row=row, data=data, certification=certification)
        self.stats["ruptures" if outcome.rupture else "termes"] += 1
        for horizon in (3, 6, 12):
            reached = add_months(day, horizon)
            if reached > today():
                break
            await self._follow_up(session, of, row, horizon, reached, outcome)

    async def _follow_up(
        self,
        session: AsyncSession,
        of: Principal,
        row: Parcours,
        horizon: int,
        reached: date,
        outcome: plan.Outcome,
    ) -> None:
        job = plan.employed(self.rng, horizon, outcome.motif == "EMPLOI")
        contrat = (
            plan.pick(self.rng, (("CDI", 0.35), ("CDD", 0.35), ("INTERIM", 0.2), ("ALTERNANCE", 0.1)))
            if job
            else None
        )
        situation = (
            "EMPLOI"
            if job
            else plan.pick(
                self.rng, (("RECHERCHE", 0.7), ("FORMATION", 0.15), ("INACTIF", 0.05), ("INCONNU", 0.1))
            )
        )
        data = SuiviIn(
            horizon_mois=horizon,
            date=min(today(), reached + timedelta(days=self.rng.randint(0, 20))),
            situation=situation,
            contrat=contrat,
            duree_contrat_mois=self.rng.choice([3, 6, 12]) if contrat in ("CDD", "INTERIM") else None,
            duree_emploi_mois=self.rng.randint(1, horizon) if job else 0,
            en_lien_formation=(self.rng.random() < 0.65) if job else None,
            source="ENQUETE",
        )
        await parcours.follow_up(session, principal=of, row=row, data=data)
        if horizon == 6:
            self.stats["suivis_6_mois"] += 1
            self.stats["emploi_6_mois"] += int(job)


def _stagiaire(p: plan.Person) -> StagiaireIn:
    return StagiaireIn(
        identifiant_ft=p.identifiant_ft,
        nom=p.nom,
        prenom=p.prenom,
        date_naissance=p.date_naissance,
        sexe=p.sexe,
        commune_insee=p.commune_insee,
        niveau=p.niveau,
        date_inscription_de=p.date_inscription_de,
        rqth=p.rqth,
        rsa=p.rsa,
        clea=p.clea,
    )
