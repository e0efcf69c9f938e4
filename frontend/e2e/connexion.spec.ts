import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

// Signing in works under any host name that reaches the embedded gateway, and a failed call always
// reads as French advice, never as the browser's own English error.
const port = process.env.PRF_E2E_PORT;

test("connexion depuis http://127.0.0.1:<port>", async ({ browser }) => {
  const origin = `http://127.0.0.1:${port}`;
  const page = await signIn(browser, "of1@demo.fr", undefined, origin);
  expect(new URL(page.url()).origin).toBe(origin);
  await expect(page.getByRole("heading", { name: "Candidatures reçues" })).toBeVisible();
  await expect(page.getByText("La connexion a échoué")).toHaveCount(0);
  await page.context().close();
});

test("un appel qui n'atteint pas le serveur est expliqué en français", async ({ browser }) => {
  const page = await signIn(browser, "conseiller@demo.fr");
  await expect(page.getByRole("heading", { name: "Rechercher une session avec des places" })).toBeVisible();
  // The network goes down: the next search never reaches the gateway.
  const search = (url: URL) => url.pathname === "/api/catalog/v1/sessions";
  await page.route(search, (route) => route.abort("internetdisconnected"));
  await page.getByLabel(/Métier, formation ou mot-clé/).fill("maçon");
  await page.getByRole("button", { name: "Rechercher" }).click();
  await expect(page.getByText("Le serveur ne répond pas, vérifiez votre connexion puis réessayez.")).toBeVisible();
  await expect(page.getByText(/Failed to fetch|NetworkError|Load failed/)).toHaveCount(0);
  // Back online, "Réessayer" gets the answer.
  await page.unroute(search);
  await page.getByRole("button", { name: "Réessayer" }).click();
  await expect(page.getByRole("heading", { name: /^Résultats : \d+ sessions?$/ })).toBeVisible();
  await page.context().close();
});
