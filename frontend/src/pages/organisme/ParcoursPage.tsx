import { useState, type FormEvent, type ReactNode } from "react";
import { Link, useParams } from "react-router-dom";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { exitParcours, followParcours, getCandidature, getParcours, refLabel, resumeParcours, suspendParcours, useReferentiel } from "../../api/endpoints";
import { QueryState } from "../../components/Status";
import { StatutParcoursBadge } from "../../components/Badges";
import { fmtDate, fmtNum, stagiaireName, today } from "../../format";
import { errorMessage, fieldErrors } from "../../api/problem";
import { useAuth } from "../../auth/AuthContext";
import type { Parcours } from "../../api/types";

const CONTRATS = ["CDI", "CDD", "INTERIM", "CREATION", "ALTERNANCE", "CONTRAT_AIDE"];
const CERTIFS: [string, string][] = [
  ["OBTENUE_TOTALE", "Obtenue en totalité"],
  ["OBTENUE_PARTIELLE", "Obtenue partiellement (blocs)"],
  ["ECHEC", "Échec"],
  ["NON_PRESENTE", "Non présenté"],
  ["SANS_OBJET", "Sans objet (dispositif non certifiant)"],
];
const SITUATIONS: [string, string][] = [
  ["EMPLOI", "En emploi"],
  ["FORMATION", "En formation"],
  ["RECHERCHE", "En recherche d'emploi"],
  ["INACTIF", "Inactif"],
  ["INCONNU", "Inconnue"],
];

function ActionForm({ title, onSubmit, pending, error, children }: {
  title: string; onSubmit: () => void; pending: boolean; error: unknown; children: ReactNode;
}) {
  return (
    <form
      className="prf-card fr-p-3w fr-mb-3w"
      aria-label={title}
      noValidate
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <h3 className="fr-h5">{title}</h3>
      {children}
      {error ? <Alert severity="error" small description={errorMessage(error)} className="fr-mb-2w" /> : null}
      <Button type="submit" size="small" disabled={pending}>
        Enregistrer
      </Button>
    </form>
  );
}

const ACTIONS = {
  suspension: (id: string, body: Record<string, unknown>) => suspendParcours(id, body as { date: string }),
  reprise: (id: string, body: Record<string, unknown>) => resumeParcours(id, body as { date: string }),
  sortie: exitParcours,
  suivis: followParcours,
};

function useAct(id: string, action: keyof typeof ACTIONS, done: (m: string) => void, msg: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Record<string, unknown>) => ACTIONS[action](id, body),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ["parcours"] });
      done(msg);
    },
  });
}

