/**
 * The site model answers every lookup a page needs from one pass over the collections.
 * Pure inputs (tests/support/site-fixture.ts), no build.
 */
import { describe, expect, it } from "vitest";
import { faqIndexView } from "../../src/lib/site/views/faq-index.ts";
import { buildSiteModel } from "../../src/lib/site/model.ts";
import { event, incident, page, smallSite } from "../support/site-fixture.ts";

const site = buildSiteModel(smallSite());

describe("the site model", () => {
  it("finds pages by address and by language and key", () => {
    expect(site.pageAt("/incidents/alpha-2024/")?.id).toBe("fr/incidents/alpha-2024");
    expect(site.pageAt("/en/")?.id).toBe("en/index");
    expect(site.pageOf("en", "incident-alpha")?.url).toBe("/en/incidents/alpha-2024/");
    expect(site.pageOf("en", "incident-beta")).toBeUndefined();
  });

  it("finds the pages of one kind in one language, and none of a kind the language lacks", () => {
    expect(site.pagesOfKind("fr", "incident").map((page) => page.url)).toEqual([
      "/incidents/alpha-2024/",
      "/incidents/beta-2025/",
    ]);
    expect(site.pagesOfKind("en", "incident").map((page) => page.url)).toEqual(["/en/incidents/alpha-2024/"]);
    expect(site.pagesOfKind("en", "press")).toEqual([]);
  });

  it("pairs translations by key, each language once, itself included", () => {
    const alpha = site.pageAt("/incidents/alpha-2024/")!;
    expect(site.translations(alpha)).toEqual([
      { lang: "fr", url: "/incidents/alpha-2024/" },
      { lang: "en", url: "/en/incidents/alpha-2024/" },
    ]);
    expect(site.translations(site.pageAt("/incidents/beta-2025/")!)).toEqual([
      { lang: "fr", url: "/incidents/beta-2025/" },
    ]);
  });

  it("builds the breadcrumb trail from the pages that exist, home first", () => {
    expect(site.trail(site.pageAt("/donnees/nir/")!)).toEqual([
      { title: "Accueil", url: "/" },
      { title: "Title of fr/donnees/index", url: "/donnees/" },
      { title: "Title of fr/donnees/nir", url: "/donnees/nir/" },
    ]);
    expect(site.trail(site.pageAt("/en/incidents/alpha-2024/")!).map((crumb) => crumb.url)).toEqual([
      "/en/",
      "/en/incidents/",
      "/en/incidents/alpha-2024/",
    ]);
    expect(site.trail(site.pageAt("/")!)).toEqual([{ title: "Accueil", url: "/" }]);
  });

  it("lists incidents newest first, and per language only those with a page", () => {
    expect(site.incidents.map((record) => record.id)).toEqual(["beta-2025", "alpha-2024"]);
    expect(site.incidentsIn("en").map((record) => record.id)).toEqual(["alpha-2024"]);
    expect(site.incident("alpha-2024")?.pages.en?.url).toBe("/en/incidents/alpha-2024/");
  });

  it("gives each incident its figures (people concerned first) and events (oldest first)", () => {
    const alpha = site.incident("alpha-2024")!;
    expect(alpha.figures.map((f) => f.id)).toEqual(["people-both", "alpha-portfolio"]);
    expect(alpha.people?.id).toBe("people-both");
    expect(alpha.events.map((e) => e.id)).toEqual(["alpha-first", "shared"]);
    // A shared event is shown on both incidents, once each.
    expect(site.incident("beta-2025")!.events.map((e) => e.id)).toEqual(["shared"]);
  });

  it("numbers sources by their place in the bibliography and lists them in that order", () => {
    expect(site.source("press")?.number).toBe(3);
    expect(site.sourcesIn(["press", "seed", "press", "unknown"]).map((s) => s.id)).toEqual(["seed", "press"]);
  });

  it("links category pages and menus only where the page exists in that language", () => {
    expect(site.categoryUrl("fr", "nir")).toBe("/donnees/nir/");
    expect(site.categoryUrl("en", "nir")).toBeUndefined();
    expect(site.menu("fr", "nav")).toEqual([
      { url: "/incidents/", label: "nav.incidents" },
      { url: "/que-faire/", label: "nav.whatToDo" },
    ]);
    expect(site.menu("en", "nav")).toEqual([{ url: "/en/incidents/", label: "nav.incidents" }]);
    expect(site.menu("fr", "footer")).toEqual([]);
  });

  it("logs every change of a language, newest first, without the log page itself", () => {
    const changes = site.changes("fr");
    expect(changes[0]).toMatchObject({ date: "2026-11-30", summary: "Nouvelle question", url: "/faq/" });
    expect(changes.map((change) => change.url)).not.toContain("/mises-a-jour/");
    expect(site.changes("en").every((change) => change.url.startsWith("/en/"))).toBe(true);
  });

  it("builds 10,000 incidents with their figures and events in one pass", () => {
    const many = Array.from({ length: 10_000 }, (_, index) => `bench-${index}`);
    const model = buildSiteModel(
      smallSite({
        pages: many.map((id) => page(`fr/incidents/${id}`, { kind: "incident", key: id, incident: id })),
        incidents: many.map((id, index) =>
          incident(id, `2024-01-${String((index % 28) + 1).padStart(2, "0")}`),
        ),
        events: many.map((id) => event(`event-${id}`, "2024-02-01", [id])),
        figures: [],
      }),
    );
    expect(model.incidentsIn("fr")).toHaveLength(10_000);
    expect(model.incident("bench-9999")?.events.map((e) => e.id)).toEqual(["event-bench-9999"]);
    expect(model.pageOf("fr", "bench-42")?.url).toBe("/incidents/bench-42/");
  });
});

describe("the FAQ's index", () => {
  it("heads each theme with the theme alone, capitalised, and lists its questions", () => {
    const theme = page("fr/faq/ce-qui-s-est-passe", {
      kind: "faq",
      key: "faq-ce-qui-s-est-passe",
      title: "Questions fréquentes : ce qui s'est passé",
    });
    theme.metadata.headings.push({ depth: 2, slug: "quand", text: "Quand ?" });
    const faqSite = buildSiteModel(
      smallSite({
        pages: [
          page("fr/index", { kind: "home", key: "home", title: "Accueil" }),
          page("fr/faq", { kind: "faq-index", key: "faq", title: "Questions fréquentes" }),
          theme,
        ],
      }),
    );
    expect(faqIndexView(faqSite, faqSite.pageAt("/faq/")!).themes).toEqual([
      {
        id: "ce-qui-s-est-passe",
        title: "Ce qui s'est passé",
        url: "/faq/ce-qui-s-est-passe/",
        questions: [{ id: "quand", text: "Quand ?", url: "/faq/ce-qui-s-est-passe/#quand" }],
      },
    ]);
  });
});
