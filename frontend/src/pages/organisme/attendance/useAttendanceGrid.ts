import { type KeyboardEvent, useRef, useState } from "react";
import { errorMessage } from "../../../api/problem";
import type { Presence, PresencesResult } from "../../../api/types";
import { addDays } from "../../../format";
import {
  type Cell,
  cellKey,
  cellsFrom,
  collect,
  EMPTY_CELL,
  FIELDS,
  type Field,
  fillEmpty,
  type GridRow,
} from "./cells";

export interface GridOptions {
  rows: GridRow[];
  weekStart: string; // a Monday
  days: number;
  initial: Presence[];
  defaultHours: number;
  save: (presences: Presence[]) => Promise<PresencesResult>;
  onSaved?: (r: PresencesResult) => void;
}

export type SaveStatus = { kind: "idle" | "saving" | "done" | "error"; text?: string };

/** The grid's typed cells, its errors per cell, keyboard moves between cells and the one save. */
export function useAttendanceGrid({ rows, weekStart, days, initial, defaultHours, save, onSaved }: GridOptions) {
  const dates = Array.from({ length: days }, (_, i) => addDays(weekStart, i));
  const [cells, setCells] = useState<Record<string, Cell>>(() => cellsFrom(initial));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<SaveStatus>({ kind: "idle" });
  const table = useRef<HTMLTableElement>(null);

  const cell = (pid: string, d: string): Cell => cells[cellKey(pid, d)] ?? EMPTY_CELL;
  const update = (pid: string, d: string, f: Field, v: string) => {
    setCells((c) => ({ ...c, [cellKey(pid, d)]: { ...(c[cellKey(pid, d)] ?? EMPTY_CELL), [f]: v } }));
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
        // On a select, ↓ changes the value; Alt+↓ opens it. Use Enter to move down.
        if (isSelect && e.key === "ArrowDown" && !e.altKey) return;
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

  const fillAll = () => setCells((c) => fillEmpty(c, rows, dates, defaultHours));

  async function onSave() {
    const { items, where, local } = collect(cells, rows, dates);
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

  return { dates, table, cell, errors, status, update, onKey, fillAll, onSave };
}
