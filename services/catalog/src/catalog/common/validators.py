"""Format checks of the field's codes: SIRET (Luhn), ROME, certification, niveau, INSEE commune."""

import re

ROME_RE = re.compile(r"^[A-N]\d{4}$")
FORMACODE_RE = re.compile(r"^\d{5}$")
INSEE_RE = re.compile(r"^(\d{5}|2[AB]\d{3})$")
CERTIF_RE = re.compile(r"^(RNCP|RS)?\s*(\d{1,6})$")
# Old (1969) levels → 2019 nomenclature.
OLD_LEVELS = {"VI": "INFRA_3", "VBIS": "INFRA_3", "V": "3", "IV": "4", "III": "5", "II": "6", "I": "7"}
LEVELS = ("INFRA_3", "3", "4", "5", "6", "7", "8")
LA_POSTE_SIREN = "356000000"


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, char in enumerate(reversed(digits)):
        d = int(char)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def check_siret(value: str) -> str:
    """14 digits with a valid Luhn key (La Poste's establishments use a digit-sum rule instead)."""
    siret = re.sub(r"\s+", "", value or "")
    if not re.fullmatch(r"\d{14}", siret):
        raise ValueError("Le SIRET doit comporter 14 chiffres.")
    if siret.startswith(LA_POSTE_SIREN) and siret != "35600000000048":
        if sum(int(c) for c in siret) % 5 != 0:
            raise ValueError("SIRET invalide (clé de contrôle incorrecte).")
        return siret
    if not luhn_ok(siret):
        raise ValueError("SIRET invalide (clé de contrôle de Luhn incorrecte).")
    return siret


def check_rome(value: str) -> str:
    code = (value or "").strip().upper()
    if not ROME_RE.fullmatch(code):
        raise ValueError(f"Code ROME « {value} » invalide : une lettre de A à N suivie de 4 chiffres.")
    return code


def check_formacode(value: str) -> str:
    code = (value or "").strip()
    if not FORMACODE_RE.fullmatch(code):
        raise ValueError(f"FORMACODE « {value} » invalide : 5 chiffres attendus.")
    return code


def check_certification(value: str) -> str:
    """'RNCP31008', 'rs 5463', '31008' (read as RNCP) → 'RNCP31008' / 'RS5463'."""
    match = CERTIF_RE.fullmatch((value or "").strip().upper())
    if not match:
        raise ValueError(f"Code de certification « {value} » invalide : RNCP ou RS suivi de chiffres.")
    return f"{match.group(1) or 'RNCP'}{int(match.group(2))}"


def check_niveau(value: str) -> str:
    """2019 codes kept; old levels V, IV, III, II, I mapped."""
    raw = (value or "").strip().upper().replace(" ", "")
    if raw in LEVELS:
        return raw
    if raw in OLD_LEVELS:
        return OLD_LEVELS[raw]
    raise ValueError(f"Niveau « {value} » inconnu : attendu INFRA_3, 3 à 8 (ou V, IV, III, II, I).")


def check_insee(value: str) -> str:
    code = (value or "").strip().upper()
    if not INSEE_RE.fullmatch(code):
        raise ValueError(f"Code INSEE de commune « {value} » invalide : 5 caractères attendus.")
    return code
