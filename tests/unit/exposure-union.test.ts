/**
 * « Mes données exposées »: the union of what the chosen incidents exposed, strongest first,
 * and the selection carried by the address. Pure inputs; the last test reads the real facts.
 */
import { describe, expect, it } from "vitest";
import {
  exposedAcross,
  selectionFrom,
  selectionQuery,
  type ExposureCell,
} from "../../src/lib/facts/exposure-union.ts";
import { buildSiteModel } from "../../src/lib/site/model.ts";
import { comparisonView } from "../../src/lib/site/views/comparison.ts";
import { category, incident, smallSite } from "../support/site-fixture.ts";

const order = ["civil-status", "nir", "insurer-name", "phone", "email"];
const cell = (incidentId: string, categoryId: string, state: ExposureCell["state"]): ExposureCell => ({
  incident: incidentId,
  category: categoryId,
  state,
});
const cells = [
  cell("a", "phone", "exposed"),
  cell("a", "nir", "exposed"),
  cell("a", "email", "not-stated"),
  cell("b", "nir", "exposed"),
  cell("b", "civil-status", "exposed"),
  cell("b", "phone", "not-exposed"),
  cell("c", "email", "exposed"),
];

describe("exposedAcross", () => {
  it("puts first what most chosen incidents exposed, then follows the vocabulary order", () => {
    expect(exposedAcross(["a", "b"], cells, order)).toEqual([
      { category: "nir", incidents: ["a", "b"] },
      { category: "civil-status", incidents: ["b"] },
      { category: "phone", incidents: ["a"] },
    ]);
  });

  it("counts only exposed cells: not stated is neither exposed nor safe", () => {
    const union = exposedAcross(["a"], cells, order);
    expect(union.map((item) => item.category)).toEqual(["nir", "phone"]);
    expect(union.some((item) => item.category === "email")).toBe(false);
  });

  it("ignores incidents that were not chosen, and returns nothing for no choice", () => {
    expect(exposedAcross(["c"], cells, order)).toEqual([{ category: "email", incidents: ["c"] }]);
    expect(exposedAcross([], cells, order)).toEqual([]);
  });

  it("lists a category's incidents in the order they were chosen (the columns' order)", () => {
    expect(exposedAcross(["b", "a"], cells, order)[0]).toEqual({ category: "nir", incidents: ["b", "a"] });
  });
});

describe("selection in the address", () => {
  const known = ["viamedis-2024", "almerys-2024", "beta-2025"];

  it("reads known ids only, each once, in column order", () => {
    expect(selectionFrom("?incident=beta-2025&incident=viamedis-2024&incident=beta-2025", known)).toEqual([
      "viamedis-2024",
      "beta-2025",
    ]);
    expect(selectionFrom("?incident=unknown&q=x", known)).toEqual([]);
    expect(selectionFrom("", known)).toEqual([]);
  });

  it("writes a query that reads back to the same selection, and nothing for no choice", () => {
    const query = selectionQuery(["viamedis-2024", "almerys-2024"]);
    expect(query).toBe("?incident=viamedis-2024&incident=almerys-2024");
    expect(selectionFrom(query, known)).toEqual(["viamedis-2024", "almerys-2024"]);
    expect(selectionQuery([])).toBe("");
  });
});

describe("the comparison page's chooser", () => {
  const site = buildSiteModel(
    smallSite({
      categories: [
        category("bank-details", "both"),
        category("nir", "insured", {
          implication: { fr: "Prudence dans la durée.", en: "Stay careful." },
          implicationSources: ["cnil"],
        }),
        category("siret", "professionals"),
      ],
      incidents: [
        incident("alpha-2024", "2024-02-01", {
          insured: {
            nir: { status: "exposed", sources: ["seed"] },
            "bank-details": { status: "not-exposed", sources: ["seed"] },
          },
          professionals: { siret: { status: "exposed", sources: ["seed"] } },
        }),
        incident("beta-2025", "2025-09-23", { insured: { nir: { status: "exposed", sources: ["press"] } } }),
      ],
    }),
  );
  const { chooser, factSources } = comparisonView(site, "fr");

  it("offers every incident with insured people's facts, and every category one of them exposed", () => {
    expect(chooser.groups.flatMap((group) => group.incidents).map((item) => item.id)).toEqual([
      "beta-2025",
      "alpha-2024",
    ]);
    // Professionals' data (siret) is not the reader's; a category nobody exposed is not offered.
    expect(chooser.exposedCategories.map((item) => item.category.id)).toEqual(["nir"]);
    expect(chooser.exposedCategories[0]?.implication?.text).toBe("Prudence dans la durée.");
  });

  it("breaks ties with the categories that call for a precaution first", () => {
    expect(chooser.categoryOrder).toEqual(["nir", "bank-details", "siret"]);
  });

  it("cites the sources of the precautions it writes", () => {
    expect(factSources).toContain("cnil");
  });
});
