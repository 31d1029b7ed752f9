/**
 * The Pagefind search index of a built site, one index per language (Pagefind picks the
 * language from each page's `<html lang>`). Only `data-pagefind-body` regions are indexed;
 * the markup decides what is left out (`data-pagefind-ignore`).
 *
 * Pagefind's own command runs on the built folder, in its own process: the build checks the
 * site's links meanwhile. (Its Node API took half as long again for the same work at 10,000
 * pages, and handing it each page as Astro rendered it was slower still.)
 */
import { spawn } from "node:child_process";
import { join } from "node:path";

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

/**
 * Indexes a built folder; resolves with the number of pages indexed. Aborting `signal`
 * stops Pagefind (the promise then rejects once it has exited).
 */
export function indexFolder(siteDir: string, signal?: AbortSignal): Promise<number> {
  const command = join(process.cwd(), "node_modules", ".bin", "pagefind");
  const args = [
    "--site",
    siteDir,
    ...EXCLUDE_SELECTORS.flatMap((selector) => ["--exclude-selectors", selector]),
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [command, ...args], {
      env: { ...process.env, PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: INDEX_CHUNK_SIZE },
      stdio: ["ignore", "pipe", "pipe"],
      // Its own process group: npm's wrapper starts the binary as a child of its own, and
      // stopping Pagefind must stop both.
      detached: true,
    });
    signal?.addEventListener("abort", () => {
      if (child.pid && child.exitCode === null) process.kill(-child.pid, "SIGTERM");
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      const pages = /Indexed (\d+) pages?/.exec(output)?.[1];
      if (code === 0 && pages) resolve(Number(pages));
      else reject(new Error(`Pagefind exited with ${code}:\n${output.trim()}`));
    });
  });
}
