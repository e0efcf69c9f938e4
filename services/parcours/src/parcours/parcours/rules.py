"""Checks on the contrat individuel, the exit and the follow-ups (pure functions, French messages)."""

from __future__ import annotations

from datetime import date

from parcours.clients.catalogue import SessionInfo
from parcours.common.dates import add_months, today
from parcours.errors import HorizonNonAtteint, InvalidData, TransitionInterdite, invalid
from parcours.parcours.models import Parcours
from parcours.parcours.schemas import EntreeIn, ModuleIn, SortieIn, SuiviIn
from servicekit.problems import FieldError

REMISE_A_NIVEAU = "REMISE_A_NIVEAU"


def check_not_future(day: date, pointer: str) -> None:
    if day > today():
        raise invalid(pointer, "La date ne peut pas être postérieure à aujourd'hui.")


def check_entry_dates(
    data: EntreeIn, *, debut: date, fin: date, after: date, decided_today: bool = False
) -> None:
    check_not_future(data.date_entree, "/date_entree")
    if not debut <= data.date_entree <= fin:
        raise invalid("/date_entree", f"L'entrée doit être comprise dans la session (du {debut} au {fin}).")
    if data.date_entree < after:
        message = f"L'entrée ne peut pas précéder la candidature ni la décision ({after})."
        if decided_today:
            # Typically a decision keyed in today without its `date`: say how to record it as it happened.
            message += (
                " La décision est datée d'aujourd'hui : si elle a été prise plus tôt, elle doit être"
                " déclarée avec sa date effective (champ « date » de la décision)."
            )
        raise invalid("/date_entree", message)


def check_contract(data: EntreeIn, info: SessionInfo, *, clea: bool) -> list[dict[str, object]]:
    """The modules (Région-validated only, remise à niveau rule), target and part-time hours."""
    errors: list[FieldError] = []
    valides = info.modules_valides
    modules: list[dict[str, object]] = []
    for i, item in enumerate(data.modules):
        module = item if isinstance(item, ModuleIn) else ModuleIn(id=item)
        found = valides.get(module.id)
        if found is None:
            errors.append(
                FieldError(
                    f"/modules/{i}", f"Module « {module.id} » non validé par la Région pour cette action."
                )
            )
            continue
        modules.append(
            {"id": found.id, "type": found.type, "libelle": found.libelle, "heures": module.heures}
        )
    has_ran = any(m["type"] == REMISE_A_NIVEAU for m in modules)
    if not data.prerequis_acquis and not clea and not has_ran:
        errors.append(
            FieldError(
                "/modules",
                "Prérequis non acquis : une remise à niveau est obligatoire (sauf titulaire de CléA).",
            )
        )
    if data.objectif == "BLOCS" and not data.blocs:
        errors.append(FieldError("/blocs", "Indiquez les blocs de compétences visés."))
    if data.temps_partiel and data.heures_hebdomadaires is None:
        errors.append(
            FieldError("/heures_hebdomadaires", "Temps partiel : les heures hebdomadaires sont obligatoires.")
        )
    if errors:
        raise InvalidData(errors[0]["message"], errors=errors)
    return modules


def check_exit(
    data: SortieIn, row: Parcours, *, last_presence: date | None, last_change: date | None
) -> str | None:
    """Returns the certification to store."""
    check_not_future(data.date_sortie, "/date_sortie")
    if data.date_sortie < row.date_entree:
        raise invalid("/date_sortie", f"La sortie ne peut pas précéder l'entrée ({row.date_entree}).")
    if last_change and data.date_sortie < last_change:
        raise invalid(
            "/date_sortie", f"La sortie ne peut pas précéder le dernier changement ({last_change})."
        )
    if last_presence and data.date_sortie < last_presence:
        raise invalid(
            "/date_sortie", f"Des présences sont déclarées après cette date (jusqu'au {last_presence})."
        )
    if data.type == "ABANDON":
        if data.motif is None:
            raise invalid("/motif", "Le motif de l'abandon est obligatoire.")
        if data.motif == "EMPLOI" and data.contrat is None:
            raise invalid("/contrat", "Sortie pour emploi : le type de contrat est obligatoire.")
        return data.certification
    if data.motif is not None:
        raise invalid("/motif", "Une sortie au terme n'a pas de motif de rupture.")
    if not row.certifiante:
        if data.certification not in (None, "SANS_OBJET"):
            raise invalid("/certification", "Dispositif non certifiant : certification SANS_OBJET attendue.")
        return "SANS_OBJET"
    if data.certification in (None, "SANS_OBJET"):
        raise invalid(
            "/certification",
            "Sortie au terme d'un dispositif certifiant : le résultat de certification est obligatoire.",
        )
    return data.certification


def check_follow_up(data: SuiviIn, row: Parcours) -> None:
    if row.statut != "SORTI" or row.date_sortie is None:
        raise TransitionInterdite("Le suivi n'est possible qu'après la sortie.")
    horizon = add_months(row.date_sortie, data.horizon_mois)
    if horizon > today():
        raise HorizonNonAtteint(
            f"L'horizon de {data.horizon_mois} mois après la sortie n'est pas atteint (le {horizon})."
        )
    check_not_future(data.date, "/date")
    if data.date < horizon:
        raise invalid("/date", f"Le suivi à {data.horizon_mois} mois se date au plus tôt le {horizon}.")
    if data.situation == "EMPLOI" and data.contrat is None:
        raise invalid("/contrat", "Situation EMPLOI : le type de contrat est obligatoire.")
    if data.contrat in ("CDD", "INTERIM") and data.duree_contrat_mois is None:
        raise invalid("/duree_contrat_mois", "CDD ou intérim : la durée du contrat est obligatoire.")
    if data.duree_emploi_mois is not None and data.duree_emploi_mois > data.horizon_mois:
        raise invalid("/duree_emploi_mois", "Les mois travaillés ne peuvent dépasser l'horizon du suivi.")
