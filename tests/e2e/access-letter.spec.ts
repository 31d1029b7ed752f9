/**
 * « Demander mes données » / « Request my data »: every incident's letter goes to the addressee
 * its facts name, in both languages, with and without JavaScript; choosing a letter sends and
 * stores nothing; a printed letter is one A4 sheet.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { parseYaml } from "../../src/lib/content/files.ts";
import { axeViolations } from "./axe.ts";

const DIR = resolve(import.meta.dirname, "../../content/incidents");
const incidents = readdirSync(DIR)
  .filter((file) => file.endsWith(".yaml"))
  .map((file) => {
    const data = parseYaml(readFileSync(join(DIR, file), "utf8"), file) as {
      addressee: { name: { fr: string; en: string } };
    };
    return { id: file.replace(/\.yaml$/, ""), addressee: data.addressee.name };
  });

const LANGS = [
  { lang: "fr", url: "/demander-mes-donnees/", prefix: "lettre-", blank: "[Votre prénom et votre nom]" },
  { lang: "en", url: "/en/request-my-data/", prefix: "letter-", blank: "[Your first name and surname]" },
] as const;

/** Text as a reader compares it: typographic apostrophes and no-break spaces made plain. */
const plain = (text: string) =>
  text
    .replace(/[’‘]/g, "'")
    .replace(/[\u00a0\u202f]/g, " ")
    .replace(/\s+/g, " ")
    .trim();

const visibleLetters = (page: Page) => page.locator(".letter-block:visible");

