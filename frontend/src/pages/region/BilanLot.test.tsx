import { describe, expect, it } from "vitest";
import { screen, within } from "@testing-library/react";
import { Route, Routes } from "react-router-dom";
import { BilanLot } from "./BilanLot";
import { renderWithProviders } from "../../test/render";
import { json, mockApi } from "../../test/setup";

const BILAN = {
  lot: { lot_id: "L10", numero: "10", intitule: "Bâtiment Vendée", dispositif: "VISA_METIERS" },
  periode: "2024-01-01/2027-12-31",
  indicateurs: [
    {
      code: "places_ouvertes",
      libelle: "Places ouvertes",
      lot: { numerateur: 71, denominateur: null, valeur: 71, secret: false },
      region: { total: 2392, moyenne_par_lot: 85.43 },
    },
    {
      code: "taux_remplissage",
      libelle: "Taux de remplissage",
      lot: { numerateur: 60, denominateur: 71, valeur: 0.845, secret: false },
      region: { numerateur: 2000, denominateur: 2392, valeur: 0.836, secret: false },
      ecart: 0.009,
    },
    {
      code: "taux_rupture",
      libelle: "Taux de rupture",
      lot: { numerateur: null, denominateur: 3, valeur: null, secret: true },
      region: { numerateur: 400, denominateur: 2000, valeur: 0.2, secret: false },
      ecart: null,
    },
  ],
};

describe("BilanLot", () => {
  it("puts each indicator of the lot beside the Région's", async () => {
    mockApi((url) => (url.pathname.endsWith("/lots/L10/bilan") ? json(BILAN) : json({ detail: "?" }, 404)));
    renderWithProviders(
      <Routes>
        <Route path="/region/lots/:id/bilan" element={<BilanLot />} />
      </Routes>,
      { route: "/region/lots/L10/bilan" },
    );
    expect(await screen.findByRole("heading", { name: "Bilan du lot 10 — Bâtiment Vendée" })).toBeInTheDocument();
    const table = screen.getByRole("table", { name: "Le lot comparé à la Région" });
    expect(
      within(table).getByRole("row", { name: /Places ouvertes 71 85,4 par lot \(total 2\s392\)/ }),
    ).toBeInTheDocument();
    expect(
      within(table).getByRole("row", { name: /Taux de remplissage 85 % \(60 \/ 71\) 84 % .* \+0,9 pts/ }),
    ).toBeInTheDocument();
    expect(within(table).getByRole("row", { name: /Taux de rupture secret statistique 20 %/ })).toBeInTheDocument();
  });
});
