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

/**
 * Whether a table lists a category for an incident even when the sources say nothing: not for
 * data only some services hold (`onlyWhereStated`), nor for health data at a leak that is not
 * about health (`healthOnly`), where « not stated » would tell the reader nothing. Left out of a
 * table is still not stated.
 */
export function listedWhenNotStated(category: Category, incident: Partial<Pick<Incident, "group">>): boolean {
  return !category.onlyWhereStated && !(category.healthOnly && (incident.group ?? "health") !== "health");
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
 * A category only some services hold is listed only where the facts mention it.
 */
export function exposureRows(
  incident: Pick<Incident, "exposure"> & Partial<Pick<Incident, "group">>,
  population: Population,
  categories: readonly Category[],
): ExposureRow[] {
  return categories
    .filter((category) => appliesTo(category, population))
    .map((category, index) => ({ category, entry: exposureOf(incident, population, category.id), index }))
    .filter(({ category, entry }) => listedWhenNotStated(category, incident) || entry !== NOT_STATED)
    .sort((a, b) => STATE_ORDER[a.entry.status] - STATE_ORDER[b.entry.status] || a.index - b.index)
    .map(({ category, entry }) => ({ category, entry }));
}

export interface ExposureByState {
  exposed: ExposureRow[];
  notExposed: ExposureRow[];
  /** Categories on which the sources say nothing at all. */
  notStated: Category[];
  /**
   * Not stated by the operator, but with a note saying what another source reports: shown
   * with that note, never in the "sources say nothing" list.
   */
  reported: ExposureRow[];
  /**
   * What to keep in mind, each with its sources: what an exposed category means wherever it
   * leaks, then the precautions a source gives for this incident.
   */
  implications: { text: Category["label"]; sources: string[] }[];
}

/**
 * Groups a population's categories by state: for the glance at the top of an incident page,
 * its "what this means for you" section and the press page's paragraph on the incident.
 */
export function exposureByState(
  incident: Pick<Incident, "exposure"> & Partial<Pick<Incident, "group">>,
  population: Population,
  categories: readonly Category[],
): ExposureByState {
  const rows = exposureRows(incident, population, categories);
  const inState = (state: ExposureState) => rows.filter((row) => row.entry.status === state);
  const exposed = inState("exposed");
  const notStated = inState("not-stated");
  return {
    exposed,
    notExposed: inState("not-exposed"),
    notStated: notStated.filter((row) => !row.entry.note).map((row) => row.category),
    reported: notStated.filter((row) => row.entry.note),
    implications: [
      ...exposed.flatMap(({ category }) =>
        category.implication ? [{ text: category.implication, sources: category.implicationSources }] : [],
      ),
      ...rows.flatMap(({ entry }) =>
        entry.advice ? [{ text: entry.advice.text, sources: entry.advice.sources }] : [],
      ),
    ],
  };
}

/**
 * The fewest sources that together back every entry, each entry by one of its own sources,
 * in the order they are first cited: the glance at the top of an incident page cites these,
 * since six marks after one line push « Que faire » off a phone's first screen, while the
 * exposure table below cites every source of every row. Greedy: the source backing the most
 * entries not yet backed first, ties to the one cited first.
 */
export function coveringSources(entries: readonly { sources: readonly string[] }[]): string[] {
  const order = [...new Set(entries.flatMap((entry) => entry.sources))];
  const unbacked = new Set(entries.filter((entry) => entry.sources.length > 0));
  const chosen = new Set<string>();
  while (unbacked.size > 0) {
    let best = order[0] ?? "";
    let bestCount = -1;
    for (const source of order) {
      const count = [...unbacked].filter((entry) => entry.sources.includes(source)).length;
      if (count > bestCount) [best, bestCount] = [source, count];
    }
    chosen.add(best);
    for (const entry of unbacked) if (entry.sources.includes(best)) unbacked.delete(entry);
  }
  return order.filter((source) => chosen.has(source));
}
