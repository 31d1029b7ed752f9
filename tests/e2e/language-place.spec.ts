/**
 * The language link keeps the reader's place: the search, the selection of « Mes données
 * exposées », the guided check's step and the section the reader is on reach the other
 * language's page, which opens at that place. Without JavaScript it is the plain translation.
 */
import { expect, test, type Page } from "@playwright/test";

const toEnglish = (page: Page) => page.getByRole("link", { name: "English", exact: true });

test.describe("on a 360 × 640 touch phone", () => {
  test.use({ viewport: { width: 360, height: 640 }, hasTouch: true });

  test("after a search, the English page searches the same words and shows its results", async ({ page }) => {
    await page.goto("/recherche/");
    await page.getByRole("searchbox", { name: "Rechercher sur le site" }).last().fill("carte vitale");
    await expect(page.getByRole("status")).toContainText("carte vitale");
    await toEnglish(page).tap();
    await expect(page).toHaveURL(/\/en\/search\/\?q=carte\+vitale$/);
    await expect(page.getByRole("searchbox", { name: "Search the site" }).last()).toHaveValue("carte vitale");
    await expect(page.getByRole("status")).toContainText("carte vitale");
    await expect(page.locator("a.search-result-link").first()).toBeVisible();
  });

  test("after ticking incidents on /donnees/, the English page has the same selection", async ({ page }) => {
    await page.goto("/donnees/");
    await page.getByRole("checkbox", { name: "Viamedis" }).tap();
    await page.getByRole("checkbox", { name: "Almerys" }).tap();
    await expect(page).toHaveURL(/\?incident=viamedis-2024&incident=almerys-2024$/);
    await toEnglish(page).tap();
    await expect(page).toHaveURL(/\/en\/data\/\?incident=viamedis-2024&incident=almerys-2024$/);
    await expect(page.getByRole("checkbox", { name: "Viamedis" })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: "Almerys" })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: "Cegedim" })).not.toBeChecked();
    await expect(page.locator("[data-chooser-summary]")).toBeVisible();
  });

  test("on a step of the guided check, the English page shows the same step, at the top", async ({
    page,
  }) => {
    await page.goto("/verifier-un-message/");
    await page.getByRole("link", { name: "Par SMS", exact: true }).tap();
    await expect(page).toHaveURL(/#sms$/);
    await toEnglish(page).tap();
    await expect(page).toHaveURL(/\/en\/check-a-message\/#text-message$/);
    const shown = page.locator("[data-step]:not([hidden])");
    await expect(shown).toHaveCount(1);
    await expect(shown.locator("h2")).toHaveAttribute("id", "text-message");
    await expect(shown.locator("h2")).toBeInViewport();
  });

  test("a step on another page of the check keeps its place too", async ({ page }) => {
    await page.goto("/verifier-un-message/que-faire/#rien-donne");
    await toEnglish(page).tap();
    await expect(page).toHaveURL(/\/en\/check-a-message\/what-to-do\/#nothing-given$/);
    await expect(page.locator("[data-step]:not([hidden]) h2")).toHaveAttribute("id", "nothing-given");
  });

  test("from an incident's summary on the press page, the English page opens at that summary", async ({
    page,
  }) => {
    await page.goto("/presse/#resume-almerys-2024");
    await toEnglish(page).tap();
    await expect(page).toHaveURL(/\/en\/press\/#resume-almerys-2024$/);
    await expect(page.locator("#resume-almerys-2024")).toBeInViewport();
  });

  test("from an FAQ question, the English page opens at the same question", async ({ page }) => {
    await page.goto("/faq/mes-donnees/#donnees-medicales");
    await toEnglish(page).tap();
    await expect(page).toHaveURL(/\/en\/faq\/my-data\/#medical-data$/);
    await expect(page.locator("#medical-data")).toBeInViewport();
  });

  test("and back: from an English section to the French one", async ({ page }) => {
    await page.goto("/en/what-to-do/#right-now");
    await page.getByRole("link", { name: "Français", exact: true }).tap();
    await expect(page).toHaveURL(/\/que-faire\/#tout-de-suite$/);
    await expect(page.locator("#tout-de-suite")).toBeInViewport();
  });

  test("an anchor with no counterpart is dropped: the English page opens at its top", async ({ page }) => {
    await page.goto("/faq/mes-donnees/#main");
    await toEnglish(page).tap();
    await expect(page).toHaveURL(/\/en\/faq\/my-data\/$/);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const [from, to] of [
    ["/recherche/?q=carte+vitale", "/en/search/"],
    ["/donnees/?incident=viamedis-2024", "/en/data/"],
    ["/faq/mes-donnees/#donnees-medicales", "/en/faq/my-data/"],
  ] as const) {
    test(`${from}: the link is the plain translation, ${to}`, async ({ page }) => {
      await page.goto(from);
      await expect(toEnglish(page)).toHaveAttribute("href", to);
      await toEnglish(page).click();
      await expect(page).toHaveURL(new RegExp(`${to.replaceAll("/", "\\/")}$`));
    });
  }
});
