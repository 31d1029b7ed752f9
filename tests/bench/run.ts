/**
 * `npm run bench`: build scaling, other pipelines, page weight, search and Lighthouse, in
 * about 15 minutes on 2 cores. Results go to tests/bench/results/latest.json and
 * BENCHMARKS.md; the tables are printed too.
 *
 * `npm run bench -- --large`: only the 10,000-page builds (once per pipeline; ours alone takes
 * well over half an hour) and search on ours, into results/large.json; BENCHMARKS.md is
 * rewritten with both.
 *
 * `npm run bench -- --quick`: a two-minute smoke test (small N, one run each); prints the
 * tables, leaves BENCHMARKS.md alone. `npm run bench -- --report`: rewrites BENCHMARKS.md from
 * the saved results without measuring anything.
 *
 * Every build runs in a scratch copy in the system's temporary folder, removed at the end:
 * generated pages never enter the working tree.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { measureBuilds } from "./cases/builds.ts";
import { runLighthouse } from "./cases/lighthouse.ts";
import { measureWeightsServed, ourSearch, starlightSearch } from "./cases/page-weight.ts";
import { measureSearch } from "./cases/search.ts";
import { measureWarmRebuilds } from "./cases/warm.ts";
import { previewImageMs } from "./cases/preview-images.ts";
import * as config from "./config.ts";
import { benchmarksMarkdown, writeBenchmarks } from "./benchmarks-md.ts";
import { launchChromium } from "./lib/browser.ts";
import { seconds } from "./lib/format.ts";
import { addGeneratedPages } from "./lib/generated-html.ts";
import { describeMachine } from "./lib/machine.ts";
import { pagefindIndex } from "./lib/pagefind-index.ts";
import { measure, stopAll } from "./lib/process.ts";
import { removeAllScratch } from "./lib/scratch.ts";
import { section } from "./lib/section.ts";
import { serveFolder, serveOurs } from "./lib/server.ts";
import type { Site } from "./lib/sites.ts";
import { ensureLighthouse, ensureStarlight } from "./lib/tools.ts";
import { LARGE, LATEST, QUICK_LARGE, QUICK_RESULTS, loadResults, saveResults } from "./results.ts";
import type { LargeResults, Results } from "./results.ts";
import type { RelevanceFigure, SearchResult, SectionTiming } from "./results.ts";
import type { SyntheticIncident } from "./synthetic/incident.ts";
import { corpusStats } from "./synthetic/stats.ts";
import {
  CONSECUTIVE_RUNS,
  LIGHTHOUSE_RUNS_FILE,
  lowestPerformance,
  type LighthouseRuns,
} from "./lighthouse-runs.ts";
import { readVocabulary } from "./synthetic/vocabulary.ts";
import { generateIncidents } from "./synthetic/write.ts";

const started = performance.now();
const vocabulary = readVocabulary(join(config.ROOT, "content"));
let generated: SyntheticIncident[] = [];
/** The first n synthetic incidents; the same ones at every size. */
const incidents = (n: number): SyntheticIncident[] => {
  if (generated.length < n) generated = generateIncidents(n, vocabulary);
  return generated.slice(0, n);
};

// Builds run in their own process groups (so a time limit can stop a whole tree); Ctrl-C
// would leave them running and their scratch copies behind.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping builds and removing scratch copies.`);
    stopAll();
    removeAllScratch();
    process.exit(130);
  });
}

const sections: SectionTiming[] = [];
const [regularFile, largeFile] = config.QUICK ? [QUICK_RESULTS, QUICK_LARGE] : [LATEST, LARGE];
const kept: Site[] = [];

async function searchOn(
  site: Site,
  method: SearchResult["method"],
  queries: string[],
): Promise<SearchResult> {
  const server = await serveOurs(site.dir);
  const browser = await launchChromium();
  try {
    const figures = await measureSearch(
      browser,
      server.url,
      queries,
      config.SEARCH_QUERY_RUNS,
      config.SEARCH_TIMEOUT_SECONDS,
    );
    return { n: site.n, method, ...pagefindIndex(site.dist), figures };
  } finally {
    await browser.close();
    await server.stop();
  }
}

/** Adds one invented operator name: a word that only one page contains. */
const searchQueries = () => [...config.SEARCH_QUERIES, (incidents(7)[6]?.operator ?? "").toLowerCase()];

/** Section 5: Lighthouse on each page type of the real site, served as the tests serve it. */
async function auditPageTypes(lighthouse: string, real: Site) {
  const server = await serveOurs(real.dir);
  try {
    return runLighthouse(
      lighthouse,
      server.url,
      config.PAGE_TYPES,
      config.LIGHTHOUSE_RUNS,
      config.SCRATCH_OUTPUT,
    );
  } finally {
    await server.stop();
  }
}