function Actions({ p }: { p: Parcours }) {
  const [notice, setNotice] = useState<string | null>(null);
  const motifs = useReferentiel("motifs-rupture");
  const [date, setDate] = useState(today());
  const [sortie, setSortie] = useState({ date_sortie: today(), type: "TERME", motif: "", contrat: "", certification: "" });
  const [suivi, setSuivi] = useState({ horizon_mois: "6", date: today(), situation: "EMPLOI", contrat: "", duree_contrat_mois: "", duree_emploi_mois: "", en_lien_formation: false, source: "OF" });
  const suspend = useAct(p.id, "suspension", setNotice, "Suspension enregistrée.");
  const resume = useAct(p.id, "reprise", setNotice, "Reprise enregistrée.");
  const exit = useAct(p.id, "sortie", setNotice, "Sortie enregistrée.");
  const follow = useAct(p.id, "suivis", setNotice, "Suivi enregistré.");
  const exitErr = fieldErrors(exit.error);
  const num = (s: string) => (s.trim() ? Number(s.replace(",", ".")) : undefined);

  return (
    <section aria-labelledby="declarer" className="fr-mt-4w">
      <h2 id="declarer">Déclarer</h2>
      <div aria-live="polite">{notice && <Alert severity="success" small description={notice} className="fr-mb-2w" />}</div>
      {p.statut === "EN_FORMATION" && (
        <ActionForm title="Suspension" onSubmit={() => suspend.mutate({ date })} pending={suspend.isPending} error={suspend.error}>
          <Input label="Date de début de la suspension" nativeInputProps={{ type: "date", value: date, max: today(), onChange: (e) => setDate(e.target.value) }} />
        </ActionForm>
      )}
      {p.statut === "SUSPENDU" && (
        <ActionForm title="Reprise" onSubmit={() => resume.mutate({ date })} pending={resume.isPending} error={resume.error}>
          <Input label="Date de reprise" nativeInputProps={{ type: "date", value: date, max: today(), onChange: (e) => setDate(e.target.value) }} />
        </ActionForm>
      )}
      {p.statut !== "SORTI" && (
        <ActionForm
          title="Sortie de formation"
          pending={exit.isPending}
          error={Object.keys(exitErr).length ? null : exit.error}
          onSubmit={() =>
            exit.mutate({
              date_sortie: sortie.date_sortie,
              type: sortie.type,
              motif: sortie.type === "ABANDON" ? sortie.motif || undefined : undefined,
              contrat: sortie.type === "ABANDON" && sortie.motif === "EMPLOI" ? sortie.contrat || undefined : undefined,
              certification: sortie.type === "TERME" ? sortie.certification || undefined : undefined,
            })
          }
        >
          <div className="fr-grid-row fr-grid-row--gutters">
            <div className="fr-col-12 fr-col-md-6">
              <Input label="Date de sortie" state={exitErr.date_sortie ? "error" : "default"} stateRelatedMessage={exitErr.date_sortie}
                nativeInputProps={{ type: "date", value: sortie.date_sortie, max: today(), onChange: (e) => setSortie({ ...sortie, date_sortie: e.target.value }) }} />
            </div>
            <div className="fr-col-12 fr-col-md-6">
              <Select label="Type de sortie" nativeSelectProps={{ value: sortie.type, onChange: (e) => setSortie({ ...sortie, type: e.target.value }) }}>
                <option value="TERME">Au terme de la formation</option>
                <option value="ABANDON">Abandon (rupture)</option>
              </Select>
            </div>
            {sortie.type === "ABANDON" ? (
              <>
                <div className="fr-col-12 fr-col-md-6">
                  <Select label="Motif" state={exitErr.motif ? "error" : "default"} stateRelatedMessage={exitErr.motif}
                    nativeSelectProps={{ value: sortie.motif, onChange: (e) => setSortie({ ...sortie, motif: e.target.value }) }}>
                    <option value="">Choisir…</option>
                    {(motifs.data ?? []).map((m) => (
                      <option key={m.code} value={m.code}>{m.libelle}</option>
                    ))}
                  </Select>
                </div>
                {sortie.motif === "EMPLOI" && (
                  <div className="fr-col-12 fr-col-md-6">
                    <Select label="Type de contrat" state={exitErr.contrat ? "error" : "default"} stateRelatedMessage={exitErr.contrat}
                      nativeSelectProps={{ value: sortie.contrat, onChange: (e) => setSortie({ ...sortie, contrat: e.target.value }) }}>
                      <option value="">Choisir…</option>
                      {CONTRATS.map((c) => <option key={c} value={c}>{c}</option>)}
                    </Select>
                  </div>
                )}
              </>
            ) : (
              <div className="fr-col-12 fr-col-md-6">
                <Select label="Résultat de la certification" state={exitErr.certification ? "error" : "default"} stateRelatedMessage={exitErr.certification}
                  nativeSelectProps={{ value: sortie.certification, onChange: (e) => setSortie({ ...sortie, certification: e.target.value }) }}>
                  <option value="">Choisir…</option>
                  {CERTIFS.map(([c, l]) => <option key={c} value={c}>{l}</option>)}
                </Select>
              </div>
            )}
          </div>
        </ActionForm>
      )}
      {p.statut === "SORTI" && (
        <ActionForm
          title="Suivi après la sortie"
          pending={follow.isPending}
          error={follow.error}
          onSubmit={() =>
            follow.mutate({
              horizon_mois: Number(suivi.horizon_mois),
              date: suivi.date,
              situation: suivi.situation,
              contrat: suivi.situation === "EMPLOI" ? suivi.contrat || undefined : undefined,
              duree_contrat_mois: num(suivi.duree_contrat_mois),
              duree_emploi_mois: num(suivi.duree_emploi_mois),
              en_lien_formation: suivi.situation === "EMPLOI" ? suivi.en_lien_formation : undefined,
              source: suivi.source,
            })
          }
        >
          <div className="fr-grid-row fr-grid-row--gutters">
            <div className="fr-col-6 fr-col-md-3">
              <Select label="Horizon" nativeSelectProps={{ value: suivi.horizon_mois, onChange: (e) => setSuivi({ ...suivi, horizon_mois: e.target.value }) }}>
                <option value="3">3 mois</option>
                <option value="6">6 mois</option>
                <option value="12">12 mois</option>
              </Select>
            </div>
            <div className="fr-col-6 fr-col-md-3">
              <Input label="Date du constat" nativeInputProps={{ type: "date", value: suivi.date, max: today(), onChange: (e) => setSuivi({ ...suivi, date: e.target.value }) }} />
            </div>
            <div className="fr-col-12 fr-col-md-3">
              <Select label="Situation" nativeSelectProps={{ value: suivi.situation, onChange: (e) => setSuivi({ ...suivi, situation: e.target.value }) }}>
                {SITUATIONS.map(([c, l]) => <option key={c} value={c}>{l}</option>)}
              </Select>
            </div>
            <div className="fr-col-12 fr-col-md-3">
              <Select label="Source" nativeSelectProps={{ value: suivi.source, onChange: (e) => setSuivi({ ...suivi, source: e.target.value }) }}>
                <option value="OF">Organisme</option>
                <option value="VALIDEUR">Valideur</option>
                <option value="ENQUETE">Enquête</option>
              </Select>
            </div>
            {suivi.situation === "EMPLOI" && (
              <>
                <div className="fr-col-12 fr-col-md-3">
                  <Select label="Contrat" nativeSelectProps={{ value: suivi.contrat, onChange: (e) => setSuivi({ ...suivi, contrat: e.target.value }) }}>
                    <option value="">Choisir…</option>
                    {CONTRATS.map((c) => <option key={c} value={c}>{c}</option>)}
                  </Select>
                </div>
                <div className="fr-col-12 fr-col-md-3">
                  <Input label="Durée du contrat (mois)" nativeInputProps={{ inputMode: "decimal", value: suivi.duree_contrat_mois, onChange: (e) => setSuivi({ ...suivi, duree_contrat_mois: e.target.value }) }} />
                </div>
                <div className="fr-col-12 fr-col-md-3">
                  <Input label="Mois travaillés sur la période" nativeInputProps={{ inputMode: "decimal", value: suivi.duree_emploi_mois, onChange: (e) => setSuivi({ ...suivi, duree_emploi_mois: e.target.value }) }} />
                </div>
                <div className="fr-col-12 fr-col-md-3">
                  <Checkbox options={[{ label: "Emploi en lien avec la formation", nativeInputProps: { checked: suivi.en_lien_formation, onChange: (e) => setSuivi({ ...suivi, en_lien_formation: e.target.checked }) } }]} />
                </div>
              </>
            )}
          </div>
        </ActionForm>
      )}
      <p className="fr-text--xs">Motifs de rupture : {(motifs.data ?? []).map((m) => m.libelle).join(", ") || "—"}.</p>
    </section>
  );
}

