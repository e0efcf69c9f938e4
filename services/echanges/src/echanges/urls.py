"""A subscriber URL must be https (http only when allowed: embedded/demo) and, in production, must
not reach a private, loopback or link-local address (SSRF)."""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from urllib.parse import urlsplit

from echanges.errors import UrlRefusee
from echanges.settings import EchangesSettings
from servicekit.problems import FieldError


def _refuse(message: str) -> UrlRefusee:
    return UrlRefusee(message, errors=[FieldError("/url", message)])


async def check_url(url: str, settings: EchangesSettings) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise _refuse("L'adresse doit être une URL https complète.")
    if parts.scheme == "http" and not (settings.http_autorise or settings.embedded):
        raise _refuse("Seules les adresses https sont acceptées.")
    if settings.env != "production":
        return
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(parts.hostname, parts.port or 443)
    except socket.gaierror as exc:
        raise _refuse("Le nom d'hôte de l'adresse est introuvable.") from exc
    for info in infos:
        ip = ipaddress.ip_address(info[4][0])
        if ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved or ip.is_multicast:
            raise _refuse("L'adresse pointe vers un réseau privé : refusée.")
