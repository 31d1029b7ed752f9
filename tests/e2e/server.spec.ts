/**
 * What a server must send, checked against both `npm start`'s server and nginx configured by
 * `npm run nginx:conf` (playwright.config.ts): the 404 page under the real policy, and the
 * build's own Brotli files, byte for byte.
 */
import { readFileSync } from "node:fs";
import { get } from "node:http";
import { expect, test } from "@playwright/test";
import { headersFor, readHeaderRules } from "../../scripts/headers.ts";
import { DIST_DIR, fileOfPage } from "./built-pages.ts";

/** The response as it comes off the wire, not decompressed. */
function raw(url: string, headers: Record<string, string>) {
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

test("an unknown address shows the 404 page, styled under the policy, with every security header", async ({
  page,
}) => {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && !message.text().includes("404")) errors.push(message.text());
  });
  const response = await page.goto("/cette-page-n-existe-pas/");
  expect(response?.status()).toBe(404);
  await expect(page.locator("h1")).toBeVisible();
  expect(await page.title()).toBe(readFileSync(fileOfPage("/404.html"), "utf8").match(/<title>([^<]*)/)?.[1]);
  // The inline stylesheet applies: the policy's hash matched it (no CSP error in the console).
  expect(errors).toEqual([]);
  const headers = response!.headers();
  for (const [name, value] of headersFor("/404.html", readHeaderRules())) {
    expect(headers[name.toLowerCase()], name).toBe(value);
  }
});

test("a browser gets the build's own .br file, byte for byte", async ({ page, baseURL }) => {
  await page.goto("/");
  const script = await page.locator("script[src^='/_astro/']").first().getAttribute("src");
  for (const path of ["/incidents/viamedis-2024/", "/api/v1/incidents.json", script!]) {
    const response = await raw(new URL(path, baseURL).href, { "accept-encoding": "br, gzip" });
    const file = path.endsWith("/") ? fileOfPage(path) : `${DIST_DIR}${path}`;
    expect(response.headers["content-encoding"], path).toBe("br");
    expect(response.body.equals(readFileSync(`${file}.br`)), path).toBe(true);
  }
});
