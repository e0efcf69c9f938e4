"""LHÉO 2.3 export (valid against lheo-2.3.xsd); lot and dispositif travel as extras."""

import uuid
from datetime import date
from typing import Any

from lxml import etree
from sqlalchemy.ext.asyncio import AsyncSession

from catalog.errors import ExportVide
from catalog.formations.models import Formation
from catalog.lheo.codes import ETAT_TO_LHEO, MODALITE_TO_LHEO, NIVEAU_TO_LHEO, NS_23, PRF_EXTRAS
from catalog.sessions.models import SessionFormation
from catalog.sessions.repository import SessionView, to_view, view_query

NOT_GIVEN = "Non renseigné"


def _el(parent: Any, tag: str, text: str | None = None, **attrs: str) -> Any:
    node = etree.SubElement(parent, f"{{{NS_23}}}{tag}", **attrs)
    if text is not None:
        node.text = text
    return node


def _extras(parent: Any, values: dict[str, str | None]) -> None:
    block = _el(parent, "extras", info=PRF_EXTRAS)
    for key, value in values.items():
        if value is not None:
            _el(block, "extra", value, info=key)


def _d(day: date) -> str:
    # Zero-padded by hand: strftime("%Y") writes year 999 as "999", an 7-digit date LHÉO refuses.
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def _trim(text: str | None, size: int = 3000) -> str:
    return (text or NOT_GIVEN)[:size] or NOT_GIVEN


def _adresse(parent: Any, v: SessionView) -> None:
    a = v.action
    adresse = _el(parent, "adresse")
    _el(adresse, "ligne", a.commune[:50])
    _el(adresse, "codepostal", a.code_postal or f"{a.departement[:2]}000")
    _el(adresse, "ville", a.commune[:50])
    _el(adresse, "departement", a.departement)
    _el(adresse, "code-INSEE-commune", a.commune_insee)
    if a.latitude is not None and a.longitude is not None:
        geo = _el(adresse, "geolocalisation")
        _el(geo, "latitude", f"{a.latitude:.6f}")
        _el(geo, "longitude", f"{a.longitude:.6f}")


def _formation_head(offres: Any, v: SessionView) -> Any:
    f = v.formation
    node = _el(offres, "formation", numero=f.lheo_numero or str(f.id))
    domaine = _el(node, "domaine-formation")
    for code in f.formacodes[:5]:
        _el(domaine, "code-FORMACODE", code)
    for code in f.romes[:5]:
        _el(domaine, "code-ROME", code)
    _el(node, "intitule-formation", f.intitule[:255])
    _el(node, "objectif-formation", _trim(f.objectif))
    _el(node, "resultats-attendus", _trim(f.certification_intitule))
    _el(node, "contenu-formation", _trim(f.contenu))
    _el(node, "certifiante", "1" if f.certifiante else "0")
    _el(_el(node, "contact-formation"), "coordonnees")
    _el(node, "parcours-de-formation", "1")
    _el(node, "code-niveau-entree", "0")
    if f.certification_code:
        cert = _el(node, "certification")
        tag = "code-RS" if f.certification_code.startswith("RS") else "code-RNCP"
        _el(cert, tag, f.certification_code.removeprefix("RNCP").removeprefix("RS"))
    _el(node, "code-niveau-sortie", NIVEAU_TO_LHEO.get(f.niveau or "", "0"))
    return node


def _action(formation_node: Any, v: SessionView) -> Any:
    a = v.action
    node = _el(formation_node, "action", numero=a.lheo_numero or str(a.id))
    _el(node, "rythme-formation", "Temps plein" if a.temps_plein else "Temps partiel")
    _el(node, "code-public-vise", "83056")  # FORMACODE « demandeur d'emploi »
    _el(node, "niveau-entree-obligatoire", "0")
    _el(node, "modalites-alternance", _trim(None))
    _el(node, "modalites-enseignement", MODALITE_TO_LHEO.get(a.modalite, "0"))
    _el(node, "conditions-specifiques", _trim(a.prerequis))
    _el(node, "prise-en-charge-frais-possible", "1")
    _adresse(_el(_el(node, "lieu-de-formation"), "coordonnees"), v)
    _el(node, "modalites-entrees-sorties", "1" if a.entrees_sorties_permanentes else "0")
    return node


def _action_tail(node: Any, v: SessionView) -> None:
    a = v.action
    _el(node, "nombre-heures-centre", str(round(a.heures_centre)))
    _el(node, "nombre-heures-entreprise", str(round(a.heures_entreprise)))
    _el(node, "nombre-heures-total", str(round(a.heures_centre + a.heures_entreprise)))


def _session(action_node: Any, v: SessionView) -> None:
    s = v.session
    node = _el(action_node, "session", numero=s.lheo_numero or str(s.id))
    periode = _el(node, "periode")
    _el(periode, "debut", _d(s.debut))
    _el(periode, "fin", _d(s.fin))
    _adresse(_el(node, "adresse-inscription"), v)
    _el(node, "etat-recrutement", ETAT_TO_LHEO.get(s.etat_recrutement, "1"))
    _extras(
        node, {"places-ouvertes": str(s.places_ouvertes), "places-disponibles": str(s.places_disponibles)}
    )


def _responsable(formation_node: Any, v: SessionView) -> None:
    o = v.organisme
    node = _el(formation_node, "organisme-formation-responsable")
    _el(node, "numero-activite", o.numero_activite or "00000000000")
    _el(_el(node, "SIRET-organisme-formation"), "SIRET", o.siret)
    _el(node, "nom-organisme", o.raison_sociale[:250])
    _el(node, "raison-sociale", o.raison_sociale[:250])
    _el(_el(node, "coordonnees-organisme"), "coordonnees")
    _el(_el(node, "contact-organisme"), "coordonnees")
    f = v.formation
    lot = v.lot
    _extras(
        formation_node,
        {
            "lot-id": str(lot.id) if lot else None,
            "lot-numero": str(lot.numero) if lot else None,
            "lot-intitule": lot.intitule if lot else None,
            "dispositif": f.dispositif,
            "programme": f.programme,
        },
    )


async def export_document(
    session: AsyncSession,
    *,
    today: date,
    inclure_terminees: bool,
    lot: uuid.UUID | None,
    dispositif: str | None,
) -> bytes:
    stmt = view_query()
    if not inclure_terminees:
        stmt = stmt.where(SessionFormation.fin >= today)
    if lot is not None:
        stmt = stmt.where(Formation.lot_id == lot)
    if dispositif:
        stmt = stmt.where(Formation.dispositif == dispositif)
    stmt = stmt.order_by(Formation.intitule, Formation.id, SessionFormation.action_id, SessionFormation.debut)
    views = [to_view(r) for r in (await session.execute(stmt)).all()]
    if not views:
        raise ExportVide("Aucune session à exporter avec ces critères.")
    return build(views)


def build(views: list[SessionView]) -> bytes:
    root = etree.Element(f"{{{NS_23}}}lheo", nsmap={None: NS_23})
    offres = _el(root, "offres")
    by_formation: dict[uuid.UUID, list[SessionView]] = {}
    for v in views:
        by_formation.setdefault(v.formation.id, []).append(v)
    for group in by_formation.values():
        node = _formation_head(offres, group[0])
        by_action: dict[uuid.UUID, list[SessionView]] = {}
        for v in group:
            by_action.setdefault(v.action.id, []).append(v)
        for sessions in by_action.values():
            action_node = _action(node, sessions[0])
            for v in sessions:
                _session(action_node, v)
            _action_tail(action_node, sessions[0])
        _responsable(node, group[0])
    return bytes(etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True))
