import { useState, type FormEvent } from "react";
import { useMutation } from "@tanstack/react-query";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { createCandidature } from "../../api/endpoints";
import { ApiError, errorMessage, fieldErrors } from "../../api/problem";
import type { Candidature, CandidatureIn, Ref } from "../../api/types";
import { CommuneCombobox } from "../../components/CommuneCombobox";
import type { CommuneRef } from "../../data/communeIndex";
import { today } from "../../format";

interface Values {
  identifiant_ft: string;
  nom: string;
  prenom: string;
  date_naissance: string;
  sexe: string;
  commune: CommuneRef | null;
  niveau: string;
  date_inscription_de: string;
  rqth: boolean;
  rsa: boolean;
  clea: boolean;
  projet_valide: boolean;
  message: string;
  date_candidature: string;
}

const EMPTY: Values = {
  identifiant_ft: "",
  nom: "",
  prenom: "",
  date_naissance: "",
  sexe: "",
  commune: null,
  niveau: "",
  date_inscription_de: "",
  rqth: false,
  rsa: false,
  clea: false,
  projet_valide: true,
  message: "",
  date_candidature: "",
};

const LABELS: Record<string, string> = {
  "stagiaire.identifiant_ft": "Identifiant France Travail",
  "stagiaire.nom": "Nom",
  "stagiaire.prenom": "Prénom",
  "stagiaire.date_naissance": "Date de naissance",
  "stagiaire.sexe": "Sexe",
  "stagiaire.commune_insee": "Commune de résidence",
  "stagiaire.niveau": "Niveau de diplôme",
  "stagiaire.date_inscription_de": "Inscription comme demandeur d'emploi",
  projet_valide: "Projet validé",
  message: "Message à l'organisme",
  date_candidature: "Date de la candidature",
  session_id: "Session",
};

function localErrors(v: Values): Record<string, string> {
  const e: Record<string, string> = {};
  if (!v.nom.trim()) e["stagiaire.nom"] = "Le nom est obligatoire.";
  if (!v.prenom.trim()) e["stagiaire.prenom"] = "Le prénom est obligatoire.";
  if (!v.sexe) e["stagiaire.sexe"] = "Le sexe est obligatoire (tous les indicateurs le distinguent).";
  if (!v.date_naissance) e["stagiaire.date_naissance"] = "La date de naissance est obligatoire.";
  if (!v.identifiant_ft.trim()) e["stagiaire.identifiant_ft"] = "L'identifiant France Travail est obligatoire.";
  if (!v.niveau) e["stagiaire.niveau"] = "Le niveau de diplôme est obligatoire.";
  if (!v.commune)
    e["stagiaire.commune_insee"] =
      "Choisissez la commune de résidence dans la liste : tapez son nom ou son code postal.";
  if (v.date_candidature && v.date_candidature > today())
    e.date_candidature = "La date de candidature ne peut pas être dans le futur.";
  return e;
}

export function toPayload(sessionId: string, v: Values): CandidatureIn {
  return {
    session_id: sessionId,
    stagiaire: {
      identifiant_ft: v.identifiant_ft.trim(),
      nom: v.nom.trim(),
      prenom: v.prenom.trim(),
      date_naissance: v.date_naissance,
      sexe: v.sexe as "F" | "M",
      commune_insee: v.commune?.code ?? "",
      niveau: v.niveau,
      date_inscription_de: v.date_inscription_de || undefined,
      rqth: v.rqth,
      rsa: v.rsa,
      clea: v.clea,
    },
    projet_valide: v.projet_valide,
    message: v.message.trim() || undefined,
    date_candidature: v.date_candidature || undefined,
  };
}

interface Props {
  sessionId: string;
  niveaux: Ref[];
  onCreated: (c: Candidature) => void;
  submit?: (body: CandidatureIn) => Promise<Candidature>;
  /** Where the commune picker finds the communes (tests hand in a few). */
  communes?: () => Promise<CommuneRef[]>;
}

