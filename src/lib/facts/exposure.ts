/**
 * Exposure logic, kept free of Astro so it can be unit-tested: which categories a population
 * table shows, and in which state. A category the facts leave out is "not stated", never
 * "not exposed".
 */
import type { Category } from "../../schemas/category.ts";
import type { Population } from "../../schemas/common.ts";
import type { ExposureEntry, ExposureState, Incident } from "../../schemas/incident.ts";

export interface ExposureRow {
  category: Category;
  entry: ExposureEntry;
}

const STATE_ORDER: Record<ExposureState, number> = { exposed: 0, "not-exposed": 1, "not-stated": 2 };

export const NOT_STATED: ExposureEntry = { status: "not-stated", sources: [] };

export function appliesTo(category: Category, population: Population): boolean {
  return category.population === "both" || category.population === population;
}

/** The populations an incident has facts for, in a fixed order (insured first). */
export function populationsOf(incident: Pick<Incident, "exposure">): Population[] {
  return (["insured", "professionals"] as const).filter((population) => incident.exposure[population]);
}

/** What the sources say about one category for one population of one incident. */
export function exposureOf(
  incident: Pick<Incident, "exposure">,
  population: Population,
  categoryId: string,
): ExposureEntry {
  return incident.exposure[population]?.[categoryId] ?? NOT_STATED;
}

/**
 * Every category that applies to the population, with its state: exposed first, then not
 * exposed, then not stated, each group in vocabulary order, so a reader sees first what leaked.
 */
export function exposureRows(
  incident: Pick<Incident, "exposure">,
  population: Population,
  categories: readonly Category[],
): ExposureRow[] {
  return categories
    .filter((category) => appliesTo(category, population))
    .map((category, index) => ({ category, entry: exposureOf(incident, population, category.id), index }))
    .sort((a, b) => STATE_ORDER[a.entry.status] - STATE_ORDER[b.entry.status] || a.index - b.index)
    .map(({ category, entry }) => ({ category, entry }));
}

export interface ExposureSummary {
  exposed: Category[];
  notExposed: Category[];
  notStated: Category[];
  /** What the exposed categories mean for the person, each with its sources. */
  implications: { category: Category; sources: string[] }[];
}

/** Groups a population's categories by state, for the "what this means for you" section. */
export function summariseExposure(
  incident: Pick<Incident, "exposure">,
  population: Population,
  categories: readonly Category[],
): ExposureSummary {
  const rows = exposureRows(incident, population, categories);
  const inState = (state: ExposureState) =>
    rows.filter((row) => row.entry.status === state).map((row) => row.category);
  const exposed = inState("exposed");
  return {
    exposed,
    notExposed: inState("not-exposed"),
    notStated: inState("not-stated"),
    implications: exposed
      .filter((category) => category.implication)
      .map((category) => ({ category, sources: category.implicationSources })),
  };
}
