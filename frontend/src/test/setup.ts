import "@testing-library/jest-dom/vitest";
import { afterEach } from "vitest";
import { cleanup, configure } from "@testing-library/react";

// The machine running the tests is shared: give a first render more than the default second to appear.
configure({ asyncUtilTimeout: 5000 });

// Every fetch of the app goes through this handler, which a test replaces with its fixture server.
type Handler = (url: URL, init: RequestInit & { method: string }) => Response | Promise<Response>;
let handler: Handler = () => new Response(JSON.stringify({ detail: "non simulé" }), { status: 599 });

export function mockApi(h: Handler) {
  handler = h;
}

globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
  const req = input instanceof Request ? input : new Request(new URL(String(input), window.location.origin), init);
  return handler(new URL(req.url), {
    method: req.method,
    body: req.body ? await req.text() : undefined,
    headers: req.headers,
  });
}) as typeof fetch;

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": status >= 400 ? "application/problem+json" : "application/json" },
  });
}

afterEach(() => cleanup());
