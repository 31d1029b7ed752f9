/**
 * BENCHMARKS.md: the machine, the method and the tables of the last run. Rewritten by every
 * `npm run bench`; numbers in the prose come from the results, so the text never goes stale.
 */
import { RELEVANCE_BEFORE } from "./config.ts";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import * as prettier from "prettier";
import {
  ROOT,
  CHROMIUM_FLAGS,
  LARGE_SIZE,
  LIGHTHOUSE_VERSION,
  SEARCH_LARGE,
  SEARCH_SMALL,
} from "./config.ts";
import { bytes, count, ms, seconds } from "./lib/format.ts";
import type { Machine } from "./lib/machine.ts";
import type { BuildFigure } from "./lib/sites.ts";
import type { Spread } from "./lib/stats.ts";
import * as report from "./report.ts";
import {
  BASELINE,
  BASELINE_LARGE,
  BEFORE_STARLIGHT,
  BEFORE_STARLIGHT_LARGE,
  loadResults,
  type LargeResults,
  type Results,
  type SectionTiming,
} from "./results.ts";
import { beforeAfterTable, starlightGap, targetsTable } from "./targets.ts";
import { LIGHTHOUSE_RUNS_FILE, lighthouseRunsBlock, type LighthouseRuns } from "./lighthouse-runs.ts";
import { existsSync, readFileSync } from "node:fs";

const minutes = (value: number) => `${(value / 60).toFixed(1)} min`;
const day = (iso: string) => iso.slice(0, 16).replace("T", " ") + " UTC";

function machineBlock(machine: Machine, seconds_: number): string {
  return [
    `- **Date:** ${day(machine.date)}; the run took ${minutes(seconds_)}${machine.commit ? `; code of commit \`${machine.commit}\`` : ""}.`,
    `- **CPU:** ${machine.cpu}, ${machine.cores} cores; **memory:** ${bytes(machine.memoryBytes)}.`,
    `- **Node** ${machine.node} (the project's \`node\` devDependency), ${machine.os}.`,
    `- **Chromium** ${machine.chromium} (Debian, \`/usr/bin/chromium\`); Astro ${machine.astro}; Pagefind ${machine.pagefind}; Lighthouse ${LIGHTHOUSE_VERSION}.`,
  ].join("\n");
}

/** Above this many cores busy with other work, a section's figures are flagged. */
const BUSY = 0.25;

function interferenceBlock(sections: SectionTiming[], cores: number): string {
  const lines = sections.map(
    (section) =>
      `  - ${section.section}: ${seconds(section.seconds)}, other processes ${section.othersCores.toFixed(2)} of ${cores} cores`,
  );
  const busy = sections.filter((section) => section.othersCores >= BUSY);
  const verdict =
    busy.length === 0
      ? "Other processes stayed below a quarter of a core throughout: the machine was otherwise idle."
      : `**Shared machine: ${busy.map((section) => `"${section.section}"`).join(", ")} ran while other work ` +
        "(someone else's builds or tests) kept at least a quarter of a core busy**, which slows those figures; " +
        "compare ratios and trends rather than absolute times there.";
  return [
    "The machine is shared. Average CPU used by processes other than the benchmark's, per section:",
    "",
    ...lines,
    "",
    verdict,
  ].join("\n");
}

/** Milliseconds per HTML page rendered. */
function perPageMs(figure: BuildFigure): number {
  return (figure.phases.htmlPages * 1000) / Math.max(1, figure.phases.htmlRoutes);
}

