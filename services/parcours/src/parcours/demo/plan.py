"""The demo population, calibrated on the seeds (research/seed-00N.md): pure decisions, no I/O.

- ≈ 88 % of places filled (entries / places ouvertes),
- ≈ 23 % ruptures, by level: 32 % (niveau 3 and below), 23 % (niveau 4), 17 % (niveau 5 and above),
- 35 % of ruptures are for a job (motif EMPLOI, with a contract),
- ≈ 59 % in employment 6 months after exit.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

FILL_RATE = 0.88
RUPTURE_BY_LEVEL = {"INFRA_3": 0.32, "3": 0.32, "4": 0.23, "5": 0.17, "6": 0.17, "7": 0.17}
# 25 % niveau 3 or below, 40 % niveau 4, 35 % above: 0.25×0.32 + 0.40×0.23 + 0.35×0.17 ≈ 23 %.
LEVELS = (("INFRA_3", 0.10), ("3", 0.15), ("4", 0.40), ("5", 0.25), ("6", 0.08), ("7", 0.02))
RUPTURE_JOB_SHARE = 0.35
OTHER_MOTIFS = (
    ("FORMATION", 0.12),
    ("SANTE", 0.12),
    ("FAMILLE", 0.12),
    ("FINANCIER", 0.07),
    ("MOBILITE", 0.10),
    ("INADAPTATION", 0.25),
    ("EXCLUSION", 0.04),
    ("DEMENAGEMENT", 0.06),
    ("AUTRE", 0.12),
)
EMPLOYED_AT_6 = 0.59
# A job-motivated rupture is mostly still in a job at 6 months; the others are set so the whole is ≈ 59 %.
EMPLOYED_AT_6_AFTER_JOB_RUPTURE = 0.90
REFUSED_SHARE = 0.15
VALIDEURS = (
    ("FT44001", "FRANCE_TRAVAIL", 0.40),
    ("ML49001", "MISSION_LOCALE", 0.25),
    ("FT72001", "FRANCE_TRAVAIL", 0.15),
    ("CE85001", "CAP_EMPLOI", 0.10),
    ("CD53001", "CONSEIL_DEPARTEMENTAL", 0.10),
)
COMMUNES = (
    "44109",
    "44184",
    "44143",
    "49007",
    "49099",
    "53130",
    "72181",
    "85191",
    "44029",
    "53062",
    "85152",
    "49328",
    "72154",
    "44020",
    "49015",
    "85047",
)
PRENOMS_F = ("Léa", "Manon", "Inès", "Chloé", "Sarah", "Camille", "Aïcha", "Emma", "Lucie", "Nadia")
PRENOMS_M = ("Lucas", "Hugo", "Yanis", "Nathan", "Karim", "Théo", "Louis", "Mamadou", "Enzo", "Kevin")
NOMS = (
    "Martin",
    "Bernard",
    "Durand",
    "Petit",
    "Moreau",
    "Diallo",
    "Lefebvre",
    "Garnier",
    "Roux",
    "Benali",
    "Fournier",
    "Morel",
    "Girard",
    "Mercier",
    "Blanc",
    "Guérin",
    "Boyer",
    "Chevalier",
    "Robin",
    "Masson",
)


def pick(rng: random.Random, weighted: tuple[tuple[str, float], ...]) -> str:
    return rng.choices([w[0] for w in weighted], weights=[w[1] for w in weighted])[0]


@dataclass(frozen=True)
class Person:
    identifiant_ft: str
    nom: str
    prenom: str
    sexe: str
    date_naissance: date
    commune_insee: str
    niveau: str
    date_inscription_de: date
    rqth: bool
    rsa: bool
    clea: bool


def person(rng: random.Random, n: int, on: date) -> Person:
    sexe = "F" if rng.random() < 0.47 else "M"
    age = int(min(60, max(17, rng.gauss(31, 10))))
    return Person(
        identifiant_ft=f"D{n:07d}{rng.choice('ABCDEFGHJK')}",
        nom=rng.choice(NOMS),
        prenom=rng.choice(PRENOMS_F if sexe == "F" else PRENOMS_M),
        sexe=sexe,
        date_naissance=on - timedelta(days=age * 365 + rng.randint(0, 364)),
        commune_insee=rng.choice(COMMUNES),
        niveau=pick(rng, LEVELS),
        date_inscription_de=on - timedelta(days=rng.randint(30, 900)),
        rqth=rng.random() < 0.08,
        rsa=rng.random() < 0.18,
        clea=rng.random() < 0.10,
    )


@dataclass(frozen=True)
class Outcome:
    rupture: bool
    motif: str | None
    contrat: str | None
    fraction: float  # how far into the session the rupture happens


def outcome(rng: random.Random, niveau: str) -> Outcome:
    if rng.random() >= RUPTURE_BY_LEVEL.get(niveau, 0.23):
        return Outcome(False, None, None, 1.0)
    if rng.random() < RUPTURE_JOB_SHARE:
        contrat = pick(rng, (("CDI", 0.3), ("CDD", 0.4), ("INTERIM", 0.25), ("ALTERNANCE", 0.05)))
        return Outcome(True, "EMPLOI", contrat, rng.uniform(0.1, 0.8))
    return Outcome(True, pick(rng, OTHER_MOTIFS), None, rng.uniform(0.05, 0.7))


def employed(rng: random.Random, horizon: int, after_job_rupture: bool) -> bool:
    if after_job_rupture:
        base = EMPLOYED_AT_6_AFTER_JOB_RUPTURE
    else:
        job_share = 0.23 * RUPTURE_JOB_SHARE
        base = (EMPLOYED_AT_6 - job_share * EMPLOYED_AT_6_AFTER_JOB_RUPTURE) / (1 - job_share)
    shift = {3: -0.08, 6: 0.0, 12: 0.04}[horizon]
    return rng.random() < base + shift


def certification(rng: random.Random, certifiante: bool) -> str:
    if not certifiante:
        return "SANS_OBJET"
    return pick(
        rng, (("OBTENUE_TOTALE", 0.72), ("OBTENUE_PARTIELLE", 0.10), ("ECHEC", 0.10), ("NON_PRESENTE", 0.08))
    )


def training_days(start: date, end: date) -> list[date]:
    days, day = [], start
    while day <= end:
        if day.weekday() < 5:
            days.append(day)
        day += timedelta(days=1)
    return days
