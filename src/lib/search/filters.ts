import type { PageData, PageKind } from "../../schemas/page.ts";

/** The search filter "type" of each page kind; kinds left out are searchable but unfiltered. */
export const SEARCH_TYPES = ["incident", "category", "guidance", "faq"] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

const TYPE_OF_KIND: Partial<Record<PageKind, SearchType>> = {
  incident: "incident",
  category: "category",
  categories: "category",
  guidance: "guidance",
  glossary: "guidance",
  "scam-check": "guidance",
  "scam-care": "guidance",
  "scam-services": "guidance",
  "scam-actions": "guidance",
  "scam-examples": "guidance",
  "access-letter": "guidance",
  home: "guidance",
  faq: "faq",
};

/**
 * Pagefind filters of a page: its content type and, for an incident page, the incident,
 * named as a reader would (« Viamedis (2024) »): the search page lists these names from the
 * index itself, so it lists no incident in its HTML however many there are.
 */
export function searchFiltersOf(page: Pick<PageData, "kind">, incidentName?: string): Record<string, string> {
  const filters: Record<string, string> = {};
  const type = TYPE_OF_KIND[page.kind];
  if (type) filters["type"] = type;
  if (incidentName) filters["incident"] = incidentName;
  return filters;
}

/** How an incident is named in the search filter: its operator and the year it was announced. */
export function incidentFilterName(operator: string, announced: string): string {
  return `${operator} (${announced.slice(0, 4)})`;
}
