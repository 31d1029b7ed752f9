/**
 * The tables of BENCHMARKS.md, from the results JSON. Printed to stdout by `npm run bench`
 * and written, with the machine and date, to BENCHMARKS.md at the repository root.
 */
import type { SizeResult } from "./cases/builds.ts";
import { CATEGORIES } from "./cases/lighthouse.ts";
import { OTHER_SIZES, OUR_SIZES, SEARCH_QUERY_RUNS, LIGHTHOUSE_RUNS } from "./config.ts";
import { bytes, count, ms, seconds, table, withRange } from "./lib/format.ts";
import { PIPELINE_NAMES, type BuildFigure } from "./lib/sites.ts";
import { spread, type Spread } from "./lib/stats.ts";
import type { Results, SearchResult } from "./results.ts";

export const timeOf = (result: SizeResult): Spread => spread(result.runs.map((run) => run.seconds));
export const memoryOf = (result: SizeResult): Spread => spread(result.runs.map((run) => run.peakTreeRss));

/** The run whose time is the median (the lower middle one for an even count). */
export function medianRun(result: SizeResult): BuildFigure {
  const sorted = [...result.runs].sort((a, b) => a.seconds - b.seconds);
  const run = sorted[Math.floor((sorted.length - 1) / 2)];
  if (!run) throw new Error(`no run for ${result.pipeline} at N=${result.n}`);
  return run;
}

const runsLabel = (result: SizeResult) => String(result.runs.length);

/** The regular run's rows, with those of a `--large` run for the sizes the regular run has not. */
export function withLarge(rows: SizeResult[], extra: SizeResult[] = []): SizeResult[] {
  const merged = [...rows];
  for (const row of extra) {
    if (!merged.some((other) => other.pipeline === row.pipeline && other.n === row.n)) merged.push(row);
  }
  return merged.sort((a, b) => a.n - b.n);
}

export function scalingTable(rows: SizeResult[]): string {
  const base = rows.find((row) => row.n === 0);
  const baseTime = base ? timeOf(base).median : 0;
  return table(
    [
      "Synthetic pages N",
      "HTML pages built",
      "Runs",
      "Build + index time, median (min–max)",
      "Peak memory, median (min–max)",
      "dist/ size",
      "dist/ files",
      "Added time per synthetic page",
      "dist/ per synthetic page",
    ],
    rows.map((row) => {
      const run = medianRun(row);
      const baseRun = base ? medianRun(base) : undefined;
      const added = row.n > 0 ? ms(((timeOf(row).median - baseTime) * 1000) / row.n) : "–";
      const perPage =
        row.n > 0 && baseRun ? bytes(Math.round((run.distBytes - baseRun.distBytes) / row.n)) : "–";
      if (run.timedOut) {
        return [
          count(row.n),
          `${count(run.phases.htmlRoutes)} rendered when stopped`,
          runsLabel(row),
          `stopped after ${seconds(run.seconds)} (time limit)`,
          bytes(run.peakTreeRss),
          "–",
          "–",
          `> ${ms(((run.seconds - baseTime) * 1000) / row.n)}`,
          "–",
        ];
      }
      return [
        row.n === 0 ? "0 (real site only)" : count(row.n),
        count(run.htmlFiles),
        runsLabel(row),
        withRange(timeOf(row), seconds),
        withRange(memoryOf(row), bytes),
        bytes(run.distBytes),
        count(run.distFiles),
        added,
        perPage,
      ];
    }),
  );
}

