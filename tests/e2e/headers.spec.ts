/**
 * The security and caching headers of dist/_headers (public/_headers with the inline
 * stylesheet's hash), as the test server (like a static host) sends them. Every other browser
 * test runs under this Content-Security-Policy, and fails on any violation.
 */
import { createServer, get } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { builtPages } from "./built-pages.ts";

test("pages are sent with a strict CSP and the other security headers", async ({ request }) => {
  const headers = (await request.get("/incidents/viamedis-2024/")).headers();
  const csp = headers["content-security-policy"] ?? "";
  expect(csp).toContain("default-src 'none'");
  // Only the search pages compile WebAssembly (Pagefind's): see the next test.
  expect(csp).toContain("script-src 'self';");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain("unsafe-inline");
  // The inline stylesheets (the site's, and the one of the search and data pages) are allowed
  // by their hashes, and no other inline style is.
  expect(csp).toMatch(/style-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+;/);
  expect(headers["strict-transport-security"]).toMatch(/max-age=\d+/);
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("no-referrer");
  expect(headers["permissions-policy"]).toContain("camera=()");
  // FLoC's opt-out: no browser reads it any more, and Chromium warns about it on every page.
  expect(headers["permissions-policy"]).not.toContain("interest-cohort");
  // frame-ancestors for browsers that predate it.
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
  expect(headers["set-cookie"]).toBeUndefined();
});

test("only the two search pages may compile WebAssembly (Pagefind's), and each gets one policy", async ({
  request,
}) => {
  for (const path of ["/recherche/", "/en/search/", "/recherche/?q=rib"]) {
    const csp = (await request.get(path)).headersArray().filter((h) => h.name === "Content-Security-Policy");
    expect(csp, path).toHaveLength(1);
    expect(csp[0]?.value, path).toContain("script-src 'self' 'wasm-unsafe-eval';");
  }
  for (const path of ["/", "/en/", "/incidents/viamedis-2024/", "/pagefind/pagefind.js", "/missing/"]) {
    const csp = (await request.get(path)).headers()["content-security-policy"] ?? "";
    expect(csp, path).toContain("script-src 'self';");
    expect(csp, path).not.toContain("wasm-unsafe-eval");
  }
});

test("the host's own files (_headers, _redirects) are not served", async ({ request }) => {
  for (const path of ["/_headers", "/_redirects"]) expect((await request.get(path)).status(), path).toBe(404);
});

test("hashed assets are cached for good, pages are not", async ({ request, page }) => {
  await page.goto("/");
  const script = await page.locator("script[src^='/_astro/']").first().getAttribute("src");
  const asset = await request.get(script!);
  expect(asset.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect((await request.get("/")).headers()["cache-control"] ?? "").not.toContain("immutable");
});

test("search works under the CSP (Pagefind's WebAssembly is allowed, nothing else)", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") violations.push(message.text());
  });
  await page.goto("/recherche/?q=rib");
  await expect(page.locator("a.search-result-link").first()).toBeVisible();
  expect(violations).toEqual([]);
});

test("an address listed as a redirect in the registry (e.g. /viamedis/) answers 301 to its page", async ({
  request,
}) => {
  const { redirects } = (await import("../../scripts/permalinks.ts")).readRegistry();
  expect(Object.keys(redirects).length).toBeGreaterThan(0);
  for (const [from, to] of Object.entries(redirects)) {
    const response = await request.get(from, { maxRedirects: 0 });
    expect(response.status()).toBe(301);
    expect(response.headers()["location"]).toBe(to);
  }
});

test("pages, styles and scripts are sent compressed, as a static host sends them", async ({
  request,
  page,
}) => {
  await page.goto("/");
  const script = await page.locator("script[src^='/_astro/']").first().getAttribute("src");
  for (const path of ["/incidents/viamedis-2024/", "/print.css", script!]) {
    const response = await request.get(path, { headers: { "accept-encoding": "br, gzip" } });
    expect(response.headers()["content-encoding"], path).toMatch(/^(br|gzip)$/);
    expect(response.headers()["vary"], path).toContain("Accept-Encoding");
  }
  // A client that asks for nothing gets the file as it is.
  const plain = await request.get("/", { headers: { "accept-encoding": "identity" } });
  expect(plain.headers()["content-encoding"]).toBeUndefined();
});

/**
 * One TCP round trip carries 14,600 bytes (ten segments of 1,460): a page whose compressed
 * document, headers included, fits in it can paint after one round trip. Measured on the
 * wire, without decompressing, as a reader's browser receives it.
 */
const FIRST_ROUND_TRIP = 14_600;

function transferredBytes(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = get(url, { headers: { "accept-encoding": "br, gzip" } }, (response) => {
      let bytes = 0;
      response.on("data", (chunk: Buffer) => (bytes += chunk.length));
      response.on("end", () => {
        const headerBytes = response.rawHeaders.reduce((sum, part) => sum + part.length + 2, 0);
        // Status line, "name: value" separators and the blank line that ends the headers.
        resolve(bytes + headerBytes + `HTTP/1.1 ${response.statusCode} OK\r\n\r\n`.length);
      });
    });
    request.on("error", reject);
  });
}

test("every page's document, headers included, arrives in the first round trip (14,600 bytes)", async ({
  baseURL,
}) => {
  const over: string[] = [];
  for (const path of builtPages()) {
    const bytes = await transferredBytes(new URL(path, baseURL).href);
    if (bytes > FIRST_ROUND_TRIP) over.push(`${path}: ${bytes} bytes`);
  }
  expect(over).toEqual([]);
});

/**
 * A newsroom's page on another site, served by the test on loopback (Chromium lets only
 * loopback pages reach a loopback server): `localhost` is another site than `127.0.0.1`.
 */
async function withNewsroom(use: (origin: string) => Promise<void>): Promise<void> {
  const newsroom = createServer((_, response) => {
    response.writeHead(200, { "content-type": "text/html" });
    response.end("<!doctype html><title>Newsroom</title>");
  });
  await new Promise<void>((resolve) => newsroom.listen(0, "127.0.0.1", resolve));
  try {
    await use(`http://localhost:${(newsroom.address() as AddressInfo).port}/`);
  } finally {
    newsroom.close();
  }
}

test("another site can read the open data from a browser (CORS), and nothing else (CORP)", async ({
  page,
  baseURL,
}) => {
  await withNewsroom(async (origin) => {
    await page.goto(origin);
    const read = (path: string, mode: RequestMode) =>
      page.evaluate(
        ([url, mode]) =>
          fetch(url, { mode }).then(
            async (response) =>
              response.type === "opaque" ? "opaque" : `read ${(await response.text()).length}`,
            () => "blocked",
          ),
        [new URL(path, baseURL).href, mode] as const,
      );
    for (const file of ["incidents.json", "incidents.csv", "incidents.schema.json"]) {
      expect(await read(`/api/v1/${file}`, "cors"), file).toMatch(/^read [1-9]/);
      expect(await read(`/api/v1/${file}`, "no-cors"), file).toBe("opaque");
    }
    // The pages stay the site's own: not readable, not even as opaque responses.
    expect(await read("/incidents/viamedis-2024/", "cors")).toBe("blocked");
    expect(await read("/incidents/viamedis-2024/", "no-cors")).toBe("blocked");
  });
});
