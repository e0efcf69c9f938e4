import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderWithProviders } from "../../test/render";
import { json, mockApi } from "../../test/setup";
import { CandidaturesRecues } from "./CandidaturesRecues";

const OF = {
  sub: "of1",
  client_id: "prf-spa",
  role: "organisme",
  org_id: "44278000000018",
  org_type: "OF",
  scopes: [],
};

function cand(id: string, statut: string, date: string, recorded: string, session = "s1", extra = {}) {
  return {
    id,
    session_id: session,
    statut,
    date_candidature: date,
    enregistree_le: `${recorded}T10:00:00Z`,
    valideur_org_id: "FT44001",
    organisme_siret: OF.org_id,
    projet_valide: true,
    message: null,
    motif_refus: null,
    message_refus: null,
    date_decision: null,
    origine_id: null,
    stagiaire: { nom: id.toUpperCase(), prenom: "Léa" },
    historique: [],
    ...extra,
  };
}

const SESSIONS: Record<string, { intitule: string }> = { s1: { intitule: "Plaquiste" }, s2: { intitule: "Soudeur" } };
const session = (id: string) => ({
  id,
  action_id: `a-${id}`,
  formation: { intitule: SESSIONS[id].intitule },
  lieu: { commune: "Nantes", departement: "44" },
  debut: "2026-09-01",
  fin: "2027-03-01",
});

/** The API as the OF sees it: `calls` records every candidatures query string. */
function api(items: ReturnType<typeof cand>[], onPost?: (path: string, body: unknown) => Response) {
  const calls: URLSearchParams[] = [];
  mockApi((url, init) => {
    if (init.method === "POST" && onPost) return onPost(url.pathname, JSON.parse(String(init.body)));
    if (url.pathname === "/api/parcours/v1/candidatures") {
      calls.push(url.searchParams);
      const statut = url.searchParams.get("statut");
      const sid = url.searchParams.get("session_id");
      const rows = items.filter((c) => (!statut || c.statut === statut) && (!sid || c.session_id === sid));
      return json({ items: rows, total: rows.length, page: 1, limit: 50 });
    }
    if (url.pathname === "/api/catalog/v1/sessions") return json({ items: [session("s1"), session("s2")], total: 2 });
    const one = url.pathname.match(/^\/api\/catalog\/v1\/sessions\/(s\d)$/);
    if (one) return json(session(one[1]));
    if (url.pathname.startsWith("/api/catalog/v1/referentiels/")) return json({ items: [], total: 0 });
    if (url.pathname === "/api/catalog/v1/modules") return json({ items: [], total: 0 });
    return json({ detail: "non simulé" }, 404);
  });
  return calls;
}

const names = () =>
  within(screen.getByRole("table", { name: "Candidatures sur vos sessions" }))
    .getAllByRole("row")
    .slice(1)
    .map((r) => within(r).getAllByRole("cell")[0].textContent);

