import { describe, expect, it } from "vitest";
import { screen, within } from "@testing-library/react";
import { Dashboard, toBars } from "./Dashboard";
import { renderWithProviders } from "../../test/render";
import { json, mockApi } from "../../test/setup";

const REFS: Record<string, unknown[]> = {
  dispositifs: [
    { code: "VISA_METIERS", libelle: "VISA Métiers" },
    { code: "PREPA_AVENIR", libelle: "PRÉPA Avenir" },
  ],
  departements: [
    { code: "44", libelle: "Loire-Atlantique" },
    { code: "85", libelle: "Vendée" },
  ],
  territoires: [
    { code: "44-NORD", libelle: "44 Nord", departement: "44" },
    { code: "85-SUD", libelle: "85 Sud", departement: "85" },
  ],
  niveaux: [
    { code: "INFRA_3", libelle: "Sans diplôme" },
    { code: "4", libelle: "Niveau 4 (Baccalauréat)" },
  ],
};

const row = (
  dimensions: Record<string, string>,
  numerateur: number | null,
  denominateur: number | null,
  secret = false,
) => ({
  dimensions,
  numerateur,
  denominateur,
  valeur: secret || numerateur == null || !denominateur ? (secret ? null : numerateur) : numerateur / denominateur,
  secret,
});

function indicator(code: string, par: string | null) {
  const base = { code, periode: "2026", donnees_au: "2026-11-22T10:00:00+00:00" };
  if (!par) {
    const one: Record<string, [number, number | null]> = {
      entrees: [1234, null],
      places_ouvertes: [1500, null],
      taux_remplissage: [1234, 1500],
      taux_rupture: [23, 100],
      taux_acces_emploi_6m: [59, 100],
    };
    const [n, d] = one[code];
    return {
      ...base,
      valeurs: [{ dimensions: {}, numerateur: n, denominateur: d, valeur: d ? n / d : n, secret: false }],
    };
  }
  if (code === "entrees_vs_objectif")
    return { ...base, valeurs: [row({ [par]: "VISA_METIERS" }, 80, 100), row({ [par]: "PREPA_AVENIR" }, 30, 60)] };
  if (code === "taux_remplissage" && par === "territoire")
    return { ...base, valeurs: [row({ territoire: "44-NORD" }, 45, 50), row({ territoire: "85-SUD" }, 3, 4, true)] };
  if (code === "taux_remplissage" && par === "departement")
    return { ...base, valeurs: [row({ departement: "44" }, 90, 100), row({ departement: "85" }, 70, 100)] };
  if (code === "taux_rupture")
    return { ...base, valeurs: [row({ niveau: "INFRA_3" }, 32, 100), row({ niveau: "4" }, 17, 100)] };
  if (code === "taux_acces_emploi_6m") return { ...base, valeurs: [row({ dispositif: "VISA_METIERS" }, 62, 100)] };
  return { ...base, valeurs: [] };
}

function server() {
  mockApi((url) => {
    const ref = url.pathname.match(/referentiels\/(.+)$/);
    if (ref) return json({ items: REFS[ref[1]] ?? [], total: 0 });
    const ind = url.pathname.match(/indicateurs\/(.+)$/);
    if (ind) return json(indicator(ind[1], url.searchParams.get("par")));
    return json({ detail: "inconnu" }, 404);
  });
}

describe("Dashboard", () => {
  it("shows the key figures, the charts and the map from the indicators", async () => {
    server();
    renderWithProviders(<Dashboard />);
    const kpis = screen.getByRole("region", { name: "Chiffres clés" });
    expect(await within(kpis).findByText("1 234")).toBeInTheDocument();
    expect(await within(kpis).findByText("82 %")).toBeInTheDocument(); // 1234 / 1500
    expect(within(kpis).getByText("23 %")).toBeInTheDocument();

    const fill = await screen.findByRole("figure", { name: "Taux de remplissage par territoire" });
    expect(within(fill).getAllByText("44 Nord").length).toBeGreaterThan(0);
    expect(within(fill).getAllByText("90 %").length).toBeGreaterThan(0);
    // A suppressed cell is never drawn as a number.
    expect(within(fill).getByText("secret statistique")).toBeInTheDocument();

    const rupture = await screen.findByRole("figure", { name: "Taux de rupture par niveau de diplôme" });
    expect(within(rupture).getAllByText("Sans diplôme").length).toBeGreaterThan(0);
    expect(within(rupture).getAllByText("32 %").length).toBeGreaterThan(0);

    const obj = await screen.findByRole("figure", { name: "Entrées et objectifs d'entrées" });
    const table = within(obj).getByRole("table");
    expect(within(table).getByRole("row", { name: /VISA Métiers 80 100/ })).toBeInTheDocument();

    const map = await screen.findByRole("figure", { name: "Taux de remplissage par département" });
    const legend = within(map).getByRole("list");
    expect(within(legend).getByText("Loire-Atlantique (44) : 90 %")).toBeInTheDocument();
    expect(within(legend).getByText("Vendée (85) : 70 %")).toBeInTheDocument();
    expect(map.querySelectorAll("path")).toHaveLength(5);
  });

  it("shows an error with a retry when the indicators are down", async () => {
    mockApi((url) => {
      if (url.pathname.includes("referentiels")) return json({ items: [], total: 0 });
      return json({ status: 503, detail: "Le service des indicateurs est indisponible." }, 503);
    });
    renderWithProviders(<Dashboard />);
    expect((await screen.findAllByText("Le service des indicateurs est indisponible.")).length).toBeGreaterThan(0);
    expect(screen.getAllByRole("button", { name: "Réessayer" }).length).toBeGreaterThan(0);
  });

  it("turns indicator rows into bars with their labels", () => {
    const bars = toBars(indicator("taux_rupture", "niveau") as never, "niveau", { niveau: REFS.niveaux as never });
    expect(bars.map((b) => [b.label, b.value])).toEqual([
      ["Sans diplôme", 0.32],
      ["Niveau 4 (Baccalauréat)", 0.17],
    ]);
  });
});
