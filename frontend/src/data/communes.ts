// Town centres (WGS84) of the main communes of the Région (Pays de la Loire): the search's "distance from a
// commune" needs a point, and the communes' data package (@etalab/decoupage-administratif) carries none.
// Any other commune is searched by its département (see SearchForm's toFilters).
export interface Commune {
  insee: string;
  nom: string;
  departement: string;
  lat: number;
  lon: number;
}

export const COMMUNES: Commune[] = [
  { insee: "44109", nom: "Nantes", departement: "44", lat: 47.2184, lon: -1.5536 },
  { insee: "44184", nom: "Saint-Nazaire", departement: "44", lat: 47.2735, lon: -2.2138 },
  { insee: "44162", nom: "Saint-Herblain", departement: "44", lat: 47.2122, lon: -1.6497 },
  { insee: "44143", nom: "Rezé", departement: "44", lat: 47.1833, lon: -1.55 },
  { insee: "44036", nom: "Châteaubriant", departement: "44", lat: 47.7172, lon: -1.3761 },
  { insee: "44003", nom: "Ancenis-Saint-Géréon", departement: "44", lat: 47.3658, lon: -1.1772 },
  { insee: "44131", nom: "Pornic", departement: "44", lat: 47.1156, lon: -2.1025 },
  { insee: "44043", nom: "Clisson", departement: "44", lat: 47.0867, lon: -1.2819 },
  { insee: "44069", nom: "Guérande", departement: "44", lat: 47.3283, lon: -2.4292 },
  { insee: "49007", nom: "Angers", departement: "49", lat: 47.4784, lon: -0.5632 },
  { insee: "49099", nom: "Cholet", departement: "49", lat: 47.06, lon: -0.8789 },
  { insee: "49328", nom: "Saumur", departement: "49", lat: 47.26, lon: -0.0769 },
  { insee: "49331", nom: "Segré-en-Anjou Bleu", departement: "49", lat: 47.6861, lon: -0.8719 },
  { insee: "53130", nom: "Laval", departement: "53", lat: 48.0706, lon: -0.7734 },
  { insee: "53147", nom: "Mayenne", departement: "53", lat: 48.3031, lon: -0.6136 },
  { insee: "53062", nom: "Château-Gontier-sur-Mayenne", departement: "53", lat: 47.8286, lon: -0.7028 },
  { insee: "72181", nom: "Le Mans", departement: "72", lat: 48.0061, lon: 0.1996 },
  { insee: "72154", nom: "La Flèche", departement: "72", lat: 47.6997, lon: -0.0761 },
  { insee: "72264", nom: "Sablé-sur-Sarthe", departement: "72", lat: 47.8397, lon: -0.3336 },
  { insee: "72180", nom: "Mamers", departement: "72", lat: 48.3497, lon: 0.3694 },
  { insee: "85191", nom: "La Roche-sur-Yon", departement: "85", lat: 46.6705, lon: -1.426 },
  { insee: "85194", nom: "Les Sables-d'Olonne", departement: "85", lat: 46.4967, lon: -1.7831 },
  { insee: "85047", nom: "Challans", departement: "85", lat: 46.8467, lon: -1.8781 },
  { insee: "85092", nom: "Fontenay-le-Comte", departement: "85", lat: 46.4669, lon: -0.8064 },
  { insee: "85109", nom: "Les Herbiers", departement: "85", lat: 46.8711, lon: -1.0136 },
  { insee: "85128", nom: "Luçon", departement: "85", lat: 46.4547, lon: -1.1658 },
];

/** The town centre of a commune, when the app knows it. */
export function communeCentre(insee: string): { lat: number; lon: number } | undefined {
  const c = COMMUNES.find((x) => x.insee === insee);
  return c ? { lat: c.lat, lon: c.lon } : undefined;
}
