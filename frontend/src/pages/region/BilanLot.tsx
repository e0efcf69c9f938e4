import { Link, useParams } from "react-router-dom";
import { useQuery } from "@tanstack/react-query";
import { getLotBilan } from "../../api/endpoints";
import { QueryState } from "../../components/Status";
import { fmtNum, fmtPct } from "../../format";

const LABELS: Record<string, string> = {
  places_ouvertes: "Places achetées",
  entrees: "Entrées",
  taux_remplissage: "Taux de remplissage",
  taux_rupture: "Taux de rupture",
  taux_rupture_nette: "Taux de rupture nette",
  taux_reussite_certification: "Réussite à la certification",
  taux_acces_emploi_6m: "Accès à l'emploi à 6 mois",
  entrees_vs_objectif: "Entrées / objectif",
};

type Cell = number | null | undefined | { valeur?: number | null; secret?: boolean };
const val = (c: Cell) => (c && typeof c === "object" ? c.valeur : c);
const fmt = (code: string, c: Cell) => {
  if (c && typeof c === "object" && c.secret) return "secret";
  const v = val(c);
  return code.startsWith("taux_") || code.includes("_vs_") ? fmtPct(v ?? null) : fmtNum(v ?? null, 0);
};

/** Normalises the scorecard into rows {code, lot, region}, whatever its exact nesting. */
export function bilanRows(b: Record<string, unknown>): { code: string; lot: Cell; region: Cell }[] {
  const ind = (b.indicateurs ?? b.valeurs ?? b.lignes) as unknown;
  if (Array.isArray(ind))
    return ind.map((r: Record<string, unknown>) => ({
      code: String(r.code ?? r.indicateur ?? ""),
      lot: (r.lot ?? r.valeur_lot ?? r.valeur) as Cell,
      region: (r.region ?? r.moyenne_regionale ?? r.valeur_region) as Cell,
    }));
  if (ind && typeof ind === "object")
    return Object.entries(ind as Record<string, Record<string, Cell>>).map(([code, r]) => ({
      code,
      lot: (r?.lot ?? r?.valeur) as Cell,
      region: (r?.region ?? r?.moyenne_regionale) as Cell,
    }));
  const lot = (b.lot_valeurs ?? b.lot) as Record<string, Cell> | undefined;
  const region = (b.region ?? b.moyenne_regionale) as Record<string, Cell> | undefined;
  if (lot && typeof lot === "object")
    return Object.keys(LABELS)
      .filter((k) => k in lot)
      .map((k) => ({ code: k, lot: lot[k], region: region?.[k] }));
  return [];
}

export function BilanLot() {
  const { id = "" } = useParams();
  const q = useQuery({ queryKey: ["bilan", id], queryFn: () => getLotBilan(id) });
  return (
    <>
      <p>
        <Link to="/region/tableau-de-bord" className="fr-link fr-icon-arrow-left-line fr-link--icon-left">
          Tableau de bord
        </Link>
      </p>
      <QueryState query={q} label="Chargement du bilan…">
        {(b) => {
          const lot = (b.lot ?? {}) as Record<string, unknown>;
          const title = typeof lot === "object" && lot.intitule ? `Lot ${lot.numero ?? ""} — ${lot.intitule}` : `Lot ${id}`;
          const rows = bilanRows(b);
          return (
            <>
              <h1>Bilan du {title}</h1>
              {b.periode ? <p>Période : {String(b.periode)}</p> : null}
              <div className="fr-table prf-table">
                <table>
                  <caption>Le lot comparé à la moyenne régionale</caption>
                  <thead>
                    <tr>
                      <th scope="col">Indicateur</th>
                      <th scope="col">Lot</th>
                      <th scope="col">Moyenne régionale</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((r) => (
                      <tr key={r.code}>
                        <th scope="row">{LABELS[r.code] ?? r.code}</th>
                        <td>{fmt(r.code, r.lot)}</td>
                        <td>{fmt(r.code, r.region)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          );
        }}
      </QueryState>
    </>
  );
}
