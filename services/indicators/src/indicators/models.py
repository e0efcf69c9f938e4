"""Projection tables: each fact has a `current` table (latest known state) and a `_hist` table.

Every event that changes a fact appends a snapshot to `<fact>_hist` (stamped with the event's
`recorded_at` and feed `seq`) and replaces the row of `<fact>` (a PostgreSQL rebuild writes the history
only and derives the current rows at the end). Queries without `as_of` read the cohort tables (narrow,
coded copies of the current candidatures and parcours, below) and the current sessions and lots;
`as_of=D` reads, per fact, the latest snapshot recorded at or before D.
"""

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    Float,
    Index,
    Integer,
    String,
    Table,
    UniqueConstraint,
)
from sqlmodel import Field

from indicators.db import IndicatorsModel, metadata
from servicekit.models import UTCDateTime, utcnow


class FeedCursor(IndicatorsModel, table=True):
    """How far this service has read each producer's event feed."""

    __tablename__ = "feed_cursor"

    source: str = Field(primary_key=True, max_length=32)
    position: int = 0
    updated_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))
    # recorded_at of the latest event applied from this feed (what `donnees_au` reports).
    donnees_au: datetime | None = Field(default=None, sa_column=Column(UTCDateTime(), nullable=True))


def _id(name: str) -> Column:  # type: ignore[type-arg]
    return Column(name, String(36), nullable=False)


def _s(name: str, n: int = 64) -> Column:  # type: ignore[type-arg]
    return Column(name, String(n), nullable=True)


SESSION_COLUMNS = (
    lambda: _s("action_id", 36),
    lambda: _s("formation_id", 36),
    lambda: _s("lot_id", 36),
    lambda: _s("lot_numero", 32),
    lambda: _s("marche_id", 36),
    lambda: _s("dispositif"),
    lambda: _s("programme"),
    lambda: _s("secteur"),
    lambda: _s("departement", 8),
    lambda: _s("territoire"),
    lambda: _s("organisme", 20),
    lambda: Column("certifiante", Boolean, nullable=True),
    lambda: Column("debut", Date, nullable=True),
    lambda: Column("fin", Date, nullable=True),
    lambda: Column("places_ouvertes", Integer, nullable=True),
)

LOT_COLUMNS = (
    lambda: _s("numero", 32),
    lambda: _s("intitule", 300),
    lambda: _s("marche_id", 36),
    lambda: _s("dispositif"),
    lambda: _s("programme"),
    lambda: _s("secteur"),
    lambda: _s("departement", 8),
    lambda: _s("territoire"),
    lambda: _s("organisme", 20),
    lambda: Column("objectif_entrees", Integer, nullable=True),
    lambda: Column("debut", Date, nullable=True),
    lambda: Column("fin", Date, nullable=True),
)

PROFILE_COLUMNS = (
    lambda: _s("stagiaire_id", 64),
    lambda: _s("sexe", 1),
    lambda: Column("age", Integer, nullable=True),
    lambda: _s("tranche_age", 16),
    lambda: _s("niveau", 8),
    lambda: Column("deld", Boolean, nullable=True),
    lambda: Column("rqth", Boolean, nullable=True),
    lambda: Column("rsa", Boolean, nullable=True),
    lambda: Column("qpv", Boolean, nullable=True),
    lambda: _s("reseau", 32),
)

# The session's dimensions copied onto candidatures and parcours (kept current when a session changes):
# queries without as_of then need no join; as_of queries join the session history instead.
SESSION_DIM_COLUMNS = (
    lambda: _s("lot_id", 36),
    lambda: _s("dispositif"),
    lambda: _s("programme"),
    lambda: _s("secteur"),
    lambda: _s("departement", 8),
    lambda: _s("territoire"),
    lambda: _s("organisme", 20),
    lambda: Column("certifiante", Boolean, nullable=True),
)
SESSION_DIM_NAMES = (
    "lot_id",
    "dispositif",
    "programme",
    "secteur",
    "departement",
    "territoire",
    "organisme",
    "certifiante",
)

