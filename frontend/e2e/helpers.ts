import { expect, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

export const OF1_SIRET = "44278000000018";

/** ISO date in the browser's and the server's calendar (the tests run on one machine). */
export function iso(d: Date): string {
  const z = new Date(d.getTime() - d.getTimezoneOffset() * 60000);
  return z.toISOString().slice(0, 10);
}

export function addDays(s: string, n: number): string {
  const [y, m, d] = s.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** The Monday of the last Monday–Friday week that is entirely in the past or today. */
export function lastFullWeekMonday(today: string): string {
  const [y, m, d] = today.split("-").map(Number);
  const dow = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7; // 0 = lundi
  return dow >= 4 ? addDays(today, -dow) : addDays(today, -dow - 7);
}

export function frDate(s: string): string {
  const [y, m, d] = s.split("-");
  return `${d}/${m}/${y}`;
}

export async function clientToken(request: APIRequestContext, clientId: string): Promise<string> {
  const resp = await request.post("/oauth2/token", {
    form: { grant_type: "client_credentials", client_id: clientId, client_secret: "demo-secret" },
  });
  expect(resp.ok(), await resp.text()).toBeTruthy();
  return (await resp.json()).access_token;
}

/**
 * Waits until the demo history generated after start-up is complete (a fresh data directory: it must
 * end TERMINEE, not "already there", "empty catalogue" or still running).
 */
export async function waitForDemo(request: APIRequestContext) {
  const token = await clientToken(request, "demo-region");
  await expect
    .poll(
      async () => {
        const r = await request.get("/api/parcours/v1/demo", { headers: { Authorization: `Bearer ${token}` } });
        return r.ok() ? ((await r.json()).etat as string) : `HTTP ${r.status()}`;
      },
      { timeout: 540_000, intervals: [2_000] },
    )
    .toBe("TERMINEE");
}

/** A new browser context (no cookie, no token) signed in through the gateway's login page (at `baseURL`). */
export async function signIn(
  browser: Browser,
  email: string,
  viewport?: { width: number; height: number },
  baseURL?: string,
): Promise<Page> {
  const context = await browser.newContext({ ...(viewport ? { viewport } : {}), ...(baseURL ? { baseURL } : {}) });
  const page = await context.newPage();
  page.on("console", (msg) => {
    if (msg.type() === "error") console.log(`[console ${email}] ${msg.text()}`);
  });
  await page.goto("/");
  await page.getByRole("main").getByRole("button", { name: "Se connecter" }).click();
  await page.waitForURL(/\/oauth2\/authorize/);
  await page.locator('input[name="username"]').fill(email);
  await page.locator('input[name="password"]').fill("demo");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/oauth2") && !url.pathname.startsWith("/auth/"));
  // On narrow screens the account link sits in the collapsed header menu: attached, not visible.
  await expect(page.locator("a", { hasText: email }).first()).toBeAttached();
  return page;
}

/** No serious or critical axe violation on the page as it is now. */
export async function expectAccessible(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const report = serious
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(" "))
          .join("\n  ")}`,
    )
    .join("\n");
  expect(serious, `${label} — violations axe :\n${report}`).toEqual([]);
}

export const digits = (s: string | null) => Number((s ?? "").replace(/[^\d]/g, ""));
