/**
 * The language link's anchor pairing: anchors pair only through keys both pages share (the
 * same id, a dictionary key, a data file's id, a place in outlines that agree), and a page
 * whose outline differs from its translation's pairs what it can and nothing wrongly.
 */
import { describe, expect, it } from "vitest";
import { encodePairs, pairAnchors, type PageAnchors } from "../../src/lib/site/anchor-pairs.ts";
import { pairedAnchor } from "../../src/lib/text/paired-anchor.ts";
import { buildSiteModel } from "../../src/lib/site/model.ts";
import { page, smallSite } from "../support/site-fixture.ts";

const outline = (...headings: [number, string][]): PageAnchors => ({
  anchors: headings.map(([, slug]) => slug),
  headings: headings.map(([depth, slug]) => ({ depth, slug })),
});
const withAnchors = (anchors: string[], page: PageAnchors = outline()): PageAnchors => ({
  ...page,
  anchors: [...page.anchors, ...anchors],
});
const NAMED = [
  ["historique", "history"],
  ["lessentiel", "summary"],
  ["agir", "act"],
] as const;

describe("pairing anchors", () => {
  it("pairs the headings of identical outlines by their place", () => {
    const french = outline([2, "tout-de-suite"], [3, "carte-bancaire"], [2, "porter-plainte"]);
    const english = outline([2, "right-now"], [3, "bank-card"], [2, "filing-a-complaint"]);
    expect(Object.fromEntries(pairAnchors(french, english, NAMED))).toEqual({
      "tout-de-suite": "right-now",
      "carte-bancaire": "bank-card",
      "porter-plainte": "filing-a-complaint",
    });
  });

  it("pairs template anchors by dictionary key and ids made from the facts as themselves", () => {
    const french = withAnchors(["historique", "lessentiel", "source-cnil", "event-a"]);
    const english = withAnchors(["history", "summary", "source-cnil", "event-a"]);
    expect(Object.fromEntries(pairAnchors(french, english, NAMED))).toEqual({
      historique: "history",
      lessentiel: "summary",
      "source-cnil": "source-cnil",
      "event-a": "event-a",
    });
  });

  it("leaves a dictionary anchor unpaired when the other page does not have it", () => {
    const pairs = pairAnchors(withAnchors(["historique"]), withAnchors([]), NAMED);
    expect(pairs.has("historique")).toBe(false);
  });

  it("pairs a data file's keys and an anchor made of a paired one and a dictionary word", () => {
    const french = withAnchors(["rien-donne", "rien-donne-agir"]);
    const english = withAnchors(["nothing-given", "nothing-given-act"]);
    const pairs = pairAnchors(french, english, NAMED, [["rien-donne", "nothing-given"]]);
    expect(pairs.get("rien-donne-agir")).toBe("nothing-given-act");
  });

  it("pairs only what it can when a section was added on one side, and nothing wrongly", () => {
    // The French page has one more section (« usurpation »); the English one does not.
    const french = outline(
      [2, "tout-de-suite"],
      [3, "carte-bancaire"],
      [2, "usurpation"],
      [2, "rib"],
      [2, "porter-plainte"],
      [3, "lettre"],
    );
    const english = outline(
      [2, "right-now"],
      [3, "bank-card"],
      [2, "rib"],
      [2, "filing-a-complaint"],
      [3, "letter"],
    );
    const pairs = pairAnchors(french, english, NAMED);
    // Between the start and « rib » (the same id on both pages) the levels differ: that run
    // stays unpaired rather than shifted by one; after « rib » they agree again.
    expect(Object.fromEntries(pairs)).toEqual({
      rib: "rib",
      "porter-plainte": "filing-a-complaint",
      lettre: "letter",
    });
  });

  it("pairs nothing by place when the outlines differ and no id is shared", () => {
    const french = outline([2, "a"], [2, "b"], [3, "c"]);
    const english = outline([2, "x"], [3, "y"], [2, "z"]);
    expect(pairAnchors(french, english, NAMED).size).toBe(0);
  });

  it("pairs no anchor whose target another anchor also claims", () => {
    const french = withAnchors(["historique", "vieux"]);
    const english = withAnchors(["history"]);
    const pairs = pairAnchors(french, english, [...NAMED, ["vieux", "history"]]);
    expect(pairs.has("historique")).toBe(false);
    expect(pairs.has("vieux")).toBe(false);
  });
});

describe("the pairing on the link", () => {
  const anchors = ["historique", "rib", "source-a", "source-b", "event-a", "orphelin"];
  const pairs = new Map([
    ["historique", "history"],
    ["rib", "rib"],
    ["source-a", "source-a"],
    ["source-b", "source-b"],
    ["event-a", "event-a"],
  ]);
  const encoded = encodePairs(anchors, pairs);

  it("is short: a family of ids made from the facts is written once", () => {
    expect(encoded).toBe("source-* event-a historique:history rib");
  });

  it("reads back every pair, and nothing for an unpaired or empty anchor", () => {
    for (const [from, to] of pairs) expect(pairedAnchor(encoded, from)).toBe(to);
    expect(pairedAnchor(encoded, "source-new")).toBe("source-new");
    expect(pairedAnchor(encoded, "orphelin")).toBeUndefined();
    expect(pairedAnchor(encoded, "")).toBeUndefined();
    expect(pairedAnchor("", "rib")).toBeUndefined();
  });

  it("keeps the press page's summary of an incident across languages, as a family", () => {
    const summaries = ["resume-viamedis-2024", "resume-almerys-2024"];
    const pressPairs = pairAnchors(withAnchors(summaries), withAnchors(summaries), []);
    const onLink = encodePairs(summaries, pressPairs);
    expect(onLink).toBe("resume-*");
    expect(pairedAnchor(onLink, "resume-almerys-2024")).toBe("resume-almerys-2024");
  });
});

describe("the site's pairing", () => {
  it("pairs a page's Markdown headings and registry anchors with its translation's", () => {
    const french = page("fr/que-faire", { kind: "guidance", key: "what-to-do", title: "Que faire" });
    french.metadata.headings.push({ depth: 2, slug: "tout-de-suite", text: "Tout de suite" });
    const english = page("en/what-to-do", { kind: "guidance", key: "what-to-do", title: "What to do" });
    english.metadata.headings.push({ depth: 2, slug: "right-now", text: "Right now" });
    const site = buildSiteModel(
      smallSite({
        pages: [french, english],
        anchors: {
          "/que-faire/": ["historique", "tout-de-suite"],
          "/en/what-to-do/": ["history", "right-now"],
        },
      }),
    );
    expect(site.languagePairs("/que-faire/", "/en/what-to-do/")).toBe(
      "historique:history tout-de-suite:right-now",
    );
    expect(site.languagePairs("/en/what-to-do/", "/que-faire/")).toBe(
      "history:historique right-now:tout-de-suite",
    );
  });
});