function largeNote(results: Results, large?: LargeResults): string {
  const row = large?.ours.find((candidate) => candidate.n === LARGE_SIZE.n);
  const run = row?.runs[0];
  if (!large || !run) {
    return (
      `**N=${count(LARGE_SIZE.n)}** is not in this run: \`npm run bench -- --large\` builds it once (ours, ` +
      "plain Astro and Starlight) and adds it to this file."
    );
  }
  const p = run.phases;
  const share = (value: number) => {
    const percent = (value / run.seconds) * 100;
    return `${seconds(value)} (${percent < 1 ? "< 1" : Math.round(percent)} %)`;
  };
  // The build's own section: other work during the browser measurements does not slow it.
  const others = large.sections.find((section) => section.section.startsWith("1."))?.othersCores ?? 0;
  const outcome = run.timedOut
    ? `was stopped at the time limit after ${minutes(run.seconds)}, with ${count(p.htmlRoutes)} HTML pages rendered`
    : `took ${seconds(run.seconds)} and ${bytes(run.peakTreeRss)} of memory at its peak`;
  const thousand = results.ours.find((candidate) => candidate.n === 1000);
  return [
    `**N=${count(LARGE_SIZE.n)}** is built once by \`npm run bench -- --large\` (${day(large.machine.date)}; ` +
      `other processes kept ${others.toFixed(2)} cores busy on average meanwhile). The build ${outcome}. ` +
      `Where the time went: start-up and content sync ${share(p.contentSync)}, bundling ${share(p.bundling)}, ` +
      `HTML pages ${share(p.htmlPages)} (${ms(perPageMs(run))} a page` +
      (thousand ? `, against ${ms(perPageMs(report.medianRun(thousand)))} at N=1,000` : "") +
      `), images and feeds after the pages ${share(p.outputs)}, Pagefind beside the link and permalink checks ` +
      `${share(p.searchAndChecks)}.`,
    "",
    MEMORY,
  ].join("\n");
}

/**
 * What the peak memory is made of (measured 2 December 2026 on a 10,000-page build; re-check
 * when Pagefind or the pages change).
 */
const MEMORY =
  "The peak is Pagefind's: indexing 10,000 generated pages on its own took 2.8 GB (its memory grows with the " +
  "text it indexes, about 280 KB a page here, not with the size of the HTML), while the Astro process peaks " +
  "at 1.7 GB and the link check, which reads every page beside it, adds some 0.8 GB. Keeping under 2 GB at " +
  "this size would take splitting the search index into several Pagefind bundles merged in the browser, " +
  "which costs a reader one more download per bundle on every search. Measured apart on the same 10,000-page " +
  "output (3 December 2026, one run each): Pagefind alone 30.6 s and 3.06 GB (1.5 cores busy: its binary " +
  "is the only one npm ships), the checks alone 16.2 s and 1.6 GB (reading and parsing every page 11.8 s, " +
  "the link check 3.8 s); run side by side on two cores they take about 42 s.";

/**
 * How the build became linear (2 December 2026). Code facts, not measurements of this run:
 * re-check them when the code changes.
 */
const WHAT_CHANGED =
  "One site model is built once per build from all the collections (`src/lib/site/model.ts`), and each page " +
  "reads it through maps instead of scanning the collections; pages' HTML is kept out of Astro's content " +
  "store (which Astro makes into one JavaScript module: at 3,000 pages, compiling it took 14 s); preview " +
  "images are drawn from a prepared template on a worker thread beside the HTML and cached by their texts; " +
  "incident feeds are written at the end instead of rendered one route each; lists show the newest entries " +
  "and archive the rest by year; Pagefind's own command indexes the site while the checks run; and unchanged " +
  "pages are copied from Astro's incremental cache on a warm rebuild. Since 3 December 2026, the Markdown " +
  "pages are rendered on worker threads during the content sync, the exposure tables' PNGs on a worker " +
  "thread, reference checks no longer read a file's date for every reference, and UI strings are set in " +
  "French typography once per build. Since the evening of 3 December, the build shrinks Pagefind's browser " +
  "runtime after indexing (script minified, 13.2 → 11.4 KB gzip; each language's WebAssembly recompressed " +
  "with Zopfli, 59.8 → 57.0 KB), which brought a first query at N=100 from 102.1 KB to 97.5 KB in one run of " +
  "the ten queries × 3 before the full benchmark; Zopfli adds about 1 s to a cold build, nothing once cached. " +
  "Since 6 December (the Starlight work), the check of general statements tests only the names whose first " +
  "word a sentence holds, and each text once (it had come to take 41 s of a 53 s build at N=1,000); what the " +
  "per-page checks find is cached by each page's HTML, and the exposure tables' PNGs by their SVG, so a " +
  "rebuild parses and checks only the pages that changed and draws no PNG again. Since the evening of " +
  "6 December, the build loads the checks' code and reads what they need (the pages' files, the code's " +
  "digest, the reviews) while Astro renders; measured against the code before, alternately on the same " +
  "generated pages, it changed nothing that this machine can tell apart from its noise: cold, " +
  "0.98 × at N=1,000 (3 pairs, 0.87–1.04) and 0.94 × at N=2,000 (3 pairs, 0.94–1.12); warm at N=1,000, " +
  "1.06 × (5 pairs, 0.91–1.12). In those pairs one and the same build took from 13.5 s to 20.6 s.";

