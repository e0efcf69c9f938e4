import { useSyncExternalStore } from "react";

// A refused candidature the conseiller is placing on another session (kept in memory while they search).
export interface Rework {
  id: string;
  name: string;
}

let current: Rework | null = null;
const listeners = new Set<() => void>();

export function setRework(r: Rework | null): void {
  current = r;
  for (const l of listeners) l();
}

export function useRework(): Rework | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
  );
}
