/**
 * The targets, each against this run's figures: first those of the work to build faster than
 * Starlight (every size, warm rebuilds, memory), then those the site model work set itself
 * (linear build, search that stays instant). And the figures before each of these works, from
 * the runs kept in `results/baseline-*.json` and `results/before-starlight-*.json`.
 */
import type { SizeResult } from "./cases/builds.ts";
import { LARGE_SIZE, SEARCH_SMALL } from "./config.ts";
import { bytes, count, ms, seconds, table } from "./lib/format.ts";
import { medianRun, memoryOf, timeOf } from "./report.ts";
import type { LargeResults, Results, SearchResult } from "./results.ts";

const find = (rows: SizeResult[], pipeline: string, n: number) =>
  rows.find((row) => row.pipeline === pipeline && row.n === n);

/** Added seconds per synthetic page at N, over the real site alone (N=0). */
function addedPerPage(rows: SizeResult[], n: number): number | undefined {
  const base = find(rows, "ours", 0);
  const row = find(rows, "ours", n);
  if (!base || !row) return undefined;
  return (timeOf(row).median - timeOf(base).median) / n;
}

function ratio(rows: SizeResult[], n: number, other: "astro-plain" | "starlight" = "astro-plain") {
  const ours = find(rows, "ours", n);
  const theirs = find(rows, other, n);
  return ours && theirs ? timeOf(ours).median / timeOf(theirs).median : undefined;
}

/** Sizes at which our cold build is held against Starlight's. */
const STARLIGHT_SIZES = [10, 1000, 2000, LARGE_SIZE.n];

const searchAt = (searches: SearchResult[], n: number, method: SearchResult["method"]) =>
  searches.find((search) => search.n === n && search.method === method);

const slowestQuery = (search?: SearchResult) =>
  search
    ? Math.max(...search.figures.queries.map((query) => (query.time ? query.time.max : Infinity)))
    : undefined;

const medianOf = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] ?? 0;

function verdict(value: number | undefined, ok: (value: number) => boolean): string {
  if (value === undefined || Number.isNaN(value)) return "not measured";
  return ok(value) ? "met" : "**not met**";
}

/**
 * Where the gap to Starlight comes from, in figures of this run: a fixed cost (our real site,
 * against Starlight's home and 404 pages) and a cost per generated page.
 */
export function starlightGap(results: Results, large?: LargeResults): string {
  const rows = [...results.ours, ...results.others, ...(large?.ours ?? []), ...(large?.others ?? [])];
  const at = (pipeline: string, n: number) => {
    const row = find(rows, pipeline, n);
    return row ? timeOf(row).median : undefined;
  };
  /** Seconds each generated page adds between two sizes. */
  const perPage = (pipeline: string, from: number, to: number) => {
    const [low, high] = [at(pipeline, from), at(pipeline, to)];
    return low !== undefined && high !== undefined ? (high - low) / (to - from) : undefined;
  };
  const [ours10, theirs10, ours, theirs, oursBelow, theirsBelow] = [
    at("ours", 10),
    at("starlight", 10),
    perPage("ours", 1000, 2000),
    perPage("starlight", 1000, 2000),
    perPage("ours", 100, 1000),
    perPage("starlight", 100, 1000),
  ];
  const gapAt = (n: number) => {
    const [mine, theirs] = [at("ours", n), at("starlight", n)];
    return mine !== undefined && theirs !== undefined ? mine - theirs : undefined;
  };
  const [gap100, gap1000] = [gapAt(100), gapAt(1000)];
  if ([ours10, theirs10, ours, theirs].some((value) => value === undefined)) return "";
  const realSite = find(rows, "ours", 0);
  const alone = realSite && medianRun(realSite);
  const fixedCost = alone
    ? ` The real site alone (N=0) took ${seconds(alone.seconds)}: ${seconds(alone.phases.contentSync)} to start ` +
      `Astro and read the content, ${seconds(alone.phases.bundling)} to bundle, ` +
      `${seconds(alone.phases.searchAndChecks)} for Pagefind beside the checks, and the rest to render its ` +
      `pages and files; Starlight's whole build at N=10 took ${seconds(theirs10!)}.`
    : "";
  const below =
    oursBelow !== undefined && theirsBelow !== undefined && gap100 !== undefined && gap1000 !== undefined
      ? ` From N=100 to 1,000 each generated page added ${ms(oursBelow * 1000)} to ours and ` +
        `${ms(theirsBelow * 1000)} to Starlight's: of the gap at N=1,000 (${seconds(gap1000)}), ` +
        `${seconds(gap100)} was already there at N=100${
          gap100 >= gap1000 / 2 ? ", so it is mostly that fixed cost" : ", so most of it comes with the pages"
        }.`
      : "";
  return (
    `Where the gap comes from, in this run's medians: at N=10, ours builds the real site's ` +
    `${count(find(rows, "ours", 0)?.runs[0]?.htmlFiles ?? 0)} HTML pages and the 10 generated ones, their preview images, the exposure tables ` +
    `as images, feeds and open data, and checks them all, where Starlight builds ` +
    `${count(find(rows, "starlight", 10)?.runs[0]?.htmlFiles ?? 0)} pages: ` +
    `${seconds(ours10!)} against ${seconds(theirs10!)}.${fixedCost}${below} From N=1,000 to 2,000 each ` +
    `generated page added ${ms(ours! * 1000)} to ours and ${ms(theirs! * 1000)} to Starlight's: ours also ` +
    `draws its preview image, writes its feed, its open-data rows and its letter on the access-letter page, ` +
    `and checks it.`
  );
}