export function phasesTable(rows: SizeResult[]): string {
  return table(
    [
      "N",
      "Start + content sync",
      "Bundling",
      "HTML pages",
      "per page",
      "Data, sitemap, redirects",
      "Images and feeds, after the pages",
      "Pagefind ∥ link and permalink checks",
      "Total",
    ],
    // A run saved before the build's phases were split this way (an older --large run) has no
    // figure for them: it is left out rather than shown as zeros.
    rows
      .filter((row) => medianRun(row).phases.searchAndChecks !== undefined)
      .map((row) => {
        const run = medianRun(row);
        const p = run.phases;
        const stopped = run.timedOut ? " (stopped)" : "";
        return [
          count(row.n),
          seconds(p.contentSync),
          seconds(p.bundling),
          `${seconds(p.htmlPages)}${stopped ? ` (${count(p.htmlRoutes)} pages)` : ""}`,
          ms((p.htmlPages * 1000) / Math.max(1, p.htmlRoutes)),
          seconds(p.otherRoutes),
          seconds(p.outputs),
          seconds(p.searchAndChecks),
          `${seconds(run.seconds)}${stopped}`,
        ];
      }),
  );
}

/** Warm rebuilds against plain Astro's cold build of the same N. */
export function warmTable(warm: SizeResult, cold: SizeResult[], others: SizeResult[]): string {
  const ourCold = cold.find((row) => row.pipeline === "ours" && row.n === warm.n);
  const plain = others.find((row) => row.pipeline === "astro-plain" && row.n === warm.n);
  const ours = timeOf(warm);
  return table(
    [
      "N",
      "Runs",
      "Ours, warm (one page edited)",
      "Ours, cold",
      "Warm ÷ cold",
      "Plain Astro, cold",
      "Ours warm ÷ plain cold",
    ],
    [
      [
        count(warm.n),
        runsLabel(warm),
        withRange(ours, seconds),
        ourCold ? withRange(timeOf(ourCold), seconds) : "not run",
        ourCold ? `${(ours.median / timeOf(ourCold).median).toFixed(2)}×` : "–",
        plain ? withRange(timeOf(plain), seconds) : "not run",
        plain ? `${(ours.median / timeOf(plain).median).toFixed(2)}×` : "–",
      ],
    ],
  );
}

export function pipelinesTable(ours: SizeResult[], others: SizeResult[]): string {
  const sizes = [...new Set(others.map((row) => row.n))].sort((a, b) => a - b);
  const find = (pipeline: string, n: number) =>
    [...ours, ...others].find((row) => row.pipeline === pipeline && row.n === n);
  return table(
    [
      "N",
      "Runs",
      PIPELINE_NAMES.ours,
      PIPELINE_NAMES["astro-plain"],
      PIPELINE_NAMES.starlight,
      "Plain ÷ ours",
      "Starlight ÷ ours",
      "Peak memory: ours / plain / Starlight",
      "dist/: ours / plain / Starlight",
    ],
    sizes.map((n) => {
      const rows = [find("ours", n), find("astro-plain", n), find("starlight", n)];
      const [ours, plain, starlight] = rows;
      const time = (row?: SizeResult) =>
        !row
          ? "not run"
          : row.runs.some((run) => run.timedOut)
            ? "stopped (time limit)"
            : withRange(timeOf(row), seconds);
      const finished = (row?: SizeResult): row is SizeResult => !!row && row.runs.every((run) => run.ok);
      const ratio = (row?: SizeResult) =>
        finished(row) && finished(ours) ? `${(timeOf(row).median / timeOf(ours).median).toFixed(2)}×` : "–";
      const all = (figure: (row: SizeResult) => string) =>
        rows.map((row) => (row ? figure(row) : "–")).join(" / ");
      return [
        count(n),
        rows.map((row) => row?.runs.length ?? 0).join(" / "),
        time(ours),
        time(plain),
        time(starlight),
        ratio(plain),
        ratio(starlight),
        all((row) => bytes(memoryOf(row).median)),
        all((row) => bytes(medianRun(row).distBytes)),
      ];
    }),
  );
}

