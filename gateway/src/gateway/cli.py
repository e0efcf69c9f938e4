"""Operator commands: `uv run python -m gateway.cli rotate-keys` · `… create-account EMAIL ROLE ORG_ID ORG_TYPE`.

They act on the gateway's database (settings from the GATEWAY_* environment). A running gateway picks a
rotation up within 30 seconds; the public JWKS file is rewritten at once.
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import sys

from gateway.auth.keys import KeyRing, publish, rotate
from gateway.auth.models import Account
from gateway.auth.roles import PERSON_ROLES
from gateway.auth.secrets import hash_secret
from gateway.settings import GatewaySettings
from servicekit.db import Database
from servicekit.migrations import alembic_config, upgrade_to_head


async def _database(settings: GatewaySettings) -> Database:
    from gateway.app import service_spec

    spec = service_spec()
    database = Database(settings.resolved_database_url(), settings.resolved_schema())
    cfg = alembic_config(
        spec.migrations_dir, version_table=f"alembic_version_{spec.name}", metadata=spec.metadata, schema=None
    )
    await upgrade_to_head(database, cfg)
    return database


async def rotate_keys(settings: GatewaySettings) -> KeyRing:
    database = await _database(settings)
    try:
        async with database.sessionmaker() as session:
            ring = await rotate(session, settings.key_rotation_window)
            await session.commit()
    finally:
        await database.dispose()
    publish(ring, settings.public_jwks_file())
    return ring


async def create_account(
    settings: GatewaySettings,
    username: str,
    role: str,
    org_id: str,
    org_type: str,
    password: str,
    nom: str = "",
) -> Account:
    if role not in PERSON_ROLES:
        raise ValueError(f"rôle inconnu : {role} (attendu : {', '.join(PERSON_ROLES)})")
    database = await _database(settings)
    try:
        async with database.sessionmaker() as session:
            account = Account(
                username=username.strip().lower(),
                nom=nom,
                role=role,
                org_id=org_id,
                org_type=org_type,
                password_hash=hash_secret(password) if password else "",
            )
            session.add(account)
            await session.commit()
    finally:
        await database.dispose()
    return account


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m gateway.cli", description="Administration de la passerelle PRF"
    )
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser(
        "rotate-keys", help="nouvelle clé de signature ; l'ancienne reste publiée pendant la fenêtre"
    )
    acc = sub.add_parser("create-account", help="créer le compte d'une personne (mot de passe demandé)")
    acc.add_argument("username")
    acc.add_argument("role", choices=PERSON_ROLES)
    acc.add_argument("org_id")
    acc.add_argument("org_type")
    acc.add_argument("--nom", default="")
    acc.add_argument("--sans-mot-de-passe", action="store_true", help="connexion par le fournisseur externe")
    args = parser.parse_args(argv)
    settings = GatewaySettings()
    if args.command == "rotate-keys":
        ring = asyncio.run(rotate_keys(settings))
        print(f"Nouvelle clé de signature : {ring.signing.kid} ; publiées : {', '.join(ring.kids)}")
        return 0
    password = "" if args.sans_mot_de_passe else getpass.getpass("Mot de passe : ")
    if password and len(password) < 12:
        print("Mot de passe trop court (12 caractères au moins).", file=sys.stderr)
        return 2
    account = asyncio.run(
        create_account(settings, args.username, args.role, args.org_id, args.org_type, password, args.nom)
    )
    print(f"Compte créé : {account.username} ({account.id})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
