import { useState, type FormEvent } from "react";
import { Link } from "react-router-dom";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import {
  decideCandidature,
  declareEntry,
  getSession,
  listCandidatures,
  listModules,
  positionCandidature,
  useReferentiel,
  useSessionsById,
} from "../../api/endpoints";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { ErrorBox, Empty, Loading } from "../../components/Status";
import { Pager } from "../../components/Pager";
import { StatutCandidatureBadge } from "../../components/Badges";
import { fmtDate, sessionTitle, stagiaireName, STATUT_CANDIDATURE, today } from "../../format";
import type { Candidature } from "../../api/types";
import { errorMessage, fieldErrors } from "../../api/problem";

function RefusForm({ c, onDone }: { c: Candidature; onDone: () => void }) {
  const motifs = useReferentiel("motifs-refus");
  const [motif, setMotif] = useState("");
  const [message, setMessage] = useState("");
  const [local, setLocal] = useState<Record<string, string>>({});
  const m = useMutation({
    mutationFn: () => decideCandidature(c.id, { decision: "REFUSEE", motif, message }),
    onSuccess: onDone,
  });
  const errs = { ...fieldErrors(m.error), ...local };
  function submit(e: FormEvent) {
    e.preventDefault();
    const l: Record<string, string> = {};
    if (!motif) l.motif = "Choisissez un motif de refus.";
    if (!message.trim()) l.message = "Expliquez le refus au conseiller (il lira ce message).";
    setLocal(l);
    if (!Object.keys(l).length) m.mutate();
  }
  return (
    <form onSubmit={submit} noValidate className="prf-inline-form" aria-label={`Refus de ${stagiaireName(c.stagiaire)}`}>
      <Select
        label="Motif du refus"
        state={errs.motif ? "error" : "default"}
        stateRelatedMessage={errs.motif}
        nativeSelectProps={{ value: motif, onChange: (e) => setMotif(e.target.value), name: "motif" }}
      >
        <option value="">Choisir…</option>
        {(motifs.data ?? []).map((r) => (
          <option key={r.code} value={r.code}>
            {r.libelle}
          </option>
        ))}
      </Select>
      <Input
        label="Message au conseiller"
        textArea
        state={errs.message ? "error" : "default"}
        stateRelatedMessage={errs.message}
        nativeTextAreaProps={{ value: message, onChange: (e) => setMessage(e.target.value), name: "message", rows: 2 }}
      />
      {m.error && !Object.keys(fieldErrors(m.error)).length ? <ErrorBox error={m.error} title="Refus non enregistré" /> : null}
      <Button type="submit" size="small" disabled={m.isPending}>
        Confirmer le refus
      </Button>
    </form>
  );
}

function AcceptForm({ c, onDone }: { c: Candidature; onDone: () => void }) {
  const [date, setDate] = useState(today());
  const m = useMutation({ mutationFn: () => decideCandidature(c.id, { decision: "ACCEPTEE", date }), onSuccess: onDone });
  const errs = fieldErrors(m.error);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        m.mutate();
      }}
      noValidate
      className="prf-inline-form"
      aria-label={`Acceptation de ${stagiaireName(c.stagiaire)}`}
    >
      <Input
        label="Date de la décision"
        hintText="Aujourd'hui, ou la date réelle pour une déclaration tardive"
        state={errs.date ? "error" : "default"}
        stateRelatedMessage={errs.date}
        nativeInputProps={{ type: "date", value: date, min: c.date_candidature, max: today(), onChange: (e) => setDate(e.target.value), name: "date" }}
      />
      {m.error && !errs.date ? <Alert severity="error" small description={errorMessage(m.error)} /> : null}
      <Button type="submit" size="small" disabled={m.isPending}>
        Confirmer l'acceptation
      </Button>
    </form>
  );
}

export function EntreeForm({ c, onDone }: { c: Candidature; onDone: () => void }) {
  const [date, setDate] = useState(today());
  const [heures, setHeures] = useState("400");
  const [modules, setModules] = useState<string[]>([]);
  // Only the add-on modules the Région validated for the session's action may go in the contract.
  const session = useQuery({ queryKey: ["session", c.session_id], queryFn: () => getSession(c.session_id) });
  const valides = useQuery({
    queryKey: ["modules", "valides", session.data?.action_id],
    queryFn: () => listModules({ action_id: session.data!.action_id, statut: "VALIDE" }),
    enabled: !!session.data?.action_id,
  });
  // date_decision is the acceptance date: the entry cannot precede it.
  const m = useMutation({
    mutationFn: () =>
      declareEntry(c.id, {
        date_entree: date,
        heures_prevues: Number(heures.replace(",", ".")),
        modules: modules.map((id) => ({ id })),
      }),
    onSuccess: onDone,
  });
  const errs = fieldErrors(m.error);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        m.mutate();
      }}
      noValidate
      className="prf-inline-form"
      aria-label={`Entrée de ${stagiaireName(c.stagiaire)}`}
    >
      <Input
        label="Date d'entrée"
        state={errs.date_entree ? "error" : "default"}
        stateRelatedMessage={errs.date_entree}
        nativeInputProps={{ type: "date", value: date, max: today(), onChange: (e) => setDate(e.target.value), name: "date_entree" }}
      />
      <Input
        label="Heures prévues au contrat"
        state={errs.heures_prevues ? "error" : "default"}
        stateRelatedMessage={errs.heures_prevues}
        nativeInputProps={{ inputMode: "decimal", value: heures, onChange: (e) => setHeures(e.target.value), name: "heures_prevues" }}
      />
      {valides.data?.items.length ? (
        <Checkbox
          legend="Modules additionnels du contrat"
          small
          options={valides.data.items.map((mod) => ({
            label: `${mod.intitule} (${mod.heures} h)`,
            nativeInputProps: {
              checked: modules.includes(mod.id),
              onChange: (e) => setModules(e.target.checked ? [...modules, mod.id] : modules.filter((x) => x !== mod.id)),
            },
          }))}
        />
      ) : null}
      {m.error && !errs.date_entree && !errs.heures_prevues ? <Alert severity="error" small description={errorMessage(m.error)} /> : null}
      <Button type="submit" size="small" disabled={m.isPending}>
        Confirmer l'entrée en formation
      </Button>
    </form>
  );
}

