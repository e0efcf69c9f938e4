import { type FormEvent, useState } from "react";
import type { SessionFilters } from "../../../api/endpoints";
import type { Ref } from "../../../api/types";
import { communeCentre } from "../../../data/communes";
import { type SearchValues, toFilters, validateSearch } from "./values";

/** The search form's values and errors; a submit only searches once the values pass their checks. */
export function useSearchForm(
  initial: SearchValues,
  territoires: Ref[],
  onSearch: (filters: SessionFilters, values: SearchValues) => void,
) {
  const [v, setV] = useState<SearchValues>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (k: keyof SearchValues) => (e: { target: { value: string } }) => setV({ ...v, [k]: e.target.value });
  const terr = territoires.filter((t) => !v.departement || t.departement === v.departement);
  const withDistance = !!v.commune && !!communeCentre(v.commune.code);

  function submit(e: FormEvent) {
    e.preventDefault();
    const errs = validateSearch(v);
    setErrors(errs);
    if (Object.keys(errs).length === 0) onSearch(toFilters(v), v);
  }

  const state = (k: string) => (errors[k] ? ("error" as const) : ("default" as const));

  return { v, setV, errors, set, terr, withDistance, submit, state };
}