/**
 * The changes of 3 December 2026 measured side by side, because single runs on this shared
 * machine moved by more than the changes did. Not figures of this run: re-measure or drop
 * this paragraph when the build changes.
 */
const SIDE_BY_SIDE =
  "**Read single runs with care.** On 3 December 2026 the same machine, otherwise idle, built the previous " +
  "code's 10,000 pages in 155 s (the bench run before) and 143.9 s (a run of mine an hour later). The code " +
  "of 3 December and the code before it, built one after the other on the same generated pages (cold, the " +
  "whole `node scripts/build.ts`), one run each at N=10,000: 187 s before, 175 s after (content sync " +
  "28.7 s → 17.2 s, HTML pages 95.7 s → 92.7 s, Pagefind and checks 55.6 s → 57.4 s, identical HTML); at " +
  "N=2,000, Astro's part only, three runs each, alternating: 31.6–32.7 s before, 30.6–32.1 s after. The " +
  "N=10,000 row above (114.7 s, code of the evening of 3 December) matches the morning's `--large` run " +
  "(114.9 s); the 175 s side-by-side run between them shows how far one build can stray from it. On " +
  "6 December, three runs of `npm run bench` within three and a half hours, on code whose build changed " +
  "only by what was measured alternately above (no difference this machine can tell), measured our cold " +
  "build at N=1,000 at 24.4 s (19:03 UTC), 27.1 s (21:51) and 31.9 s (22:26), and Starlight's at 17.3 s, " +
  "17.0 s and 18.8 s, each with other processes below 0.1 core: compare figures within one run.";

/**
 * Two pages that grow with the number of incidents (measured by hand on 6 December 2026, one
 * N=1,000 build; re-measure when these pages change).
 */
const GROWING_PAGES =
  "**Two pages grow with every incident.** The access-letter page (`/demander-mes-donnees/`) holds every " +
  "incident's letter, and the press page (`/presse/`) every incident's key figures: on the real site 81 KB " +
  "and 56 KB of HTML, at N=1,000 3.4 MB and 1.7 MB, and in Pagefind's index their excerpts are the two largest " +
  "files (53 KB and 89 KB compressed at N=1,000). At N=10,000 they are ten times larger: the build parses and " +
  "indexes them, and a query that matches them downloads their excerpts. They are the first thing to change " +
  "for builds and searches at that size (one letter page per incident, the press figures of the featured " +
  "and recent incidents with the rest in the open data), which changes pages readers see, and was left out " +
  "of this work, whose rule was that the built site stays byte for byte the same. Search on the full " +
  "10,000-page build was not measured in this work's `--large` run (6 December 2026): its first query, " +
  "« porter plainte », found nothing within 60 s, the search page's renderer then stayed busy (130 % of a " +
  "core for 13 minutes), and the run was stopped there; plain Astro and Starlight at N=10,000 were built " +
  "afterwards, by the same code, in a run of their own. On the N=1,000 build (by hand, one run each, " +
  "6 December), « porter plainte » took 19 s to show its results, and 19.1 s of it was Pagefind preparing " +
  "the result data of the access-letter page alone (its `data()`: 2.3 MB of text, 4,063 matched words, " +
  "1,014 sub-results, one per letter's heading), against 7–39 ms for each other result; « cnil » and " +
  "« rib » took 1.4 s and 1.2 s. Search on 10,000 generated pages added to an N=100 build (section 4, " +
  "where these pages stay small) stays fast.";

