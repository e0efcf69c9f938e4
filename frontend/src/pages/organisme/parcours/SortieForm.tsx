import { Select } from "@codegouvfr/react-dsfr/Select";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { today } from "../../../format";
import { ActionForm } from "./ActionForm";
import { CERTIFS, CONTRATS } from "./options";
import type { ParcoursActionsState } from "./useParcoursActions";

/** The exit: at the end of the training (certification result) or an early one (reason, contract). */
export function SortieForm({ s }: { s: ParcoursActionsState }) {
  const { sortie, setSortie, exitErrors: errs } = s;
  const state = (k: string) => (errs[k] ? ("error" as const) : ("default" as const));
  return (
    <ActionForm
      title="Sortie de formation"
      pending={s.exit.pending}
      error={Object.keys(errs).length ? null : s.exit.error}
      onSubmit={s.exit.run}
    >
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-6">
          <Input
            label="Date de sortie"
            state={state("date_sortie")}
            stateRelatedMessage={errs.date_sortie}
            nativeInputProps={{
              type: "date",
              value: sortie.date_sortie,
              max: today(),
              onChange: (e) => setSortie({ ...sortie, date_sortie: e.target.value }),
            }}
          />
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <Select
            label="Type de sortie"
            nativeSelectProps={{ value: sortie.type, onChange: (e) => setSortie({ ...sortie, type: e.target.value }) }}
          >
            <option value="TERME">Au terme de la formation</option>
            <option value="ABANDON">Abandon (rupture)</option>
          </Select>
        </div>
        {sortie.type === "ABANDON" ? (
          <>
            <div className="fr-col-12 fr-col-md-6">
              <Select
                label="Motif"
                state={state("motif")}
                stateRelatedMessage={errs.motif}
                nativeSelectProps={{
                  value: sortie.motif,
                  onChange: (e) => setSortie({ ...sortie, motif: e.target.value }),
                }}
              >
                <option value="">Choisir…</option>
                {s.motifs.map((m) => (
                  <option key={m.code} value={m.code}>
                    {m.libelle}
                  </option>
                ))}
              </Select>
            </div>
            {sortie.motif === "EMPLOI" && (
              <div className="fr-col-12 fr-col-md-6">
                <Select
                  label="Type de contrat"
                  state={state("contrat")}
                  stateRelatedMessage={errs.contrat}
                  nativeSelectProps={{
                    value: sortie.contrat,
                    onChange: (e) => setSortie({ ...sortie, contrat: e.target.value }),
                  }}
                >
                  <option value="">Choisir…</option>
                  {CONTRATS.map((c) => (
                    <option key={c} value={c}>
                      {c}
                    </option>
                  ))}
                </Select>
              </div>
            )}
          </>
        ) : (
          <div className="fr-col-12 fr-col-md-6">
            <Select
              label="Résultat de la certification"
              state={state("certification")}
              stateRelatedMessage={errs.certification}
              nativeSelectProps={{
                value: sortie.certification,
                onChange: (e) => setSortie({ ...sortie, certification: e.target.value }),
              }}
            >
              <option value="">Choisir…</option>
              {CERTIFS.map(([c, l]) => (
                <option key={c} value={c}>
                  {l}
                </option>
              ))}
            </Select>
          </div>
        )}
      </div>
    </ActionForm>
  );
}
