import type { IndicatorFilters } from "../../../api/endpoints";
import { fmtNum } from "../../../format";
import { fmtFor, isRate, useIndicator } from "./indicators";

/** One key figure; a rate also shows its numerator and denominator. */
export function Kpi({
  code,
  label,
  periode,
  filters,
}: {
  code: string;
  label: string;
  periode: string;
  filters: IndicatorFilters;
}) {
  const q = useIndicator(code, periode, filters);
  const row = q.data?.valeurs?.[0];
  return (
    <div className="prf-kpi" data-code={code}>
      <p className="prf-kpi__label">{label}</p>
      <p className="prf-kpi__value" aria-live="polite">
        {q.isLoading ? "…" : q.error ? "indisponible" : row?.secret ? "secret" : fmtFor(code)(row?.valeur)}
      </p>
      {row && !row.secret && isRate(code) ? (
        <p className="fr-text--xs fr-mb-0">
          {fmtNum(row.numerateur, 0)} / {fmtNum(row.denominateur, 0)}
        </p>
      ) : null}
    </div>
  );
}
