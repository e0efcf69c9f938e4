import { Link, useParams } from "react-router-dom";
import { useQuery } from "@tanstack/react-query";
import { getLotBilan } from "../../api/endpoints";
import { QueryState } from "../../components/Status";
import { BarChart } from "../../components/BarChart";
import { fmtNum, fmtPct } from "../../format";
import { DataTable } from "../../components/DataTable";

interface Cell {
  numerateur?: number | null;
  denominateur?: number | null;
  valeur?: number | null;
  secret?: boolean;
  total?: number | null;
  moyenne_par_lot?: number | null;
}

export interface BilanRow {
  code: string;
  libelle: string;
  lot: Cell;
  region: Cell;
  ecart?: number | null;
}

export interface Bilan {
  lot?: { lot_id?: string; numero?: string | number; intitule?: string; dispositif?: string; organisme?: string };
  periode?: string;
  indicateurs?: BilanRow[];
}

const isRate = (code: string) => code.startsWith("taux_") || code.startsWith("part_") || code.endsWith("_vs_objectif");

function show(code: string, c: Cell | undefined): string {
  if (!c) return "—";
  if (c.secret) return "secret statistique";
  if (c.valeur === undefined && c.moyenne_par_lot !== undefined)
    return `${fmtNum(c.moyenne_par_lot, 1)} par lot (total ${fmtNum(c.total, 0)})`;
  if (isRate(code)) {
    const detail = c.denominateur != null ? ` (${fmtNum(c.numerateur, 0)} / ${fmtNum(c.denominateur, 0)})` : "";
    return `${fmtPct(c.valeur ?? null)}${detail}`;
  }
  return fmtNum(c.valeur ?? null, 1);
}

/** The per-lot scorecard: each indicator for the lot beside the regional figure. */
export function BilanLot() {
  const { id = "" } = useParams();
  const q = useQuery({ queryKey: ["bilan", id], queryFn: () => getLotBilan(id) as Promise<Bilan> });
  return (
    <>
      <p>
        <Link to="/region/tableau-de-bord" className="fr-link fr-icon-arrow-left-line fr-link--icon-left">
          Tableau de bord
        </Link>
      </p>
      <QueryState query={q} label="Chargement du bilan…">
        {(b) => {
          const rows = b.indicateurs ?? [];
          const rates = rows.filter((r) => isRate(r.code));
          return (
            <>
              <h1>
                Bilan du lot {b.lot?.numero ?? ""} {b.lot?.intitule ? `— ${b.lot.intitule}` : ""}
              </h1>
              {b.periode ? <p>Période : {b.periode.replace("/", " → ")}</p> : null}
              <DataTable
                caption="Le lot comparé à la Région"
                rows={rows}
                rowKey={(r) => r.code}
                columns={[
                  { header: "Indicateur", rowHeader: true, cell: (r) => r.libelle },
                  { header: "Lot", cell: (r) => show(r.code, r.lot) },
                  { header: "Région", cell: (r) => show(r.code, r.region) },
                  {
                    header: "Écart",
                    cell: (r) =>
                      r.ecart == null
                        ? "—"
                        : isRate(r.code)
                          ? `${r.ecart > 0 ? "+" : ""}${fmtNum(r.ecart * 100, 1)} pts`
                          : fmtNum(r.ecart, 1),
                  },
                ]}
              />
              {rates.length > 0 && (
                <BarChart
                  title="Taux du lot et moyenne régionale"
                  targetLabel="Moyenne régionale"
                  max={1}
                  format={(v) => fmtPct(v)}
                  bars={rates.map((r) => ({
                    label: r.libelle,
                    value: r.lot?.valeur ?? null,
                    secret: r.lot?.secret,
                    target: r.region?.valeur ?? null,
                  }))}
                />
              )}
            </>
          );
        }}
      </QueryState>
    </>
  );
}
