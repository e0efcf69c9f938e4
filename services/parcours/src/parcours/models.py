"""Imports every table so the metadata is complete (migrations, autogenerate)."""

from parcours.alertes.models import Alerte
from parcours.audit.models import AuditEntry
from parcours.candidatures.models import Candidature
from parcours.common.models import Transition
from parcours.parcours.models import Parcours, Suivi
from parcours.presences.models import Presence
from parcours.stagiaires.models import Stagiaire

ALL_MODELS = (
    Alerte,
    AuditEntry,
    Candidature,
    Transition,
    Parcours,
    Suivi,
    Presence,
    Stagiaire,
)
