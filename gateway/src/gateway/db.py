"""The gateway's own table registry (clients, accounts, signing keys)."""

from servicekit.models import new_registry
from sqlmodel import SQLModel


class GatewayModel(SQLModel, registry=new_registry()):
    pass


metadata = GatewayModel.metadata
