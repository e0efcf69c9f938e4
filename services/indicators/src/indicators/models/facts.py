"""Fact tables: each fact has a `current` table (latest known state) and a `_hist` table.

Every event that changes a fact appends a snapshot to `<fact>_hist` (stamped with the event's
`recorded_at` and feed `seq`) and replaces the row of `<fact>` (a PostgreSQL rebuild writes the history
only and derives the current rows at the end). Queries without `as_of` read the cohort tables (narrow,
coded copies of the current candidatures and parcours, below) and the current sessions and lots;
`as_of=D` reads, per fact, the latest snapshot recorded at or before D: `recorded_at <= D < valid_to`.
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
)
from sqlmodel import Field

from indicators.db import IndicatorsModel, metadata
from servicekit.models import UTCDateTime, utcnow


# SQLModel table on the service registry: mypy does not follow `table=True` through that base.
class FeedCursor(IndicatorsModel, table=True):  # type: ignore[call-arg]
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
        # recorded_at of the earliest later version (higher seq) of the key, NULL while none: the version
        # is what as_of=D reads iff recorded_at <= D < valid_to (exact even if recorded_at is not monotonic).
        Column("valid_to", UTCDateTime(), nullable=True),
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
