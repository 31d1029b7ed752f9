/**
 * Preview images for a whole build: each is cached on disk under a hash of its texts and of
 * the renderer's code, so a rebuild draws only the images whose page title, kind or date
 * changed. The missing ones are drawn by worker threads, one per core, while Astro renders
 * the HTML pages; the image route then only waits for its file.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { OgImageText } from "./layout.ts";
import { renderOgImage } from "./render.ts";

const SOURCE_DIR = join(process.cwd(), "src", "lib", "outputs", "og");
const CACHE_DIR = join(process.cwd(), ".cache", "og-images");
/** The code and font that draw an image: a change to any of them redraws every image. */
const RENDERER_FILES = ["fonts.ts", "layout.ts", "render.ts", "png.ts"].map((file) => join(SOURCE_DIR, file));

let rendererVersion: string | undefined;
function version(): string {
  if (!rendererVersion) {
    const hash = createHash("sha256");
    for (const file of RENDERER_FILES) hash.update(readFileSync(file));
    hash.update(readFileSync(join(process.cwd(), "package-lock.json")));
    rendererVersion = hash.digest("hex");
  }
  return rendererVersion;
}

/** The name an image is cached under: its texts and the renderer's version. */
export function imageKey(text: OgImageText): string {
  return createHash("sha256")
    .update(version())
    .update(JSON.stringify([text.siteName, text.eyebrow, text.title, text.footer]))
    .digest("hex")
    .slice(0, 32);
}

const fileOf = (key: string) => join(CACHE_DIR, `${key}.png`);

class WorkerPool {
  #workers: Worker[] = [];
  #idle: Worker[] = [];
  #queue: { id: number; text: OgImageText }[] = [];
  #waiting = new Map<number, (png: Buffer) => void>();
  #next = 0;

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(join(SOURCE_DIR, "worker.ts"));
      // The build may finish while a worker waits for work; it must not keep Node alive.
      worker.unref();
      worker.on("message", ({ id, png }: { id: number; png: Uint8Array }) => {
        this.#waiting.get(id)?.(Buffer.from(png));
        this.#waiting.delete(id);
        this.#idle.push(worker);
        this.#pump();
      });
      this.#workers.push(worker);
      this.#idle.push(worker);
    }
  }

  render(text: OgImageText): Promise<Buffer> {
    const id = this.#next++;
    const done = new Promise<Buffer>((resolve) => this.#waiting.set(id, resolve));
    this.#queue.push({ id, text });
    this.#pump();
    return done;
  }

  #pump(): void {
    while (this.#idle.length > 0 && this.#queue.length > 0) {
      this.#idle.pop()?.postMessage(this.#queue.shift());
    }
  }
}

export interface PreviewImages {
  /** Starts drawing every image not cached yet, and forgets cached images no page uses. */
  prepare(texts: readonly OgImageText[]): void;
  /** The PNG of one image: from the cache, or once drawn. */
  get(text: OgImageText): Promise<Buffer>;
}

function buildImages(): PreviewImages {
  const pending = new Map<string, Promise<Buffer>>();
  let pool: WorkerPool | undefined;
  const draw = (key: string, text: OgImageText): Promise<Buffer> => {
    pool ??= new WorkerPool(Math.max(1, availableParallelism()));
    const drawn = pool.render(text).then((png) => {
      writeFileSync(fileOf(key), png);
      return png;
    });
    pending.set(key, drawn);
    return drawn;
  };
  return {
    prepare(texts) {
      mkdirSync(CACHE_DIR, { recursive: true });
      const keys = new Set<string>();
      for (const text of texts) {
        const key = imageKey(text);
        keys.add(key);
        if (!pending.has(key) && !existsSync(fileOf(key))) void draw(key, text);
      }
      for (const file of readdirSync(CACHE_DIR)) {
        if (!keys.has(file.replace(/\.png$/, ""))) rmSync(join(CACHE_DIR, file), { force: true });
      }
    },
    async get(text) {
      const key = imageKey(text);
      const drawing = pending.get(key);
      if (drawing) return drawing;
      if (existsSync(fileOf(key))) return readFileSync(fileOf(key));
      mkdirSync(CACHE_DIR, { recursive: true });
      return draw(key, text);
    },
  };
}

/** In `astro dev`, an image is drawn when asked for, on the main thread. */
const direct: PreviewImages = {
  prepare: () => undefined,
  get: async (text) => renderOgImage(text),
};

let images: PreviewImages | undefined;

export function previewImages(dev: boolean): PreviewImages {
  if (dev) return direct;
  return (images ??= buildImages());
}
