// Domain shapes of the public contract (API.md). The generated schema.d.ts types the requests; these
// aliases keep the screens readable and document the fields the SPA relies on.

export type Role = "region" | "valideur" | "organisme" | "financeur";

export interface Me {
  sub: string;
  client_id: string;
  role: Role | string;
  org_id: string | null;
  org_type: string | null;
  scopes: string[];
}

export interface Page<T> {
  items: T[];
  total: number;
  page?: number;
  limit?: number;
}

export interface Ref {
  code: string;
  libelle: string;
  departement?: string;
  programme?: string;
  certifiant?: boolean;
  positif?: boolean;
}

export interface Lieu {
  commune_insee?: string;
  commune?: string;
  departement?: string;
  territoire?: string;
  latitude?: number;
  longitude?: number;
}

export interface Organisme {
  id?: string;
  siret: string;
  raison_sociale?: string;
}

export interface Certification {
  code_rncp?: string;
  code?: string;
  niveau?: string;
  intitule?: string;
  libelle?: string;
}

export interface SessionItem {
  id: string;
  debut: string;
  fin: string;
  places_ouvertes: number;
  places_disponibles: number;
  etat_recrutement: "OUVERT" | "SUSPENDU" | "FERME" | string;
  lieu?: Lieu;
  action?: { id?: string; lieu?: Lieu; modalite?: string; heures_centre?: number; heures_entreprise?: number; entrees_sorties_permanentes?: boolean };
  formation?: { id?: string; intitule?: string; certification?: Certification; romes?: string[]; formacodes?: string[] };
  formation_intitule?: string;
  intitule?: string;
  certification?: Certification;
  dispositif?: string | Ref;
  lot?: { id?: string; numero?: number | string; intitule?: string } | null;
  organisme?: Organisme | null;
  distance_km?: number | null;
  modalite?: string;
  action_id?: string;
}

export interface Stagiaire {
  identifiant_ft?: string;
  nom?: string;
  prenom?: string;
  date_naissance?: string;
  sexe?: "F" | "M";
  commune_insee?: string;
  niveau?: string;
  date_inscription_de?: string;
  rqth?: boolean;
  rsa?: boolean;
}

export type StatutCandidature = "TRANSMISE" | "EN_POSITIONNEMENT" | "ACCEPTEE" | "REFUSEE" | "ANNULEE" | "EXPIREE";

export interface Candidature {
  id: string;
  session_id: string;
  statut: StatutCandidature | string;
  stagiaire?: Stagiaire;
  date_candidature?: string;
  message?: string | null;
  projet_valide?: boolean;
  motif?: string | null;
  decision?: { decision?: string; motif?: string; message?: string } | null;
  motif_refus?: string | null;
  message_refus?: string | null;
  refus?: { motif?: string; message?: string } | null;
  parcours_id?: string | null;
  parcours?: Parcours | null;
  session?: Partial<SessionItem> | null;
  valideur_org_id?: string;
}

export interface Suivi {
  horizon_mois: number;
  date: string;
  situation: string;
  contrat?: string | null;
  duree_contrat_mois?: number | null;
  duree_emploi_mois?: number | null;
  en_lien_formation?: boolean | null;
  source?: string;
}

export interface Parcours {
  id: string;
  candidature_id?: string;
  session_id: string;
  statut: "EN_FORMATION" | "SUSPENDU" | "SORTI" | string;
  date_entree?: string;
  heures_prevues?: number;
  heures_realisees?: number;
  stagiaire?: Stagiaire;
  sortie?: { date_sortie?: string; type?: string; motif?: string | null; contrat?: string | null; certification?: string | null } | null;
  suivis?: Suivi[];
  historique?: { statut?: string; date?: string; enregistre_le?: string }[];
}

export interface Alerte {
  id: string;
  parcours_id: string;
  session_id?: string;
  regle?: string;
  date?: string;
  message?: string;
  libelle?: string;
  statut?: string;
  stagiaire?: Stagiaire;
}

export interface Presence {
  parcours_id: string;
  date: string;
  heures_presence: number;
  heures_absence: number;
  motif_absence?: "JUSTIFIEE" | "INJUSTIFIEE" | null;
}

export interface PresencesResult {
  appliquees: number;
  erreurs: { index: number; pointer?: string; message: string }[];
}

export interface IndicatorRow {
  dimensions: Record<string, string | null>;
  numerateur: number | null;
  denominateur: number | null;
  valeur: number | null;
  secret: boolean;
  objectif?: number | null;
  objectif_prorata?: number | null;
}

export interface IndicatorResult {
  code: string;
  periode: string;
  donnees_au?: string | null;
  valeurs: IndicatorRow[];
}

export interface IndicatorDefinition {
  code: string;
  libelle: string;
  formule?: string;
  numerateur?: string;
  denominateur?: string;
  cohorte?: string;
  unite?: string;
  seuil_secret?: number;
}

export interface Marche {
  id: string;
  reference: string;
  intitule: string;
  dispositif: string;
  debut: string;
  fin: string;
}

export interface Lot {
  id: string;
  marche_id: string;
  numero: number | string;
  intitule: string;
  secteur?: string;
  departement?: string | null;
  territoire?: string | null;
  organisme_siret?: string;
  objectif_entrees?: number;
}

export interface Module {
  id: string;
  action_id?: string;
  type?: string;
  type_module?: string;
  intitule?: string;
  libelle?: string;
  statut?: string;
}
