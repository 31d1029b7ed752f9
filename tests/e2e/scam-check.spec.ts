/**
 * The guided check « Ce message est-il une arnaque ? » in a browser, in both languages:
 * without JavaScript every step is reachable by links and anchors; with it, one step shows at
 * a time and the Back button returns to the previous one; a keyboard alone goes through a full
 * path with the focus on each new heading; axe passes in light and dark; nothing the reader
 * chooses leaves the page.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";

const EDITIONS = [
  {
    lang: "fr",
    check: "/verifier-un-message/",
    care: "/verifier-un-message/soignants/",
    services: "/verifier-un-message/organismes-et-operateurs/",
    actions: "/verifier-un-message/que-faire/",
    start: "canal",
    sender: "expediteur",
    lab: "laboratoire",
    quotes: "ce-qu-il-cite",
  },
  {
    lang: "en",
    check: "/en/check-a-message/",
    care: "/en/check-a-message/health-services/",
    services: "/en/check-a-message/services-and-providers/",
    actions: "/en/check-a-message/what-to-do/",
    start: "channel",
    sender: "sender",
    lab: "laboratory",
    quotes: "what-it-quotes",
  },
] as const;

const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"];

/** Records every request the page makes from now on. */
function requestsOf(page: Page): string[] {
  const urls: string[] = [];
  page.on("request", (request) => urls.push(request.url()));
  return urls;
}

const visibleSteps = (page: Page) => page.locator("[data-step]:visible");

