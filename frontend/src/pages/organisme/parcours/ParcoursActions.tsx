import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Input } from "@codegouvfr/react-dsfr/Input";
import type { Parcours } from "../../../api/types";
import { today } from "../../../format";
import { ActionForm } from "./ActionForm";
import { SortieForm } from "./SortieForm";
import { SuiviForm } from "./SuiviForm";
import { useParcoursActions } from "./useParcoursActions";

/** The OF's declarations on a parcours, offered according to its status. */
export function ParcoursActions({ p }: { p: Parcours }) {
  const s = useParcoursActions(p);
  const dateInput = (label: string) => (
    <Input
      label={label}
      nativeInputProps={{ type: "date", value: s.date, max: today(), onChange: (e) => s.setDate(e.target.value) }}
    />
  );
  return (
    <section aria-labelledby="declarer" className="fr-mt-4w">
      <h2 id="declarer">Déclarer</h2>
      <div aria-live="polite">
        {s.notice && <Alert severity="success" small description={s.notice} className="fr-mb-2w" />}
      </div>
      {p.statut === "EN_FORMATION" && (
        <ActionForm title="Suspension" onSubmit={s.suspend.run} pending={s.suspend.pending} error={s.suspend.error}>
          {dateInput("Date de début de la suspension")}
        </ActionForm>
      )}
      {p.statut === "SUSPENDU" && (
        <ActionForm title="Reprise" onSubmit={s.resume.run} pending={s.resume.pending} error={s.resume.error}>
          {dateInput("Date de reprise")}
        </ActionForm>
      )}
      {p.statut !== "SORTI" && <SortieForm s={s} />}
      {p.statut === "SORTI" && <SuiviForm s={s} />}
      <p className="fr-text--xs">Motifs de rupture : {s.motifs.map((m) => m.libelle).join(", ") || "—"}.</p>
    </section>
  );
}
