import type { SessionItem } from "./api/types";

export function fmtDate(iso: string | null | undefined): string {
  if (!iso) return "—";
  const [y, m, d] = iso.slice(0, 10).split("-");
  if (!y || !m || !d) return iso;
  return `${d}/${m}/${y}`;
}

export function fmtPct(v: number | null | undefined, digits = 0): string {
  if (v === null || v === undefined || Number.isNaN(v)) return "—";
  return `${(v * 100).toLocaleString("fr-FR", { maximumFractionDigits: digits, minimumFractionDigits: digits })} %`;
}

export function fmtNum(v: number | null | undefined, digits = 1): string {
  if (v === null || v === undefined || Number.isNaN(v)) return "—";
  return v.toLocaleString("fr-FR", { maximumFractionDigits: digits });
}

export function today(): string {
  const d = new Date();
  return isoDate(d);
}

export function isoDate(d: Date): string {
  const z = new Date(d.getTime() - d.getTimezoneOffset() * 60000);
  return z.toISOString().slice(0, 10);
}

export function addDays(iso: string, n: number): string {
  const [y, m, d] = iso.split("-").map(Number);
  const dt = new Date(Date.UTC(y, m - 1, d + n));
  return dt.toISOString().slice(0, 10);
}

/** The Monday of the week containing `iso`. */
export function mondayOf(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  const dt = new Date(Date.UTC(y, m - 1, d));
  const dow = (dt.getUTCDay() + 6) % 7;
  return addDays(iso, -dow);
}

export const STATUT_CANDIDATURE: Record<
  string,
  { label: string; severity: "info" | "success" | "error" | "warning" | "new" }
> = {
  TRANSMISE: { label: "Transmise", severity: "info" },
  EN_POSITIONNEMENT: { label: "En positionnement", severity: "new" },
  ACCEPTEE: { label: "Acceptée", severity: "success" },
  REFUSEE: { label: "Refusée", severity: "error" },
  ANNULEE: { label: "Annulée", severity: "warning" },
  EXPIREE: { label: "Expirée", severity: "warning" },
};

export const STATUT_PARCOURS: Record<
  string,
  { label: string; severity: "info" | "success" | "error" | "warning" | "new" }
> = {
  EN_FORMATION: { label: "En formation", severity: "success" },
  SUSPENDU: { label: "Suspendu", severity: "warning" },
  SORTI: { label: "Sorti", severity: "info" },
};

// Readers for session fields whose exact nesting depends on the catalogue's answer.
export function sessionTitle(s: Partial<SessionItem> | null | undefined): string {
  if (!s) return "Session";
  return s.formation?.intitule ?? "Formation";
}

export function sessionPlace(s: Partial<SessionItem> | null | undefined): string {
  const l = s?.lieu;
  if (!l) return "—";
  return [l.commune, l.departement ? `(${l.departement})` : ""].filter(Boolean).join(" ");
}

export function sessionCertification(s: Partial<SessionItem> | null | undefined): string {
  const c = s?.formation?.certification;
  if (!c) return "—";
  const code = c.code_rncp ?? "";
  const label = c.intitule ?? "";
  const niveau = c.niveau ? `niveau ${c.niveau}` : "";
  return [code, label, niveau].filter(Boolean).join(" — ") || "—";
}

export function sessionDispositif(s: Partial<SessionItem> | null | undefined): string | undefined {
  const d = s?.dispositif;
  if (!d) return undefined;
  return typeof d === "string" ? d : d.code;
}

export function sessionOrganisme(s: Partial<SessionItem> | null | undefined): string {
  const o = s?.organisme;
  if (!o) return "—";
  return o.raison_sociale ?? o.siret ?? "—";
}

export function stagiaireName(s: { nom?: string; prenom?: string } | undefined | null): string {
  if (!s) return "—";
  return [s.prenom, s.nom?.toUpperCase()].filter(Boolean).join(" ") || "—";
}
