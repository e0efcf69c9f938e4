import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { Link } from "react-router-dom";
import type { Candidature } from "../../api/types";
import { StatutCandidatureBadge } from "../../components/Badges";
import { type Column, DataTable } from "../../components/DataTable";
import { Pager } from "../../components/Pager";
import { Empty, ErrorBox, Loading } from "../../components/Status";
import { fmtDate, STATUT_CANDIDATURE, sessionTitle, stagiaireName } from "../../format";
import { AcceptForm, EntreeForm, RefusForm } from "./candidatures/DecisionForms";
import { recordedDay, TRIS, type Tri } from "./candidatures/order";
import { LIMIT, useCandidaturesRecues } from "./candidatures/useCandidaturesRecues";

/** The candidatures sent to the OF's sessions: what waits for an answer comes first. */
export function CandidaturesRecues() {
  const s = useCandidaturesRecues();
  const { filters: f } = s;

  // A render function, not a component: an open form keeps its state when the list re-renders.
  function actions(c: Candidature) {
    const name = stagiaireName(c.stagiaire);
    const pending = c.statut === "TRANSMISE" || c.statut === "EN_POSITIONNEMENT";
    const form = s.open?.id === c.id ? s.open.kind : null;
    return (
      <>
        <div className="prf-actions">
          {c.statut === "TRANSMISE" && (
            <Button
              size="small"
              priority="tertiary"
              onClick={() => s.position.mutate(c.id)}
              disabled={s.position.isPending}
              nativeButtonProps={{ "aria-label": `Positionner ${name}` }}
            >
              Positionner
            </Button>
          )}
          {pending && (
            <>
              <Button
                size="small"
                onClick={() => s.setOpen({ id: c.id, kind: "accept" })}
                nativeButtonProps={{ "aria-label": `Accepter ${name}` }}
              >
                Accepter
              </Button>
              <Button
                size="small"
                priority="secondary"
                onClick={() => s.setOpen({ id: c.id, kind: "refus" })}
                nativeButtonProps={{ "aria-label": `Refuser ${name}` }}
              >
                Refuser
              </Button>
            </>
          )}
          {c.statut === "ACCEPTEE" && !c.parcours_id && (
            <Button
              size="small"
              onClick={() => s.setOpen({ id: c.id, kind: "entree" })}
              nativeButtonProps={{ "aria-label": `Déclarer l'entrée de ${name}` }}
            >
              Déclarer l'entrée
            </Button>
          )}
          {c.parcours_id && <Link to={`/parcours/${c.parcours_id}`}>Parcours</Link>}
        </div>
        {form === "accept" && <AcceptForm c={c} onDone={() => s.refresh("Candidature acceptée.")} />}
        {form === "refus" && <RefusForm c={c} onDone={() => s.refresh("Candidature refusée.")} />}
        {form === "entree" && <EntreeForm c={c} onDone={() => s.refresh("Entrée en formation déclarée.")} />}
      </>
    );
  }

  const columns: Column<Candidature>[] = [
    {
      header: "Candidat",
      cell: (c) => (
        <>
          {stagiaireName(c.stagiaire)}
          {c.stagiaire?.niveau ? <div className="fr-text--xs fr-mb-0">niveau {c.stagiaire.niveau}</div> : null}
        </>
      ),
    },
    {
      header: "Session",
      cell: (c) => <Link to={`/of/sessions/${c.session_id}`}>{sessionTitle(s.sessions.get(c.session_id))}</Link>,
    },
    { header: "Reçue le", cell: (c) => <ReceivedOn c={c} /> },
    { header: "Message du conseiller", className: "fr-text--sm", cell: (c) => c.message ?? "—" },
    { header: "Statut", cell: (c) => <StatutCandidatureBadge statut={c.statut} /> },
    { header: "Actions", cell: actions },
  ];

  return (
    <>
      <h1>Candidatures reçues</h1>
      <div className="prf-toolbar">
        <Select label="Statut" nativeSelectProps={{ value: f.statut, onChange: (e) => f.setStatut(e.target.value) }}>
          <option value="">Tous les statuts</option>
          {Object.entries(STATUT_CANDIDATURE).map(([k, st]) => (
            <option key={k} value={k}>
              {st.label}
            </option>
          ))}
        </Select>
        <Select
          label="Session"
          nativeSelectProps={{ value: f.sessionId, onChange: (e) => f.setSessionId(e.target.value) }}
        >
          <option value="">Toutes les sessions</option>
          {f.sessionOptions.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Select>
        <Select label="Trier" nativeSelectProps={{ value: f.tri, onChange: (e) => f.setTri(e.target.value as Tri) }}>
          {Object.entries(TRIS).map(([k, label]) => (
            <option key={k} value={k}>
              {label}
            </option>
          ))}
        </Select>
      </div>
      <div aria-live="polite">
        {s.notice && (
          <Alert severity="success" small description={s.notice} closable onClose={() => s.setNotice(null)} />
        )}
      </div>
      {s.position.error ? <ErrorBox error={s.position.error} title="Action impossible" /> : null}
      {s.list.isLoading ? (
        <Loading label="Chargement des candidatures…" />
      ) : s.list.error ? (
        <ErrorBox error={s.list.error} onRetry={() => s.list.refetch()} />
      ) : !s.rows.length ? (
        <Empty>Aucune candidature reçue.</Empty>
      ) : (
        <DataTable caption="Candidatures sur vos sessions" rows={s.rows} rowKey={(c) => c.id} columns={columns} />
      )}
      <Pager page={s.page} total={s.total} limit={LIMIT} onPage={s.setPage} label="Pages des candidatures" />
    </>
  );
}

/** The candidature's own date, and the day it was keyed in when that is another day (a late declaration). */
function ReceivedOn({ c }: { c: Candidature }) {
  const recorded = recordedDay(c);
  return (
    <>
      {fmtDate(c.date_candidature)}
      {recorded !== c.date_candidature ? (
        <div className="fr-text--xs fr-mb-0">enregistrée le {fmtDate(recorded)}</div>
      ) : null}
    </>
  );
}