describe("CandidaturesRecues", () => {
  it("asks the API for what waits for an answer first, and shows the candidature's own date", async () => {
    const calls = api([
      cand("ancienne", "EN_POSITIONNEMENT", "2026-09-02", "2026-12-01"),
      cand("recente", "TRANSMISE", "2026-11-20", "2026-11-20"),
      cand("acceptee", "ACCEPTEE", "2026-10-20", "2026-10-21"),
    ]);
    renderWithProviders(<CandidaturesRecues />, { me: OF });
    expect(await screen.findByRole("table", { name: "Candidatures sur vos sessions" })).toBeInTheDocument();
    expect(calls.at(-1)?.get("tri")).toBe("a_traiter");
    expect(names()).toEqual(["Léa ANCIENNE", "Léa RECENTE", "Léa ACCEPTEE"]); // the API's order
    const late = screen.getByRole("row", { name: /ANCIENNE/ });
    // A late declaration: received on 2 September, keyed in on 1 December.
    expect(within(late).getAllByRole("cell")[2]).toHaveTextContent("02/09/2026enregistrée le 01/12/2026");
    const onTime = screen.getByRole("row", { name: /RECENTE/ });
    expect(within(onTime).getAllByRole("cell")[2]).toHaveTextContent(/^20\/11\/2026$/);
  });

  it("is sorted and filtered by session", async () => {
    const user = userEvent.setup();
    const calls = api([
      cand("a", "TRANSMISE", "2026-11-05", "2026-11-05", "s2"),
      cand("b", "TRANSMISE", "2026-11-06", "2026-11-06", "s1"),
      cand("c", "ACCEPTEE", "2026-10-01", "2026-10-01", "s1"),
    ]);
    renderWithProviders(<CandidaturesRecues />, { me: OF });
    await screen.findByRole("table", { name: "Candidatures sur vos sessions" });
    await user.selectOptions(screen.getByLabelText("Trier"), "recentes");
    await waitFor(() => expect(calls.at(-1)?.get("tri")).toBe("-date_candidature"));
    await user.selectOptions(screen.getByLabelText("Trier"), "anciennes");
    await waitFor(() => expect(calls.at(-1)?.get("tri")).toBe("date_candidature"));
    await user.selectOptions(screen.getByLabelText("Trier"), "session");
    await screen.findAllByText("Soudeur");
    // Plaquiste's candidatures before Soudeur's, the API's order kept within each session.
    await waitFor(() => expect(names()).toEqual(["Léa B", "Léa C", "Léa A"]));
    await user.selectOptions(await screen.findByLabelText("Session"), "s2");
    await waitFor(() => expect(names()).toEqual(["Léa A"]));
    expect(calls.at(-1)?.get("session_id")).toBe("s2");
  });

  it("dates an acceptance, and shows the API's refusal of an entry before the decision", async () => {
    const user = userEvent.setup();
    const posted: { path: string; body: unknown }[] = [];
    api(
      [
        cand("t", "TRANSMISE", "2026-11-02", "2026-11-02"),
        cand("ok", "ACCEPTEE", "2026-11-02", "2026-11-02", "s1", { date_decision: "2026-11-10" }),
      ],
      (path, body) => {
        posted.push({ path, body });
        if (path.endsWith("/entree"))
          return json(
            {
              status: 422,
              detail: "Entrée refusée.",
              errors: [
                { pointer: "/date_entree", message: "L'entrée ne peut pas précéder la candidature ni la décision." },
              ],
            },
            422,
          );
        return json(cand("t", "ACCEPTEE", "2026-11-02", "2026-11-02"));
      },
    );
    renderWithProviders(<CandidaturesRecues />, { me: OF });
    const row = await screen.findByRole("row", { name: /Léa T/ });
    await user.click(within(row).getByRole("button", { name: "Accepter Léa T" }));
    const date = within(row).getByLabelText(/Date de la décision/);
    expect(date).toHaveAttribute("min", "2026-11-02");
    await user.clear(date);
    await user.type(date, "2026-11-09");
    await user.click(within(row).getByRole("button", { name: "Confirmer l'acceptation" }));
    expect(await screen.findByText("Candidature acceptée.")).toBeInTheDocument();
    expect(posted[0]).toEqual({
      path: "/api/parcours/v1/candidatures/t/decision",
      body: { decision: "ACCEPTEE", date: "2026-11-09" },
    });

    const accepted = screen.getByRole("row", { name: /Léa OK/ });
    await user.click(within(accepted).getByRole("button", { name: "Déclarer l'entrée de Léa OK" }));
    const entry = within(accepted).getByLabelText(/Date d'entrée/);
    expect(entry).toHaveAttribute("min", "2026-11-10");
    expect(within(accepted).getByText(/Au plus tôt le 10\/11\/2026/)).toBeInTheDocument();
    await user.click(within(accepted).getByRole("button", { name: "Confirmer l'entrée en formation" }));
    expect(await within(accepted).findByText(/ne peut pas précéder la candidature ni la décision/)).toBeInTheDocument();
  });

  it("refuses a decision dated in the future before calling the API", async () => {
    const user = userEvent.setup();
    const posted: string[] = [];
    api([cand("t", "TRANSMISE", "2026-11-02", "2026-11-02")], (path) => {
      posted.push(path);
      return json({});
    });
    renderWithProviders(<CandidaturesRecues />, { me: OF });
    const row = await screen.findByRole("row", { name: /Léa T/ });
    await user.click(within(row).getByRole("button", { name: "Accepter Léa T" }));
    const date = within(row).getByLabelText(/Date de la décision/);
    await user.clear(date);
    await user.type(date, "2999-01-01");
    await user.click(within(row).getByRole("button", { name: "Confirmer l'acceptation" }));
    expect(await within(row).findByText("La date de la décision ne peut pas être dans le futur.")).toBeInTheDocument();
    expect(posted).toEqual([]);
  });
});
