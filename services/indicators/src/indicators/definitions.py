"""The pinned indicator definitions of DOMAIN.md §5, as data the API lists."""

from dataclasses import asdict, dataclass
from typing import Any, Literal

Cohorte = Literal["entree", "sortie", "debut_session", "candidature", "sortie_prepa"]
Unite = Literal["taux", "nombre", "jours", "heures"]


@dataclass(frozen=True)
class Definition:
    code: str
    libelle: str
    formule: str
    numerateur: str
    denominateur: str
    cohorte: Cohorte
    unite: Unite

    def as_dict(self, seuil: int) -> dict[str, Any]:
        return {**asdict(self), "seuil_secret": seuil}


DEFINITIONS: tuple[Definition, ...] = (
    Definition(
        "places_ouvertes",
        "Places ouvertes",
        "Somme des places ouvertes des sessions qui débutent dans la période.",
        "Σ places ouvertes des sessions débutant dans la période",
        "—",
        "debut_session",
        "nombre",
    ),
    Definition(
        "entrees",
        "Entrées en formation",
        "Nombre de parcours dont la date d'entrée est dans la période.",
        "parcours entrés dans la période",
        "—",
        "entree",
        "nombre",
    ),
    Definition(
        "taux_remplissage",
        "Taux de remplissage",
        "Entrées dans les sessions débutant dans la période / places ouvertes de ces sessions.",
        "entrées dans les sessions débutant dans la période",
        "places ouvertes de ces sessions",
        "debut_session",
        "taux",
    ),
    Definition(
        "taux_transformation",
        "Taux de transformation des candidatures",
        "Candidatures transmises dans la période ayant abouti à une entrée / candidatures transmises dans la période.",
        "candidatures de la période suivies d'une entrée",
        "candidatures transmises dans la période",
        "candidature",
        "taux",
    ),
    Definition(
        "delai_candidature_entree",
        "Délai candidature → entrée (médiane)",
        "Médiane du nombre de jours entre la candidature et l'entrée, pour les entrées de la période.",
        "médiane des délais en jours",
        "entrées de la période",
        "entree",
        "jours",
    ),
    Definition(
        "taux_rupture",
        "Taux de rupture",
        "Parcours entrés dans la période et sortis en abandon (tout motif) / parcours entrés dans la période.",
        "entrés dans la période sortis en ABANDON",
        "parcours entrés dans la période",
        "entree",
        "taux",
    ),
    Definition(
        "taux_rupture_nette",
        "Taux de rupture nette",
        "Comme le taux de rupture, hors motifs EMPLOI et FORMATION (sorties anticipées positives).",
        "entrés dans la période sortis en ABANDON hors EMPLOI et FORMATION",
        "parcours entrés dans la période",
        "entree",
        "taux",
    ),
    Definition(
        "part_ruptures_emploi",
        "Part des ruptures pour emploi",
        "Abandons pour motif EMPLOI / tous les abandons (cohorte par date d'entrée).",
        "abandons motif EMPLOI",
        "abandons",
        "entree",
        "taux",
    ),
    Definition(
        "taux_reussite_certification",
        "Taux de réussite à la certification",
        "Sorties au TERME avec certification totale / sorties au TERME avec certification totale, partielle "
        "ou échec (dispositifs certifiants seulement) ; la réussite partielle est donnée à côté.",
        "sorties TERME OBTENUE_TOTALE",
        "sorties TERME OBTENUE_TOTALE, OBTENUE_PARTIELLE ou ECHEC",
        "sortie",
        "taux",
    ),
    Definition(
        "taux_heures_realisees",
        "Taux d'heures réalisées",
        "Σ heures de présence / Σ heures prévues, sur les parcours sortis dans la période.",
        "Σ heures de présence",
        "Σ heures prévues",
        "sortie",
        "taux",
    ),
    Definition(
        "duree_moyenne_parcours",
        "Durée moyenne des parcours",
        "Moyenne des heures de présence, et des jours de l'entrée à la sortie, des parcours sortis dans la période.",
        "Σ heures de présence (et Σ jours)",
        "parcours sortis dans la période",
        "sortie",
        "heures",
    ),
    Definition(
        "taux_acces_emploi_6m",
        "Accès à l'emploi à 6 mois",
        "Sortis dans la période dont le suivi à 6 mois indique au moins 1 mois d'emploi (tout contrat ou "
        "création) / sortis dans la période dont la situation à 6 mois est connue.",
        "sortis avec au moins 1 mois d'emploi dans les 6 mois",
        "sortis avec situation à 6 mois connue",
        "sortie",
        "taux",
    ),
    Definition(
        "taux_emploi_durable_6m",
        "Emploi durable à 6 mois",
        "Même dénominateur ; numérateur : CDI, CDD de 6 mois ou plus, ou création d'entreprise.",
        "sortis en CDI, CDD ≥ 6 mois ou création",
        "sortis avec situation à 6 mois connue",
        "sortie",
        "taux",
    ),
    Definition(
        "taux_couverture_suivi_6m",
        "Couverture du suivi à 6 mois",
        "Sortis dans la période dont la situation à 6 mois est connue / sortis dans la période dont les 6 mois "
        "sont écoulés.",
        "sortis avec situation à 6 mois connue",
        "sortis dont les 6 mois sont écoulés",
        "sortie",
        "taux",
    ),
    Definition(
        "taux_acces_qualification",
        "Accès à la qualification après PRÉPA",
        "Sorties de PRÉPA dans la période suivies d'une entrée en VISA dans les 9 mois / sorties de PRÉPA "
        "dans la période.",
        "sorties PRÉPA suivies d'une entrée VISA sous 9 mois",
        "sorties PRÉPA de la période",
        "sortie_prepa",
        "taux",
    ),
    Definition(
        "part_publics",
        "Part des publics prioritaires",
        "Part des entrées qui sont : femmes, moins de 26 ans, 50 ans et plus, DELD, infra-bac, RQTH "
        "(cible ≥ 15 %), résidents QPV, bénéficiaires du RSA.",
        "entrées du public",
        "entrées de la période",
        "entree",
        "taux",
    ),
    Definition(
        "entrees_vs_objectif",
        "Entrées au regard de l'objectif",
        "Entrées / objectif d'entrées du lot ou du dispositif, avec l'objectif proratisé à date.",
        "entrées",
        "objectif d'entrées",
        "entree",
        "taux",
    ),
)

BY_CODE = {d.code: d for d in DEFINITIONS}