for (const edition of EDITIONS) {
  test.describe(`${edition.lang}: without JavaScript`, () => {
    test.use({ javaScriptEnabled: false });

    test("every step is on the page and every answer's anchor leads to a step", async ({ page, baseURL }) => {
      for (const url of [edition.check, edition.care, edition.services, edition.actions]) {
        await page.goto(url);
        const steps = page.locator("[data-step]");
        expect(await steps.count()).toBeGreaterThan(1);
        // All shown at once: the page is the whole tree.
        expect(await visibleSteps(page).count()).toBe(await steps.count());
        const hrefs = await page
          .locator("[data-scam-check] a[href*='#']")
          .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
        for (const href of new Set(hrefs)) {
          const target = new URL(href);
          expect(target.origin).toBe(new URL(baseURL ?? "").origin);
          const html = await (await page.request.get(target.pathname)).text();
          expect(html, href).toContain(`id="${target.hash.slice(1)}"`);
        }
      }
    });

    test("a full path is followed by links, each step with its own address", async ({ page }) => {
      await page.goto(edition.check);
      let url = page.url();
      // The first answer of each question, then « next », until an ending.
      for (let step = 0; step < 20; step += 1) {
        const hash = new URL(url).hash || `#${edition.start}`;
        const section = page.locator(`[data-step="${decodeURIComponent(hash.slice(1))}"]`);
        await expect(section).toBeVisible();
        if (await section.locator("h3").count()) break;
        const link = section.locator("a.button-link").first();
        await link.click();
        await page.waitForURL((next) => next.href !== url);
        url = page.url();
        await expect(page.locator(`[id="${decodeURIComponent(new URL(url).hash.slice(1))}"]`)).toBeVisible();
      }
      expect(page.url()).toContain(edition.actions);
      await expect(
        page.locator(`[data-step="${decodeURIComponent(new URL(page.url()).hash.slice(1))}"] h3`),
      ).toHaveCount(2);
    });
  });

  test.describe(`${edition.lang}: with JavaScript`, () => {
    test("one question at a time; Back returns to the previous question; no request while answering", async ({
      page,
    }) => {
      await page.goto(edition.check);
      await expect(visibleSteps(page)).toHaveCount(1);
      await expect(visibleSteps(page).locator("h2")).toHaveAttribute("id", edition.start);
      const requests = requestsOf(page);
      const firstAnswer = visibleSteps(page).locator("a.button-link").first();
      const target = (await firstAnswer.getAttribute("href")) ?? "";
      await firstAnswer.click();
      await expect(page).toHaveURL(new RegExp(`${target}$`));
      await expect(visibleSteps(page)).toHaveCount(1);
      await expect(visibleSteps(page).locator("h2")).toHaveAttribute("id", target.slice(1));
      await visibleSteps(page).locator("a.button-link").first().click();
      await expect(visibleSteps(page).locator("h2")).toHaveAttribute("id", /./);
      const second = await visibleSteps(page).locator("h2").getAttribute("id");
      expect(second).not.toBe(target.slice(1));
      await page.goBack();
      await expect(visibleSteps(page)).toHaveCount(1);
      await expect(visibleSteps(page).locator("h2")).toHaveAttribute("id", target.slice(1));
      await page.goBack();
      await expect(visibleSteps(page).locator("h2")).toHaveAttribute("id", edition.start);
      // Answers change only the address's anchor: nothing is fetched (the browser may fetch its
      // tab icon again on Back), stored or sent.
      expect(requests.filter((url) => !url.endsWith("/favicon.svg"))).toEqual([]);
      expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
      expect(await page.context().cookies()).toEqual([]);
      await expect(page.locator("[data-scam-check] :is(input, textarea, select, form)")).toHaveCount(0);
    });

    test("a laboratory's message: the step on the care providers' page, then back to the questions", async ({
      page,
    }) => {
      await page.goto(`${edition.check}#${edition.sender}`);
      await visibleSteps(page).locator(`a[href="${edition.care}#${edition.lab}"]`).click();
      await expect(page).toHaveURL(new RegExp(`${edition.care}#${edition.lab}$`));
      await expect(visibleSteps(page)).toHaveCount(1);
      await expect(visibleSteps(page).locator("h2")).toBeFocused();
      await visibleSteps(page).locator("a.button-link").last().click();
      await expect(page).toHaveURL(new RegExp(`${edition.check}#${edition.quotes}$`));
      await expect(visibleSteps(page).locator("h2")).toHaveAttribute("id", edition.quotes);
    });

    test("an address whose anchor cannot be decoded opens the first question alone, and answering works", async ({
      page,
    }) => {
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await page.goto(`${edition.check}#%E0%A4%A`);
      await expect(visibleSteps(page)).toHaveCount(1);
      await expect(visibleSteps(page).locator("h2")).toHaveAttribute("id", edition.start);
      const firstAnswer = visibleSteps(page).locator("a.button-link").first();
      const target = (await firstAnswer.getAttribute("href")) ?? "";
      await firstAnswer.click();
      await expect(visibleSteps(page)).toHaveCount(1);
      await expect(visibleSteps(page).locator("h2")).toHaveAttribute("id", target.slice(1));
      expect(errors).toEqual([]);
    });

    test("a shared address opens its step alone", async ({ page }) => {
      const hash = edition.lang === "fr" ? "deja-fait" : "already-done";
      await page.goto(`${edition.actions}#${hash}`);
      await expect(visibleSteps(page)).toHaveCount(1);
      await expect(visibleSteps(page).locator("h2")).toHaveAttribute("id", hash);
    });

    test("keyboard only: Tab and Enter through a full path, focus on each new heading", async ({
      page,
      baseURL,
    }) => {
      const origin = new URL(baseURL ?? "").origin;
      const foreign: string[] = [];
      page.on("request", (request) => {
        if (new URL(request.url()).origin !== origin) foreign.push(request.url());
      });
      await page.goto(edition.check);
      const activeInStep = () =>
        page.evaluate(() => {
          const active = document.activeElement as HTMLAnchorElement | null;
          return active?.closest("[data-step]") && active.matches("a.button-link")
            ? active.getAttribute("href")
            : null;
        });
      for (let step = 0; step < 20; step += 1) {
        // Tab until an answer (or « next ») of the step on screen has the focus.
        let href: string | null = null;
        for (let tab = 0; tab < 60 && !href; tab += 1) {
          await page.keyboard.press("Tab");
          href = await activeInStep();
        }
        expect(href, "an answer is reachable with Tab").not.toBeNull();
        await page.keyboard.press("Enter");
        const hash = (href ?? "").split("#")[1] ?? "";
        await expect(page).toHaveURL(new RegExp(`#${hash}$`));
        // The new step's heading has the focus (after a page change, the script puts it there too).
        await expect(page.locator(`h2[id="${hash}"]`)).toBeFocused();
        if (await page.locator(`[data-step="${hash}"] h3`).count()) break;
      }
      await expect(page.locator("[data-step]:visible h3")).toHaveCount(2);
      expect(foreign).toEqual([]);
    });

    test("passes axe in light and dark, on a question and on an ending", async ({ page }) => {
      for (const url of [`${edition.check}#${edition.start}`, `${edition.actions}`]) {
        await page.goto(url);
        for (const scheme of ["light", "dark"] as const) {
          await page.emulateMedia({ colorScheme: scheme });
          const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
          expect(
            results.violations.map((v) => `${scheme} ${url}: ${v.id}: ${v.help}`),
            "axe",
          ).toEqual([]);
        }
      }
    });
  });
}

/** Taps a link or button of the step on screen and waits for the next step to show alone, focused. */
async function moveBy(page: Page, target: Locator) {
  const before = await visibleSteps(page).getAttribute("data-step");
  await target.tap();
  await expect(page.locator(`[data-step]:not([hidden]):not([data-step="${before}"]) h2:focus`)).toHaveCount(
    1,
  );
  await expect(page).not.toHaveURL(/~/);
}

