/**
 * The local server (`npm start`, every browser test) against requests a page open in a browser,
 * or anyone on the machine, could send: none may stop it. Each request goes to the real server
 * process over a raw socket (so that any method, target or header can be sent as written);
 * after each one the server must still be running. The site it serves is a small folder made
 * here, with the same file names as a built site.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { METHODS } from "node:http";
import { connect, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { brotliDecompressSync } from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const site = mkdtempSync(join(tmpdir(), "serve-test-"));
const home = `<!doctype html><html lang="fr"><title>Accueil</title>${"<p>Données exposées</p>".repeat(200)}</html>`;
const icon = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16"/></svg>`;
mkdirSync(join(site, "incidents"));
writeFileSync(join(site, "index.html"), home);
writeFileSync(join(site, "404.html"), "<!doctype html><title>Page introuvable</title>");
writeFileSync(join(site, "incidents", "index.html"), home.replace("Accueil", "Incidents"));
writeFileSync(join(site, "favicon.svg"), icon);
writeFileSync(join(site, "print.css"), "body { color: black; }\n".repeat(50));
writeFileSync(join(site, "_headers"), readFileSync(join(ROOT, "public", "_headers")));
writeFileSync(join(site, "_redirects"), "/viamedis/ /incidents/viamedis-2024/ 301\n");

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

let server: ChildProcess | undefined;
let port = 0;
/** What the server printed, to show why it stopped. */
let output = "";

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? done(address.port) : fail()));
    });
  });
}