/** The relevance set's rates, against the rates before answers were ranked above definitions. */
function relevanceBlock(results: Results): string {
  const figures = results.relevance;
  if (!figures) return "## 4b. Search relevance\n\nNot measured in this run.";
  const rate = (hits: number, of: number) => `${hits}/${of} (${Math.round((100 * hits) / of)} %)`;
  const before = RELEVANCE_BEFORE;
  return `## 4b. Search relevance

The project's relevance set (\`tests/search/relevance.yaml\`: what readers type, in French and English, and the
pages that answer), run by \`tests/e2e/search-relevance.spec.ts\` on the real site: is an answer the first
result, and is one among the first three? \`npm test\` fails when a query's answers leave its top 3.

| Run | Queries | First result | Top 3 |
| --- | --- | --- | --- |
| before (${before.date}, glossary first, synonyms in code) | ${before.queries} | ${rate(before.firstResult, before.queries)} | ${rate(before.top3, before.queries)} |
| this run | ${figures.queries} | ${rate(figures.firstResult, figures.queries)} | ${rate(figures.top3, figures.queries)} |
${figures.missed.length > 0 ? `\nNot in the top 3: ${figures.missed.join("; ")}.` : ""}`;
}

export async function benchmarksMarkdown(results: Results, large?: LargeResults): Promise<string> {
  const before = loadResults<Results>(BASELINE);
  const lighthouseRuns = existsSync(LIGHTHOUSE_RUNS_FILE)
    ? (JSON.parse(readFileSync(LIGHTHOUSE_RUNS_FILE, "utf8")) as LighthouseRuns)
    : undefined;
  const beforeLarge = loadResults<LargeResults>(BASELINE_LARGE);
  const beforeStarlight = loadResults<Results>(BEFORE_STARLIGHT);
  const beforeStarlightLarge = loadResults<LargeResults>(BEFORE_STARLIGHT_LARGE);
  const rows = report.withLarge(results.ours, large?.ours);
  const others = report.withLarge(results.others, large?.others);
  const realPages = results.ours.find((row) => row.n === 0)?.runs[0]?.htmlFiles ?? 0;
  const c = results.corpus;
  const range = (figure: Spread, unit: (value: number) => string) =>
    figure.min === figure.max
      ? unit(figure.min)
      : `${unit(figure.min)}–${unit(figure.max)} (median ${unit(figure.median)})`;
  const times = (value: number) => (value === 1 ? "once" : `${value} times`);
  const searches = [...results.search];
  for (const extra of large?.search ?? []) searches.push(extra);
  const markdown = `# Benchmarks

Written by \`npm run bench\` (code in \`tests/bench/\`, raw figures in \`tests/bench/results/latest.json\`
and, for the 10,000-page builds, \`large.json\`). Do not edit by hand: every run rewrites this file.

| Command | What it does | Time here |
| --- | --- | --- |
| \`npm run bench\` | Sections 1–5 below, except the 10,000-page builds; rewrites this file | ${minutes(results.seconds)} |
| \`npm run bench -- --large\` | The 10,000-page builds (one each: ours, plain Astro, Starlight) and search on ours; rewrites this file | ${large ? minutes(large.seconds) : "not run yet"} |
| \`npm run bench -- --lighthouse\` | One build of the real site, then section 5 three times in a row; rewrites this file | ${lighthouseRuns ? minutes(lighthouseRuns.seconds) : "not run yet"} |
| \`npm run bench -- --quick\` | Smoke test at small N, one run each; prints, writes nothing here | about 2 min |
| \`npm run bench -- --report\` | Rewrites this file from the saved results | seconds |

Nothing here is part of \`npm test\`: timings vary from machine to machine and run to run.

## Targets

Our build against Starlight's on the same content (Starlight runs the same Astro and the same
Pagefind, and is what one would pick for a searchable Markdown site), then the targets of the site
model work. The earlier targets against plain Astro (≤ 2 × its cold build, a warm rebuild faster
than its cold build) were set below what Astro plus Pagefind can do, and are replaced by the
first five lines.

${targetsTable(results, large)}

${starlightGap(results, large)}

## Before and after

The same benchmark before the site model (runs of 29 November 2026, kept in
\`tests/bench/results/baseline-*.json\`), before the work to be faster than Starlight (runs of
3 December 2026, commit \`077f966\`, kept in \`tests/bench/results/before-starlight-*.json\`) and in
this run. Between the second and the start of that work (commit \`733e7e1\`, 6 December), the
check of general statements had been added to the build, testing every incident's names against
every sentence of the general pages: one cold build at N=1,000 then took 53.3 s, and that check
alone took 41 s on its pages (each measured once, by hand, not by this benchmark). The check now looks up only the names
whose first word the sentence holds.

${
  before && beforeStarlight
    ? beforeAfterTable(
        { results, large },
        { results: before, large: beforeLarge },
        { results: beforeStarlight, large: beforeStarlightLarge },
      )
    : "No baseline results found."
}

## Machine

${machineBlock(results.machine, results.seconds)}

${interferenceBlock(results.sections, results.machine.cores)}

## Method

- **Synthetic pages.** N incident pages, generated for each run into a scratch copy of the project in the
  system's temporary folder (never in the working tree). Each is a facts file
  (\`content/incidents/bench-NNNNN.yaml\`, ${range(c.factsBytes, bytes)}: dates, attack window, an exposure
  table per population with real category ids from \`content/categories.yaml\`, each stated entry citing real
  source ids from \`content/sources.yaml\`) and a French page (\`content/pages/fr/incidents/bench-NNNNN.md\`,
  ${range(c.markdownBytes, bytes)}, ${range(c.words, String)} words: a summary,
  ${range(c.headings, String)} \`##\` sections, ${range(c.citations, String)} citations of real source ids, a
  \`::: tip\` callout, a footnote, links to real pages), shaped like the two real incidents (figures over the
  first ${count(c.pages)} pages). An invented operator name per page; content is seeded, so every run builds
  the same pages.
- **Builds are cold** unless said otherwise: output and every cache (\`.astro/\`, \`.cache/\`,
  \`node_modules/.astro\`) are removed before each run. A **warm** rebuild keeps them, after one page was edited.
  Our time is the wall time of \`node scripts/build.ts\`: Astro build, preview images, Pagefind, permalink and
  link checks. Peak memory is the highest sum of resident memory over the build's process tree, sampled every
  100 ms. Each figure is the median of the runs, with the minimum and maximum in brackets; the number of
  runs is in each table.
- **Run to run**: on this virtual machine, two full runs an hour apart, both with no other load
  (29 November 2026), measured the N=1,000 build at 47.8 s and 57.1 s. Compare figures within one run;
  across runs, expect differences of 20 % and more (31 % at N=1,000 on 6 December 2026, below).
- **Browsers**: Debian's Chromium driven by Playwright, with \`${CHROMIUM_FLAGS.join(" ")}\`.

## 1. Build scaling: our pipeline

N synthetic incident pages added to the real site (N=0 is the real site alone, the baseline: ${realPages}
HTML pages in French and English). "Added time per synthetic page" is (time at N − time at 0) ÷ N: constant if
the build scales linearly, growing if not.

${report.scalingTable(rows)}

Where the time goes (the median run at each N; Astro's own per-route times, summed by kind). Preview images
are drawn on a worker thread while the pages render (one image: ${ms(results.previewImageMs)} on one core,
measured apart); the column after the pages is what is left to wait for, plus writing the feeds:

${report.phasesTable(rows)}

${largeNote(results, large)}

${WHAT_CHANGED}

${SIDE_BY_SIDE}

${GROWING_PAGES}

Warm rebuilds: the site built again with its caches after one generated page was edited (a sentence added), against our cold build and plain Astro's of the same pages (section 2). A warm rebuild still starts Astro, bundles, renders the pages whose page model changed, and indexes the whole site with Pagefind, which cannot update an index (Pagefind alone on a 1,000-page output: 3.5 s, measured once on 6 December 2026).

${report.warmTable(results.warm, rows, others)}

## 2. Same content, other pipelines

The same generated Markdown files built by plain Astro (\`tests/bench/astro-plain/\`: a \`glob()\` loader, no
schema, one page template, Astro's built-in Markdown; the site's own \`astro\` package) and by Starlight
(\`tests/bench/starlight/\`, its pinned dependencies installed there on first use). They build only the N
pages (Starlight adds a home page, a 404 page and its own Pagefind index); ours also builds the ${realPages} real
pages, a preview image per page, feeds and open data, then runs Pagefind and the checks. A ratio below
1 means that pipeline is faster than ours. ${
    others.some((row) => row.n === LARGE_SIZE.n)
      ? `The N=${count(LARGE_SIZE.n)} row comes from \`npm run bench -- --large\` (one build each), as ours does.`
      : `The regular run stops at N=2,000; \`npm run bench -- --large\` adds N=${count(LARGE_SIZE.n)} (one build each).`
  }

