"""Every error the catalogue answers, as a class (status, stable `code` of API.md, French title).

Raised by the services and routers with a French `detail`; listed by each route in
`responses=problem_responses(...)` so that the OpenAPI documents its 4xx answers. The groups at the
end are what every route of a kind can answer whatever it does (authentication, scope, validation).
"""

from servicekit.idempotency import IdempotencyKeyReused
from servicekit.problems import AUTHENTICATED, DomainError, InvalidData

# — access (401 and 403 insufficient_scope: servicekit.problems.AUTHENTICATED) —


class HorsPerimetre(DomainError):
    """The one code for "outside your perimeter": an OF acting on a lot that is not its own."""

    status, code, title = 403, "hors_perimetre", "Hors de votre périmètre"


# — not found —


class OrganismeIntrouvable(DomainError):
    status, code, title = 404, "organisme_introuvable", "Organisme introuvable"


class MarcheIntrouvable(DomainError):
    status, code, title = 404, "marche_introuvable", "Marché introuvable"


class LotIntrouvable(DomainError):
    status, code, title = 404, "lot_introuvable", "Lot introuvable"


class FormationIntrouvable(DomainError):
    status, code, title = 404, "formation_introuvable", "Formation introuvable"


class ActionIntrouvable(DomainError):
    status, code, title = 404, "action_introuvable", "Action introuvable"


class SessionIntrouvable(DomainError):
    status, code, title = 404, "session_introuvable", "Session introuvable"


class ReservationIntrouvable(DomainError):
    status, code, title = 404, "reservation_introuvable", "Réservation introuvable"


class ModuleIntrouvable(DomainError):
    status, code, title = 404, "module_introuvable", "Module introuvable"


class ExportVide(DomainError):
    status, code, title = 404, "export_vide", "Aucune session à exporter"


# — conflicts with what exists —


class OrganismeExistant(DomainError):
    status, code, title = 409, "organisme_existant", "Organisme déjà déclaré"


class MarcheExistant(DomainError):
    status, code, title = 409, "marche_existant", "Marché déjà créé"


class LotExistant(DomainError):
    status, code, title = 409, "lot_existant", "Lot déjà créé"


class PlacesInsuffisantes(DomainError):
    status, code, title = 409, "places_insuffisantes", "Places déjà prises"


class SessionComplete(DomainError):
    status, code, title = 409, "session_complete", "Session complète"


class SessionFermee(DomainError):
    status, code, title = 409, "session_fermee", "Session fermée au recrutement"


class ReservationInactive(DomainError):
    status, code, title = 409, "reservation_inactive", "Réservation inactive"


class ModuleDejaTraite(DomainError):
    status, code, title = 409, "module_deja_traite", "Module déjà traité"


# — LHÉO documents —


class LheoTropVolumineux(DomainError):
    status, code, title = 413, "payload_too_large", "Fichier LHÉO trop volumineux"


class LheoPasXml(DomainError):
    status, code, title = 415, "unsupported_media_type", "Type de contenu non pris en charge"


class LheoInvalide(DomainError):
    status, code, title = 422, "lheo_invalide", "Document LHÉO invalide"


class XmlInvalide(DomainError):
    status, code, title = 422, "xml_invalide", "XML mal formé"


class LheoRejete(DomainError):
    status, code, title = 422, "lheo_rejete", "Aucun enregistrement importé"


# What a route can answer by kind, whatever its own errors.
READ = (InvalidData,)
WRITE = AUTHENTICATED
OWNED = (*AUTHENTICATED, HorsPerimetre)
PARTNER = (*OWNED, IdempotencyKeyReused)
