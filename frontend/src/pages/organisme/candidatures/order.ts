// How the OF's received candidatures are ordered: what the OF must act on first.
import type { Candidature } from "../../../api/types";
import { isoDate } from "../../../format";

export type Tri = "a_traiter" | "anciennes" | "recentes" | "session";

export const TRIS: Record<Tri, string> = {
  a_traiter: "À traiter d'abord (les plus anciennes en premier)",
  anciennes: "Les plus anciennes d'abord",
  recentes: "Les plus récentes d'abord",
  session: "Par session",
};

/** A candidature waiting for the OF's answer. */
export const isPending = (c: Candidature) => c.statut === "TRANSMISE" || c.statut === "EN_POSITIONNEMENT";

/** The Région's day a candidature was keyed in (the API gives an instant). */
export const recordedDay = (c: Candidature) => isoDate(new Date(c.enregistree_le));

const byDate = (a: Candidature, b: Candidature) =>
  a.date_candidature.localeCompare(b.date_candidature) || a.enregistree_le.localeCompare(b.enregistree_le);

/** The candidatures in the chosen order; `sessionTitle` names a session for the "by session" order. */
export function orderCandidatures(items: Candidature[], tri: Tri, sessionTitle: (id: string) => string): Candidature[] {
  const rows = [...items];
  switch (tri) {
    case "a_traiter":
      return rows.sort((a, b) => Number(isPending(b)) - Number(isPending(a)) || (isPending(a) ? byDate(a, b) : 0));
    case "anciennes":
      return rows.sort(byDate);
    case "recentes":
      return rows.sort((a, b) => byDate(b, a));
    case "session":
      return rows.sort(
        (a, b) => sessionTitle(a.session_id).localeCompare(sessionTitle(b.session_id), "fr") || byDate(a, b),
      );
  }
}
