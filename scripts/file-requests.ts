/**
 * The conditional and byte-range parts of a request for a file sent as it is (images, fonts,
 * Pagefind's index, and any file to a client without Brotli), answered here so that sirv
 * only ever sends whole files: its own range code throws on ranges such as `bytes=5-2`, and
 * it answers 304 only to an `If-None-Match` that is its tag alone. The validator is set here
 * too (sirv's is turned off), so the tag a client keeps is the one checked.
 */
import { createReadStream } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { contentTypeOf, findFile } from "./compressed-files.ts";
import { decodedPath, isFresh, requestedRange, weakEtag } from "./request-rules.ts";

export function createFileRequests(root: string) {
  return (request: IncomingMessage, response: ServerResponse, next: () => void): void => {
    const pathname = decodedPath(request.url);
    const found = pathname === undefined ? undefined : findFile(root, pathname);
    // If-Range asks for the range only if the file is still the version its tag names; a weak
    // tag, as these are, never proves that: the whole file is sent instead (RFC 9110, 13.1.5).
    const range = request.headers["if-range"] ? undefined : request.headers.range;
    // sirv never sees a range: a valid one is answered below, any other is ignored.
    delete request.headers.range;
    if (!found) return next();

    const { file, stats } = found;
    const etag = weakEtag(stats);
    response.setHeader("ETag", etag);
    response.setHeader("Last-Modified", stats.mtime.toUTCString());
    response.setHeader("Accept-Ranges", "bytes");
    if (isFresh(request.headers, etag)) {
      response.writeHead(304);
      response.end();
      return;
    }
    const wanted = range === undefined ? undefined : requestedRange(range, stats.size);
    if (wanted === "unsatisfiable") {
      response.writeHead(416, { "content-range": `bytes */${stats.size}` });
      response.end();
      return;
    }
    if (!wanted) return next();

    response.writeHead(206, {
      "content-type": String(response.getHeader("content-type") ?? contentTypeOf(file) ?? ""),
      "content-range": `bytes ${wanted.start}-${wanted.end}/${stats.size}`,
      "content-length": wanted.end - wanted.start + 1,
    });
    if (request.method === "HEAD") {
      response.end();
      return;
    }
    createReadStream(file, wanted)
      .on("error", () => response.destroy())
      .pipe(response);
  };
}
