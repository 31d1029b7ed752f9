/**
 * Serves the built site from `dist/` on 127.0.0.1 (PORT, default 4321), the way a static
 * host would: directory URLs, `/404.html` for unknown paths, the redirects of the permalink
 * registry, the headers of `public/_headers` (so tests run under the real CSP), and
 * compressed responses (as every static host sends them: Lighthouse and the browser tests then
 * see the transfer sizes readers get, not four times more): text files as Brotli at its highest
 * quality, compressed once and kept (`compressed-files.ts`), anything else through the
 * `compression` middleware (gzip for clients without Brotli).
 * Used by `npm start` and the browser tests. No request can stop it: methods other than GET
 * and HEAD get 405, an address that names no file 400 or 404, the host's own files
 * (`_headers`, `_redirects`) are not served, and any unexpected error answers that request
 * with 500 (`request-rules.ts`, `file-requests.ts`).
 *
 * `node scripts/serve.ts [folder]` serves another built folder than `dist/` (the tests do).
 */
import { existsSync, readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { join, resolve } from "node:path";
import compression from "compression";
import sirv from "sirv";
import { createCompressedFiles } from "./compressed-files.ts";
import { createFileRequests } from "./file-requests.ts";
import { headersFor, readHeaderRules } from "./headers.ts";
import { readRegistry } from "./permalinks.ts";
import { ALLOWED_METHODS, decodedPath, isAllowedMethod, isHostFile } from "./request-rules.ts";

const DIST = resolve(process.argv[2] ?? join(import.meta.dirname, "..", "dist"));
const PORT = Number(process.env["PORT"] ?? 4321);

if (!existsSync(join(DIST, "index.html"))) {
  console.error(`${DIST} has no site yet: run \`npm run build\` first.`);
  process.exit(1);
}

const rules = readHeaderRules(join(DIST, "_headers"));
const { redirects } = readRegistry();
const notFound = readFileSync(join(DIST, "404.html"));
const serveCompressed = createCompressedFiles(DIST);
const fileRequests = createFileRequests(DIST);
// Validators and ranges are answered by `fileRequests`: sirv sends whole files only.
const serveStatic = sirv(DIST, { dev: false, etag: false, extensions: ["html"] });
// Its types are written for Express; it only needs Node's request and response.
const compress = compression() as unknown as (
  request: IncomingMessage,
  response: ServerResponse,
  next: () => void,
) => void;

function answerNotFound(response: ServerResponse): void {
  response.writeHead(404, { "content-type": "text/html; charset=utf-8" });
  response.end(notFound);
}

function handle(request: IncomingMessage, response: ServerResponse): void {
  if (!isAllowedMethod(request.method)) {
    response.writeHead(405, { allow: ALLOWED_METHODS.join(", ") });
    response.end();
    return;
  }
  const path = decodedPath(request.url);
  if (path === undefined) {
    response.writeHead(400);
    response.end();
    return;
  }
  for (const [name, value] of headersFor(path, rules)) response.setHeader(name, value);
  if (isHostFile(path)) return answerNotFound(response);
  const target = Object.hasOwn(redirects, path) ? redirects[path] : undefined;
  if (target) {
    response.writeHead(301, { location: target });
    response.end();
    return;
  }
  serveCompressed(request, response, () => {
    fileRequests(request, response, () => {
      compress(request, response, () => {
        serveStatic(request, response, () => answerNotFound(response));
      });
    });
  });
}

const server = createServer((request, response) => {
  try {
    handle(request, response);
  } catch (error) {
    // One request failed; the server goes on serving the others.
    console.error(`${request.method} ${request.url}: ${String(error)}`);
    if (response.headersSent) response.destroy();
    else {
      response.writeHead(500);
      response.end();
    }
  }
});
server.listen(PORT, "127.0.0.1", () => {
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : PORT;
  console.log(`Serving ${DIST} on http://127.0.0.1:${port}/`);
});
