import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import type { Presence, PresencesResult } from "../../api/types";
import { fmtDate } from "../../format";
import { cellKey, DAYS, FIELDS, type GridRow } from "./attendance/cells";
import { useAttendanceGrid } from "./attendance/useAttendanceGrid";

export { type GridRow, parseHours } from "./attendance/cells";

interface Props {
  rows: GridRow[];
  weekStart: string; // a Monday
  days?: number; // 5 (lundi–vendredi) by default
  initial?: Presence[];
  defaultHours?: number;
  save: (presences: Presence[]) => Promise<PresencesResult>;
  onSaved?: (r: PresencesResult) => void;
}

/**
 * Weekly attendance grid: one row per trainee, per day hours present, hours absent and the absence's
 * reason. Arrow keys move between cells (↑ ↓ between trainees, ← → between fields and days), Enter goes
 * down; one button saves the whole grid in a single POST /presences.
 */
export function AttendanceGrid({ rows, weekStart, days = 5, initial = [], defaultHours = 7, save, onSaved }: Props) {
  const g = useAttendanceGrid({ rows, weekStart, days, initial, defaultHours, save, onSaved });
  return (
    <div>
      <div className="prf-toolbar">
        <Button priority="secondary" size="small" onClick={g.fillAll} iconId="fr-icon-check-line">
          Compléter les cases vides : {defaultHours} h de présence par jour
        </Button>
      </div>
      <p className="fr-text--sm" id="grid-help">
        Flèches : se déplacer dans la grille · Entrée : stagiaire suivant · décimales avec une virgule (3,5).
      </p>
      <div className="fr-table prf-table prf-grid">
        <table ref={g.table} aria-describedby="grid-help">
          <caption>Émargement de la semaine du {fmtDate(weekStart)}</caption>
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                Stagiaire
              </th>
              {g.dates.map((d, i) => (
                <th key={d} scope="colgroup" colSpan={3}>
                  {DAYS[i]} {fmtDate(d).slice(0, 5)}
                </th>
              ))}
            </tr>
            <tr>
              {g.dates.map((d) => (
                <FieldHeaders key={d} />
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, r) => (
              <tr key={row.parcours_id}>
                <th scope="row">{row.nom}</th>
                {g.dates.map((d, di) => {
                  const c = g.cell(row.parcours_id, d);
                  const err = g.errors[cellKey(row.parcours_id, d)];
                  const label = `${row.nom}, ${DAYS[di]} ${fmtDate(d)}`;
                  const errId = err ? `err-${r}-${di}` : undefined;
                  return FIELDS.map((f, fi) => {
                    const col = di * FIELDS.length + fi;
                    return (
                      <td key={d + f} className={err ? "prf-cell--error" : undefined}>
                        {f === "m" ? (
                          <select
                            className="fr-select prf-cell"
                            aria-label={`${label} : motif d'absence`}
                            value={c.m}
                            data-r={r}
                            data-c={col}
                            onKeyDown={(e) => g.onKey(e, r, col)}
                            onChange={(e) => g.update(row.parcours_id, d, "m", e.target.value)}
                            aria-describedby={errId}
                          >
                            <option value="">—</option>
                            <option value="JUSTIFIEE">Justifiée</option>
                            <option value="INJUSTIFIEE">Injustifiée</option>
                          </select>
                        ) : (
                          <input
                            className="fr-input prf-cell"
                            inputMode="decimal"
                            aria-label={`${label} : heures ${f === "p" ? "de présence" : "d'absence"}`}
                            aria-invalid={err ? true : undefined}
                            aria-describedby={errId}
                            value={c[f]}
                            data-r={r}
                            data-c={col}
                            onKeyDown={(e) => g.onKey(e, r, col)}
                            onChange={(e) => g.update(row.parcours_id, d, f, e.target.value)}
                          />
                        )}
                        {err && fi === 0 ? (
                          <span id={errId} className="fr-error-text prf-cell-error">
                            {err}
                          </span>
                        ) : null}
                      </td>
                    );
                  });
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div aria-live="polite">
        {g.status.kind === "done" && <Alert severity="success" small description={g.status.text ?? ""} />}
        {g.status.kind === "error" && <Alert severity="error" small description={g.status.text ?? ""} />}
      </div>
      <Button
        className="fr-mt-2w"
        onClick={() => void g.onSave()}
        disabled={g.status.kind === "saving"}
        iconId="fr-icon-save-line"
      >
        {g.status.kind === "saving" ? "Enregistrement…" : "Enregistrer la semaine"}
      </Button>
    </div>
  );
}

function FieldHeaders() {
  return (
    <>
      <th scope="col">
        <abbr title="heures de présence">Prés.</abbr>
      </th>
      <th scope="col">
        <abbr title="heures d'absence">Abs.</abbr>
      </th>
      <th scope="col">Motif</th>
    </>
  );
}
