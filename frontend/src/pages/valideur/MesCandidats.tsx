import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useNavigate } from "react-router-dom";
import { listCandidatures, refLabel, useParcoursByIds, useReferentiel, useSessionsById } from "../../api/endpoints";
import type { Candidature } from "../../api/types";
import { StatutCandidatureBadge } from "../../components/Badges";
import { type Column, DataTable } from "../../components/DataTable";
import { Pager } from "../../components/Pager";
import { Empty, ErrorBox, Loading } from "../../components/Status";
import { fmtDate, STATUT_CANDIDATURE, sessionTitle, stagiaireName } from "../../format";
import { AlertesList } from "../common/AlertesPage";
import { AnnulationForm } from "./candidats/AnnulationForm";
import { Outcome } from "./candidats/Outcome";
import { setRework } from "./rework";

const LIMIT = 50;

/** The valideur's candidates: where each candidature stands, the OF's answer, the parcours' outcome. */
export function MesCandidats() {
  const [statut, setStatut] = useState("");
  const [page, setPage] = useState(1);
  const [cancelling, setCancelling] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const qc = useQueryClient();
  const navigate = useNavigate();
  const cands = useQuery({
    queryKey: ["candidatures", statut, page],
    queryFn: () => listCandidatures({ statut: statut || undefined, page, limit: LIMIT }),
  });
  const items = cands.data?.items ?? [];
  const parcours = useParcoursByIds(items.flatMap((c) => (c.parcours_id ? [c.parcours_id] : [])));
  const sessions = useSessionsById(items.map((c) => c.session_id));
  const motifsRefus = useReferentiel("motifs-refus");
  const motifsRupture = useReferentiel("motifs-rupture");
  const cancelled = () => {
    setCancelling(null);
    setNotice("Candidature annulée.");
    void qc.invalidateQueries({ queryKey: ["candidatures"] });
  };

  const columns: Column<Candidature>[] = [
    { header: "Candidat", cell: (c) => stagiaireName(c.stagiaire) },
    {
      header: "Session",
      cell: (c) => <Link to={`/sessions/${c.session_id}`}>{sessionTitle(sessions.get(c.session_id))}</Link>,
    },
    { header: "Envoyée le", cell: (c) => fmtDate(c.date_candidature) },
    { header: "Statut", cell: (c) => <StatutCandidatureBadge statut={c.statut} /> },
    {
      header: "Réponse de l'organisme",
      cell: (c) =>
        c.statut === "REFUSEE" ? (
          <>
            <strong>{refLabel(motifsRefus.data, c.motif_refus)}</strong>
            {c.message_refus ? <p className="fr-text--sm fr-mb-0">« {c.message_refus} »</p> : null}
          </>
        ) : (
          "—"
        ),
    },
    {
      header: "Parcours et résultat",
      cell: (c) => (
        <Outcome p={c.parcours_id ? parcours.get(c.parcours_id) : undefined} motifsRupture={motifsRupture.data} />
      ),
    },
    { header: <span className="fr-sr-only">Actions</span>, cell: (c) => actions(c) },
  ];

  // A render function, not a component: the open form keeps its state when the list re-renders.
  function actions(c: Candidature) {
    const name = stagiaireName(c.stagiaire);
    const open = c.statut === "TRANSMISE" || c.statut === "EN_POSITIONNEMENT" || c.statut === "ACCEPTEE";
    return (
      <>
        {c.statut === "REFUSEE" && !c.suite_id ? (
          <Button
            size="small"
            priority="secondary"
            onClick={() => {
              setRework({ id: c.id, name });
              navigate("/sessions");
            }}
            nativeButtonProps={{ "aria-label": `Proposer ${name} sur une autre session` }}
          >
            Proposer sur une autre session
          </Button>
        ) : null}
        {open && !c.parcours_id ? (
          <Button
            size="small"
            priority="tertiary"
            onClick={() => setCancelling(cancelling === c.id ? null : c.id)}
            nativeButtonProps={{
              "aria-label": `Annuler la candidature de ${name}`,
              "aria-expanded": cancelling === c.id,
            }}
          >
            Annuler
          </Button>
        ) : null}
        {cancelling === c.id && <AnnulationForm c={c} onDone={cancelled} />}
      </>
    );
  }

  return (
    <>
      <h1>Mes candidats</h1>
      <div className="prf-toolbar">
        <Select
          label="Statut"
          nativeSelectProps={{
            value: statut,
            onChange: (e) => {
              setStatut(e.target.value);
              setPage(1);
            },
          }}
        >
          <option value="">Tous les statuts</option>
          {Object.entries(STATUT_CANDIDATURE).map(([k, s]) => (
            <option key={k} value={k}>
              {s.label}
            </option>
          ))}
        </Select>
      </div>
      <div aria-live="polite">
        {notice && <Alert severity="success" small description={notice} closable onClose={() => setNotice(null)} />}
      </div>
      {cands.isLoading ? (
        <Loading label="Chargement des candidatures…" />
      ) : cands.error ? (
        <ErrorBox error={cands.error} onRetry={() => cands.refetch()} />
      ) : !items.length ? (
        <Empty>
          Aucune candidature pour l'instant. Cherchez une session avec des places pour proposer un candidat.
        </Empty>
      ) : (
        <DataTable
          caption="Candidatures envoyées par votre structure"
          rows={items}
          rowKey={(c) => c.id}
          columns={columns}
        />
      )}
      <Pager page={page} total={cands.data?.total ?? 0} limit={LIMIT} onPage={setPage} label="Pages des candidats" />
      <section className="fr-mt-4w" aria-labelledby="alertes-candidats">
        <h2 id="alertes-candidats">Alertes sur mes candidats</h2>
        <AlertesList />
      </section>
    </>
  );
}
