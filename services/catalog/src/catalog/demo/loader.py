"""Loads the demo programme (when the catalogue has no offer yet) and announces it on the outbox."""

import random
import uuid
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from catalog.common import events as offer_events
from catalog.common.referentiels import extra, rows
from catalog.common.text import codes_text
from catalog.common.validators import luhn_ok
from catalog.demo import data
from catalog.formations.models import Action, Formation
from catalog.modules.models import ModuleAdditionnel
from catalog.offre.models import Lot, Marche, Organisme
from catalog.offre.service import emit_lot
from catalog.search.index import derived
from catalog.sessions import events
from catalog.sessions.models import SessionFormation
from servicekit.dates import region_today


def luhn_siret(prefix: str, index: int) -> str:
    """A 14-digit SIRET starting with `prefix` whose Luhn key is valid."""
    body = f"{prefix}{index:0{13 - len(prefix)}d}"
    return next(body + str(d) for d in range(10) if luhn_ok(body + str(d)))


async def load_if_no_offer(session: AsyncSession, *, today: date | None = None) -> int:
    if (await session.execute(select(func.count()).select_from(Marche))).scalar_one():
        return 0
    day = today or region_today()
    rng = random.Random(2025)
    organismes = await _organismes(session)
    marches = await _marches(session)
    dispositifs = await rows(session, "dispositifs")
    session_ids: list[uuid.UUID] = []
    for spec in data.LOTS:
        lot = await _lot(session, spec, marches, organismes)
        marche = marches[int(spec["m"])]  # type: ignore[call-overload]
        disp = dispositifs.get(marche.dispositif)
        for key, communes in spec["f"].items():  # type: ignore[attr-defined]
            formation = _formation(
                key, lot, marche.dispositif, disp.parent if disp else None, bool(extra(disp, "certifiant"))
            )
            session.add(formation)
            await session.flush()
            for i, commune in enumerate(communes):
                action = _action(formation, commune, esp=(key.startswith("prepa") or i % 3 == 2))
                session.add(action)
                await session.flush()
                holder = organismes[int(spec["of"])]  # type: ignore[call-overload]
                session_ids += _sessions(session, rng, day, formation, action, holder)
                session_ids += _past_sessions(session, rng, day, marche, formation, action, holder)
                _modules(session, rng, action, key)
    await session.flush()
    for lot_id in (await session.execute(select(Lot.id))).scalars():
        await emit_lot(session, lot_id=lot_id, event_type=offer_events.LOT_CREE)
    await events.emit_many(session, session_ids=session_ids, event_type=events.SESSION_OUVERTE)
    return len(session_ids)


async def _organismes(session: AsyncSession) -> list[Organisme]:
    out = []
    for i, (prefix, name) in enumerate(data.ORGANISMES):
        siret = prefix if len(prefix) == 14 else luhn_siret(prefix, 1000 + i)
        organisme = Organisme(siret=siret, raison_sociale=name, numero_activite=f"52{siret[:2]}{i:07d}")
        session.add(organisme)
        out.append(organisme)
    await session.flush()
    return out


async def _marches(session: AsyncSession) -> list[Marche]:
    out = []
    for reference, intitule, dispositif, (start, end) in data.MARCHES:
        marche = Marche(
            reference=reference,
            intitule=intitule,
            dispositif=dispositif,
            debut=date(start, 1, 1),
            fin=date(end, 12, 31),
        )
        session.add(marche)
        out.append(marche)
    await session.flush()
    return out


async def _lot(
    session: AsyncSession, spec: dict[str, object], marches: list[Marche], organismes: list[Organisme]
) -> Lot:
    territoire = spec.get("tr")
    departement = spec.get("d") or str(territoire)[:2]
    objectif = int(spec["obj"])  # type: ignore[call-overload]
    lot = Lot(
        marche_id=marches[int(spec["m"])].id,  # type: ignore[call-overload]
        numero=int(spec["n"]),  # type: ignore[call-overload]
        intitule=str(spec["t"]),
        secteur=spec.get("s"),  # type: ignore[arg-type]
        departement=str(departement),
        territoire=territoire,  # type: ignore[arg-type]
        organisme_id=organismes[int(spec["of"])].id,  # type: ignore[call-overload]
        cotraitants=[organismes[i].siret for i in spec.get("co", [])],  # type: ignore[attr-defined]
        heures_stagiaires_min=objectif * 350,
        heures_stagiaires_max=objectif * 600,
        objectif_entrees=objectif,
    )
    session.add(lot)
    await session.flush()
    return lot