${report.pipelinesTable(rows, others)}

## 3. Page weight

What a first visit downloads (empty cache), counted in Chromium: HTML, CSS, JS, and other files (fonts, images,
Pagefind's WebAssembly and index). "gzip" is each file gzipped at level 9, as a compressing host would send it;
Pagefind's index, fragment and WebAssembly files are stored compressed and count at their stored size in both
columns. Sizes do not vary between loads: one load per page. Our real site, one generated incident page of our
N=${SEARCH_SMALL} build, and the same generated page in Starlight's N=${SEARCH_SMALL} build (Starlight has no
search page: its search is a dialog on every page, measured here from its home).

${report.weightTable(results)}

## 4. Search

Our search page \`/recherche/\` in Chromium. Each query runs ${times(results.search[0]?.figures.runs ?? 0)}, each
time in a fresh browser context (empty cache) as for a reader's first search: the page loads, the search box is
focused (which loads Pagefind's runtime: script, WebAssembly, index metadata), and once the runtime has arrived
and the page is idle, the query is typed (20 ms between keys); the time runs from the
last keystroke to the rendered result count. It includes the
page's 20 ms pause waiting for the end of typing (40 ms until 3 December 2026). Since the pause is no longer than the
time between two typed keys, the page may search between keystrokes, as it does for anyone typing at a human pace
(a key every 100 ms or more): the last search then finds its index chunks loaded. (Until 2 December 2026 the query was typed as soon as the box was
focused, while the runtime was still loading: earlier times include part of that load.) Bytes are what the query downloads after page load, gzipped
where a host would compress: Pagefind's runtime (script, WebAssembly, entry file) once, then index chunks (of
2,500 word locations each) and one fragment per result shown (the page shows five, then five more on request).

${report.searchSummaryTable(searches)}

${report.searchQueriesTable(searches)}

${
  searches.some((search) => search.method === "generated")
    ? `The N=${count(SEARCH_LARGE)} (generated) index of the regular run does not come from a full build: the
