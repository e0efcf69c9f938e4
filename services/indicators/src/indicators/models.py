from datetime import datetime

from servicekit.models import UTCDateTime, utcnow
from sqlalchemy import Column
from sqlmodel import Field

from indicators.db import IndicatorsModel


class FeedCursor(IndicatorsModel, table=True):
    """How far this service has read each producer's event feed."""

    __tablename__ = "feed_cursor"

    source: str = Field(primary_key=True, max_length=32)
    position: int = 0
    updated_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))
