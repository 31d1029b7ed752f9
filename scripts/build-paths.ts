/**
 * The folders and options of one build (`build.ts`, `build-finish.ts`): working copies are
 * named after the build's process, so that two builds never share one and a later build can
 * tell an abandoned copy (`removeAbandonedCopies`).
 */
import { join, resolve } from "node:path";

export const ROOT = resolve(import.meta.dirname, "..");
export const DIST = join(ROOT, "dist");
export const STAGING = join(ROOT, `.dist-staging-${process.pid}`);
export const RETIRED = join(ROOT, `.dist-retired-${process.pid}`);
export const CACHES = join(ROOT, ".cache");
export const CACHES_STAGING = join(ROOT, `.cache-staging-${process.pid}`);
export const CACHES_RETIRED = join(ROOT, `.cache-retired-${process.pid}`);
export const PUBLISH = process.argv.includes("--publish");
/**
 * Brotli at quality 11 costs about a millisecond per KB of text: nothing at this size, a minute
 * or more at thousands of pages. Local builds, which nothing serves but `npm start` (it
 * compresses on request), skip it.
 */
export const PRECOMPRESS = PUBLISH || process.argv.includes("--precompress");
/** Where Astro's build hook writes the text drawn in images (publication only). */
export const DRAWN = join(CACHES_STAGING, "drawn-text.json");
