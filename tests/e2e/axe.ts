/** Axe in a real browser, light and dark, shared by the page-wide and per-feature tests. */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

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
export async function axeViolations(page: Page): Promise<string[]> {
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
