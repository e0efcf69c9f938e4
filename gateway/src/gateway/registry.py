"""The explicit route table: /api/<prefix>/… → upstream service. Nothing else is proxied."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Route:
    prefix: str  # the segment after /api/
    service: str  # upstream name, also its package name in embedded mode
    title: str


ROUTES: tuple[Route, ...] = (
    Route("catalog", "catalog", "Catalogue"),
    Route("parcours", "parcours", "Parcours"),
    Route("indicators", "indicators", "Indicateurs"),
    Route("echanges", "echanges", "Échanges"),
)

BY_PREFIX = {r.prefix: r for r in ROUTES}
