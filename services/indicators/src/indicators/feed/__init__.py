"""Consuming the producers' event feeds: `pages` (reading through the gateway), `consumer` (applying
from the stored cursors; the rebuild), `poller` (the background loops)."""

from indicators.feed.consumer import Consumer
from indicators.feed.pages import FEEDS, FeedError
from indicators.feed.poller import poller, start_consumer

__all__ = ["FEEDS", "Consumer", "FeedError", "poller", "start_consumer"]
