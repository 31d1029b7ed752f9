/**
 * Every built page, in a real browser: it loads, stays on this site, logs no error, gives
 * every heading an id, and passes axe (WCAG 2.2 A/AA and best practices) in light and dark.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { builtPages } from "./built-pages.ts";

const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"];

for (const url of builtPages()) {
  test.describe(`page ${url}`, () => {
    test("loads with no console error and no request to another origin", async ({ page, baseURL }) => {
      const origin = new URL(baseURL ?? "").origin;
      const foreign: string[] = [];
      const errors: string[] = [];
      page.on("request", (request) => {
        const requestOrigin = new URL(request.url()).origin;
        if (requestOrigin !== origin && !request.url().startsWith("data:")) foreign.push(request.url());
      });
      page.on("console", (message) => {
        if (message.type() === "error" || message.type() === "warning") errors.push(message.text());
      });
      page.on("pageerror", (error) => errors.push(error.message));
      const response = await page.goto(url, { waitUntil: "load" });
      expect(response?.status(), "HTTP status").toBe(url === "/404.html" ? 200 : 200);
      await expect(page.locator("h1")).toHaveCount(1);
      expect(foreign, "requests to other origins").toEqual([]);
      expect(errors, "console errors").toEqual([]);
      const cookies = await page.context().cookies();
      expect(cookies, "cookies").toEqual([]);
    });

    test("gives every heading a unique id and sets the page language", async ({ page }) => {
      await page.goto(url);
      const lang = await page.locator("html").getAttribute("lang");
      expect(["fr", "en"]).toContain(lang);
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
    });

    test("has no script coming from content", async ({ page }) => {
      await page.goto(url);
      await expect(page.locator("main script, main [onclick], main [onerror]")).toHaveCount(0);
    });

    for (const colorScheme of ["light", "dark"] as const) {
      test(`passes axe in the ${colorScheme} scheme`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto(url);
        const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
        const summary = results.violations.map(
          (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
        );
        expect(summary).toEqual([]);
      });
    }
  });
}
