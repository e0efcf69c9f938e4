import { describe, expect, it } from "vitest";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Route, Routes } from "react-router-dom";
import { ParcoursPage } from "./ParcoursPage";
import { renderWithProviders } from "../../test/render";
import { json, mockApi } from "../../test/setup";

const OF = {
  sub: "of1",
  client_id: "prf-spa",
  role: "organisme",
  org_id: "44278000000018",
  org_type: "OF",
  scopes: [],
};

const parcours = {
  id: "p1",
  candidature_id: "c1",
  session_id: "s1",
  stagiaire_id: "st1",
  valideur_org_id: "FT44001",
  organisme_siret: "44278000000018",
  statut: "EN_FORMATION",
  date_entree: "2026-09-01",
  heures_prevues: 420,
  heures_realisees: 140.5,
  heures_absence_injustifiee: 0,
  heures_absence_justifiee: 0,
  heures_hebdomadaires: null,
  objectif: "CERTIFICATION",
  blocs: [],
  modules: [],
  sortie: null,
  suivis: [],
  historique: [],
  enregistre_le: "2026-09-01T10:00:00Z",
};

describe("ParcoursPage", () => {
  it("declares an early exit for a job with its contract, and shows the API's refusal", async () => {
    const posted: { path: string; body: unknown }[] = [];
    mockApi((url, init) => {
      if (url.pathname.endsWith("/referentiels/motifs-rupture"))
        return json({
          items: [
            { code: "EMPLOI", libelle: "Accès à l'emploi" },
            { code: "SANTE", libelle: "Santé" },
          ],
          total: 2,
        });
      if (url.pathname.endsWith("/parcours/p1") && init.method === "GET") return json(parcours);
      if (url.pathname.endsWith("/candidatures/c1"))
        return json({ id: "c1", stagiaire: { nom: "Martin", prenom: "Léa" }, statut: "ACCEPTEE", session_id: "s1" });
      if (url.pathname.endsWith("/parcours/p1/sortie")) {
        posted.push({ path: url.pathname, body: JSON.parse(String(init.body)) });
        return posted.length === 1
          ? json(
              {
                status: 422,
                detail: "Sortie invalide.",
                errors: [{ pointer: "/date_sortie", message: "La sortie précède l'entrée." }],
              },
              422,
            )
          : json({ ...parcours, statut: "SORTI" });
      }
      return json({ detail: "?" }, 404);
    });
    const user = userEvent.setup();
    renderWithProviders(
      <Routes>
        <Route path="/parcours/:id" element={<ParcoursPage />} />
      </Routes>,
      { route: "/parcours/p1", me: OF },
    );
    expect(await screen.findByRole("heading", { name: "Parcours de Léa MARTIN" })).toBeInTheDocument();
    expect(screen.getByText("140,5 h / 420 h")).toBeInTheDocument();

    const form = screen.getByRole("form", { name: "Sortie de formation" });
    await user.clear(within(form).getByLabelText("Date de sortie"));
    await user.type(within(form).getByLabelText("Date de sortie"), "2026-10-15");
    await user.selectOptions(within(form).getByLabelText("Type de sortie"), "ABANDON");
    await user.selectOptions(await within(form).findByLabelText("Motif"), "EMPLOI");
    await user.selectOptions(within(form).getByLabelText("Type de contrat"), "CDI");
    await user.click(within(form).getByRole("button", { name: "Enregistrer" }));
    expect(await within(form).findByText("La sortie précède l'entrée.")).toBeInTheDocument();
    expect(posted[0].body).toEqual({ date_sortie: "2026-10-15", type: "ABANDON", motif: "EMPLOI", contrat: "CDI" });

    await user.click(within(form).getByRole("button", { name: "Enregistrer" }));
    expect(await screen.findByText("Sortie enregistrée.")).toBeInTheDocument();
  });
});
