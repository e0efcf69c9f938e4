"""The indicators service's own table registry ."""

from servicekit.models import new_registry
from sqlmodel import SQLModel


class IndicatorsModel(SQLModel, registry=new_registry()):
    pass


metadata = IndicatorsModel.metadata
