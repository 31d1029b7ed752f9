/**
 * The HTML of each Markdown page, kept on disk beside Astro's content store rather than in
 * it. Astro turns its whole store into one JavaScript module of the build; with the HTML of
 * 10,000 pages in it, that module took longer to bundle and compile than the pages took to
 * render, and held gigabytes of memory. The store keeps what the site model needs for every
 * page (headings, citations, links); a page's HTML is read when the page is rendered.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { cachePath, writeCacheFile } from "../build/cache-dir.ts";

export interface RenderedPage {
  html: string;
  summaryHtml: string | undefined;
}

const DIR = cachePath("rendered-pages");

/** Where a page's HTML is kept, by the digest of its file and of the renderer. */
export function renderedFile(digest: string): string {
  return join(DIR, `${digest}.json`);
}

export function hasRenderedPage(digest: string): boolean {
  return existsSync(renderedFile(digest));
}

export function writeRenderedPage(digest: string, page: RenderedPage): void {
  mkdirSync(DIR, { recursive: true });
  writeCacheFile(renderedFile(digest), JSON.stringify(page));
}

export function readRenderedPage(digest: string): RenderedPage {
  return JSON.parse(readFileSync(renderedFile(digest), "utf8")) as RenderedPage;
}

/** Removes the HTML of pages that no longer exist or have changed. */
export function forgetRenderedPagesExcept(digests: ReadonlySet<string>): void {
  if (!existsSync(DIR)) return;
  for (const name of readdirSync(DIR)) {
    if (!digests.has(name.replace(/\.json$/, ""))) rmSync(join(DIR, name), { force: true });
  }
}
