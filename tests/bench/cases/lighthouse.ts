/**
 * Section 5: Lighthouse (mobile, its default: emulated phone, simulated slow 4G and 4x CPU
 * slowdown) on each page type of our real site, served by scripts/serve.ts. Each page is
 * audited several times in a fresh Chromium; the median of each figure is reported.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { CHROMIUM, CHROMIUM_FLAGS, NODE_BIN } from "../config.ts";
import { spread, type Spread } from "../lib/stats.ts";

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseFigure {
  page: string;
  path: string;
  scores: Record<Category, Spread>;
  lcpMs: Spread;
  tbtMs: Spread;
  cls: Spread;
  /** Runs that failed (Lighthouse error), left out of the figures. */
  failures: string[];
}

interface Report {
  categories: Record<Category, { score: number | null }>;
  audits: Record<string, { numericValue?: number }>;
  runtimeError?: { message: string };
}

function audit(cli: string, url: string, output: string): Report {
  const result = spawnSync(
    join(NODE_BIN, "node"),
    [
      cli,
      url,
      "--output=json",
      `--output-path=${output}`,
      `--only-categories=${CATEGORIES.join(",")}`,
      `--chrome-flags=${CHROMIUM_FLAGS.join(" ")}`,
      "--quiet",
    ],
    { env: { ...process.env, CHROME_PATH: CHROMIUM }, encoding: "utf8" },
  );
  if (result.status !== 0)
    throw new Error(`lighthouse exited with ${result.status}: ${result.stderr}`.trim());
  const report = JSON.parse(readFileSync(output, "utf8")) as Report;
  rmSync(output);
  if (report.runtimeError) throw new Error(report.runtimeError.message);
  return report;
}

export function runLighthouse(
  cli: string,
  baseUrl: string,
  pages: { page: string; path: string }[],
  runs: number,
  scratchDir: string,
): LighthouseFigure[] {
  return pages.map(({ page, path }) => {
    const reports: Report[] = [];
    const failures: string[] = [];
    for (let run = 0; run < runs; run += 1) {
      try {
        reports.push(audit(cli, `${baseUrl}${path}`, join(scratchDir, "lighthouse.json")));
      } catch (error) {
        failures.push(error instanceof Error ? error.message : String(error));
      }
    }
    if (reports.length === 0) throw new Error(`Lighthouse failed on ${path}: ${failures.join("; ")}`);
    const numeric = (id: string) => spread(reports.map((report) => report.audits[id]?.numericValue ?? NaN));
    const score = (category: Category) =>
      spread(reports.map((report) => Math.round((report.categories[category].score ?? 0) * 100)));
    return {
      page,
      path,
      scores: {
        performance: score("performance"),
        accessibility: score("accessibility"),
        "best-practices": score("best-practices"),
        seo: score("seo"),
      },
      lcpMs: numeric("largest-contentful-paint"),
      tbtMs: numeric("total-blocking-time"),
      cls: numeric("cumulative-layout-shift"),
      failures,
    };
  });
}
