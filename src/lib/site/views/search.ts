/**
 * The search page: its type filters, the pages it suggests when nothing is found, its status
 * lines, and the words its script expands a query with and suggests.
 */
import { isGlossaryTerm } from "../../content/page-checks.ts";
import { normalise } from "../../search/synonyms.ts";
import { t } from "../../../i18n/index.ts";
import type { Lang } from "../../../i18n/langs.ts";
import { siteConfig } from "../../../site.config.ts";
import { SEARCH_TYPES } from "../../search/filters.ts";
import { scriptJson } from "../../text/script-json.ts";
import type { SiteModel } from "../model.ts";

export interface SearchView {
  types: { value: string; label: string }[];
  fallback: { url: string; label: string }[];
  statusText: Record<
    "none" | "one" | "many" | "widenedOne" | "widenedMany" | "didYouMean" | "unavailable",
    string
  >;
  /**
   * What the page's script reads, as JSON safe inside its <script> element: the synonym groups
   * for the query expansion (`groups`) and the other words worth suggesting for a query that
   * finds nothing (`terms`: glossary terms, operators).
   */
  vocabulary: string;
}

/** The glossary's terms and the incidents' operators, normalised, for « did you mean ». */
function searchTerms(site: SiteModel, lang: Lang): string[] {
  const glossaryTerms = site
    .pagesOfKind(lang, "glossary")
    .flatMap((page) => page.metadata.headings.filter(isGlossaryTerm))
    .flatMap((heading) => heading.text.split(/,\s*/));
  const operators = site.incidentsIn(lang).map((incident) => incident.data.operator);
  return [...new Set([...glossaryTerms, ...operators].map((term) => normalise(term)))];
}

export function searchView(site: SiteModel, lang: Lang): SearchView {
  const fallback = [
    { key: siteConfig.guidanceKey, label: t(lang, "nav.whatToDo") },
    { key: "suis-je-concerne", label: t(lang, "nav.amIAffected") },
    { key: "faq", label: t(lang, "nav.faq") },
    { key: "incidents", label: t(lang, "nav.incidents") },
  ].flatMap((item) => {
    const url = site.pageOf(lang, item.key)?.url;
    return url ? [{ url, label: item.label }] : [];
  });
  return {
    types: SEARCH_TYPES.map((type) => ({ value: type, label: t(lang, `search.type.${type}`) })),
    fallback,
    statusText: {
      none: t(lang, "search.status.none"),
      one: t(lang, "search.status.one"),
      many: t(lang, "search.status.many"),
      widenedOne: t(lang, "search.status.widenedOne"),
      widenedMany: t(lang, "search.status.widenedMany"),
      didYouMean: t(lang, "search.didYouMean"),
      unavailable: t(lang, "search.unavailable"),
    },
    vocabulary: scriptJson({ groups: site.searchGroups(lang), terms: searchTerms(site, lang) }),
  };
}
