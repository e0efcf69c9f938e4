import { useRef, useState, type KeyboardEvent } from "react";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { Presence, PresencesResult } from "../../api/types";
import { errorMessage } from "../../api/problem";
import { addDays, fmtDate } from "../../format";

export interface GridRow {
  parcours_id: string;
  nom: string;
}

interface Cell {
  p: string; // heures de présence (texte saisi)
  a: string; // heures d'absence
  m: "" | "JUSTIFIEE" | "INJUSTIFIEE";
}

type Field = "p" | "a" | "m";
const FIELDS: Field[] = ["p", "a", "m"];
const DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"];

export function parseHours(s: string): number | null {
  const t = s.trim().replace(",", ".");
  if (t === "") return null;
  if (!/^\d+(\.\d+)?$/.test(t)) return NaN;
  return Number(t);
}

interface Props {
  rows: GridRow[];
  weekStart: string; // a Monday
  days?: number; // 5 (lundi–vendredi) by default
  initial?: Presence[];
  defaultHours?: number;
  save: (presences: Presence[]) => Promise<PresencesResult>;
  onSaved?: (r: PresencesResult) => void;
}

const key = (pid: string, date: string) => `${pid}|${date}`;

/**
 * Weekly attendance grid: one row per trainee, per day hours present, hours absent and the absence's
 * reason. Arrow keys move between cells (↑ ↓ between trainees, ← → between fields and days), Enter goes
 * down; one button saves the whole grid in a single POST /presences.
 */
