import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { today } from "../../format";
import { renderWithProviders } from "../../test/render";
import { json, mockApi } from "../../test/setup";
import { MesCandidats } from "./MesCandidats";

const FT = { sub: "c1", client_id: "prf-spa", role: "valideur", org_id: "FT44001", org_type: "FT", scopes: [] };

const candidature = {
  id: "c1",
  session_id: "s1",
  statut: "ACCEPTEE",
  date_candidature: "2026-10-01",
  enregistree_le: "2026-10-01T09:00:00Z",
  valideur_org_id: "FT44001",
  organisme_siret: "44278000000018",
  projet_valide: true,
  message: null,
  motif_refus: null,
  message_refus: null,
  date_decision: "2026-10-05",
  origine_id: null,
  parcours_id: null,
  stagiaire: { nom: "Martin", prenom: "Léa" },
  historique: [],
};

describe("MesCandidats", () => {
  it("cancels a candidature on the day it happened, and shows the API's refusal of that day", async () => {
    const user = userEvent.setup();
    const posted: unknown[] = [];
    mockApi((url, init) => {
      if (url.pathname.endsWith("/candidatures/c1/annulation")) {
        posted.push(JSON.parse(String(init.body)));
        return posted.length === 1
          ? json(
              {
                status: 422,
                detail: "Annulation refusée.",
                errors: [{ pointer: "/date", message: "La date doit suivre la date de candidature (2026-10-01)." }],
              },
              422,
            )
          : json({ ...candidature, statut: "ANNULEE" });
      }
      if (url.pathname === "/api/parcours/v1/candidatures") return json({ items: [candidature], total: 1 });
      if (url.pathname === "/api/parcours/v1/alertes") return json({ items: [], total: 0 });
      if (url.pathname.startsWith("/api/catalog/v1/sessions/"))
        return json({ id: "s1", formation: { intitule: "Plaquiste" } });
      return json({ items: [], total: 0 });
    });
    renderWithProviders(<MesCandidats />, { me: FT });
    const row = await screen.findByRole("row", { name: /Léa MARTIN/ });
    await user.click(within(row).getByRole("button", { name: "Annuler la candidature de Léa MARTIN" }));
    const date = within(row).getByLabelText(/Date de l'annulation/);
    expect(date).toHaveValue(today());
    expect(date).toHaveAttribute("max", today());
    await user.clear(date);
    await user.type(date, "2026-09-30");
    await user.click(within(row).getByRole("button", { name: "Confirmer l'annulation" }));
    expect(await within(row).findByText(/La date doit suivre la date de candidature/)).toBeInTheDocument();
    expect(posted[0]).toEqual({ date: "2026-09-30", message: "Annulée par le conseiller." });

    await user.clear(date);
    await user.type(date, "2026-10-20");
    await user.click(within(row).getByRole("button", { name: "Confirmer l'annulation" }));
    expect(await screen.findByText("Candidature annulée.")).toBeInTheDocument();
    expect(posted[1]).toEqual({ date: "2026-10-20", message: "Annulée par le conseiller." });
  });
});
