// The attendance grid's cells as typed text, and their reading into the rows POST /presences takes.
import type { Presence } from "../../../api/types";

export interface GridRow {
  parcours_id: string;
  nom: string;
}

export interface Cell {
  p: string; // heures de présence (texte saisi)
  a: string; // heures d'absence
  m: "" | "JUSTIFIEE" | "INJUSTIFIEE";
}

export type Field = "p" | "a" | "m";
export const FIELDS: Field[] = ["p", "a", "m"];
export const DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"];
export const EMPTY_CELL: Cell = { p: "", a: "", m: "" };

export const cellKey = (pid: string, date: string) => `${pid}|${date}`;

/** Hours as typed ("7", "3,5"): null when empty, NaN when not a number. */
export function parseHours(s: string): number | null {
  const t = s.trim().replace(",", ".");
  if (t === "") return null;
  if (!/^\d+(\.\d+)?$/.test(t)) return NaN;
  return Number(t);
}

const asText = (h: number) => String(h).replace(".", ",");

/** The grid's cells for attendance already recorded. */
export function cellsFrom(initial: Presence[]): Record<string, Cell> {
  const init: Record<string, Cell> = {};
  for (const pr of initial)
    init[cellKey(pr.parcours_id, pr.date)] = {
      p: pr.heures_presence ? asText(pr.heures_presence) : pr.heures_presence === 0 ? "0" : "",
      a: pr.heures_absence ? asText(pr.heures_absence) : "",
      m: pr.motif_absence ?? "",
    };
  return init;
}

/** Empty cells get `hours` of presence; cells already typed are kept. */
export function fillEmpty(cells: Record<string, Cell>, rows: GridRow[], dates: string[], hours: number) {
  const next = { ...cells };
  for (const row of rows)
    for (const d of dates) {
      const k = cellKey(row.parcours_id, d);
      if (!next[k] || (next[k].p === "" && next[k].a === "")) next[k] = { p: String(hours), a: "0", m: "" };
    }
  return next;
}

/**
 * The typed cells as presences, with the cell each one came from (`where[i]`, to place the API's
 * per-row errors) and the cells refused before sending (`local`).
 */
export function collect(
  cells: Record<string, Cell>,
  rows: GridRow[],
  dates: string[],
): { items: Presence[]; where: string[]; local: Record<string, string> } {
  const items: Presence[] = [];
  const where: string[] = [];
  const local: Record<string, string> = {};
  for (const row of rows)
    for (const d of dates) {
      const k = cellKey(row.parcours_id, d);
      const c = cells[k];
      if (!c || (c.p.trim() === "" && c.a.trim() === "")) continue;
      const p = parseHours(c.p) ?? 0;
      const a = parseHours(c.a) ?? 0;
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
