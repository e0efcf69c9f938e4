"""Commune → QPV / ZRR flags (Pays de la Loire demo reference; a commune hosting a quartier prioritaire
counts as QPV at commune level, the address-level check belongs to France Travail's data)."""

QPV_COMMUNES = frozenset(
    {
        "44109",  # Nantes
        "44184",  # Saint-Nazaire
        "44143",  # Rezé
        "44162",  # Saint-Herblain
        "44190",  # Saint-Sébastien-sur-Loire
        "44114",  # Orvault
        "49007",  # Angers
        "49099",  # Cholet
        "49328",  # Saumur
        "49353",  # Trélazé
        "53130",  # Laval
        "53147",  # Mayenne
        "72181",  # Le Mans
        "72154",  # La Flèche
        "72003",  # Allonnes
        "85191",  # La Roche-sur-Yon
        "85092",  # Fontenay-le-Comte
    }
)

ZRR_COMMUNES = frozenset(
    {
        "53062",  # Craon
        "53017",  # Bais
        "72132",  # Fresnay-sur-Sarthe
        "72264",  # Saint-Calais
        "49176",  # Longué-Jumelles (ancienne)
        "85152",  # Mortagne-sur-Sèvre
        "85064",  # La Châtaigneraie
        "44029",  # Châteaubriant
    }
)


def qpv(commune_insee: str) -> bool:
    return commune_insee in QPV_COMMUNES


def zrr(commune_insee: str) -> bool:
    return commune_insee in ZRR_COMMUNES
