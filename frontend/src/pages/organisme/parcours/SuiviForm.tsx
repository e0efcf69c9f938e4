import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { today } from "../../../format";
import { ActionForm } from "./ActionForm";
import { CONTRATS, SITUATIONS } from "./options";
import type { ParcoursActionsState, SuiviValues } from "./useParcoursActions";

/** A follow-up after the exit (3, 6 or 12 months): situation, and the job's contract when employed. */
export function SuiviForm({ s }: { s: ParcoursActionsState }) {
  const { suivi, setSuivi } = s;
  const set = (k: keyof SuiviValues) => (e: { target: { value: string } }) =>
    setSuivi({ ...suivi, [k]: e.target.value });
  return (
    <ActionForm title="Suivi après la sortie" pending={s.follow.pending} error={s.follow.error} onSubmit={s.follow.run}>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-6 fr-col-md-3">
          <Select label="Horizon" nativeSelectProps={{ value: suivi.horizon_mois, onChange: set("horizon_mois") }}>
            <option value="3">3 mois</option>
            <option value="6">6 mois</option>
            <option value="12">12 mois</option>
          </Select>
        </div>
        <div className="fr-col-6 fr-col-md-3">
          <Input
            label="Date du constat"
            nativeInputProps={{ type: "date", value: suivi.date, max: today(), onChange: set("date") }}
          />
        </div>
        <div className="fr-col-12 fr-col-md-3">
          <Select label="Situation" nativeSelectProps={{ value: suivi.situation, onChange: set("situation") }}>
            {SITUATIONS.map(([c, l]) => (
              <option key={c} value={c}>
                {l}
              </option>
            ))}
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-3">
          <Select label="Source" nativeSelectProps={{ value: suivi.source, onChange: set("source") }}>
            <option value="OF">Organisme</option>
            <option value="VALIDEUR">Valideur</option>
            <option value="ENQUETE">Enquête</option>
          </Select>
        </div>
        {suivi.situation === "EMPLOI" && (
          <>
            <div className="fr-col-12 fr-col-md-3">
              <Select label="Contrat" nativeSelectProps={{ value: suivi.contrat, onChange: set("contrat") }}>
                <option value="">Choisir…</option>
                {CONTRATS.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </Select>
            </div>
            <div className="fr-col-12 fr-col-md-3">
              <Input
                label="Durée du contrat (mois)"
                nativeInputProps={{
                  inputMode: "decimal",
                  value: suivi.duree_contrat_mois,
                  onChange: set("duree_contrat_mois"),
                }}
              />
            </div>
            <div className="fr-col-12 fr-col-md-3">
              <Input
                label="Mois travaillés sur la période"
                nativeInputProps={{
                  inputMode: "decimal",
                  value: suivi.duree_emploi_mois,
                  onChange: set("duree_emploi_mois"),
                }}
              />
            </div>
            <div className="fr-col-12 fr-col-md-3">
              <Checkbox
                options={[
                  {
                    label: "Emploi en lien avec la formation",
                    nativeInputProps: {
                      checked: suivi.en_lien_formation,
                      onChange: (e) => setSuivi({ ...suivi, en_lien_formation: e.target.checked }),
                    },
                  },
                ]}
              />
            </div>
          </>
        )}
      </div>
    </ActionForm>
  );
}
