"""What the Région's administration reads and answers: bodies (validated, French errors) and views."""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from gateway.auth.models import PRIVATE_KEY_JWT, SECRET_BASIC, Account, OAuthClient
from gateway.auth.roles import VALIDEUR_NETWORKS
from servicekit.problems import FieldError, Problem

Kind = Literal["organisme", "valideur", "financeur", "region"]
MIN_PASSWORD = 12


def siret_valide(siret: str) -> bool:
    """14 digits passing the Luhn check (La Poste's establishments follow their own rule)."""
    if not re.fullmatch(r"\d{14}", siret):
        return False
    if siret.startswith("356000000"):
        return sum(int(c) for c in siret) % 5 == 0
    total = 0
    for i, c in enumerate(reversed(siret)):
        d = int(c) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


class Organisation(BaseModel):
    """Who the client or account acts for."""

    type: Kind = Field(
        description="organisme (un OF), valideur (une structure prescriptrice), financeur, region"
    )
    siret: str | None = Field(None, description="SIRET de l'OF (type organisme)")
    structure: str | None = Field(
        None, max_length=40, description="Code de la structure (valideur, financeur, région)"
    )
    reseau: str | None = Field(None, description=f"Réseau du valideur : {', '.join(VALIDEUR_NETWORKS)}")


def resolve_org(org: Organisation) -> tuple[str, str, str]:
    """(role, org_id, org_type), or 422 with pointers."""
    errors: list[FieldError] = []
    if org.type == "organisme":
        siret = re.sub(r"\s+", "", org.siret or "")
        if not siret:
            errors.append(FieldError("/siret", "Le SIRET de l'organisme est obligatoire."))
        elif not siret_valide(siret):
            errors.append(FieldError("/siret", "SIRET invalide (14 chiffres, clé de contrôle)."))
        result = ("organisme", siret, "OF")
    elif org.type == "valideur":
        if not org.structure:
            errors.append(FieldError("/structure", "Le code de la structure du valideur est obligatoire."))
        if org.reseau not in VALIDEUR_NETWORKS:
            errors.append(FieldError("/reseau", f"Réseau attendu : {', '.join(VALIDEUR_NETWORKS)}."))
        result = ("valideur", org.structure or "", org.reseau or "")
    elif org.type == "financeur":
        result = ("financeur", org.structure or "", "FINANCEUR")
    else:
        result = ("region", org.structure or "REGION", "REGION")
    if errors:
        raise Problem(422, errors[0]["message"], errors=errors)
    return result


class ClientCreate(Organisation):
    model_config = ConfigDict(extra="forbid")

    nom: str = Field(min_length=1, max_length=200, description="Nom du logiciel ou de l'organisation")
    client_id: str | None = Field(
        None, pattern=r"^[a-z0-9][a-z0-9._-]{2,99}$", description="Identifiant souhaité (sinon généré)"
    )
    methode_authentification: Literal["client_secret_basic", "client_secret_post", "private_key_jwt"] = (
        SECRET_BASIC
    )
    jwks: dict[str, Any] | None = Field(None, description="Clés publiques (JWKS) pour private_key_jwt")


class JwksUpdate(BaseModel):
    jwks: dict[str, Any]


def check_jwks(jwks: dict[str, Any] | None, pointer: str = "/jwks") -> dict[str, Any]:
    from joserfc.jwk import KeySet

    keys = (jwks or {}).get("keys")
    if not isinstance(keys, list) or not keys:
        raise Problem(
            422,
            "Un JWKS avec au moins une clé publique est attendu.",
            errors=[FieldError(pointer, "JWKS vide.")],
        )
    if any(isinstance(k, dict) and ("d" in k or "k" in k) for k in keys):
        raise Problem(
            422,
            "N'envoyez que des clés publiques : la clé privée reste chez vous.",
            errors=[FieldError(pointer, "Clé privée ou symétrique refusée.")],
        )
    try:
        KeySet.import_key_set({"keys": keys})
    except Exception as exc:
        raise Problem(422, "JWKS illisible.", errors=[FieldError(pointer, "JWKS illisible.")]) from exc
    return {"keys": keys}


def client_view(client: OAuthClient, secret: str | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {
        "client_id": client.client_id,
        "nom": client.nom,
        "role": client.role,
        "org_id": client.org_id,
        "org_type": client.org_type,
        "methode_authentification": client.token_endpoint_auth_method,
        "grant_types": client.grant_types,
        "actif": not client.disabled,
        "nature": client.kind,
        "demo": client.demo,
        "cree_le": client.created_at.isoformat(),
        "secret_renouvele_le": client.secret_rotated_at.isoformat() if client.secret_rotated_at else None,
    }
    if client.token_endpoint_auth_method == PRIVATE_KEY_JWT:
        body["jwks"] = client.jwks
    if secret is not None:
        body["client_secret"] = secret
    return body


class SecretRotation(BaseModel):
    model_config = ConfigDict(extra="forbid")

    confirmer: bool = Field(
        False, description="Obligatoire (true) pour renouveler le secret du client qui appelle lui-même"
    )


class AccountCreate(Organisation):
    model_config = ConfigDict(extra="forbid")

    username: str = Field(
        min_length=3,
        max_length=254,
        pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$",
        description="Adresse électronique",
    )
    nom: str = Field("", max_length=200)
    mot_de_passe: str | None = Field(
        None,
        description=f"Au moins {MIN_PASSWORD} caractères ; absent : connexion par le fournisseur externe",
    )


def account_view(account: Account) -> dict[str, Any]:
    return {
        "id": str(account.id),
        "username": account.username,
        "nom": account.nom,
        "role": account.role,
        "org_id": account.org_id,
        "org_type": account.org_type,
        "actif": not account.disabled,
        "demo": account.demo,
        "mot_de_passe": bool(account.password_hash),
        "fournisseur_externe": account.external_issuer,
        "cree_le": account.created_at.isoformat(),
        "derniere_connexion": account.last_login_at.isoformat() if account.last_login_at else None,
    }
