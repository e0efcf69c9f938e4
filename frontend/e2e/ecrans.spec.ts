import { expect, test } from "@playwright/test";
import { expectAccessible, signIn, waitForDemo } from "./helpers";

// The other main screens: they load, say so when empty, pass axe, and fit a tablet.
const TABLET = { width: 820, height: 1180 };

// The screens below show the demo's data: each check expects the one outcome the demo gives.
test.beforeAll(async ({ request }) => {
  test.setTimeout(600_000);
  await waitForDemo(request);
});

test("organisme : sessions, import CSV avec erreurs par ligne, accessibles", async ({ browser }) => {
  const page = await signIn(browser, "of2@demo.fr");
  await page.getByRole("link", { name: "Mes sessions" }).first().click();
  await expect(page.getByRole("heading", { name: "Mes sessions" })).toBeVisible();
  // OF 2 holds lots with sessions in the demo catalogue.
  const sessions = page.getByRole("table", { name: /^Sessions de vos lots \(\d+\)$/ });
  await expect(sessions).toBeVisible();
  expect(await sessions.locator("tbody tr").count()).toBeGreaterThan(0);
  await expectAccessible(page, "mes sessions");

  await page.getByRole("link", { name: "Import des présences" }).first().click();
  await page.getByLabel(/Fichier CSV des présences/).setInputFiles({
    name: "presences.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("parcours_id;date;heures_presence;heures_absence;motif_absence\ninconnu;2025-13-40;sept;0;\n"),
  });
  await page.getByRole("button", { name: "Envoyer le fichier" }).click();
  await expect(page.getByText("Fichier refusé : aucune ligne n'a été enregistrée")).toBeVisible();
  const errors = page.getByRole("table", { name: "Erreurs par ligne" });
  await expect(errors).toBeVisible();
  await expect(errors.getByRole("row").nth(1)).toContainText("2");
  await expectAccessible(page, "import CSV");
  await page.context().close();
});

test("valideur : mes candidats et alertes, accessibles", async ({ browser }) => {
  const page = await signIn(browser, "mission-locale@demo.fr");
  await page.getByRole("link", { name: "Mes candidats" }).first().click();
  await expect(page.getByRole("heading", { name: "Mes candidats", exact: true })).toBeVisible();
  // The demo sends candidatures from the Mission locale too.
  const mine = page.getByRole("table", { name: "Candidatures envoyées par votre structure" });
  await expect(mine).toBeVisible();
  expect(await mine.locator("tbody tr").count()).toBeGreaterThan(0);
  await expectAccessible(page, "mes candidats");
  await page.context().close();
});

test("Région : offre de formation et modules, accessibles", async ({ browser }) => {
  const page = await signIn(browser, "region@demo.fr");
  await page.getByRole("link", { name: "Offre de formation" }).first().click();
  await expect(page.getByRole("table", { name: /Marchés/ })).toBeVisible();
  await expectAccessible(page, "offre — marchés");
  await page.getByRole("tab", { name: "Lots" }).click();
  await expect(page.getByRole("table", { name: /Lots/ })).toBeVisible();
  await page.getByRole("link", { name: "Modules" }).first().click();
  await expect(page.getByRole("heading", { name: "Validation des modules additionnels" })).toBeVisible();
  await expectAccessible(page, "modules");
  await page.context().close();
});

test("le tableau de bord et la recherche restent utilisables sur une tablette", async ({ browser }) => {
  const page = await signIn(browser, "region@demo.fr", TABLET);
  // A figure, not "…" (loading) nor "indisponible" (the indicator failed).
  await expect(page.locator('.prf-kpi[data-code="entrees"] .prf-kpi__value')).toHaveText(/^\d[\d\s\u202f]*$/);
  const overflow = () =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(await overflow()).toBeLessThanOrEqual(1);
  await expectAccessible(page, "tableau de bord (tablette)");
  await page.context().close();

  const v = await signIn(browser, "conseiller@demo.fr", TABLET);
  await expect(v.getByRole("button", { name: "Rechercher" })).toBeVisible();
  expect(
    await v.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  ).toBeLessThanOrEqual(1);
  await v.context().close();
});

test("le conseiller cherche autour d'une commune tapée par son nom", async ({ browser }) => {
  const page = await signIn(browser, "conseiller@demo.fr");
  const commune = page.getByRole("combobox", { name: /Autour de la commune/ });
  await commune.fill("angers");
  await expect(page.getByRole("listbox", { name: "Communes proposées" })).toBeVisible();
  await expectAccessible(page, "suggestions de communes");
  // Keyboard only: the first suggestion is Angers, the largest commune whose name starts so.
  await commune.press("ArrowDown");
  await commune.press("Enter");
  await expect(commune).toHaveValue("Angers (49)");
  await page.getByLabel("Rayon (km)").fill("40");
  const search = page.waitForRequest((r) => new URL(r.url()).pathname === "/api/catalog/v1/sessions");
  await page.getByRole("button", { name: "Rechercher" }).click();
  const params = new URL((await search).url()).searchParams;
  expect(Number(params.get("lat"))).toBeCloseTo(47.478, 2);
  expect(Number(params.get("lon"))).toBeCloseTo(-0.563, 2);
  expect(params.get("rayon_km")).toBe("40");
  const found = page.getByRole("table", { name: "Sessions trouvées" });
  await expect(found).toBeVisible();
  await expect(found.locator("tbody tr").first()).toContainText(/\d+ km/);
  await page.context().close();
});
