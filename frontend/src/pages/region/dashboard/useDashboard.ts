import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { type IndicatorFilters, listLots, useReferentiel } from "../../../api/endpoints";
import { periodOptions, useIndicator } from "./indicators";

/** The Région dashboard's filters (period, dispositif, département, comparison axis) and what they load. */
export function useDashboard() {
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

  return {
    periods,
    periode,
    setPeriode,
    dispositif,
    setDispositif,
    departement,
    setDepartement,
    parObjectif,
    setParObjectif,
    disp,
    deps,
    lotsRef,
    refs,
    filters,
    map,
    lots,
  };
}
