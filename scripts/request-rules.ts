/**
 * What the local server (`serve.ts`) makes of a request before it reads any file: the
 * methods it answers, the path a URL names, the files of a static host that are not pages,
 * and the request headers that choose what is sent (encoding, validators, byte ranges), each
 * read with the library that implements its standard. Nothing here throws on any input:
 * every request comes from outside.
 */
import type { Stats } from "node:fs";
import type { IncomingHttpHeaders } from "node:http";
import fresh from "fresh";
import Negotiator from "negotiator";
import { parse as parseRange } from "range-parser";

/** A static site has nothing to do with any other method. */
export const ALLOWED_METHODS = ["GET", "HEAD"] as const;

export function isAllowedMethod(method: string | undefined): boolean {
  return (ALLOWED_METHODS as readonly (string | undefined)[]).includes(method);
}

/**
 * The decoded path a request names (`/données/` for `/donn%C3%A9es/`), or `undefined` when
 * the request target is no URL path, its escapes do not decode, or it holds a NUL byte.
 */
export function decodedPath(target: string | undefined): string | undefined {
  let pathname: string;
  try {
    pathname = new URL(target ?? "/", "http://localhost").pathname;
  } catch {
    return undefined;
  }
  let decoded: string;
  try {
    decoded = decodeURI(pathname);
  } catch {
    return undefined;
  }
  return decoded.includes("\0") ? undefined : decoded;
}

/** Files a static host reads for itself (headers, redirects): never pages. */
const HOST_FILES = new Set(["/_headers", "/_redirects"]);

export function isHostFile(path: string): boolean {
  return HOST_FILES.has(path.replace(/\/+$/, ""));
}

/** Whether the client takes Brotli: `br;q=0` refuses it, `*` accepts it. */
export function acceptsBrotli(headers: IncomingHttpHeaders): boolean {
  try {
    return new Negotiator({ headers }).encodings(["br"]).includes("br");
  } catch {
    return false;
  }
}

/** A weak validator for one version of a file, in one content coding (`br`) or as it is. */
export function weakEtag(stats: Stats, coding?: "br"): string {
  return `W/"${coding ? `${coding}-` : ""}${stats.size}-${stats.mtimeMs}"`;
}

/** Whether the client's copy is this version: `If-None-Match` with this tag among others, or `*`. */
export function isFresh(headers: IncomingHttpHeaders, etag: string): boolean {
  return fresh(headers, { etag });
}

/**
 * The byte range a `Range` header asks of a file of `size` bytes: one range; `unsatisfiable`
 * (416) when no range it names is in the file; or `undefined` when the header is to be
 * ignored, as HTTP allows: not in bytes, malformed in any part, or several ranges (a multipart
 * answer no file of this site needs).
 */
export function requestedRange(
  header: string,
  size: number,
): { start: number; end: number } | "unsatisfiable" | undefined {
  const INVALID = 1;
  const UNSATISFIABLE = 2;
  const { code, type, ranges } = parseRange(size, header);
  if (type !== "bytes" || code & INVALID) return undefined;
  if (ranges.length === 0) return code & UNSATISFIABLE ? "unsatisfiable" : undefined;
  return ranges.length === 1 ? ranges[0] : undefined;
}
