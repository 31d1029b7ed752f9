/**
 * Link integrity of a built site: every internal link, asset and `#anchor` must resolve (a
 * file, a redirect of the permalink registry, an element id). External links are only
 * listed: no network is needed to build or test. Linear: one set lookup per link.
 * `node scripts/check-links.ts` prints the report for `dist/`.
 */
import { existsSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { scanSite, type PageScan } from "../src/lib/outputs/built-site.ts";
import { readRegistry } from "./permalinks.ts";

export interface LinkReport {
  broken: string[];
  external: string[];
}

export function checkLinks(
  siteDir: string,
  site: string,
  pages: readonly Pick<PageScan, "url" | "ids" | "links">[] = scanSite(siteDir),
): LinkReport {
  const { redirects } = readRegistry();
  const idsByPath = new Map(pages.map((page) => [page.url, new Set(page.ids)]));
  const origin = new URL(site).origin;
  const known = new Map<string, boolean>();
  const exists = (path: string) => {
    let found = known.get(path);
    if (found === undefined) {
      const onDisk = join(siteDir, decodeURIComponent(path));
      found =
        idsByPath.has(path) ||
        path in redirects ||
        (existsSync(onDisk) && (statSync(onDisk).isFile() || existsSync(join(onDisk, "index.html"))));
      known.set(path, found);
    }
    return found;
  };
  const broken: string[] = [];
  const external = new Set<string>();
  for (const page of pages) {
    const base = new URL(page.url, site);
    for (const link of page.links) {
      if (/^(mailto|tel|sms):/.test(link)) continue;
      const url = new URL(link, base);
      if (url.origin !== origin) {
        external.add(url.href);
        continue;
      }
      if (!exists(url.pathname)) {
        broken.push(`${page.url} → ${link} (no such page or file)`);
        continue;
      }
      const anchor = url.hash.slice(1);
      const target = redirects[url.pathname] ?? url.pathname;
      if (anchor && !idsByPath.get(target)?.has(decodeURIComponent(anchor))) {
        broken.push(`${page.url} → ${link} (no element with id "${anchor}")`);
      }
    }
  }
  return { broken, external: [...external].sort() };
}

if (process.argv[1] === import.meta.filename) {
  const report = checkLinks(
    resolve(import.meta.dirname, "../dist"),
    process.env["SITE_URL"] ?? "http://127.0.0.1:4321",
  );
  console.log(`External links (${report.external.length}), not fetched:`);
  for (const link of report.external) console.log(`  ${link}`);
  console.log(`Broken internal links: ${report.broken.length}`);
  for (const problem of report.broken) console.log(`  ${problem}`);
  process.exit(report.broken.length > 0 ? 1 : 0);
}
