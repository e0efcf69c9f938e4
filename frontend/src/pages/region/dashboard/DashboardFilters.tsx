import { Select } from "@codegouvfr/react-dsfr/Select";
import type { useDashboard } from "./useDashboard";

type Props = Pick<
  ReturnType<typeof useDashboard>,
  | "periods"
  | "periode"
  | "setPeriode"
  | "dispositif"
  | "setDispositif"
  | "departement"
  | "setDepartement"
  | "disp"
  | "deps"
>;

/** The dashboard's filters: period, dispositif, département. */
export function DashboardFilters({
  periods,
  periode,
  setPeriode,
  dispositif,
  setDispositif,
  departement,
  setDepartement,
  disp,
  deps,
}: Props) {
  return (
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
  );
}
