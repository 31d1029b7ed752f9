/**
 * Sections 1 and 2: cold builds of one pipeline at each page count, several runs each. The
 * sites named in `keep` are left on disk for the browser measurements that follow.
 */
import { join } from "node:path";
import { BUILD_TIMEOUT_SECONDS, SCRATCH_OUTPUT, type SizeCase } from "../config.ts";
import { seconds } from "../lib/format.ts";
import { buildSite, createSite, type BuildFigure, type Pipeline, type Site } from "../lib/sites.ts";
import type { SyntheticIncident } from "../synthetic/incident.ts";

export interface SizeResult {
  pipeline: Pipeline;
  n: number;
  runs: BuildFigure[];
}

export interface BuildOptions {
  incidents: (n: number) => SyntheticIncident[];
  keep?: number[];
  starlightModules?: string;
  timeoutSeconds?: number;
  /** Record a build stopped at the time limit (and its phases so far) instead of failing. */
  tolerateTimeout?: boolean;
}

export async function measureBuilds(
  pipeline: Pipeline,
  sizes: SizeCase[],
  options: BuildOptions,
): Promise<{ results: SizeResult[]; kept: Map<number, Site> }> {
  const results: SizeResult[] = [];
  const kept = new Map<number, Site>();
  for (const { n, runs } of sizes) {
    const site = createSite(pipeline, options.incidents(n), options.starlightModules);
    const figures: BuildFigure[] = [];
    for (let run = 1; run <= runs; run += 1) {
      const log = join(SCRATCH_OUTPUT, `${pipeline}-${n}-run${run}.log`);
      const figure = await buildSite(site, log, options.timeoutSeconds ?? BUILD_TIMEOUT_SECONDS);
      console.log(`  ${pipeline}, N=${n}, run ${run}/${runs}: ${seconds(figure.seconds)}`);
      if (figure.timedOut && options.tolerateTimeout) {
        console.log(`  stopped at the time limit; see ${log}`);
        figures.push(figure);
        break;
      }
      if (!figure.ok) {
        site.remove();
        throw new Error(
          `${pipeline} build at N=${n} ${figure.timedOut ? "timed out" : `failed (exit ${figure.exit})`}: see ${log}`,
        );
      }
      figures.push(figure);
    }
    results.push({ pipeline, n, runs: figures });
    if (options.keep?.includes(n) && figures.every((figure) => figure.ok)) kept.set(n, site);
    else site.remove();
  }
  return { results, kept };
}
