import { describe, expect, it, vi } from "vitest";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { AttendanceGrid, parseHours } from "./AttendanceGrid";

const rows = [
  { parcours_id: "p1", nom: "Léa MARTIN" },
  { parcours_id: "p2", nom: "Karim BENALI" },
];
const monday = "2025-03-03";

const cell = (who: string, day: string, what: "présence" | "absence") =>
  screen.getByLabelText(
    new RegExp(`^${who}, ${day} .* : heures ${what === "présence" ? "de présence" : "d'absence"}$`),
  );

describe("AttendanceGrid", () => {
  it("moves between cells with the arrow keys and Enter", async () => {
    const user = userEvent.setup();
    render(<AttendanceGrid rows={rows} weekStart={monday} save={vi.fn()} />);
    cell("Léa MARTIN", "lundi", "présence").focus();
    await user.keyboard("{ArrowRight}");
    expect(cell("Léa MARTIN", "lundi", "absence")).toHaveFocus();
    await user.keyboard("{ArrowRight}{ArrowRight}");
    expect(cell("Léa MARTIN", "mardi", "présence")).toHaveFocus();
    await user.keyboard("{ArrowDown}");
    expect(cell("Karim BENALI", "mardi", "présence")).toHaveFocus();
    await user.keyboard("{ArrowUp}{ArrowLeft}");
    expect(screen.getByLabelText(/^Léa MARTIN, lundi .* : motif d'absence$/)).toHaveFocus();
    cell("Léa MARTIN", "jeudi", "présence").focus();
    await user.keyboard("{Enter}");
    expect(cell("Karim BENALI", "jeudi", "présence")).toHaveFocus();
  });

  it("saves the whole week in one call, with decimal commas and absence reasons", async () => {
    const save = vi.fn().mockResolvedValue({ appliquees: 3, erreurs: [] });
    const user = userEvent.setup();
    render(<AttendanceGrid rows={rows} weekStart={monday} save={save} />);
    await user.type(cell("Léa MARTIN", "lundi", "présence"), "7");
    await user.type(cell("Léa MARTIN", "mardi", "présence"), "3,5");
    await user.type(cell("Léa MARTIN", "mardi", "absence"), "3,5");
    await user.selectOptions(screen.getByLabelText(/^Léa MARTIN, mardi .* : motif d'absence$/), "JUSTIFIEE");
    await user.type(cell("Karim BENALI", "lundi", "absence"), "7");
    await user.click(screen.getByRole("button", { name: "Enregistrer la semaine" }));
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0][0]).toEqual([
      { parcours_id: "p1", date: "2025-03-03", heures_presence: 7, heures_absence: 0, motif_absence: null },
      { parcours_id: "p1", date: "2025-03-04", heures_presence: 3.5, heures_absence: 3.5, motif_absence: "JUSTIFIEE" },
      { parcours_id: "p2", date: "2025-03-03", heures_presence: 0, heures_absence: 7, motif_absence: "INJUSTIFIEE" },
    ]);
    expect(await screen.findByText("3 présence(s) enregistrée(s).")).toBeInTheDocument();
  });

  it("puts each refused item's message on its cell", async () => {
    const save = vi.fn().mockResolvedValue({
      appliquees: 1,
      erreurs: [{ index: 1, pointer: "/presences/1/date", message: "Date postérieure à la sortie." }],
    });
    const user = userEvent.setup();
    render(<AttendanceGrid rows={rows} weekStart={monday} save={save} />);
    await user.type(cell("Léa MARTIN", "lundi", "présence"), "7");
    await user.type(cell("Karim BENALI", "vendredi", "présence"), "7");
    await user.click(screen.getByRole("button", { name: "Enregistrer la semaine" }));
    expect(await screen.findByText("Date postérieure à la sortie.")).toBeInTheDocument();
    expect(cell("Karim BENALI", "vendredi", "présence")).toHaveAttribute("aria-invalid", "true");
    expect(cell("Léa MARTIN", "lundi", "présence")).not.toHaveAttribute("aria-invalid");
    expect(screen.getByText(/1 présence\(s\) enregistrée\(s\), 1 refusée\(s\)/)).toBeInTheDocument();
  });

  it("refuses what is not a number before calling the API", async () => {
    const save = vi.fn();
    const user = userEvent.setup();
    render(<AttendanceGrid rows={rows} weekStart={monday} save={save} />);
    await user.type(cell("Léa MARTIN", "lundi", "présence"), "sept");
    await user.click(screen.getByRole("button", { name: "Enregistrer la semaine" }));
    expect(save).not.toHaveBeenCalled();
    expect(screen.getByText(/Saisissez un nombre d'heures/)).toBeInTheDocument();
  });

  it("fills the empty cells with a full day", async () => {
    const save = vi.fn().mockResolvedValue({ appliquees: 10, erreurs: [] });
    const user = userEvent.setup();
    render(<AttendanceGrid rows={rows} weekStart={monday} save={save} defaultHours={7} />);
    await user.click(screen.getByRole("button", { name: /Compléter les cases vides/ }));
    await user.click(screen.getByRole("button", { name: "Enregistrer la semaine" }));
    expect(save.mock.calls[0][0]).toHaveLength(10);
  });

  it("parses hours the French way", () => {
    expect(parseHours("3,5")).toBe(3.5);
    expect(parseHours(" 7 ")).toBe(7);
    expect(parseHours("")).toBeNull();
    expect(parseHours("x")).toBeNaN();
  });
});
