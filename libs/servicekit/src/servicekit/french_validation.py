"""Pydantic validation errors in French, each located by a JSON pointer (RFC 6901)."""

from typing import Any


def pointer_from_loc(loc: tuple[Any, ...] | list[Any]) -> str:
    """('body', 'stagiaire', 'sexe') → /stagiaire/sexe ; ('query', 'page') → /page."""
    parts = list(loc)
    if parts and parts[0] in ("body", "query", "path", "header", "cookie"):
        parts = parts[1:]
    return "/" + "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in parts)


_PYDANTIC_FR = {
    "missing": "Champ obligatoire.",
    "string_type": "Une chaîne de caractères est attendue.",
    "int_parsing": "Un nombre entier est attendu.",
    "int_type": "Un nombre entier est attendu.",
    "float_parsing": "Un nombre est attendu.",
    "float_type": "Un nombre est attendu.",
    "bool_parsing": "Un booléen (true/false) est attendu.",
    "bool_type": "Un booléen (true/false) est attendu.",
    "date_from_datetime_parsing": "Une date au format AAAA-MM-JJ est attendue.",
    "date_parsing": "Une date au format AAAA-MM-JJ est attendue.",
    "date_type": "Une date au format AAAA-MM-JJ est attendue.",
    "datetime_parsing": "Un horodatage ISO 8601 est attendu.",
    "datetime_from_date_parsing": "Un horodatage ISO 8601 est attendu.",
    "uuid_parsing": "Un identifiant (UUID) est attendu.",
    "uuid_type": "Un identifiant (UUID) est attendu.",
    "enum": "Valeur non autorisée.",
    "literal_error": "Valeur non autorisée.",
    "greater_than_equal": "Valeur trop petite.",
    "greater_than": "Valeur trop petite.",
    "less_than_equal": "Valeur trop grande.",
    "less_than": "Valeur trop grande.",
    "string_too_short": "Texte trop court.",
    "string_too_long": "Texte trop long.",
    "string_pattern_mismatch": "Format invalide.",
    "extra_forbidden": "Champ inconnu.",
    "json_invalid": "JSON invalide.",
    "model_attributes_type": "Un objet JSON est attendu.",
    "dict_type": "Un objet JSON est attendu.",
    "list_type": "Une liste est attendue.",
    "too_short": "Liste trop courte.",
    "too_long": "Liste trop longue.",
}


def french_message(err: dict[str, Any]) -> str:
    kind = err.get("type", "")
    if kind == "value_error":
        # Our own validators raise ValueError with a French message.
        msg = str(err.get("msg", ""))
        return msg.removeprefix("Value error, ")
    base = _PYDANTIC_FR.get(kind)
    if base is None:
        return str(err.get("msg", "Valeur invalide."))
    ctx = err.get("ctx") or {}
    if kind in ("enum", "literal_error") and "expected" in ctx:
        return f"{base} Attendu : {ctx['expected']}."
    if kind in ("greater_than_equal", "greater_than") and ctx:
        return f"{base} Minimum : {ctx.get('ge', ctx.get('gt'))}."
    if kind in ("less_than_equal", "less_than") and ctx:
        return f"{base} Maximum : {ctx.get('le', ctx.get('lt'))}."
    return base
