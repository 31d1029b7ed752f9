/**
 * Search as a reader uses it, in the French index. Each query is what someone would type on
 * a phone (no accents, acronyms, synonyms); the first result must open the right page and,
 * where it matters, the right section.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { firstResultFor } from "./search-helpers.ts";

/**
 * The search page with Pagefind loaded, its clock stopped (the typing pause ends only when
 * the test moves it on) and index chunks held back until `release()`: a search started now
 * waits there, as if the network were slow, while the test types on. `fragments` lists the
 * result fragments requested.
 */
async function searchWithHeldIndex(
  page: Page,
): Promise<{ box: Locator; fragments: string[]; release: () => void }> {
  await page.clock.install();
  await page.goto("/recherche/");
  const box = page.getByRole("searchbox", { name: "Rechercher sur le site" }).last();
  const fragments: string[] = [];
  page.on("request", (request) => {
    if (request.url().endsWith(".pf_fragment")) fragments.push(request.url());
  });
  // Pagefind is loaded (focusing the box loads it) before the reader types.
  const runtime = ["wasm", "pf_meta"].map((kind) =>
    page.waitForResponse((response) => response.url().includes(kind)),
  );
  await box.focus();
  await Promise.all(runtime);
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
  let release = (): void => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/*.pf_index", async (route) => {
    await held;
    await route.continue();
  });
  return { box, fragments, release };
}

const EXPECTED: [query: string, firstResult: string][] = [
  ["rang de naissance", "/donnees/rang-de-naissance/"],
  ["jumeaux", "/donnees/rang-de-naissance/"],
  ["securite sociale", "/donnees/numero-de-securite-sociale/"],
  ["NIR", "/donnees/numero-de-securite-sociale/"],
  ["RIB", "/donnees/coordonnees-bancaires/"],
  ["donnees bancaires", "/donnees/coordonnees-bancaires/"],
  ["donnees medicales", "/donnees/donnees-medicales/"],
  // An answer before a definition: the glossary comes first only for what nothing else is about.
  ["tiers payant", "/faq/carte-vitale-et-tiers-payant/#tiers-payant"],
  // The guided check answers « arnaque » better than the section of « Que faire » did.
  ["arnaque", "/verifier-un-message/"],
  // « Faut-il faire opposition ? » on the card, at the top of « Que faire », before the FAQ's
  // « Ma carte Vitale fonctionne-t-elle toujours ? » (both in the relevance set).
  ["carte vitale", "/que-faire/#carte-bancaire-ou-carte-vitale"],
  ["anssi", "/glossaire/#anssi"],
  ["porter plainte", "/que-faire/#porter-plainte"],
  // The FAQ's « Les données de 33 millions de personnes ont-elles vraiment été volées ? »
  // explains the figure; « Qui est compté dans les 33 millions » answers too (relevance set).
  ["33 millions", "/faq/ce-qui-s-est-passe/#chiffre-33-millions"],
  ["sms remboursement", "/faq/argent-et-arnaques/#sms-remboursement"],
  ["33700", "/glossaire/#33700"],
  ["almerys", "/incidents/almerys-2024/"],
  ["viamedis", "/incidents/viamedis-2024/"],
];

test.describe("search finds what a reader types", () => {
  for (const [query, expected] of EXPECTED) {
    test(`"${query}" opens ${expected} first`, async ({ page }) => {
      expect(await firstResultFor(page, query)).toBe(expected);
    });
  }
});

test.describe("the search page", () => {
  test("loads nothing of Pagefind until the reader interacts", async ({ page }) => {
    const pagefindRequests: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("/pagefind/")) pagefindRequests.push(request.url());
    });
    await page.goto("/recherche/");
    await page.waitForLoadState("networkidle");
    expect(pagefindRequests).toEqual([]);
    await page.getByRole("searchbox", { name: "Rechercher sur le site" }).last().focus();
    // The whole runtime, WebAssembly included, arrives before the first letter is typed.
    await expect
      .poll(() => pagefindRequests.map((url) => new URL(url).pathname))
      .toEqual(expect.arrayContaining(["/pagefind/pagefind.js", "/pagefind/wasm.fr.pagefind"]));
    expect(pagefindRequests.filter((url) => /\.pf_(index|fragment)$/.test(url))).toEqual([]);
  });

  test("one or two letters typed search nothing until Enter", async ({ page }) => {
    const indexRequests: string[] = [];
    page.on("request", (request) => {
      if (/\.pf_(index|fragment)$/.test(request.url())) indexRequests.push(request.url());
    });
    await page.goto("/recherche/");
    const box = page.getByRole("searchbox", { name: "Rechercher sur le site" }).last();
    await box.pressSequentially("ri", { delay: 150 });
    await page.waitForLoadState("networkidle");
    await expect(page.getByRole("status")).toHaveText("");
    expect(indexRequests).toEqual([]);
    await box.press("Enter");
    await expect(page.getByRole("status")).toContainText("« ri »");
  });

  test("the results of the last search stay until the next search's results replace them", async ({
    page,
  }) => {
    await page.goto("/recherche/");
    const box = page.getByRole("searchbox", { name: "Rechercher sur le site" }).last();
    const links = page.locator("a.search-result-link");
    await box.fill("rang de naissance");
    await expect(page.getByRole("status")).toContainText("rang de naissance");
    const before = await links.first().getAttribute("href");
    // The next search's results arrive slowly: until they do, the page shows the last ones.
    let release = (): void => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/*.pf_fragment", async (route) => {
      await held;
      await route.continue();
    });
    const fragmentAsked = page.waitForRequest(/\.pf_fragment$/);
    await box.fill("carte vitale");
    await fragmentAsked;
    expect(await links.count()).toBeGreaterThan(0);
    expect(await links.first().getAttribute("href")).toBe(before);
    release();
    await expect(page.getByRole("status")).toContainText("carte vitale");
    await expect(links.first()).not.toHaveAttribute("href", before ?? "");
  });

  test("a search overtaken by a newer keystroke fetches none of its results", async ({ page }) => {
    const { box, fragments, release } = await searchWithHeldIndex(page);
    await box.fill("carte");
    await page.clock.runFor(100);
    await box.fill("carte vitale");
    release();
    await page.waitForLoadState("networkidle");
    expect(fragments).toEqual([]);
    // The newer search, once its pause is over, shows its results.
    await page.clock.runFor(100);
    await expect(page.getByRole("status")).toContainText("carte vitale");
    expect(fragments.length).toBeGreaterThan(0);
  });

  test("starting a new word stops the search for the previous words before it fetches results", async ({
    page,
  }) => {
    const { box, fragments, release } = await searchWithHeldIndex(page);
    await box.fill("carte");
    await page.clock.runFor(100);
    // « v » is too short to search, but the reader's words are no longer « carte ».
    await box.fill("carte v");
    release();
    await page.clock.runFor(100);
    await page.waitForLoadState("networkidle");
    expect(fragments).toEqual([]);
    await box.fill("carte vitale");
    await page.clock.runFor(100);
    await expect(page.getByRole("status")).toContainText("carte vitale");
    expect(fragments.length).toBeGreaterThan(0);
  });

  test("an incident's index entry holds its exposure table, not the sentences every incident repeats", async ({
    page,
  }) => {
    await page.goto("/recherche/");
    const content = await page.evaluate(async () => {
      const runtime = "/pagefind/pagefind.js";
      const pagefind = await import(/* @vite-ignore */ runtime);
      // As the site runs it: on the page's thread (only the search pages may compile WebAssembly).
      await pagefind.options({ noWorker: true });
      const { results } = await pagefind.search("viamedis");
      for (const result of results) {
        const data = await result.data();
        if (data.url === "/incidents/viamedis-2024/") return data.content as string;
      }
      return "";
    });
    expect(content).toContain("Numéro de sécurité sociale (NIR)");
    for (const repeated of ["Voir le tableau complet", "ne disent ni oui ni non", "Le risque principal"])
      expect(content).not.toContain(repeated);
  });

  test("content pages never load Pagefind", async ({ page }) => {
    const pagefindRequests: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("/pagefind/")) pagefindRequests.push(request.url());
    });
    await page.goto("/incidents/viamedis-2024/");
    await page.getByRole("searchbox", { name: "Rechercher sur le site" }).focus();
    await page.keyboard.type("rib");
    await page.waitForLoadState("networkidle");
    expect(pagefindRequests).toEqual([]);
  });

  test("the header form leads to the search page with the query, which runs it", async ({ page }) => {
    await page.goto("/");
    const box = page.getByRole("searchbox", { name: "Rechercher sur le site" });
    await box.fill("rang de naissance");
    await box.press("Enter");
    await expect(page).toHaveURL(/\/recherche\/\?q=rang\+de\+naissance$/);
    await expect(page.getByRole("status")).toContainText("rang de naissance");
    await expect(page.locator("a.search-result-link").first()).toHaveAttribute("href", /rang-de-naissance/);
  });

  test("the address follows the query, so a search can be shared", async ({ page }) => {
    await page.goto("/recherche/");
    await page.getByRole("searchbox", { name: "Rechercher sur le site" }).last().fill("rib");
    await expect(page).toHaveURL(/\?q=rib$/);
  });

  test("is usable with the keyboard alone: type, arrow down, Enter", async ({ page }) => {
    await page.goto("/recherche/");
    const box = page.getByRole("searchbox", { name: "Rechercher sur le site" }).last();
    await box.focus();
    await page.keyboard.type("porter plainte");
    await expect(page.getByRole("status")).toContainText("porter plainte");
    await page.keyboard.press("ArrowDown");
    const first = page.locator("a.search-result-link").first();
    await expect(first).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(page.locator("a.search-result-link").nth(1)).toBeFocused();
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    await expect(box).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/que-faire\/#porter-plainte/);
  });

  test("filters narrow the results and work from the keyboard", async ({ page }) => {
    await page.goto("/recherche/?q=rib");
    await expect(page.getByRole("status")).toContainText("rib");
    await page.getByText("Affiner").click();
    await page.getByRole("radio", { name: "Questions fréquentes" }).check();
    await expect(page.locator("a.search-result-link").first()).toHaveAttribute("href", /^\/faq\//);
    const hrefs = await page
      .locator("a.search-result-link")
      .evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(hrefs.every((href) => href?.startsWith("/faq/"))).toBe(true);
  });

  test("the incident filter offers the incidents' names from the index, and keeps to the one chosen", async ({
    page,
  }) => {
    await page.goto("/recherche/?q=cyberattaque");
    await expect(page.getByRole("status")).toContainText("cyberattaque");
    // The page itself names no incident: the names arrive with the index.
    await expect(page.locator("#search-incident-names option")).toHaveCount(0);
    await page.getByText("Affiner").click();
    await expect(page.locator("#search-incident-names option[value='Almerys (2024)']")).toHaveCount(1);
    const incident = page.getByRole("combobox", { name: "Incident" });
    await incident.fill("Almerys (2024)");
    await incident.press("Enter");
    await expect(page.locator("a.search-result-link")).toHaveCount(1);
    await expect(page.locator("a.search-result-link").first()).toHaveAttribute(
      "href",
      /^\/incidents\/almerys-2024\//,
    );
  });

  test("announces the number of results in a live region", async ({ page }) => {
    await page.goto("/recherche/?q=rib");
    const status = page.getByRole("status");
    await expect(status).toHaveText(/\d+ résultats? pour «\s*rib\s*»/);
  });

  test("the status line repeats the reader's words as typed, $ signs included", async ({ page }) => {
    // `$&` and `$\`` mean something to String.replace: the words are text, never a pattern.
    await page.goto(`/recherche/?q=${encodeURIComponent("viamedis $` $&")}`);
    await expect(page.getByRole("status")).toHaveText(
      /^(\d+ résultats?|Aucun résultat) pour «\s*viamedis \$` \$&\s*»\.$/,
    );
  });

  test("says so, and where to go instead, when search cannot load", async ({ page }) => {
    await page.route("**/pagefind/pagefind.js", (route) => route.abort());
    await page.goto("/recherche/?q=rib");
    await expect(page.getByRole("status")).toHaveText(
      "La recherche n’a pas pu se charger. Rechargez la page pour réessayer, ou allez directement à l’une de ces pages :",
    );
    await expect(page.locator("[data-search-empty]").getByRole("link", { name: "Que faire" })).toBeVisible();
  });

  test("ships none of Pagefind's ready-made interfaces, which the site does not use", async ({ request }) => {
    for (const file of [
      "pagefind-ui.js",
      "pagefind-ui.css",
      "pagefind-component-ui.js",
      "pagefind-component-ui.css",
      "pagefind-modular-ui.js",
      "pagefind-modular-ui.css",
      "pagefind-highlight.js",
      "pagefind-worker.js",
    ])
      expect((await request.get(`/pagefind/${file}`)).status(), file).toBe(404);
    expect((await request.get("/pagefind/pagefind.js")).status()).toBe(200);
  });

  test("a search with no result says so and suggests where to go", async ({ page }) => {
    await page.goto("/recherche/?q=zzzyyyxxx");
    await expect(page.getByRole("status")).toHaveText("Aucun résultat pour « zzzyyyxxx ».");
    await expect(page.getByRole("link", { name: "Que faire" }).last()).toBeVisible();
    await expect(page.getByRole("link", { name: "FAQ" }).last()).toBeVisible();
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`passes axe with results open (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto("/recherche/?q=securite+sociale");
      await expect(page.locator("a.search-result-link").first()).toBeVisible();
      const results = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"])
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual(
        [],
      );
    });
  }
});

test.describe("a search that finds nothing", () => {
  test("says so, offers the main pages and a known word one typo away", async ({ page }) => {
    await page.goto("/recherche/?q=perseval");
    await expect(page.getByRole("status")).toContainText("Aucun résultat");
    const empty = page.locator("[data-search-empty]");
    await expect(empty.getByRole("link", { name: "Que faire" })).toBeVisible();
    await expect(empty.getByRole("link", { name: "Suis-je concerné ?" })).toBeVisible();
    const suggestion = empty.locator("[data-search-suggestion] a");
    await expect(suggestion).toHaveText("perceval");
    await suggestion.click();
    await expect(page.getByRole("status")).toContainText("perceval");
    await expect(page.locator("a.search-result-link").first()).toBeVisible();
  });
});

test.describe("a query that finds few results", () => {
  test("is searched again without its rarest word, and the status line says so", async ({ page }) => {
    // No page says « piratée » with « carte Vitale »: an answer about the card comes first.
    await page.goto(`/recherche/?q=${encodeURIComponent("carte vitale piratée")}`);
    await expect(page.getByRole("status")).toContainText(
      /Sans «\spiratée\s»\s:\s\d+ résultats pour «\scarte vitale\s»\./,
    );
    await expect(page.locator("a.search-result-link").first()).toHaveAttribute(
      "href",
      /^\/(faq\/carte-vitale-et-tiers-payant\/#carte-vitale|que-faire\/#carte-bancaire-ou-carte-vitale)/,
    );
  });

  test("leaves out the words of a question first, in English too", async ({ page }) => {
    await page.goto(`/en/search/?q=${encodeURIComponent("should I cancel my bank card")}`);
    await expect(page.getByRole("status")).toContainText(/Without “should[^”]*”: \d+ results for “/);
    const hrefs = await page
      .locator("a.search-result-link")
      .evaluateAll((links) => links.slice(0, 3).map((link) => link.getAttribute("href") ?? ""));
    // The scam check's last step says to block the card if you gave its details; the data
    // page and the FAQ say which leaks exposed bank details.
    expect(
      hrefs.some((href) =>
        /^\/en\/(check-a-message\/what-to-do\/|data\/bank-details\/|faq\/my-data\/#rib)/.test(href),
      ),
    ).toBe(true);
  });

  test("a word no page holds finds nothing, not the pages of a word that starts like it", async ({
    page,
  }) => {
    // Pagefind falls back to the longest start of the word it knows: « port » (« porter plainte »).
    await page.goto("/recherche/?q=portabilite");
    await expect(page.getByRole("status")).toHaveText("Aucun résultat pour « portabilite ».");
    await expect(page.locator("a.search-result-link")).toHaveCount(0);
  });
});

test("the comparison's index entry separates each incident's name from its state", async ({ page }) => {
  await page.goto("/recherche/");
  const content = await page.evaluate(async () => {
    const runtime = "/pagefind/pagefind.js";
    const pagefind = await import(/* @vite-ignore */ runtime);
    await pagefind.options({ noWorker: true });
    const { results } = await pagefind.search("cerballiance");
    for (const result of results) {
      const data = await result.data();
      if (data.url === "/donnees/") return data.content as string;
    }
    return "";
  });
  expect(content).toMatch(/Cerballiance\s: Exposé/);
  expect(content).not.toMatch(/\p{Ll}(Exposé|Non exposé|Non précisé)/u);
});