N=${SEARCH_SMALL} build's pages are kept and ${count(SEARCH_LARGE - SEARCH_SMALL)} more incident pages are written
from a built one (same page shell; each page's own title, operator, summary and body rendered by
\`src/lib/markdown/render.ts\`), then Pagefind runs on the folder as the build runs it.${
        large?.search.length ? ' The row marked "full build" at the same N comes from `--large`.' : ""
      }`
    : ""
}

${relevanceBlock(results)}

## 5. Lighthouse

Lighthouse ${LIGHTHOUSE_VERSION} (installed on first use into \`tests/bench/.tools/\`), mobile (its default:
emulated phone, simulated slow 4G, 4× CPU slowdown), the four categories, on our real site served by
\`scripts/serve.ts\` with its real headers. Each page is audited
${times(results.lighthouse[0]?.scores.performance.runs ?? 0)}, each time in a fresh Chromium; median (min–max).

${report.lighthouseTable(results)}
${lighthouseRuns ? `\n${lighthouseRunsBlock(lighthouseRuns)}` : ""}`;
  // Formatted as `npm run lint` expects, so a fresh run never breaks `prettier --check`.
  const file = join(ROOT, "BENCHMARKS.md");
  return prettier.format(markdown, { ...(await prettier.resolveConfig(file)), filepath: file });
}

/** Writes BENCHMARKS.md at the repository root; returns its text. */
export async function writeBenchmarks(results: Results, large?: LargeResults): Promise<string> {
  const text = await benchmarksMarkdown(results, large);
  writeFileSync(join(ROOT, "BENCHMARKS.md"), text);
  return text;
}
