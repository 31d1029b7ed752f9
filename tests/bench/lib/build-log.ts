/**
 * Where a build's time goes, read from its timestamped output (see `process.ts`): Astro's
 * content sync and bundling, the rendering time Astro prints for each route (summed: HTML
 * pages, the rest), the build hook that writes the preview images and feeds, then Pagefind,
 * which runs beside the link and permalink checks.
 */
import type { Measured } from "./process.ts";

export interface Phases {
  /** Start-up and reading, validating and rendering every Markdown and YAML file. */
  contentSync: number;
  /** Vite/Rolldown bundling of the site's code. */
  bundling: number;
  htmlPages: number;
  /** How many HTML pages Astro rendered (fewer than built when the build was stopped). */
  htmlRoutes: number;
  /** Open data, sitemap, robots.txt, redirects… */
  otherRoutes: number;
  /** After the pages: the last preview images drawn, every image linked, the feeds written (ours). */
  outputs: number;
  /** Pagefind, with the link and permalink checks beside it (ours); 0 when there is no such step. */
  searchAndChecks: number;
}

const ROUTE = /[├└]─ (\S+) \(\+([\d.]+)(ms|s)\)/;

function timeOf(lines: Measured["lines"], pattern: RegExp, after = -1): number | undefined {
  return lines.find((line) => line.at >= after && pattern.test(line.text))?.at;
}

export function phasesOf(run: Measured): Phases {
  const { lines } = run;
  const synced = timeOf(lines, /\[content\] Synced content/) ?? 0;
  const routes = timeOf(lines, /generating static routes/) ?? synced;
  const rendered = timeOf(lines, /✓ Completed in/, routes);
  const outputsDone = timeOf(lines, /\[build-outputs\]/, routes);
  const astroDone = timeOf(lines, /\[build\] Complete!/) ?? run.seconds;
  const checked = timeOf(lines, /^Links:/);
  let htmlPages = 0;
  let htmlRoutes = 0;
  let otherRoutes = 0;
  for (const { text } of lines) {
    const match = ROUTE.exec(text);
    if (!match) continue;
    const time = Number(match[2]) / (match[3] === "ms" ? 1000 : 1);
    if (match[1]?.endsWith(".html")) {
      htmlPages += time;
      htmlRoutes += 1;
    } else otherRoutes += time;
  }
  return {
    contentSync: synced,
    bundling: Math.max(0, routes - synced),
    htmlPages,
    htmlRoutes,
    otherRoutes,
    outputs: rendered !== undefined && outputsDone !== undefined ? outputsDone - rendered : 0,
    searchAndChecks: checked === undefined ? 0 : checked - astroDone,
  };
}