async function regularRun(): Promise<Results> {
  console.log("Tools (installed on first use):");
  const starlightModules = ensureStarlight();
  const lighthouse = ensureLighthouse();
  const machine = describeMachine(config.ROOT, config.CHROMIUM);

  const ours = await section(sections, "1. Build scaling, our pipeline", () =>
    measureBuilds("ours", config.OUR_SIZES, { incidents, keep: [0, config.SEARCH_SMALL] }),
  );
  const warm = await section(sections, "1b. Warm rebuilds, our pipeline", () =>
    measureWarmRebuilds(config.WARM, incidents),
  );
  const imageMs = previewImageMs();
  const real = ours.kept.get(0)!;
  const small = ours.kept.get(config.SEARCH_SMALL)!;
  kept.push(real, small);

  const others = await section(sections, "2. Same content, other pipelines", async () => {
    const plain = await measureBuilds("astro-plain", config.OTHER_SIZES, { incidents });
    const starlight = await measureBuilds("starlight", config.OTHER_SIZES, {
      incidents,
      starlightModules,
      keep: [config.SEARCH_SMALL],
    });
    kept.push(...starlight.kept.values());
    return {
      results: [...plain.results, ...starlight.results],
      starlight: starlight.kept.get(config.SEARCH_SMALL)!,
    };
  });

  const pageWeight = await section(sections, "3. Page weight", async () => {
    const browser = await launchChromium();
    const realSite = "ours (real content)";
    const ourSmall = `ours, N=${config.SEARCH_SMALL}`;
    const starlightSmall = `Starlight, N=${config.SEARCH_SMALL}`;
    const query = config.WEIGHT_QUERY;
    try {
      return [
        ...(await measureWeightsServed(browser, () => serveOurs(real.dir), [
          ...config.PAGE_TYPES.map((type) => ({ site: realSite, ...type })),
          {
            site: realSite,
            page: `search + first query "${query}"`,
            path: "/recherche/",
            action: ourSearch(query),
          },
        ])),
        ...(await measureWeightsServed(browser, () => serveOurs(small.dir), [
          { site: ourSmall, page: "generated incident", path: "/incidents/bench-00001/" },
        ])),
        ...(await measureWeightsServed(browser, () => serveFolder(others.starlight.dist), [
          { site: starlightSmall, page: "home", path: "/" },
          { site: starlightSmall, page: "generated incident", path: "/incidents/bench-00001/" },
          {
            site: starlightSmall,
            page: `search dialog + first query "${query}"`,
            path: "/",
            action: starlightSearch(query),
          },
        ])),
      ];
    } finally {
      await browser.close();
    }
  });

  const search = await section(sections, "4. Search", async () => {
    const results = [await searchOn(small, "build", searchQueries())];
    console.log(`  N=${config.SEARCH_SMALL} done; writing ${config.SEARCH_LARGE} pages and indexing them…`);
    await addGeneratedPages(small.dist, incidents(config.SEARCH_LARGE), config.SEARCH_SMALL);
    results.push(await searchOn({ ...small, n: config.SEARCH_LARGE }, "generated", searchQueries()));
    return results;
  });

  const relevance = await section(sections, "4b. Search relevance", async () => {
    // The project's own relevance test, on the real site built above (it writes its rates).
    // The scratch copy holds the site, not the tests: bring the test and what it needs.
    for (const file of [
      "tests/bench/relevance.config.ts",
      "tests/support/chromium.ts",
      "tests/e2e/search-relevance.spec.ts",
      "tests/search/relevance.yaml",
    ]) {
      mkdirSync(join(real.dir, dirname(file)), { recursive: true });
      cpSync(join(config.ROOT, file), join(real.dir, file));
    }
    const run = await measure(
      join(config.NODE_BIN, "playwright"),
      ["test", "--config", "tests/bench/relevance.config.ts"],
      {
        cwd: real.dir,
        log: join(config.SCRATCH_OUTPUT, "relevance.log"),
        timeoutSeconds: 900,
      },
    );
    const file = join(real.dir, "test-results", "search-relevance.json");
    if (!existsSync(file)) throw new Error(`the relevance test wrote no figures (exit ${run.exit})`);
    const figures = JSON.parse(readFileSync(file, "utf8")) as RelevanceFigure & {
      firstResult: number;
      top3: number;
    };
    const result = {
      queries: figures.queries,
      firstResult: Math.round(figures.firstResult * figures.queries),
      top3: Math.round(figures.top3 * figures.queries),
      missed: figures.missed,
    };
    console.log(
      `  relevance: first result ${result.firstResult}/${result.queries}, top 3 ${result.top3}/${result.queries}`,
    );
    return result;
  });

  const lighthouseFigures = await section(sections, "5. Lighthouse", () => auditPageTypes(lighthouse, real));

  return {
    machine,
    seconds: (performance.now() - started) / 1000,
    corpus: corpusStats(incidents(Math.max(...config.OUR_SIZES.map((size) => size.n)))),
    sections,
    ours: ours.results,
    warm,
    previewImageMs: imageMs,
    others: others.results,
    pageWeight,
    search,
    relevance,
    lighthouse: lighthouseFigures,
  };
}

