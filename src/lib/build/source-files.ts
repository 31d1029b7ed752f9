/**
 * The project's own source files that a module reaches through its imports, read from
 * esbuild's import graph. A cache that must be dropped when the code that filled it changes
 * hashes these files: a hand-kept list goes stale as soon as code moves (one missed
 * `page-render.ts`, which renders every page's Markdown, after rendering moved there).
 *
 * The graph is read once per process and entry; the files themselves are read by the caller
 * every time. A file reached only through a path computed at run time (a worker thread's
 * script) is an entry of its own.
 */
import { buildSync } from "esbuild";
import { createHash, type Hash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const graphs = new Map<string, readonly string[]>();

/** Paths relative to the working directory (the project), sorted. */
export function sourceFilesOf(...entries: string[]): readonly string[] {
  const key = entries.join("\n");
  let files = graphs.get(key);
  if (!files) {
    const { metafile } = buildSync({
      entryPoints: entries,
      absWorkingDir: process.cwd(),
      bundle: true,
      write: false,
      metafile: true,
      outdir: "unused",
      platform: "node",
      format: "esm",
      // Dependencies are versioned by package-lock.json; Astro's virtual modules have no file.
      packages: "external",
      external: ["astro:*"],
      logLevel: "silent",
    });
    files = Object.keys(metafile.inputs).sort();
    graphs.set(key, files);
  }
  return files;
}

/** The files a cache filled by these entries' code depends on: that code and the packages. */
export function codeFiles(...entries: string[]): string[] {
  return [...sourceFilesOf(...entries), "package-lock.json"];
}

/**
 * A hash of `codeFiles(...entries)`, names and contents, for a cache key; callers add what
 * else their cache depends on before taking the digest.
 */
export function codeHash(...entries: string[]): Hash {
  const hash = createHash("sha256");
  for (const file of codeFiles(...entries)) hash.update(file).update(readFileSync(join(process.cwd(), file)));
  return hash;
}
