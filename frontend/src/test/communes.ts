import { parseCommunes } from "../data/communeIndex";

/** A few communes in the shape of the shipped list (`code|nom|codes postaux|population`). */
export const FEW_COMMUNES = parseCommunes(
  [
    "44109|Nantes|44000 44100 44200 44300|327734",
    "44162|Saint-Herblain|44800|50000",
    "44003|Ancenis-Saint-Géréon|44150|11000",
    "85191|La Roche-sur-Yon|85000|56000",
    "49007|Angers|49000 49100|157000",
    "49099|Cholet|49300|54000",
    "74010|Annecy|74000 74370 74600 74960|131000",
    "2A004|Ajaccio|20000 20090 20167|73000",
    "01015|Arboys en Bugey|01300|600",
  ].join("\n"),
);

export const fewCommunes = async () => FEW_COMMUNES;