export function targetsTable(results: Results, large?: LargeResults): string {
  const rows = [...results.ours, ...results.others, ...(large?.ours ?? []), ...(large?.others ?? [])];
  const big = find(rows, "ours", LARGE_SIZE.n);
  const bigRun = big ? medianRun(big) : undefined;
  const growth =
    addedPerPage(rows, LARGE_SIZE.n) !== undefined && addedPerPage(rows, 1000) !== undefined
      ? addedPerPage(rows, LARGE_SIZE.n)! / addedPerPage(rows, 1000)!
      : undefined;
  const coldAtWarm = find(rows, "ours", results.warm.n);
  const warmRatio = coldAtWarm ? timeOf(results.warm).median / timeOf(coldAtWarm).median : undefined;
  const starlightBig = find(rows, "starlight", LARGE_SIZE.n);
  const memoryRatio = big && starlightBig ? memoryOf(big).median / memoryOf(starlightBig).median : undefined;
  const against = (n: number) => {
    const ours = find(rows, "ours", n);
    const starlight = find(rows, "starlight", n);
    return ours && starlight
      ? `${seconds(timeOf(ours).median)} against ${seconds(timeOf(starlight).median)} (${ratio(rows, n, "starlight")?.toFixed(2)} ×)`
      : "–";
  };
  const small = searchAt(results.search, SEARCH_SMALL, "build");
  const keystroke = small?.figures.time?.median;
  const firstQuery = small ? medianOf(small.figures.queries.map((query) => query.totalBytes)) : undefined;
  const bigSearch = searchAt(large?.search ?? [], LARGE_SIZE.n, "build");
  const slowest = slowestQuery(bigSearch);
  const fmt = (value: number | undefined, unit: (v: number) => string) =>
    value === undefined ? "–" : unit(value);
  return table(
    ["Target", "Measured", "Verdict"],
    [
      ...STARLIGHT_SIZES.map((n) => [
        `Cold build ≤ Starlight's at N=${count(n)}`,
        against(n),
        verdict(ratio(rows, n, "starlight"), (v) => v <= 1),
      ]),
      [
        `Warm rebuild, one page edited, at N=${count(results.warm.n)} ≤ half our cold build`,
        fmt(warmRatio, (v) => `${seconds(timeOf(results.warm).median)}: ${v.toFixed(2)} × cold`),
        verdict(warmRatio, (v) => v <= 0.5),
      ],
      [
        `Peak memory at N=${count(LARGE_SIZE.n)} below Starlight's`,
        fmt(
          memoryRatio,
          (v) =>
            `${bytes(memoryOf(big!).median)} against ${bytes(memoryOf(starlightBig!).median)} (${v.toFixed(2)} ×)`,
        ),
        verdict(memoryRatio, (v) => v < 1),
      ],
      [
        `Cold build at N=${count(LARGE_SIZE.n)} ≤ 120 s`,
        fmt(bigRun?.seconds, seconds),
        verdict(bigRun?.seconds, (v) => v <= 120),
      ],
      [
        `Peak memory at N=${count(LARGE_SIZE.n)} ≤ 2 GB`,
        fmt(big ? memoryOf(big).median : undefined, bytes),
        verdict(big ? memoryOf(big).median : undefined, (v) => v <= 2 * 1024 ** 3),
      ],
      [
        `Added cost per page at N=${count(LARGE_SIZE.n)} ≤ 1.25 × that at N=1,000`,
        fmt(growth, (v) => `${v.toFixed(2)} ×`),
        verdict(growth, (v) => v <= 1.25),
      ],
      [
        "`npm run bench -- --large` under 15 min",
        fmt(large?.seconds, (v) => `${(v / 60).toFixed(1)} min`),
        verdict(large?.seconds, (v) => v < 15 * 60),
      ],
      [
        `No query over 1 s at N=${count(LARGE_SIZE.n)} (full build)`,
        fmt(slowest, ms),
        verdict(slowest, (v) => v <= 1000),
      ],
      [
        `Keystroke to results ≤ 100 ms median at N=${SEARCH_SMALL}`,
        fmt(keystroke, ms),
        verdict(keystroke, (v) => v <= 100),
      ],
      [
        `First query ≤ 100 KB gzip at N=${SEARCH_SMALL} (median over the queries)`,
        fmt(firstQuery, bytes),
        verdict(firstQuery, (v) => v <= 100 * 1024),
      ],
    ],
  );
}

