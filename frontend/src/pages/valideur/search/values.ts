import type { SessionFilters } from "../../../api/endpoints";
import type { CommuneRef } from "../../../data/communeIndex";
import { communeCentre } from "../../../data/communes";

/** The places search form's values, their checks and their translation into the API's query. */
export interface SearchValues {
  q: string;
  rome: string;
  departement: string;
  territoire: string;
  dispositif: string;
  debut_min: string;
  debut_max: string;
  commune: CommuneRef | null;
  rayon_km: string;
  avec_places: boolean;
  tri: "debut" | "distance";
}

export const EMPTY_SEARCH: SearchValues = {
  q: "",
  rome: "",
  departement: "",
  territoire: "",
  dispositif: "",
  debut_min: "",
  debut_max: "",
  commune: null,
  rayon_km: "30",
  avec_places: true,
  tri: "debut",
};

const ROME = /^[A-N]\d{4}$/;

export function validateSearch(v: SearchValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (v.rome && !ROME.test(v.rome.trim().toUpperCase()))
    errors.rome = "Un code ROME est une lettre suivie de 4 chiffres (ex. F1604).";
  if (v.debut_min && v.debut_max && v.debut_max < v.debut_min)
    errors.debut_max = "La date de fin de recherche doit suivre la date de début.";
  if (v.commune && communeCentre(v.commune.code)) {
    const r = Number(v.rayon_km);
    if (!Number.isFinite(r) || r <= 0 || r > 300) errors.rayon_km = "Indiquez un rayon entre 1 et 300 km.";
  }
  return errors;
}

/** Turns the form into the places search's query parameters (API.md, GET /sessions). */
export function toFilters(v: SearchValues): SessionFilters {
  const f: SessionFilters = {};
  if (v.q.trim()) f.q = v.q.trim();
  if (v.rome.trim()) f.rome = v.rome.trim().toUpperCase();
  if (v.departement) f.departement = v.departement;
  if (v.territoire) f.territoire = v.territoire;
  if (v.dispositif) f.dispositif = v.dispositif;
  if (v.debut_min) f.debut_min = v.debut_min;
  if (v.debut_max) f.debut_max = v.debut_max;
  if (v.avec_places) f.places_disponibles_min = 1;
  const centre = v.commune ? communeCentre(v.commune.code) : undefined;
  if (centre) {
    f.lat = centre.lat;
    f.lon = centre.lon;
    f.rayon_km = Number(v.rayon_km);
    if (v.tri === "distance") f.tri = "distance";
  } else if (v.commune && !f.departement && !f.territoire) {
    // No known centre for this commune: its département is the nearest question the API can answer.
    f.departement = v.commune.departement;
  }
  return f;
}
