"""The indicators service's own table registry ."""

from sqlmodel import SQLModel

from servicekit.models import new_registry


class IndicatorsModel(SQLModel, registry=new_registry()):
    pass


metadata = IndicatorsModel.metadata