CANDIDATURE_COLUMNS = (
    lambda: _s("session_id", 36),
    *SESSION_DIM_COLUMNS,
    lambda: Column("date_candidature", Date, nullable=True),
    lambda: _s("statut", 24),
    lambda: Column("entree", Boolean, nullable=False, default=False),
    lambda: Column("date_entree", Date, nullable=True),
    *PROFILE_COLUMNS,
)

PARCOURS_COLUMNS = (
    lambda: _s("candidature_id", 36),
    lambda: _s("session_id", 36),
    *SESSION_DIM_COLUMNS,
    *PROFILE_COLUMNS,
    lambda: Column("date_candidature", Date, nullable=True),
    lambda: Column("date_entree", Date, nullable=True),
    lambda: Column("delai_jours", Integer, nullable=True),
    lambda: Column("heures_prevues", Float, nullable=True),
    lambda: _s("statut", 24),
    lambda: Column("date_sortie", Date, nullable=True),
    lambda: _s("type_sortie", 16),
    lambda: _s("motif", 24),
    lambda: _s("certification", 24),
    lambda: Column("heures_realisees", Float, nullable=True),
    lambda: Column("duree_jours", Integer, nullable=True),
    lambda: Column("date_6m", Date, nullable=True),
    lambda: Column("date_9m", Date, nullable=True),
    lambda: _s("suivi6_situation", 16),
    lambda: _s("suivi6_contrat", 16),
    lambda: Column("suivi6_connu", Boolean, nullable=False, default=False),
    lambda: Column("emploi_6m", Boolean, nullable=False, default=False),
    lambda: Column("durable_6m", Boolean, nullable=False, default=False),
)


def _fact(
    name: str,
    key: str,
    columns: tuple,  # type: ignore[type-arg]
    indexes: tuple[str, ...],
    not_in_history: tuple[str, ...] = (),
) -> tuple[Table, Table]:
    stamp = (
        lambda: Column("seq", BigInteger, nullable=False),
        lambda: Column("recorded_at", UTCDateTime(), nullable=False),
    )
    current = Table(
        f"f_{name}",
        metadata,
        Column(key, String(36), primary_key=True),
        *(c() for c in columns),
        *(c() for c in stamp),
    )
    hist = Table(
        f"f_{name}_hist",
        metadata,
        Column(
            "version_id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
        ),
        _id(key),
        *(col for col in (c() for c in columns) if col.name not in not_in_history),
        *(c() for c in stamp),
    )
    for col in indexes:
        Index(f"ix_f_{name}_{col}", current.c[col])
    # Latest version of a key (rebuild) and "no later version recorded by D" probes (as_of), index-only.
    Index(f"ix_f_{name}_hist_key_seq", hist.c[key], hist.c.seq, postgresql_include=["recorded_at"])
    return current, hist


session_t, session_hist_t = _fact("session", "session_id", SESSION_COLUMNS, ("debut", "lot_id"))
lot_t, lot_hist_t = _fact("lot", "lot_id", LOT_COLUMNS, ())
# Queries read the cohort tables: the current rows are only looked up by key, and by session to restamp.
# Their history has no copy of the session's dimensions: as_of reads them from the session history.
candidature_t, candidature_hist_t = _fact(
    "candidature", "candidature_id", CANDIDATURE_COLUMNS, ("session_id",), SESSION_DIM_NAMES
)
parcours_t, parcours_hist_t = _fact(
    "parcours", "parcours_id", PARCOURS_COLUMNS, ("session_id",), SESSION_DIM_NAMES
)

FACTS: dict[str, tuple[Table, Table, str]] = {
    "session": (session_t, session_hist_t, "session_id"),
    "lot": (lot_t, lot_hist_t, "lot_id"),
    "candidature": (candidature_t, candidature_hist_t, "candidature_id"),
    "parcours": (parcours_t, parcours_hist_t, "parcours_id"),
}


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
