/**
 * Lists stay short at any number of incidents: the home page, the incident list, a data
 * category and the comparison show the newest; archive pages by year (and numbered pages)
 * reach every incident and every change, at addresses that only ever get added.
 */
import { describe, expect, it } from "vitest";
import { buildSiteModel } from "../../src/lib/site/model.ts";
import { pageModel, viewOf } from "../../src/lib/site/page-model.ts";
import { siteConfig } from "../../src/site.config.ts";
import { incident, page, smallSite } from "../support/site-fixture.ts";

const options = { site: new URL("https://example.org"), today: "2026-12-02" };

/** The small site plus `count` incidents announced in 2025, each with a French page. */
function bigSite(count: number) {
  const base = smallSite();
  const ids = Array.from({ length: count }, (_, index) => `bench-${String(index).padStart(5, "0")}`);
  return buildSiteModel({
    ...base,
    pages: [
      ...base.pages,
      ...ids.map((id) => page(`fr/incidents/${id}`, { kind: "incident", key: id, incident: id })),
    ],
    incidents: [
      ...base.incidents,
      ...ids.map((id, index) =>
        incident(
          id,
          `2025-${String((index % 12) + 1).padStart(2, "0")}-${String((index % 28) + 1).padStart(2, "0")}`,
          {
            insured: { nir: { status: "exposed", sources: ["seed"] } },
          },
        ),
      ),
    ],
  });
}

const site = bigSite(250);
const modelAt = (url: string) => pageModel(site, site.pageAt(url)!, options);

describe("lists at 250 incidents", () => {
  it("the home page shows the featured incidents, then the newest others, and links to all", () => {
    const { home } = viewOf(modelAt("/"), "home");
    expect(home.others).toHaveLength(siteConfig.lists.homeOthers);
    expect(home.allUrl).toBe("/incidents/");
  });

  it("the incident list shows the featured incidents, the newest others, and links to every year", () => {
    const { list } = viewOf(modelAt("/incidents/"), "incidents");
    // The fixture's featured incidents are not in siteConfig; the count is the newest only.
    expect(list.cards).toHaveLength(siteConfig.lists.latestIncidents);
    expect(list.latest).toBe(siteConfig.lists.latestIncidents);
    expect(list.years.map((year) => year.url)).toEqual(["/incidents/2025/", "/incidents/2024/"]);
  });

  it("a year past one page is split into numbered pages that together hold each incident once", () => {
    const first = site.archiveAt("/incidents/2025/")!;
    expect(first.archive.pageCount).toBe(3);
    expect(first.archive.siblings.map((sibling) => sibling.url)).toEqual([
      "/incidents/2025/",
      "/incidents/2025/2/",
      "/incidents/2025/3/",
    ]);
    const listed = first.archive.siblings.flatMap((sibling) =>
      site.archiveAt(sibling.url)!.incidents.map((i) => i.id),
    );
    // The 250 generated incidents and the fixture's own 2025 incident.
    expect(listed).toHaveLength(251);
    expect(new Set(listed).size).toBe(251);
  });

  it("archive pages are built pages with their own title, and are kept out of search", () => {
    expect(site.pages.map((p) => p.url)).toContain("/incidents/2025/3/");
    const model = modelAt("/incidents/2025/2/");
    expect(model.title).toBe("Incidents annoncés en 2025 (page 2 sur 3)");
    expect(model.indexed).toBe(false);
    expect(model.changes).toEqual([]);
    expect(site.trail(site.pageAt("/incidents/2025/2/")!).map((crumb) => crumb.url)).toEqual([
      "/",
      "/incidents/",
      "/incidents/2025/",
      "/incidents/2025/2/",
    ]);
  });

  it("a data category lists its newest incidents and counts them all, per population", () => {
    const { category } = viewOf(modelAt("/donnees/nir/"), "category");
    expect(new Set(category.rows.map((row) => row.incidentId)).size).toBe(siteConfig.lists.categoryRows);
    expect(category.counts).toEqual([
      { population: "insured", exposed: 252, "not-exposed": 0, "not-stated": 0 },
    ]);
    expect(category.allUrl).toBe("/incidents/");
  });

  it("the comparison shows the newest incidents as columns", () => {
    const { comparison } = viewOf(modelAt("/donnees/"), "categories");
    expect(comparison.groups[0]!.tables[0]!.incidents).toHaveLength(siteConfig.lists.comparisonColumns);
    expect(comparison.groups[0]!.latest).toBe(siteConfig.lists.comparisonColumns);
  });

  it("the change log shows the newest changes and keeps older ones by year", () => {
    const { log } = viewOf(modelAt("/mises-a-jour/"), "updates");
    expect(log.changes.length).toBeLessThanOrEqual(siteConfig.lists.latestChanges);
    expect(log.years.map((year) => year.url)).toEqual(["/mises-a-jour/2026/"]);
  });
});

