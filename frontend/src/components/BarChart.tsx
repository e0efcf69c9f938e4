import { useId } from "react";

export interface Bar {
  label: string;
  value: number | null; // null: suppressed or unknown
  target?: number | null; // e.g. the entry objective
  secret?: boolean;
  detail?: string;
}

interface Props {
  title: string;
  bars: Bar[];
  format: (v: number | null | undefined) => string;
  max?: number;
  targetLabel?: string;
  description?: string;
}

const ROW = 28;
const LABEL_W = 190;
const VALUE_W = 90;
const WIDTH = 640;

/**
 * Horizontal bar chart drawn in SVG (no chart library), with an optional target marker per bar and the same
 * figures in a table for screen readers and for reading exact values.
 */
export function BarChart({ title, bars, format, max, targetLabel = "Objectif", description }: Props) {
  const id = useId();
  const top = Math.max(1e-9, max ?? Math.max(0, ...bars.map((b) => Math.max(b.value ?? 0, b.target ?? 0))));
  const plotW = WIDTH - LABEL_W - VALUE_W;
  const height = bars.length * ROW + 8;
  const hasTarget = bars.some((b) => b.target != null);
  return (
    <figure className="prf-chart" aria-labelledby={`${id}-t`}>
      <figcaption id={`${id}-t`} className="fr-text--bold">
        {title}
      </figcaption>
      {description ? <p className="fr-text--xs fr-mb-1w">{description}</p> : null}
      {bars.length === 0 ? (
        <p className="fr-text--sm">Pas de données pour cette période.</p>
      ) : (
        <svg
          viewBox={`0 0 ${WIDTH} ${height}`}
          width="100%"
          role="img"
          aria-labelledby={`${id}-t`}
          className="prf-chart__svg"
        >
          <title>{title}</title>
          {bars.map((b, i) => {
            const y = i * ROW + 4;
            const w = b.value == null ? 0 : (Math.max(0, b.value) / top) * plotW;
            return (
              <g key={b.label}>
                <text x={LABEL_W - 8} y={y + ROW / 2 + 4} textAnchor="end" className="prf-chart__label">
                  {b.label.length > 28 ? `${b.label.slice(0, 27)}…` : b.label}
                </text>
                <rect x={LABEL_W} y={y + 4} width={plotW} height={ROW - 10} className="prf-chart__track" />
                {b.secret ? (
                  <rect x={LABEL_W} y={y + 4} width={plotW} height={ROW - 10} className="prf-chart__secret" />
                ) : (
                  <rect x={LABEL_W} y={y + 4} width={w} height={ROW - 10} className="prf-chart__bar" />
                )}
                {b.target != null && (
                  <line
                    x1={LABEL_W + (b.target / top) * plotW}
                    x2={LABEL_W + (b.target / top) * plotW}
                    y1={y + 1}
                    y2={y + ROW - 3}
                    className="prf-chart__target"
                  />
                )}
                <text x={LABEL_W + plotW + 6} y={y + ROW / 2 + 4} className="prf-chart__value">
                  {b.secret ? "secret" : format(b.value)}
                </text>
              </g>
            );
          })}
        </svg>
      )}
      {hasTarget && (
        <p className="fr-text--xs prf-chart__legend">
          <span className="prf-chart__legend-bar" aria-hidden="true" /> Réalisé ·{" "}
          <span className="prf-chart__legend-target" aria-hidden="true" /> {targetLabel}
        </p>
      )}
      {bars.length > 0 && (
        <details className="prf-chart__data">
          <summary>Voir les données</summary>
          <div className="fr-table prf-table">
            <table>
              <caption className="fr-sr-only">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">Libellé</th>
                  <th scope="col">Valeur</th>
                  {hasTarget && <th scope="col">{targetLabel}</th>}
                  <th scope="col">Détail</th>
                </tr>
              </thead>
              <tbody>
                {bars.map((b) => (
                  <tr key={b.label}>
                    <th scope="row">{b.label}</th>
                    <td>{b.secret ? "secret statistique" : format(b.value)}</td>
                    {hasTarget && <td>{format(b.target)}</td>}
                    <td>{b.detail ?? ""}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </figure>
  );
}
