/**
 * What journalists rely on: feeds that parse, open data that validates and agrees with the
 * pages, link previews and structured data on every page, copy buttons, print.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type Locator } from "@playwright/test";
import { openDataSchema } from "../../src/schemas/open-data.ts";
import { builtPages, DIST_DIR } from "./built-pages.ts";
import { attr, builtDocument, findAll, metaContent, textOf } from "./html.ts";

const FEEDS = ["/mises-a-jour/atom.xml", "/incidents/viamedis-2024/atom.xml", "/en/updates/atom.xml"];

test.describe("Atom feeds", () => {
  for (const feedUrl of FEEDS) {
    test(`${feedUrl} is valid Atom with absolute links`, async ({ page }) => {
      await page.goto("/");
      const report = await page.evaluate(async (url) => {
        const xml = await (await fetch(url)).text();
        const doc = new DOMParser().parseFromString(xml, "application/xml");
        const ns = "http://www.w3.org/2005/Atom";
        const feed = doc.documentElement;
        const child = (parent: Element, name: string) => parent.getElementsByTagNameNS(ns, name)[0];
        const entries = [...doc.getElementsByTagNameNS(ns, "entry")];
        return {
          parseError: doc.getElementsByTagName("parsererror").length > 0,
          root: `${feed.namespaceURI} ${feed.localName}`,
          hasIdTitleUpdated: ["id", "title", "updated"].every((name) => child(feed, name)?.textContent),
          hasAuthor: Boolean(child(feed, "author")),
          entries: entries.map((entry) => ({
            id: child(entry, "id")?.textContent ?? "",
            link: child(entry, "link")?.getAttribute("href") ?? "",
            updated: child(entry, "updated")?.textContent ?? "",
            title: child(entry, "title")?.textContent ?? "",
          })),
        };
      }, feedUrl);
      expect(report.parseError).toBe(false);
      expect(report.root).toBe("http://www.w3.org/2005/Atom feed");
      expect(report.hasIdTitleUpdated).toBe(true);
      expect(report.hasAuthor).toBe(true);
      expect(report.entries.length).toBeGreaterThan(0);
      for (const entry of report.entries) {
        expect(entry.link).toMatch(/^https?:\/\//);
        expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T/);
        expect(entry.title.length).toBeGreaterThan(0);
      }
      expect(new Set(report.entries.map((e) => e.id)).size).toBe(report.entries.length);
    });
  }
});

test.describe("open data", () => {
  test("incidents.json validates against its schema", async ({ request }) => {
    const data = await (await request.get("/api/v1/incidents.json")).json();
    const result = openDataSchema.safeParse(data);
    expect(result.error?.issues ?? []).toEqual([]);
    expect(data.license).toBe("CC-BY-4.0");
  });

  test("the JSON agrees with the exposure tables on the incident pages", async ({ request, page }) => {
    const data = openDataSchema.parse(await (await request.get("/api/v1/incidents.json")).json());
    for (const incident of data.incidents) {
      await page.goto(new URL(incident.url.fr).pathname);
      for (const [population, byCategory] of Object.entries(incident.exposure)) {
        for (const [category, entry] of Object.entries(byCategory ?? {})) {
          const row = page.locator(`table[data-population="${population}"] tr[data-category="${category}"]`);
          // The open data lists every category; a page leaves out the rows a source never
          // mentions for that leak (a lab test at a telecom operator), and only those.
          if ((await row.count()) === 0) {
            expect(entry.status, `${incident.id} ${population} ${category} has no row`).toBe("not-stated");
            expect(entry.sources, `${incident.id} ${population} ${category} has no row`).toEqual([]);
            continue;
          }
          await expect(row, `${incident.id} ${population} ${category}`).toHaveAttribute(
            "data-status",
            entry.status,
          );
        }
      }
    }
  });

  test("no category is ever exported as 'not exposed' without a source, and 'not stated' stays explicit", async ({
    request,
  }) => {
    const data = openDataSchema.parse(await (await request.get("/api/v1/incidents.json")).json());
    for (const incident of data.incidents) {
      for (const byCategory of Object.values(incident.exposure)) {
        for (const entry of Object.values(byCategory ?? {})) {
          if (entry.status !== "not-stated") expect(entry.sources.length).toBeGreaterThan(0);
        }
      }
      // Almerys's list says nothing about tiers-payant cover: exported as not stated, not absent.
      if (incident.id === "almerys-2024") {
        expect(incident.exposure.insured?.["tiers-payant-guarantees"]?.status).toBe("not-stated");
      }
    }
  });

  test("the CSV has one row per incident, population and category of the JSON", async ({ request }) => {
    const data = openDataSchema.parse(await (await request.get("/api/v1/incidents.json")).json());
    const csv = await (await request.get("/api/v1/incidents.csv")).text();
    // The first five columns are the original format; labels follow, so old readers still work.
    const lines = csv
      .trim()
      .split("\r\n")
      .map((line) => line.split(",").slice(0, 5).join(","));
    expect(lines[0]).toBe("incident,population,category,status,sources");
    const expected = data.incidents.flatMap((incident) =>
      Object.entries(incident.exposure).flatMap(([population, byCategory]) =>
        Object.entries(byCategory ?? {}).map(
          ([category, entry]) =>
            `${incident.id},${population},${category},${entry.status},${entry.sources.join(" ")}`,
        ),
      ),
    );
    expect(lines.slice(1)).toEqual(expected);
  });

  test("the people-concerned figure on the page is the exported one", async ({ request, page }) => {
    const data = openDataSchema.parse(await (await request.get("/api/v1/incidents.json")).json());
    const viamedis = data.incidents.find((incident) => incident.id === "viamedis-2024");
    expect(viamedis?.peopleConcerned?.value).toBe(33_000_000);
    expect(viamedis?.peopleConcerned?.combinedWith).toEqual(["almerys-2024"]);
    await page.goto("/incidents/viamedis-2024/");
    await expect(page.locator("#figure-people-concerned-cnil")).toContainText(/plus de 33\smillions/);
  });
});

test.describe("link previews and structured data", () => {
  test("every page has a canonical URL, Open Graph tags and a 1200×630 preview image", () => {
    for (const url of builtPages().filter((u) => u !== "/404.html")) {
      const root = builtDocument(url);
      const canonical = findAll(root, (e) => e.name === "link" && attr(e, "rel") === "canonical")[0];
      expect(canonical && attr(canonical, "href"), `${url} canonical`).toMatch(new RegExp(`${url}$`));
      for (const key of ["og:title", "og:description", "og:url", "og:type", "og:image", "twitter:card"]) {
        expect(metaContent(root, key), `${url} ${key}`).toBeTruthy();
      }
      const image = new URL(metaContent(root, "og:image")!).pathname;
      const png = readFileSync(join(DIST_DIR, image));
      expect(png.subarray(1, 4).toString(), `${image} is a PNG`).toBe("PNG");
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], `${image} size`).toEqual([1200, 630]);
    }
  });

  test("every page's JSON-LD parses, with an Article and a BreadcrumbList", () => {
    for (const url of builtPages().filter(
      (u) => u !== "/404.html" && !u.endsWith("/recherche/") && !u.endsWith("/search/"),
    )) {
      const root = builtDocument(url);
      const blocks = findAll(
        root,
        (e) => e.name === "script" && attr(e, "type") === "application/ld+json",
      ).map((script) => JSON.parse(textOf(script)) as Record<string, unknown>);
      const article = blocks.find((block) => block["@type"] === "Article");
      expect(article, `${url} Article`).toBeDefined();
      for (const field of ["headline", "datePublished", "dateModified", "url", "image"]) {
        expect(article?.[field], `${url} Article.${field}`).toBeTruthy();
      }
      const breadcrumb = blocks.find((block) => block["@type"] === "BreadcrumbList");
      expect(
        (breadcrumb?.["itemListElement"] as unknown[] | undefined)?.length,
        `${url} breadcrumb`,
      ).toBeGreaterThan(0);
    }
  });

  test("the press page describes the open data as a Dataset", () => {
    const blocksOf = (url: string) =>
      findAll(builtDocument(url), (e) => attr(e, "type") === "application/ld+json").map(
        (script) => JSON.parse(textOf(script)) as Record<string, unknown>,
      );
    const dataset = blocksOf("/presse/").find((block) => block["@type"] === "Dataset");
    expect(dataset?.["license"]).toBe("https://creativecommons.org/licenses/by/4.0/");
    expect(JSON.stringify(dataset?.["distribution"])).toContain("/api/v1/incidents.csv");
  });

  test("robots.txt points at the sitemap, which lists the pages", async ({ request }) => {
    const robots = await (await request.get("/robots.txt")).text();
    expect(robots).toMatch(/Sitemap: https?:\/\/\S+\/sitemap-index\.xml/);
    const sitemap = readFileSync(join(DIST_DIR, "sitemap-0.xml"), "utf8");
    expect(sitemap).toContain("/incidents/viamedis-2024/</loc>");
    expect(sitemap).not.toContain("404");
  });
});

test.describe("the press page", () => {
  const INCIDENT_IDS = readdirSync(join(process.cwd(), "content/incidents"))
    .filter((file) => file.endsWith(".yaml"))
    .map((file) => file.replace(/\.yaml$/, ""));

  for (const [url, words] of [
    ["/presse/", { made: "rendu public le", source: "Source :", license: "CC BY 4.0" }],
    ["/en/press/", { made: "made public on", source: "Source:", license: "CC BY 4.0" }],
  ] as const) {
    test(`${url} has a dated summary to quote for every incident, generated from its facts`, async ({
      page,
    }) => {
      expect(INCIDENT_IDS.length).toBeGreaterThan(0);
      await page.goto(url);
      const prefix = url.startsWith("/en/") ? "/en" : "";
      for (const id of INCIDENT_IDS) {
        const summary = page.locator(`#resume-${id}`);
        await expect(summary, id).toHaveCount(1);
        await expect(
          summary.locator(`a[href="${prefix}/incidents/${id}/"]`),
          `${id} names its incident`,
        ).toHaveCount(1);
        await expect(summary, `${id} is dated`).toContainText(words.made);
        // Sourced, unless no source states any data exposed or not (then nothing is asserted).
        const asserts = (await summary.textContent())!.match(
          /exposées selon|exposed according|pas concernés|not concerned/,
        );
        if (asserts)
          expect(await summary.locator("a.cite").count(), `${id} cites its sources`).toBeGreaterThan(0);
        for (const href of await summary
          .locator("a.cite")
          .evaluateAll((marks) => marks.map((a) => a.getAttribute("href")))) {
          expect(href, `${id}: a source mark points at the bibliography`).toMatch(
            /\/sources\/([a-z-]+\/)?#source-/,
          );
        }
      }
    });

    test(`${url} names the source of each key figure and keeps the others one tap away`, async ({ page }) => {
      await page.goto(url);
      const figures = page.locator("ul.figures > li");
      expect(await figures.count()).toBeGreaterThan(0);
      for (const figure of await figures.all()) {
        await expect(figure).toContainText(words.source);
        expect(await figure.locator("a.cite").count(), "one source number, not three or four").toBe(1);
      }
    });

    test(`${url} lists each downloadable table with its format, contents and licence`, async ({
      page,
      request,
    }) => {
      await page.goto(url);
      const section = page.locator("section", { has: page.locator("h2#donnees-ouvertes, h2#open-data") });
      for (const [file, format] of [
        ["incidents.json", "JSON"],
        ["incidents.csv", "CSV"],
        ["figures.csv", "CSV"],
        ["timeline.csv", "CSV"],
        ["incidents.schema.json", "JSON Schema"],
      ]) {
        const item = section.locator("li", { has: page.locator(`a[href="/api/v1/${file}"]`) });
        await expect(item, file).toContainText(`(${format})`);
        expect((await request.get(`/api/v1/${file}`)).ok(), `${file} is served`).toBe(true);
      }
      await expect(section.locator('a[href="https://creativecommons.org/licenses/by/4.0/"]')).toHaveText(
        words.license,
      );
    });
  }
});

test.describe("copy buttons", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("the button beside a heading copies the link to that section", async ({ page, baseURL }) => {
    await page.goto("/incidents/viamedis-2024/");
    await page.getByRole("button", { name: "Copier le lien vers la section « Chronologie »" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Lien copié" })).toHaveCount(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${baseURL}/incidents/viamedis-2024/#chronologie`,
    );
  });

  test("adding the copy buttons moves nothing, and each heading keeps its own name", async ({
    page,
    browser,
    baseURL,
  }) => {
    // Where every heading and the end of the page are, with and without the page script.
    const positions = () =>
      [...document.querySelectorAll("main :is(h2, h3), footer")].map((element) => {
        const box = element.getBoundingClientRect();
        return `${element.id || element.tagName} ${Math.round(box.top)} ${Math.round(box.left)}`;
      });
    const withoutScript = await browser.newPage({
      javaScriptEnabled: false,
      ...(baseURL ? { baseURL } : {}),
      viewport: page.viewportSize(),
    });
    for (const path of [
      "/incidents/viamedis-2024/",
      "/faq/carte-vitale-et-tiers-payant/",
      "/en/incidents/",
    ]) {
      await withoutScript.goto(path);
      await page.goto(path);
      await expect(page.locator("button.copy-link").first()).toBeVisible();
      expect(await page.evaluate(positions)).toEqual(await withoutScript.evaluate(positions));
    }
    await page.goto("/incidents/viamedis-2024/");
    await expect(page.getByRole("heading", { name: "Chronologie", exact: true })).toHaveCount(1);
    await withoutScript.close();
  });

  test("a copy is confirmed in words beside its button: « Lien copié », « Citation copiée »", async ({
    page,
  }) => {
    await page.goto("/incidents/viamedis-2024/");
    const heading = page.locator("#chronologie");
    const button = heading.getByRole("button");
    await button.click();
    const linkDone = heading.locator(".copy-done");
    await expect(linkDone).toBeVisible();
    await expect(linkDone).toHaveText("Lien copié");
    // Beside the button: their boxes at most a few pixels apart.
    const gap = async (one: Locator, other: Locator) => {
      const [a, b] = [await one.boundingBox(), await other.boundingBox()];
      if (!a || !b) return Infinity;
      const across = Math.max(0, b.x - (a.x + a.width), a.x - (b.x + b.width));
      const down = Math.max(0, b.y - (a.y + a.height), a.y - (b.y + b.height));
      return Math.max(across, down);
    };
    expect(await gap(button, linkDone)).toBeLessThanOrEqual(8);
    // The heading's own text is not covered.
    const textBox = await heading.locator("a.heading-link").boundingBox();
    const doneBox = await linkDone.boundingBox();
    expect(textBox && doneBox && doneBox.y >= textBox.y + textBox.height - 1).toBe(true);
    const cite = page.getByRole("button", { name: "Copier la citation" });
    await cite.click();
    const citeDone = page.locator(".cite-page .copy-done");
    await expect(citeDone).toBeVisible();
    await expect(citeDone).toHaveText("Citation copiée");
    expect(await gap(cite, citeDone)).toBeLessThanOrEqual(16);
  });

  test("without JavaScript no copy button is on the page, not even an invisible one", async ({
    browser,
    baseURL,
  }) => {
    const page = await browser.newPage({ javaScriptEnabled: false, ...(baseURL ? { baseURL } : {}) });
    for (const path of ["/incidents/almerys-2024/", "/en/incidents/almerys-2024/"]) {
      await page.goto(path);
      await expect(page.locator(".cite-page .citation")).toBeVisible();
      await expect(page.locator("main button")).toHaveCount(0);
    }
    await page.close();
  });

  test("a FAQ question's button copies the link to its answer", async ({ page, baseURL }) => {
    await page.goto("/faq/carte-vitale-et-tiers-payant/");
    await page.locator("#changer-nir").getByRole("button").click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${baseURL}/faq/carte-vitale-et-tiers-payant/#changer-nir`,
    );
  });

  test("'Citer cette page' copies title, site, URL with the current section, update and today's date", async ({
    page,
  }) => {
    await page.goto("/incidents/almerys-2024/#chronologie");
    await page.getByRole("button", { name: "Copier la citation" }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const today = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long" }).format(new Date());
    expect(copied).toContain("Cyberattaque contre Almerys (2024)");
    expect(copied).toContain("Fuites de données santé");
    expect(copied).toMatch(/https?:\/\/[^ ]+\/incidents\/almerys-2024\/#chronologie/);
    expect(copied).toMatch(/mis à jour le \d+ \S+ \d{4}/);
    expect(copied).toContain(`consulté le ${today}`);
  });
});

test("printing an incident page drops the site chrome and prints link addresses and sources", async ({
  page,
}) => {
  await page.goto("/incidents/viamedis-2024/");
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".site-header")).toBeHidden();
  await expect(page.locator(".site-footer")).toBeHidden();
  await expect(page.locator("#sources")).toBeVisible();
  await expect(page.locator(".page-meta").first()).toContainText("Mis à jour le");
  const after = await page
    .locator(".source-list a[href^='http']")
    .first()
    .evaluate((link) => getComputedStyle(link, "::after").content);
  expect(after).toContain("http");
});

for (const url of ["/que-faire/aide-memoire/", "/en/what-to-do/checklist/"]) {
  test(`the printable checklist ${url} fits on one A4 sheet and prints its own address`, async ({ page }) => {
    await page.goto(url);
    await page.emulateMedia({ media: "print" });
    const citation = page.locator(".cite-page .citation");
    await expect(citation).toBeVisible();
    await expect(citation).toContainText(/Fuites de données santé|French health data leaks/);
    await expect(citation).toContainText(new RegExp(`https?://\\S+${url}`));
    // Its heading and the copy button's place (which keeps room for a button) are not printed.
    await expect(page.locator(".cite-page > h2, .cite-actions")).toHaveCount(2);
    for (const hidden of await page.locator(".cite-page > h2, .cite-actions").all()) {
      await expect(hidden).toBeHidden();
    }
    const pdf = await page.pdf({ format: "A4" });
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBe(1);
  });
}
