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
import { readFileSync, statSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { join, normalize, sep } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";
import { lookup } from "mrmime";

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

/** The file a URL path names, as sirv resolves it: the file, `<path>/index.html` or `<path>.html`. */
export function fileForPath(root: string, pathname: string): string | undefined {
  const trimmed = pathname.endsWith("/") ? pathname.slice(0, -1) : pathname;
  const candidates = [trimmed, `${trimmed}/index.html`, `${trimmed}.html`];
  for (const candidate of candidates) {
    if (!candidate) continue;
    const file = normalize(join(root, candidate));
    if (!file.startsWith(root + sep)) return undefined;
    if (statSync(file, { throwIfNoEntry: false })?.isFile()) return file;
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
    const accepts = /\bbr\b/.test(String(request.headers["accept-encoding"] ?? ""));
    if ((method !== "GET" && method !== "HEAD") || !accepts || request.headers.range) return next();

    let pathname = new URL(request.url ?? "/", "http://localhost").pathname;
    try {
      pathname = decodeURI(pathname);
    } catch {
      return next();
    }
    const file = fileForPath(root, pathname);
    const type = file && contentTypeOf(file);
    if (!file || !type || !TEXTUAL.test(type)) return next();

    const stats = statSync(file);
    const version = `${stats.size}-${stats.mtimeMs}`;
    const etag = `W/"br-${version}"`;
    response.setHeader("Vary", "Accept-Encoding");
    if (request.headers["if-none-match"] === etag) {
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
