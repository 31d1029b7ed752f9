/**
 * What a reader on a phone relies on: numbers that can be tapped, state badges that stay on
 * one line, no page wider than a 320-pixel screen.
 */
import { expect, test } from "@playwright/test";
import { builtPages } from "./built-pages.ts";

test.describe("phone numbers", () => {
  for (const [url, expected] of [
    ["/que-faire/", { "tel:3646": "3646", "tel:+33805805817": "0 805 805 817", "sms:33700": "33700" }],
    ["/en/what-to-do/", { "tel:3646": "3646", "tel:+33805805817": "0 805 805 817", "sms:33700": "33700" }],
    ["/faq/professionnels-de-sante/", { "tel:+33805620010": "0805 62 00 10" }],
  ] as const) {
    test(`${url}: numbers to call or text are links a phone can dial`, async ({ page }) => {
      await page.goto(url);
      for (const [href, text] of Object.entries(expected)) {
        await expect(page.locator(`main a[href="${href}"]`).first()).toHaveText(text);
      }
    });
  }
});

test.describe("on a 360-pixel phone", () => {
  test.use({ viewport: { width: 360, height: 640 } });

  for (const url of [
    "/donnees/",
    "/en/data/",
    "/incidents/viamedis-2024/",
    "/donnees/coordonnees-bancaires/",
  ]) {
    test(`${url}: every state badge stays on one line`, async ({ page }) => {
      await page.goto(url);
      const badges = page.locator("main .state");
      expect(await badges.count()).toBeGreaterThan(0);
      const heights = await badges.evaluateAll((spans) =>
        spans.map((span) => {
          const lineHeight = parseFloat(getComputedStyle(span).lineHeight) || 20;
          return span.getBoundingClientRect().height / lineHeight;
        }),
      );
      for (const lines of heights) expect(lines).toBeLessThan(1.6);
    });
  }
});

test.describe("« Do I block my bank card or my carte Vitale? » on a 360 × 640 touch phone", () => {
  test.use({ viewport: { width: 360, height: 640 }, hasTouch: true });

  for (const edition of [
    { url: "/que-faire/", link: "Faut-il faire opposition", anchor: "carte-bancaire-ou-carte-vitale" },
    { url: "/en/what-to-do/", link: "Should you block them", anchor: "bank-card-or-carte-vitale" },
  ]) {
    test(`${edition.url}: the answer is one tap from the first screen, and says what to do and for which leaks`, async ({
      page,
    }) => {
      await page.goto(edition.url);
      const link = page.locator(".summary-box a", { hasText: edition.link });
      const box = await link.boundingBox();
      expect(
        (box?.y ?? Infinity) + (box?.height ?? 0),
        "the link ends on the first screen",
      ).toBeLessThanOrEqual(640);
      await link.tap();
      await expect(page).toHaveURL(new RegExp(`#${edition.anchor}$`));
      // Markdown sections are a heading and what follows it: here, one list.
      const section = page.locator(`h2#${edition.anchor} + ul`);
      const heading = await page.locator(`h2#${edition.anchor}`).boundingBox();
      expect(heading?.y ?? Infinity, "the answer's heading is at the top of the screen").toBeLessThan(120);
      // Conditional and scoped: blocking the card is for card numbers given away; the leaks
      // whose facts speak of bank details are named; the carte Vitale answer says what a source says.
      await expect(section).toContainText("0 892 705 705");
      for (const name of ["Viamedis", "Almerys", "Free", "Bouygues Telecom", "MGP"]) {
        await expect(section).toContainText(name);
      }
      expect(await section.locator("a.cite").count()).toBeGreaterThanOrEqual(5);
      await expect(
        section.locator('a[href$="/faq/mes-donnees/#rib"], a[href$="/faq/my-data/#rib"]'),
      ).toHaveCount(1);
    });
  }
});

test.describe("on a 320-pixel screen", () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test("no page scrolls sideways", async ({ page }) => {
    const wide: string[] = [];
    for (const url of builtPages()) {
      await page.goto(url);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 0) wide.push(`${url} (${overflow} px)`);
    }
    expect(wide).toEqual([]);
  });
});

test.describe("who runs the site", () => {
  for (const [url, title] of [
    ["/mentions-legales/", "Mentions légales"],
    ["/en/legal-notice/", "Legal notice"],
    ["/accessibilite/", "Accessibilité"],
    ["/en/accessibility/", "Accessibility"],
  ] as const) {
    test(`${url} is linked from every page's footer and says plainly what is not set`, async ({ page }) => {
      await page.goto(url.startsWith("/en/") ? "/en/" : "/");
      await page.locator(".site-footer a", { hasText: title }).click();
      await expect(page).toHaveURL(new RegExp(`${url}$`));
      await expect(page.locator("h1")).toHaveText(title);
      // Settings are empty in this repository: the page must say so, never show a made-up value.
      const contact = page.locator(".settings-list div", { hasText: /Contact/ });
      await expect(contact.locator("dd")).toHaveText(/Non renseigné|Not set yet/);
    });
  }
});
