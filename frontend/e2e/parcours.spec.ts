import { expect, test } from "@playwright/test";
import {
  OF1_SIRET,
  addDays,
  clientToken,
  digits,
  expectAccessible,
  frDate,
  iso,
  lastFullWeekMonday,
  signIn,
  waitForDemo,
} from "./helpers";

// One trainee's path through the three kinds of users, each in its own browser context:
// the conseiller finds a session with places and sends a candidature; the OF accepts it, declares the entry and
// records a week of attendance; the Région sees the entry in its dashboard.
test.describe
  .serial("du conseiller à la Région", () => {
    const today = iso(new Date());
    const week = lastFullWeekMonday(today); // the attendance week: Monday–Friday, all in the past
    const year = week.slice(0, 4);
    const suffix = Date.now().toString(36).toUpperCase();
    const nom = `Essai${suffix}`;
    const prenom = "Camille";
    const fullName = `${prenom} ${nom.toUpperCase()}`;
    let session: { id: string; formation: { intitule: string }; lieu: { departement: string }; debut: string };
    let entreesBefore = 0;

    test.beforeAll(async ({ request }) => {
      test.setTimeout(600_000);
      const token = await clientToken(request, "demo-region");
      const auth = { Authorization: `Bearer ${token}` };
      // The demo history is generated in the background after start-up: let it finish, and the indicators
      // catch up with it, so that the Région's count moves only with this test's entry.
      await waitForDemo(request);
      const entrees = async () => {
        const r = await request.get(`/api/indicators/v1/indicateurs/entrees`, {
          params: { periode: year },
          headers: auth,
        });
        expect(r.ok(), await r.text()).toBeTruthy();
        return ((await r.json()).valeurs[0]?.valeur as number | undefined) ?? 0;
      };
      let previous = -1;
      await expect
        .poll(
          async () => {
            const now = await entrees();
            const stable = now === previous;
            previous = now;
            return stable;
          },
          { timeout: 60_000, intervals: [6_000] },
        )
        .toBe(true);
      entreesBefore = previous;
      // A session of OF 1 that has started by the attendance week and still has places.
      const resp = await request.get("/api/catalog/v1/sessions", {
        params: {
          organisme: OF1_SIRET,
          places_disponibles_min: 2,
          etat_recrutement: "OUVERT",
          debut_max: week,
          limit: 100,
        },
      });
      expect(resp.ok(), await resp.text()).toBeTruthy();
      const items = (await resp.json()).items as (typeof session & { fin: string })[];
      const found = items.find((s) => s.fin > today);
      expect(found, "la démo doit offrir une session en cours de l'OF 1 avec des places").toBeTruthy();
      session = found as typeof session;
    });

    test("le conseiller trouve une session avec des places et envoie une candidature", async ({ browser }) => {
      const page = await signIn(browser, "conseiller@demo.fr");
      await expect(page).toHaveURL(/\/sessions$/);
      await expect(page.getByRole("heading", { name: "Rechercher une session avec des places" })).toBeVisible();

      await page.getByLabel(/Métier, formation ou mot-clé/).fill(session.formation.intitule);
      await page.getByLabel("Département").selectOption(session.lieu.departement);
      await page.getByLabel("Début au plus tard le").fill(week);
      await page.getByRole("button", { name: "Rechercher" }).click();
      const link = page.locator(`a[href="/sessions/${session.id}"]`);
      await expect(link).toBeVisible();
      await expectAccessible(page, "recherche de sessions");
      await link.click();

      await expect(page.getByRole("heading", { level: 1, name: session.formation.intitule })).toBeVisible();
      await expect(page.getByText(/disponibles? sur/)).toBeVisible();
      await page.getByRole("button", { name: "Proposer un candidat sur cette session" }).click();
      await page.getByLabel("Nom", { exact: true }).fill(nom);
      await page.getByLabel("Prénom").fill(prenom);
      await page.getByLabel("Identifiant France Travail").fill(`E2E${suffix}`.slice(0, 20));
      await page.getByLabel("Date de naissance").fill("1994-06-15");
      await page.getByText("Femme", { exact: true }).click();
      // The commune by its name, picked among the suggestions; the API receives its INSEE code.
      await page.getByRole("combobox", { name: /Commune de résidence/ }).fill("Nantes");
      await page.getByRole("option", { name: /^Nantes \(44\)/ }).click();
      await expect(page.getByRole("combobox", { name: /Commune de résidence/ })).toHaveValue("Nantes (44)");
      await page.getByLabel("Niveau de diplôme").selectOption("3");
      // The candidature was made two weeks before the entry (a late declaration, as the API allows).
      await page.getByLabel(/Date de la candidature/).fill(addDays(week, -14));
      await expectAccessible(page, "formulaire de candidature");
      const sent = page.waitForRequest(
        (r) => r.method() === "POST" && new URL(r.url()).pathname === "/api/parcours/v1/candidatures",
      );
      await page.getByRole("button", { name: "Envoyer la candidature" }).click();
      expect((await sent).postDataJSON().stagiaire.commune_insee).toBe("44109");
      await expect(page.getByText("Candidature transmise")).toBeVisible();

      await page.getByRole("link", { name: "Mes candidats" }).first().click();
      const row = page.getByRole("row", { name: new RegExp(fullName) });
      await expect(row).toBeVisible();
      await expect(row.getByText("Transmise")).toBeVisible();
      await page.context().close();
    });

    test("l'organisme accepte, déclare l'entrée et saisit une semaine d'émargement", async ({ browser }) => {
      const page = await signIn(browser, "of1@demo.fr");
      await expect(page).toHaveURL(/\/of\/candidatures$/);
      const row = page.getByRole("row", { name: new RegExp(fullName) });
      await expect(row).toBeVisible();
      // Received on the candidature's own date, keyed in today: both are shown.
      await expect(row.getByRole("cell").nth(2)).toHaveText(
        `${frDate(addDays(week, -14))}enregistrée le ${frDate(today)}`,
      );
      // What the OF must answer comes first, oldest first.
      const table = page.getByRole("table", { name: "Candidatures sur vos sessions" });
      const listed = await table.locator("tbody tr").evaluateAll((rows) =>
        rows.map((r) => {
          const cells = r.querySelectorAll("td");
          const [d, m, y] = (cells[2]?.textContent ?? "").slice(0, 10).split("/");
          return { statut: (cells[4]?.textContent ?? "").trim(), date: `${y}-${m}-${d}` };
        }),
      );
      const pending = (x: { statut: string }) => /^(Transmise|En positionnement)$/.test(x.statut);
      const firstOther = listed.findIndex((x) => !pending(x));
      const waiting = firstOther === -1 ? listed : listed.slice(0, firstOther);
      expect(waiting.length).toBeGreaterThan(0);
      expect(listed.slice(waiting.length).some(pending), "aucune candidature à traiter après les autres").toBe(false);
      expect(waiting.map((x) => x.date)).toEqual(waiting.map((x) => x.date).sort());
      // Filtered by its session, the list keeps this candidate and only that session.
      await page.getByLabel("Session", { exact: true }).selectOption(session.id);
      await expect(row).toBeVisible();
      const sessionsShown = await table
        .locator("tbody tr td:nth-child(2) a")
        .evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute("href")))]);
      expect(sessionsShown).toEqual([`/of/sessions/${session.id}`]);
      await expectAccessible(page, "candidatures reçues");
      await row.getByRole("button", { name: `Accepter ${fullName}` }).click();
      await row.getByLabel(/Date de la décision/).fill(addDays(week, -7));
      await row.getByRole("button", { name: "Confirmer l'acceptation" }).click();
      await expect(page.getByText("Candidature acceptée.")).toBeVisible();
      await expect(row.getByText("Acceptée")).toBeVisible();

      await row.getByRole("button", { name: `Déclarer l'entrée de ${fullName}` }).click();
      await row.getByLabel("Date d'entrée").fill(week);
      await row.getByLabel("Heures prévues au contrat").fill("420");
      await row.getByRole("button", { name: "Confirmer l'entrée en formation" }).click();
      await expect(page.getByText("Entrée en formation déclarée.")).toBeVisible();

      // To the session's trainees, then its attendance grid for the week of the entry.
      await row.getByRole("link", { name: session.formation.intitule }).click();
      await expect(page.getByRole("link", { name: fullName })).toBeVisible();
      await page.getByRole("link", { name: "Saisir l'émargement" }).click();
      await page.getByLabel("Semaine du").fill(week);
      const first = page.getByLabel(`${fullName}, lundi ${frDate(week)} : heures de présence`);
      await expect(first).toBeVisible();
      await expectAccessible(page, "grille d'émargement");
      // Keyboard only: 7 h on Monday, then → → → to the next day's presence cell.
      await first.focus();
      for (let day = 0; day < 5; day++) {
        await page.keyboard.type(day === 2 ? "6,5" : "7");
        if (day < 4) for (let k = 0; k < 3; k++) await page.keyboard.press("ArrowRight");
      }
      await expect(
        page.getByLabel(`${fullName}, vendredi ${frDate(addDays(week, 4))} : heures de présence`),
      ).toHaveValue("7");
      await page.getByLabel(`${fullName}, mercredi ${frDate(addDays(week, 2))} : heures d'absence`).fill("0,5");
      await page.getByRole("button", { name: "Enregistrer la semaine" }).click();
      await expect(page.getByText("5 présence(s) enregistrée(s).")).toBeVisible();

      await page.getByRole("link", { name: "Retour à la session" }).click();
      await page.getByRole("link", { name: fullName }).click();
      await expect(page.getByRole("heading", { name: `Parcours de ${fullName}` })).toBeVisible();
      await expect(page.getByText("34,5 h / 420 h")).toBeVisible();
      await page.context().close();
    });

    test("la Région voit l'entrée dans son tableau de bord", async ({ browser }) => {
      const page = await signIn(browser, "region@demo.fr");
      await expect(page).toHaveURL(/\/region\/tableau-de-bord$/);
      await page.getByLabel("Période").selectOption(year);
      const kpi = page.locator('.prf-kpi[data-code="entrees"] .prf-kpi__value');
      // Indicators follow the event feeds within seconds; the dashboard refreshes itself.
      await expect.poll(async () => digits(await kpi.textContent()), { timeout: 45_000 }).toBe(entreesBefore + 1);
      await expect(page.getByRole("figure", { name: "Taux de remplissage par territoire" })).toBeVisible();
      await expect(
        page.getByRole("figure", { name: "Taux de remplissage par département" }).locator("path"),
      ).toHaveCount(5);
      await expectAccessible(page, "tableau de bord");
      await page.context().close();
    });

    test("l'organisme refuse une candidature avec un motif, le conseiller lit le message", async ({
      browser,
      request,
    }) => {
      // A second candidate, sent by the same France Travail agency through the partner API.
      const token = await clientToken(request, "demo-france-travail");
      const nom2 = `Refus${suffix}`;
      const created = await request.post("/api/parcours/v1/candidatures", {
        headers: { Authorization: `Bearer ${token}` },
        data: {
          session_id: session.id,
          stagiaire: {
            identifiant_ft: `R${suffix}`.slice(0, 20),
            nom: nom2,
            prenom: "Noé",
            date_naissance: "2001-02-03",
            sexe: "M",
            commune_insee: "85191",
            niveau: "INFRA_3",
          },
          projet_valide: true,
        },
      });
      expect(created.status(), await created.text()).toBe(201);
      const name2 = `Noé ${nom2.toUpperCase()}`;

      const of = await signIn(browser, "of1@demo.fr");
      const row = of.getByRole("row", { name: new RegExp(name2) });
      await row.getByRole("button", { name: `Refuser ${name2}` }).click();
      await row.getByRole("button", { name: "Confirmer le refus" }).click();
      await expect(row.getByText("Choisissez un motif de refus.")).toBeVisible();
      await row.getByLabel("Motif du refus").selectOption("PREREQUIS");
      await row.getByLabel("Message au conseiller").fill("Remise à niveau en mathématiques nécessaire avant l'entrée.");
      await row.getByRole("button", { name: "Confirmer le refus" }).click();
      await expect(of.getByText("Candidature refusée.")).toBeVisible();
      await of.context().close();

      const v = await signIn(browser, "conseiller@demo.fr");
      await v.getByRole("link", { name: "Mes candidats" }).first().click();
      const mine = v.getByRole("row", { name: new RegExp(name2) });
      await expect(mine.getByText("Refusée")).toBeVisible();
      await expect(mine.getByText("Prérequis non atteints")).toBeVisible();
      await expect(mine.getByText(/Remise à niveau en mathématiques/)).toBeVisible();
      await expect(mine.getByRole("button", { name: `Proposer ${name2} sur une autre session` })).toBeVisible();
      await v.context().close();
    });
  });
