import { expect, test } from "@playwright/test";

test.describe("an incident page", () => {
  test("shows the data table from the facts, with the three states kept apart", async ({ page }) => {
    await page.goto("/incidents/almerys-2024/");
    const insured = page.locator('table[data-population="insured"]');
    await expect(insured.locator('tr[data-category="nir"]')).toHaveAttribute("data-status", "exposed");
    await expect(insured.locator('tr[data-category="bank-details"]')).toHaveAttribute(
      "data-status",
      "not-exposed",
    );
    // Almerys's list says nothing of tiers-payant cover: not stated, never "not exposed".
    const cover = insured.locator('tr[data-category="tiers-payant-guarantees"]');
    await expect(cover).toHaveAttribute("data-status", "not-stated");
    await expect(cover).toContainText("Non précisé");
  });

  test("links each stated exposure to a source listed on the page", async ({ page }) => {
    await page.goto("/incidents/viamedis-2024/");
    const marks = page.locator("table .cite");
    expect(await marks.count()).toBeGreaterThan(0);
    for (const href of new Set(
      await marks.evaluateAll((links) => links.map((a) => a.getAttribute("href"))),
    )) {
      await expect(page.locator(`${href}`)).toHaveCount(1);
    }
  });

  test("a heading link points at its own anchor, so sections can be shared", async ({ page }) => {
    await page.goto("/incidents/viamedis-2024/");
    await page.getByRole("link", { name: "Chronologie" }).click();
    await expect(page).toHaveURL(/#chronologie$/);
  });
});
