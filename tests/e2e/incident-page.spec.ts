import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { expect, test } from "@playwright/test";
import { parse } from "yaml";
import { builtPages } from "./built-pages.ts";

const INCIDENTS_DIR = resolve(import.meta.dirname, "../../content/incidents");

interface IncidentFacts {
  exposure?: Record<string, Record<string, { advice?: { text: { fr: string; en: string } } }> | undefined>;
}

test.describe("an incident page", () => {
  test("lines up the links of « Sur cette page » row by row", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/incidents/viamedis-2024/");
    const tops = await page
      .locator(".page-contents li")
      .evaluateAll((items) => items.map((item) => Math.round(item.getBoundingClientRect().top)));
    expect(tops.length).toBeGreaterThan(3);
    // Every item starts on the top of a row: the first item's row, or a later one.
    const rows = [...new Set(tops)];
    expect(rows.length).toBeLessThan(tops.length);
    expect(tops.filter((top) => top === tops[0]).length).toBeGreaterThan(1);
  });

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

  test("a source mark on a phone: marks side by side keep apart, the source it leads to stands out, and a button leads back to the mark", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto("/incidents/viamedis-2024/");
    // Two marks side by side on a line: their tap areas (padding included) do not touch.
    const gaps = await page.locator(".cite + .cite").evaluateAll((marks) =>
      marks.flatMap((mark) => {
        const [box, before] = [mark, mark.previousElementSibling as HTMLElement].map((element) =>
          element.getBoundingClientRect(),
        );
        return box && before && Math.abs(box.top - before.top) < 2 ? [box.left - before.right] : [];
      }),
    );
    expect(gaps.length).toBeGreaterThan(0);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(2);
    const mark = page.locator("table .cite").first();
    const href = String(await mark.getAttribute("href"));
    await mark.click();
    const source = page.locator(href);
    await expect(source).toBeInViewport();
    // Highlighted: another background than the sources around it.
    expect(await source.evaluate((item) => getComputedStyle(item).backgroundColor)).not.toBe(
      "rgba(0, 0, 0, 0)",
    );
    await page.getByRole("button", { name: "Revenir au texte" }).click();
    await expect(mark).toBeInViewport();
    await expect(mark).toBeFocused();
    await expect(page.getByRole("button", { name: "Revenir au texte" })).toHaveCount(0);
  });

  test("draws the tiers-payant diagram in the reader's colour scheme, its words in the caption", async ({
    page,
  }) => {
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto("/incidents/viamedis-2024/");
      const image = page.locator("figure.diagram img");
      await image.scrollIntoViewIfNeeded();
      await expect
        .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
        .toBe(true);
      expect(await image.evaluate((img: HTMLImageElement) => img.currentSrc)).toContain(`-fr-${scheme}.svg`);
      await expect(page.locator("figure.diagram figcaption")).toContainText("portail de Viamedis");
    }
  });

  test("a heading link points at its own anchor, so sections can be shared", async ({ page }) => {
    await page.goto("/incidents/viamedis-2024/");
    await page.locator("h2 .heading-link", { hasText: "Chronologie" }).click();
    await expect(page).toHaveURL(/#chronologie$/);
  });
});

/** Incident pages in both languages, read from the build so a new incident is tested too. */
const INCIDENT_PAGES = builtPages().filter((url) => /^\/(en\/)?incidents\/[a-z0-9-]+-\d{4}\/$/.test(url));

