"""Projection tables: each fact has a `current` table (latest known state) and a `_hist` table.

Every event that changes a fact appends one full snapshot to `<fact>_hist` (stamped with the event's
`recorded_at` and feed `seq`) and replaces the row of `<fact>`. Queries without `as_of` read the current
table; `as_of=D` reads, per fact, the latest snapshot recorded at or before D.
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


def _fact(name: str, key: str, columns: tuple, indexes: tuple[str, ...]) -> tuple[Table, Table]:  # type: ignore[type-arg]
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
        *(c() for c in columns),
        *(c() for c in stamp),
    )
    for col in indexes:
        Index(f"ix_f_{name}_{col}", current.c[col])
    Index(f"ix_f_{name}_hist_key", hist.c[key], hist.c.recorded_at)
    return current, hist


session_t, session_hist_t = _fact("session", "session_id", SESSION_COLUMNS, ("debut", "lot_id"))
lot_t, lot_hist_t = _fact("lot", "lot_id", LOT_COLUMNS, ())
candidature_t, candidature_hist_t = _fact(
    "candidature", "candidature_id", CANDIDATURE_COLUMNS, ("date_candidature",)
)
parcours_t, parcours_hist_t = _fact(
    "parcours", "parcours_id", PARCOURS_COLUMNS, ("date_entree", "date_sortie", "session_id", "stagiaire_id")
)

FACTS: dict[str, tuple[Table, Table, str]] = {
    "session": (session_t, session_hist_t, "session_id"),
    "lot": (lot_t, lot_hist_t, "lot_id"),
    "candidature": (candidature_t, candidature_hist_t, "candidature_id"),
    "parcours": (parcours_t, parcours_hist_t, "parcours_id"),
}
