/**
 * Warm rebuilds (section 1): a cold build of N synthetic pages, then, several times, one of
 * them edited (a sentence added to its body) and the site built again with its caches: the
 * Markdown store, Astro's cache of unchanged pages, the preview images.
 */
import { appendFileSync } from "node:fs";
import { join } from "node:path";
import { BUILD_TIMEOUT_SECONDS, SCRATCH_OUTPUT, type SizeCase } from "../config.ts";
import { seconds } from "../lib/format.ts";
import { buildSite, createSite } from "../lib/sites.ts";
import type { SyntheticIncident } from "../synthetic/incident.ts";
import type { SizeResult } from "./builds.ts";

export async function measureWarmRebuilds(
  size: SizeCase,
  incidents: (n: number) => SyntheticIncident[],
): Promise<SizeResult> {
  const pages = incidents(size.n);
  const site = createSite("ours", pages);
  try {
    const first = await buildSite(
      site,
      join(SCRATCH_OUTPUT, `warm-${size.n}-cold.log`),
      BUILD_TIMEOUT_SECONDS,
    );
    if (!first.ok) throw new Error(`the cold build before the warm ones failed (exit ${first.exit})`);
    const runs = [];
    for (let run = 1; run <= size.runs; run += 1) {
      const page = pages[run % pages.length]!;
      appendFileSync(
        join(site.dir, "content", "pages", "fr", "incidents", `${page.id}.md`),
        `\nUne phrase ajoutée pour la reconstruction ${run}.\n`,
      );
      const log = join(SCRATCH_OUTPUT, `warm-${size.n}-run${run}.log`);
      const figure = await buildSite(site, log, BUILD_TIMEOUT_SECONDS, { cold: false });
      if (!figure.ok) throw new Error(`warm build ${run} failed (exit ${figure.exit}): see ${log}`);
      console.log(`  ours, warm, N=${size.n}, run ${run}/${size.runs}: ${seconds(figure.seconds)}`);
      runs.push(figure);
    }
    return { pipeline: "ours", n: size.n, runs };
  } finally {
    site.remove();
  }
}