test.describe("the first screen of a 360 × 640 phone", () => {
  test.use({ viewport: { width: 360, height: 640 } });

  test("there is an incident page in each language to check", () => {
    expect(INCIDENT_PAGES.filter((url) => url.startsWith("/en/")).length).toBeGreaterThan(0);
    expect(INCIDENT_PAGES.filter((url) => !url.startsWith("/en/")).length).toBeGreaterThan(0);
  });

  for (const url of INCIDENT_PAGES) {
    test(`${url} shows what was exposed, what was not, and the link to what to do`, async ({
      page,
    }, testInfo) => {
      await page.goto(url);
      await testInfo.attach("first screen", { body: await page.screenshot(), contentType: "image/png" });
      const glance = page.locator(".glance");
      // What the facts state for the first population: an incident known only from a
      // seller's claims has nothing exposed or not exposed, and shows what is reported instead.
      const id = url.replace(/^\/(en\/)?incidents\//, "").replace(/\/$/, "");
      const facts = parse(readFileSync(join(INCIDENTS_DIR, `${id}.yaml`), "utf8")) as {
        exposure: Record<string, Record<string, { status: string }>>;
      };
      const first = Object.values(facts.exposure.insured ?? facts.exposure.professionals ?? {});
      const stated = (status: string) => first.some((entry) => entry.status === status);
      const states: [string, string][] = [];
      if (stated("exposed")) states.push(["exposed", ".state-exposed"]);
      if (stated("not-exposed")) states.push(["not exposed", ".state-not-exposed"]);
      if (states.length === 0) states.push(["reported, not confirmed", ".state-not-stated"]);
      for (const [what, locator] of [
        ...states.map(([label, css]) => [label, glance.locator(css).first()] as const),
        ["what to do", glance.locator(".button-link")] as const,
      ]) {
        const box = await locator.boundingBox();
        expect(
          (box?.y ?? Infinity) + (box?.height ?? 0),
          `"${what}" ends on the first screen`,
        ).toBeLessThanOrEqual(640);
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, "no sideways scrolling").toBeLessThanOrEqual(0);
    });
  }

  // The home page says it in sentences: what was exposed, then what was not, then what to do.
  for (const [url, sentences] of [
    ["/", ["ont été exposés", "ne font pas partie des données exposées", "Que faire ?"]],
    ["/en/", ["were exposed", "are not part of the exposed data", "What to do?"]],
  ] as const) {
    test(`${url} shows what was exposed, what was not, and the link to what to do`, async ({ page }) => {
      await page.goto(url);
      for (const sentence of sentences) {
        const box = await page.locator(".summary-box p", { hasText: sentence }).first().boundingBox();
        expect(
          (box?.y ?? Infinity) + (box?.height ?? 0),
          `"${sentence}" is on the first screen`,
        ).toBeLessThan(640);
      }
      const link = await page
        .locator(".summary-box a[href$='/que-faire/'], .summary-box a[href$='/what-to-do/']")
        .first()
        .boundingBox();
      expect((link?.y ?? Infinity) + (link?.height ?? 0), "the link to what to do").toBeLessThan(640);
    });
  }

  // The home page lists every incident in a line or two: the detail is on the incident's page.
  for (const url of ["/", "/en/"]) {
    test(`${url}: each incident card is its title and one line of facts, under half a screen`, async ({
      page,
    }) => {
      await page.goto(url);
      const cards = page.locator(".card-list > li");
      expect(await cards.count()).toBeGreaterThan(2);
      for (const card of await cards.all()) {
        const title = await card.locator("h3").textContent();
        expect(await card.locator("p").count(), `${title}: one line of facts`).toBe(1);
        expect((await card.boundingBox())!.height, `${title}: under half a screen`).toBeLessThan(320);
      }
    });
  }

  test("the menu opens without JavaScript and every item is a tap-sized link", async ({ browser }) => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 360, height: 640 },
    });
    const page = await context.newPage();
    await page.goto("/incidents/viamedis-2024/");
    const menu = page.locator(".nav-menu");
    await expect(menu.locator(".main-nav")).toBeHidden();
    await menu.locator("summary").click();
    const links = menu.locator(".main-nav a");
    await expect(links.first()).toBeVisible();
    for (const box of await links.evaluateAll((as) => as.map((a) => a.getBoundingClientRect().height))) {
      expect(box).toBeGreaterThanOrEqual(44);
    }
    // Search is one tap away: a link to the search page, on the header's row.
    await expect(page.locator(".header-search-link")).toHaveAttribute("href", "/recherche/");
    await context.close();
  });
});

test.describe("« Sur cette page »", () => {
  for (const url of ["/incidents/viamedis-2024/", "/en/incidents/almerys-2024/"]) {
    test(`${url}: each entry leads to a section of the page`, async ({ page }) => {
      await page.goto(url);
      const hrefs = await page
        .locator(".page-contents a")
        .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
      expect(hrefs.length).toBeGreaterThanOrEqual(5);
      for (const href of hrefs) {
        await expect(page.locator(`[id="${href!.slice(1)}"]`), href!).toHaveCount(1);
      }
      await page.locator(".page-contents a").last().click();
      await expect(page.locator(`[id="${hrefs.at(-1)!.slice(1)}"]`)).toBeInViewport();
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
