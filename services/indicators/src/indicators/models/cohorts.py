"""Cohort tables: what the queries without as_of read (narrow, coded copies of the current candidatures
and parcours), and the dictionary of their dimension codes."""

from sqlalchemy import Boolean, Column, Date, Float, Index, Integer, String, Table, UniqueConstraint

from indicators.db import metadata
from indicators.models.facts import SESSION_DIM_NAMES, _s

# --- Cohort tables: what the queries without as_of read ------------------------------------------------
# A narrow copy of each current candidature / parcours row: the dimension columns hold small integer codes
# (`dim_code`) and only what the indicators read is kept, dates first. Rebuilt in cohort-date order after
# a rebuild, refreshed row by row by the live apply. A year is then ~10× fewer bytes to read and group.

dim_code = Table(
    "dim_code",
    metadata,
    Column("code", Integer, primary_key=True, autoincrement=True),
    Column("dim", String(16), nullable=False),
    Column("value", String(64), nullable=False),
    UniqueConstraint("dim", "value", name="uq_dim_code_dim_value"),
)

# Dimension columns stored as codes in the cohort tables (same names as in the fact tables).
# The session's dimensions (but the `certifiante` flag), then the trainee's profile.
CODED_DIMS = (
    *(name for name in SESSION_DIM_NAMES if name != "certifiante"),
    "sexe",
    "tranche_age",
    "niveau",
    "reseau",
)


def _codes() -> list[Column]:  # type: ignore[type-arg]
    return [Column(name, Integer, nullable=True) for name in CODED_DIMS]


def _flags(*names: str, nullable: bool = True) -> list[Column]:  # type: ignore[type-arg]
    return [Column(name, Boolean, nullable=nullable) for name in names]


c_parcours_t = Table(
    "c_parcours",
    metadata,
    Column("date_entree", Date, nullable=True),
    Column("date_sortie", Date, nullable=True),
    # The session's `debut` (taux_remplissage counts entries into the sessions starting in the period).
    Column("session_debut", Date, nullable=True),
    Column("date_6m", Date, nullable=True),
    Column("date_9m", Date, nullable=True),
    *_codes(),
    *_flags("certifiante", "deld", "rqth", "qpv", "rsa"),
    *_flags("suivi6_connu", "emploi_6m", "durable_6m", nullable=False),
    Column("delai_jours", Integer, nullable=True),
    Column("duree_jours", Integer, nullable=True),
    Column("heures_prevues", Float, nullable=True),
    Column("heures_realisees", Float, nullable=True),
    _s("type_sortie", 16),
    _s("motif", 24),
    _s("certification", 24),
    _s("stagiaire_id", 64),
    Column("parcours_id", String(36), primary_key=True),
)
for _col in ("date_entree", "session_debut"):
    Index(f"ix_c_parcours_{_col}", c_parcours_t.c[_col])
# The table is in entry-date order; the exit cohorts read this covering index instead (index-only scan
# of the period's range, VACUUM keeps the visibility map set).
Index(
    "ix_c_parcours_date_sortie",
    c_parcours_t.c.date_sortie,
    postgresql_include=[
        c.name for c in c_parcours_t.columns if c.name not in ("date_sortie", "session_debut", "parcours_id")
    ],
)
# taux_acces_qualification: "an entry of the same person within 9 months" as one index range probe,
# or, when the planner hashes, the VISA entries of the period (+ 9 months).
Index(
    "ix_c_parcours_stagiaire_entree",
    c_parcours_t.c.stagiaire_id,
    c_parcours_t.c.date_entree,
    postgresql_include=["programme"],
)
# taux_acces_qualification's exits: the PRÉPA exits of a period are one contiguous range of this narrow
# covering index (a third of the exit-date index's range, ~40 % of its width), any breakdown or filter.
Index(
    "ix_c_parcours_programme_sortie",
    c_parcours_t.c.programme,
    c_parcours_t.c.date_sortie,
    postgresql_include=[
        *(name for name in CODED_DIMS if name != "programme"),
        "certifiante",
        "deld",
        "rqth",
        "qpv",
        "rsa",
        "stagiaire_id",
        "date_9m",
    ],
)
Index(
    "ix_c_parcours_programme_entree",
    c_parcours_t.c.programme,
    c_parcours_t.c.date_entree,
    postgresql_include=["stagiaire_id"],
)

c_candidature_t = Table(
    "c_candidature",
    metadata,
    Column("date_candidature", Date, nullable=True),
    *_codes(),
    *_flags("certifiante", "deld", "rqth", "qpv", "rsa"),
    Column("entree", Boolean, nullable=False),
    Column("candidature_id", String(36), primary_key=True),
)
Index("ix_c_candidature_date_candidature", c_candidature_t.c.date_candidature)

COHORTS: dict[str, Table] = {"parcours": c_parcours_t, "candidature": c_candidature_t}