export function CandidatureForm({ sessionId, niveaux, onCreated, submit = createCandidature, communes }: Props) {
  const [v, setV] = useState<Values>(EMPTY);
  const [local, setLocal] = useState<Record<string, string>>({});
  const mutation = useMutation({ mutationFn: submit, onSuccess: onCreated });
  const server = fieldErrors(mutation.error);
  const errors = { ...server, ...local };
  const set = (k: keyof Values) => (e: { target: { value: string } }) => setV({ ...v, [k]: e.target.value });
  const st = (k: string) => (errors[k] ? ("error" as const) : ("default" as const));

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const errs = localErrors(v);
    setLocal(errs);
    if (Object.keys(errs).length) return;
    mutation.reset();
    mutation.mutate(toPayload(sessionId, v));
  }

  const apiError = mutation.error instanceof ApiError ? mutation.error : null;
  const complete = apiError?.code === "session_complete";

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
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend">Le candidat</legend>
        <div className="fr-fieldset__element">
          <div className="fr-grid-row fr-grid-row--gutters">
            <div className="fr-col-12 fr-col-md-6">
              <Input
                label="Nom"
                state={st("stagiaire.nom")}
                stateRelatedMessage={errors["stagiaire.nom"]}
                nativeInputProps={{
                  name: "stagiaire.nom",
                  value: v.nom,
                  onChange: set("nom"),
                  autoComplete: "off",
                  required: true,
                }}
              />
            </div>
            <div className="fr-col-12 fr-col-md-6">
              <Input
                label="Prénom"
                state={st("stagiaire.prenom")}
                stateRelatedMessage={errors["stagiaire.prenom"]}
                nativeInputProps={{
                  name: "stagiaire.prenom",
                  value: v.prenom,
                  onChange: set("prenom"),
                  autoComplete: "off",
                  required: true,
                }}
              />
            </div>
            <div className="fr-col-12 fr-col-md-6">
              <Input
                label="Identifiant France Travail"
                state={st("stagiaire.identifiant_ft")}
                stateRelatedMessage={errors["stagiaire.identifiant_ft"]}
                nativeInputProps={{
                  name: "stagiaire.identifiant_ft",
                  value: v.identifiant_ft,
                  onChange: set("identifiant_ft"),
                }}
              />
            </div>
            <div className="fr-col-12 fr-col-md-6">
              <Input
                label="Date de naissance"
                state={st("stagiaire.date_naissance")}
                stateRelatedMessage={errors["stagiaire.date_naissance"]}
                nativeInputProps={{
                  name: "stagiaire.date_naissance",
                  type: "date",
                  value: v.date_naissance,
                  onChange: set("date_naissance"),
                  required: true,
                }}
              />
            </div>
            <div className="fr-col-12 fr-col-md-6">
              <RadioButtons
                legend="Sexe"
                orientation="horizontal"
                state={st("stagiaire.sexe")}
                stateRelatedMessage={errors["stagiaire.sexe"]}
                options={[
                  {
                    label: "Femme",
                    nativeInputProps: {
                      name: "stagiaire.sexe",
                      value: "F",
                      checked: v.sexe === "F",
                      onChange: set("sexe"),
                    },
                  },
                  {
                    label: "Homme",
                    nativeInputProps: {
                      name: "stagiaire.sexe",
                      value: "M",
                      checked: v.sexe === "M",
                      onChange: set("sexe"),
                    },
                  },
                ]}
              />
            </div>
            <div className="fr-col-12 fr-col-md-6">
              <CommuneCombobox
                label="Commune de résidence"
                hint="Tapez le nom ou le code postal, puis choisissez dans la liste"
                name="stagiaire.commune"
                value={v.commune}
                onChange={(commune) => setV({ ...v, commune })}
                error={errors["stagiaire.commune_insee"]}
                load={communes}
              />
            </div>
            <div className="fr-col-12 fr-col-md-6">
              <Select
                label="Niveau de diplôme"
                state={st("stagiaire.niveau")}
                stateRelatedMessage={errors["stagiaire.niveau"]}
                nativeSelectProps={{ name: "stagiaire.niveau", value: v.niveau, onChange: set("niveau") }}
              >
                <option value="">Choisir…</option>
                {niveaux.map((n) => (
                  <option key={n.code} value={n.code}>
                    {n.libelle}
                  </option>
                ))}
              </Select>
            </div>
            <div className="fr-col-12 fr-col-md-6">
              <Input
                label="Inscription comme demandeur d'emploi"
                state={st("stagiaire.date_inscription_de")}
                stateRelatedMessage={errors["stagiaire.date_inscription_de"]}
                nativeInputProps={{
                  name: "stagiaire.date_inscription_de",
                  type: "date",
                  value: v.date_inscription_de,
                  onChange: set("date_inscription_de"),
                }}
              />
            </div>
          </div>
        </div>
        <div className="fr-fieldset__element">
          <Checkbox
            orientation="horizontal"
            options={[
              {
                label: "Reconnaissance RQTH / BOE",
                nativeInputProps: {
                  name: "stagiaire.rqth",
                  checked: v.rqth,
                  onChange: (e) => setV({ ...v, rqth: e.target.checked }),
                },
              },
              {
                label: "Bénéficiaire du RSA",
                nativeInputProps: {
                  name: "stagiaire.rsa",
                  checked: v.rsa,
                  onChange: (e) => setV({ ...v, rsa: e.target.checked }),
                },
              },
              {
                label: "Titulaire de CléA",
                nativeInputProps: {
                  name: "stagiaire.clea",
                  checked: v.clea,
                  onChange: (e) => setV({ ...v, clea: e.target.checked }),
                },
              },
            ]}
          />
        </div>
      </fieldset>
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
