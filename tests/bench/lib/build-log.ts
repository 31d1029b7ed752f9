/**
 * Where a build's time goes, read from its timestamped output (see `process.ts`): Astro's
 * content sync and bundling, the rendering time Astro prints for each route (summed by kind:
 * preview images, HTML pages, the rest), then our Pagefind and check steps.
 */
import type { Measured } from "./process.ts";

export interface Phases {
  /** Start-up and reading, validating and rendering every Markdown and YAML file. */
  contentSync: number;
  /** Vite/Rolldown bundling of the site's code. */
  bundling: number;
  ogImages: number;
  htmlPages: number;
  /** How many HTML pages Astro rendered (fewer than built when the build was stopped). */
  htmlRoutes: number;
  /** Feeds, open data, sitemap, robots.txt… */
  otherRoutes: number;
  /** Pagefind, after Astro is done (ours); 0 when the pipeline has no such step. */
  searchIndex: number;
  /** Permalink and link checks (ours). */
  checks: number;
}

const ROUTE = /[├└]─ (\S+) \(\+([\d.]+)(ms|s)\)/;

function timeOf(lines: Measured["lines"], pattern: RegExp): number | undefined {
  return lines.find((line) => pattern.test(line.text))?.at;
}

export function phasesOf(run: Measured): Phases {
  const { lines } = run;
  const synced = timeOf(lines, /\[content\] Synced content/) ?? 0;
  const routes = timeOf(lines, /generating static routes/) ?? synced;
  const astroDone = timeOf(lines, /\[build\] Complete!/) ?? run.seconds;
  const indexed = timeOf(lines, /^Search index:/);
  const checked = timeOf(lines, /^Links:/);
  let ogImages = 0;
  let htmlPages = 0;
  let htmlRoutes = 0;
  let otherRoutes = 0;
  for (const { text } of lines) {
    const match = ROUTE.exec(text);
    if (!match) continue;
    const time = Number(match[2]) / (match[3] === "ms" ? 1000 : 1);
    if (match[1]?.startsWith("/og/")) ogImages += time;
    else if (match[1]?.endsWith(".html")) {
      htmlPages += time;
      htmlRoutes += 1;
    } else otherRoutes += time;
  }
  return {
    contentSync: synced,
    bundling: Math.max(0, routes - synced),
    ogImages,
    htmlPages,
    htmlRoutes,
    otherRoutes,
    searchIndex: indexed === undefined ? 0 : indexed - astroDone,
    checks: indexed === undefined || checked === undefined ? 0 : checked - indexed,
  };
}
