import { expect, test } from "@playwright/test";
import { expectAccessible, signIn } from "./helpers";

// The other main screens: they load, say so when empty, pass axe, and fit a tablet.
const TABLET = { width: 820, height: 1180 };

test("organisme : sessions, import CSV avec erreurs par ligne, accessibles", async ({ browser }) => {
  const page = await signIn(browser, "of2@demo.fr");
  await page.getByRole("link", { name: "Mes sessions" }).first().click();
  await expect(page.getByRole("heading", { name: "Mes sessions" })).toBeVisible();
  await expect(page.getByRole("table").or(page.getByText("Aucune session sur vos lots."))).toBeVisible();
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
  await expect(
    page
      .getByRole("table")
      .first()
      .or(page.getByText(/Aucune candidature/)),
  ).toBeVisible();
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
  await expect(page.locator('.prf-kpi[data-code="entrees"] .prf-kpi__value')).not.toHaveText("…");
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
