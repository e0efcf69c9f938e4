import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { Select } from "@codegouvfr/react-dsfr/Select";
import type { Ref } from "../../../api/types";
import { CommuneCombobox } from "../../../components/CommuneCombobox";
import type { CommuneRef } from "../../../data/communeIndex";
import type { CandidatureFormState } from "./useCandidatureForm";

/** "Le candidat": who the trainee is (identity, commune, diploma, situations the indicators count). */
export function StagiaireFields({
  f,
  niveaux,
  communes,
}: {
  f: CandidatureFormState;
  niveaux: Ref[];
  communes?: () => Promise<CommuneRef[]>;
}) {
  const { v, setV, set, st, errors } = f;
  return (
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
  );
}
