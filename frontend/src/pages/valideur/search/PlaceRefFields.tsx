import { Select } from "@codegouvfr/react-dsfr/Select";
import type { Ref } from "../../../api/types";
import type { useSearchForm } from "./useSearchForm";

type Form = ReturnType<typeof useSearchForm>;

interface Props {
  v: Form["v"];
  setV: Form["setV"];
  set: Form["set"];
  departements: Ref[];
  /** Already narrowed to the chosen département. */
  territoires: Ref[];
  dispositifs: Ref[];
}

/** Département, territoire and dispositif pickers; a new département clears the territoire. */
export function PlaceRefFields({ v, setV, set, departements, territoires, dispositifs }: Props) {
  return (
    <>
      <div className="fr-col-12 fr-col-md-4">
        <Select
          label="Département"
          nativeSelectProps={{
            name: "departement",
            value: v.departement,
            onChange: (e) => setV({ ...v, departement: e.target.value, territoire: "" }),
          }}
        >
          <option value="">Tous</option>
          {departements.map((d) => (
            <option key={d.code} value={d.code}>
              {d.code} — {d.libelle}
            </option>
          ))}
        </Select>
      </div>
      <div className="fr-col-12 fr-col-md-4">
        <Select
          label="Territoire"
          nativeSelectProps={{ name: "territoire", value: v.territoire, onChange: set("territoire") }}
        >
          <option value="">Tous</option>
          {territoires.map((t) => (
            <option key={t.code} value={t.code}>
              {t.libelle}
            </option>
          ))}
        </Select>
      </div>
      <div className="fr-col-12 fr-col-md-4">
        <Select
          label="Dispositif"
          nativeSelectProps={{ name: "dispositif", value: v.dispositif, onChange: set("dispositif") }}
        >
          <option value="">Tous</option>
          {dispositifs.map((d) => (
            <option key={d.code} value={d.code}>
              {d.libelle}
            </option>
          ))}
        </Select>
      </div>
    </>
  );
}
