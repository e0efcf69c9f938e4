import { describe, expect, it } from "vitest";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { SearchPage } from "./SearchPage";
import { renderWithProviders } from "../../test/render";
import { json, mockApi } from "../../test/setup";

const VALIDEUR = {
  sub: "c",
  client_id: "prf-spa",
  role: "valideur",
  org_id: "FT44001",
  org_type: "FRANCE_TRAVAIL",
  scopes: [],
};

const session = {
  id: "s1",
  action_id: "a1",
  debut: "2026-01-05",
  fin: "2026-06-30",
  places_ouvertes: 12,
  places_disponibles: 3,
  etat_recrutement: "OUVERT",
  dates_information: [],
  distance_km: 12.4,
  entrees_sorties_permanentes: false,
  heures_centre: 600,
  heures_entreprise: 140,
  modalite: "PRESENTIEL",
  temps_plein: true,
  lieu: {
    commune_insee: "85191",
    commune: "La Roche-sur-Yon",
    departement: "85",
    territoire: "85-CENTRE",
    latitude: 46.67,
    longitude: -1.42,
  },
  formation: {
    id: "f1",
    intitule: "Titre professionnel Plaquiste",
    certifiante: true,
    certification: { code_rncp: "RNCP1", niveau: "3", intitule: null },
    romes: ["F1604"],
    formacodes: [],
  },
  dispositif: { code: "VISA_METIERS", libelle: "VISA Métiers" },
  lot: { id: "l10", numero: 10, intitule: "Bâtiment Vendée" },
  organisme: { id: "o1", siret: "44278000000018", raison_sociale: "Atlantique Compétences" },
};

function refs(url: URL) {
  if (url.pathname.includes("referentiels/dispositifs"))
    return json({ items: [{ code: "VISA_METIERS", libelle: "VISA Métiers" }], total: 1 });
  if (url.pathname.includes("referentiels")) return json({ items: [], total: 0 });
  return null;
}

describe("SearchPage", () => {
  it("lists the sessions found, with places and distance, then says when nothing matches", async () => {
    const seen: URLSearchParams[] = [];
    mockApi((url) => {
      const r = refs(url);
      if (r) return r;
      seen.push(url.searchParams);
      return url.searchParams.get("q") === "introuvable"
        ? json({ items: [], total: 0, page: 1, limit: 20 })
        : json({ items: [session], total: 1, page: 1, limit: 20 });
    });
    const user = userEvent.setup();
    renderWithProviders(<SearchPage />, { me: VALIDEUR });
    const table = await screen.findByRole("table", { name: "Sessions trouvées" });
    const row = within(table).getByRole("row", { name: /Plaquiste/ });
    expect(within(row).getByRole("link", { name: "Titre professionnel Plaquiste" })).toHaveAttribute(
      "href",
      "/sessions/s1",
    );
    expect(within(row).getByText("3 places")).toBeInTheDocument();
    expect(within(row).getByText(/12 km/)).toBeInTheDocument();
    expect(within(row).getByText("Atlantique Compétences")).toBeInTheDocument();
    expect(seen[0].get("places_disponibles_min")).toBe("1");

    await user.type(screen.getByLabelText(/Métier, formation ou mot-clé/), "introuvable");
    await user.click(screen.getByRole("button", { name: "Rechercher" }));
    expect(await screen.findByText(/Aucune session ne correspond/)).toBeInTheDocument();
  });

  it("shows the catalogue's error and lets the user retry", async () => {
    let down = true;
    mockApi(
      (url) =>
        refs(url) ??
        (down
          ? json({ status: 503, detail: "Le catalogue est indisponible." }, 503)
          : json({ items: [session], total: 1 })),
    );
    const user = userEvent.setup();
    renderWithProviders(<SearchPage />, { me: VALIDEUR });
    expect(await screen.findByText("Le catalogue est indisponible.", {}, { timeout: 8000 })).toBeInTheDocument();
    down = false;
    await user.click(screen.getByRole("button", { name: "Réessayer" }));
    expect(await screen.findByRole("link", { name: "Titre professionnel Plaquiste" })).toBeInTheDocument();
  });
});
