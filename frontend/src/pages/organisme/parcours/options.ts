// The closed lists of the exit and follow-up forms (API.md, POST /parcours/{id}/sortie and /suivis).
export const CONTRATS = ["CDI", "CDD", "INTERIM", "CREATION", "ALTERNANCE", "CONTRAT_AIDE"] as const;

export const CERTIFS: [string, string][] = [
  ["OBTENUE_TOTALE", "Obtenue en totalité"],
  ["OBTENUE_PARTIELLE", "Obtenue partiellement (blocs)"],
  ["ECHEC", "Échec"],
  ["NON_PRESENTE", "Non présenté"],
  ["SANS_OBJET", "Sans objet (dispositif non certifiant)"],
];

export const SITUATIONS: [string, string][] = [
  ["EMPLOI", "En emploi"],
  ["FORMATION", "En formation"],
  ["RECHERCHE", "En recherche d'emploi"],
  ["INACTIF", "Inactif"],
  ["INCONNU", "Inconnue"],
];
