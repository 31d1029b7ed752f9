import { describe, expect, it } from "vitest";
import { exposureOf, exposureRows, populationsOf } from "../../src/lib/facts/exposure.ts";
import type { Category } from "../../src/schemas/category.ts";

const category = (id: string, population: Category["population"]): Category => ({
  id,
  population,
  slug: { fr: id, en: id },
  label: { fr: id, en: id },
  implicationSources: [],
});
const categories = [
  category("civil-status", "both"),
  category("nir", "insured"),
  category("bank-details", "both"),
  category("birth-rank", "insured"),
  category("siret", "professionals"),
];
const incident = {
  exposure: {
    insured: {
      "bank-details": { status: "not-exposed" as const, sources: ["seed"] },
      nir: { status: "exposed" as const, sources: ["seed"] },
    },
  },
};

describe("exposure", () => {
  it("treats a category the facts leave out as not stated, never as not exposed", () => {
    expect(exposureOf(incident, "insured", "birth-rank").status).toBe("not-stated");
    expect(exposureOf(incident, "professionals", "siret").status).toBe("not-stated");
  });

  it("lists every category of the population: exposed, then not exposed, then not stated", () => {
    const rows = exposureRows(incident, "insured", categories);
    expect(rows.map((row) => [row.category.id, row.entry.status])).toEqual([
      ["nir", "exposed"],
      ["bank-details", "not-exposed"],
      ["civil-status", "not-stated"],
      ["birth-rank", "not-stated"],
    ]);
  });

  it("keeps professionals' categories out of the insured table and the other way round", () => {
    expect(exposureRows(incident, "insured", categories).map((r) => r.category.id)).not.toContain("siret");
    expect(exposureRows(incident, "professionals", categories).map((r) => r.category.id)).toEqual([
      "civil-status",
      "bank-details",
      "siret",
    ]);
  });

  it("shows only the populations the facts cover", () => {
    expect(populationsOf(incident)).toEqual(["insured"]);
  });
});
