import { useQueries, useQuery } from "@tanstack/react-query";
import { api, getJson } from "./client";
import type { paths } from "./generated/schema";
import { toApiError } from "./problem";
import type {
  Action,
  Alerte,
  Candidature,
  CandidatureIn,
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

/** openapi-fetch answers {data, error, response}: return the data, or throw the problem as an ApiError. */
async function unwrap<T>(p: Promise<{ data?: unknown; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await p;
  if (!response.ok || error !== undefined) throw toApiError(response.status, error);
  return data as T;
}

// Query strings and bodies as the generated client declares them, so a screen passing a filter or a field
// the API does not know fails the type check.
type Op<P extends keyof paths, M extends "get" | "post" | "patch"> = paths[P][M];
export type QueryOf<P extends keyof paths> =
  Op<P, "get"> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;
export type BodyOf<P extends keyof paths, M extends "post" | "patch" = "post"> =
  Op<P, M> extends {
    requestBody: { content: { "application/json": infer B } };
  }
    ? B
    : Op<P, M> extends { requestBody?: { content: { "application/json": infer B } } }
      ? B
      : never;

/** The generator marks fields with a server default as required; in a request they may be left out. */
type Defaulted<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>;

export type SessionFilters = QueryOf<"/api/catalog/v1/sessions">;
/** The indicators' OpenAPI declares no query parameters: they follow API.md (periode, par, filters). */
export type IndicatorFilters = Record<string, string | undefined>;
export type MarcheIn = BodyOf<"/api/catalog/v1/marches">;
export type LotIn = BodyOf<"/api/catalog/v1/lots">;
export type SessionIn = BodyOf<"/api/catalog/v1/sessions">;
export type SortieIn = BodyOf<"/api/parcours/v1/parcours/{parcours_id}/sortie">;
export type SuiviIn = BodyOf<"/api/parcours/v1/parcours/{parcours_id}/suivis">;
export type DecisionIn = BodyOf<"/api/parcours/v1/candidatures/{candidature_id}/decision">;
export type AnnulationIn = BodyOf<"/api/parcours/v1/candidatures/{candidature_id}/annulation">;
export type EntreeIn = Defaulted<
  BodyOf<"/api/parcours/v1/candidatures/{candidature_id}/entree">,
  "objectif" | "prerequis_acquis" | "temps_partiel"
>;

export const fetchMe = () => unwrap<Me>(api.GET("/api/me"));

export type RefKind =
  | "departements"
  | "territoires"
  | "secteurs"
  | "dispositifs"
  | "niveaux"
  | "motifs-rupture"
  | "motifs-refus"
  | "types-modules";

export const fetchRef = async (kind: RefKind) =>
  (await unwrap<Page<Ref>>(api.GET("/api/catalog/v1/referentiels/{kind}", { params: { path: { kind } } }))).items;

/** Reference data changes rarely: cached for the whole visit. */
export function useReferentiel(kind: RefKind) {
  return useQuery({ queryKey: ["ref", kind], queryFn: () => fetchRef(kind), staleTime: Infinity });
}

export function refLabel(rows: Ref[] | undefined, code: string | null | undefined): string {
  if (!code) return "—";
  return rows?.find((r) => r.code === code)?.libelle ?? code;
}

// --- Catalogue ---------------------------------------------------------------------------------

export const searchSessions = (query: SessionFilters) =>
  unwrap<Page<SessionItem>>(api.GET("/api/catalog/v1/sessions", { params: { query } }));
export const getSession = (id: string) =>
  unwrap<SessionItem>(api.GET("/api/catalog/v1/sessions/{session_id}", { params: { path: { session_id: id } } }));
export const patchSession = (
  id: string,
  body: { etat_recrutement?: "OUVERT" | "SUSPENDU" | "FERME"; places_ouvertes?: number },
) =>
  unwrap<SessionItem>(
    api.PATCH("/api/catalog/v1/sessions/{session_id}", { params: { path: { session_id: id } }, body }),
  );
export const createSession = (body: SessionIn) => unwrap<SessionItem>(api.POST("/api/catalog/v1/sessions", { body }));
export const listMarches = (q?: QueryOf<"/api/catalog/v1/marches">) =>
  unwrap<Page<Marche>>(api.GET("/api/catalog/v1/marches", { params: { query: { limit: 100, ...q } } }));
export const createMarche = (body: MarcheIn) => unwrap<Marche>(api.POST("/api/catalog/v1/marches", { body }));
export const listLots = (q?: QueryOf<"/api/catalog/v1/lots">) =>
  unwrap<Page<Lot>>(api.GET("/api/catalog/v1/lots", { params: { query: { limit: 100, ...q } } }));
export const createLot = (body: LotIn) => unwrap<Lot>(api.POST("/api/catalog/v1/lots", { body }));
export const listActions = (q?: QueryOf<"/api/catalog/v1/actions">) =>
  unwrap<Page<Action>>(api.GET("/api/catalog/v1/actions", { params: { query: { limit: 100, ...q } } }));
export const listFormations = (q?: QueryOf<"/api/catalog/v1/formations">) =>
  unwrap<Page<{ id: string; intitule: string }>>(
    api.GET("/api/catalog/v1/formations", { params: { query: { limit: 100, ...q } } }),
  );
/** The actions of a lot, with their formation's title (a lot → its formations → their actions). */
export async function listLotActions(lotId: string): Promise<(Action & { formation_intitule: string })[]> {
  const formations = (await listFormations({ lot_id: lotId })).items;
  const pages = await Promise.all(formations.map((f) => listActions({ formation_id: f.id })));
  return pages.flatMap((p, i) => p.items.map((a) => ({ ...a, formation_intitule: formations[i].intitule })));
}
export const listModules = (q?: QueryOf<"/api/catalog/v1/modules">) =>
  unwrap<Page<Module>>(api.GET("/api/catalog/v1/modules", { params: { query: { limit: 100, ...q } } }));
export const decideModule = (id: string, decision: "VALIDE" | "REFUSE", motif?: string) =>
  unwrap<Module>(
    api.POST("/api/catalog/v1/modules/{module_id}/decision", {
      params: { path: { module_id: id } },
      body: { decision, motif },
    }),
  );

// --- Parcours ----------------------------------------------------------------------------------

const cid = (id: string) => ({ params: { path: { candidature_id: id } } });
const pid = (id: string) => ({ params: { path: { parcours_id: id } } });

export const listCandidatures = (q?: QueryOf<"/api/parcours/v1/candidatures">) =>
  unwrap<Page<Candidature>>(api.GET("/api/parcours/v1/candidatures", { params: { query: { limit: 100, ...q } } }));
export const getCandidature = (id: string) =>
  unwrap<Candidature>(api.GET("/api/parcours/v1/candidatures/{candidature_id}", cid(id)));
export const createCandidature = (body: CandidatureIn) =>
  unwrap<Candidature>(api.POST("/api/parcours/v1/candidatures", { body }));
export const decideCandidature = (id: string, body: DecisionIn) =>
  unwrap<Candidature>(api.POST("/api/parcours/v1/candidatures/{candidature_id}/decision", { ...cid(id), body }));
export const positionCandidature = (id: string) =>
  unwrap<Candidature>(
    api.POST("/api/parcours/v1/candidatures/{candidature_id}/positionnement", { ...cid(id), body: {} }),
  );
export const cancelCandidature = (id: string, body: AnnulationIn) =>
  unwrap<Candidature>(api.POST("/api/parcours/v1/candidatures/{candidature_id}/annulation", { ...cid(id), body }));
export const reworkCandidature = (id: string, body: { session_id: string; message?: string }) =>
  unwrap<Candidature>(api.POST("/api/parcours/v1/candidatures/{candidature_id}/retravail", { ...cid(id), body }));
export const declareEntry = (id: string, body: EntreeIn) =>
  unwrap<Parcours>(
    api.POST("/api/parcours/v1/candidatures/{candidature_id}/entree", {
      ...cid(id),
      // The server fills the defaulted fields the SPA does not ask for.
      body: body as BodyOf<"/api/parcours/v1/candidatures/{candidature_id}/entree">,
    }),
  );
export const listParcours = (q?: QueryOf<"/api/parcours/v1/parcours">) =>
  unwrap<Page<Parcours>>(api.GET("/api/parcours/v1/parcours", { params: { query: { limit: 100, ...q } } }));
export const getParcours = (id: string) =>
  unwrap<Parcours>(api.GET("/api/parcours/v1/parcours/{parcours_id}", pid(id)));
export const suspendParcours = (id: string, body: { date: string; motif?: string }) =>
  unwrap<Parcours>(api.POST("/api/parcours/v1/parcours/{parcours_id}/suspension", { ...pid(id), body }));
export const resumeParcours = (id: string, body: { date: string }) =>
  unwrap<Parcours>(api.POST("/api/parcours/v1/parcours/{parcours_id}/reprise", { ...pid(id), body }));
export const exitParcours = (id: string, body: SortieIn) =>
  unwrap<Parcours>(api.POST("/api/parcours/v1/parcours/{parcours_id}/sortie", { ...pid(id), body }));
export const followParcours = (id: string, body: SuiviIn) =>
  unwrap<Parcours>(api.POST("/api/parcours/v1/parcours/{parcours_id}/suivis", { ...pid(id), body }));
export const postPresences = (presences: Presence[]) =>
  unwrap<PresencesResult>(api.POST("/api/parcours/v1/presences", { body: { presences } }));
export const listAlertes = (q?: QueryOf<"/api/parcours/v1/alertes">) =>
  unwrap<Page<Alerte>>(api.GET("/api/parcours/v1/alertes", { params: { query: { limit: 100, ...q } } }));
export const acknowledgeAlerte = (id: string, commentaire: string) =>
  unwrap<Alerte>(
    api.POST("/api/parcours/v1/alertes/{alerte_id}/acquittement", {
      params: { path: { alerte_id: id } },
      body: { commentaire },
    }),
  );

// --- Indicateurs -------------------------------------------------------------------------------

export const listIndicators = async () =>
  (await unwrap<{ items: IndicatorDefinition[] }>(api.GET("/api/indicators/v1/indicateurs"))).items;
export const getIndicator = (code: string, query: IndicatorFilters) =>
  getJson<IndicatorResult>(`${INDICATORS}/indicateurs/${encodeURIComponent(code)}`, query);
export const getLotBilan = (lotId: string) =>
  unwrap<Record<string, unknown>>(
    api.GET("/api/indicators/v1/lots/{lot_id}/bilan", { params: { path: { lot_id: lotId } } }),
  );

// --- Joins the screens need (a candidature names its session by id; a parcours its trainee by candidature) --

/** Titles of the sessions with these ids, fetched once each and cached. */
export function useSessionsById(ids: string[]): Map<string, SessionItem> {
  const unique = [...new Set(ids)];
  const results = useQueries({
    queries: unique.map((id) => ({ queryKey: ["session", id], queryFn: () => getSession(id), staleTime: 60_000 })),
  });
  const out = new Map<string, SessionItem>();
  results.forEach((r, i) => {
    if (r.data) out.set(unique[i], r.data);
  });
  return out;
}

/** The candidatures visible to the caller (optionally on one session), by id: they carry the trainee. */
export function useCandidaturesById(sessionId?: string) {
  const q = useQuery({
    queryKey: ["candidatures", "all", sessionId ?? ""],
    queryFn: () => listCandidatures({ session_id: sessionId }),
  });
  const map = new Map<string, Candidature>();
  for (const c of q.data?.items ?? []) map.set(c.id, c);
  return { map, query: q };
}

/** The parcours with these ids (e.g. those of the candidatures on screen), fetched once each. */
export function useParcoursByIds(ids: string[]): Map<string, Parcours> {
  const unique = [...new Set(ids)];
  const results = useQueries({
    queries: unique.map((id) => ({ queryKey: ["parcours", id], queryFn: () => getParcours(id), staleTime: 30_000 })),
  });
  const out = new Map<string, Parcours>();
  results.forEach((r, i) => {
    if (r.data) out.set(unique[i], r.data);
  });
  return out;
}
