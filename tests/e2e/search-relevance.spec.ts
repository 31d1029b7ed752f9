/**
 * The relevance set (`tests/search/relevance.yaml`): for each reader query, one of the pages
 * that answer it must be among the first three results. Prints the first-result and top-3
 * rates, and writes them to `test-results/search-relevance.json` for `npm run bench`.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { parse } from "yaml";

interface Case {
  q: string;
  lang?: "fr" | "en";
  expect: string[];
  /** The first expected page must be the first result. */
  first?: boolean;
}

const ROOT = join(import.meta.dirname, "../..");
const CASES = parse(readFileSync(join(ROOT, "tests/search/relevance.yaml"), "utf8")) as Case[];
const SEARCH = { fr: "/recherche/", en: "/en/search/" } as const;

/** Where the first results lead, without the text fragment that highlights the words. */
async function resultsFor(page: Page, { q, lang = "fr" }: Case): Promise<string[]> {
  await page.goto(`${SEARCH[lang]}?q=${encodeURIComponent(q)}`);
  await expect(page.getByRole("status")).toContainText(/\d|«|“/);
  const hrefs = await page
    .locator("a.search-result-link")
    .evaluateAll((links) => links.slice(0, 3).map((link) => link.getAttribute("href") ?? ""));
  return hrefs.map((href) => href.replace(/#?:~:text=.*$/, ""));
}

const answers = (expected: string[], url: string) =>
  expected.some((want) => (want.includes("#") ? url === want : url.split("#")[0] === want));

test("every query of the relevance set finds an answer in its first three results", async ({ page }) => {
  test.setTimeout(CASES.length * 30_000);
  const missed: string[] = [];
  let first = 0;
  let top3 = 0;
  for (const item of CASES) {
    const results = await resultsFor(page, item);
    if (results[0] && answers(item.expect, results[0])) first += 1;
    if (item.first && !(results[0] && answers(item.expect.slice(0, 1), results[0])))
      missed.push(
        `${item.lang ?? "fr"} « ${item.q} » must open ${item.expect[0] ?? ""} first → ${results.join(" | ") || "no result"}`,
      );
    else if (results.some((url) => answers(item.expect, url))) top3 += 1;
    else missed.push(`${item.lang ?? "fr"} « ${item.q} » → ${results.join(" | ") || "no result"}`);
  }
  const rates = {
    queries: CASES.length,
    firstResult: first / CASES.length,
    top3: top3 / CASES.length,
    missed,
  };
  mkdirSync(join(ROOT, "test-results"), { recursive: true });
  writeFileSync(join(ROOT, "test-results/search-relevance.json"), JSON.stringify(rates, null, 2));
  console.log(
    `Search relevance, ${CASES.length} queries: first result ${first}/${CASES.length} (${(100 * rates.firstResult).toFixed(0)} %), top 3 ${top3}/${CASES.length} (${(100 * rates.top3).toFixed(0)} %)`,
  );
  for (const line of missed) console.log(`  not in the top 3: ${line}`);
  expect(missed).toEqual([]);
});
