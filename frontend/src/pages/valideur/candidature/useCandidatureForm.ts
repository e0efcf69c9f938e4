import { type FormEvent, useState } from "react";
import { useMutation } from "@tanstack/react-query";
import { ApiError, fieldErrors } from "../../../api/problem";
import type { Candidature, CandidatureIn } from "../../../api/types";
import { EMPTY, localErrors, toPayload, type Values } from "./values";

/** The form's values, its errors (checked here first, then the API's by field) and the one send. */
export function useCandidatureForm(
  sessionId: string,
  submit: (body: CandidatureIn) => Promise<Candidature>,
  onCreated: (c: Candidature) => void,
) {
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

  const complete = mutation.error instanceof ApiError && mutation.error.code === "session_complete";
  return { v, setV, set, st, errors, server, mutation, onSubmit, complete };
}

export type CandidatureFormState = ReturnType<typeof useCandidatureForm>;