export function weightTable(results: Results): string {
  const pair = (value: { raw: number; gzip: number }) => `${bytes(value.raw)} / ${bytes(value.gzip)}`;
  return table(
    [
      "Site",
      "Page",
      "Path",
      "HTML raw / gzip",
      "CSS raw / gzip",
      "JS raw / gzip",
      "Other raw / gzip",
      "Total raw / gzip",
      "Requests",
    ],
    results.pageWeight.map((figure) => [
      figure.site,
      figure.page,
      `\`${figure.path}\``,
      pair(figure.weight.html),
      pair(figure.weight.css),
      pair(figure.weight.js),
      pair(figure.weight.other),
      pair(figure.weight.total),
      String(figure.weight.files),
    ]),
  );
}

const methodLabel = (result: SearchResult) =>
  result.method === "build" ? "full build" : "Pagefind on generated pages (see note)";

export function searchSummaryTable(results: SearchResult[]): string {
  return table(
    [
      "N",
      "Index from",
      "Pages indexed",
      "Index on disk",
      "Pagefind runtime (first query)",
      "Index + fragments per query, median (min–max)",
      "Keystroke to results, median (min–max)",
      "Queries × runs",
      "Queries timed out",
    ],
    results.map((result) => {
      const queries = result.figures.queries;
      const timedOut = queries.filter((query) => query.timedOut > 0).length;
      return [
        count(result.n),
        methodLabel(result),
        count(result.pagesIndexed),
        `${bytes(result.indexBytes)} (${count(result.indexFiles)} files)`,
        bytes(queries[0]?.runtimeBytes ?? 0),
        withRange(spread(queries.map((query) => query.indexBytes)), (value) => bytes(Math.round(value))),
        result.figures.time ? withRange(result.figures.time, ms) : "–",
        `${queries.length} × ${result.figures.runs}`,
        timedOut > 0 ? `${timedOut} (no results after ${result.figures.timeoutSeconds} s)` : "0",
      ];
    }),
  );
}

export function searchQueriesTable(results: SearchResult[]): string {
  const queries = results[0]?.figures.queries.map((query) => query.query) ?? [];
  const headers = ["Query"];
  for (const result of results) {
    const label = `N=${count(result.n)}${result.method === "build" ? "" : " (generated)"}`;
    headers.push(`${label}: results shown`, "index + fragments", "time, median (min–max)");
  }
  return table(
    headers,
    queries.map((query) => {
      const row = [`\`${query}\``];
      for (const result of results) {
        const figure = result.figures.queries.find((candidate) => candidate.query === query);
        if (!figure) {
          row.push("–", "–", "–");
          continue;
        }
        const limit = `> ${result.figures.timeoutSeconds} s (timed out)`;
        row.push(
          figure.time ? String(figure.results) : "–",
          `${bytes(figure.indexBytes)}${figure.time ? "" : " (until stopped)"}`,
          !figure.time
            ? limit
            : `${withRange(figure.time, ms)}${figure.timedOut ? `; run ${figure.time.runs + 1}: ${limit}` : ""}`,
        );
      }
      return row;
    }),
  );
}

export function lighthouseTable(results: Results): string {
  const score = (value: Spread) => withRange(value, (v) => v.toFixed(0));
  return table(
    ["Page", "Path", "Performance", "Accessibility", "Best practices", "SEO", "LCP", "TBT", "CLS"],
    results.lighthouse.map((figure) => [
      figure.failures.length > 0
        ? `${figure.page} (${figure.failures.length} failed runs left out)`
        : figure.page,
      `\`${figure.path}\``,
      ...CATEGORIES.map((category) => score(figure.scores[category])),
      withRange(figure.lcpMs, ms),
      withRange(figure.tbtMs, ms),
      withRange(figure.cls, (v) => v.toFixed(3)),
    ]),
  );
}

/** Run counts as configured, for the methodology notes. */
export const RUN_COUNTS = {
  ours: OUR_SIZES.map((size) => `N=${count(size.n)}: ${size.runs}`).join(", "),
  others: OTHER_SIZES.map((size) => `N=${count(size.n)}: ${size.runs}`).join(", "),
  search: SEARCH_QUERY_RUNS,
  lighthouse: LIGHTHOUSE_RUNS,
};
