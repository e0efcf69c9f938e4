"""Reads a LHÉO 2.2 / 2.3 document into plain records, each with the errors found in it."""

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from lxml import etree

from catalog.common import validators as v
from catalog.errors import LheoInvalide, XmlInvalide
from catalog.lheo.codes import ETAT_FROM_LHEO, MODALITE_FROM_LHEO, NIVEAU_FROM_LHEO, PRF_EXTRAS, VERSIONS
from servicekit.problems import FieldError

Element = Any  # lxml's _Element


@dataclass
class Record:
    path: str
    numero: str | None
    fields: dict[str, Any] = field(default_factory=dict)
    errors: list[dict[str, str]] = field(default_factory=list)

    def error(self, element: str, message: str) -> None:
        self.errors.append({"element": element, "message": message})


@dataclass
class SessionRec(Record):
    pass


@dataclass
class ActionRec(Record):
    sessions: list[SessionRec] = field(default_factory=list)


@dataclass
class FormationRec(Record):
    organisme: dict[str, Any] = field(default_factory=dict)
    actions: list[ActionRec] = field(default_factory=list)


class Reader:
    """Namespace-aware helpers on one document."""

    def __init__(self, ns: str) -> None:
        self.ns = ns

    def q(self, path: str) -> str:
        return "/".join(f"{{{self.ns}}}{part}" for part in path.split("/"))

    def all(self, el: Element, path: str) -> list[Element]:
        return list(el.iterfind(self.q(path)))

    def text(self, el: Element, path: str) -> str | None:
        found = el.find(self.q(path))
        if found is None or found.text is None:
            return None
        value = " ".join(found.text.split())
        return value or None

    def extras(self, el: Element, info: str) -> dict[str, str]:
        out: dict[str, str] = {}
        for block in self.all(el, "extras"):
            if block.get("info") == info:
                for item in block.iterfind(self.q("extra")):
                    if item.get("info") and item.text:
                        out[item.get("info")] = item.text.strip()
        return out


