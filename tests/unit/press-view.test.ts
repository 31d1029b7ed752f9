/**
 * The press page's view: a quotable summary for every incident, generated from its facts, and
 * each key figure with the one source it is quoted from. Pure inputs, no build.
 */
import { describe, expect, it } from "vitest";
import { buildSiteModel } from "../../src/lib/site/model.ts";
import { pressView } from "../../src/lib/site/views/press.ts";
import { figure, incident, page, smallSite, source } from "../support/site-fixture.ts";

const base = smallSite();
const input = smallSite({
  pages: [
    ...base.pages,
    page("fr/presse", { kind: "press", key: "presse" }),
    page("fr/sources", { kind: "sources", key: "sources" }),
    page("fr/incidents/gamma-2025", { kind: "incident", key: "incident-gamma", incident: "gamma-2025" }),
  ],
  incidents: [
    ...base.incidents,
    // Known only from claims: nothing stated exposed or not.
    incident("gamma-2025", "2025-11-19", { insured: { nir: { status: "not-stated", sources: [] } } }),
  ],
  figures: [
    figure("alpha-portfolio", ["alpha-2024"], { sources: ["seed", "cnil", "press"] }),
    figure("people-both", ["alpha-2024", "beta-2025"], { peopleConcerned: true, qualifier: "more-than" }),
  ],
  sources: [...base.sources.filter((s) => s.id !== "cnil"), { ...source("cnil"), kind: "official" }],
});
const site = buildSiteModel(input);
const press = pressView(site, site.pageAt("/presse/")!);

describe("the press page's summaries", () => {
  it("has one summary per incident, a new incident included, each linked to its page", () => {
    expect(press.incidents.map((incident) => [incident.id, incident.url])).toEqual([
      ["gamma-2025", "/incidents/gamma-2025/"],
      ["beta-2025", "/incidents/beta-2025/"],
      ["alpha-2024", "/incidents/alpha-2024/"],
    ]);
    expect(press.incidents.map((incident) => incident.title)).toContain("Title of fr/incidents/alpha-2024");
  });

  it("says what was exposed and not from the facts, and never turns « not stated » into « not exposed »", () => {
    const alpha = press.incidents.find((incident) => incident.id === "alpha-2024")!;
    expect(alpha.exposed.map((mention) => mention.label)).toEqual(["le nir"]);
    expect(alpha.notExposed.map((mention) => mention.label)).toEqual(["le bank-details"]);
    const gamma = press.incidents.find((incident) => incident.id === "gamma-2025")!;
    expect(gamma.exposed).toEqual([]);
    expect(gamma.notExposed).toEqual([]);
  });

  it("gives the people count and the other incidents a shared count also covers", () => {
    const alpha = press.incidents.find((incident) => incident.id === "alpha-2024")!;
    expect(alpha.people?.figure.id).toBe("people-both");
    expect(alpha.people?.sharedWith).toEqual(["beta"]);
    expect(press.incidents.find((incident) => incident.id === "gamma-2025")!.people).toBeUndefined();
  });

  it("cites the sources of its facts, each pointing at the bibliography", () => {
    const beta = press.incidents.find((incident) => incident.id === "beta-2025")!;
    expect(beta.sources).toEqual(["press", "seed"]);
    expect(press.summarySourceUrls.get("press")).toBe("/sources/#source-press");
  });
});

describe("the press page's key figures", () => {
  it("name the most authoritative source, and link to the figure with all its sources", () => {
    const portfolio = press.figures.find(({ figure }) => figure.id === "alpha-portfolio")!;
    expect(portfolio.main).toEqual({ id: "cnil", publisher: "Publisher cnil" });
    expect(portfolio.others).toBe(2);
    expect(portfolio.allSourcesUrl).toBe("/incidents/alpha-2024/#figure-alpha-portfolio");
  });

  it("lead with the counts of people concerned, featured incidents first (the site's subject before a bigger later leak)", () => {
    const withFeatured = buildSiteModel({
      ...input,
      featuredIncidents: ["alpha-2024"],
      // Listed first in the figures file, as a newer leak's count can be.
      figures: [
        figure("people-gamma", ["gamma-2025"], { peopleConcerned: true, qualifier: "about" }),
        ...input.figures,
      ],
    });
    const ids = pressView(withFeatured, withFeatured.pageAt("/presse/")!).figures.map(
      ({ figure }) => figure.id,
    );
    expect(ids).toEqual(["people-both", "people-gamma", "alpha-portfolio"]);
  });

  it("name the first source among equals", () => {
    const people = press.figures.find(({ figure }) => figure.id === "people-both")!;
    expect(people.main.id).toBe("seed");
    expect(people.others).toBe(0);
  });
});
