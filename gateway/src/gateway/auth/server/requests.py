"""authlib's view of a Starlette request: the query string and form, read once, as an OAuth2Request."""

from __future__ import annotations

from collections import defaultdict
from urllib.parse import parse_qsl

from authlib.oauth2.rfc6749 import OAuth2Payload, OAuth2Request
from fastapi import Request


class StarlettePayload(OAuth2Payload):
    def __init__(self, items: list[tuple[str, str]]) -> None:
        self._datalist: defaultdict[str, list[str]] = defaultdict(list)
        for key, value in items:
            self._datalist[key].append(value)
        self._data = {key: values[0] for key, values in self._datalist.items()}

    @property
    def data(self) -> dict[str, str]:
        return self._data

    @property
    def datalist(self) -> defaultdict[str, list[str]]:
        return self._datalist


class StarletteOAuth2Request(OAuth2Request):
    """An OAuth2Request built from an already-read Starlette request (query string + form)."""

    def __init__(
        self,
        method: str,
        uri: str,
        headers: dict[str, str],
        query: list[tuple[str, str]],
        form: list[tuple[str, str]],
    ) -> None:
        # OAuth2Request.__init__ would refuse http:// URIs; TLS is the deployment's concern (HSTS and a
        # TLS-terminating proxy in production), so the attributes are set here directly.
        self.method = method
        self.uri = uri
        self.headers = headers
        self._body = None
        self.client = None
        self.auth_method = None
        self.user = None
        self.authorization_code = None
        self.refresh_token = None
        self.credential = None
        self._scope = None
        self._args = {k: v for k, v in reversed(query)}
        self._form = {k: v for k, v in reversed(form)}
        self.payload = StarlettePayload(query + form)

    @property
    def args(self) -> dict[str, str]:
        return self._args

    @property
    def form(self) -> dict[str, str]:
        return self._form


async def oauth_request(
    request: Request, query: str | None = None, include_form: bool = True
) -> StarletteOAuth2Request:
    """Read a Starlette request (its form body for POST, unless told not to) into an authlib request."""
    pairs = parse_qsl(query, keep_blank_values=True) if query is not None else None
    query_items = pairs if pairs is not None else list(request.query_params.multi_items())
    form_items: list[tuple[str, str]] = []
    if request.method == "POST" and include_form:
        ctype = request.headers.get("content-type", "")
        if ctype.startswith("application/x-www-form-urlencoded"):
            form = await request.form()
            form_items = [(k, v) for k, v in form.multi_items() if isinstance(v, str)]
    headers = {k.title(): v for k, v in request.headers.items()}
    return StarletteOAuth2Request(request.method, str(request.url), headers, query_items, form_items)
