import { useState } from "react";
import { Link, useParams } from "react-router-dom";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { getSession, refLabel, reworkCandidature, useReferentiel } from "../../api/endpoints";
import { ErrorBox, QueryState } from "../../components/Status";
import { EtatBadge, PlacesBadge } from "../../components/Badges";
import { CandidatureForm } from "./CandidatureForm";
import { setRework, useRework } from "./rework";
import { useAuth } from "../../auth/AuthContext";
import type { Candidature } from "../../api/types";
import {
  fmtDate,
  sessionCertification,
  sessionDispositif,
  sessionOrganisme,
  sessionPlace,
  sessionTitle,
} from "../../format";

const MODALITES: Record<string, string> = { PRESENTIEL: "Présentiel", DISTANCE: "À distance", MIXTE: "Mixte" };

export function SessionPage() {
  const { id = "" } = useParams();
  const { me } = useAuth();
  const qc = useQueryClient();
  const session = useQuery({ queryKey: ["session", id], queryFn: () => getSession(id) });
  const disp = useReferentiel("dispositifs");
  const niveaux = useReferentiel("niveaux");
  const [sent, setSent] = useState<Candidature | null>(null);
  const [showForm, setShowForm] = useState(false);
  const rework = useRework();
  const reworkMut = useMutation({
    mutationFn: () => reworkCandidature(rework?.id ?? "", { session_id: id }),
    onSuccess: (c) => {
      setRework(null);
      setSent(c);
      void qc.invalidateQueries({ queryKey: ["candidatures"] });
      void qc.invalidateQueries({ queryKey: ["session", id] });
    },
  });

  return (
    <QueryState query={session} label="Chargement de la session…">
      {(s) => {
        const lieu = s.lieu;
        return (
          <>
            <p>
              <Link to="/sessions" className="fr-link fr-icon-arrow-left-line fr-link--icon-left">
                Retour à la recherche
              </Link>
            </p>
            <h1>{sessionTitle(s)}</h1>
            <div className="prf-badges">
              <PlacesBadge n={s.places_disponibles} /> <EtatBadge etat={s.etat_recrutement} />
            </div>
            <dl className="prf-dl">
              <dt>Certification</dt>
              <dd>{sessionCertification(s)}</dd>
              <dt>Organisme de formation</dt>
              <dd>
                {sessionOrganisme(s)}
                {s.organisme?.siret ? <span className="fr-text--xs"> (SIRET {s.organisme.siret})</span> : null}
              </dd>
              <dt>Lieu</dt>
              <dd>
                {sessionPlace(s)}
                {lieu?.territoire ? ` — territoire ${lieu.territoire}` : ""}
              </dd>
              <dt>Dates</dt>
              <dd>
                du {fmtDate(s.debut)} au {fmtDate(s.fin)}
              </dd>
              <dt>Places</dt>
              <dd>
                {s.places_disponibles} disponible{s.places_disponibles > 1 ? "s" : ""} sur {s.places_ouvertes} ouverte
                {s.places_ouvertes > 1 ? "s" : ""}
              </dd>
              <dt>Dispositif</dt>
              <dd>{refLabel(disp.data, sessionDispositif(s))}</dd>
              {s.lot ? (
                <>
                  <dt>Lot</dt>
                  <dd>
                    {s.lot.numero ? `Lot ${s.lot.numero}` : ""} {s.lot.intitule ?? ""}
                  </dd>
                </>
              ) : null}
              {s.formation?.romes?.length ? (
                <>
                  <dt>Métiers (ROME)</dt>
                  <dd>{s.formation.romes.join(", ")}</dd>
                </>
              ) : null}
              <dt>Modalité</dt>
              <dd>
                {MODALITES[s.modalite] ?? s.modalite}
                {s.temps_plein ? ", temps plein" : ", temps partiel"}
                {s.entrees_sorties_permanentes ? ", entrées et sorties permanentes" : ""}
              </dd>
              <dt>Durée</dt>
              <dd>
                {s.heures_centre} h en centre, {s.heures_entreprise} h en entreprise
              </dd>
            </dl>
            {me?.role === "valideur" && (
              <section aria-labelledby="candidater" className="fr-mt-4w">
                <h2 id="candidater">Proposer un candidat</h2>
                {sent ? (
                  <Alert
                    severity="success"
                    title="Candidature transmise"
                    description={
                      <>
                        La candidature a été transmise à l'organisme (statut : {sent.statut}).{" "}
                        <Link to="/candidats">Voir mes candidats</Link>
                      </>
                    }
                  />
                ) : s.places_disponibles <= 0 || s.etat_recrutement !== "OUVERT" ? (
                  <Alert
                    severity="warning"
                    small
                    description="Cette session n'accepte pas de candidature pour l'instant (complète ou recrutement fermé)."
                  />
                ) : rework ? (
                  <>
                    {reworkMut.error ? <ErrorBox error={reworkMut.error} title="Candidature non transmise" /> : null}
                    <Button
                      iconId="fr-icon-refresh-line"
                      onClick={() => reworkMut.mutate()}
                      disabled={reworkMut.isPending}
                    >
                      Proposer {rework.name} sur cette session
                    </Button>{" "}
                    <Button priority="tertiary" onClick={() => setRework(null)}>
                      Proposer un autre candidat
                    </Button>
                  </>
                ) : showForm ? (
                  <CandidatureForm
                    sessionId={s.id}
                    niveaux={niveaux.data ?? []}
                    onCreated={(c) => {
                      setSent(c);
                      void qc.invalidateQueries({ queryKey: ["session", id] });
                      void qc.invalidateQueries({ queryKey: ["sessions"] });
                      void qc.invalidateQueries({ queryKey: ["candidatures"] });
                    }}
                  />
                ) : (
                  <Button iconId="fr-icon-user-add-line" onClick={() => setShowForm(true)}>
                    Proposer un candidat sur cette session
                  </Button>
                )}
              </section>
            )}
          </>
        );
      }}
    </QueryState>
  );
}