export function CandidaturesRecues() {
  const [statut, setStatut] = useState("");
  const [open, setOpen] = useState<{ id: string; kind: "refus" | "entree" | "accept" } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const qc = useQueryClient();
  const [page, setPage] = useState(1);
  const q = useQuery({
    queryKey: ["candidatures", "of", statut, page],
    queryFn: () => listCandidatures({ statut: statut || undefined, page, limit: 50 }),
  });
  const sessions = useSessionsById((q.data?.items ?? []).map((c) => c.session_id));
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

  return (
    <>
      <h1>Candidatures reçues</h1>
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
      <div aria-live="polite">{notice && <Alert severity="success" small description={notice} closable onClose={() => setNotice(null)} />}</div>
      {position.error ? <ErrorBox error={position.error} title="Action impossible" /> : null}
      {q.isLoading ? (
        <Loading label="Chargement des candidatures…" />
      ) : q.error ? (
        <ErrorBox error={q.error} onRetry={() => q.refetch()} />
      ) : !q.data?.items.length ? (
        <Empty>Aucune candidature reçue.</Empty>
      ) : (
        <div className="fr-table prf-table">
          <table>
            <caption>Candidatures sur vos sessions</caption>
            <thead>
              <tr>
                <th scope="col">Candidat</th>
                <th scope="col">Session</th>
                <th scope="col">Reçue le</th>
                <th scope="col">Message du conseiller</th>
                <th scope="col">Statut</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {q.data.items.map((c) => {
                const name = stagiaireName(c.stagiaire);
                const pending = c.statut === "TRANSMISE" || c.statut === "EN_POSITIONNEMENT";
                return (
                  <tr key={c.id}>
                    <td>
                      {name}
                      {c.stagiaire?.niveau ? <div className="fr-text--xs fr-mb-0">niveau {c.stagiaire.niveau}</div> : null}
                    </td>
                    <td>
                      <Link to={`/of/sessions/${c.session_id}`}>{sessionTitle(sessions.get(c.session_id))}</Link>
                    </td>
                    <td>{fmtDate(c.date_candidature)}</td>
                    <td className="fr-text--sm">{c.message ?? "—"}</td>
                    <td>
                      <StatutCandidatureBadge statut={c.statut} />
                    </td>
                    <td>
                      <div className="prf-actions">
                        {c.statut === "TRANSMISE" && (
                          <Button size="small" priority="tertiary" onClick={() => position.mutate(c.id)} disabled={position.isPending}
                            nativeButtonProps={{ "aria-label": `Positionner ${name}` }}>
                            Positionner
                          </Button>
                        )}
                        {pending && (
                          <>
                            <Button size="small" onClick={() => setOpen({ id: c.id, kind: "accept" })}
                              nativeButtonProps={{ "aria-label": `Accepter ${name}` }}>
                              Accepter
                            </Button>
                            <Button size="small" priority="secondary" onClick={() => setOpen({ id: c.id, kind: "refus" })}
                              nativeButtonProps={{ "aria-label": `Refuser ${name}` }}>
                              Refuser
                            </Button>
                          </>
                        )}
                        {c.statut === "ACCEPTEE" && !c.parcours_id && (
                          <Button size="small" onClick={() => setOpen({ id: c.id, kind: "entree" })}
                            nativeButtonProps={{ "aria-label": `Déclarer l'entrée de ${name}` }}>
                            Déclarer l'entrée
                          </Button>
                        )}
                        {c.parcours_id && <Link to={`/parcours/${c.parcours_id}`}>Parcours</Link>}
                      </div>
                      {open?.id === c.id && open.kind === "accept" && <AcceptForm c={c} onDone={() => refresh("Candidature acceptée.")} />}
                      {open?.id === c.id && open.kind === "refus" && <RefusForm c={c} onDone={() => refresh("Candidature refusée.")} />}
                      {open?.id === c.id && open.kind === "entree" && (
                        <EntreeForm c={c} onDone={() => refresh("Entrée en formation déclarée.")} />
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <Pager page={page} total={q.data?.total ?? 0} limit={50} onPage={setPage} label="Pages des candidatures" />
    </>
  );
}