async function startServer(): Promise<void> {
  port = await freePort();
  output = "";
  const child = spawn(join(ROOT, "node_modules", ".bin", "node"), ["scripts/serve.ts", site], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server = child;
  await new Promise<void>((done, fail) => {
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Serving")) done();
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.on("exit", (code) => fail(new Error(`the server exited (${code}) on start:\n${output}`)));
  });
}

const running = () => server !== undefined && server.exitCode === null && server.signalCode === null;

/** Sends `head` (request line and headers, without the blank line) as written; reads the answer. */
function raw(head: string): Promise<RawResponse | undefined> {
  return new Promise((done, fail) => {
    const socket = connect(port, "127.0.0.1");
    const chunks: Buffer[] = [];
    socket.on("data", (chunk) => chunks.push(chunk));
    socket.on("error", fail);
    // The server answers and closes (Connection: close); an answer-less close is `undefined`.
    socket.on("close", () => {
      const bytes = Buffer.concat(chunks);
      const end = bytes.indexOf("\r\n\r\n");
      if (end < 0) return done(undefined);
      const [statusLine = "", ...lines] = bytes.subarray(0, end).toString("latin1").split("\r\n");
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const colon = line.indexOf(":");
        headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
      }
      done({ status: Number(statusLine.split(" ")[1]), headers, body: bytes.subarray(end + 4) });
    });
    socket.setTimeout(30_000, () => socket.destroy(new Error(`no answer to ${head.split("\r\n")[0]}`)));
    // Written, not ended: Node's server drops a half-closed connection before a streamed answer.
    socket.write(`${head}\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
  });
}

const get = (target: string, ...headers: string[]) =>
  raw([`GET ${target} HTTP/1.1`, ...headers].join("\r\n"));

/** Sends a request; fails, naming what the server printed, if the server stopped. */
async function survives(head: string): Promise<RawResponse | undefined> {
  const response = await raw(head).catch((error: unknown) => error);
  // An exception thrown while answering ends the process a moment later.
  await new Promise((done) => setTimeout(done, 100));
  if (!running()) throw new Error(`the server stopped on ${JSON.stringify(head)}:\n${output}`);
  if (response instanceof Error) throw response;
  return response as RawResponse | undefined;
}

beforeAll(startServer);
// A request that stopped the server fails its own test only: the next one gets a new server.
beforeEach(async () => {
  if (!running()) await startServer();
});
afterAll(() => {
  server?.kill();
  rmSync(site, { recursive: true, force: true });
});

/** Requests that once threw, or could: the status is what any correct answer may be. */
const HOSTILE: [why: string, head: string, statuses: number[]][] = [
  ["NUL in the path, Brotli accepted", "GET /%00 HTTP/1.1\r\nAccept-Encoding: br", [400, 404]],
  ["NUL in a directory name", "GET /incidents%00/ HTTP/1.1\r\nAccept-Encoding: br, gzip", [400, 404]],
  ["NUL, no compression", "GET /index.html%00.css HTTP/1.1", [400, 404]],
  ["a path segment over 255 bytes", `GET /${"a".repeat(300)}/ HTTP/1.1\r\nAccept-Encoding: br`, [404]],
  ["a file name over 255 bytes", `GET /${"%C3%A9".repeat(200)}.css HTTP/1.1\r\nAccept-Encoding: br`, [404]],
  ["a 6,000-byte path", `GET /${"a/".repeat(3000)} HTTP/1.1\r\nAccept-Encoding: br`, [404]],
  ["a path that is not UTF-8 once decoded", "GET /%E0%A4%A/ HTTP/1.1\r\nAccept-Encoding: br", [400, 404]],
  ["a lone %", "GET /% HTTP/1.1\r\nAccept-Encoding: br", [400, 404]],
  ["a way out of the folder", "GET /..%2f..%2f..%2fetc%2fpasswd HTTP/1.1\r\nAccept-Encoding: br", [400, 404]],
  ["dot segments", "GET /incidents/../../../etc/passwd HTTP/1.1", [400, 404]],
  ["an absolute URL that does not parse", "GET http://[ HTTP/1.1", [400]],
  ["an absolute URL", "GET http://127.0.0.1/favicon.svg HTTP/1.1", [200, 400, 404]],
  ["the asterisk form", "GET * HTTP/1.1", [400, 404]],
  ["a protocol-relative target", "GET //evil.example/ HTTP/1.1\r\nAccept-Encoding: br", [200, 400, 404]],
  ["a range that ends before it starts", "GET /favicon.svg HTTP/1.1\r\nRange: bytes=5-2", [200, 416]],
  ["the same, on a page", "GET / HTTP/1.1\r\nRange: bytes=50-2\r\nAccept-Encoding: gzip", [200, 416]],
  [
    "a range past any file size",
    "GET /favicon.svg HTTP/1.1\r\nRange: bytes=0-99999999999999999999",
    [200, 206],
  ],
  [
    "a start past any file size",
    "GET /favicon.svg HTTP/1.1\r\nRange: bytes=99999999999999999999-",
    [200, 416],
  ],
  ["a range starting past the end", "GET /favicon.svg HTTP/1.1\r\nRange: bytes=1000-2000", [200, 416]],
  ["a negative range", "GET /favicon.svg HTTP/1.1\r\nRange: bytes=-5-2", [200, 416]],
  ["several ranges", "GET /favicon.svg HTTP/1.1\r\nRange: bytes=0-1,3-4", [200, 206]],
  ["a range in another unit", "GET /favicon.svg HTTP/1.1\r\nRange: items=0-1", [200]],
  ["a range that is not one", "GET /favicon.svg HTTP/1.1\r\nRange: bytes=abc", [200]],
  ["an empty range", "GET /print.css HTTP/1.1\r\nRange: bytes=", [200]],
  ["Brotli refused with q=0", "GET / HTTP/1.1\r\nAccept-Encoding: br;q=0", [200]],
  ["Accept-Encoding of commas", "GET / HTTP/1.1\r\nAccept-Encoding: ,,,;;;", [200]],
  ["Accept-Encoding with a broken weight", "GET / HTTP/1.1\r\nAccept-Encoding: br;q=abc, gzip;q=", [200]],
  ["a long Accept-Encoding", `GET / HTTP/1.1\r\nAccept-Encoding: ${"x, ".repeat(2000)}br`, [200]],
  ["If-None-Match of garbage", 'GET / HTTP/1.1\r\nAccept-Encoding: br\r\nIf-None-Match: ",,W/', [200]],
  ["a range with Brotli accepted", "GET / HTTP/1.1\r\nAccept-Encoding: br\r\nRange: bytes=5-2", [200, 416]],
];

describe("no request stops the local server", () => {
  for (const [why, head, statuses] of HOSTILE) {
    it(`${why}: answers ${statuses.join(" or ")}`, async () => {
      const response = await survives(head);
      expect(statuses).toContain(response?.status);
    });
  }

  it("every method other than GET and HEAD gets 405 and the methods allowed", async () => {
    const others = METHODS.filter((method) => !["GET", "HEAD", "CONNECT"].includes(method));
    for (const method of others) {
      const response = await survives(`${method} / HTTP/1.1\r\nContent-Length: 0`);
      expect(response?.status, method).toBe(405);
      expect(response?.headers["allow"], method).toBe("GET, HEAD");
    }
    // A method Node's parser does not know never reaches the server's code.
    expect((await survives("FOO / HTTP/1.1"))?.status).toBe(400);
    // CONNECT opens a tunnel in Node's server: it is closed, and the server goes on.
    await survives("CONNECT 127.0.0.1:22 HTTP/1.1");
  });

  it("HEAD answers like GET, without a body", async () => {
    const response = await survives("HEAD / HTTP/1.1\r\nAccept-Encoding: br");
    expect(response?.status).toBe(200);
    expect(response?.body.length).toBe(0);
  });
});

describe("what the local server answers", () => {
  it("does not serve the host's own files", async () => {
    for (const path of ["/_headers", "/_redirects", "/%5Fheaders", "/_redirects/"]) {
      expect((await survives(`GET ${path} HTTP/1.1`))?.status, path).toBe(404);
    }
  });

  it("sends no Brotli to a client that refuses it, and Brotli to one that accepts it", async () => {
    for (const refusal of ["br;q=0", "gzip, br;q=0", "br;q=0.000, gzip;q=1", "identity", "*;q=0"]) {
      const response = await get("/", `Accept-Encoding: ${refusal}`);
      expect(response?.headers["content-encoding"], refusal).not.toBe("br");
    }
    for (const acceptance of ["br", "gzip, br", "br;q=0.5, gzip;q=1", "*"]) {
      const response = await get("/", `Accept-Encoding: ${acceptance}`);
      expect(response?.headers["content-encoding"], acceptance).toMatch(/^(br|gzip)$/);
    }
    const brotli = await get("/", "Accept-Encoding: br");
    expect(brotliDecompressSync(brotli!.body).toString()).toBe(home);
  });

  it("answers 304 to If-None-Match holding a list with the current tag, or *", async () => {
    for (const [path, encoding] of [
      ["/", "br"],
      ["/", "identity"],
      ["/favicon.svg", "br"],
      ["/favicon.svg", "identity"],
    ] as const) {
      const first = await get(path, `Accept-Encoding: ${encoding}`);
      const etag = first?.headers["etag"] ?? "";
      expect(etag, `${path} ${encoding}`).not.toBe("");
      for (const condition of [etag, `"other", ${etag}`, `${etag},"other"`, "*"]) {
        const again = await get(path, `Accept-Encoding: ${encoding}`, `If-None-Match: ${condition}`);
        expect(again?.status, `${path} ${encoding} ${condition}`).toBe(304);
      }
      const changed = await get(path, `Accept-Encoding: ${encoding}`, `If-None-Match: "other", W/"x"`);
      expect(changed?.status, `${path} ${encoding}`).toBe(200);
    }
  });

  it("answers a valid range with those bytes, the last bytes included", async () => {
    const part = await get("/favicon.svg", "Range: bytes=0-3");
    expect(part?.status).toBe(206);
    expect(part?.body.toString()).toBe(icon.slice(0, 4));
    const tail = await get("/favicon.svg", "Range: bytes=-6");
    expect(tail?.status).toBe(206);
    expect(tail?.body.toString()).toBe(icon.slice(-6));
    // A range on condition of a version (If-Range): weak tags never prove it, the whole file comes.
    const conditional = await get("/favicon.svg", "Range: bytes=0-3", `If-Range: ${part?.headers["etag"]}`);
    expect(conditional?.status).toBe(200);
    expect(conditional?.body.toString()).toBe(icon);
  });

  it("still serves pages, redirects and the not-found page", async () => {
    expect((await get("/incidents/"))?.status).toBe(200);
    const redirect = await get("/viamedis/");
    expect(redirect?.status).toBe(301);
    expect(redirect?.headers["location"]).toBe("/incidents/viamedis-2024/");
    expect((await get("/missing/"))?.status).toBe(404);
  });
});
