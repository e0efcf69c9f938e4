import { useQuery } from "@tanstack/react-query";
import { api, getJson, sendJson } from "./client";
import { toApiError } from "./problem";
import type {
  Alerte,
  Candidature,
  IndicatorDefinition,
  IndicatorResult,
  Lot,
  Marche,
  Me,
  Module,
  Page,
  Parcours,
  Presence,
  PresencesResult,
  Ref,
  SessionItem,
} from "./types";

export const CATALOG = "/api/catalog/v1";
export const PARCOURS = "/api/parcours/v1";
export const INDICATORS = "/api/indicators/v1";

export async function fetchMe(): Promise<Me> {
  const { data, error, response } = await api.GET("/api/me");
  if (error || !data) throw toApiError((response as Response).status, error);
  return data as unknown as Me;
}

export type RefKind =
  | "departements"
  | "territoires"
  | "secteurs"
  | "dispositifs"
  | "niveaux"
  | "motifs-rupture"
  | "motifs-refus"
  | "types-modules";

export async function fetchRef(kind: RefKind): Promise<Ref[]> {
  const { data, error, response } = await api.GET("/api/catalog/v1/referentiels/{kind}", {
    params: { path: { kind } },
  });
  if (error || !data) throw toApiError(response.status, error);
  return (data as unknown as Page<Ref>).items;
}

/** Reference data changes rarely: cached for the whole visit. */
export function useReferentiel(kind: RefKind) {
  return useQuery({ queryKey: ["ref", kind], queryFn: () => fetchRef(kind), staleTime: Infinity });
}

export function refLabel(rows: Ref[] | undefined, code: string | null | undefined): string {
  if (!code) return "—";
  return rows?.find((r) => r.code === code)?.libelle ?? code;
}

// --- Catalogue ---------------------------------------------------------------------------------

export type SessionFilters = Record<string, string | number | boolean | undefined>;

export const searchSessions = (filters: SessionFilters) =>
  getJson<Page<SessionItem>>(`${CATALOG}/sessions`, filters);
export const getSession = (id: string) => getJson<SessionItem>(`${CATALOG}/sessions/${id}`);
export const listMarches = (q?: SessionFilters) => getJson<Page<Marche>>(`${CATALOG}/marches`, { limit: 100, ...q });
export const listLots = (q?: SessionFilters) => getJson<Page<Lot>>(`${CATALOG}/lots`, { limit: 100, ...q });
export const createMarche = (body: unknown) => sendJson<Marche>("POST", `${CATALOG}/marches`, body);
export const createLot = (body: unknown) => sendJson<Lot>("POST", `${CATALOG}/lots`, body);
export const createSession = (body: unknown) => sendJson<SessionItem>("POST", `${CATALOG}/sessions`, body);
export const patchSession = (id: string, body: unknown) => sendJson<SessionItem>("PATCH", `${CATALOG}/sessions/${id}`, body);
export const listModules = (q?: SessionFilters) => getJson<Page<Module>>(`${CATALOG}/modules`, { limit: 100, ...q });
export const decideModule = (id: string, decision: "validation" | "refus") =>
  sendJson<Module>("POST", `${CATALOG}/modules/${id}/${decision}`, {});

// --- Parcours ----------------------------------------------------------------------------------

export const listCandidatures = (q?: SessionFilters) =>
  getJson<Page<Candidature>>(`${PARCOURS}/candidatures`, { limit: 100, ...q });
export const createCandidature = (body: unknown) => sendJson<Candidature>("POST", `${PARCOURS}/candidatures`, body);
export const decideCandidature = (id: string, body: { decision: "ACCEPTEE" | "REFUSEE"; motif?: string; message?: string }) =>
  sendJson<Candidature>("POST", `${PARCOURS}/candidatures/${id}/decision`, body);
export const positionCandidature = (id: string) =>
  sendJson<Candidature>("POST", `${PARCOURS}/candidatures/${id}/positionnement`, {});
export const cancelCandidature = (id: string, message: string) =>
  sendJson<Candidature>("POST", `${PARCOURS}/candidatures/${id}/annulation`, { message });
export const declareEntry = (id: string, body: { date_entree: string; heures_prevues: number; modules: string[] }) =>
  sendJson<Parcours>("POST", `${PARCOURS}/candidatures/${id}/entree`, body);
export const listParcours = (q?: SessionFilters) => getJson<Page<Parcours>>(`${PARCOURS}/parcours`, { limit: 100, ...q });
export const getParcours = (id: string) => getJson<Parcours>(`${PARCOURS}/parcours/${id}`);
export const parcoursAction = (id: string, action: "suspension" | "reprise" | "sortie" | "suivis", body: unknown) =>
  sendJson<Parcours>("POST", `${PARCOURS}/parcours/${id}/${action}`, body);
export const postPresences = (presences: Presence[]) =>
  sendJson<PresencesResult>("POST", `${PARCOURS}/presences`, { presences });
export const listPresences = (q: SessionFilters) => getJson<Page<Presence>>(`${PARCOURS}/presences`, { limit: 100, ...q });
export const listAlertes = (q?: SessionFilters) => getJson<Page<Alerte>>(`${PARCOURS}/alertes`, { limit: 100, ...q });

// --- Indicateurs -------------------------------------------------------------------------------

export async function listIndicators(): Promise<IndicatorDefinition[]> {
  const { data, error, response } = await api.GET("/api/indicators/v1/indicateurs");
  if (error || !data) throw toApiError((response as Response).status, error);
  return (data as unknown as { items: IndicatorDefinition[] }).items;
}
export const getIndicator = (code: string, q: SessionFilters) =>
  getJson<IndicatorResult>(`${INDICATORS}/indicateurs/${code}`, q);
export const getLotBilan = (lotId: string, q?: SessionFilters) =>
  getJson<Record<string, unknown>>(`${INDICATORS}/lots/${lotId}/bilan`, q);
