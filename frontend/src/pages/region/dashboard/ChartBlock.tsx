import { Button } from "@codegouvfr/react-dsfr/Button";
import { type ReactNode, useState } from "react";
import { downloadCsv } from "../../../api/client";
import { INDICATORS, type IndicatorFilters } from "../../../api/endpoints";
import { errorMessage } from "../../../api/problem";
import type { Ref } from "../../../api/types";
import { BarChart } from "../../../components/BarChart";
import { ErrorBox, Loading } from "../../../components/Status";
import { fmtNum } from "../../../format";
import { fmtFor, isRate, toBars, useIndicator } from "./indicators";

/** One indicator broken down by a dimension, as bars, with its CSV download. */
export function ChartBlock(props: {
  code: string;
  dim: string;
  title: string;
  periode: string;
  filters: IndicatorFilters;
  refs: Record<string, Ref[] | undefined>;
  withTarget?: boolean;
  description?: string;
  controls?: ReactNode;
}) {
  const { code, dim, title, periode, filters, refs, withTarget, description, controls } = props;
  const q = useIndicator(code, periode, filters, dim);
  const [dlError, setDlError] = useState<unknown>(null);
  const download = () =>
    downloadCsv(
      `${INDICATORS}/indicateurs/${code}`,
      { periode, par: dim, ...filters },
      `${code}_${dim}_${periode}.csv`,
    ).catch(setDlError);
  return (
    <div className="prf-card fr-p-2w">
      {controls}
      {q.isLoading ? (
        <Loading label={`Chargement : ${title}`} />
      ) : q.error ? (
        <ErrorBox error={q.error} title={title} onRetry={() => q.refetch()} />
      ) : (
        <BarChart
          title={title}
          description={description}
          bars={toBars(q.data, dim, refs, withTarget)}
          format={withTarget ? (v) => fmtNum(v, 0) : fmtFor(code)}
          max={isRate(code) && !withTarget ? 1 : undefined}
          targetLabel="Objectif d'entrées"
        />
      )}
      <Button size="small" priority="tertiary" iconId="fr-icon-download-line" onClick={() => void download()}>
        Télécharger (CSV)
      </Button>
      {dlError ? <p className="fr-error-text">{errorMessage(dlError)}</p> : null}
      {q.data?.donnees_au ? (
        <p className="fr-text--xs fr-mb-0">Données au {new Date(q.data.donnees_au).toLocaleString("fr-FR")}</p>
      ) : null}
    </div>
  );
}
