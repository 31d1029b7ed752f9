/**
 * The page model: what one page shows, from the site model. Pure inputs, no build.
 */
import { describe, expect, it } from "vitest";
import { buildSiteModel } from "../../src/lib/site/model.ts";
import { pageCacheKey, pageModel, viewOf } from "../../src/lib/site/page-model.ts";
import { incident, page, smallSite } from "../support/site-fixture.ts";

const options = { site: new URL("https://example.org"), today: "2026-12-02" };
const site = buildSiteModel(smallSite());
const modelAt = (url: string, model = site) => pageModel(model, model.pageAt(url)!, options);

/** The small site with a French glossary whose terms (its h3 headings) are these. */
const withGlossary = (...terms: string[]) => {
  const glossary = page("fr/glossaire", { kind: "glossary", key: "glossaire", title: "Glossaire" });
  glossary.metadata.headings = terms.map((text, index) => ({ depth: 3, slug: `terme-${index}`, text }));
  return smallSite({ pages: [...smallSite().pages, glossary] });
};

describe("the head of a page", () => {
  it("appends the site name to titles, except on the home page", () => {
    expect(modelAt("/que-faire/").head.title).toBe("Que faire · Fuites de données santé");
    expect(modelAt("/").head.title).toBe("Accueil");
    expect(modelAt("/").head.type).toBe("website");
  });

  it("gives absolute canonical, image and alternates, with French as x-default", () => {
    const head = modelAt("/en/incidents/alpha-2024/").head;
    expect(head.canonical).toBe("https://example.org/en/incidents/alpha-2024/");
    expect(head.image).toBe("https://example.org/og/en/incidents/alpha-2024.png");
    expect(head.alternates.map((a) => a.href)).toEqual([
      "https://example.org/incidents/alpha-2024/",
      "https://example.org/en/incidents/alpha-2024/",
    ]);
    expect(head.xDefault).toBe("https://example.org/incidents/alpha-2024/");
  });

  it("lists no alternates for a page that exists in one language only", () => {
    expect(modelAt("/incidents/beta-2025/").head.alternates).toEqual([]);
  });

  it("announces the site feed everywhere and an incident's own feed on its page", () => {
    expect(modelAt("/que-faire/").head.feeds.map((f) => f.href)).toEqual([
      "https://example.org/mises-a-jour/atom.xml",
    ]);
    expect(modelAt("/incidents/alpha-2024/").head.feeds.map((f) => f.href)).toEqual([
      "https://example.org/mises-a-jour/atom.xml",
      "https://example.org/incidents/alpha-2024/atom.xml",
    ]);
  });

  it("serialises JSON-LD so that no text can close its script element", () => {
    const evil = buildSiteModel(
      smallSite({
        pages: smallSite().pages.map((p) =>
          p.id === "fr/que-faire" ? { ...p, data: { ...p.data, title: "</script><script>alert(1)" } } : p,
        ),
      }),
    );
    const jsonLd = modelAt("/que-faire/", evil).head.jsonLd.join("");
    expect(jsonLd).not.toContain("</script>");
    expect(jsonLd).toContain("\\u003c/script\\u003e");
  });
});

describe("an incident page's search aliases", () => {
  it("are its operator and the names it alone gives, not a body every leak names", () => {
    const base = smallSite();
    const role = { fr: "rôle", en: "role" };
    const named = (names: string[]) => names.map((name) => ({ name, role, sources: ["seed"] }));
    const withNames = buildSiteModel({
      ...base,
      incidents: base.incidents.map((entry) => ({
        ...entry,
        data: {
          ...entry.data,
          named: named(entry.id === "alpha-2024" ? ["CNIL", "Zataz"] : ["CNIL"]),
        },
      })),
    });
    const aliases = modelAt("/incidents/alpha-2024/", withNames).searchAliases;
    expect(aliases).toContain("Zataz");
    expect(aliases).toContain("alpha");
    expect(aliases).not.toContain("CNIL");
  });
});