export function ParcoursPage() {
  const { id = "" } = useParams();
  const { me } = useAuth();
  const q = useQuery({ queryKey: ["parcours", id], queryFn: () => getParcours(id) });
  const cand = useQuery({
    queryKey: ["candidature", q.data?.candidature_id],
    queryFn: () => getCandidature(q.data!.candidature_id),
    enabled: !!q.data?.candidature_id,
  });
  const motifs = useReferentiel("motifs-rupture");
  return (
    <QueryState query={q} label="Chargement du parcours…">
      {(p) => (
        <>
          <p>
            <Link to={me?.role === "organisme" ? `/of/sessions/${p.session_id}` : "/candidats"} className="fr-link fr-icon-arrow-left-line fr-link--icon-left">
              Retour
            </Link>
          </p>
          <h1>Parcours de {stagiaireName(cand.data?.stagiaire)}</h1>
          <StatutParcoursBadge statut={p.statut} />
          <dl className="prf-dl">
            <dt>Entrée</dt>
            <dd>{fmtDate(p.date_entree)}</dd>
            <dt>Heures réalisées / prévues</dt>
            <dd>
              {fmtNum(p.heures_realisees ?? 0)} h / {fmtNum(p.heures_prevues ?? 0)} h
            </dd>
            {p.sortie && (
              <>
                <dt>Sortie</dt>
                <dd>
                  {fmtDate(p.sortie.date_sortie)} — {p.sortie.type === "ABANDON" ? `abandon (${refLabel(motifs.data, p.sortie.motif)})` : "au terme"}
                  {p.sortie.certification ? `, certification : ${p.sortie.certification}` : ""}
                </dd>
              </>
            )}
          </dl>
          {p.suivis?.length ? (
            <>
              <h2>Suivis</h2>
              <ul>
                {p.suivis.map((s) => (
                  <li key={`${s.horizon_mois}-${s.date}`}>
                    À {s.horizon_mois} mois ({fmtDate(s.date)}) : {s.situation}
                    {s.contrat ? `, ${s.contrat}` : ""}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {p.historique?.length ? (
            <>
              <h2>Historique</h2>
              <ul>
                {p.historique.map((h, i) => (
                  <li key={i}>
                    {fmtDate(String(h.date ?? h.date_effet ?? ""))} : {String(h.statut ?? h.type ?? h.evenement ?? "")}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {me?.role === "organisme" && <Actions p={p} />}
        </>
      )}
    </QueryState>
  );
}
