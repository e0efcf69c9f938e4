// How the OF's received candidatures are ordered. The API sorts (`tri` of GET /candidatures); grouping by
// session is done on the page shown, keeping the API's order inside each session.
import type { Candidature } from "../../../api/types";
import { isoDate } from "../../../format";

export type Tri = "a_traiter" | "anciennes" | "recentes" | "session";

export const TRIS: Record<Tri, string> = {
  a_traiter: "À traiter d'abord (les plus anciennes en premier)",
  anciennes: "Les plus anciennes d'abord",
  recentes: "Les plus récentes d'abord",
  session: "Par session (à traiter d'abord)",
};

/** The API's `tri` for each order offered. */
export const API_TRI: Record<Tri, string> = {
  a_traiter: "a_traiter",
  anciennes: "date_candidature",
  recentes: "-date_candidature",
  session: "a_traiter",
};

/** The Région's day a candidature was keyed in (the API gives an instant). */
export const recordedDay = (c: Candidature) => isoDate(new Date(c.enregistree_le));

/** The page's candidatures grouped by session title (a stable sort: the API's order holds within a session). */
export function groupBySession(items: Candidature[], sessionTitle: (id: string) => string): Candidature[] {
  return [...items].sort((a, b) => sessionTitle(a.session_id).localeCompare(sessionTitle(b.session_id), "fr"));
}
