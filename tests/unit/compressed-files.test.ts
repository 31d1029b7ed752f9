import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { createServer, get, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, brotliDecompressSync, constants } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCompressedFiles, findFile } from "../../scripts/compressed-files.ts";

const root = mkdtempSync(join(tmpdir(), "compressed-files-"));
const page = "<!doctype html><title>Page</title>" + "<p>Données exposées</p>".repeat(200);
mkdirSync(join(root, "incidents"));
writeFileSync(join(root, "incidents", "index.html"), page);
writeFileSync(join(root, "about.html"), "<p>about</p>");
writeFileSync(join(root, "photo.png"), "not text");
// A page the build compressed (scripts/precompress.ts): its .br file is what is sent.
const built = "<!doctype html><title>Built</title>" + "<p>Compressée par le build</p>".repeat(200);
const builtBrotli = brotliCompressSync(built, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } });
writeFileSync(join(root, "built.html"), built);
writeFileSync(join(root, "built.html.br"), builtBrotli);

describe("findFile", () => {
  const fileForPath = (dir: string, path: string) => findFile(dir, path)?.file;

  it("resolves a directory URL, an extension-less URL and a file URL as the static server does", () => {
    expect(fileForPath(root, "/incidents/")).toBe(join(root, "incidents", "index.html"));
    expect(fileForPath(root, "/about")).toBe(join(root, "about.html"));
    expect(fileForPath(root, "/about.html")).toBe(join(root, "about.html"));
  });

  it("never leaves the served folder and answers nothing for a missing file", () => {
    expect(fileForPath(root, "/../etc/passwd")).toBeUndefined();
    expect(fileForPath(root, "/missing/")).toBeUndefined();
    // Names the file system refuses are no file either (they used to throw).
    expect(fileForPath(root, "/\0")).toBeUndefined();
    expect(fileForPath(root, `/${"a".repeat(300)}/`)).toBeUndefined();
  });
});

describe("createCompressedFiles", () => {
  let server: Server;
  let base = "";
  const handle = createCompressedFiles(root);

  beforeAll(async () => {
    server = createServer((request, response) =>
      handle(request, response, () => {
        response.writeHead(299);
        response.end();
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  function fetchRaw(path: string, headers: Record<string, string>) {
    return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
      (resolve, reject) => {
        get(base + path, { headers }, (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("end", () =>
            resolve({
              status: response.statusCode ?? 0,
              headers: response.headers,
              body: Buffer.concat(chunks),
            }),
          );
        }).on("error", reject);
      },
    );
  }

  it("sends a text file as Brotli that decompresses to the file, smaller than the file", async () => {
    const response = await fetchRaw("/incidents/", { "accept-encoding": "gzip, br" });
    expect(response.status).toBe(200);
    expect(response.headers["content-encoding"]).toBe("br");
    expect(response.headers["content-type"]).toBe("text/html;charset=utf-8");
    expect(response.headers["vary"]).toBe("Accept-Encoding");
    expect(brotliDecompressSync(response.body).toString()).toBe(page);
    expect(response.body.length).toBeLessThan(Buffer.byteLength(page) / 10);
  });

  it("sends the build's .br file as it is, byte for byte, as nginx's brotli_static does", async () => {
    const response = await fetchRaw("/built.html", { "accept-encoding": "br" });
    expect(response.headers["content-encoding"]).toBe("br");
    // Quality 5 here: compressing the page again at 11 would give other bytes.
    expect(response.body.equals(builtBrotli)).toBe(true);
  });

  it("answers 304 to a client that has this version", async () => {
    const first = await fetchRaw("/incidents/", { "accept-encoding": "br" });
    const again = await fetchRaw("/incidents/", {
      "accept-encoding": "br",
      "if-none-match": String(first.headers["etag"]),
    });
    expect(again.status).toBe(304);
  });

  it("leaves clients without Brotli, binary files and unknown paths to the next handler", async () => {
    expect((await fetchRaw("/incidents/", { "accept-encoding": "gzip" })).status).toBe(299);
    expect((await fetchRaw("/photo.png", { "accept-encoding": "br" })).status).toBe(299);
    expect((await fetchRaw("/missing/", { "accept-encoding": "br" })).status).toBe(299);
  });
});
