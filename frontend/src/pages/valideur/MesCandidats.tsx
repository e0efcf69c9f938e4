import { useState } from "react";
import { Link, useNavigate } from "react-router-dom";
import { setRework } from "./rework";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { cancelCandidature, listCandidatures, refLabel, useParcoursByIds, useReferentiel, useSessionsById } from "../../api/endpoints";
import { ErrorBox, Empty, Loading } from "../../components/Status";
import { Pager } from "../../components/Pager";
import { StatutCandidatureBadge, StatutParcoursBadge } from "../../components/Badges";
import { fmtDate, fmtNum, sessionTitle, stagiaireName, STATUT_CANDIDATURE } from "../../format";
import type { Candidature, Parcours } from "../../api/types";
import { AlertesList } from "../common/AlertesPage";

function refusal(c: Candidature): { motif?: string; message?: string } | null {
  if (c.statut !== "REFUSEE") return null;
  return { motif: c.motif_refus ?? undefined, message: c.message_refus ?? undefined };
}

function Outcome({ p, motifsRupture }: { p: Parcours | undefined; motifsRupture: Parameters<typeof refLabel>[0] }) {
  if (!p) return <>—</>;
  const last = p.suivis?.length ? p.suivis[p.suivis.length - 1] : undefined;
  return (
    <>
      <StatutParcoursBadge statut={p.statut} />
      <div className="fr-text--xs fr-mb-0">
        Entrée le {fmtDate(p.date_entree)} · {fmtNum(p.heures_realisees ?? 0)} h réalisées
        {p.sortie ? (
          <>
            <br />
            Sortie le {fmtDate(p.sortie.date_sortie)} ({p.sortie.type === "ABANDON" ? `abandon : ${refLabel(motifsRupture, p.sortie.motif)}` : "au terme"}
            {p.sortie.certification ? `, certification ${p.sortie.certification}` : ""})
          </>
        ) : null}
        {last ? (
          <>
            <br />
            Suivi à {last.horizon_mois} mois : {last.situation}
            {last.contrat ? ` (${last.contrat})` : ""}
          </>
        ) : null}
      </div>
    </>
  );
}

export function MesCandidats() {
  const [statut, setStatut] = useState("");
  const qc = useQueryClient();
  const [page, setPage] = useState(1);
  const navigate = useNavigate();
  const cands = useQuery({
    queryKey: ["candidatures", statut, page],
    queryFn: () => listCandidatures({ statut: statut || undefined, page, limit: 50 }),
  });
  const parcours = useParcoursByIds((cands.data?.items ?? []).flatMap((c) => (c.parcours_id ? [c.parcours_id] : [])));
  const sessions = useSessionsById((cands.data?.items ?? []).map((c) => c.session_id));
  const motifsRefus = useReferentiel("motifs-refus");
  const motifsRupture = useReferentiel("motifs-rupture");
  const cancel = useMutation({
    mutationFn: (id: string) => cancelCandidature(id, "Annulée par le conseiller."),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["candidatures"] }),
  });

  return (
    <>
      <h1>Mes candidats</h1>
      <div className="prf-toolbar">
        <Select label="Statut" nativeSelectProps={{ value: statut, onChange: (e) => (setStatut(e.target.value), setPage(1)) }}>
          <option value="">Tous les statuts</option>
          {Object.entries(STATUT_CANDIDATURE).map(([k, s]) => (
            <option key={k} value={k}>
              {s.label}
            </option>
          ))}
        </Select>
      </div>
      {cancel.error ? <ErrorBox error={cancel.error} title="Annulation impossible" /> : null}
      {cands.isLoading ? (
        <Loading label="Chargement des candidatures…" />
      ) : cands.error ? (
        <ErrorBox error={cands.error} onRetry={() => cands.refetch()} />
      ) : !cands.data?.items.length ? (
        <Empty>Aucune candidature pour l'instant. Cherchez une session avec des places pour proposer un candidat.</Empty>
      ) : (
        <div className="fr-table prf-table">
          <table>
            <caption>Candidatures envoyées par votre structure</caption>
            <thead>
              <tr>
                <th scope="col">Candidat</th>
                <th scope="col">Session</th>
                <th scope="col">Envoyée le</th>
                <th scope="col">Statut</th>
                <th scope="col">Réponse de l'organisme</th>
                <th scope="col">Parcours et résultat</th>
                <th scope="col">
                  <span className="fr-sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {cands.data.items.map((c) => {
                const r = refusal(c);
                const p = c.parcours_id ? parcours.get(c.parcours_id) : undefined;
                const open = c.statut === "TRANSMISE" || c.statut === "EN_POSITIONNEMENT" || c.statut === "ACCEPTEE";
                return (
                  <tr key={c.id}>
                    <td>{stagiaireName(c.stagiaire)}</td>
                    <td>
                      <Link to={`/sessions/${c.session_id}`}>{sessionTitle(sessions.get(c.session_id))}</Link>
                    </td>
                    <td>{fmtDate(c.date_candidature)}</td>
                    <td>
                      <StatutCandidatureBadge statut={c.statut} />
                    </td>
                    <td>
                      {r ? (
                        <>
                          <strong>{refLabel(motifsRefus.data, r.motif)}</strong>
                          {r.message ? <p className="fr-text--sm fr-mb-0">« {r.message} »</p> : null}
                        </>
                      ) : (
                        "—"
                      )}
                    </td>
                    <td>
                      <Outcome p={p} motifsRupture={motifsRupture.data} />
                    </td>
                    <td>
                      {c.statut === "REFUSEE" && !c.suite_id ? (
                        <Button
                          size="small"
                          priority="secondary"
                          onClick={() => {
                            setRework({ id: c.id, name: stagiaireName(c.stagiaire) });
                            navigate("/sessions");
                          }}
                          nativeButtonProps={{ "aria-label": `Proposer ${stagiaireName(c.stagiaire)} sur une autre session` }}
                        >
                          Proposer sur une autre session
                        </Button>
                      ) : null}
                      {open && !c.parcours_id ? (
                        <Button
                          size="small"
                          priority="tertiary"
                          disabled={cancel.isPending}
                          onClick={() => {
                            if (window.confirm("Annuler cette candidature ?")) cancel.mutate(c.id);
                          }}
                          nativeButtonProps={{ "aria-label": `Annuler la candidature de ${stagiaireName(c.stagiaire)}` }}
                        >
                          Annuler
                        </Button>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <Pager page={page} total={cands.data?.total ?? 0} limit={50} onPage={setPage} label="Pages des candidats" />
      <section className="fr-mt-4w" aria-labelledby="alertes-candidats">
        <h2 id="alertes-candidats">Alertes sur mes candidats</h2>
        <AlertesList />
      </section>
    </>
  );
}
