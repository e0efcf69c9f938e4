"""The gateway's own table registry (clients, accounts, signing keys)."""

from sqlmodel import SQLModel

from servicekit.models import new_registry


class GatewayModel(SQLModel, registry=new_registry()):
    pass


metadata = GatewayModel.metadata
