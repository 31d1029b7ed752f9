/**
 * Brotli at its highest quality for the text files of `dist/`, compressed once per file
 * version and kept in memory, the way static hosts serve precompressed files.
 *
 * Why not the `compression` middleware's default (quality 4): the incident pages then weigh
 * about 14.2 KB compressed, which with the security headers crosses the first TCP round
 * trip (14,600 bytes) and costs readers on a slow phone a round trip before the first paint.
 * Quality 11 brings them to about 12.2 KB, but takes ~65 ms a page: too slow to pay per
 * request, hence the cache keyed by path, size and modification time. A file the build
 * compressed (`precompress.ts`) is sent in the build's own `.br` form: the bytes nginx sends.
 */
import { readFileSync, statSync, type Stats } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { join, normalize, sep } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";
import { lookup } from "mrmime";
import { acceptsBrotli, decodedPath, isFresh, weakEtag } from "./request-rules.ts";

/** Types worth compressing: text, and the formats written as text (JSON, XML, SVG, scripts). */
export const TEXTUAL = /^text\/|^application\/(javascript|json|xml|manifest\+json)$|\+xml$/;

/** The Content-Type sirv would send for this file (same table, same charset rule). */
export function contentTypeOf(file: string): string | undefined {
  const type = lookup(file);
  return type === "text/html" ? `${type};charset=utf-8` : type;
}

interface Compressed {
  readonly version: string;
  readonly body: Buffer;
}

/**
 * The file a decoded URL path names, as sirv resolves it (the file, `<path>/index.html` or
 * `<path>.html`), with its stats; `undefined` for a path no file answers, including a name
 * the file system refuses (a segment over 255 bytes, a NUL byte).
 */
export function findFile(root: string, pathname: string): { file: string; stats: Stats } | undefined {
  const trimmed = pathname.endsWith("/") ? pathname.slice(0, -1) : pathname;
  const candidates = [trimmed, `${trimmed}/index.html`, `${trimmed}.html`];
  for (const candidate of candidates) {
    if (!candidate) continue;
    const file = normalize(join(root, candidate));
    if (!file.startsWith(root + sep)) return undefined;
    let stats: Stats | undefined;
    try {
      stats = statSync(file, { throwIfNoEntry: false });
    } catch {
      return undefined;
    }
    if (stats?.isFile()) return { file, stats };
  }
  return undefined;
}

function brotliMax(bytes: Buffer): Buffer {
  return brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
}

/**
 * The build's Brotli form of a file (`precompress.ts`), unless the file changed after it: the
 * bytes nginx's `brotli_static` sends.
 */
function builtBrotli(file: string, modified: number): Buffer | undefined {
  const stats = statSync(`${file}.br`, { throwIfNoEntry: false });
  return stats && stats.mtimeMs >= modified ? readFileSync(`${file}.br`) : undefined;
}

/**
 * A request handler that answers GET and HEAD requests for text files with their Brotli
 * form when the client accepts it, and calls `next` for everything else.
 */
export function createCompressedFiles(root: string) {
  const cache = new Map<string, Compressed>();

  return (request: IncomingMessage, response: ServerResponse, next: () => void): void => {
    const method = request.method ?? "GET";
    const pathname = decodedPath(request.url);
    if ((method !== "GET" && method !== "HEAD") || request.headers.range || pathname === undefined)
      return next();
    if (!acceptsBrotli(request.headers)) return next();

    const found = findFile(root, pathname);
    const type = found && contentTypeOf(found.file);
    if (!found || !type || !TEXTUAL.test(type)) return next();

    const { file, stats } = found;
    const version = `${stats.size}-${stats.mtimeMs}`;
    const etag = weakEtag(stats, "br");
    response.setHeader("Vary", "Accept-Encoding");
    if (isFresh(request.headers, etag)) {
      response.writeHead(304, { etag });
      response.end();
      return;
    }

    let compressed = cache.get(file);
    if (compressed?.version !== version) {
      compressed = { version, body: builtBrotli(file, stats.mtimeMs) ?? brotliMax(readFileSync(file)) };
      cache.set(file, compressed);
    }
    response.writeHead(200, {
      "content-type": String(response.getHeader("content-type") ?? type),
      "content-encoding": "br",
      "content-length": compressed.body.length,
      "last-modified": stats.mtime.toUTCString(),
      etag,
    });
    response.end(method === "HEAD" ? undefined : compressed.body);
  };
}
