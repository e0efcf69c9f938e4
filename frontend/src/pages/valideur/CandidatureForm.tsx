import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { createCandidature } from "../../api/endpoints";
import { errorMessage } from "../../api/problem";
import type { Candidature, CandidatureIn, Ref } from "../../api/types";
import type { CommuneRef } from "../../data/communeIndex";
import { today } from "../../format";
import { StagiaireFields } from "./candidature/StagiaireFields";
import { useCandidatureForm } from "./candidature/useCandidatureForm";
import { LABELS } from "./candidature/values";

interface Props {
  sessionId: string;
  niveaux: Ref[];
  onCreated: (c: Candidature) => void;
  submit?: (body: CandidatureIn) => Promise<Candidature>;
  /** Where the commune picker finds the communes (tests hand in a few). */
  communes?: () => Promise<CommuneRef[]>;
}

/** The conseiller proposes a candidate on a session; the API's errors appear under the fields they name. */
export function CandidatureForm({ sessionId, niveaux, onCreated, submit = createCandidature, communes }: Props) {
  const f = useCandidatureForm(sessionId, submit, onCreated);
  const { v, setV, set, st, errors, server, mutation, onSubmit, complete } = f;

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Candidature" className="prf-form">
      {complete ? (
        <Alert
          severity="error"
          title="Session complète"
          description="Il ne reste plus de place sur cette session : cherchez une autre session pour ce candidat."
          className="fr-mb-3w"
        />
      ) : mutation.error ? (
        <div className="fr-mb-3w">
          <Alert
            severity="error"
            title="La candidature n'a pas été envoyée"
            description={
              <>
                <span>{errorMessage(mutation.error)}</span>
                {Object.keys(server).length > 0 && (
                  <ul>
                    {Object.entries(server).map(([k, msg]) => (
                      <li key={k}>
                        {LABELS[k] ?? (k || "Formulaire")} : {msg}
                      </li>
                    ))}
                  </ul>
                )}
              </>
            }
          />
        </div>
      ) : null}
      <StagiaireFields f={f} niveaux={niveaux} communes={communes} />
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend">La candidature</legend>
        <div className="fr-fieldset__element">
          <Checkbox
            state={st("projet_valide")}
            stateRelatedMessage={errors.projet_valide}
            options={[
              {
                label: "Projet de formation validé par le conseiller",
                nativeInputProps: {
                  name: "projet_valide",
                  checked: v.projet_valide,
                  onChange: (e) => setV({ ...v, projet_valide: e.target.checked }),
                },
              },
            ]}
          />
        </div>
        <div className="fr-fieldset__element">
          <Input
            label="Date de la candidature"
            hintText="Laissez vide pour aujourd'hui"
            state={st("date_candidature")}
            stateRelatedMessage={errors.date_candidature}
            nativeInputProps={{
              name: "date_candidature",
              type: "date",
              value: v.date_candidature,
              onChange: set("date_candidature"),
              max: today(),
            }}
          />
        </div>
        <div className="fr-fieldset__element">
          <Input
            label="Message à l'organisme"
            textArea
            state={st("message")}
            stateRelatedMessage={errors.message}
            nativeTextAreaProps={{ name: "message", value: v.message, onChange: set("message"), rows: 3 }}
          />
        </div>
      </fieldset>
      <Button type="submit" iconId="fr-icon-send-plane-line" disabled={mutation.isPending}>
        {mutation.isPending ? "Envoi…" : "Envoyer la candidature"}
      </Button>
    </form>
  );
}
