import type { PageData, PageKind } from "../../schemas/page.ts";

/** The search filter "type" of each page kind; kinds left out are searchable but unfiltered. */
export const SEARCH_TYPES = ["incident", "category", "guidance", "faq"] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

const TYPE_OF_KIND: Partial<Record<PageKind, SearchType>> = {
  incident: "incident",
  category: "category",
  categories: "category",
  guidance: "guidance",
  home: "guidance",
  faq: "faq",
};

/** Pagefind filters of a page: its content type and, for an incident page, the incident. */
export function searchFiltersOf(page: Pick<PageData, "kind" | "incident">): Record<string, string> {
  const filters: Record<string, string> = {};
  const type = TYPE_OF_KIND[page.kind];
  if (type) filters["type"] = type;
  if (page.incident) filters["incident"] = page.incident;
  return filters;
}