test.describe("on a 360 × 640 touch phone", () => {
  test.use({ viewport: { width: 360, height: 640 }, hasTouch: true });

  for (const edition of EDITIONS) {
    const words =
      edition.lang === "fr"
        ? { step: /Étape (\d) sur 6$/, fifth: "Étape 5 sur 6", back: "Précédent", next: "Question suivante" }
        : { step: /Step (\d) of 6$/, fifth: "Step 5 of 6", back: "Back", next: "Next question" };

    test(`${edition.lang}: on arrival, the first question and its first answers are on the first screen`, async ({
      page,
    }) => {
      await page.goto(edition.check);
      const step = visibleSteps(page);
      const [heading, answers] = await Promise.all([
        step.locator("h2").boundingBox(),
        step.locator("a.button-link").nth(1).boundingBox(),
      ]);
      expect(heading?.y).toBeGreaterThan(0);
      // Both answers of the first row (SMS, e-mail) can be tapped without scrolling.
      expect((answers?.y ?? Infinity) + (answers?.height ?? 0)).toBeLessThanOrEqual(640);
    });

    test(`${edition.lang}: each step starts at the top of the screen with its place, the way back and « next » on screen; the end recaps the signs`, async ({
      page,
    }) => {
      await page.goto(edition.check);
      const step = visibleSteps(page);
      await expect(step.locator(".scam-progress")).toHaveText(words.step);
      await expect(step.getByRole("button", { name: words.back })).toBeHidden();
      const signsSeen: string[] = [];
      let place = 1;
      // The SMS path: the first answer of each question, then « next », to an ending.
      for (let count = 0; count < 20; count += 1) {
        await moveBy(page, step.locator("a.button-link").first());
        const box = await step.evaluate((section) => {
          const link = section.querySelector<HTMLElement>("p:last-child > a.button-link");
          const linkBox = link?.getBoundingClientRect();
          const covering = linkBox
            ? document.elementFromPoint(linkBox.left + linkBox.width / 2, linkBox.top + linkBox.height / 2)
            : null;
          return {
            top: section.getBoundingClientRect().top,
            heading: section.querySelector("h2")?.getBoundingClientRect().top ?? Infinity,
            next: linkBox
              ? { bottom: linkBox.bottom, reachable: Boolean(covering && link?.contains(covering)) }
              : null,
          };
        });
        const id = await step.getAttribute("data-step");
        const isSigns = await step.evaluate((section) => section.classList.contains("scam-signs"));
        if (isSigns) signsSeen.push((await step.locator("h2").innerText()).trim());
        // The step, not the page's introduction, fills the screen from its top edge.
        expect(Math.abs(box.top), `${id} starts at the top`).toBeLessThanOrEqual(2);
        expect(box.heading, `${id}'s heading`).toBeLessThan(80);
        if (box.next) {
          expect(box.next.bottom, `${id}: « next » on the first screen`).toBeLessThanOrEqual(640);
          expect(box.next.reachable, `${id}: « next » is not covered`).toBe(true);
        }
        const shown = Number(words.step.exec((await step.locator(".scam-progress").innerText()).trim())?.[1]);
        // A question (or the ending) is one step further; its signs are part of the same step.
        expect(shown, `${id}'s place`).toBe(isSigns ? place : place + 1);
        place = shown;
        await expect(step.getByRole("button", { name: words.back })).toBeVisible();
        if (await step.locator("h3").count()) break;
      }
      expect(place).toBe(6);
      expect(page.url()).toContain(edition.actions);
      // The recap lists the signs of the sections the reader went through, in their order,
      // though they were on another page.
      expect(signsSeen.length).toBe(4);
      await expect(step.locator("[data-scam-recap] li")).toHaveText(signsSeen);
      await expect(step.locator("[data-scam-recap]")).toBeVisible();
      // « Précédent » goes back one step, across pages too, and back again to the top.
      await moveBy(page, step.getByRole("button", { name: words.back }));
      await expect(step.locator(".scam-progress")).toContainText(words.fifth);
      await moveBy(page, step.getByRole("button", { name: words.back }));
      await expect(page).toHaveURL(new RegExp(`${edition.check}#`));
      await expect(step.locator("p:last-child > a.button-link")).toHaveText(words.next);
      expect(
        Math.abs(await step.evaluate((section) => section.getBoundingClientRect().top)),
      ).toBeLessThanOrEqual(2);
      // Nothing kept outside the tab's history, nothing sent.
      expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
      expect(await page.context().cookies()).toEqual([]);
    });
  }

  test("without JavaScript every step says its place, and neither « Précédent » nor a recap shows", async ({
    browser,
    baseURL,
  }) => {
    const page = await browser.newPage({ javaScriptEnabled: false, ...(baseURL ? { baseURL } : {}) });
    for (const url of [EDITIONS[0].check, EDITIONS[0].actions]) {
      await page.goto(url);
      const steps = await page.locator("[data-step]").count();
      await expect(page.locator("[data-step] .scam-progress:visible")).toHaveCount(steps);
      await expect(page.locator("[data-step] button:visible, [data-scam-recap]:visible")).toHaveCount(0);
    }
    await page.close();
  });
});