_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def load(body: bytes) -> tuple[str, Element]:
    """(version, <lheo> root) or a 422 problem naming what is wrong with the document."""
    if not body.strip():
        raise _document_problem("Document vide : un fichier LHÉO (XML) est attendu.")
    try:
        root = etree.fromstring(body, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise _document_problem(f"XML mal formé (ligne {exc.lineno}) : {exc.msg}", error=XmlInvalide) from exc
    qname = etree.QName(root)
    if qname.localname != "lheo" or qname.namespace not in VERSIONS:
        raise _document_problem(
            f"Ce n'est pas un document LHÉO 2.2 ou 2.3 : élément racine <{qname.localname}> "
            f"dans l'espace de noms « {qname.namespace or 'aucun'} »."
        )
    reader = Reader(qname.namespace)
    if root.find(reader.q("offres")) is None:
        raise _document_problem("Élément <offres> absent sous <lheo>.", pointer="/lheo/offres")
    return VERSIONS[qname.namespace], root


def _document_problem(
    message: str, *, error: type[LheoInvalide | XmlInvalide] = LheoInvalide, pointer: str = "/lheo"
) -> LheoInvalide | XmlInvalide:
    return error(message, errors=[FieldError(pointer, message)])


def parse_date(raw: str | None) -> date | None:
    if not raw or raw.strip("0") == "":
        return None
    digits = raw.replace("-", "")
    try:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except (ValueError, IndexError):
        return None


def _number(raw: str | None) -> float | None:
    try:
        return float(raw.replace(",", ".")) if raw else None
    except ValueError:
        return None


def read_formations(root: Element) -> list[FormationRec]:
    reader = Reader(etree.QName(root).namespace)
    offres = root.find(reader.q("offres"))
    return [
        read_formation(reader, el, f"/lheo/offres/formation[{i}]")
        for i, el in enumerate(reader.all(offres, "formation"), start=1)
    ]


def read_formation(r: Reader, el: Element, path: str) -> FormationRec:
    rec = FormationRec(path=path, numero=el.get("numero") or None)
    if not rec.numero:
        rec.error(
            path,
            "Attribut « numero » absent : la formation ne pourrait pas être rapprochée au prochain import.",
        )
    intitule = r.text(el, "intitule-formation")
    if not intitule:
        rec.error(f"{path}/intitule-formation", "Intitulé de la formation absent.")
    rec.fields = {
        "intitule": (intitule or "")[:255],
        "objectif": r.text(el, "objectif-formation"),
        "contenu": r.text(el, "contenu-formation"),
        "certifiante": r.text(el, "certifiante") == "1",
        "niveau": NIVEAU_FROM_LHEO.get(r.text(el, "code-niveau-sortie") or ""),
        "certification_code": _certification(r, el, rec, path),
        "formacodes": _codes(r, el, rec, f"{path}/domaine-formation", "code-FORMACODE", v.check_formacode),
        "romes": _codes(r, el, rec, f"{path}/domaine-formation", "code-ROME", v.check_rome),
        "prf": r.extras(el, PRF_EXTRAS),
    }
    rec.organisme = _organisme(r, el, rec, f"{path}/organisme-formation-responsable")
    rec.actions = [
        read_action(r, a, f"{path}/action[{i}]") for i, a in enumerate(r.all(el, "action"), start=1)
    ]
    if not rec.actions:
        rec.error(f"{path}/action", "Aucune action sous cette formation.")
    return rec


def _certification(r: Reader, el: Element, rec: FormationRec, path: str) -> str | None:
    for cert in r.all(el, "certification"):
        for tag, prefix in (("code-RNCP", "RNCP"), ("code-RS", "RS")):
            raw = r.text(cert, tag)
            if raw:
                try:
                    return v.check_certification(prefix + raw.upper().removeprefix(prefix))
                except ValueError as exc:
                    rec.error(f"{path}/certification/{tag}", str(exc))
    return None


def _codes(r: Reader, el: Element, rec: Record, path: str, tag: str, check: Any) -> list[str]:
    out: list[str] = []
    domaine = el.find(r.q("domaine-formation"))
    for i, code_el in enumerate([] if domaine is None else r.all(domaine, tag), start=1):
        try:
            out.append(check(code_el.text or ""))
        except ValueError as exc:
            rec.error(f"{path}/{tag}[{i}]", str(exc))
    return list(dict.fromkeys(out))[:5]


def _organisme(r: Reader, el: Element, rec: FormationRec, path: str) -> dict[str, Any]:
    ofr = el.find(r.q("organisme-formation-responsable"))
    if ofr is None:
        rec.error(path, "Organisme responsable absent.")
        return {}
    siret = r.text(ofr, "SIRET-organisme-formation/SIRET") or ""
    try:
        siret = v.check_siret(siret)
    except ValueError as exc:
        rec.error(f"{path}/SIRET-organisme-formation/SIRET", str(exc))
    nom = r.text(ofr, "raison-sociale") or r.text(ofr, "nom-organisme") or siret
    activite = r.text(ofr, "numero-activite")
    return {
        "siret": siret,
        "raison_sociale": nom[:250],
        "numero_activite": activite if activite and len(activite) == 11 else None,
    }


def read_action(r: Reader, el: Element, path: str) -> ActionRec:
    rec = ActionRec(path=path, numero=el.get("numero") or None)
    if not rec.numero:
        rec.error(path, "Attribut « numero » absent sur l'action.")
    lieu, lieu_path = _lieu(r, el)
    rec.fields = {
        **lieu,
        "modalite": MODALITE_FROM_LHEO.get(r.text(el, "modalites-enseignement") or "0", "PRESENTIEL"),
        "temps_plein": "partiel" not in (r.text(el, "rythme-formation") or "").lower(),
        "entrees_sorties_permanentes": r.text(el, "modalites-entrees-sorties") == "1",
        "heures_centre": _number(r.text(el, "nombre-heures-centre")) or 0,
        "heures_entreprise": _number(r.text(el, "nombre-heures-entreprise")) or 0,
        "prerequis": r.text(el, "conditions-specifiques"),
    }
    _check_lieu(rec, lieu, lieu_path)
    financed = sum(
        int(_number(r.text(f, "nb-places-financees")) or 0) for f in r.all(el, "organisme-financeur")
    )
    rec.sessions = [
        read_session(r, s, f"{path}/session[{i}]", financed)
        for i, s in enumerate(r.all(el, "session"), start=1)
    ]
    return rec


def _lieu(r: Reader, el: Element) -> tuple[dict[str, Any], str]:
    candidates = [("lieu-de-formation/coordonnees/adresse", "lieu-de-formation/coordonnees/adresse")]
    candidates.append(("session/adresse-inscription/adresse", "session[1]/adresse-inscription/adresse"))
    for path, label in candidates:
        adresse = el.find(r.q(path))
        if adresse is not None:
            insee = r.text(adresse, "code-INSEE-commune") or ""
            return {
                "commune_insee": insee,
                "commune": (r.text(adresse, "ville") or "")[:120],
                "code_postal": r.text(adresse, "codepostal"),
                "departement": r.text(adresse, "departement") or insee[:2],
                "latitude": _number(r.text(adresse, "geolocalisation/latitude")),
                "longitude": _number(r.text(adresse, "geolocalisation/longitude")),
            }, label
    return {}, "lieu-de-formation"


def _check_lieu(rec: ActionRec, lieu: dict[str, Any], lieu_path: str) -> None:
    base = f"{rec.path}/{lieu_path}"
    if not lieu:
        rec.error(
            f"{rec.path}/lieu-de-formation",
            "Lieu de formation absent (ni lieu-de-formation ni adresse d'inscription).",
        )
        return
    try:
        lieu["commune_insee"] = v.check_insee(lieu["commune_insee"])
    except ValueError as exc:
        rec.error(f"{base}/code-INSEE-commune", str(exc))
    if not lieu["commune"]:
        rec.error(f"{base}/ville", "Commune du lieu de formation absente.")
    if lieu["code_postal"] and not (len(lieu["code_postal"]) == 5 and lieu["code_postal"].isdigit()):
        lieu["code_postal"] = None
    for key, bound in (("latitude", 90), ("longitude", 180)):
        if lieu[key] is not None and abs(lieu[key]) > bound:
            lieu[key] = None


def read_session(r: Reader, el: Element, path: str, financed: int) -> SessionRec:
    rec = SessionRec(path=path, numero=el.get("numero") or None)
    if not rec.numero:
        rec.error(path, "Attribut « numero » absent sur la session.")
    debut = parse_date(r.text(el, "periode/debut"))
    fin = parse_date(r.text(el, "periode/fin"))
    if debut is None:
        rec.error(f"{path}/periode/debut", "Date de début absente ou inconnue (AAAAMMJJ attendu).")
    if fin is None:
        rec.error(f"{path}/periode/fin", "Date de fin absente ou inconnue (AAAAMMJJ attendu).")
    if debut and fin and fin < debut:
        rec.error(f"{path}/periode/fin", "La fin de la session précède son début.")
    prf = r.extras(el, PRF_EXTRAS)
    places = _number(prf.get("places-ouvertes")) or _number(r.text(el, "recrutement/nb-places"))
    rec.fields = {
        "debut": debut,
        "fin": fin,
        "etat_recrutement": ETAT_FROM_LHEO.get(r.text(el, "etat-recrutement") or "1", "OUVERT"),
        "places_ouvertes": int(places) if places is not None else financed,
    }
    return rec
