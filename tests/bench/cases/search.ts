/**
 * Section 4: our search page (/recherche/) in Chromium. Each query runs in a fresh browser
 * context (empty cache), as for a reader's first search: bytes downloaded after the page has
 * loaded (Pagefind's runtime, then index chunks and result fragments), and the time from the
 * last keystroke to rendered results, measured in the page like tests/e2e/search-metrics.spec.ts
 * does, once Pagefind's runtime is loaded. That time includes the page's 20 ms pause that waits
 * for the end of typing. A query
 * that shows no results within the time limit is recorded as timed out (not retried), so one
 * pathological query cannot stall the whole benchmark.
 */
import type { Browser, Page } from "@playwright/test";
import { recordTransfers } from "../lib/transfer.ts";
import { spread, type Spread } from "../lib/stats.ts";

export interface QueryFigure {
  query: string;
  /** Results shown (the page shows at most 10); 0 when the query timed out. */
  results: number;
  /** Pagefind's script, WebAssembly and entry files. */
  runtimeBytes: number;
  /** Index chunks, metadata, filters and result fragments for this query. */
  indexBytes: number;
  /** Everything downloaded after page load, gzip where the host would compress. */
  totalBytes: number;
  /** Undefined when no run finished within the time limit. */
  time?: Spread;
  /** Runs stopped at the time limit. */
  timedOut: number;
}

export interface SearchFigures {
  queries: QueryFigure[];
  /** All finished queries and runs together. */
  time?: Spread;
  runs: number;
  timeoutSeconds: number;
}

const RUNTIME = /\/pagefind\/(pagefind\.js|pagefind-entry\.json|wasm\.\w+\.pagefind)$/;

async function timeOneQuery(page: Page, query: string, timeoutMs: number): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { lastKey: number; rendered: number };
    document
      .querySelector("[data-search] input[name=q]")
      ?.addEventListener("input", () => (w.lastKey = performance.now()));
    new MutationObserver(() => (w.rendered = performance.now())).observe(
      document.querySelector("[data-search-status]")!,
      { childList: true, characterData: true, subtree: true },
    );
  });
  const box = page.locator("[data-search] input[name=q]");
  // Focusing the box loads Pagefind's runtime; the time is measured once it is loaded and
  // started, as a reader's typing would usually outlast it (its bytes still count: recording
  // started at page load). Waiting for the network to be idle is not enough: the page reached
  // that state before the click, so Playwright would not wait at all.
  const runtime = ["wasm", "pf_meta"].map((kind) =>
    page.waitForResponse((response) => new URL(response.url()).pathname.includes(kind)),
  );
  await box.click();
  await Promise.all(runtime);
  await page.evaluate(
    () => new Promise<void>((done) => requestIdleCallback(() => requestIdleCallback(() => done()))),
  );
  await box.pressSequentially(query, { delay: 20 });
  await page.locator("[data-search-status]").filter({ hasText: query }).waitFor({ timeout: timeoutMs });
  await page.waitForLoadState("networkidle");
  return page.evaluate(() => {
    const w = window as unknown as { lastKey: number; rendered: number };
    return w.rendered - w.lastKey;
  });
}

export async function measureSearch(
  browser: Browser,
  baseUrl: string,
  queries: string[],
  runs: number,
  timeoutSeconds: number,
): Promise<SearchFigures> {
  const figures: QueryFigure[] = [];
  const all: number[] = [];
  for (const query of queries) {
    const times: number[] = [];
    let bytes = { runtime: 0, index: 0, total: 0 };
    let results = 0;
    let timedOut = 0;
    for (let run = 0; run < runs && timedOut === 0; run += 1) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${baseUrl}/recherche/`);
      await page.waitForLoadState("networkidle");
      const { transfers, settled } = recordTransfers(page);
      try {
        times.push(await timeOneQuery(page, query, timeoutSeconds * 1000));
        results = await page.locator("[data-search-results] li").count();
      } catch (error) {
        if (!(error instanceof Error && error.name === "TimeoutError")) throw error;
        timedOut += 1;
        console.log(`  "${query}": no results after ${timeoutSeconds} s, not retried`);
      }
      await settled();
      const runtime = transfers.filter((t) => RUNTIME.test(t.path)).reduce((sum, t) => sum + t.gzip, 0);
      const total = transfers.reduce((sum, t) => sum + t.gzip, 0);
      bytes = { runtime, index: total - runtime, total };
      await context.close();
    }
    all.push(...times);
    figures.push({
      query,
      results,
      runtimeBytes: bytes.runtime,
      indexBytes: bytes.index,
      totalBytes: bytes.total,
      ...(times.length > 0 ? { time: spread(times) } : {}),
      timedOut,
    });
  }
  return { queries: figures, ...(all.length > 0 ? { time: spread(all) } : {}), runs, timeoutSeconds };
}