export function AttendanceGrid({ rows, weekStart, days = 5, initial = [], defaultHours = 7, save, onSaved }: Props) {
  const dates = Array.from({ length: days }, (_, i) => addDays(weekStart, i));
  const [cells, setCells] = useState<Record<string, Cell>>(() => {
    const init: Record<string, Cell> = {};
    for (const pr of initial)
      init[key(pr.parcours_id, pr.date)] = {
        p: pr.heures_presence ? String(pr.heures_presence).replace(".", ",") : pr.heures_presence === 0 ? "0" : "",
        a: pr.heures_absence ? String(pr.heures_absence).replace(".", ",") : "",
        m: (pr.motif_absence as Cell["m"]) ?? "",
      };
    return init;
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<{ kind: "idle" | "saving" | "done" | "error"; text?: string }>({ kind: "idle" });
  const table = useRef<HTMLTableElement>(null);

  const cell = (pid: string, d: string): Cell => cells[key(pid, d)] ?? { p: "", a: "", m: "" };
  const update = (pid: string, d: string, f: Field, v: string) => {
    setCells((c) => ({ ...c, [key(pid, d)]: { ...cell(pid, d), [f]: v } }));
    setStatus({ kind: "idle" });
  };

  function focus(r: number, c: number) {
    const el = table.current?.querySelector<HTMLElement>(`[data-r="${r}"][data-c="${c}"]`);
    if (el) {
      el.focus();
      if (el instanceof HTMLInputElement) el.select();
    }
  }

  function onKey(e: KeyboardEvent<HTMLElement>, r: number, c: number) {
    const cols = dates.length * FIELDS.length;
    const isSelect = e.currentTarget.tagName === "SELECT";
    switch (e.key) {
      case "ArrowDown":
      case "Enter":
        if (isSelect && e.key === "ArrowDown" && !e.altKey) {
          // On a select, ↓ changes the value; Alt+↓ opens it. Use Enter to move down.
          return;
        }
        e.preventDefault();
        focus(Math.min(rows.length - 1, r + 1), c);
        break;
      case "ArrowUp":
        if (isSelect) return;
        e.preventDefault();
        focus(Math.max(0, r - 1), c);
        break;
      case "ArrowRight":
        e.preventDefault();
        focus(r, Math.min(cols - 1, c + 1));
        break;
      case "ArrowLeft":
        e.preventDefault();
        focus(r, Math.max(0, c - 1));
        break;
    }
  }

  function fillAll() {
    setCells((c) => {
      const next = { ...c };
      for (const row of rows)
        for (const d of dates) {
          const k = key(row.parcours_id, d);
          if (!next[k] || (next[k].p === "" && next[k].a === "")) next[k] = { p: String(defaultHours), a: "0", m: "" };
        }
      return next;
    });
  }

  function collect(): { items: Presence[]; where: string[]; local: Record<string, string> } {
    const items: Presence[] = [];
    const where: string[] = [];
    const local: Record<string, string> = {};
    for (const row of rows)
      for (const d of dates) {
        const c = cells[key(row.parcours_id, d)];
        if (!c || (c.p.trim() === "" && c.a.trim() === "")) continue;
        const p = parseHours(c.p) ?? 0;
        const a = parseHours(c.a) ?? 0;
        const k = key(row.parcours_id, d);
        if (Number.isNaN(p) || Number.isNaN(a)) {
          local[k] = "Saisissez un nombre d'heures (ex. 7 ou 3,5).";
          continue;
        }
        if (p + a > 24) {
          local[k] = "Plus de 24 heures dans la journée.";
          continue;
        }
        items.push({
          parcours_id: row.parcours_id,
          date: d,
          heures_presence: p,
          heures_absence: a,
          motif_absence: a > 0 ? c.m || "INJUSTIFIEE" : null,
        });
        where.push(k);
      }
    return { items, where, local };
  }

  async function onSave() {
    const { items, where, local } = collect();
    setErrors(local);
    if (Object.keys(local).length) {
      setStatus({ kind: "error", text: "Corrigez les cases signalées avant d'enregistrer." });
      return;
    }
    if (items.length === 0) {
      setStatus({ kind: "error", text: "Aucune présence saisie pour cette semaine." });
      return;
    }
    setStatus({ kind: "saving" });
    try {
      const res = await save(items);
      const errs: Record<string, string> = {};
      for (const e of res.erreurs ?? []) {
        const k = where[e.index];
        if (k) errs[k] = e.message;
      }
      setErrors(errs);
      const n = res.erreurs?.length ?? 0;
      setStatus({
        kind: n ? "error" : "done",
        text: n
          ? `${res.appliquees} présence(s) enregistrée(s), ${n} refusée(s) : voir les cases signalées.`
          : `${res.appliquees} présence(s) enregistrée(s).`,
      });
      onSaved?.(res);
    } catch (e) {
      setStatus({ kind: "error", text: errorMessage(e) });
    }
  }

  return (
    <div>
      <div className="prf-toolbar">
        <Button priority="secondary" size="small" onClick={fillAll} iconId="fr-icon-check-line">
          Compléter les cases vides : {defaultHours} h de présence par jour
        </Button>
      </div>
      <p className="fr-text--sm" id="grid-help">
        Flèches : se déplacer dans la grille · Entrée : stagiaire suivant · décimales avec une virgule (3,5).
      </p>
      <div className="fr-table prf-table prf-grid">
        <table ref={table} aria-describedby="grid-help">
          <caption>Émargement de la semaine du {fmtDate(weekStart)}</caption>
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                Stagiaire
              </th>
              {dates.map((d, i) => (
                <th key={d} scope="colgroup" colSpan={3}>
                  {DAYS[i]} {fmtDate(d).slice(0, 5)}
                </th>
              ))}
            </tr>
            <tr>
              {dates.map((d) => (
                <FieldHeaders key={d} />
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, r) => (
              <tr key={row.parcours_id}>
                <th scope="row">{row.nom}</th>
                {dates.map((d, di) => {
                  const c = cell(row.parcours_id, d);
                  const err = errors[key(row.parcours_id, d)];
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
                            onKeyDown={(e) => onKey(e, r, col)}
                            onChange={(e) => update(row.parcours_id, d, "m", e.target.value)}
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
                            onKeyDown={(e) => onKey(e, r, col)}
                            onChange={(e) => update(row.parcours_id, d, f, e.target.value)}
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
        {status.kind === "done" && <Alert severity="success" small description={status.text ?? ""} />}
        {status.kind === "error" && <Alert severity="error" small description={status.text ?? ""} />}
      </div>
      <Button className="fr-mt-2w" onClick={() => void onSave()} disabled={status.kind === "saving"} iconId="fr-icon-save-line">
        {status.kind === "saving" ? "Enregistrement…" : "Enregistrer la semaine"}
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
