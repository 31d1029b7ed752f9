/**
 * What `npm run bench` measures, and how often. Sized so that the whole run fits in about
 * 15 minutes on a 2-core machine: see BENCHMARKS.md for what was left out and why.
 */
import { join, resolve } from "node:path";
import { CHROMIUM_FLAGS as SHARED_FLAGS, SYSTEM_CHROMIUM } from "../support/chromium.ts";

export const ROOT = resolve(import.meta.dirname, "..", "..");
export const BENCH = join(ROOT, "tests", "bench");
export const RESULTS = join(BENCH, "results");
/** Build logs and other scratch output of the last run (git-ignored). */
export const SCRATCH_OUTPUT = join(RESULTS, "tmp");
/** Tools only the benchmark needs, installed on demand (git-ignored). */
export const TOOLS = join(BENCH, ".tools");
export const NODE_BIN = join(ROOT, "node_modules", ".bin");

export const CHROMIUM = SYSTEM_CHROMIUM;
/** The flags our Playwright config and Lighthouse use with Debian's Chromium. */
export const CHROMIUM_FLAGS = ["--headless", ...SHARED_FLAGS];

export const LIGHTHOUSE_VERSION = "12.2.3";

/**
 * `npm run bench -- --quick`: a smoke test of the whole benchmark in a couple of minutes
 * (small N, one run each). Its results go to results/quick.json only, never to BENCHMARKS.md.
 */
export const QUICK = process.argv.includes("--quick");

/** Synthetic page counts, and the number of builds measured at each. */
export interface SizeCase {
  n: number;
  runs: number;
}

/** Build scaling of our pipeline (section 1); N = 0 is the real site alone, the baseline. */
export const OUR_SIZES: SizeCase[] = QUICK
  ? [
      { n: 0, runs: 1 },
      { n: 10, runs: 1 },
      { n: 100, runs: 1 },
    ]
  : [
      { n: 0, runs: 3 },
      { n: 10, runs: 3 },
      { n: 100, runs: 3 },
      { n: 1000, runs: 3 },
      { n: 2000, runs: 3 },
    ];

/**
 * Warm rebuilds of our pipeline (section 1): after a cold build, one page is edited and the
 * site built again with its caches, several times.
 */
export const WARM: SizeCase = QUICK ? { n: 100, runs: 1 } : { n: 1000, runs: 3 };

/**
 * One build of 10,000 pages takes far longer than the whole regular run may (see
 * BENCHMARKS.md, section 1): it runs once, on request, with `npm run bench -- --large`.
 */
export const LARGE_SIZE: SizeCase = { n: QUICK ? 300 : 10000, runs: 1 };

/** Plain Astro and Starlight (section 2). */
export const OTHER_SIZES: SizeCase[] = QUICK
  ? [
      { n: 10, runs: 1 },
      { n: 100, runs: 1 },
    ]
  : [
      { n: 10, runs: 3 },
      { n: 100, runs: 3 },
      { n: 1000, runs: 3 },
      { n: 2000, runs: 3 },
    ];

/** Search (section 4): measured on our N=100 build, then with N=10,000 pages. */
export const SEARCH_SMALL = 100;
export const SEARCH_LARGE = QUICK ? 300 : 10000;
/** Typical reader queries; run.ts adds one invented operator name (a single-page match). */
export const SEARCH_QUERIES = [
  "sécurité sociale",
  "rib",
  "carte vitale",
  "hameçonnage",
  "porter plainte",
  "cnil",
  "usurpation d'identité",
  "remboursement bloqué",
  "lyon",
];
export const SEARCH_QUERY_RUNS = QUICK ? 1 : 3;
/** A query without results after this long is recorded as timed out. */
export const SEARCH_TIMEOUT_SECONDS = 60;

/** Page types of our real site, for page weight (section 3) and Lighthouse (section 5). */
export const PAGE_TYPES = [
  { page: "home", path: "/" },
  { page: "incident", path: "/incidents/viamedis-2024/" },
  { page: "data page", path: "/donnees/numero-de-securite-sociale/" },
  { page: "FAQ", path: "/faq/" },
  { page: "guidance", path: "/que-faire/" },
  { page: "search", path: "/recherche/" },
];

/**
 * The relevance set's rates before the ranking that puts answers before definitions
 * (measured on 2 December 2026 on commit d66e068, the same 54 queries), for the before/after
 * line of BENCHMARKS.md.
 */
export const RELEVANCE_BEFORE = { date: "2026-12-02", queries: 54, firstResult: 37, top3: 47 };
/** The query whose downloads are added to the search page's weight. */
export const WEIGHT_QUERY = "carte vitale";

/** Lighthouse runs per page (section 5). */
export const LIGHTHOUSE_RUNS = QUICK ? 1 : 3;

/** A single build that takes longer than this is stopped, and reported as such. */
export const BUILD_TIMEOUT_SECONDS = 20 * 60;
/** The 10,000-page build is measured to the end, however long: up to this limit. */
export const LARGE_TIMEOUT_SECONDS = 90 * 60;
