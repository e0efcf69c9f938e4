// Every French commune, searchable by name or postcode, for the commune pickers. The list itself is
// loaded on first use (a chunk of its own built from @etalab/decoupage-administratif, see
// scripts/vite-communes.ts); matching is done here, in the browser, with no geocoding service.

export interface CommuneRef {
  /** INSEE code, what the API takes. */
  code: string;
  nom: string;
  departement: string;
  codesPostaux: string[];
  population: number;
  /** The name without accents, case, hyphens or apostrophes: what a query is matched against. */
  key: string;
}

/** "Saint-Étienne-de-Montluc" → "saint etienne de montluc"; "L'Île-d'Yeu" → "l ile d yeu". */
export function normalize(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** The département of an INSEE code: 2 characters, 3 for the overseas ones (971…976). */
export function departementOf(code: string): string {
  return code.startsWith("97") ? code.slice(0, 3) : code.slice(0, 2);
}

export function parseCommunes(text: string): CommuneRef[] {
  const out: CommuneRef[] = [];
  for (const line of text.split("\n")) {
    const [code, nom, cps, population] = line.split("|");
    if (!code || !nom) continue;
    out.push({
      code,
      nom,
      departement: departementOf(code),
      codesPostaux: cps ? cps.split(" ") : [],
      population: Number(population) || 0,
      key: normalize(nom),
    });
  }
  return out;
}

let loading: Promise<CommuneRef[]> | null = null;

/** The communes, fetched once per visit (the first call starts the download). */
export function loadCommunes(): Promise<CommuneRef[]> {
  loading ??= import("virtual:communes").then((m) => parseCommunes(m.default));
  loading.catch(() => {
    loading = null; // a failed download is tried again on the next keystroke
  });
  return loading;
}

/**
 * The communes a query names, best first: digits match a postcode (or the INSEE code) by prefix; words
 * match the start of the name, then the start of a word in it; ties go to the larger population.
 */
export function suggestCommunes(all: CommuneRef[], query: string, limit = 10): CommuneRef[] {
  const q = normalize(query);
  if (!q) return [];
  const scored: [number, CommuneRef][] = [];
  if (/^\d[\d ab]*$/.test(q) && /\d/.test(q)) {
    const digits = q.replace(/ /g, "");
    for (const c of all) {
      if (c.code.toLowerCase() === digits) scored.push([0, c]);
      else if (c.codesPostaux.some((cp) => cp.startsWith(digits))) scored.push([1, c]);
    }
  } else {
    for (const c of all) {
      if (c.key === q) scored.push([0, c]);
      else if (c.key.startsWith(q)) scored.push([1, c]);
      else if (c.key.includes(` ${q}`)) scored.push([2, c]);
    }
  }
  scored.sort((a, b) => a[0] - b[0] || b[1].population - a[1].population || a[1].nom.localeCompare(b[1].nom, "fr"));
  return scored.slice(0, limit).map(([, c]) => c);
}

/** How a commune reads in a suggestion and in the field once chosen: "Nantes (44)". */
export function communeLabel(c: Pick<CommuneRef, "nom" | "departement">): string {
  return `${c.nom} (${c.departement})`;
}
