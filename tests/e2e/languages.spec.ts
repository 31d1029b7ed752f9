/**
 * The English edition from a reader's side: the language switch on every page leads to that
 * page's counterpart and back, and English search finds English pages.
 */
import { expect, test } from "@playwright/test";
import { firstResultFor } from "./search-helpers.ts";
import { builtPages } from "./built-pages.ts";

const frenchPages = builtPages().filter((url) => !url.startsWith("/en/") && url !== "/404.html");

test.describe("the language switch", () => {
  for (const url of frenchPages) {
    test(`${url} ⇄ its English counterpart`, async ({ page }) => {
      await page.goto(url);
      const toEnglish = page.getByRole("link", { name: "English", exact: true });
      await expect(toEnglish).toHaveAttribute("hreflang", "en");
      await expect(toEnglish).toHaveAttribute("lang", "en");
      const englishUrl = await toEnglish.getAttribute("href");
      expect(englishUrl).toMatch(/^\/en\//);
      expect(englishUrl, "the counterpart, not the English home").not.toBe(url === "/" ? "" : "/en/");
      await toEnglish.click();
      await expect(page).toHaveURL(englishUrl!);
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      await page.getByRole("link", { name: "Français", exact: true }).click();
      await expect(page).toHaveURL(url);
    });
  }
});

test.describe("English search finds English pages", () => {
  const expected: [string, string][] = [
    ["social security number", "/en/data/social-security-number/"],
    ["NIR", "/en/data/social-security-number/"],
    ["bank details", "/en/data/bank-details/"],
    ["RIB", "/en/data/bank-details/"],
    // « What to do » has the section on filing a complaint, for every leak (the FAQ's short
    // answer links to it); the relevance set accepts either.
    ["complaint", "/en/what-to-do/#filing-a-complaint"],
    ["birth rank", "/en/data/birth-rank/"],
    ["almerys", "/en/incidents/almerys-2024/"],
  ];
  for (const [query, url] of expected) {
    test(`"${query}" opens ${url} first`, async ({ page }) => {
      expect(await firstResultFor(page, query, "en")).toBe(url);
    });
  }

  test("a French word is not looked up in the English index", async ({ page }) => {
    await page.goto("/en/search/?q=hame%C3%A7onnage");
    await expect(page.getByRole("status")).toBeVisible();
    const hrefs = await page
      .locator("a.search-result-link")
      .evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(hrefs.every((href) => href?.startsWith("/en/"))).toBe(true);
  });
});
