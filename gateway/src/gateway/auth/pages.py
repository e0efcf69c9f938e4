"""The gateway's own HTML: the login page and the error page, in French, in the DSFR look.

No external resource (no CDN, no font download): a small inline stylesheet echoing the Système de design
de l'État (Marianne falls back to the system sans-serif), allowed by its hash in the page's CSP.
"""

from __future__ import annotations

import base64
import hashlib
from html import escape
from urllib.parse import urlsplit

from fastapi.responses import HTMLResponse

CSS = """
:root{--bleu-france:#000091;--bleu-france-hover:#1212ff;--gris:#3a3a3a;--gris-clair:#f6f6f6;
--bordure:#dddddd;--erreur:#ce0500;--info:#0063cb}
*{box-sizing:border-box}
body{margin:0;font-family:Marianne,system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;
color:#161616;background:var(--gris-clair);line-height:1.5}
header{background:#fff;border-bottom:1px solid var(--bordure);box-shadow:0 2px 4px rgba(0,0,18,.08)}
.entete{max-width:72rem;margin:0 auto;padding:1rem 1.5rem;display:flex;align-items:center;gap:1.5rem}
.marianne{font-weight:700;font-size:.9rem;line-height:1.05;text-transform:uppercase;letter-spacing:-.01em}
.marianne:before{content:"";display:block;width:2.5rem;height:.9rem;margin-bottom:.35rem;
background:linear-gradient(90deg,var(--bleu-france) 33%,#fff 33% 66%,#e1000f 66%)}
.service{font-size:1.25rem;font-weight:700;margin:0}
.service small{display:block;font-size:.875rem;font-weight:400;color:var(--gris)}
main{max-width:32rem;margin:2.5rem auto;padding:0 1rem}
.carte{background:#fff;border:1px solid var(--bordure);padding:2rem}
h1{font-size:1.75rem;line-height:1.25;margin:0 0 1.5rem}
p{margin:0 0 1rem}
label{display:block;margin-bottom:.5rem}
label .aide{display:block;font-size:.75rem;color:var(--gris)}
input[type=text],input[type=email],input[type=password]{width:100%;padding:.5rem 1rem;font:inherit;
border:0;border-radius:.25rem .25rem 0 0;background:#eeeeee;box-shadow:inset 0 -2px 0 0 var(--gris)}
input:focus{outline:2px solid #0a76f6;outline-offset:2px}
.groupe{margin-bottom:1.5rem}
.bouton{display:inline-block;border:0;cursor:pointer;font:inherit;font-weight:500;padding:.5rem 1.5rem;
min-height:2.5rem;background:var(--bleu-france);color:#f5f5fe;text-decoration:none}
.bouton:hover{background:var(--bleu-france-hover)}
.bouton.secondaire{background:#fff;color:var(--bleu-france);box-shadow:inset 0 0 0 1px var(--bleu-france)}
.alerte{border:1px solid var(--erreur);border-left-width:.5rem;padding:.75rem 1rem;margin-bottom:1.5rem}
.alerte.info{border-color:var(--info)}
.alerte strong{display:block}
.separateur{display:flex;align-items:center;gap:1rem;margin:1.5rem 0;color:var(--gris)}
.separateur:before,.separateur:after{content:"";flex:1;border-top:1px solid var(--bordure)}
.demo{font-size:.875rem;color:var(--gris);margin-top:1.5rem}
footer{max-width:72rem;margin:3rem auto 1rem;padding:1rem 1.5rem;border-top:2px solid var(--bleu-france);
font-size:.75rem;color:var(--gris)}
"""

CSS_HASH = "sha256-" + base64.b64encode(hashlib.sha256(CSS.encode()).digest()).decode()


def _origin(uri: str) -> str | None:
    parts = urlsplit(uri)
    if parts.scheme in ("http", "https") and parts.netloc:
        return f"{parts.scheme}://{parts.netloc}"
    return None


