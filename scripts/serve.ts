/**
 * Serves the built site from `dist/` on 127.0.0.1 (PORT, default 4321), the way a static
 * host would: directory URLs, `/404.html` for unknown paths. Used by `npm start` and the
 * browser tests.
 */
import { createServer } from "node:http";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import sirv from "sirv";

const DIST = resolve(import.meta.dirname, "..", "dist");
const PORT = Number(process.env["PORT"] ?? 4321);

if (!existsSync(join(DIST, "index.html"))) {
  console.error("dist/ has no site yet: run `npm run build` first.");
  process.exit(1);
}

const notFound = readFileSync(join(DIST, "404.html"));
const serveStatic = sirv(DIST, { dev: false, etag: true, extensions: ["html"] });

createServer((request, response) => {
  serveStatic(request, response, () => {
    response.writeHead(404, { "content-type": "text/html; charset=utf-8" });
    response.end(notFound);
  });
}).listen(PORT, "127.0.0.1", () => {
  console.log(`Serving dist/ on http://127.0.0.1:${PORT}/`);
});
