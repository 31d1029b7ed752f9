/**
 * « Mes données exposées »: what the sources say was exposed across the incidents a reader
 * was told about. Pure and free of Node and Astro, because the /donnees/ page's script runs it
 * in the browser, from the comparison table's own cells.
 */
import type { ExposureState } from "../../schemas/incident.ts";

/** One cell of the comparison table: one category, one incident, one state. */
export interface ExposureCell {
  incident: string;
  category: string;
  state: ExposureState;
  /** Exposed for some of the people only (Free's IBANs): the list says so after the name. */
  partial?: boolean;
}

/** A category exposed in at least one chosen incident, with the incidents that exposed it. */
export interface ExposedAcross {
  category: string;
  incidents: string[];
}

/** The query parameter that carries the selection: `?incident=a&incident=b`, like the form. */
export const SELECTION_PARAM = "incident";

/**
 * The categories exposed in at least one chosen incident, the strongest first: exposed in the
 * most chosen incidents, then in vocabulary order (which puts the social security number
 * before the phone number). Only "exposed" counts: a "not stated" cell is never read as safe,
 * and never as exposed either.
 */
export function exposedAcross(
  chosen: readonly string[],
  cells: readonly ExposureCell[],
  categoryOrder: readonly string[],
): ExposedAcross[] {
  const wanted = new Set(chosen);
  const byCategory = new Map<string, string[]>();
  for (const cell of cells) {
    if (cell.state !== "exposed" || !wanted.has(cell.incident)) continue;
    const incidents = byCategory.get(cell.category) ?? [];
    if (!incidents.includes(cell.incident)) incidents.push(cell.incident);
    byCategory.set(cell.category, incidents);
  }
  const rank = new Map(categoryOrder.map((id, index) => [id, index]));
  const order = (id: string) => rank.get(id) ?? categoryOrder.length;
  return [...byCategory]
    .map(([category, incidents]) => ({
      category,
      // Incidents in the order the reader sees the columns.
      incidents: chosen.filter((id) => incidents.includes(id)),
    }))
    .sort((a, b) => b.incidents.length - a.incidents.length || order(a.category) - order(b.category));
}

/**
 * The chosen incidents read from an address's query, limited to known ids, without
 * duplicates, in the order of `known` (the table's column order), so that a shared address
 * with a typo or an old id shows what it can rather than nothing.
 */
export function selectionFrom(search: string, known: readonly string[]): string[] {
  const asked = new Set(new URLSearchParams(search).getAll(SELECTION_PARAM));
  return known.filter((id) => asked.has(id));
}

/** The query string for a selection: empty when nothing is chosen, so the address stays clean. */
export function selectionQuery(chosen: readonly string[]): string {
  const params = new URLSearchParams();
  for (const id of chosen) params.append(SELECTION_PARAM, id);
  const query = params.toString();
  return query ? `?${query}` : "";
}