describe("featured incidents", () => {
  it("stay on the incident list and the home page however many newer incidents there are", () => {
    const base = smallSite();
    const ids = Array.from({ length: 40 }, (_, index) => `new-${index}`);
    const model = buildSiteModel({
      ...base,
      // The model alone says which incidents are featured, from what the build passes it.
      featuredIncidents: siteConfig.featuredIncidents,
      pages: [
        ...base.pages,
        page("fr/incidents/viamedis-2024", { kind: "incident", key: "v", incident: "viamedis-2024" }),
        ...ids.map((id) => page(`fr/incidents/${id}`, { kind: "incident", key: id, incident: id })),
      ],
      incidents: [
        ...base.incidents,
        incident("viamedis-2024", "2024-02-01"),
        ...ids.map((id) => incident(id, "2026-01-15")),
      ],
    });
    const at = (url: string) => pageModel(model, model.pageAt(url)!, options);
    const listed = viewOf(at("/incidents/"), "incidents").list.cards.map((card) => card.id);
    expect(listed).toContain("viamedis-2024");
    expect(listed).toHaveLength(siteConfig.lists.latestIncidents + 1);
    expect(viewOf(at("/"), "home").home.featured.map((card) => card.id)).toEqual(["viamedis-2024"]);
  });
});

describe("lists of a small site", () => {
  const small = buildSiteModel(smallSite());
  it("show everything, with no 'newest only' note", () => {
    const model = pageModel(small, small.pageAt("/incidents/")!, options);
    const { list } = viewOf(model, "incidents");
    expect(list.cards).toHaveLength(2);
    expect(list.latest).toBeUndefined();
    expect(viewOf(pageModel(small, small.pageAt("/")!, options), "home").home.allUrl).toBeUndefined();
  });
});

describe("the leaks that complete the picture", () => {
  const base = smallSite();
  const related = Array.from({ length: 15 }, (_, index) => `related-${index}`);
  const health = Array.from({ length: 15 }, (_, index) => `health-${index}`);
  const model = buildSiteModel({
    ...base,
    featuredIncidents: ["alpha-2024"],
    pages: [
      ...base.pages,
      ...[...related, ...health].map((id) =>
        page(`fr/incidents/${id}`, { kind: "incident", key: id, incident: id }),
      ),
    ],
    incidents: [
      ...base.incidents,
      // The related leaks are the newest: they must not push the health leaks off any list.
      ...related.map((id) => ({
        ...incident(id, "2026-03-01", {
          insured: { nir: { status: "exposed" as const, sources: ["seed"] } },
        }),
        data: {
          ...incident(id, "2026-03-01", {
            insured: { nir: { status: "exposed" as const, sources: ["seed"] } },
          }).data,
          group: "related" as const,
        },
      })),
      ...health.map((id) =>
        incident(id, "2025-01-01", { insured: { nir: { status: "exposed" as const, sources: ["seed"] } } }),
      ),
    ],
  });
  const at = (url: string) => pageModel(model, model.pageAt(url)!, options);

  it("come after the health leaks in the order every general list follows", () => {
    const order = model.incidentsFeaturedFirst("fr").map((incident) => incident.id);
    expect(order[0]).toBe("alpha-2024");
    expect(order.findIndex((id) => id.startsWith("related"))).toBeGreaterThan(
      order.findLastIndex((id) => !id.startsWith("related")),
    );
  });

  it("have their own section and limit on the home page and on /incidents/", () => {
    const { home } = viewOf(at("/"), "home");
    expect(home.others.every((card) => !card.id.startsWith("related"))).toBe(true);
    expect(home.others).toHaveLength(siteConfig.lists.homeOthers);
    expect(home.related).toHaveLength(siteConfig.lists.homeRelated);
    expect(home.related.every((card) => card.id.startsWith("related"))).toBe(true);
    const { list } = viewOf(at("/incidents/"), "incidents");
    expect(list.cards.every((card) => !card.id.startsWith("related"))).toBe(true);
    expect(list.related).toHaveLength(related.length);
  });

  it("form a second group of the comparison, which never takes the health leaks' columns", () => {
    const { comparison } = viewOf(at("/donnees/"), "categories");
    expect(comparison.groups.map((group) => group.group)).toEqual(["health", "related"]);
    const [healthGroup, relatedGroup] = comparison.groups;
    expect(healthGroup!.tables[0]!.incidents[0]!.id).toBe("alpha-2024");
    expect(healthGroup!.tables[0]!.incidents).toHaveLength(siteConfig.lists.comparisonColumns);
    expect(relatedGroup!.tables[0]!.incidents).toHaveLength(siteConfig.lists.comparisonColumnsRelated);
    expect(comparison.chooser.groups.map((group) => group.group)).toEqual(["health", "related"]);
  });
});