def _formation(key: str, lot: Lot, dispositif: str, programme: str | None, certifiante: bool) -> Formation:
    intitule, certif, niveau, romes, formacodes, _hc, _he = data.FORMATIONS[key]
    return Formation(
        lot_id=lot.id,
        organisme_id=lot.organisme_id,
        intitule=intitule,
        objectif=f"Acquérir les compétences du métier visé : {intitule.lower()}.",
        certifiante=certifiante and certif is not None and certif.startswith("RNCP"),
        certification_code=certif,
        niveau=niveau,
        formacodes=formacodes,
        romes=romes,
        formacodes_text=codes_text(formacodes),
        romes_text=codes_text(romes),
        dispositif=dispositif,
        programme=programme,
        secteur=lot.secteur,
    )


def _action(formation: Formation, commune_key: str, *, esp: bool) -> Action:
    insee, commune, cp, dep, terr, lat, lon = data.COMMUNES[commune_key]
    key = next(k for k, v in data.FORMATIONS.items() if v[0] == formation.intitule)
    _i, _c, _n, _r, _f, heures_centre, heures_entreprise = data.FORMATIONS[key]
    return Action(
        formation_id=formation.id,
        commune_insee=insee,
        commune=commune,
        code_postal=cp,
        departement=dep,
        territoire=terr,
        latitude=lat,
        longitude=lon,
        modalite="MIXTE" if key in ("dev-web", "cda", "tai") else "PRESENTIEL",
        temps_plein=key not in ("prepa-cles",),
        entrees_sorties_permanentes=esp,
        heures_centre=heures_centre,
        heures_entreprise=heures_entreprise,
        prerequis="Maîtrise des savoirs de base ; projet validé par le prescripteur.",
        public_vise="Demandeurs d'emploi",
    )


def _sessions(
    session: AsyncSession,
    rng: random.Random,
    day: date,
    formation: Formation,
    action: Action,
    holder: Organisme,
) -> list[uuid.UUID]:
    ids = []
    weeks = max(int((action.heures_centre + action.heures_entreprise) / 35), 6)
    for offset in rng.sample([-210, -150, -90, -40, -10, 15, 45, 75, 110, 160, 220], k=3):
        debut = day + timedelta(days=offset + rng.randint(0, 6))
        fin = debut + timedelta(weeks=weeks)
        etat = "FERME" if fin < day else rng.choice(["OUVERT"] * 8 + ["SUSPENDU"])
        row = SessionFormation(
            action_id=action.id,
            debut=debut,
            fin=fin,
            places_ouvertes=rng.choice([8, 10, 12, 12, 14, 15, 16]),
            etat_recrutement=etat,
            dates_information=[(debut - timedelta(days=d)).isoformat() for d in (21, 10)],
            **derived(formation, holder, action),
        )
        session.add(row)
        ids.append(row.id)
    return ids


HISTORY_YEARS = 3  # a history of the three previous calendar years (2023–2025 when loaded in 2026)
HISTORY_SHARE = 0.5


def _past_sessions(
    session: AsyncSession,
    rng: random.Random,
    day: date,
    marche: Marche,
    formation: Formation,
    action: Action,
    holder: Organisme,
) -> list[uuid.UUID]:
    """Ended sessions on the same action over the previous years (start spread over the year), within
    the marché: about one year in two (at least one per action), which keeps the parcours demo — that fills
    each of them through its use cases — to a few minutes."""
    ids = []
    weeks = max(int((action.heures_centre + action.heures_entreprise) / 35), 6)
    years = [y for y in range(day.year - HISTORY_YEARS, day.year) if y >= marche.debut.year]
    kept = [y for y in years if rng.random() < HISTORY_SHARE] or years[-1:]
    for year in kept:
        debut = date(year, 1, 8) + timedelta(days=rng.randint(0, 300))
        fin = debut + timedelta(weeks=weeks)
        if fin >= day - timedelta(days=30):
            continue
        row = SessionFormation(
            action_id=action.id,
            debut=debut,
            fin=fin,
            places_ouvertes=rng.choice([8, 10, 12, 12, 14, 15, 16]),
            etat_recrutement="FERME",
            dates_information=[(debut - timedelta(days=d)).isoformat() for d in (21, 10)],
            **derived(formation, holder, action),
        )
        session.add(row)
        ids.append(row.id)
    return ids


def _modules(session: AsyncSession, rng: random.Random, action: Action, key: str) -> None:
    if key.startswith("prepa") or rng.random() < 0.5:
        return
    for type_, intitule, heures, statut in rng.sample(data.MODULES, k=2):
        session.add(
            ModuleAdditionnel(
                action_id=action.id,
                type=type_,
                intitule=intitule,
                heures=heures,
                statut=statut,
                motif="Module déjà couvert par le référentiel de certification."
                if statut == "REFUSE"
                else None,
                propose_par="REGION",
            )
        )
