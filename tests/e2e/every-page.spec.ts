/**
 * Every built page, in a real browser: it loads, stays on this site, logs no error, sets no
 * cookie, gives every heading a unique id, runs no script from content, and passes axe
 * (WCAG 2.2 A/AA and best practices) in the light and the dark scheme.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { builtPages } from "./built-pages.ts";

const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"];
/** The axe rules whose outcome depends on the colour scheme. */
const COLOUR_RULES = ["color-contrast", "link-in-text-block"];

interface Violation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

const describe = (scheme: string, violations: Violation[]) =>
  violations.map(
    (v) =>
      `${scheme}: ${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );

/**
 * Axe in the light scheme with every rule, then in the dark one with the colour rules only,
 * reusing the copy of axe the first run put in the page (putting it in takes a second).
 */
async function axeViolations(page: Page): Promise<string[]> {
  await page.emulateMedia({ colorScheme: "light" });
  const light = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  await page.emulateMedia({ colorScheme: "dark" });
  const dark = await page.evaluate(async (rules) => {
    const axe = (
      window as unknown as { axe: { run: (...args: unknown[]) => Promise<{ violations: unknown[] }> } }
    ).axe;
    const results = await axe.run(document, {
      runOnly: { type: "rule", values: rules },
      resultTypes: ["violations"],
    });
    return results.violations as Violation[];
  }, COLOUR_RULES);
  return [...describe("light", light.violations), ...describe("dark", dark)];
}

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
