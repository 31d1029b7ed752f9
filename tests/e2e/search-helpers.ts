import { expect, type Page } from "@playwright/test";

const SEARCH = {
  fr: { url: "/recherche/", box: "Rechercher sur le site" },
  en: { url: "/en/search/", box: "Search the site" },
} as const;

/**
 * Types a query on the search page as a reader would and returns where the first result
 * leads, without the text fragment (`:~:text=`) that asks the browser to highlight the term.
 */
export async function firstResultFor(page: Page, query: string, lang: "fr" | "en" = "fr"): Promise<string> {
  await page.goto(SEARCH[lang].url);
  await page.getByRole("searchbox", { name: SEARCH[lang].box }).last().fill(query);
  await expect(page.getByRole("status")).toContainText(query);
  const href = (await page.locator("a.search-result-link").first().getAttribute("href")) ?? "";
  return href.replace(/#?:~:text=.*$/, "");
}