async function largeRun(): Promise<LargeResults> {
  const starlightModules = ensureStarlight();
  const machine = describeMachine(config.ROOT, config.CHROMIUM);
  const { n } = config.LARGE_SIZE;
  const options = { incidents, timeoutSeconds: config.LARGE_TIMEOUT_SECONDS, tolerateTimeout: true };
  const ours = await section(sections, `1. Build scaling, our pipeline, N=${n}`, () =>
    measureBuilds("ours", [config.LARGE_SIZE], { ...options, keep: [n] }),
  );
  // Saved at once: this build takes the better part of an hour, and must survive a later failure.
  const partial = (others: Results["others"], search: Results["search"]): LargeResults => ({
    machine,
    seconds: (performance.now() - started) / 1000,
    sections,
    ours: ours.results,
    others,
    search,
  });
  saveResults(largeFile, partial([], []));
  const site = ours.kept.get(n);
  const search = site
    ? await section(sections, `4. Search, N=${n}, full build`, async () => {
        kept.push(site);
        return [await searchOn(site, "build", searchQueries())];
      })
    : [];
  site?.remove();
  saveResults(largeFile, partial([], search));
  const others = await section(sections, `2. Same content, other pipelines, N=${n}`, async () => [
    ...(await measureBuilds("astro-plain", [config.LARGE_SIZE], options)).results,
    ...(await measureBuilds("starlight", [config.LARGE_SIZE], { ...options, starlightModules })).results,
  ]);
  return partial(others, search);
}

async function lighthouseRuns(): Promise<LighthouseRuns> {
  const lighthouse = ensureLighthouse();
  const machine = describeMachine(config.ROOT, config.CHROMIUM);
  const built = await measureBuilds("ours", [{ n: 0, runs: 1 }], { incidents, keep: [0] });
  const real = built.kept.get(0)!;
  kept.push(real);
  const runs = [];
  for (let run = 1; run <= CONSECUTIVE_RUNS; run += 1) {
    runs.push(
      await section(sections, `5. Lighthouse, run ${run}/${CONSECUTIVE_RUNS}`, () =>
        auditPageTypes(lighthouse, real),
      ),
    );
  }
  return { machine, seconds: (performance.now() - started) / 1000, runs };
}

if (!process.argv.includes("--report")) {
  rmSync(config.SCRATCH_OUTPUT, { recursive: true, force: true });
  mkdirSync(config.SCRATCH_OUTPUT, { recursive: true });
  try {
    if (process.argv.includes("--lighthouse")) {
      const saved = await lighthouseRuns();
      writeFileSync(LIGHTHOUSE_RUNS_FILE, `${JSON.stringify(saved, null, 2)}\n`);
      const lowest = lowestPerformance(saved);
      console.log(
        `Lowest performance score over the ${CONSECUTIVE_RUNS} runs: ${lowest.score} (${lowest.page}).`,
      );
    } else if (process.argv.includes("--large")) saveResults(largeFile, await largeRun());
    else saveResults(regularFile, await regularRun());
  } finally {
    for (const site of kept) site.remove();
    removeAllScratch();
  }
}
const latest = loadResults<Results>(regularFile);
// A --large run saved before the build's phases were measured as they are now cannot be set
// beside this run's figures: it is reported only once `--large` has run again.
const savedLarge = loadResults<LargeResults>(largeFile);
const largeResults = savedLarge?.ours.every((size) =>
  size.runs.every((run) => run.phases.searchAndChecks !== undefined),
)
  ? savedLarge
  : undefined;
if (!latest) console.log("No regular run yet: run `npm run bench` to write BENCHMARKS.md.");
// A smoke test prints the tables and leaves BENCHMARKS.md alone.
else if (config.QUICK) console.log(`\n${await benchmarksMarkdown(latest, largeResults)}`);
else console.log(`\n${await writeBenchmarks(latest, largeResults)}`);
console.log(`\nDone in ${seconds((performance.now() - started) / 1000)}.`);
