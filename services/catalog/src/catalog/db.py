"""The catalogue's own table registry and outbox."""

from sqlmodel import SQLModel

from servicekit.models import new_registry
from servicekit.outbox import make_outbox_table


class CatalogModel(SQLModel, registry=new_registry()):
    pass


metadata = CatalogModel.metadata
outbox = make_outbox_table(metadata)
