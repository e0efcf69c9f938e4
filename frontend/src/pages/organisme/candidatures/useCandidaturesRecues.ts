import { useMutation, useQueries, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { listCandidatures, positionCandidature, searchSessions, useSessionsById } from "../../../api/endpoints";
import type { Candidature } from "../../../api/types";
import { useAuth } from "../../../auth/AuthContext";
import { fmtDate, sessionTitle } from "../../../format";
import { isPending, orderCandidatures, type Tri } from "./order";

export const LIMIT = 50;
const PENDING = ["TRANSMISE", "EN_POSITIONNEMENT"] as const;

export type OpenForm = { id: string; kind: "refus" | "entree" | "accept" };

/**
 * The OF's received candidatures: filters (status, session), order, page, the one inline form open,
 * and the success notice. In the default order the candidatures waiting for an answer are fetched on
 * their own (all of them, oldest first) and lead the list; the page of the others follows.
 */
export function useCandidaturesRecues() {
  const { me } = useAuth();
  const qc = useQueryClient();
  const [statut, setStatutState] = useState("");
  const [sessionId, setSessionIdState] = useState("");
  const [tri, setTri] = useState<Tri>("a_traiter");
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<OpenForm | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const session_id = sessionId || undefined;
  const pendingFirst = tri === "a_traiter" && !statut;

  const list = useQuery({
    queryKey: ["candidatures", "of", statut, sessionId, page],
    queryFn: () => listCandidatures({ statut: statut || undefined, session_id, page, limit: LIMIT }),
  });
  const pending = useQueries({
    queries: PENDING.map((s) => ({
      queryKey: ["candidatures", "of", s, sessionId, "pending"],
      queryFn: () => listCandidatures({ statut: s, session_id, limit: 100 }),
      enabled: pendingFirst,
    })),
  });
  const mySessions = useQuery({
    queryKey: ["sessions", "of", me?.org_id, "all"],
    queryFn: () => searchSessions({ organisme: me?.org_id ?? undefined, inclure_terminees: true, limit: 100 }),
    enabled: !!me?.org_id,
  });

  const waiting: Candidature[] = pendingFirst ? pending.flatMap((q) => q.data?.items ?? []) : [];
  const listed = list.data?.items ?? [];
  const items = pendingFirst ? [...waiting, ...listed.filter((c) => !isPending(c))] : listed;
  const sessions = useSessionsById(items.map((c) => c.session_id));
  const title = (id: string) => sessionTitle(sessions.get(id));
  const rows = orderCandidatures(items, tri, title);

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

  return {
    filters: {
      statut,
      setStatut: (v: string) => {
        setStatutState(v);
        setPage(1);
      },
      sessionId,
      setSessionId: (v: string) => {
        setSessionIdState(v);
        setPage(1);
      },
      tri,
      setTri,
      sessionOptions: (mySessions.data?.items ?? []).map((s) => ({
        value: s.id,
        label: `${sessionTitle(s)} — ${s.lieu?.commune ?? ""} (${fmtDate(s.debut)})`,
      })),
    },
    list,
    loading: list.isLoading || (pendingFirst && pending.some((q) => q.isLoading)),
    error: list.error ?? (pendingFirst ? pending.find((q) => q.error)?.error : null) ?? null,
    retry: () => {
      void list.refetch();
      for (const q of pending) void q.refetch();
    },
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
