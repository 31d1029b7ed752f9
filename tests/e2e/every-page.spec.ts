/**
 * Every built page, in a real browser: it loads, stays on this site, logs no error, sets no
 * cookie, gives every heading a unique id, runs no script from content, and passes axe
 * (WCAG 2.2 A/AA and best practices) in the light and the dark scheme.
 */
import { expect, test } from "@playwright/test";
import { axeViolations } from "./axe.ts";
import { builtPages } from "./built-pages.ts";

for (const url of builtPages()) {
  test(`page ${url} loads cleanly (own origin only, no error, no cookie, ids on headings) and passes axe in light and dark`, async ({
    page,
    baseURL,
  }) => {
    const origin = new URL(baseURL ?? "").origin;
    const foreign: string[] = [];
    const errors: string[] = [];
    page.on("request", (request) => {
      if (new URL(request.url()).origin !== origin && !request.url().startsWith("data:"))
        foreign.push(request.url());
    });
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    // The test server sends public/_headers, so the page runs under the real CSP.
    await page.addInitScript(() => {
      const violations: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = violations;
      document.addEventListener("securitypolicyviolation", (event) =>
        violations.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    const response = await page.goto(url, { waitUntil: "load" });
    expect(response?.status(), "HTTP status").toBe(200);
    await expect(page.locator("h1")).toHaveCount(1);
    expect(["fr", "en"]).toContain(await page.locator("html").getAttribute("lang"));
    const ids = await page
      .locator("main :is(h2, h3, h4)")
      .evaluateAll((headings) => headings.map((h) => h.id));
    expect(
      ids.filter((id) => !id),
      "headings without id",
    ).toEqual([]);
    const allIds = await page.locator("[id]").evaluateAll((elements) => elements.map((e) => e.id));
    expect(
      allIds.filter((id, index) => allIds.indexOf(id) !== index),
      "duplicate ids",
    ).toEqual([]);
    await expect(
      // Data blocks (JSON-LD, the search page's vocabulary) are never run; any other script is.
      page.locator(
        "main script:not([type='application/ld+json']):not([type='application/json']), main [onclick], main [onerror]",
      ),
    ).toHaveCount(0);
    expect(foreign, "requests to other origins").toEqual([]);
    expect(errors, "console errors").toEqual([]);
    expect(await page.context().cookies(), "cookies").toEqual([]);
    expect(await page.evaluate(() => localStorage.length), "localStorage").toBe(0);
    expect(
      await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
    ).toEqual([]);
    expect(await axeViolations(page), "axe").toEqual([]);
  });
}