export interface Run {
  results: Results;
  large: LargeResults | undefined;
}

const rowsOf = ({ results, large }: Run) => [
  ...results.ours,
  ...results.others,
  ...(large?.ours ?? []),
  ...(large?.others ?? []),
];

/** Columns: before the site model, before the Starlight work, this run. */
export function beforeAfterTable(current: Run, baseline: Run, beforeStarlight: Run): string {
  const { results, large } = current;
  const before = baseline.results;
  const beforeLarge = baseline.large;
  const now = rowsOf(current);
  const then = rowsOf(baseline);
  const middle = rowsOf(beforeStarlight);
  const time = (rows: SizeResult[], n: number) => {
    const row = find(rows, "ours", n);
    return row ? seconds(timeOf(row).median) : "–";
  };
  const memory = (rows: SizeResult[], n: number) => {
    const row = find(rows, "ours", n);
    return row ? bytes(memoryOf(row).median) : "–";
  };
  const perPage = (rows: SizeResult[], n: number) => {
    const value = addedPerPage(rows, n);
    return value === undefined ? "–" : ms(value * 1000);
  };
  const plain = (rows: SizeResult[], n: number, other: "astro-plain" | "starlight" = "astro-plain") => {
    const value = ratio(rows, n, other);
    return value === undefined ? "–" : `${value.toFixed(2)} ×`;
  };
  const warm = (run: Run) => (run.results.warm ? seconds(timeOf(run.results.warm).median) : "–");
  const thenImage = (() => {
    const row = find(before.ours, "ours", 1000);
    const phases = row
      ? (medianRun(row).phases as unknown as { ogImages?: number; htmlRoutes: number })
      : undefined;
    return phases?.ogImages ? ms((phases.ogImages * 1000) / Math.max(1, phases.htmlRoutes - 2)) : "–";
  })();
  const searchFigures = (searches: SearchResult[], n: number, method: SearchResult["method"]) => {
    const search = searchAt(searches, n, method);
    if (!search) return { time: "–", bytes: "–", slowest: "–", timedOut: "–" };
    const timedOut = search.figures.queries.filter((query) => query.timedOut > 0).length;
    const slowest = slowestQuery(search);
    return {
      time: search.figures.time ? ms(search.figures.time.median) : "–",
      bytes: bytes(medianOf(search.figures.queries.map((query) => query.totalBytes))),
      slowest: slowest === undefined || !Number.isFinite(slowest) ? "> 60 s (timed out)" : ms(slowest),
      timedOut: String(timedOut),
    };
  };
  const searchThen = searchFigures(before.search, SEARCH_SMALL, "build");
  const searchMiddle = searchFigures(beforeStarlight.results.search, SEARCH_SMALL, "build");
  const searchNow = searchFigures(results.search, SEARCH_SMALL, "build");
  const bigThen = searchFigures(beforeLarge?.search ?? [], LARGE_SIZE.n, "build");
  const bigMiddle = searchFigures(beforeStarlight.large?.search ?? [], LARGE_SIZE.n, "build");
  const bigNow = searchFigures(large?.search ?? [], LARGE_SIZE.n, "build");
  const middleImage = ms(beforeStarlight.results.previewImageMs);
  return table(
    [
      "Figure",
      "Before the site model (29 November 2026)",
      "Before the Starlight work (3 December 2026)",
      "Now",
    ],
    [
      ...[10, 1000, 2000, LARGE_SIZE.n].map((n) => [
        `Cold build, N=${count(n)}`,
        time(then, n),
        time(middle, n),
        time(now, n),
      ]),
      ...[10, 1000, 2000, LARGE_SIZE.n].map((n) => [
        `Ours ÷ Starlight, N=${count(n)}`,
        plain(then, n, "starlight"),
        plain(middle, n, "starlight"),
        plain(now, n, "starlight"),
      ]),
      [`Warm rebuild, N=${count(results.warm.n)}`, warm(baseline), warm(beforeStarlight), warm(current)],
      [
        `Peak memory, N=${count(LARGE_SIZE.n)}`,
        memory(then, LARGE_SIZE.n),
        memory(middle, LARGE_SIZE.n),
        memory(now, LARGE_SIZE.n),
      ],
      ["Added time per page, N=1,000", perPage(then, 1000), perPage(middle, 1000), perPage(now, 1000)],
      [
        `Added time per page, N=${count(LARGE_SIZE.n)}`,
        perPage(then, LARGE_SIZE.n),
        perPage(middle, LARGE_SIZE.n),
        perPage(now, LARGE_SIZE.n),
      ],
      ["One preview image", thenImage, middleImage, ms(results.previewImageMs)],
      ["Ours ÷ plain Astro, N=1,000", plain(then, 1000), plain(middle, 1000), plain(now, 1000)],
      [
        `Ours ÷ plain Astro, N=${count(LARGE_SIZE.n)}`,
        plain(then, LARGE_SIZE.n),
        plain(middle, LARGE_SIZE.n),
        plain(now, LARGE_SIZE.n),
      ],
      [
        `Search, N=${SEARCH_SMALL}: keystroke to results, median`,
        searchThen.time,
        searchMiddle.time,
        searchNow.time,
      ],
      [
        `Search, N=${SEARCH_SMALL}: bytes of a first query, median`,
        searchThen.bytes,
        searchMiddle.bytes,
        searchNow.bytes,
      ],
      [
        `Search, N=${count(LARGE_SIZE.n)} (full build): slowest query`,
        bigThen.slowest,
        bigMiddle.slowest,
        bigNow.slowest,
      ],
      [
        `Search, N=${count(LARGE_SIZE.n)} (full build): queries timed out`,
        bigThen.timedOut,
        bigMiddle.timedOut,
        bigNow.timedOut,
      ],
    ],
  );
}
