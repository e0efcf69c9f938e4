import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import type { CommuneRef } from "../data/communeIndex";
import { fewCommunes } from "../test/communes";
import { CommuneCombobox } from "./CommuneCombobox";

function Field({ onChange }: { onChange: (c: CommuneRef | null) => void }) {
  const [value, setValue] = useState<CommuneRef | null>(null);
  return (
    <CommuneCombobox
      label="Commune"
      name="commune"
      value={value}
      onChange={(c) => {
        setValue(c);
        onChange(c);
      }}
      load={fewCommunes}
    />
  );
}

describe("CommuneCombobox", () => {
  it("is chosen with the keyboard only, and tells what it offers", async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    render(<Field onChange={onChange} />);
    const input = screen.getByRole("combobox", { name: "Commune" });
    expect(input).toHaveAttribute("aria-expanded", "false");
    await user.type(input, "an");
    const list = await screen.findByRole("listbox", { name: "Communes proposées" });
    expect(input).toHaveAttribute("aria-expanded", "true");
    expect(input).toHaveAttribute("aria-controls", list.id);
    expect(screen.getAllByRole("option").map((o) => o.textContent)).toEqual([
      "Angers (49) · 49000, 49100",
      "Annecy (74) · 74000, 74370, 74600",
      "Ancenis-Saint-Géréon (44) · 44150",
    ]);
    expect(screen.getByText(/3 communes proposées/)).toBeInTheDocument();
    await user.keyboard("{ArrowDown}{ArrowDown}");
    const second = screen.getByRole("option", { name: /Annecy/ });
    expect(second).toHaveAttribute("aria-selected", "true");
    expect(input).toHaveAttribute("aria-activedescendant", second.id);
    await user.keyboard("{Enter}");
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ code: "74010", nom: "Annecy" }));
    expect(input).toHaveValue("Annecy (74)");
    expect(input).toHaveAttribute("aria-expanded", "false");
  });

  it("finds a commune by postcode, closes on Escape, forgets the choice when the text changes", async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    render(<Field onChange={onChange} />);
    const input = screen.getByRole("combobox", { name: "Commune" });
    await user.type(input, "85000");
    expect(await screen.findByRole("option", { name: /La Roche-sur-Yon \(85\)/ })).toBeInTheDocument();
    await user.keyboard("{Escape}");
    expect(input).toHaveAttribute("aria-expanded", "false");
    await user.keyboard("{ArrowDown}{Enter}");
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ code: "85191" }));
    await user.type(input, "x");
    expect(onChange).toHaveBeenLastCalledWith(null);
    await user.clear(input);
    await user.type(input, "zzz");
    expect(await screen.findByText(/Aucune commune ne correspond/)).toBeInTheDocument();
  });

  it("can be chosen with the mouse", async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    render(<Field onChange={onChange} />);
    await user.type(screen.getByRole("combobox", { name: "Commune" }), "chol");
    await user.click(await screen.findByRole("option", { name: /Cholet/ }));
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ code: "49099" }));
  });
});
