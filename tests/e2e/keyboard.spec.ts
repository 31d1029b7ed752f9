import { expect, test } from "@playwright/test";

test.describe("keyboard use", () => {
  test("the first Tab shows the skip link, and Enter moves focus to the main content", async ({ page }) => {
    await page.goto("/incidents/viamedis-2024/");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Aller au contenu" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press("Enter");
    await expect(page.locator("main")).toBeFocused();
    // The next Tab continues inside the content, not back in the header.
    await page.keyboard.press("Tab");
    const inMain = await page.evaluate(() => document.activeElement?.closest("main") !== null);
    expect(inMain).toBe(true);
  });

  test("Tab stops once per section heading, on its copy button (the heading's own link stays for the mouse and without JavaScript)", async ({
    page,
  }) => {
    await page.goto("/que-faire/");
    const headings = page.locator("main :is(h2, h3):has(.copy-link)");
    const count = await headings.count();
    expect(count).toBeGreaterThan(10);
    await expect(headings.locator(".heading-link[tabindex='-1']")).toHaveCount(count);
    await page.locator("main h1").click();
    const stops: string[] = [];
    for (let press = 0; press < 400; press += 1) {
      await page.keyboard.press("Tab");
      const stop = await page.evaluate(() => {
        const element = document.activeElement;
        const heading = element?.closest("main :is(h2, h3)");
        return element === document.body || !element?.closest("main") ? "out" : heading ? heading.id : "";
      });
      if (stop === "out") break;
      if (stop) stops.push(stop);
    }
    expect(stops.length).toBe(count);
    expect(new Set(stops).size).toBe(count);
  });

  test("every link and control shows a visible focus ring", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    const outline = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      const style = getComputedStyle(element);
      return { width: style.outlineWidth, style: style.outlineStyle };
    });
    expect(outline.style).toBe("solid");
    expect(parseFloat(outline.width)).toBeGreaterThanOrEqual(2);
  });
});
