import { Select } from "@codegouvfr/react-dsfr/Select";
import { Link } from "react-router-dom";
import { refLabel } from "../../api/endpoints";
import { RegionMap } from "../../components/RegionMap";
import { ErrorBox, Loading } from "../../components/Status";
import { fmtNum, fmtPct } from "../../format";
import { ChartBlock } from "./dashboard/ChartBlock";
import { DashboardFilters } from "./dashboard/DashboardFilters";
import { Kpi } from "./dashboard/Kpi";
import { useDashboard } from "./dashboard/useDashboard";

export { periodOptions, toBars } from "./dashboard/indicators";

/** The Région's dashboard: key figures, breakdowns, the map and the lots' progress for the chosen filters. */
export function Dashboard() {
  const d = useDashboard();
  const { periode, parObjectif, setParObjectif, lotsRef, refs, filters, map, lots } = d;

  return (
    <>
      <h1>Tableau de bord</h1>
      <DashboardFilters {...d} />
      <section aria-label="Chiffres clés" className="prf-kpis">
        <Kpi code="entrees" label="Entrées en formation" periode={periode} filters={filters} />
        <Kpi code="places_ouvertes" label="Places ouvertes" periode={periode} filters={filters} />
        <Kpi code="taux_remplissage" label="Taux de remplissage" periode={periode} filters={filters} />
        <Kpi code="taux_rupture" label="Taux de rupture" periode={periode} filters={filters} />
        <Kpi code="taux_acces_emploi_6m" label="Accès à l'emploi à 6 mois" periode={periode} filters={filters} />
      </section>
      <div className="prf-charts">
        <ChartBlock
          code="entrees_vs_objectif"
          dim={parObjectif}
          withTarget
          title="Entrées et objectifs d'entrées"
          periode={periode}
          filters={filters}
          refs={refs}
          description="Barre : entrées réalisées ; trait : objectif d'entrées."
          controls={
            <Select
              label="Comparer par"
              className="prf-sort"
              nativeSelectProps={{ value: parObjectif, onChange: (e) => setParObjectif(e.target.value) }}
            >
              <option value="dispositif">dispositif</option>
              <option value="lot">lot</option>
              <option value="departement">département</option>
            </Select>
          }
        />
        <ChartBlock
          code="taux_remplissage"
          dim="territoire"
          title="Taux de remplissage par territoire"
          periode={periode}
          filters={filters}
          refs={refs}
        />
        <ChartBlock
          code="taux_rupture"
          dim="niveau"
          title="Taux de rupture par niveau de diplôme"
          periode={periode}
          filters={filters}
          refs={refs}
        />
        <ChartBlock
          code="taux_acces_emploi_6m"
          dim="dispositif"
          title="Accès à l'emploi à 6 mois par dispositif"
          periode={periode}
          filters={filters}
          refs={refs}
        />
        <div className="prf-card fr-p-2w">
          {map.isLoading ? (
            <Loading label="Chargement de la carte…" />
          ) : map.error ? (
            <ErrorBox error={map.error} title="Carte indisponible" />
          ) : (
            <RegionMap
              title="Taux de remplissage par département"
              format={(v) => fmtPct(v)}
              values={(map.data?.valeurs ?? []).map((r) => ({
                code: String(r.dimensions?.departement ?? ""),
                value: r.valeur,
                secret: r.secret,
              }))}
            />
          )}
        </div>
      </div>
      <section className="fr-mt-4w" aria-labelledby="bilans">
        <h2 id="bilans">Bilans par lot</h2>
        {lots.isLoading ? (
          <Loading />
        ) : lots.error ? (
          <ErrorBox error={lots.error} />
        ) : (
          <ul className="prf-lots">
            {(lots.data?.valeurs ?? [])
              .filter((r) => r.dimensions?.lot)
              .map((r) => (
                <li key={String(r.dimensions.lot)}>
                  <Link to={`/region/lots/${r.dimensions.lot}/bilan`}>{refLabel(lotsRef.data, r.dimensions.lot)}</Link>{" "}
                  — {fmtNum(r.numerateur, 0)} entrée(s) pour un objectif de{" "}
                  {fmtNum(r.objectif_total ?? r.denominateur, 0)} (
                  {fmtNum(r.objectif_proratise_a_date ?? r.denominateur, 0)} à date)
                </li>
              ))}
          </ul>
        )}
        <p>
          <Link to="/region/offre">Voir tous les lots de l'offre</Link>
        </p>
      </section>
    </>
  );
}
