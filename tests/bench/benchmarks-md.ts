/**
 * BENCHMARKS.md: the machine, the method and the tables of the last run. Rewritten by every
 * `npm run bench`; numbers in the prose come from the results, so the text never goes stale.
 */
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
import type { LargeResults, Results, SectionTiming } from "./results.ts";

const minutes = (value: number) => `${(value / 60).toFixed(1)} min`;
const day = (iso: string) => iso.slice(0, 16).replace("T", " ") + " UTC";

function machineBlock(machine: Machine, seconds_: number): string {
  return [
    `- **Date:** ${day(machine.date)}; the run took ${minutes(seconds_)}.`,
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

/** Milliseconds per HTML page of one phase (images: one per page but the two 404 pages). */
function perPageMs(figure: BuildFigure, phase: "htmlPages" | "ogImages"): number {
  const pages = phase === "htmlPages" ? figure.phases.htmlRoutes : figure.phases.htmlRoutes - 2;
  return (figure.phases[phase] * 1000) / Math.max(1, pages);
}

function largeNote(results: Results, large?: LargeResults): string {
  const row = large?.ours.find((candidate) => candidate.n === LARGE_SIZE.n);
  const run = row?.runs[0];
  if (!large || !run) {
    return (
      `**N=${count(LARGE_SIZE.n)}** is not in this run: one build takes far longer than the whole 15-minute ` +
      "budget. `npm run bench -- --large` builds it once and adds it to this file."
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
    : `took ${minutes(run.seconds)} and ${bytes(run.peakTreeRss)} of memory`;
  const thousand = results.ours.find((candidate) => candidate.n === 1000);
  const perPage = (figure: BuildFigure, phase: "htmlPages" | "ogImages") => ms(perPageMs(figure, phase));
  return [
    `**N=${count(LARGE_SIZE.n)} does not fit in the 15-minute budget, even for one run**, so the regular run ` +
      `leaves it out and \`npm run bench -- --large\` builds it once (${day(large.machine.date)}; other processes ` +
      `kept ${others.toFixed(2)} cores busy on average meanwhile). The build ${outcome}. Where the time went: ` +
      `HTML pages ${share(p.htmlPages)}, Open Graph PNG images ${share(p.ogImages)}, start-up and content sync ` +
      `${share(p.contentSync)}, feeds and data ${share(p.otherRoutes)}, Pagefind ${share(p.searchIndex)}, ` +
      `link and permalink checks ${share(p.checks)}.`,
    "",
    `Why: the preview images cost about the same per page at every N (one satori + resvg render each, on ` +
      `one core), ${perPage(run, "ogImages")} at N=${count(LARGE_SIZE.n)}; the HTML pages cost ` +
      `${perPage(run, "htmlPages")} each at N=${count(LARGE_SIZE.n)}` +
      (thousand ? ` against ${perPage(report.medianRun(thousand), "htmlPages")} at N=1,000` : "") +
      (thousand && perPageMs(run, "htmlPages") > 3 * perPageMs(report.medianRun(thousand), "htmlPages")
        ? ": the time per page grows with the number of pages, so this phase is quadratic. "
        : ". ") +
      DIAGNOSIS,
  ].join("\n");
}

/**
 * What a CPU profile of a 2,000-page build showed (29 November 2026). Code facts, not
 * measurements of this run: re-check them when the code changes.
 */
const DIAGNOSIS =
  "A CPU profile of a 2,000-page build (29 November 2026; CPU seconds of the Astro process) shows where: " +
  "preview images about 36 s (satori 29 s, resvg 7 s); `getCollection` about 10 s, because every page " +
  "calls it several times (through `pagesOf`, `urlOfKey`, `linksFor`, `alternatesOf`, `categoryPageUrls`, " +
  "`incidentsWithPages` in `src/lib/`) and each call walks every entry; `formatDate` 4.5 s, as it builds a " +
  "new `Intl.DateTimeFormat` on every call; `trailOf` (breadcrumbs) 2 s, computing `urlOfPage` of every page " +
  "for each level of each page; and, in the content sync, `knownIncidentIds()` 2 s, as it lists " +
  "`content/incidents/` again for every page's `incident:` reference (7 ms a call with 10,000 files: over " +
  "a minute at N=10,000). The incident list, the search page's incident filter and each of the 19 French " +
  "data pages also grow by a row per incident. Looking pages up through maps built once per build would " +
  "make the HTML phase linear; the images would stay at 20–30 ms each unless cached between builds.";

/**
 * Why generated pages understate search cost at large N (measured 29 November 2026 on a real
 * 2,000-page build; re-check when the list pages change).
 */
const LIST_PAGES =
  "This understates some queries: the home page, the incident list and the data pages keep their " +
  `N=${SEARCH_SMALL} size, while in a real build they list every incident, with its status, which names ` +
  "the CNIL. In a real 2,000-page build, the home page and `/incidents/` are 48,000-word pages in the " +
  "index; a query that matches them (`cnil`) takes 10 s, nearly all of it Pagefind building their " +
  "excerpts (about 7 s each), where the same query takes 0.3 s on generated pages.";

export async function benchmarksMarkdown(results: Results, large?: LargeResults): Promise<string> {
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
| \`npm run bench -- --large\` | The 10,000-page builds (one each) and search on ours; rewrites this file | ${large ? minutes(large.seconds) : "not run yet"} |
| \`npm run bench -- --quick\` | Smoke test at small N, one run each; prints, writes nothing here | about 2 min |
| \`npm run bench -- --report\` | Rewrites this file from the saved results | seconds |

Nothing here is part of \`npm test\`: timings vary from machine to machine and run to run.

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
- **Builds are cold**: output and Astro's caches (\`.astro/\`, \`node_modules/.astro\`) are removed before each
  run. Our time is the wall time of \`node scripts/build.ts\`: Astro build, Pagefind, permalink and link
  checks. Peak memory is the highest sum of resident memory over the build's process tree, sampled every
  100 ms. Each figure is the median of the runs, with the minimum and maximum in brackets; the number of
  runs is in each table.
- **Run to run**: on this virtual machine, two full runs an hour apart, both with no other load
  (29 November 2026), measured the N=1,000 build at 47.8 s and 57.1 s. Compare figures within one run;
  across runs, expect differences of up to 20 %.
- **Browsers**: Debian's Chromium driven by Playwright, with \`${CHROMIUM_FLAGS.join(" ")}\`.

## 1. Build scaling: our pipeline

N synthetic incident pages added to the real site (N=0 is the real site alone, the baseline: ${realPages}
HTML pages in French and English). "Added time per synthetic page" is (time at N − time at 0) ÷ N: constant if
the build scales linearly, growing if not.

${report.scalingTable(rows)}

Where the time goes (the median run at each N; Astro's own per-route times, summed by kind):

${report.phasesTable(rows)}

${largeNote(results, large)}

## 2. Same content, other pipelines

The same generated Markdown files built by plain Astro (\`tests/bench/astro-plain/\`: a \`glob()\` loader, no
schema, one page template, Astro's built-in Markdown; the site's own \`astro\` package) and by Starlight
(\`tests/bench/starlight/\`, its pinned dependencies installed there on first use). They build only the N
pages (Starlight adds a home page, a 404 page and its own Pagefind index); ours also builds the ${realPages} real
pages, a preview image per page, feeds and open data, then runs Pagefind and the checks. A ratio below
1 means that pipeline is faster than ours. ${
    others.some((row) => row.n === LARGE_SIZE.n)
      ? `The N=${count(LARGE_SIZE.n)} row comes from \`npm run bench -- --large\` (one build each), as ours does.`
      : `The regular run stops at N=1,000; \`npm run bench -- --large\` adds N=${count(LARGE_SIZE.n)} (one build each).`
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
time in a fresh browser context (empty cache) as for a reader's first search: the page loads, the query is typed
(20 ms between keys), and the time runs from the last keystroke to the rendered result count. It includes the
page's 120 ms pause waiting for the end of typing. Bytes are what the query downloads after page load, gzipped
where a host would compress: Pagefind's runtime (script, WebAssembly, entry file) once, then index chunks and
one fragment per result shown (the page shows at most 10).

${report.searchSummaryTable(searches)}

${report.searchQueriesTable(searches)}

${
  searches.some((search) => search.method === "generated")
    ? `The N=${count(SEARCH_LARGE)} (generated) index of the regular run does not come from a full build (too slow, see
section 1): the N=${SEARCH_SMALL} build's pages are kept and ${count(SEARCH_LARGE - SEARCH_SMALL)} more incident
pages are written from a built one (same page shell; each page's own title, operator, summary and body rendered
by \`src/lib/markdown.ts\`), then the site's own \`scripts/search-index.ts\` runs Pagefind on the folder. Its search
page still lists ${SEARCH_SMALL} incidents in its filter. ${LIST_PAGES}${
        large?.search.length ? ' The row marked "full build" at the same N comes from `--large`.' : ""
      }`
    : ""
}

## 5. Lighthouse

Lighthouse ${LIGHTHOUSE_VERSION} (installed on first use into \`tests/bench/.tools/\`), mobile (its default:
emulated phone, simulated slow 4G, 4× CPU slowdown), the four categories, on our real site served by
\`scripts/serve.ts\` with its real headers. Each page is audited
${times(results.lighthouse[0]?.scores.performance.runs ?? 0)}, each time in a fresh Chromium; median (min–max).

${report.lighthouseTable(results)}
`;
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
