"""Projection tables: `facts` (current + history per session, lot, candidature, parcours; the feed
cursors) and `cohorts` (what queries without as_of read, with the dimension codes)."""

from indicators.models.cohorts import CODED_DIMS, COHORTS, c_candidature_t, c_parcours_t, dim_code
from indicators.models.facts import (
    FACTS,
    SESSION_DIM_NAMES,
    FeedCursor,
    candidature_hist_t,
    candidature_t,
    lot_hist_t,
    lot_t,
    parcours_hist_t,
    parcours_t,
    session_hist_t,
    session_t,
)

__all__ = [
    "CODED_DIMS",
    "COHORTS",
    "FACTS",
    "SESSION_DIM_NAMES",
    "FeedCursor",
    "c_candidature_t",
    "c_parcours_t",
    "candidature_hist_t",
    "candidature_t",
    "dim_code",
    "lot_hist_t",
    "lot_t",
    "parcours_hist_t",
    "parcours_t",
    "session_hist_t",
    "session_t",
]
