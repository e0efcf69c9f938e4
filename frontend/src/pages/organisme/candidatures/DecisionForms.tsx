import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useMutation, useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import {
  type DecisionIn,
  declareEntry,
  decideCandidature,
  getSession,
  listModules,
  useReferentiel,
} from "../../../api/endpoints";
import { errorMessage, fieldErrors } from "../../../api/problem";
import type { Candidature } from "../../../api/types";
import { ErrorBox } from "../../../components/Status";
import { fmtDate, stagiaireName, today } from "../../../format";

// The OF's inline forms on a received candidature: refuse (reason and message), accept (dated), enter.

/** The decision's effective day: today by default, the real day for a late declaration, never in the future. */
function DecisionDate({
  c,
  value,
  onChange,
  error,
}: {
  c: Candidature;
  value: string;
  onChange: (v: string) => void;
  error?: string;
}) {
  return (
    <Input
      label="Date de la décision"
      hintText="Aujourd'hui, ou la date réelle pour une déclaration tardive"
      state={error ? "error" : "default"}
      stateRelatedMessage={error}
      nativeInputProps={{
        type: "date",
        value,
        min: c.date_candidature,
        max: today(),
        onChange: (e) => onChange(e.target.value),
        name: "date",
      }}
    />
  );
}

const futureDate = (d: string) => (d > today() ? "La date de la décision ne peut pas être dans le futur." : undefined);

export function RefusForm({ c, onDone }: { c: Candidature; onDone: () => void }) {
  const motifs = useReferentiel("motifs-refus");
  const [motif, setMotif] = useState("");
  const [message, setMessage] = useState("");
  const [date, setDate] = useState(today());
  const [local, setLocal] = useState<Record<string, string>>({});
  const m = useMutation({
    mutationFn: () =>
      decideCandidature(c.id, { decision: "REFUSEE", motif: motif as DecisionIn["motif"], message, date }),
    onSuccess: onDone,
  });
  const errs = { ...fieldErrors(m.error), ...local };
  function submit(e: FormEvent) {
    e.preventDefault();
    const l: Record<string, string> = {};
    if (!motif) l.motif = "Choisissez un motif de refus.";
    if (!message.trim()) l.message = "Expliquez le refus au conseiller (il lira ce message).";
    const late = futureDate(date);
    if (late) l.date = late;
    setLocal(l);
    if (!Object.keys(l).length) m.mutate();
  }
  return (
    <form
      onSubmit={submit}
      noValidate
      className="prf-inline-form"
      aria-label={`Refus de ${stagiaireName(c.stagiaire)}`}
    >
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
      <DecisionDate c={c} value={date} onChange={setDate} error={errs.date} />
      {m.error && !Object.keys(fieldErrors(m.error)).length ? (
        <ErrorBox error={m.error} title="Refus non enregistré" />
      ) : null}
      <Button type="submit" size="small" disabled={m.isPending}>
        Confirmer le refus
      </Button>
    </form>
  );
}

export function AcceptForm({ c, onDone }: { c: Candidature; onDone: () => void }) {
  const [date, setDate] = useState(today());
  const [local, setLocal] = useState<string | undefined>();
  const m = useMutation({
    mutationFn: () => decideCandidature(c.id, { decision: "ACCEPTEE", date }),
    onSuccess: onDone,
  });
  const errs = fieldErrors(m.error);
  const dateError = local ?? errs.date;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        const late = futureDate(date);
        setLocal(late);
        if (!late) m.mutate();
      }}
      noValidate
      className="prf-inline-form"
      aria-label={`Acceptation de ${stagiaireName(c.stagiaire)}`}
    >
      <DecisionDate c={c} value={date} onChange={setDate} error={dateError} />
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
    queryFn: () => listModules({ action_id: session.data?.action_id, statut: "VALIDE" }),
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
        hintText={c.date_decision ? `Au plus tôt le ${fmtDate(c.date_decision)}, jour de l'acceptation` : undefined}
        state={errs.date_entree ? "error" : "default"}
        stateRelatedMessage={errs.date_entree}
        nativeInputProps={{
          type: "date",
          value: date,
          min: c.date_decision ?? c.date_candidature,
          max: today(),
          onChange: (e) => setDate(e.target.value),
          name: "date_entree",
        }}
      />
      <Input
        label="Heures prévues au contrat"
        state={errs.heures_prevues ? "error" : "default"}
        stateRelatedMessage={errs.heures_prevues}
        nativeInputProps={{
          inputMode: "decimal",
          value: heures,
          onChange: (e) => setHeures(e.target.value),
          name: "heures_prevues",
        }}
      />
      {valides.data?.items.length ? (
        <Checkbox
          legend="Modules additionnels du contrat"
          small
          options={valides.data.items.map((mod) => ({
            label: `${mod.intitule} (${mod.heures} h)`,
            nativeInputProps: {
              checked: modules.includes(mod.id),
              onChange: (e) =>
                setModules(e.target.checked ? [...modules, mod.id] : modules.filter((x) => x !== mod.id)),
            },
          }))}
        />
      ) : null}
      {m.error && !errs.date_entree && !errs.heures_prevues ? (
        <Alert severity="error" small description={errorMessage(m.error)} />
      ) : null}
      <Button type="submit" size="small" disabled={m.isPending}>
        Confirmer l'entrée en formation
      </Button>
    </form>
  );
}
