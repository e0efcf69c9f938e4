import { useQuery } from "@tanstack/react-query";
import { getIndicator, type IndicatorFilters, refLabel } from "../../../api/endpoints";
import type { IndicatorResult, Ref } from "../../../api/types";
import type { Bar } from "../../../components/BarChart";
import { fmtNum, fmtPct } from "../../../format";

/** The dashboard's indicator plumbing: period choices, number formats, the polled query, bars from a result. */
export function periodOptions(now = new Date()): { value: string; label: string }[] {
  const y = now.getFullYear();
  const out: { value: string; label: string }[] = [];
  for (const year of [y, y - 1, y - 2, y - 3]) {
    out.push({ value: String(year), label: `Année ${year}` });
    for (let t = 1; t <= 4; t++)
      out.push({ value: `${year}-T${t}`, label: `${t}${t === 1 ? "er" : "e"} trimestre ${year}` });
  }
  for (let m = 0; m < 12; m++) {
    const d = new Date(y, now.getMonth() - m, 1);
    const v = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}`;
    out.push({ value: v, label: d.toLocaleDateString("fr-FR", { month: "long", year: "numeric" }) });
  }
  return out;
}

export const isRate = (code: string) => code.startsWith("taux_") || code.startsWith("part_");
export const fmtFor = (code: string) =>
  isRate(code) ? (v: number | null | undefined) => fmtPct(v) : (v: number | null | undefined) => fmtNum(v, 0);

export function useIndicator(code: string, periode: string, filters: IndicatorFilters, par?: string) {
  return useQuery({
    queryKey: ["indicator", code, periode, par ?? "", filters],
    queryFn: () => getIndicator(code, { periode, par, ...filters }),
    refetchInterval: 15000,
  });
}

function dimLabel(dim: string, code: string | null | undefined, refs: Record<string, Ref[] | undefined>): string {
  if (code == null) return "Non renseigné";
  return refLabel(refs[dim], code);
}

export function toBars(
  res: IndicatorResult | undefined,
  dim: string,
  refs: Record<string, Ref[] | undefined>,
  withTarget = false,
): Bar[] {
  if (!res) return [];
  return res.valeurs.map((r) => {
    const code = r.dimensions?.[dim] ?? null;
    const prorata = r.objectif_proratise_a_date ?? r.denominateur;
    return {
      label: dimLabel(dim, code, refs),
      value: withTarget ? r.numerateur : r.valeur,
      target: withTarget ? (r.objectif_total ?? r.denominateur) : undefined,
      secret: r.secret,
      detail: r.secret
        ? undefined
        : withTarget
          ? `objectif à date : ${fmtNum(prorata, 0)} (${fmtPct(r.valeur)} atteint)`
          : `${fmtNum(r.numerateur, 1)} / ${fmtNum(r.denominateur, 1)}`,
    };
  });
}
