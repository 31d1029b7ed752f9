/**
 * Writes `<file>.br` (Brotli at quality 11) and `<file>.gz` (gzip at level 9) beside each text
 * file of a built site, so that every server sends the same bytes: nginx with `brotli_static`
 * and `gzip_static` (`npm run nginx:conf`), Netlify and Cloudflare (which compress on their
 * own and ignore them), and `npm start` (`compressed-files.ts` sends the `.br` file).
 *
 * Quality 11 costs about 65 ms for a page, too much to pay per request; here it is paid once
 * per file content: the compressed forms are kept in `.cache/precompressed/` by hash, so a
 * rebuild compresses only what changed. gzip reaches only clients without Brotli; Zopfli would
 * save about 5 % more for each of them at a hundred times the time, hence level 9.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import { contentTypeOf, TEXTUAL } from "./compressed-files.ts";

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** Files a host reads instead of serving: never compressed, never served. */
const SERVER_FILES = new Set(["_headers", "_redirects"]);

export const ENCODINGS = [
  {
    extension: ".br",
    compress: (bytes: Buffer) =>
      brotli(bytes, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        },
      }),
  },
  { extension: ".gz", compress: (bytes: Buffer) => gzipped(bytes, { level: 9 }) },
] as const;

/** The files of a built site worth compressing: text (HTML, CSS, scripts, JSON, XML, SVG, CSV). */
export function compressibleFiles(siteDir: string): string[] {
  return readdirSync(siteDir, { recursive: true, encoding: "utf8" }).filter((file) => {
    if (SERVER_FILES.has(file)) return false;
    const type = contentTypeOf(file);
    return type !== undefined && TEXTUAL.test(type);
  });
}

export interface PrecompressResult {
  files: number;
  bytes: number;
  brotli: number;
  gzip: number;
  /** Compressed forms made in this run rather than taken from the cache. */
  compressed: number;
}

/**
 * Writes the compressed forms of every text file of `siteDir` beside it, each only when it is
 * smaller than the file. `cacheDir` keeps them by content hash; entries no file uses are removed.
 */
export async function precompress(siteDir: string, cacheDir: string): Promise<PrecompressResult> {
  mkdirSync(cacheDir, { recursive: true });
  const used = new Set<string>();
  const result: PrecompressResult = { files: 0, bytes: 0, brotli: 0, gzip: 0, compressed: 0 };
  // zlib's asynchronous calls run on libuv's thread pool: every core compresses.
  await Promise.all(
    compressibleFiles(siteDir).map(async (file) => {
      const path = join(siteDir, file);
      const bytes = readFileSync(path);
      const hash = createHash("sha256").update(bytes).digest("hex");
      result.files++;
      result.bytes += bytes.length;
      for (const { extension, compress } of ENCODINGS) {
        const cached = join(cacheDir, `${hash}${extension}`);
        used.add(cached);
        let kept: Buffer;
        if (existsSync(cached)) {
          kept = readFileSync(cached);
        } else {
          const compressed = await compress(bytes);
          result.compressed++;
          // Kept empty when not smaller: the same content is never compressed again.
          kept = compressed.length < bytes.length ? compressed : Buffer.alloc(0);
          writeFileSync(cached, kept);
        }
        if (kept.length > 0) writeFileSync(path + extension, kept);
        const total = kept.length > 0 ? kept.length : bytes.length;
        if (extension === ".br") result.brotli += total;
        else result.gzip += total;
      }
    }),
  );
  for (const name of readdirSync(cacheDir)) {
    if (!used.has(join(cacheDir, name))) rmSync(join(cacheDir, name), { force: true });
  }
  return result;
}
