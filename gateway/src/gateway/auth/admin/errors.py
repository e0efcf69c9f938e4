"""Every problem the Région administration answers, as a class (status, stable `code`, French title).

Raised by `service` with a French `detail`; listed by each route in `responses=problem_responses(...)`
so that the OpenAPI documents its 4xx answers.
"""

from servicekit.problems import AUTHENTICATED, DomainError


class ClientIntrouvable(DomainError):
    status, code, title = 404, "client_introuvable", "Client introuvable"


class CompteIntrouvable(DomainError):
    status, code, title = 404, "compte_introuvable", "Compte introuvable"


class ClientProtege(DomainError):
    status, code, title = 409, "client_protege", "Client de PRF, non géré ici"


class ClientExistant(DomainError):
    status, code, title = 409, "client_existant", "Client déjà existant"


class CompteExistant(DomainError):
    status, code, title = 409, "compte_existant", "Compte déjà existant"


class DernierAdministrateur(DomainError):
    status, code, title = 409, "dernier_administrateur", "Dernier administrateur actif"


class SansSecret(DomainError):
    status, code, title = 409, "sans_secret", "Client sans secret"


class SansCle(DomainError):
    status, code, title = 409, "sans_cle", "Client sans clé"


class ConfirmationRequise(DomainError):
    status, code, title = 409, "confirmation_requise", "Confirmation requise"


# What every admin route answers whatever it does (401, 403 insufficient_scope, 422).
ADMIN = AUTHENTICATED
MANAGED = (*ADMIN, ClientIntrouvable, ClientProtege)
