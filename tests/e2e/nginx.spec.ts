/**
 * nginx with the configuration of `npm run nginx:conf` (the "nginx" project of
 * playwright.config.ts): the headers of `dist/_headers` on every kind of response, the host's
 * own files hidden, gzip from the build's `.gz` files. The tests both servers share are in
 * headers.spec.ts, server.spec.ts and search.spec.ts.
 */
import { readFileSync } from "node:fs";
import { get } from "node:http";
import { expect, test } from "@playwright/test";
import { headersFor, readHeaderRules } from "../../scripts/headers.ts";
import { readRegistry } from "../../scripts/permalinks.ts";
import { DIST_DIR, fileOfPage } from "./built-pages.ts";

function raw(url: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
    (resolve, reject) => {
      get(url, { headers }, (response) => {
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

test("every kind of response carries exactly the headers dist/_headers gives its path", async ({
  baseURL,
}) => {
  const rules = readHeaderRules();
  const fragment = readFileSync(fileOfPage("/"), "utf8").match(/\/_astro\/[^"]+\.js/)?.[0];
  const [from] = Object.keys(readRegistry().redirects);
  const paths = ["/", "/incidents/viamedis-2024/", fragment!, "/api/v1/incidents.csv", "/favicon.svg", from!];
  for (const path of paths) {
    const response = await raw(new URL(path, baseURL).href, { "accept-encoding": "br" });
    for (const [name, value] of headersFor(path, rules)) {
      expect(response.headers[name.toLowerCase()], `${path} ${name}`).toBe(value);
    }
  }
  // A missing asset gets the 404 page's headers: not cached for a year.
  const missing = await raw(new URL("/_astro/missing.js", baseURL).href);
  expect(missing.status).toBe(404);
  for (const [name, value] of headersFor("/404.html", rules)) {
    expect(missing.headers[name.toLowerCase()], name).toBe(value);
  }
  expect(missing.headers["cache-control"]).toBeUndefined();
});

test("the host's own files, /_headers and /_redirects, are not served", async ({ baseURL }) => {
  for (const path of ["/_headers", "/_redirects"]) {
    const response = await raw(new URL(path, baseURL).href);
    expect(response.status, path).toBe(404);
    expect(response.body.toString(), path).not.toContain(
      readFileSync(`${DIST_DIR}${path}`, "utf8").slice(0, 200),
    );
  }
});

test("a client without Brotli gets the build's .gz file, byte for byte", async ({ baseURL }) => {
  const response = await raw(new URL("/incidents/viamedis-2024/", baseURL).href, {
    "accept-encoding": "gzip",
  });
  expect(response.headers["content-encoding"]).toBe("gzip");
  expect(response.headers["vary"]).toBe("Accept-Encoding");
  expect(response.body.equals(readFileSync(`${fileOfPage("/incidents/viamedis-2024/")}.gz`))).toBe(true);
});
