/**
 * The shape of `tests/bench/results/*.json`, and reading and writing it. `latest.json` holds
 * the last `npm run bench`; `large.json` the last `npm run bench -- --large` (the 10,000-page
 * builds, too slow for the regular run); `quick.json` the last smoke test.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { SizeResult } from "./cases/builds.ts";
import type { LighthouseFigure } from "./cases/lighthouse.ts";
import type { WeightFigure } from "./cases/page-weight.ts";
import type { SearchFigures } from "./cases/search.ts";
import { RESULTS } from "./config.ts";
import type { Machine } from "./lib/machine.ts";
import type { CorpusStats } from "./synthetic/stats.ts";

export interface SearchResult {
  n: number;
  /** "build": index from a real build; "generated": Pagefind run on generated pages. */
  method: "build" | "generated";
  pagesIndexed: number;
  indexBytes: number;
  indexFiles: number;
  figures: SearchFigures;
}

export interface SectionTiming {
  section: string;
  seconds: number;
  /** Average cores kept busy by other people's processes meanwhile (of `machine.cores`). */
  othersCores: number;
}

export interface Results {
  machine: Machine;
  seconds: number;
  /** The generated pages, measured over the largest N built. */
  corpus: CorpusStats;
  sections: SectionTiming[];
  /** Our pipeline; n = 0 is the real site alone. */
  ours: SizeResult[];
  /** Our pipeline rebuilt with its caches after one page was edited. */
  warm: SizeResult;
  /** Drawing one preview image, in milliseconds, over several hundred. */
  previewImageMs: number;
  others: SizeResult[];
  pageWeight: WeightFigure[];
  search: SearchResult[];
  /** The relevance set (tests/search/relevance.yaml) on the real site. */
  relevance?: RelevanceFigure;
  lighthouse: LighthouseFigure[];
}

export interface RelevanceFigure {
  queries: number;
  firstResult: number;
  top3: number;
  missed: string[];
}

export type LargeResults = Pick<Results, "machine" | "seconds" | "sections" | "ours" | "others" | "search">;

export const LATEST = join(RESULTS, "latest.json");
/**
 * The last runs before the site model (29 November 2026), kept for the before/after table
 * of BENCHMARKS.md.
 */
export const BASELINE = join(RESULTS, "baseline-2026-11-29.json");
export const BASELINE_LARGE = join(RESULTS, "baseline-large-2026-11-29.json");
/**
 * The last runs before the work to be faster than Starlight (3 December 2026, commit 077f966),
 * kept for the second column of the before/after table.
 */
export const BEFORE_STARLIGHT = join(RESULTS, "before-starlight-2026-12-03.json");
export const BEFORE_STARLIGHT_LARGE = join(RESULTS, "before-starlight-large-2026-12-03.json");
export const LARGE = join(RESULTS, "large.json");
/** Smoke tests (`--quick`, `--quick --large`): git-ignored, never in BENCHMARKS.md. */
export const QUICK_RESULTS = join(RESULTS, "quick.json");
export const QUICK_LARGE = join(RESULTS, "quick-large.json");

export function saveResults(file: string, results: Results | LargeResults): void {
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
}

export function loadResults<T extends Results | LargeResults>(file: string): T | undefined {
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as T) : undefined;
}
