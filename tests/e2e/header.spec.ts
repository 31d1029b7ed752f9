/**
 * The header: on a phone the menu offers the guided check and Escape closes it; on a wide
 * screen, Tab meets the search box, drawn first, before the navigation.
 */
import { expect, test } from "@playwright/test";

test.describe("on a 360 × 640 touch phone", () => {
  test.use({ viewport: { width: 360, height: 640 }, hasTouch: true });

  // A content page, the search page and the not-found page each have their own first script.
  for (const [url, label, target] of [
    ["/incidents/", "Vérifier un message", "/verifier-un-message/"],
    ["/en/incidents/", "Check a message", "/en/check-a-message/"],
    ["/recherche/", "Vérifier un message", "/verifier-un-message/"],
    ["/page-qui-nexiste-pas/", "Vérifier un message", "/verifier-un-message/"],
  ] as const) {
    test(`${url}: the menu offers « ${label} », and Escape closes it, focus back on its button`, async ({
      page,
    }) => {
      await page.goto(url);
      const menu = page.locator("details.nav-menu");
      const button = menu.locator("summary");
      await button.tap();
      await expect(menu).toHaveAttribute("open", "");
      const link = menu.getByRole("link", { name: label, exact: true });
      await expect(link).toBeVisible();
      await expect(link).toHaveAttribute("href", target);
      // From a link of the open menu, as a keyboard or switch user would be.
      await link.focus();
      await page.keyboard.press("Escape");
      await expect(menu).not.toHaveAttribute("open", "");
      await expect(link).toBeHidden();
      await expect(button).toBeFocused();
      // Escape with the menu closed changes nothing; the menu opens again.
      await page.keyboard.press("Escape");
      await button.tap();
      await expect(link).toBeVisible();
    });
  }
});

test.describe("on a 1280 × 800 screen", () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test("the search box, drawn before the navigation, comes before it with Tab", async ({ page }) => {
    await page.goto("/incidents/");
    const search = page.locator("header #site-search");
    const firstLink = page.locator("header .main-nav a").first();
    const [searchBox, navBox] = [await search.boundingBox(), await firstLink.boundingBox()];
    // Drawn first: on the row above the navigation.
    expect(searchBox && navBox && searchBox.y + searchBox.height <= navBox.y).toBe(true);
    const order: string[] = [];
    for (let tab = 0; tab < 15; tab += 1) {
      await page.keyboard.press("Tab");
      order.push(
        await page.evaluate(() => {
          const active = document.activeElement;
          if (active?.id === "site-search") return "search";
          return active?.closest(".main-nav") ? "nav" : "other";
        }),
      );
    }
    expect(order).toContain("search");
    expect(order).toContain("nav");
    expect(order.indexOf("search")).toBeLessThan(order.indexOf("nav"));
  });
});
