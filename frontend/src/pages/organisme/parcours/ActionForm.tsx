import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import type { FormEvent, ReactNode } from "react";
import { errorMessage } from "../../../api/problem";

/** One declaration on a parcours: its fields, the API's refusal if any, one "Enregistrer" button. */
export function ActionForm({
  title,
  onSubmit,
  pending,
  error,
  children,
}: {
  title: string;
  onSubmit: () => void;
  pending: boolean;
  error: unknown;
  children: ReactNode;
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
