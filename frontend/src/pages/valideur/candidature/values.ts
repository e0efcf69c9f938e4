// The candidature form's values, its checks before sending and the body POST /candidatures takes.
import type { CandidatureIn } from "../../../api/types";
import type { CommuneRef } from "../../../data/communeIndex";
import { today } from "../../../format";

export interface Values {
  identifiant_ft: string;
  nom: string;
  prenom: string;
  date_naissance: string;
  sexe: string;
  commune: CommuneRef | null;
  niveau: string;
  date_inscription_de: string;
  rqth: boolean;
  rsa: boolean;
  clea: boolean;
  projet_valide: boolean;
  message: string;
  date_candidature: string;
}

export const EMPTY: Values = {
  identifiant_ft: "",
  nom: "",
  prenom: "",
  date_naissance: "",
  sexe: "",
  commune: null,
  niveau: "",
  date_inscription_de: "",
  rqth: false,
  rsa: false,
  clea: false,
  projet_valide: true,
  message: "",
  date_candidature: "",
};

export const LABELS: Record<string, string> = {
  "stagiaire.identifiant_ft": "Identifiant France Travail",
  "stagiaire.nom": "Nom",
  "stagiaire.prenom": "Prénom",
  "stagiaire.date_naissance": "Date de naissance",
  "stagiaire.sexe": "Sexe",
  "stagiaire.commune_insee": "Commune de résidence",
  "stagiaire.niveau": "Niveau de diplôme",
  "stagiaire.date_inscription_de": "Inscription comme demandeur d'emploi",
  projet_valide: "Projet validé",
  message: "Message à l'organisme",
  date_candidature: "Date de la candidature",
  session_id: "Session",
};

export function localErrors(v: Values): Record<string, string> {
  const e: Record<string, string> = {};
  if (!v.nom.trim()) e["stagiaire.nom"] = "Le nom est obligatoire.";
  if (!v.prenom.trim()) e["stagiaire.prenom"] = "Le prénom est obligatoire.";
  if (!v.sexe) e["stagiaire.sexe"] = "Le sexe est obligatoire (tous les indicateurs le distinguent).";
  if (!v.date_naissance) e["stagiaire.date_naissance"] = "La date de naissance est obligatoire.";
  if (!v.identifiant_ft.trim()) e["stagiaire.identifiant_ft"] = "L'identifiant France Travail est obligatoire.";
  if (!v.niveau) e["stagiaire.niveau"] = "Le niveau de diplôme est obligatoire.";
  if (!v.commune)
    e["stagiaire.commune_insee"] =
      "Choisissez la commune de résidence dans la liste : tapez son nom ou son code postal.";
  if (v.date_candidature && v.date_candidature > today())
    e.date_candidature = "La date de candidature ne peut pas être dans le futur.";
  return e;
}

export function toPayload(sessionId: string, v: Values): CandidatureIn {
  return {
    session_id: sessionId,
    stagiaire: {
      identifiant_ft: v.identifiant_ft.trim(),
      nom: v.nom.trim(),
      prenom: v.prenom.trim(),
      date_naissance: v.date_naissance,
      sexe: v.sexe as "F" | "M",
      commune_insee: v.commune?.code ?? "",
      niveau: v.niveau,
      date_inscription_de: v.date_inscription_de || undefined,
      rqth: v.rqth,
      rsa: v.rsa,
      clea: v.clea,
    },
    projet_valide: v.projet_valide,
    message: v.message.trim() || undefined,
    date_candidature: v.date_candidature || undefined,
  };
}
