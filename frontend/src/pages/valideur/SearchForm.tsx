import { useState, type FormEvent } from "react";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import type { Ref } from "../../api/types";
import type { SessionFilters } from "../../api/endpoints";
import { CommuneCombobox } from "../../components/CommuneCombobox";
import type { CommuneRef } from "../../data/communeIndex";
import { communeCentre } from "../../data/communes";

export interface SearchValues {
  q: string;
  rome: string;
  departement: string;
  territoire: string;
  dispositif: string;
  debut_min: string;
  debut_max: string;
  commune: CommuneRef | null;
  rayon_km: string;
  avec_places: boolean;
  tri: "debut" | "distance";
}

export const EMPTY_SEARCH: SearchValues = {
  q: "",
  rome: "",
  departement: "",
  territoire: "",
  dispositif: "",
  debut_min: "",
  debut_max: "",
  commune: null,
  rayon_km: "30",
  avec_places: true,
  tri: "debut",
};

const ROME = /^[A-N]\d{4}$/;

export function validateSearch(v: SearchValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (v.rome && !ROME.test(v.rome.trim().toUpperCase()))
    errors.rome = "Un code ROME est une lettre suivie de 4 chiffres (ex. F1604).";
  if (v.debut_min && v.debut_max && v.debut_max < v.debut_min)
    errors.debut_max = "La date de fin de recherche doit suivre la date de début.";
  if (v.commune && communeCentre(v.commune.code)) {
    const r = Number(v.rayon_km);
    if (!Number.isFinite(r) || r <= 0 || r > 300) errors.rayon_km = "Indiquez un rayon entre 1 et 300 km.";
  }
  return errors;
}

/** Turns the form into the places search's query parameters (API.md, GET /sessions). */
export function toFilters(v: SearchValues): SessionFilters {
  const f: SessionFilters = {};
  if (v.q.trim()) f.q = v.q.trim();
  if (v.rome.trim()) f.rome = v.rome.trim().toUpperCase();
  if (v.departement) f.departement = v.departement;
  if (v.territoire) f.territoire = v.territoire;
  if (v.dispositif) f.dispositif = v.dispositif;
  if (v.debut_min) f.debut_min = v.debut_min;
  if (v.debut_max) f.debut_max = v.debut_max;
  if (v.avec_places) f.places_disponibles_min = 1;
  const centre = v.commune ? communeCentre(v.commune.code) : undefined;
  if (centre) {
    f.lat = centre.lat;
    f.lon = centre.lon;
    f.rayon_km = Number(v.rayon_km);
    if (v.tri === "distance") f.tri = "distance";
  } else if (v.commune && !f.departement && !f.territoire) {
    // No known centre for this commune: its département is the nearest question the API can answer.
    f.departement = v.commune.departement;
  }
  return f;
}

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
  const [v, setV] = useState<SearchValues>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (k: keyof SearchValues) => (e: { target: { value: string } }) => setV({ ...v, [k]: e.target.value });
  const terr = territoires.filter((t) => !v.departement || t.departement === v.departement);
  const withDistance = !!v.commune && !!communeCentre(v.commune.code);

  function submit(e: FormEvent) {
    e.preventDefault();
    const errs = validateSearch(v);
    setErrors(errs);
    if (Object.keys(errs).length === 0) onSearch(toFilters(v), v);
  }

  const state = (k: string) => (errors[k] ? ("error" as const) : ("default" as const));

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
            {terr.map((t) => (
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
