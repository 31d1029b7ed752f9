/**
 * The permalink registry, `content/permalinks.json`: every published URL and anchor. A
 * built site must still have each of them, unless the registry redirects the URL to one it
 * has. `node scripts/permalinks.ts update` adds what a build published; nothing is ever
 * removed automatically.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { scanSite, type PageScan } from "../src/lib/outputs/built-site.ts";
import { siteConfig } from "../src/site.config.ts";

export interface Registry {
  /** Page URL → anchor ids a link may point at. */
  pages: Record<string, string[]>;
  /** Old URL → the URL that replaced it (built as a redirect page and in `_redirects`). */
  redirects: Record<string, string>;
}

export const REGISTRY_FILE = resolve(import.meta.dirname, "../content/permalinks.json");

/**
 * Ids worth linking to besides headings and marked anchors: numbered sources, events, figures,
 * incident cards, and the press page's summary of each incident (`resume-<incident>`): each a
 * paragraph a journalist may quote and link to.
 */
const LINKABLE_ID = /^(source|event|figure|incident|resume)-/;
/**
 * A page's own source list follows its citations, which corrections change; the
 * bibliography pages keep every source for good, so `#source-…` is promised only there.
 */
const BIBLIOGRAPHY = /^\/(en\/)?sources\/([a-z-]+\/)?$/;
/**
 * An incident card's anchor is promised only where the card can never leave: the featured
 * incidents on the home page and `/incidents/`. Those lists show only the newest others, so
 * an older card leaves them when a new incident arrives; the year pages are split into
 * numbered pages past a fixed length, so a card may move to the next one. The incident's own
 * page is its permanent address.
 */
const NEWEST_ONLY = /^\/(en\/)?(incidents\/)?$/;
const FEATURED_CARDS = new Set(siteConfig.featuredIncidents.map((id) => `incident-${id}`));
const isLinkable = (url: string, id: string) =>
  LINKABLE_ID.test(id) && (!id.startsWith("source-") || BIBLIOGRAPHY.test(url));
const YEAR_PAGE = /^\/(en\/)?incidents\/\d{4}\//;
function staysOnPage(url: string, id: string): boolean {
  if (!id.startsWith("incident-")) return true;
  if (YEAR_PAGE.test(url)) return false;
  return !NEWEST_ONLY.test(url) || FEATURED_CARDS.has(id);
}
const SKIPPED = /^\/(404\.html|og\/|api\/|pagefind\/)/;

/** Every page URL of a built site with its linkable anchors. */
export function collectPermalinks(
  siteDir: string,
  pages: readonly Pick<PageScan, "url" | "ids" | "anchorIds" | "redirect">[] = scanSite(siteDir),
): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  for (const page of pages) {
    // Redirect pages built for old URLs are not pages of their own.
    if (!page.url.endsWith("/") || SKIPPED.test(page.url) || page.redirect) continue;
    const linkable = [...page.anchorIds, ...page.ids.filter((id) => isLinkable(page.url, id))];
    found[page.url] = [...new Set(linkable)].filter((id) => staysOnPage(page.url, id)).sort();
  }
  return found;
}

export function readRegistry(file = REGISTRY_FILE): Registry {
  if (!existsSync(file)) return { pages: {}, redirects: {} };
  return JSON.parse(readFileSync(file, "utf8")) as Registry;
}

/** What a built site lost: each problem names the URL and, for an anchor, the anchor. */
export function checkPermalinks(built: Record<string, string[]>, registry: Registry): string[] {
  const problems: string[] = [];
  for (const [url, anchors] of Object.entries(registry.pages)) {
    const target = registry.redirects[url];
    if (target) {
      if (!built[target]) problems.push(`${url} redirects to ${target}, which is not built`);
      continue;
    }
    const ids = built[url];
    if (!ids) {
      problems.push(`${url} is gone: restore it or add a redirect in content/permalinks.json`);
      continue;
    }
    for (const anchor of anchors) {
      if (!ids.includes(anchor)) {
        problems.push(`${url}#${anchor} is gone: keep the heading's id with {#${anchor}}`);
      }
    }
  }
  return problems;
}

/** Adds new pages and anchors to the registry; never removes any. */
export function mergeIntoRegistry(registry: Registry, built: Record<string, string[]>): Registry {
  const pages = { ...registry.pages };
  for (const [url, anchors] of Object.entries(built)) {
    pages[url] = [...new Set([...(pages[url] ?? []), ...anchors])].sort();
  }
  const sorted = Object.fromEntries(Object.entries(pages).sort(([a], [b]) => a.localeCompare(b)));
  return { pages: sorted, redirects: registry.redirects };
}

/** `_redirects` for Netlify/Cloudflare-style hosts, from the same registry. */
export function redirectsFile(registry: Registry): string {
  return Object.entries(registry.redirects)
    .map(([from, to]) => `${from} ${to} 301`)
    .join("\n");
}

if (process.argv[1] === import.meta.filename) {
  const command = process.argv[2];
  const dist = resolve(import.meta.dirname, "../dist");
  const built = collectPermalinks(dist);
  if (command === "update") {
    const merged = mergeIntoRegistry(readRegistry(), built);
    writeFileSync(REGISTRY_FILE, `${JSON.stringify(merged, null, 2)}\n`);
    const count = Object.values(merged.pages).reduce((sum, anchors) => sum + anchors.length, 0);
    console.log(`content/permalinks.json: ${Object.keys(merged.pages).length} URLs, ${count} anchors.`);
  } else {
    const problems = checkPermalinks(built, readRegistry());
    for (const problem of problems) console.error(problem);
    process.exit(problems.length > 0 ? 1 : 0);
  }
}
