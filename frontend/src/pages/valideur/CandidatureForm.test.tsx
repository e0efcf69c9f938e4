import { describe, expect, it, vi } from "vitest";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { CandidatureForm } from "./CandidatureForm";
import { renderWithProviders } from "../../test/render";
import { ApiError } from "../../api/problem";
import { fewCommunes } from "../../test/communes";

const niveaux = [
  { code: "INFRA_3", libelle: "Sans diplôme" },
  { code: "3", libelle: "Niveau 3 (CAP, BEP)" },
];

async function fillValid(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText("Nom"), "Martin");
  await user.type(screen.getByLabelText("Prénom"), "Léa");
  await user.type(screen.getByLabelText("Identifiant France Travail"), "1234567A");
  await user.type(screen.getByLabelText("Date de naissance"), "1995-04-02");
  await user.click(screen.getByLabelText("Femme"));
  await user.type(screen.getByRole("combobox", { name: /Commune de résidence/ }), "nantes");
  await user.click(await screen.findByRole("option", { name: /Nantes \(44\)/ }));
  await user.selectOptions(screen.getByLabelText("Niveau de diplôme"), "3");
}

/** The message shown under a field: DSFR puts it in the field's group, linked by aria-describedby. */
function messageOf(label: string | RegExp): string {
  const field = screen.getByLabelText(label);
  const group = field.closest(".fr-input-group, .fr-select-group, .fr-fieldset") as HTMLElement;
  return group?.textContent ?? "";
}

describe("CandidatureForm", () => {
  it("checks the mandatory fields before sending", async () => {
    const submit = vi.fn();
    const user = userEvent.setup();
    renderWithProviders(
      <CandidatureForm
        sessionId="s1"
        niveaux={niveaux}
        onCreated={() => undefined}
        submit={submit}
        communes={fewCommunes}
      />,
    );
    await user.click(screen.getByRole("button", { name: "Envoyer la candidature" }));
    expect(submit).not.toHaveBeenCalled();
    expect(messageOf("Nom")).toContain("Le nom est obligatoire.");
    expect(screen.getByText(/Le sexe est obligatoire/)).toBeInTheDocument();
    // A commune typed but not picked from the suggestions is not a commune.
    await user.type(screen.getByRole("combobox", { name: /Commune de résidence/ }), "Nant");
    await user.click(screen.getByRole("button", { name: "Envoyer la candidature" }));
    expect(messageOf(/Commune de résidence/)).toContain("Choisissez la commune de résidence dans la liste");
  });

  it("sends the API's body and reports success", async () => {
    const submit = vi.fn().mockResolvedValue({ id: "c1", statut: "TRANSMISE" });
    const onCreated = vi.fn();
    const user = userEvent.setup();
    renderWithProviders(
      <CandidatureForm sessionId="s1" niveaux={niveaux} onCreated={onCreated} submit={submit} communes={fewCommunes} />,
    );
    await fillValid(user);
    await user.click(screen.getByRole("button", { name: "Envoyer la candidature" }));
    await vi.waitFor(() => expect(onCreated).toHaveBeenCalled());
    expect(submit.mock.calls[0][0]).toMatchObject({
      session_id: "s1",
      projet_valide: true,
      stagiaire: {
        nom: "Martin",
        prenom: "Léa",
        sexe: "F",
        niveau: "3",
        commune_insee: "44109",
        identifiant_ft: "1234567A",
      },
    });
  });

  it("shows each problem+json error under the field its pointer names", async () => {
    const submit = vi.fn().mockRejectedValue(
      new ApiError(422, {
        status: 422,
        title: "Données invalides",
        detail: "La candidature contient des erreurs.",
        code: "validation",
        errors: [
          { pointer: "/stagiaire/date_naissance", message: "Le candidat doit avoir au moins 16 ans." },
          { pointer: "/stagiaire/commune_insee", message: "Commune inconnue." },
          { pointer: "/date_candidature", message: "Date postérieure à la fin de la session." },
        ],
      }),
    );
    const user = userEvent.setup();
    renderWithProviders(
      <CandidatureForm
        sessionId="s1"
        niveaux={niveaux}
        onCreated={() => undefined}
        submit={submit}
        communes={fewCommunes}
      />,
    );
    await fillValid(user);
    await user.click(screen.getByRole("button", { name: "Envoyer la candidature" }));
    const alert = (await screen.findByText("La candidature n'a pas été envoyée")).closest(".fr-alert") as HTMLElement;
    expect(alert).toHaveAttribute("role", "alert");
    expect(within(alert).getByText("La candidature contient des erreurs.")).toBeInTheDocument();
    expect(messageOf("Date de naissance")).toContain("Le candidat doit avoir au moins 16 ans.");
    expect(messageOf(/Commune de résidence/)).toContain("Commune inconnue.");
    expect(messageOf(/Date de la candidature/)).toContain("Date postérieure à la fin de la session.");
    // The field is marked invalid for assistive technologies.
    expect(screen.getByLabelText("Date de naissance").closest(".fr-input-group")).toHaveClass("fr-input-group--error");
  });

  it("says plainly when the session is full (409 session_complete)", async () => {
    const submit = vi
      .fn()
      .mockRejectedValue(new ApiError(409, { status: 409, code: "session_complete", detail: "Session complète." }));
    const user = userEvent.setup();
    renderWithProviders(
      <CandidatureForm
        sessionId="s1"
        niveaux={niveaux}
        onCreated={() => undefined}
        submit={submit}
        communes={fewCommunes}
      />,
    );
    await fillValid(user);
    await user.click(screen.getByRole("button", { name: "Envoyer la candidature" }));
    expect(await screen.findByText("Session complète")).toBeInTheDocument();
    expect(screen.getByText(/cherchez une autre session/)).toBeInTheDocument();
  });
});
