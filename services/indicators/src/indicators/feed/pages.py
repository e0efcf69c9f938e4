"""Reading a producer's feed through the gateway: the shared reader of servicekit."""

from servicekit.feedreader import PRODUCER_FEEDS as FEEDS
from servicekit.feedreader import FeedError, PageReader

__all__ = ["FEEDS", "FeedError", "PageReader"]
