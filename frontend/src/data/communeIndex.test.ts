import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { communesText } from "../../scripts/vite-communes";
import { FEW_COMMUNES } from "../test/communes";
import { communeLabel, departementOf, normalize, parseCommunes, suggestCommunes } from "./communeIndex";

const names = (q: string) => suggestCommunes(FEW_COMMUNES, q).map((c) => c.nom);

describe("commune suggestions", () => {
  it("match a name whatever its accents, case, hyphens", () => {
    expect(normalize("L'Île-d'Yeu")).toBe("l ile d yeu");
    expect(names("nan")).toEqual(["Nantes"]);
    expect(names("saint gereon")).toEqual(["Ancenis-Saint-Géréon"]);
    expect(names("ROCHE SUR")).toEqual(["La Roche-sur-Yon"]);
  });

  it("put the name's start before a word inside it, then the larger commune", () => {
    expect(names("an")).toEqual(["Angers", "Annecy", "Ancenis-Saint-Géréon"]);
    expect(names("saint")).toEqual(["Saint-Herblain", "Ancenis-Saint-Géréon"]);
  });

  it("match a postcode by its start, and an INSEE code exactly", () => {
    expect(names("85000")).toEqual(["La Roche-sur-Yon"]);
    expect(names("441")).toEqual(["Nantes", "Ancenis-Saint-Géréon"]);
    expect(names("44109")).toEqual(["Nantes"]);
    expect(names("2a004")).toEqual(["Ajaccio"]);
    expect(names("")).toEqual([]);
  });

  it("read the département from the INSEE code", () => {
    expect(departementOf("2A004")).toBe("2A");
    expect(departementOf("97411")).toBe("974");
    expect(communeLabel(FEW_COMMUNES[0])).toBe("Nantes (44)");
  });
});

describe("the shipped list", () => {
  // The same trimming the build does (scripts/vite-communes.ts), on the package's own data.
  const file = createRequire(import.meta.url).resolve("@etalab/decoupage-administratif/data/communes.json");
  const all = parseCommunes(communesText(JSON.parse(readFileSync(file, "utf8"))));

  it("covers every French commune, overseas and Corsica included", () => {
    expect(all.length).toBeGreaterThan(34_000);
    const byCode = new Map(all.map((c) => [c.code, c]));
    expect(byCode.get("44109")).toMatchObject({ nom: "Nantes", departement: "44" });
    expect(byCode.get("44109")?.codesPostaux).toContain("44000");
    expect(byCode.get("2A004")?.nom).toBe("Ajaccio");
    expect(byCode.get("97411")?.nom).toBe("Saint-Denis");
    expect(byCode.get("75115")?.nom).toBe("Paris 15e Arrondissement");
    expect(new Set(all.map((c) => c.departement)).size).toBeGreaterThanOrEqual(101);
  });

  it("finds a commune from its postcode among all of them", () => {
    expect(suggestCommunes(all, "53000")[0].nom).toBe("Laval");
    expect(suggestCommunes(all, "Saint-Nazaire")[0]).toMatchObject({ code: "44184" });
  });
});
