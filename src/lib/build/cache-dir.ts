/**
 * Where the build's caches live: `.cache/` (Astro's content store and unchanged pages,
 * rendered Markdown, preview images, Pagefind's smaller runtime). `npm run build` works on a
 * copy (BUILD_CACHE_DIR) that replaces `.cache/` only when every step passed, so a failed
 * build leaves the caches of the last good one (`scripts/build-caches.ts`). Files of the
 * caches named after their content are written under a temporary name and renamed: a copy
 * shares them with `.cache/` by hard links, and a file is never rewritten in place.
 */
import { renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export function cachePath(...parts: string[]): string {
  return join(process.env["BUILD_CACHE_DIR"] ?? join(process.cwd(), ".cache"), ...parts);
}

/** Writes a cache file whole, under a new inode: never through a link another folder shares. */
export function writeCacheFile(file: string, data: string | Uint8Array): void {
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, file);
}