describe("an incident page", () => {
  const model = modelAt("/incidents/alpha-2024/");
  const { incident: view } = viewOf(model, "incident");

  it("shows each population's table, exposed first, and keeps unstated categories not stated", () => {
    expect(view.tables).toHaveLength(1);
    expect(view.tables[0]!.rows.map((row) => [row.category.id, row.entry.status])).toEqual([
      ["nir", "exposed"],
      ["bank-details", "not-exposed"],
      ["civil-status", "not-stated"],
    ]);
  });

  it("links a category to its page in the page's language", () => {
    expect(view.tables[0]!.rows[0]!.category).toEqual({
      id: "nir",
      label: "Libellé nir",
      url: "/donnees/nir/",
    });
  });

  it("says what the exposure means, with the sources of each implication", () => {
    // What was and was not exposed is at the top of the page (the glance) and in the table.
    expect(view.meaning[0]!.lists.map((list) => [list.label, list.categories.map((c) => c.id)])).toEqual([
      ["meaning.notStated", ["civil-status"]],
    ]);
    expect(view.glance?.exposed.map((c) => c.id)).toEqual(["nir"]);
    expect(view.glance?.notExposed.map((c) => c.id)).toEqual(["bank-details"]);
    expect(view.glance?.notStatedCount).toBe(1);
    expect(view.meaning[0]!.implications).toEqual([{ text: "Le NIR ne change pas.", sources: ["press"] }]);
  });

  it("lists every source it cites, prose and facts, once each in bibliography order", () => {
    expect(model.sources.map((s) => s.id)).toEqual(["seed", "cnil", "press", "cnil-communique-2024-02-07"]);
  });

  it("puts the operator and announcement before the update date", () => {
    expect(model.metaLine).toBe(
      "Opérateur\u00A0: alpha · annoncé le 1er février 2024 · Mis à jour le 29 novembre 2026",
    );
  });

  it("offers a ready-made citation with the page's absolute address and today's date", () => {
    expect(model.citation?.text).toContain("https://example.org/incidents/alpha-2024/");
    expect(model.citation?.text).toContain("consulté le 2 décembre 2026");
    expect(modelAt("/").citation).toBeUndefined();
  });
});

describe("list pages", () => {
  it("show incidents newest first, only those with a page in the language", () => {
    expect(viewOf(modelAt("/incidents/"), "incidents").list.cards.map((card) => card.id)).toEqual([
      "beta-2025",
      "alpha-2024",
    ]);
    expect(viewOf(modelAt("/en/incidents/"), "incidents").list.cards.map((card) => card.id)).toEqual([
      "alpha-2024",
    ]);
  });

  it("give a data category's state in each incident, and cite those states' sources", () => {
    const model = modelAt("/donnees/nir/");
    expect(viewOf(model, "category").category.rows.map((row) => [row.incidentId, row.entry.status])).toEqual([
      ["beta-2025", "exposed"],
      ["alpha-2024", "exposed"],
    ]);
    expect(model.sources.map((s) => s.id)).toEqual(["seed", "press"]);
  });

  it("compare every category across incidents, not stated where the facts say nothing", () => {
    const { comparison } = viewOf(modelAt("/donnees/"), "categories");
    const civil = comparison.groups[0]!.tables[0]!.rows.find((row) => row.category.id === "civil-status")!;
    expect(civil.cells.map((cell) => cell.entry.status)).toEqual(["not-stated", "not-stated"]);
  });

  it("write the search page's vocabulary so that no term can close its script element", () => {
    const term = "Viamedis</script><a href=https://evil.example/>Vérifiez vos droits</a><!--";
    const { search } = viewOf(modelAt("/recherche/", buildSiteModel(withGlossary(term))), "search");
    expect(search.vocabulary).not.toMatch(/[<>&]/);
    const vocabulary = JSON.parse(search.vocabulary) as { terms: string[]; groups: string[][] };
    expect(vocabulary.terms).toContain(
      "viamedis</script><a href=https://evil.example/>verifiez vos droits</a><!--",
    );
    expect(vocabulary.groups).toEqual(site.searchGroups("fr"));
  });

  it("hide the header search form on the search page itself", () => {
    expect(modelAt("/recherche/").chrome.searchUrl).toBeUndefined();
    expect(modelAt("/").chrome.searchUrl).toBe("/recherche/");
  });
});

