// Vite plugin: `import("virtual:communes")` gives every current French commune (and the municipal
// arrondissements of Paris, Lyon, Marseille) from @etalab/decoupage-administratif, the COG's maintained
// package, trimmed at build time to what the commune picker needs. Imported dynamically, it is a chunk of
// its own, fetched the first time someone types a commune: the main bundle does not carry it.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Plugin } from "vite";

const ID = "virtual:communes";
const RESOLVED = `\0${ID}`;

interface CogCommune {
  code: string;
  nom: string;
  type: string;
  codesPostaux?: string[];
  population?: number;
}

/** One line per commune: `code|nom|codes postaux séparés par des espaces|population`. */
export function communesText(rows: CogCommune[]): string {
  return rows
    .filter((c) => c.type === "commune-actuelle" || c.type === "arrondissement-municipal")
    .map((c) => [c.code, c.nom, (c.codesPostaux ?? []).join(" "), c.population ?? 0].join("|"))
    .join("\n");
}

export function communesPlugin(): Plugin {
  return {
    name: "prf-communes",
    resolveId: (id) => (id === ID ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      const file = createRequire(import.meta.url).resolve("@etalab/decoupage-administratif/data/communes.json");
      const text = communesText(JSON.parse(readFileSync(file, "utf8")) as CogCommune[]);
      return `export default ${JSON.stringify(text)};`;
    },
  };
}
