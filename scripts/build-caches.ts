/**
 * The caches a build works on: a copy of `.cache/` that replaces it only when every step of
 * the build passed, as `dist/` is replaced. Astro writes its store and its copy of each page
 * as it goes, before the checks run; written into `.cache/` itself, a page a later check
 * refused was served again by the next builds.
 *
 * Folders whose files are named after their content, and written once under a new inode
 * (`writeCacheFile`), are linked, not copied: the copy costs a link per file. Astro's folder
 * rewrites its files in place, so it is copied.
 */
import {
  constants,
  cpSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from "node:fs";
import { join } from "node:path";

const WRITTEN_ONCE = new Set([
  "rendered-pages",
  "og-images",
  "exposure-images",
  "built-page-checks",
  "search-runtime",
  "precompressed",
]);

function linkFolder(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) {
    const source = join(from, name);
    if (statSync(source).isDirectory()) linkFolder(source, join(to, name));
    else linkSync(source, join(to, name));
  }
}

/** A working copy of the caches at `staging` (empty when there are none yet). */
export function stageCaches(caches: string, staging: string): void {
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  if (!existsSync(caches)) return;
  for (const name of readdirSync(caches)) {
    const from = join(caches, name);
    const to = join(staging, name);
    if (WRITTEN_ONCE.has(name)) linkFolder(from, to);
    // A clone where the file system has them (Btrfs, XFS, APFS), a copy elsewhere.
    else cpSync(from, to, { recursive: true, mode: constants.COPYFILE_FICLONE });
  }
}

/** The working copy becomes the caches; the previous caches go. */
export function promoteCaches(caches: string, staging: string, retired: string): void {
  if (existsSync(caches)) renameSync(caches, retired);
  renameSync(staging, caches);
  rmSync(retired, { recursive: true, force: true });
}

/**
 * Working copies of `dist/` and of the caches left by builds that were stopped (their process
 * is gone).
 */
export function removeAbandonedCopies(root: string): void {
  for (const name of readdirSync(root)) {
    const pid = /^\.(?:cache|dist)-(?:staging|retired)-(\d+)$/.exec(name)?.[1];
    if (pid && !isRunning(Number(pid))) rmSync(join(root, name), { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
