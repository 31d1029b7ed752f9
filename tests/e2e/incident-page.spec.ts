import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { expect, test } from "@playwright/test";
import { parse } from "yaml";

const INCIDENTS_DIR = resolve(import.meta.dirname, "../../content/incidents");

interface IncidentFacts {
  exposure?: Record<string, Record<string, { advice?: { text: { fr: string; en: string } } }> | undefined>;
}

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

test.describe("on a 360 × 740 phone", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const url of [
    "/incidents/viamedis-2024/",
    "/incidents/almerys-2024/",
    "/en/incidents/viamedis-2024/",
  ]) {
    test(`${url} answers "what was exposed" and "what to do" within the first two screens`, async ({
      page,
    }, testInfo) => {
      await page.goto(url);
      await testInfo.attach("first screen", { body: await page.screenshot(), contentType: "image/png" });
      const summary = page.locator(".summary-box");
      const summaryBox = await summary.boundingBox();
      expect(summaryBox?.y, "the summary starts on the first screen").toBeLessThan(740);
      const whatToDo = summary.locator(".button-link");
      const actionBox = await whatToDo.boundingBox();
      expect(
        (actionBox?.y ?? Infinity) + (actionBox?.height ?? 0),
        "the 'what to do' link ends within two screens",
      ).toBeLessThan(2 * 740);
      const table = await page.locator("table[data-population='insured']").boundingBox();
      expect(table?.y, "the data table starts within two screens").toBeLessThan(2 * 740);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, "no sideways scrolling").toBeLessThanOrEqual(0);
    });
  }
});

test.describe("the home page on a 360 × 740 phone", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const [url, questions] of [
    ["/", ["Ce qui s’est passé", "Suis-je concerné", "Que faire"]],
    ["/en/", ["What happened", "Am I affected", "What to do"]],
  ] as const) {
    test(`${url} answers what happened, am I concerned and what to do above the fold`, async ({
      page,
    }, testInfo) => {
      await page.goto(url);
      await testInfo.attach("first screen", { body: await page.screenshot(), contentType: "image/png" });
      for (const question of questions) {
        const answer = page.locator(".summary-box strong", { hasText: question });
        const box = await answer.boundingBox();
        expect(
          (box?.y ?? Infinity) + (box?.height ?? 0),
          `"${question}" is on the first screen`,
        ).toBeLessThan(740);
      }
    });
  }
});

test.describe("the FAQ", () => {
  test("lists at least 30 questions by theme; each, at its old /faq/#id, leads to its answer", async ({
    page,
  }) => {
    await page.goto("/faq/");
    const items = await page
      .locator("main .question-list li[id]")
      .evaluateAll((lis) =>
        lis.map((li) => ({ id: li.id, href: li.querySelector("a")?.getAttribute("href") })),
      );
    expect(items.length).toBeGreaterThanOrEqual(30);
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
    for (const { id, href } of items) {
      // The address published when the FAQ was one page still shows that question…
      await page.goto(`/faq/#${id}`);
      await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
      // …whose link opens its answer, a heading with the same id on its theme's page.
      expect(href).toMatch(new RegExp(`^/faq/[a-z-]+/#${id}$`));
    }
    await page.goto("/faq/");
    await page.locator(`[id="${items[0]!.id}"] a`).click();
    await expect(page.locator(`h2[id="${items[0]!.id}"]`)).toBeInViewport();
  });
});

test.describe("facts given for one incident", () => {
  // Advice a source gives for one incident's data (content/incidents/<id>.yaml, `advice`)
  // must reach that incident's pages and no other incident's.
  const incidents = readdirSync(INCIDENTS_DIR)
    .filter((file) => file.endsWith(".yaml"))
    .map((file) => ({
      id: file.slice(0, -5),
      facts: parse(readFileSync(join(INCIDENTS_DIR, file), "utf8")),
    }));
  const adviceOf = (facts: IncidentFacts) =>
    Object.values(facts.exposure ?? {}).flatMap((byCategory) =>
      Object.values(byCategory ?? {}).flatMap((entry) => (entry.advice ? [entry.advice.text] : [])),
    );

  for (const { id, facts } of incidents) {
    for (const text of adviceOf(facts)) {
      test(`${id}: « ${text.fr.slice(0, 40)}… » stays on its own page`, async ({ page }) => {
        for (const other of incidents) {
          for (const [lang, prefix] of [
            ["fr", "/"],
            ["en", "/en/"],
          ] as const) {
            await page.goto(`${prefix}incidents/${other.id}/`);
            const meaning = page.locator("main");
            const written = text[lang].replace(/\s+/g, " ");
            // French facts are typeset on the way in: compare with the typographic apostrophe.
            const words = (lang === "fr" ? written.replace(/'/g, "’") : written).slice(0, 60);
            if (other.id === id) await expect(meaning).toContainText(words);
            else await expect(meaning).not.toContainText(words);
          }
        }
      });
    }
  }
});