test.describe("with JavaScript", () => {
  for (const { lang, url, prefix, blank } of LANGS) {
    test(`${lang}: ?incident=<id> opens each incident's letter to its addressee, dated today`, async ({
      page,
    }) => {
      for (const incident of incidents) {
        await page.goto(`${url}?incident=${incident.id}`);
        await expect(visibleLetters(page)).toHaveCount(1);
        const block = page.locator(`#${prefix}${incident.id}`);
        await expect(block).toBeVisible();
        const letter = plain(await block.locator(".letter").innerText());
        expect(letter, incident.id).toContain(plain(incident.addressee[lang]));
        expect(letter).toContain(blank);
        expect(letter).not.toContain("[date]");
        expect(letter).toMatch(/2\d{3}/);
      }
    });
  }

  test("choosing letters makes no request and stores nothing", async ({ page, context }) => {
    await page.goto("/demander-mes-donnees/?incident=viamedis-2024");
    await page.waitForLoadState("networkidle");
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    for (const name of ["Cegedim Santé", "Free", "Almerys"]) {
      await page.locator(".letter-picker").getByRole("link", { name, exact: true }).click();
      await expect(visibleLetters(page)).toHaveCount(1);
      await expect(visibleLetters(page)).toContainText(name === "Free" ? "Free ou Free Mobile" : "");
    }
    await page.getByRole("button", { name: "Copier le texte" }).first().isVisible();
    // The browser itself reads the tab's icon again when the address changes (as on the guided
    // check's steps); the page asks for nothing.
    expect(requests.filter((request) => !request.endsWith("/favicon.svg"))).toEqual([]);
    await expect(page.locator(".letters :is(input, textarea, select, form)")).toHaveCount(0);
    expect(await context.cookies()).toEqual([]);
    const stored = await page.evaluate(() => localStorage.length + sessionStorage.length);
    expect(stored).toBe(0);
  });

  test("« Copier le texte » copies the letter without its source marks", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/demander-mes-donnees/?incident=cegedim-mlm-2025");
    const block = page.locator("#lettre-cegedim-mlm-2025");
    await block.getByRole("button", { name: "Copier le texte" }).click();
    await expect(block.getByRole("status")).toHaveText("Texte copié");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain("[Votre prénom et votre nom]\n[Votre adresse postale]");
    expect(copied).toMatch(/À l’attention de\s:\svotre médecin/);
    expect(copied).toContain("article 15");
    expect(copied).not.toMatch(/\[\d+\]/);
  });

  test("the page and a chosen letter pass axe", async ({ page }) => {
    await page.goto("/demander-mes-donnees/?incident=mediboard-aleo-2024");
    expect(await axeViolations(page)).toEqual([]);
    await page.goto("/en/request-my-data/");
    expect(await axeViolations(page)).toEqual([]);
  });

  for (const { lang, url } of LANGS) {
    test(`${lang}: every printed letter is one A4 sheet, the letter alone`, async ({ page }) => {
      for (const incident of incidents) {
        await page.goto(`${url}?incident=${incident.id}`);
        await page.emulateMedia({ media: "print" });
        await expect(page.locator(".letter:visible")).toHaveCount(1);
        for (const hidden of [".site-header", "h1", ".letter-picker", ".letter-why", "#sources"]) {
          await expect(page.locator(hidden).first()).toBeHidden();
        }
        const pdf = await page.pdf({ format: "A4" });
        const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? [];
        expect(pages.length, incident.id).toBe(1);
        // One to look at: the longest addressee.
        if (incident.id === "mediboard-aleo-2024") writeFileSync(`test-results/letter-${lang}.pdf`, pdf);
        await page.emulateMedia({ media: "screen" });
      }
    });
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const { lang, url, prefix, blank } of LANGS) {
    test(`${lang}: the picker's links open each incident's letter alone, to its addressee`, async ({
      page,
    }) => {
      await page.goto(url);
      await expect(visibleLetters(page)).toHaveCount(0);
      for (const incident of incidents) {
        const link = page.locator(`.letter-picker a[href="#${prefix}${incident.id}"]`);
        await expect(link).toHaveCount(1);
        await link.click();
        await expect(visibleLetters(page)).toHaveCount(1);
        const letter = plain(await page.locator(`#${prefix}${incident.id} .letter`).innerText());
        expect(letter, incident.id).toContain(plain(incident.addressee[lang]));
        expect(letter).toContain(blank);
      }
    });
  }

  test("an incident page links to its letter with its id, which opens without JavaScript", async ({
    page,
  }) => {
    await page.goto("/incidents/cegedim-mlm-2025/");
    const link = page.locator(
      'a[href="/demander-mes-donnees/?incident=cegedim-mlm-2025#lettre-cegedim-mlm-2025"]',
    );
    await expect(link.first()).toBeVisible();
    await link.first().click();
    await expect(visibleLetters(page)).toHaveCount(1);
    await expect(page.locator("#lettre-cegedim-mlm-2025 .letter")).toContainText("votre médecin");
  });

  test("« Suis-je concerné ? » links every incident to its letter", async ({ page }) => {
    await page.goto("/suis-je-concerne/");
    for (const incident of incidents) {
      await expect(
        page.locator(`a[href="/demander-mes-donnees/?incident=${incident.id}#lettre-${incident.id}"]`),
        incident.id,
      ).toHaveCount(1);
    }
  });
});

test.describe("genuine breach notices on the examples page", () => {
  for (const url of ["/verifier-un-message/exemples/", "/en/check-a-message/examples/"]) {
    test(`${url} shows Cerballiance's text and MédecinDirect's email with their sources, beside the scams they resemble`, async ({
      page,
    }) => {
      await page.goto(url);
      for (const id of ["cerballiance-sms-2025", "medecindirect-email-2025"]) {
        const notice = page.locator(".scam-genuine .scam-example", { has: page.locator(`h3#${id}`) });
        await expect(notice).toBeVisible();
        // The quote cites its source, and each scam it can be mistaken for is on the page.
        await expect(notice.locator(".page-meta a.cite").first()).toBeVisible();
        const links = await notice
          .locator('a[href^="#"]:not(.cite)')
          .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("href")));
        expect(links.length).toBeGreaterThan(0);
        for (const href of links)
          await expect(page.locator(`${href}.scam-example, section:has(> h2${href})`)).toHaveCount(1);
        await expect(notice.locator(".callout")).toContainText(/Gardez-le|Keep it/);
      }
      await expect(page.locator(".scam-genuine > p").first()).toContainText(/ne peut pas dire|cannot tell/);
    });
  }
});
