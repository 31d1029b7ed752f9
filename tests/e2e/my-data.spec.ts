/**
 * « Mes données exposées » on /donnees/: the reader ticks the incidents they were told about;
 * the table keeps only those columns, the list shows what they exposed (most often first), and
 * the choice lives in the address only. Without JavaScript the full table is the answer.
 */
import { expect, test } from "@playwright/test";
import { axeViolations } from "./axe.ts";

const insuredHeaders = '.comparison-table[data-population="insured"] thead th[data-incident]';
const visibleColumns = (page: import("@playwright/test").Page) =>
  page
    .locator(insuredHeaders)
    .evaluateAll((cells) =>
      cells.filter((cell) => !(cell as HTMLElement).hidden).map((cell) => cell.getAttribute("data-incident")),
    );

test.describe("with JavaScript", () => {
  test("ticking two incidents narrows the table, lists the union strongest first, and puts the choice in the address", async ({
    page,
  }) => {
    await page.goto("/donnees/");
    const allColumns = await page.locator(insuredHeaders).count();
    expect(allColumns).toBeGreaterThanOrEqual(2);
    const requests: import("@playwright/test").Request[] = [];
    page.on("request", (request) => requests.push(request));

    await page.getByRole("checkbox", { name: "Viamedis" }).check();
    await page.getByRole("checkbox", { name: "Almerys" }).check();

    await expect(page).toHaveURL(/\/donnees\/\?incident=viamedis-2024&incident=almerys-2024$/);
    expect(await visibleColumns(page)).toEqual(["viamedis-2024", "almerys-2024"]);
    const items = page.locator("[data-chooser-summary] li:not([hidden])");
    // The social security number is exposed in both and calls for a precaution: it leads.
    await expect(items.first()).toContainText("Numéro de sécurité sociale");
    await expect(items.first()).toContainText("dans 2 fuites");
    await expect(items.first()).toContainText("ne peut pas être changé");
    // A category only one of them exposed comes after every category both exposed.
    const counts = await items.locator("[data-chooser-count]").allTextContents();
    const firstSingle = counts.findIndex((text) => text.startsWith("dans 1 fuite"));
    expect(firstSingle).toBeGreaterThan(0);
    expect(counts.slice(firstSingle).every((text) => text.startsWith("dans 1 fuite"))).toBe(true);
    await expect(page.locator("[data-chooser-status]")).toHaveText(
      `Tableau limité à 2 fuites sur ${allColumns}.`,
    );
    await expect(page.locator("[data-chooser-summary]")).toContainText("seul l’organisme qui vous a informé");
    // The choice stays on the page: no request carries it, in its address or as a referrer
    // (Chromium may fetch the icon again when the address changes).
    for (const request of requests) {
      expect(new URL(request.url()).search).toBe("");
      expect((await request.allHeaders())["referer"] ?? "").not.toContain("incident");
    }
  });

  test("a health leak and a leak that completes the picture: what they expose together, and the CNIL's warning", async ({
    page,
  }) => {
    await page.goto("/donnees/");
    const combined = page.locator("[data-chooser-combined]");
    await page.getByRole("checkbox", { name: "Viamedis" }).check();
    await expect(combined).toBeHidden();
    await page.getByRole("checkbox", { name: "France Travail", exact: true }).check();

    await expect(page).toHaveURL(/\?incident=viamedis-2024&incident=france-travail-2024$/);
    expect(await visibleColumns(page)).toEqual(["viamedis-2024", "france-travail-2024"]);
    const items = page.locator("[data-chooser-summary] li:not([hidden])");
    // Exposed in both: the social security number; exposed by France Travail alone: the phone,
    // which Viamedis says its leak did not hold.
    await expect(items.filter({ hasText: "Numéro de sécurité sociale" })).toContainText(
      "dans 2 fuites : Viamedis et France Travail",
    );
    await expect(items.filter({ hasText: "Numéro de téléphone" })).toContainText(
      "dans 1 fuite : France Travail",
    );
    await expect(combined).toBeVisible();
    await expect(combined).toContainText(/croisées avec celles d.autres fuites/);
  });

  test("an exposure for some of the people only says so after the leak's name", async ({ page }) => {
    await page.goto("/donnees/?incident=free-2024");
    await expect(
      page.locator("[data-chooser-summary] li:not([hidden])").filter({ hasText: "Coordonnées bancaires" }),
    ).toContainText("dans 1 fuite : Free (pour une partie des personnes)");
    await expect(
      page.locator("[data-chooser-summary] li:not([hidden])").filter({ hasText: "Numéro de téléphone" }),
    ).toContainText("dans 1 fuite : Free.");
  });

  test("a shared address opens with its choice, and « Tout décocher » shows every column again", async ({
    page,
  }) => {
    await page.goto("/donnees/?incident=almerys-2024&incident=not-an-incident");
    await expect(page.getByRole("checkbox", { name: "Almerys" })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: "Viamedis" })).not.toBeChecked();
    expect(await visibleColumns(page)).toEqual(["almerys-2024"]);
    await expect(page.locator("[data-chooser-summary] li:not([hidden])").first()).toContainText(
      "dans 1 fuite : Almerys",
    );
    await expect(page.locator("[data-chooser-status]")).toHaveText(
      `Tableau limité à 1 fuite sur ${await page.locator(insuredHeaders).count()}.`,
    );

    await page.getByRole("button", { name: "Tout décocher" }).click();
    await expect(page).toHaveURL(/\/donnees\/$/);
    await expect(page.locator("[data-chooser-summary]")).toBeHidden();
    expect((await visibleColumns(page)).length).toBe(await page.locator(insuredHeaders).count());
  });

  test("on a phone, a shared address opens on the answer, which names the choice, offers to change it and copies its link", async ({
    page,
    context,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto("/donnees/?incident=viamedis-2024&incident=free-2024");
    const chosen = page.locator("[data-chooser-chosen]");
    await expect(chosen).toContainText("Votre choix : Viamedis et Free.");
    await expect(chosen).toBeInViewport();
    await expect(page.locator("[data-chooser-summary] li:not([hidden])").first()).toBeInViewport();
    await chosen.getByRole("button", { name: "Copier le lien de ce choix" }).click();
    await expect(chosen.getByRole("status")).toHaveText("Lien copié");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    await chosen.getByRole("link", { name: "Modifier le choix" }).click();
    await expect(page.getByRole("checkbox", { name: "Viamedis" })).toBeInViewport();
    await expect(page).toHaveURL(/\?incident=viamedis-2024&incident=free-2024#/);
  });

  test("works from the keyboard alone, in English too", async ({ page }) => {
    await page.goto("/en/data/");
    const first = page.locator('.chooser input[name="incident"]').first();
    await first.focus();
    await page.keyboard.press("Space");
    await expect(first).toBeChecked();
    await expect(page).toHaveURL(/\?incident=/);
    await expect(page.locator("[data-chooser-summary] li:not([hidden])").first()).toContainText("in 1 leak");
    await expect(page.locator("[data-chooser-fallback]")).toBeHidden();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Space");
    await expect(page.locator('.chooser input[name="incident"]').nth(1)).toBeChecked();
  });

  test("loads the chooser's code only at the first tick, and that tick counts", async ({ page }) => {
    const loaded: string[] = [];
    page.on("request", (request) => {
      if (/\/exposure-chooser\.[^/]*\.js$/.test(request.url())) loaded.push(request.url());
    });
    await page.goto("/donnees/");
    await expect(page.locator("[data-chooser-controls]")).toBeVisible();
    expect(loaded, "reading the tables loads no chooser code").toEqual([]);
    await page.locator('.chooser input[name="incident"]').first().check();
    await expect(page).toHaveURL(/\?incident=/);
    await expect(page.locator("[data-chooser-summary] li:not([hidden])").first()).toBeVisible();
    expect(loaded).toHaveLength(1);
  });

  test("passes axe in light and dark with a choice made", async ({ page }) => {
    await page.goto("/donnees/?incident=viamedis-2024&incident=almerys-2024");
    await expect(page.locator("[data-chooser-summary]")).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the full table is shown, every incident's column links to its page, and no control does nothing", async ({
    page,
  }) => {
    await page.goto("/donnees/?incident=almerys-2024");
    await expect(page.locator("[data-chooser-controls]")).toBeHidden();
    await expect(page.getByText("Sans JavaScript, le tableau montre toutes les fuites")).toBeVisible();
    const headers = page.locator(insuredHeaders);
    const count = await headers.count();
    expect(count).toBeGreaterThanOrEqual(2);
    for (let index = 0; index < count; index++) {
      await expect(headers.nth(index)).toBeVisible();
      await expect(headers.nth(index).getByRole("link")).toHaveAttribute("href", /\/incidents\//);
    }
    // The leaks that complete the picture are there too, in their own group.
    await expect(page.getByRole("heading", { name: "Les fuites qui complètent le tableau" })).toBeVisible();
    await expect(page.locator('th[data-incident="france-travail-2024"]')).toBeVisible();
  });
});
