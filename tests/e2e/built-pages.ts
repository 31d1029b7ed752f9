/**
 * The list of pages to test, read from the build output rather than kept by hand, so a new
 * page is tested the moment it is built.
 */
import { resolve } from "node:path";
import { scanSite } from "../../src/lib/outputs/built-site.ts";

const DIST = resolve(import.meta.dirname, "../../dist");

export function builtPages(): string[] {
  const pages = scanSite(DIST);
  if (pages.length === 0) throw new Error("dist/ has no HTML page: run `npm run build` first");
  // Short addresses kept as redirects (content/permalinks.json) are not pages.
  return pages.filter((page) => !page.redirect).map((page) => page.url);
}

/** The HTML file behind a page address. */
export function fileOfPage(url: string): string {
  return resolve(DIST, `.${url.endsWith(".html") ? url : `${url}index.html`}`);
}

export const DIST_DIR = DIST;