def page_csp(form_targets: list[str] | None = None) -> str:
    """The login page's policy: only its own stylesheet; forms may post here and land on the client."""
    actions = ["'self'", *sorted({o for o in (_origin(u) for u in form_targets or []) if o})]
    return (
        f"default-src 'none'; style-src '{CSS_HASH}'; img-src 'self' data:; "
        f"form-action {' '.join(actions)}; frame-ancestors 'none'; base-uri 'none'"
    )


def layout(title: str, body: str) -> str:
    return f"""<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>{escape(title)} — PRF</title>
<style>{CSS}</style>
</head>
<body>
<header role="banner"><div class="entete">
<p class="marianne">République<br>Française</p>
<p class="service">PRF<small>Programme régional de formation</small></p>
</div></header>
<main role="main" id="contenu">
{body}
</main>
<footer role="contentinfo">PRF — plateforme du programme régional de formation des demandeurs d'emploi.</footer>
</body>
</html>"""


def login_page(
    *,
    action: str,
    csrf: str,
    client_name: str,
    username: str = "",
    error: str | None = None,
    broker_url: str | None = None,
    broker_name: str = "",
    local_form: bool = True,
    demo_hint: bool = False,
    status: int = 200,
    redirect_uri: str | None = None,
    headers: dict[str, str] | None = None,
) -> HTMLResponse:
    parts = ['<div class="carte">', "<h1>Connexion à PRF</h1>"]
    parts.append(f"<p>Vous vous connectez à : <strong>{escape(client_name)}</strong>.</p>")
    if error:
        parts.append(
            f'<div class="alerte" role="alert"><strong>Connexion impossible</strong>{escape(error)}</div>'
        )
    if broker_url:
        parts.append(
            f'<p><a class="bouton secondaire" href="{escape(broker_url)}">'
            f"S'identifier avec {escape(broker_name)}</a></p>"
        )
        if local_form:
            parts.append('<p class="separateur">ou</p>')
    if local_form:
        parts.append(
            f"""<form method="post" action="{escape(action)}" novalidate>
<input type="hidden" name="csrf_token" value="{escape(csrf)}">
<div class="groupe">
<label for="username">Adresse électronique<span class="aide">Format attendu : nom@domaine.fr</span></label>
<input type="text" id="username" name="username" autocomplete="username" autocapitalize="none"
 spellcheck="false" required value="{escape(username)}"{"" if username else " autofocus"}>
</div>
<div class="groupe">
<label for="password">Mot de passe</label>
<input type="password" id="password" name="password" autocomplete="current-password" required
{" autofocus" if username else ""}>
</div>
<button class="bouton" type="submit">Se connecter</button>
</form>"""
        )
    if demo_hint and local_form:
        parts.append(
            '<p class="demo">Démonstration : region@demo.fr, conseiller@demo.fr, mission-locale@demo.fr, '
            "of1@demo.fr ou of2@demo.fr, mot de passe « demo ».</p>"
        )
    parts.append("</div>")
    all_headers = {
        "Content-Security-Policy": page_csp([redirect_uri] if redirect_uri else []),
        "Cache-Control": "no-store",
        "Pragma": "no-cache",
        **(headers or {}),
    }
    return HTMLResponse(layout("Connexion", "\n".join(parts)), status_code=status, headers=all_headers)


def error_page(
    title: str, detail: str, status: int = 400, headers: dict[str, str] | None = None
) -> HTMLResponse:
    body = (
        f'<div class="carte"><h1>{escape(title)}</h1>'
        f'<div class="alerte" role="alert"><strong>La demande ne peut pas aboutir.</strong>{escape(detail)}</div>'
        "<p>Revenez à l'application et recommencez. Si le problème persiste, contactez la Région.</p></div>"
    )
    all_headers = {"Content-Security-Policy": page_csp(), "Cache-Control": "no-store", **(headers or {})}
    return HTMLResponse(layout(title, body), status_code=status, headers=all_headers)
