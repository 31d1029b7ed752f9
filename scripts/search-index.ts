/**
 * Builds the Pagefind search index of a built site, one index per language (Pagefind picks
 * the language from each page's `<html lang>`). Only `data-pagefind-body` regions are
 * indexed; the markup decides what is left out (`data-pagefind-ignore`).
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

export async function buildSearchIndex(siteDir: string): Promise<void> {
  process.env["PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE"] = INDEX_CHUNK_SIZE;
  // Noise in results and excerpts: citation markers ("[12]"), the update line, table
  // headers, and text only screen readers get (it repeats visible headings).
  const { index, errors } = await pagefind.createIndex({
    excludeSelectors: [".cite", ".page-meta", "thead", ".visually-hidden"],
  });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  const added = await index.addDirectory({ path: siteDir });
  if (added.errors.length > 0) throw new Error(added.errors.join("; "));
  const written = await index.writeFiles({ outputPath: join(siteDir, "pagefind") });
  if (written.errors.length > 0) throw new Error(written.errors.join("; "));
  console.log(`Search index: ${added.page_count} pages indexed.`);
  await pagefind.close();
}
