/**
 * Search cost, measured and printed, never asserted (timings vary; sizes are reported in the
 * README): bytes a reader downloads for a first query, and time from the last keystroke to
 * rendered results, median of 20 queries. Pagefind's index, fragment and WebAssembly files
 * are stored compressed, so their size is their transfer size; scripts and JSON are counted
 * gzipped, as a static host serves them.
 */
import { gzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";

const QUERIES = [
  "rang de naissance",
  "securite sociale",
  "rib",
  "carte vitale",
  "porter plainte",
  "33 millions",
  "sms remboursement",
  "mutuelle",
  "arnaque",
  "nir",
  "donnees medicales",
  "tiers payant",
  "33700",
  "jumeaux",
  "almerys",
  "viamedis",
  "adresse postale",
  "usurpation",
  "perceval",
  "cnil",
];

const PRECOMPRESSED = /\.(pagefind|pf_index|pf_fragment|pf_meta)$/;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

test("search cost: first-query bytes and keystroke-to-results time", async ({ page }) => {
  const transferred: { path: string; bytes: number }[] = [];
  page.on("response", async (response) => {
    const path = new URL(response.url()).pathname;
    if (!path.startsWith("/pagefind/") && !path.startsWith("/_astro/")) return;
    const body = await response.body().catch(() => Buffer.alloc(0));
    transferred.push({ path, bytes: PRECOMPRESSED.test(path) ? body.length : gzipSync(body).length });
  });
  await page.goto("/recherche/");
  await page.waitForLoadState("networkidle");
  transferred.length = 0;

  await page.evaluate(() => {
    const w = window as unknown as { lastKey: number; rendered: number };
    document.querySelector("input[name=q]")?.addEventListener("input", () => (w.lastKey = performance.now()));
    new MutationObserver(() => (w.rendered = performance.now())).observe(
      document.querySelector("[data-search-status]")!,
      { childList: true, characterData: true, subtree: true },
    );
  });

  const box = page.getByRole("searchbox", { name: "Rechercher sur le site" });
  const timings: number[] = [];
  for (const [index, query] of QUERIES.entries()) {
    await box.fill("");
    await box.pressSequentially(query, { delay: 20 });
    await expect(page.getByRole("status")).toContainText(query);
    await page.waitForLoadState("networkidle");
    timings.push(
      await page.evaluate(() => {
        const w = window as unknown as { lastKey: number; rendered: number };
        return w.rendered - w.lastKey;
      }),
    );
    if (index === 0) {
      const total = transferred.reduce((sum, file) => sum + file.bytes, 0);
      console.log(`Search, first query "${query}": ${transferred.length} files, ${kb(total)} transferred`);
      for (const file of transferred) console.log(`  ${file.path}: ${kb(file.bytes)}`);
    }
  }
  console.log(
    `Search, last keystroke to results, ${timings.length} queries: median ${median(timings).toFixed(0)} ms,` +
      ` min ${Math.min(...timings).toFixed(0)} ms, max ${Math.max(...timings).toFixed(0)} ms` +
      " (includes the 20 ms pause that waits for the end of typing)",
  );
});
