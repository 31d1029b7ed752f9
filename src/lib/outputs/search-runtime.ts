/**
 * Pagefind's browser runtime, made smaller after indexing: a reader's first search downloads
 * its script and the WebAssembly of the page's language before anything else (73 KB gzip
 * at 3 December 2026, three quarters of that first search). The script is minified again
 * (Pagefind ships it lightly minified), and the WebAssembly, which Pagefind stores gzipped
 * at zlib's best level, is recompressed with Zopfli: the same bytes once decompressed, in a
 * smaller gzip stream that Pagefind's own decompression reads as before.
 *
 * Zopfli takes most of a second per file, so the files are compressed side by side on worker
 * threads, and its output is kept in `.cache/` under a hash of its input: only the first build
 * after a Pagefind upgrade pays for it.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { transform } from "esbuild";
import { cachePath, writeCacheFile } from "../build/cache-dir.ts";
import { WorkerPool } from "../workers/pool.ts";

const CACHE_DIR = cachePath("search-runtime");

/** The WebAssembly files readers load: one per language of the site. */
const WASM_FILE = /^wasm\.(?!unknown\.)[\w-]+\.pagefind$/;

const ZOPFLI_WORKER = join(process.cwd(), "src", "lib", "outputs", "zopfli-worker.ts");

export interface RuntimeSavings {
  file: string;
  before: number;
  after: number;
}

/** The same script, minified; undefined when minifying does not make it smaller. */
export async function minifiedScript(source: string): Promise<string | undefined> {
  const { code } = await transform(source, { loader: "js", format: "esm", minify: true });
  return code.length < source.length ? code : undefined;
}

/**
 * The same content in a smaller gzip stream; undefined when Zopfli finds nothing to gain.
 * `zopfli` compresses raw bytes (a worker thread in a build).
 */
export async function recompressed(
  gzipped: Uint8Array,
  zopfli: (raw: Uint8Array) => Promise<Uint8Array>,
  cacheDir = CACHE_DIR,
): Promise<Uint8Array | undefined> {
  const key = createHash("sha256").update(gzipped).digest("hex");
  const cached = join(cacheDir, `${key}.gz`);
  const smaller = existsSync(cached) ? readFileSync(cached) : await zopfli(gunzipSync(gzipped));
  if (!existsSync(cached)) {
    mkdirSync(cacheDir, { recursive: true });
    writeCacheFile(cached, smaller);
  }
  return smaller.length < gzipped.length ? smaller : undefined;
}

/**
 * What the site's search loads of Pagefind's output: its script and entry file, each
 * language's WebAssembly and index metadata, and the index, fragment and filter chunks.
 * Pagefind also writes its ready-made interfaces (`pagefind-ui.js` and the like, about 412 KB
 * with the highlighter) and its worker (the site searches on the page's thread): unused.
 */
const USED =
  /^(pagefind\.js|pagefind-entry\.json|wasm\.[\w-]+\.pagefind|pagefind\.[\w-]+\.pf_meta|index|fragment|filter)$/;

/** Removes what the site does not use from a Pagefind output folder; lists it with its size. */
export function removeUnusedFiles(pagefindDir: string): { file: string; bytes: number }[] {
  return readdirSync(pagefindDir)
    .filter((name) => !USED.test(name))
    .map((file) => {
      const path = join(pagefindDir, file);
      const bytes = statSync(path).size;
      rmSync(path, { recursive: true, force: true });
      return { file, bytes };
    });
}

/** Shrinks the runtime files of a Pagefind output folder in place; lists what changed. */
export async function shrinkSearchRuntime(
  pagefindDir: string,
  cacheDir = CACHE_DIR,
): Promise<RuntimeSavings[]> {
  const savings: RuntimeSavings[] = [];
  const script = join(pagefindDir, "pagefind.js");
  const source = readFileSync(script, "utf8");
  const minified = await minifiedScript(source);
  if (minified) {
    writeFileSync(script, minified);
    savings.push({ file: "pagefind.js", before: source.length, after: minified.length });
  }
  const files = readdirSync(pagefindDir).filter((name) => WASM_FILE.test(name));
  const pool = new WorkerPool<Uint8Array>(ZOPFLI_WORKER, Math.min(files.length, availableParallelism()));
  try {
    const shrunk = await Promise.all(
      files.map(async (file) => {
        const path = join(pagefindDir, file);
        const original = readFileSync(path);
        const smaller = await recompressed(original, (raw) => pool.run(raw), cacheDir);
        if (smaller) writeFileSync(path, smaller);
        return smaller ? { file, before: original.length, after: smaller.length } : undefined;
      }),
    );
    savings.push(...shrunk.filter((saving) => saving !== undefined));
  } finally {
    await pool.close();
  }
  return savings;
}
