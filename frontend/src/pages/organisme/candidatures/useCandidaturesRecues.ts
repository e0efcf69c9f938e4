import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { listCandidatures, positionCandidature, searchSessions, useSessionsById } from "../../../api/endpoints";
import { useAuth } from "../../../auth/AuthContext";
import { fmtDate, sessionTitle } from "../../../format";
import { API_TRI, groupBySession, type Tri } from "./order";

export const LIMIT = 50;

export type OpenForm = { id: string; kind: "refus" | "entree" | "accept" };

/**
 * The OF's received candidatures: filters (status, session), order (by default what waits for the OF's
 * answer, oldest first), page, the one inline form open, and the success notice.
 */
export function useCandidaturesRecues() {
  const { me } = useAuth();
  const qc = useQueryClient();
  const [statut, setStatutState] = useState("");
  const [sessionId, setSessionIdState] = useState("");
  const [tri, setTriState] = useState<Tri>("a_traiter");
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<OpenForm | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const list = useQuery({
    queryKey: ["candidatures", "of", statut, sessionId, API_TRI[tri], page],
    queryFn: () =>
      listCandidatures({
        statut: statut || undefined,
        session_id: sessionId || undefined,
        tri: API_TRI[tri],
        page,
        limit: LIMIT,
      }),
  });
  const mySessions = useQuery({
    queryKey: ["sessions", "of", me?.org_id, "all"],
    queryFn: () => searchSessions({ organisme: me?.org_id ?? undefined, inclure_terminees: true, limit: 100 }),
    enabled: !!me?.org_id,
  });

  const items = list.data?.items ?? [];
  const sessions = useSessionsById(items.map((c) => c.session_id));
  const rows = tri === "session" ? groupBySession(items, (id) => sessionTitle(sessions.get(id))) : items;

  const refresh = (msg: string) => {
    setOpen(null);
    setNotice(msg);
    void qc.invalidateQueries({ queryKey: ["candidatures"] });
    void qc.invalidateQueries({ queryKey: ["parcours"] });
  };
  const position = useMutation({
    mutationFn: (id: string) => positionCandidature(id),
    onSuccess: () => refresh("Candidat en positionnement."),
  });
  // A new filter or order starts again from the first page.
  const firstPage =
    <T>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setPage(1);
    };

  return {
    filters: {
      statut,
      setStatut: firstPage(setStatutState),
      sessionId,
      setSessionId: firstPage(setSessionIdState),
      tri,
      setTri: firstPage(setTriState),
      sessionOptions: (mySessions.data?.items ?? []).map((s) => ({
        value: s.id,
        label: `${sessionTitle(s)} — ${s.lieu?.commune ?? ""} (${fmtDate(s.debut)})`,
      })),
    },
    list,
    rows,
    sessions,
    page,
    setPage,
    total: list.data?.total ?? 0,
    open,
    setOpen,
    notice,
    setNotice,
    refresh,
    position,
  };
}