describe("cache keys for incremental builds", () => {
  const keyAt = (url: string, input = smallSite()) => {
    const model = buildSiteModel(input);
    return pageCacheKey(model, model.pageAt(url)!, options);
  };

  it("change for an incident page when its facts change, not when another incident's do", () => {
    const changed = smallSite({
      incidents: [
        incident("alpha-2024", "2024-02-01", { insured: { nir: { status: "exposed", sources: ["cnil"] } } }),
        smallSite().incidents[1]!,
      ],
    });
    expect(keyAt("/incidents/alpha-2024/", changed)).not.toBe(keyAt("/incidents/alpha-2024/"));
    const beta = smallSite().incidents[1]!;
    const otherChanged = smallSite({
      incidents: [smallSite().incidents[0]!, { ...beta, data: { ...beta.data, operator: "Beta Santé" } }],
    });
    expect(keyAt("/incidents/alpha-2024/", otherChanged)).toBe(keyAt("/incidents/alpha-2024/"));
    expect(keyAt("/incidents/", otherChanged)).not.toBe(keyAt("/incidents/"));
  });

  it("change for a page whose trail shows a retitled page, not when that page's text changes", () => {
    const list = "fr/incidents/index";
    const retitled = smallSite({
      pages: smallSite().pages.map((p) =>
        p.id === list ? page(list, { kind: "incidents", key: "incidents", title: "Les incidents" }) : p,
      ),
    });
    const rewritten = smallSite({
      pages: smallSite().pages.map((p) => (p.id === list ? { ...p, digest: "rewritten" } : p)),
    });
    expect(keyAt("/incidents/alpha-2024/", retitled)).not.toBe(keyAt("/incidents/alpha-2024/"));
    expect(keyAt("/incidents/alpha-2024/", rewritten)).toBe(keyAt("/incidents/alpha-2024/"));
    expect(keyAt("/incidents/", rewritten)).not.toBe(keyAt("/incidents/"));
  });

  it("change for every page that numbers sources when the bibliography's order changes", () => {
    const reordered = smallSite({ sources: [...smallSite().sources].reverse() });
    expect(keyAt("/que-faire/", reordered)).not.toBe(keyAt("/que-faire/"));
  });

  it("change for the search page when a glossary term changes (its « did you mean » list), and come back when it is reverted", () => {
    const before = keyAt("/recherche/", withGlossary("ANSSI", "Tiers payant"));
    const edited = keyAt("/recherche/", withGlossary("ANSSI", "Tiers payant", "Hameçonnage"));
    const reverted = keyAt("/recherche/", withGlossary("ANSSI", "Tiers payant"));
    expect(edited).not.toBe(before);
    expect(reverted).toBe(before);
  });

  it("change for an incident page when another incident's new date pushes its table out of the images drawn", () => {
    // Twelve tables are drawn (siteConfig.lists.tableImages), newest first: with ten incidents
    // newer than beta, alpha is the twelfth, until a thirteenth incident's date is corrected
    // from before alpha's to after it. No page, title or address changes.
    const newer = Array.from({ length: 10 }, (_, index) => `gamma${index}-2026`);
    const crowded = (correctedDate: string) =>
      smallSite({
        incidents: [
          ...smallSite().incidents,
          ...newer.map((id) => incident(id, "2026-01-15")),
          incident("delta-2026", correctedDate),
        ],
        pages: [
          ...smallSite().pages,
          ...[...newer, "delta-2026"].map((id) =>
            page(`fr/incidents/${id}`, { kind: "incident", key: id, incident: id }),
          ),
        ],
      });
    const tableImage = (input: ReturnType<typeof smallSite>) =>
      viewOf(modelAt("/incidents/alpha-2024/", buildSiteModel(input)), "incident").incident.tableImage;
    expect(tableImage(crowded("2023-06-01"))).toBeDefined();
    expect(tableImage(crowded("2026-02-01"))).toBeUndefined();
    expect(keyAt("/incidents/alpha-2024/", crowded("2026-02-01"))).not.toBe(
      keyAt("/incidents/alpha-2024/", crowded("2023-06-01")),
    );
  });
});
