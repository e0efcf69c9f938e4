import { describe, expect, it, vi } from "vitest";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { fewCommunes } from "../../test/communes";
import { SearchForm } from "./SearchForm";

const deps = [
  { code: "44", libelle: "Loire-Atlantique" },
  { code: "85", libelle: "Vendée" },
];
const terr = [
  { code: "44-NORD", libelle: "44 Nord", departement: "44" },
  { code: "85-SUD", libelle: "85 Sud", departement: "85" },
];
const disp = [{ code: "VISA_METIERS", libelle: "VISA Métiers" }];

function setup() {
  const onSearch = vi.fn();
  render(
    <SearchForm departements={deps} territoires={terr} dispositifs={disp} onSearch={onSearch} communes={fewCommunes} />,
  );
  return { onSearch, user: userEvent.setup() };
}

describe("SearchForm", () => {
  it("turns the fields into the places search's parameters", async () => {
    const { onSearch, user } = setup();
    await user.type(screen.getByLabelText(/Métier, formation ou mot-clé/), "plaquiste");
    await user.type(screen.getByLabelText(/Code ROME/), "f1604");
    await user.selectOptions(screen.getByLabelText("Département"), "85");
    await user.selectOptions(screen.getByLabelText("Dispositif"), "VISA_METIERS");
    await user.type(screen.getByRole("combobox", { name: /Autour de la commune/ }), "roche sur");
    await user.keyboard("{ArrowDown}{Enter}");
    await user.clear(screen.getByLabelText("Rayon (km)"));
    await user.type(screen.getByLabelText("Rayon (km)"), "25");
    await user.selectOptions(screen.getByLabelText("Trier par"), "distance");
    await user.click(screen.getByRole("button", { name: "Rechercher" }));
    expect(onSearch).toHaveBeenCalledTimes(1);
    const filters = onSearch.mock.calls[0][0];
    expect(filters).toMatchObject({
      q: "plaquiste",
      rome: "F1604",
      departement: "85",
      dispositif: "VISA_METIERS",
      places_disponibles_min: 1,
      rayon_km: 25,
      tri: "distance",
    });
    expect(filters.lat).toBeCloseTo(46.67, 1);
    expect(filters.lon).toBeCloseTo(-1.43, 1);
  });

  it("only offers the territoires of the chosen département", async () => {
    const { user } = setup();
    await user.selectOptions(screen.getByLabelText("Département"), "44");
    const options = Array.from((screen.getByLabelText("Territoire") as HTMLSelectElement).options).map((o) => o.value);
    expect(options).toEqual(["", "44-NORD"]);
  });

  it("refuses a malformed ROME code and dates in the wrong order, inline", async () => {
    const { onSearch, user } = setup();
    await user.type(screen.getByLabelText(/Code ROME/), "12345");
    await user.type(screen.getByLabelText("Début à partir du"), "2025-06-01");
    await user.type(screen.getByLabelText("Début au plus tard le"), "2025-05-01");
    await user.click(screen.getByRole("button", { name: "Rechercher" }));
    expect(onSearch).not.toHaveBeenCalled();
    expect(screen.getByText(/lettre suivie de 4 chiffres/)).toBeInTheDocument();
    expect(screen.getByText(/doit suivre la date de début/)).toBeInTheDocument();
  });

  it("can include full sessions", async () => {
    const { onSearch, user } = setup();
    await user.click(screen.getByLabelText(/Uniquement les sessions avec des places/));
    await user.click(screen.getByRole("button", { name: "Rechercher" }));
    expect(onSearch.mock.calls[0][0]).not.toHaveProperty("places_disponibles_min");
  });

  it("searches a commune without a known centre in its département, never with a made-up distance", async () => {
    const { onSearch, user } = setup();
    await user.type(screen.getByRole("combobox", { name: /Autour de la commune/ }), "74000");
    await user.click(await screen.findByRole("option", { name: /Annecy/ }));
    expect(screen.getByLabelText(/Rayon \(km\)/)).toBeDisabled();
    expect(
      screen.getByText(/Distance inconnue pour Annecy : recherche dans son département \(74\)/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Rechercher" }));
    const filters = onSearch.mock.calls[0][0];
    expect(filters.departement).toBe("74");
    expect(filters.lat).toBeUndefined();
    expect(filters.rayon_km).toBeUndefined();
  });
});
