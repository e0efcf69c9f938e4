"""The catalogue's own table registry, its outbox and its store of idempotent answers."""

from typing import Annotated

from fastapi import Depends
from sqlmodel import SQLModel

from servicekit.idempotency import Once, idempotent, make_idempotency_table
from servicekit.models import new_registry
from servicekit.outbox import make_outbox_table


class CatalogModel(SQLModel, registry=new_registry()):
    pass


metadata = CatalogModel.metadata
outbox = make_outbox_table(metadata)
idempotence = make_idempotency_table(metadata)

# Every partner POST takes it (servicekit.idempotency): replays the first answer of a key.
Idempotent = Annotated[Once, Depends(idempotent(idempotence), scope="function")]
