/**
 * The permalink registry, `content/permalinks.json`: every published URL and anchor. A
 * built site must still have each of them, unless the registry redirects the URL to one it
 * has. `node scripts/permalinks.ts update` adds what a build published; nothing is ever
 * removed automatically.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parse } from "parse5";

export interface Registry {
  /** Page URL → anchor ids a link may point at. */
  pages: Record<string, string[]>;
  /** Old URL → the URL that replaced it (built as a redirect page and in `_redirects`). */
  redirects: Record<string, string>;
}

export const REGISTRY_FILE = resolve(import.meta.dirname, "../content/permalinks.json");

/** Ids worth linking to: headings, and the numbered sources, events and figures. */
const LINKABLE_ID = /^(source|event|figure|incident)-/;
const SKIPPED = /^\/(404\.html|og\/|api\/|pagefind\/)/;

interface Node {
  nodeName: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
}

function linkableIds(node: Node, found: string[] = []): string[] {
  const id = node.attrs?.find((attr) => attr.name === "id")?.value;
  if (id && (/^h[1-6]$/.test(node.nodeName) || LINKABLE_ID.test(id))) found.push(id);
  for (const child of node.childNodes ?? []) linkableIds(child, found);
  return found;
}

/** Every page URL of a built site with its linkable anchors. */
export function collectPermalinks(siteDir: string): Record<string, string[]> {
  const pages: Record<string, string[]> = {};
  const files = readdirSync(siteDir, { recursive: true, encoding: "utf8" }).filter((f) =>
    f.endsWith("index.html"),
  );
  for (const file of files.sort()) {
    const url = `/${file
      .split("\\")
      .join("/")
      .replace(/index\.html$/, "")}`;
    if (SKIPPED.test(url)) continue;
    const html = readFileSync(join(siteDir, file), "utf8");
    // Redirect pages that Astro builds for old URLs are not pages of their own.
    if (/<meta http-equiv="refresh"/i.test(html)) continue;
    pages[url] = [...new Set(linkableIds(parse(html) as unknown as Node))].sort();
  }
  return pages;
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
