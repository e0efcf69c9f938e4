import { useState, type ReactNode } from "react";
import { Link } from "react-router-dom";
import { useQuery } from "@tanstack/react-query";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { Button } from "@codegouvfr/react-dsfr/Button";
import {
  getIndicator,
  INDICATORS,
  listLots,
  refLabel,
  useReferentiel,
  type IndicatorFilters,
} from "../../api/endpoints";
import { downloadCsv } from "../../api/client";
import { BarChart, type Bar } from "../../components/BarChart";
import { RegionMap } from "../../components/RegionMap";
import { ErrorBox, Loading } from "../../components/Status";
import { fmtNum, fmtPct } from "../../format";
import type { IndicatorResult, Ref } from "../../api/types";
import { errorMessage } from "../../api/problem";

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

const isRate = (code: string) => code.startsWith("taux_") || code.startsWith("part_");
const fmtFor = (code: string) =>
  isRate(code) ? (v: number | null | undefined) => fmtPct(v) : (v: number | null | undefined) => fmtNum(v, 0);

function useIndicator(code: string, periode: string, filters: IndicatorFilters, par?: string) {
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

function Kpi({
  code,
  label,
  periode,
  filters,
}: {
  code: string;
  label: string;
  periode: string;
  filters: IndicatorFilters;
}) {
  const q = useIndicator(code, periode, filters);
  const row = q.data?.valeurs?.[0];
  return (
    <div className="prf-kpi" data-code={code}>
      <p className="prf-kpi__label">{label}</p>
      <p className="prf-kpi__value" aria-live="polite">
        {q.isLoading ? "…" : q.error ? "indisponible" : row?.secret ? "secret" : fmtFor(code)(row?.valeur)}
      </p>
      {row && !row.secret && isRate(code) ? (
        <p className="fr-text--xs fr-mb-0">
          {fmtNum(row.numerateur, 0)} / {fmtNum(row.denominateur, 0)}
        </p>
      ) : null}
    </div>
  );
}

function ChartBlock(props: {
  code: string;
  dim: string;
  title: string;
  periode: string;
  filters: IndicatorFilters;
  refs: Record<string, Ref[] | undefined>;
  withTarget?: boolean;
  description?: string;
  controls?: ReactNode;
}) {
  const { code, dim, title, periode, filters, refs, withTarget, description, controls } = props;
  const q = useIndicator(code, periode, filters, dim);
  const [dlError, setDlError] = useState<unknown>(null);
  const download = () =>
    downloadCsv(
      `${INDICATORS}/indicateurs/${code}`,
      { periode, par: dim, ...filters },
      `${code}_${dim}_${periode}.csv`,
    ).catch(setDlError);
  return (
    <div className="prf-card fr-p-2w">
      {controls}
      {q.isLoading ? (
        <Loading label={`Chargement : ${title}`} />
      ) : q.error ? (
        <ErrorBox error={q.error} title={title} onRetry={() => q.refetch()} />
      ) : (
        <BarChart
          title={title}
          description={description}
          bars={toBars(q.data, dim, refs, withTarget)}
          format={withTarget ? (v) => fmtNum(v, 0) : fmtFor(code)}
          max={isRate(code) && !withTarget ? 1 : undefined}
          targetLabel="Objectif d'entrées"
        />
      )}
      <Button size="small" priority="tertiary" iconId="fr-icon-download-line" onClick={() => void download()}>
        Télécharger (CSV)
      </Button>
      {dlError ? <p className="fr-error-text">{errorMessage(dlError)}</p> : null}
      {q.data?.donnees_au ? (
        <p className="fr-text--xs fr-mb-0">Données au {new Date(q.data.donnees_au).toLocaleString("fr-FR")}</p>
      ) : null}
    </div>
  );
}

export function Dashboard() {
  const periods = periodOptions();
  const [periode, setPeriode] = useState(periods[0].value);
  const [dispositif, setDispositif] = useState("");
  const [departement, setDepartement] = useState("");
  const [parObjectif, setParObjectif] = useState("dispositif");
  const disp = useReferentiel("dispositifs");
  const deps = useReferentiel("departements");
  const terr = useReferentiel("territoires");
  const niv = useReferentiel("niveaux");
  const lotsRef = useQuery({
    queryKey: ["lots", "ref"],
    queryFn: async () =>
      (await listLots({ limit: 100 })).items.map((l) => ({ code: l.id, libelle: `Lot ${l.numero} — ${l.intitule}` })),
    staleTime: 300_000,
  });
  const refs = {
    dispositif: disp.data,
    departement: deps.data,
    territoire: terr.data,
    niveau: niv.data,
    lot: lotsRef.data,
  };
  const filters: IndicatorFilters = { dispositif: dispositif || undefined, departement: departement || undefined };
  const map = useIndicator("taux_remplissage", periode, { dispositif: dispositif || undefined }, "departement");
  const lots = useIndicator("entrees_vs_objectif", periode, filters, "lot");

  return (
    <>
      <h1>Tableau de bord</h1>
      <form className="prf-toolbar" aria-label="Filtres du tableau de bord" onSubmit={(e) => e.preventDefault()}>
        <Select
          label="Période"
          nativeSelectProps={{ value: periode, onChange: (e) => setPeriode(e.target.value), name: "periode" }}
        >
          {periods.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </Select>
        <Select
          label="Dispositif"
          nativeSelectProps={{ value: dispositif, onChange: (e) => setDispositif(e.target.value), name: "dispositif" }}
        >
          <option value="">Tous</option>
          {(disp.data ?? []).map((d) => (
            <option key={d.code} value={d.code}>
              {d.libelle}
            </option>
          ))}
        </Select>
        <Select
          label="Département"
          nativeSelectProps={{
            value: departement,
            onChange: (e) => setDepartement(e.target.value),
            name: "departement",
          }}
        >
          <option value="">Tous</option>
          {(deps.data ?? []).map((d) => (
            <option key={d.code} value={d.code}>
              {d.code} — {d.libelle}
            </option>
          ))}
        </Select>
      </form>
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
