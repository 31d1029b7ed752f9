/**
 * The exposure image as PNG: its SVG rasterised by resvg on a worker thread. On the main
 * thread, the real incidents' tables held Astro's page rendering for about a second a build.
 *
 * Each PNG is cached on disk under a hash of its SVG and of the code that rasterises it: about
 * 100 ms an image, these were most of a rebuild's page rendering when one page had changed.
 * The build hook forgets the cached images no page used (`forgetUnused`).
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { cachePath, writeCacheFile } from "../../build/cache-dir.ts";
import { codeHash } from "../../build/source-files.ts";
import { WorkerPool } from "../../workers/pool.ts";

const WORKER = join(process.cwd(), "src", "lib", "outputs", "exposure-image", "worker.ts");
const CACHE_DIR = cachePath("exposure-images");
let pool: WorkerPool<string> | undefined;
let version: string | undefined;

/** The rasterising code and the packages (resvg's version among them). */
function rasteriserVersion(): string {
  return codeHash(WORKER).digest("hex");
}

class ExposurePngs {
  readonly #used = new Set<string>();

  async png(svg: string): Promise<Uint8Array> {
    version ??= rasteriserVersion();
    const key = createHash("sha256").update(version).update(svg).digest("hex").slice(0, 32);
    const file = join(CACHE_DIR, `${key}.png`);
    this.#used.add(`${key}.png`);
    if (existsSync(file)) return readFileSync(file);
    pool ??= new WorkerPool<string>(WORKER, 1);
    const png = await pool.run(svg);
    mkdirSync(CACHE_DIR, { recursive: true });
    writeCacheFile(file, png);
    return png;
  }

  /** Removes the cached images this build did not use; returns how many. */
  forgetUnused(): number {
    if (!existsSync(CACHE_DIR)) return 0;
    const unused = readdirSync(CACHE_DIR).filter((name) => !this.#used.has(name));
    for (const name of unused) rmSync(join(CACHE_DIR, name), { force: true });
    return unused.length;
  }
}

const SHARED = Symbol.for("fuites-tiers-payant.exposure-pngs");

/** The build's exposure PNGs, shared by the image route and the build hook. */
export function exposurePngs(): ExposurePngs {
  const holder = globalThis as { [SHARED]?: ExposurePngs };
  return (holder[SHARED] ??= new ExposurePngs());
}

export function exposureImagePng(svg: string): Promise<Uint8Array> {
  return exposurePngs().png(svg);
}
