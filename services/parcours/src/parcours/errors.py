"""Every error the parcours service answers, as a class (status, `code`, French title).

Routes list the classes they can raise in `responses=problem_responses(...)`, so the OpenAPI documents
each operation's 4xx/5xx answers. `detail` (and `errors[]`) belong to each raise.
"""

from __future__ import annotations

from servicekit.problems import DomainError, FieldError, InvalidData

__all__ = ["InvalidData", "invalid"]


def invalid(pointer: str, message: str) -> InvalidData:
    """422 naming the one invalid field."""
    return InvalidData(message, errors=[FieldError(pointer, message)])


# Raised by servicekit before any route runs (authentication, scopes): listed for the documentation.
class AuthentificationRequise(DomainError):
    status, code, title = 401, "unauthorized", "Authentification requise"


class PorteeInsuffisante(DomainError):
    status, code, title = 403, "insufficient_scope", "Accès refusé"


class HorsPerimetre(DomainError):
    """The one code for "outside your perimeter" (catalogue and parcours alike)."""

    status, code, title = 403, "hors_perimetre", "Hors de votre périmètre"


class CandidatureIntrouvable(DomainError):
    status, code, title = 404, "candidature_introuvable", "Candidature introuvable"


class ParcoursIntrouvable(DomainError):
    status, code, title = 404, "parcours_introuvable", "Parcours introuvable"


class AlerteIntrouvable(DomainError):
    status, code, title = 404, "alerte_introuvable", "Alerte introuvable"


class TransitionInterdite(DomainError):
    status, code, title = 409, "transition_interdite", "Transition interdite"


class DejaRetravaillee(DomainError):
    status, code, title = 409, "deja_retravaillee", "Candidature déjà retravaillée"


class DejaEntree(DomainError):
    status, code, title = 409, "deja_entree", "Entrée déjà déclarée"


class HorizonNonAtteint(DomainError):
    status, code, title = 409, "horizon_non_atteint", "Horizon du suivi non atteint"


class AlerteDejaTraitee(DomainError):
    status, code, title = 409, "alerte_deja_traitee", "Alerte déjà traitée"


class SessionIntrouvable(DomainError):
    status, code, title = 422, "session_introuvable", "Session inconnue du catalogue"


class CleIdempotenceReutilisee(DomainError):
    status, code, title = 422, "idempotency_key_reused", "Clé Idempotency-Key déjà utilisée"


class ImportInvalide(DomainError):
    status, code, title = 422, "import_invalide", "Fichier de présences invalide"


class EncodageInvalide(DomainError):
    status, code, title = 422, "encodage_invalide", "Encodage du fichier invalide"


class TropDePresences(DomainError):
    status, code, title = 413, "payload_too_large", "Requête trop volumineuse"


class TypeNonPrisEnCharge(DomainError):
    status, code, title = 415, "unsupported_media_type", "Type de contenu non pris en charge"


# The catalogue's answers about places, passed through (contracts.md §3).
class SessionComplete(DomainError):
    status, code, title = 409, "session_complete", "Session complète"


class SessionFermee(DomainError):
    status, code, title = 409, "session_fermee", "Session fermée au recrutement"


class ReservationInvalide(DomainError):
    status, code, title = 409, "reservation_invalide", "Place réservée indisponible"


class CatalogueIndisponible(DomainError):
    status, code, title = 503, "catalogue_indisponible", "Catalogue injoignable"


# What the routes declare in `responses=` (by family of operation).
AUTH = (AuthentificationRequise, PorteeInsuffisante)
READ = (*AUTH, InvalidData)
WRITE = (*AUTH, InvalidData, CleIdempotenceReutilisee)
SEND = (*WRITE, SessionIntrouvable, SessionComplete, SessionFermee, CatalogueIndisponible)
CANDIDATURE = (*WRITE, CandidatureIntrouvable, TransitionInterdite)
PARCOURS = (*WRITE, ParcoursIntrouvable, TransitionInterdite)
