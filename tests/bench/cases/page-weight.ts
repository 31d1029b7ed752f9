/**
 * Section 3: what each page type downloads on first visit (empty cache), by kind, raw and
 * gzipped, measured in Chromium so that every stylesheet, script and module import the page
 * really loads is counted. A search row adds what the first query downloads. Sizes do not vary
 * between loads: one load per page.
 */
import type { Browser, Page } from "@playwright/test";
import { recordTransfers, weightOf, type Weight } from "../lib/transfer.ts";

export interface WeightTarget {
  site: string;
  page: string;
  path: string;
  /** What the reader does after the page has loaded, e.g. a search. */
  action?: (page: Page) => Promise<void>;
}

export interface WeightFigure {
  site: string;
  page: string;
  path: string;
  weight: Weight;
}

/** Our search page: type a query in the box, wait for the results. */
export const ourSearch =
  (query: string) =>
  async (page: Page): Promise<void> => {
    await page.locator("[data-search] input[name=q]").click();
    await page.locator("[data-search] input[name=q]").pressSequentially(query, { delay: 20 });
    await page.locator("[data-search-status]").filter({ hasText: query }).waitFor({ timeout: 30_000 });
  };

/** Starlight: open the search dialog from the header, type a query, wait for the results. */
export const starlightSearch =
  (query: string) =>
  async (page: Page): Promise<void> => {
    await page.locator("button[data-open-modal]").first().click();
    const box = page.locator("dialog input[type=text], dialog input[type=search]").first();
    await box.pressSequentially(query, { delay: 20 });
    await page.locator(".pagefind-ui__result, .pagefind-ui__message").first().waitFor({ timeout: 30_000 });
  };

export async function measureWeights(
  browser: Browser,
  baseUrl: string,
  targets: WeightTarget[],
): Promise<WeightFigure[]> {
  const figures: WeightFigure[] = [];
  for (const target of targets) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const { transfers, settled } = recordTransfers(page);
    await page.goto(`${baseUrl}${target.path}`);
    await page.waitForLoadState("networkidle");
    if (target.action) {
      await target.action(page);
      await page.waitForLoadState("networkidle");
    }
    await settled();
    figures.push({ site: target.site, page: target.page, path: target.path, weight: weightOf(transfers) });
    await context.close();
  }
  return figures;
}

/** Starts a server, weighs the targets on it, stops it. */
export async function measureWeightsServed(
  browser: Browser,
  serve: () => Promise<{ url: string; stop: () => Promise<void> }>,
  targets: WeightTarget[],
): Promise<WeightFigure[]> {
  const server = await serve();
  try {
    return await measureWeights(browser, server.url, targets);
  } finally {
    await server.stop();
  }
}
