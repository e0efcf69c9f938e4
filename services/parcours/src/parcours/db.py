"""The parcours service's own table registry, outbox and store of idempotent answers."""

from typing import Annotated

from fastapi import Depends
from sqlmodel import SQLModel

from servicekit.idempotency import Once, idempotent, make_idempotency_table
from servicekit.models import new_registry
from servicekit.outbox import make_outbox_table


class ParcoursModel(SQLModel, registry=new_registry()):
    pass


metadata = ParcoursModel.metadata
outbox = make_outbox_table(metadata)
idempotence = make_idempotency_table(metadata)
# Every partner POST takes it: the first answer of an Idempotency-Key is replayed (API.md).
Idempotent = Annotated[Once, Depends(idempotent(idempotence), scope="function")]
