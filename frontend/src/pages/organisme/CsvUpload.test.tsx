import { describe, expect, it, vi } from "vitest";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { CsvUpload, type Uploader } from "./CsvUpload";
import { ApiError } from "../../api/problem";

const file = () =>
  new File(["parcours_id;date;heures_presence\nabc;2025-13-01;x\n"], "presences.csv", { type: "text/csv" });

describe("CsvUpload", () => {
  it("lists every line's error when the file is refused", async () => {
    const upload: Uploader = vi.fn().mockRejectedValue(
      new ApiError(422, {
        status: 422,
        detail: "Le fichier contient des erreurs : aucune ligne n'a été enregistrée.",
        erreurs: [
          { ligne: 2, colonne: "date", message: "Date invalide : 2025-13-01." },
          { ligne: 2, colonne: "heures_presence", message: "Nombre attendu." },
          { ligne: 5, colonne: "parcours_id", message: "Parcours inconnu." },
        ],
      }),
    );
    const user = userEvent.setup();
    render(<CsvUpload upload={upload} />);
    await user.upload(screen.getByLabelText(/Fichier CSV des présences/), file());
    await user.click(screen.getByRole("button", { name: "Envoyer le fichier" }));
    const table = await screen.findByRole("table", { name: "Erreurs par ligne" });
    const lines = within(table)
      .getAllByRole("row")
      .slice(1)
      .map((r) => r.textContent);
    expect(lines).toEqual([
      "2dateDate invalide : 2025-13-01.",
      "2heures_presenceNombre attendu.",
      "5parcours_idParcours inconnu.",
    ]);
    expect(screen.getByText(/aucune ligne n'a été enregistrée/)).toBeInTheDocument();
  });

  it("shows the upload's progress, then the result", async () => {
    let report: (f: number) => void = () => undefined;
    let finish: (v: { appliquees: number }) => void = () => undefined;
    const upload: Uploader = (_f, onProgress) => {
      report = onProgress;
      return new Promise((resolve) => (finish = resolve));
    };
    const user = userEvent.setup();
    render(<CsvUpload upload={upload} />);
    await user.upload(screen.getByLabelText(/Fichier CSV des présences/), file());
    expect(screen.getByText(/presences\.csv/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Envoyer le fichier" }));
    await vi.waitFor(() => expect(screen.getByRole("progressbar")).toBeInTheDocument());
    report(0.42);
    expect(await screen.findByText("Envoi en cours : 42 %")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Envoyer le fichier" })).toBeDisabled();
    finish({ appliquees: 1200 });
    expect(await screen.findByText("1200 ligne(s) de présence enregistrée(s).")).toBeInTheDocument();
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
  });
});
