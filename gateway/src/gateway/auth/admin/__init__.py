"""Région administration of the gateway: `schemas` (bodies, views), `service` (rules), `router` (HTTP)."""

from gateway.auth.admin.router import router

__all__ = ["router"]
