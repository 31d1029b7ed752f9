/**
 * The Pagefind search index of a built site, one index per language (Pagefind picks the
 * language from each page's `<html lang>`). Only `data-pagefind-body` regions are indexed;
 * the markup decides what is left out (`data-pagefind-ignore`).
 *
 * Pagefind reads the built folder itself: handing it each page as Astro renders it was
 * tried, and was slower (the pages queue up between the two processes).
 */
import { join } from "node:path";
import * as pagefind from "pagefind";

/**
 * Locations of words per index chunk (Pagefind's default is 20,000). A query downloads the
 * chunks that hold its words, so smaller chunks keep a first search under its 100 KB budget
 * at every size of site (BENCHMARKS.md, "Search"). The setting is marked unstable by
 * Pagefind: the version is pinned, and the search tests would catch a change.
 */
const INDEX_CHUNK_SIZE = "2500";

/**
 * Noise in results and excerpts: citation markers ("[12]"), the update line, table
 * headers, and text only screen readers get (it repeats visible headings).
 */
const EXCLUDE_SELECTORS = [".cite", ".page-meta", "thead", ".visually-hidden"];

async function createIndex(): Promise<pagefind.PagefindIndex> {
  process.env["PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE"] = INDEX_CHUNK_SIZE;
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDE_SELECTORS });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  return index;
}

/** Indexes a built folder; returns the number of pages indexed. */
export async function indexFolder(siteDir: string): Promise<number> {
  const index = await createIndex();
  const added = await index.addDirectory({ path: siteDir });
  if (added.errors.length > 0) throw new Error(added.errors.join("; "));
  const written = await index.writeFiles({ outputPath: join(siteDir, "pagefind") });
  if (written.errors.length > 0) throw new Error(written.errors.join("; "));
  await pagefind.close();
  return added.page_count;
}
