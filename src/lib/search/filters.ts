/** The search filter "type": each page kind's is in `src/lib/site/page-kinds.ts`. */
export const SEARCH_TYPES = ["incident", "category", "guidance", "faq"] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/**
 * Pagefind filters of a page: its content type and, for an incident page, the incident,
 * named as a reader would (« Viamedis (2024) »): the search page lists these names from the
 * index itself, so it lists no incident in its HTML however many there are.
 */
export function searchFiltersOf(type: SearchType | undefined, incidentName?: string): Record<string, string> {
  const filters: Record<string, string> = {};
  if (type) filters["type"] = type;
  if (incidentName) filters["incident"] = incidentName;
  return filters;
}

/** How an incident is named in the search filter: its operator and the year it was announced. */
export function incidentFilterName(operator: string, announced: string): string {
  return `${operator} (${announced.slice(0, 4)})`;
}
