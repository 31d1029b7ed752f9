/**
 * `npm run bench -- --lighthouse`: the Lighthouse section alone, three times in a row on one
 * build of the real site, so a score is judged on consecutive runs rather than on the best
 * one. Saved in `results/lighthouse-runs.json`; BENCHMARKS.md shows every run.
 */
import { join } from "node:path";
import type { LighthouseFigure } from "./cases/lighthouse.ts";
import { RESULTS } from "./config.ts";
import { ms, table, withRange } from "./lib/format.ts";
import type { Machine } from "./lib/machine.ts";

export const LIGHTHOUSE_RUNS_FILE = join(RESULTS, "lighthouse-runs.json");
/** How many times in a row the section runs. */
export const CONSECUTIVE_RUNS = 3;

export interface LighthouseRuns {
  machine: Machine;
  seconds: number;
  /** One entry per consecutive run of the section, each with every page type. */
  runs: LighthouseFigure[][];
}

/** The lowest performance score of any audit of any run, and the page it was on. */
export function lowestPerformance(saved: LighthouseRuns): { score: number; page: string } {
  let lowest = { score: Infinity, page: "" };
  for (const run of saved.runs)
    for (const figure of run)
      if (figure.scores.performance.min < lowest.score)
        lowest = { score: figure.scores.performance.min, page: figure.page };
  return lowest;
}

export function lighthouseRunsBlock(saved: LighthouseRuns): string {
  const pages = saved.runs[0] ?? [];
  const audits = pages[0]?.scores.performance.runs ?? 0;
  const lowest = lowestPerformance(saved);
  const score = (figure: LighthouseFigure | undefined) =>
    figure ? withRange(figure.scores.performance, (v) => v.toFixed(0)) : "–";
  const rows = pages.map((page, index) => {
    const ofPage = saved.runs.map((run) => run[index]);
    return [
      page.page,
      `\`${page.path}\``,
      ...ofPage.map(score),
      ofPage.map((figure) => (figure ? ms(figure.lcpMs.median) : "–")).join(" / "),
      ofPage.map((figure) => (figure ? ms(figure.tbtMs.median) : "–")).join(" / "),
    ];
  });
  const target =
    lowest.score >= 100
      ? "met: every audit of every page scored 100"
      : `**not met**: the lowest audit scored ${lowest.score} (${lowest.page})`;
  return `### Three consecutive runs

\`npm run bench -- --lighthouse\` (${(saved.seconds / 60).toFixed(1)} min, ${saved.machine.date.slice(0, 16).replace("T", " ")} UTC${saved.machine.commit ? `, code of commit \`${saved.machine.commit}\`` : ""}): one build of the real site,
then this section ${saved.runs.length} times in a row, each page audited ${audits} times per run (median, min–max of
the performance score). Target, performance 100 on every page type in each run: ${target}.

${table(
  [
    "Page",
    "Path",
    ...saved.runs.map((_, index) => `Performance, run ${index + 1}`),
    "LCP, median per run",
    "TBT, median per run",
  ],
  rows,
)}
`;
}
