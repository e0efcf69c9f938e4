"""The service's French problems."""

from servicekit.problems import DomainError


class UrlRefusee(DomainError):
    status = 422
    code = "url_refusee"
    title = "Adresse de réception refusée"


class EvenementInconnu(DomainError):
    status = 422
    code = "evenement_inconnu"
    title = "Type d'événement inconnu"


class AbonnementIntrouvable(DomainError):
    status = 404
    code = "abonnement_introuvable"
    title = "Abonnement introuvable"


class LivraisonIntrouvable(DomainError):
    status = 404
    code = "livraison_introuvable"
    title = "Livraison introuvable"


class ExportIntrouvable(DomainError):
    status = 404
    code = "export_introuvable"
    title = "Export AGORA introuvable"


class RetourInvalide(DomainError):
    status = 422
    code = "retour_invalide"
    title = "Fichier retour illisible ou ne correspondant pas à cet export"


class HorsPerimetre(DomainError):
    status = 403
    code = "hors_perimetre"
    title = "Hors de votre périmètre"
