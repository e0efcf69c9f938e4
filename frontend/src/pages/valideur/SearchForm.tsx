import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import type { SessionFilters } from "../../api/endpoints";
import type { Ref } from "../../api/types";
import { CommuneCombobox } from "../../components/CommuneCombobox";
import type { CommuneRef } from "../../data/communeIndex";
import { PlaceRefFields } from "./search/PlaceRefFields";
import { useSearchForm } from "./search/useSearchForm";
import { EMPTY_SEARCH, type SearchValues } from "./search/values";

export { EMPTY_SEARCH, type SearchValues, toFilters, validateSearch } from "./search/values";

interface Props {
  initial?: SearchValues;
  departements: Ref[];
  territoires: Ref[];
  dispositifs: Ref[];
  onSearch: (filters: SessionFilters, values: SearchValues) => void;
  busy?: boolean;
  /** Where the commune picker finds the communes (tests hand in a few). */
  communes?: () => Promise<CommuneRef[]>;
}

export function SearchForm({
  initial = EMPTY_SEARCH,
  departements,
  territoires,
  dispositifs,
  onSearch,
  busy,
  communes,
}: Props) {
  const { v, setV, errors, set, terr, withDistance, submit, state } = useSearchForm(initial, territoires, onSearch);

  return (
    <form onSubmit={submit} aria-label="Recherche de sessions" noValidate className="prf-search">
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-6">
          <Input
            label="Métier, formation ou mot-clé"
            hintText="Ex. : plaquiste, aide-soignant, Nantes"
            nativeInputProps={{ name: "q", value: v.q, onChange: set("q"), type: "search" }}
          />
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <Input
            label="Code ROME"
            hintText="Ex. : F1604"
            state={state("rome")}
            stateRelatedMessage={errors.rome}
            nativeInputProps={{ name: "rome", value: v.rome, onChange: set("rome"), maxLength: 5 }}
          />
        </div>
        <PlaceRefFields
          v={v}
          setV={setV}
          set={set}
          departements={departements}
          territoires={terr}
          dispositifs={dispositifs}
        />
        <div className="fr-col-12 fr-col-md-3">
          <Input
            label="Début à partir du"
            nativeInputProps={{ name: "debut_min", type: "date", value: v.debut_min, onChange: set("debut_min") }}
          />
        </div>
        <div className="fr-col-12 fr-col-md-3">
          <Input
            label="Début au plus tard le"
            state={state("debut_max")}
            stateRelatedMessage={errors.debut_max}
            nativeInputProps={{ name: "debut_max", type: "date", value: v.debut_max, onChange: set("debut_max") }}
          />
        </div>
        <div className="fr-col-12 fr-col-md-3">
          <CommuneCombobox
            label="Autour de la commune"
            hint="Nom ou code postal"
            name="commune"
            value={v.commune}
            onChange={(commune) => setV({ ...v, commune })}
            load={communes}
          />
        </div>
        <div className="fr-col-12 fr-col-md-3">
          <Input
            label="Rayon (km)"
            state={state("rayon_km")}
            stateRelatedMessage={errors.rayon_km}
            disabled={!withDistance}
            hintText={
              v.commune && !withDistance
                ? `Distance inconnue pour ${v.commune.nom} : recherche dans son département (${v.commune.departement}).`
                : undefined
            }
            nativeInputProps={{
              name: "rayon_km",
              type: "number",
              min: 1,
              max: 300,
              value: v.rayon_km,
              onChange: set("rayon_km"),
            }}
          />
        </div>
      </div>
      {withDistance ? (
        <Select
          label="Trier par"
          className="prf-sort"
          nativeSelectProps={{
            name: "tri",
            value: v.tri,
            onChange: (e) => setV({ ...v, tri: e.target.value as SearchValues["tri"] }),
          }}
        >
          <option value="debut">date de début</option>
          <option value="distance">distance</option>
        </Select>
      ) : null}
      <div className="prf-search__actions">
        <Checkbox
          small
          options={[
            {
              label: "Uniquement les sessions avec des places disponibles",
              nativeInputProps: {
                name: "avec_places",
                checked: v.avec_places,
                onChange: (e) => setV({ ...v, avec_places: e.target.checked }),
              },
            },
          ]}
        />
        <Button type="submit" iconId="fr-icon-search-line" disabled={busy}>
          Rechercher
        </Button>
      </div>
    </form>
  );
}
