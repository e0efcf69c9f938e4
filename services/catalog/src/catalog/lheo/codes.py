"""LHÉO dictionaries ↔ the catalogue's codes."""

NS_22 = "http://www.lheo.org/2.2"
NS_23 = "http://lheo.gouv.fr/2.3"
VERSIONS = {NS_22: "2.2", NS_23: "2.3"}

# code-niveau-sortie: 1969 levels (4 = V … 8 = I) and the 2019 ones (11 … 18).
NIVEAU_FROM_LHEO = {
    "2": "INFRA_3",
    "3": "INFRA_3",
    "4": "3",
    "5": "4",
    "6": "5",
    "7": "6",
    "8": "7",
    "11": "INFRA_3",
    "12": "INFRA_3",
    "13": "3",
    "14": "4",
    "15": "5",
    "16": "6",
    "17": "7",
    "18": "8",
}
NIVEAU_TO_LHEO = {"INFRA_3": "12", "3": "13", "4": "14", "5": "15", "6": "16", "7": "17", "8": "18"}

MODALITE_FROM_LHEO = {"0": "PRESENTIEL", "1": "MIXTE", "2": "DISTANCE"}
MODALITE_TO_LHEO = {v: k for k, v in MODALITE_FROM_LHEO.items()}

ETAT_FROM_LHEO = {"1": "OUVERT", "2": "FERME", "3": "SUSPENDU"}
ETAT_TO_LHEO = {v: k for k, v in ETAT_FROM_LHEO.items()}

# Our own extras (LHÉO has no lots): <extras info="prf"><extra info="lot-id">…</extra>…</extras>.
PRF_EXTRAS = "prf"
