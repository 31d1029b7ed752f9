/**
 * Serves the built site from `dist/` on 127.0.0.1 (PORT, default 4321), the way a static
 * host would: directory URLs, `/404.html` for unknown paths, the redirects of the permalink
 * registry, the headers of `public/_headers` (so tests run under the real CSP), and
 * compressed responses (as every static host sends them: Lighthouse and the browser tests then
 * see the transfer sizes readers get, not four times more): text files as Brotli at its highest
 * quality, compressed once and kept (`compressed-files.ts`), anything else through the
 * `compression` middleware (gzip for clients without Brotli).
 * Used by `npm start` and the browser tests.
 */
import { existsSync, readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { join, resolve } from "node:path";
import compression from "compression";
import sirv from "sirv";
import { createCompressedFiles } from "./compressed-files.ts";
import { headersFor, readHeaderRules } from "./headers.ts";
import { readRegistry } from "./permalinks.ts";

const DIST = resolve(import.meta.dirname, "..", "dist");
const PORT = Number(process.env["PORT"] ?? 4321);

if (!existsSync(join(DIST, "index.html"))) {
  console.error("dist/ has no site yet: run `npm run build` first.");
  process.exit(1);
}

const rules = readHeaderRules();
const { redirects } = readRegistry();
const notFound = readFileSync(join(DIST, "404.html"));
const serveCompressed = createCompressedFiles(DIST);
const serveStatic = sirv(DIST, { dev: false, etag: true, extensions: ["html"] });
// Its types are written for Express; it only needs Node's request and response.
const compress = compression() as unknown as (
  request: IncomingMessage,
  response: ServerResponse,
  next: () => void,
) => void;

createServer((request, response) => {
  const path = new URL(request.url ?? "/", "http://localhost").pathname;
  for (const [name, value] of headersFor(path, rules)) response.setHeader(name, value);
  const target = redirects[path];
  if (target) {
    response.writeHead(301, { location: target });
    response.end();
    return;
  }
  serveCompressed(request, response, () => {
    compress(request, response, () => {
      serveStatic(request, response, () => {
        response.writeHead(404, { "content-type": "text/html; charset=utf-8" });
        response.end(notFound);
      });
    });
  });
}).listen(PORT, "127.0.0.1", () => {
  console.log(`Serving dist/ on http://127.0.0.1:${PORT}/`);
});
