/**
 * Preview images for a whole build. Each is cached on disk under a hash of its texts and of
 * the renderer's code, so a rebuild draws only the images whose page title, kind or date
 * changed. The missing ones are drawn by worker threads (all cores but one) while Astro
 * renders the HTML pages on the main thread; when the build is done, every image is linked
 * into the output.
 *
 * The pages (which know the texts) and the build hook (which knows the output folder) run in
 * separate copies of the code, Astro's bundle and its config: they share one instance of
 * the images through a process-wide symbol.
 */
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import type { OgImageText } from "./layout.ts";
import { cachePath, writeCacheFile } from "../../build/cache-dir.ts";
import { codeHash } from "../../build/source-files.ts";
import { WorkerPool } from "../../workers/pool.ts";
import { drawnText } from "../drawn-text.ts";

const SOURCE_DIR = join(process.cwd(), "src", "lib", "outputs", "og");
const CACHE_DIR = cachePath("og-images");

/**
 * The code that draws an image (every file the worker's imports reach) and the packages,
 * fonts included: a change to any of them redraws every image.
 */
function rendererVersion(): string {
  return codeHash("src/lib/outputs/og/worker.ts").digest("hex");
}

export interface PreviewImage {
  /** Where it goes in the built site, e.g. `og/incidents/viamedis-2024.png`. */
  path: string;
  text: OgImageText;
}

export class PreviewImages {
  readonly #version = rendererVersion();
  #images: { path: string; file: string }[] = [];
  #drawing: Promise<unknown>[] = [];

  #fileOf(text: OgImageText): string {
    const key = createHash("sha256")
      .update(this.#version)
      .update(JSON.stringify([text.siteName, text.eyebrow, text.title, text.footer]))
      .digest("hex")
      .slice(0, 32);
    return join(CACHE_DIR, `${key}.png`);
  }

  /**
   * Starts drawing every image that is not cached yet (on one worker per core), and forgets
   * cached images that no page uses any more.
   */
  prepare(images: readonly PreviewImage[]): void {
    mkdirSync(CACHE_DIR, { recursive: true });
    let pool: WorkerPool<OgImageText> | undefined;
    const files = new Set<string>();
    this.#images = images.map(({ path, text }) => {
      drawnText().add(`/${path}`, [text.siteName, text.eyebrow, text.title, text.footer]);
      const file = this.#fileOf(text);
      if (!files.has(file) && !existsSync(file)) {
        // One core stays with Astro, which renders the pages meanwhile.
        pool ??= new WorkerPool(join(SOURCE_DIR, "worker.ts"), Math.max(1, availableParallelism() - 1));
        this.#drawing.push(pool.run(text).then((png) => writeCacheFile(file, png)));
      }
      files.add(file);
      return { path, file };
    });
    for (const name of readdirSync(CACHE_DIR)) {
      if (!files.has(join(CACHE_DIR, name))) rmSync(join(CACHE_DIR, name), { force: true });
    }
  }

  /** Waits for the images being drawn, then links every image into the built site. */
  async writeTo(outDir: string): Promise<number> {
    await Promise.all(this.#drawing);
    const made = new Set<string>();
    for (const { path, file } of this.#images) {
      const target = join(outDir, path);
      const folder = dirname(target);
      if (!made.has(folder)) mkdirSync(folder, { recursive: true });
      made.add(folder);
      // A hard link costs nothing; a cache on another disk gets a copy.
      try {
        linkSync(file, target);
      } catch {
        copyFileSync(file, target);
      }
    }
    return this.#images.length;
  }
}

const SHARED = Symbol.for("fuites-tiers-payant.preview-images");

/** The build's preview images, shared by the pages and the build hook. */
export function previewImages(): PreviewImages {
  const holder = globalThis as { [SHARED]?: PreviewImages };
  return (holder[SHARED] ??= new PreviewImages());
}
