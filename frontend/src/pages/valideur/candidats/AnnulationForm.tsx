import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { cancelCandidature } from "../../../api/endpoints";
import { errorMessage, fieldErrors } from "../../../api/problem";
import type { Candidature } from "../../../api/types";
import { stagiaireName, today } from "../../../format";

/**
 * The valideur withdraws a candidature: on the day it happened (today by default; a late declaration
 * gives the real day, never a future one), with a word for the organisme.
 */
export function AnnulationForm({ c, onDone }: { c: Candidature; onDone: () => void }) {
  const [date, setDate] = useState(today());
  const [message, setMessage] = useState("Annulée par le conseiller.");
  const m = useMutation({
    mutationFn: () => cancelCandidature(c.id, { date, message: message.trim() || undefined }),
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
      aria-label={`Annulation de la candidature de ${stagiaireName(c.stagiaire)}`}
    >
      <Input
        label="Date de l'annulation"
        hintText="Aujourd'hui, ou la date réelle pour une déclaration tardive"
        state={errs.date ? "error" : "default"}
        stateRelatedMessage={errs.date}
        nativeInputProps={{
          type: "date",
          name: "date",
          value: date,
          min: c.date_candidature,
          max: today(),
          onChange: (e) => setDate(e.target.value),
        }}
      />
      <Input
        label="Message à l'organisme"
        textArea
        state={errs.message ? "error" : "default"}
        stateRelatedMessage={errs.message}
        nativeTextAreaProps={{ name: "message", value: message, rows: 2, onChange: (e) => setMessage(e.target.value) }}
      />
      {m.error && !errs.date && !errs.message ? (
        <Alert severity="error" small description={errorMessage(m.error)} />
      ) : null}
      <Button type="submit" size="small" disabled={m.isPending}>
        Confirmer l'annulation
      </Button>
    </form>
  );
}
