import { useState, type FormEvent } from "react";
import { useMutation } from "@tanstack/react-query";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { errorMessage, fieldErrors } from "../api/problem";

export interface FieldSpec {
  name: string; // the JSON field ("certification.code_rncp" for nested ones)
  label: string;
  type?: "text" | "date" | "number" | "select";
  options?: { value: string; label: string }[];
  hint?: string;
  required?: boolean;
}

function nest(values: Record<string, string>, fields: FieldSpec[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const raw = values[f.name] ?? "";
    if (raw === "") continue;
    const v: unknown = f.type === "number" ? Number(raw.replace(",", ".")) : raw;
    const parts = f.name.split(".");
    let node = out;
    for (const p of parts.slice(0, -1)) {
      node[p] ??= {};
      node = node[p] as Record<string, unknown>;
    }
    node[parts[parts.length - 1]] = v;
  }
  return out;
}

/** A small creation form whose API errors (`errors[].pointer`) are shown under the matching field. */
export function CreateForm<T>({
  title,
  fields,
  submit,
  onCreated,
  submitLabel = "Créer",
}: {
  title: string;
  fields: FieldSpec[];
  submit: (body: Record<string, unknown>) => Promise<T>;
  onCreated: (t: T) => void;
  submitLabel?: string;
}) {
  const [values, setValues] = useState<Record<string, string>>({});
  const [local, setLocal] = useState<Record<string, string>>({});
  const m = useMutation({
    mutationFn: submit,
    onSuccess: (t) => {
      setValues({});
      onCreated(t);
    },
  });
  const errs = { ...fieldErrors(m.error), ...local };
  const known = new Set(fields.map((f) => f.name));
  const other = Object.entries(fieldErrors(m.error)).filter(([k]) => !known.has(k));

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const l: Record<string, string> = {};
    for (const f of fields) if (f.required && !values[f.name]) l[f.name] = "Champ obligatoire.";
    setLocal(l);
    if (!Object.keys(l).length) m.mutate(nest(values, fields));
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={title} className="prf-card fr-p-3w fr-mb-3w">
      <h3 className="fr-h5">{title}</h3>
      {m.error ? (
        <Alert
          severity="error"
          small
          className="fr-mb-2w"
          description={
            <>
              {errorMessage(m.error)}
              {other.map(([k, msg]) => (
                <span key={k}>
                  <br />
                  {k || "Formulaire"} : {msg}
                </span>
              ))}
            </>
          }
        />
      ) : null}
      {m.isSuccess ? <Alert severity="success" small className="fr-mb-2w" description="Enregistré." /> : null}
      <div className="fr-grid-row fr-grid-row--gutters">
        {fields.map((f) => {
          const state = errs[f.name] ? ("error" as const) : ("default" as const);
          const common = {
            name: f.name,
            value: values[f.name] ?? "",
            onChange: (e: { target: { value: string } }) => setValues({ ...values, [f.name]: e.target.value }),
          };
          return (
            <div key={f.name} className="fr-col-12 fr-col-md-6 fr-col-lg-4">
              {f.type === "select" ? (
                <Select
                  label={f.label}
                  hint={f.hint}
                  state={state}
                  stateRelatedMessage={errs[f.name]}
                  nativeSelectProps={common}
                >
                  <option value="">Choisir…</option>
                  {(f.options ?? []).map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </Select>
              ) : (
                <Input
                  label={f.label}
                  hintText={f.hint}
                  state={state}
                  stateRelatedMessage={errs[f.name]}
                  nativeInputProps={{
                    ...common,
                    type: f.type === "date" ? "date" : "text",
                    inputMode: f.type === "number" ? "decimal" : undefined,
                  }}
                />
              )}
            </div>
          );
        })}
      </div>
      <Button type="submit" size="small" disabled={m.isPending}>
        {submitLabel}
      </Button>
    </form>
  );
}
