import { describe, expect, it } from "vitest";
import {
  coveringSources,
  exposureOf,
  exposureRows,
  populationsOf,
  exposureByState,
} from "../../src/lib/facts/exposure.ts";
import type { Category } from "../../src/schemas/category.ts";

const category = (id: string, population: Category["population"]): Category => ({
  id,
  population,
  slug: { fr: id, en: id },
  label: { fr: id, en: id },
  inText: { fr: id, en: id },
  short: { fr: id, en: id },
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

  it("lists a category only some services hold only where the facts mention it", () => {
    const notes = { ...category("free-text-medical-notes", "insured"), onlyWhereStated: true };
    expect(
      exposureRows(incident, "insured", [...categories, notes]).map((row) => row.category.id),
    ).not.toContain("free-text-medical-notes");
    const stated = {
      exposure: { insured: { "free-text-medical-notes": { status: "exposed" as const, sources: ["seed"] } } },
    };
    expect(exposureRows(stated, "insured", [notes]).map((row) => row.entry.status)).toEqual(["exposed"]);
  });

  it("lists a category mentioned with no state where the facts mention it, even as not stated", () => {
    const labOnly = { ...category("death-certificates", "insured"), onlyWhereStated: true };
    const ids = (facts: typeof incident) =>
      exposureRows(facts, "insured", [...categories, labOnly]).map((row) => row.category.id);
    expect(ids(incident)).not.toContain("death-certificates");
    const mentioned = {
      exposure: {
        insured: {
          ...incident.exposure.insured,
          "death-certificates": { status: "not-stated" as const, sources: ["seed"] },
        },
      },
    };
    expect(ids(mentioned)).toContain("death-certificates");
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

  it("never lists a not-stated category that carries a note among those the sources say nothing about", () => {
    const reported = {
      exposure: {
        insured: {
          "birth-rank": {
            status: "not-stated" as const,
            sources: ["broker"],
            note: { fr: "Une FAQ de courtier le mentionne.", en: "A broker's FAQ mentions it." },
          },
        },
      },
    };
    const byState = exposureByState(reported, "insured", categories);
    expect(byState.notStated.map((category) => category.id)).toEqual(["civil-status", "nir", "bank-details"]);
    expect(byState.reported.map((row) => [row.category.id, row.entry.sources])).toEqual([
      ["birth-rank", ["broker"]],
    ]);
  });

  it("keeps who states a category's state, for every list that names it", () => {
    const attributed = {
      exposure: {
        insured: {
          "bank-details": {
            status: "not-exposed" as const,
            sources: ["press"],
            according: "Malakoff Humanis",
          },
        },
      },
    };
    const [row] = exposureByState(attributed, "insured", categories).notExposed;
    expect(row?.entry.according).toBe("Malakoff Humanis");
  });

  it("gives an incident's own advice with that incident only, after what a category means anywhere", () => {
    const withImplication = categories.map((category) =>
      category.id === "nir"
        ? {
            ...category,
            implication: { fr: "Le NIR ne change pas.", en: "The NIR cannot change." },
            implicationSources: ["tf1"],
          }
        : category,
    );
    const advised = {
      exposure: {
        insured: {
          nir: { status: "exposed" as const, sources: ["seed"] },
          "bank-details": {
            status: "exposed" as const,
            sources: ["fspf"],
            advice: { text: { fr: "Prévenez la banque.", en: "Tell the bank." }, sources: ["fspf"] },
          },
        },
      },
    };
    expect(exposureByState(advised, "insured", withImplication).implications).toEqual([
      { text: { fr: "Le NIR ne change pas.", en: "The NIR cannot change." }, sources: ["tf1"] },
      { text: { fr: "Prévenez la banque.", en: "Tell the bank." }, sources: ["fspf"] },
    ]);
    expect(exposureByState(incident, "insured", withImplication).implications).toEqual([
      { text: { fr: "Le NIR ne change pas.", en: "The NIR cannot change." }, sources: ["tf1"] },
    ]);
  });
});

describe("the sources the summary at the top cites", () => {
  it("backs every entry by one of its own sources, with as few sources as it can", () => {
    const entries = [
      { sources: ["press-a", "operator"] },
      { sources: ["operator", "press-b"] },
      { sources: ["press-c"] },
      { sources: ["press-b", "operator"] },
    ];
    const cited = coveringSources(entries);
    expect(cited).toEqual(["operator", "press-c"]);
    for (const entry of entries) expect(entry.sources.some((source) => cited.includes(source))).toBe(true);
  });

  it("keeps the order the sources are first cited in, and cites nothing for nothing", () => {
    expect(coveringSources([{ sources: ["b"] }, { sources: ["a"] }])).toEqual(["b", "a"]);
    expect(coveringSources([])).toEqual([]);
    expect(coveringSources([{ sources: [] }])).toEqual([]);
  });
});
