import createClient, { type Middleware } from "openapi-fetch";
import type { paths } from "./generated/schema";
import { accessToken } from "../auth/oidc";
import { toApiError } from "./problem";

const auth: Middleware = {
  onRequest({ request }) {
    const token = accessToken();
    if (token) request.headers.set("Authorization", `Bearer ${token}`);
    return request;
  },
};

/** The typed client generated from /api/openapi.json (see scripts/api-client.mjs). */
export const api = createClient<paths>({ baseUrl: typeof window !== "undefined" ? window.location.origin : "" });
api.use(auth);

type Query = Record<string, string | number | boolean | undefined | null | string[]>;

function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === "") continue;
    if (Array.isArray(v)) for (const x of v) params.append(k, x);
    else params.set(k, String(v));
  }
  const s = params.toString();
  return s ? `${path}?${s}` : path;
}

function headers(extra?: Record<string, string>): Headers {
  const h = new Headers({ Accept: "application/json", ...extra });
  const token = accessToken();
  if (token) h.set("Authorization", `Bearer ${token}`);
  return h;
}

async function parse<T>(resp: Response): Promise<T> {
  const text = await resp.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    /* not JSON */
  }
  if (!resp.ok) throw toApiError(resp.status, body);
  return body as T;
}

/** GET of an operation the OpenAPI leaves untyped (the indicators' query string follows API.md). */
export async function getJson<T>(path: string, query?: Query): Promise<T> {
  return parse<T>(await fetch(withQuery(path, query), { headers: headers() }));
}

/** Downloads a CSV answer (indicators accept `Accept: text/csv`) as a file. */
export async function downloadCsv(path: string, query: Query, filename: string): Promise<void> {
  const resp = await fetch(withQuery(path, query), { headers: headers({ Accept: "text/csv" }) });
  if (!resp.ok) await parse(resp);
  const blob = await resp.blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
}

/** Uploads a file with progress (fetch has no upload progress, XMLHttpRequest does). */
export function uploadWithProgress<T>(
  path: string,
  file: Blob,
  contentType: string,
  onProgress: (fraction: number) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", path);
    xhr.setRequestHeader("Content-Type", contentType);
    xhr.setRequestHeader("Accept", "application/json");
    const token = accessToken();
    if (token) xhr.setRequestHeader("Authorization", `Bearer ${token}`);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      let body: unknown = xhr.responseText;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        /* not JSON */
      }
      onProgress(1);
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as T);
      else reject(toApiError(xhr.status, body));
    };
    xhr.onerror = () => reject(new TypeError("network"));
    xhr.send(file);
  });
}
