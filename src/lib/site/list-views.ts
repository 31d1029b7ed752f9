/**
 * What the pages that list other things show: incident cards, a data category across
 * incidents, the comparison tables, the change log, the press page's figures, the search
 * page's filters.
 */
import { isGlossaryTerm } from "../content/page-checks.ts";
import { normalise } from "../search/synonyms.ts";
import { t } from "../../i18n/index.ts";
import type { Lang } from "../../i18n/langs.ts";
import { POPULATIONS, type Population } from "../../schemas/common.ts";
import type { Figure } from "../../schemas/figure.ts";
import type { ExposureEntry } from "../../schemas/incident.ts";
import { siteConfig } from "../../site.config.ts";
import { appliesTo, exposureOf, populationsOf } from "../facts/exposure.ts";
import { SEARCH_TYPES } from "../search/filters.ts";
import { scriptJson } from "../text/script-json.ts";
import { categoryLink, type CategoryLink } from "./incident-view.ts";
import type { LoggedChange } from "../facts/changes.ts";
import type { IncidentRecord, SiteModel, SitePage } from "./model.ts";

export interface IncidentCard {
  id: string;
  title: string;
  url: string;
  operator: string;
  announced: string;
  people: Figure | undefined;
  status: string;
}

export function incidentCard(incident: IncidentRecord, lang: Lang): IncidentCard {
  const page = incident.pages[lang];
  return {
    id: incident.id,
    title: page?.data.title ?? incident.data.operator,
    url: page?.url ?? "",
    operator: incident.data.operator,
    announced: incident.data.dates.announced,
    people: incident.people,
    status: incident.data.status[lang],
  };
}

export interface HomeView {
  actions: { url: string; label: string }[];
  /** The incidents the site was made for (`siteConfig.featuredIncidents`). */
  featured: IncidentCard[];
  /** The newest of the others. */
  others: IncidentCard[];
  /** The full list, when some incidents are not on the home page. */
  allUrl: string | undefined;
}

export function homeView(site: SiteModel, lang: Lang): HomeView {
  const actions = [
    { key: "suis-je-concerne", label: t(lang, "nav.amIAffected") },
    { key: siteConfig.guidanceKey, label: t(lang, "meaning.whatToDo") },
    { key: siteConfig.checkMessageKey, label: t(lang, "glance.checkMessage") },
  ].flatMap((action) => {
    const url = site.pageOf(lang, action.key)?.url;
    return url ? [{ url, label: action.label }] : [];
  });
  const featured = new Set<string>(siteConfig.featuredIncidents);
  const all = site.incidentsIn(lang);
  const others = all.filter((incident) => !featured.has(incident.id));
  return {
    actions,
    featured: siteConfig.featuredIncidents.flatMap((id) => {
      const incident = site.incident(id);
      return incident?.pages[lang] ? [incidentCard(incident, lang)] : [];
    }),
    others: others.slice(0, siteConfig.lists.homeOthers).map((incident) => incidentCard(incident, lang)),
    allUrl: others.length > siteConfig.lists.homeOthers ? site.pageOf(lang, "incidents")?.url : undefined,
  };
}

export interface YearLink {
  year: string;
  url: string;
}

export interface IncidentListView {
  cards: IncidentCard[];
  /** Set when the list shows only the newest: how many it shows. */
  latest: number | undefined;
  years: readonly YearLink[];
}

/**
 * `/incidents/`: the featured incidents, then the newest others, and the archive by year.
 * The featured ones stay, so that their published anchors (`#incident-viamedis-2024`) do.
 */
export function incidentListView(site: SiteModel, lang: Lang): IncidentListView {
  const featured = new Set<string>(siteConfig.featuredIncidents);
  const all = site.incidentsIn(lang);
  const others = all.filter((incident) => !featured.has(incident.id));
  const limit = siteConfig.lists.latestIncidents;
  const shown = new Set([...all.filter((incident) => featured.has(incident.id)), ...others.slice(0, limit)]);
  return {
    // Newest first, as the page has always listed them.
    cards: all.filter((incident) => shown.has(incident)).map((incident) => incidentCard(incident, lang)),
    latest: others.length > limit ? limit : undefined,
    years: site.archiveYears(lang, "incidents"),
  };
}

export interface ChangeLogView {
  changes: readonly LoggedChange[];
  latest: number | undefined;
  years: readonly YearLink[];
}

/** `/mises-a-jour/`: the newest changes of the whole site, and the archive by year. */
export function changeLogView(site: SiteModel, lang: Lang): ChangeLogView {
  const all = site.changes(lang);
  const limit = siteConfig.lists.latestChanges;
  return {
    changes: all.slice(0, limit),
    latest: all.length > limit ? limit : undefined,
    years: site.archiveYears(lang, "updates"),
  };
}

export interface CategoryRowView {
  incidentId: string;
  url: string;
  operator: string;
  population: Population;
  entry: ExposureEntry;
}

export interface CategoryView {
  /** The newest incidents' rows (`siteConfig.lists.categoryRows` incidents at most). */
  rows: CategoryRowView[];
  /** Per population, how many incidents' sources say exposed, not exposed, or nothing. */
  counts: ({ population: Population } & Record<"exposed" | "not-exposed" | "not-stated", number>)[];
  /** Set when only the newest incidents are listed: how many. */
  latest: number | undefined;
  allUrl: string | undefined;
  factSources: string[];
}

/** One data category: what each incident's sources say about it. */
export function categoryView(site: SiteModel, lang: Lang, categoryId: string): CategoryView {
  const category = site.category(categoryId);
  if (!category) throw new Error(`data category "${categoryId}" not found`);
  const all = site.incidentsIn(lang);
  const limit = siteConfig.lists.categoryRows;
  // Per population, how many incidents' sources say exposed, not exposed or nothing.
  const counts = POPULATIONS.filter((population) => appliesTo(category, population)).map((population) => {
    const tally = { population, exposed: 0, "not-exposed": 0, "not-stated": 0 };
    for (const incident of all) {
      if (incident.data.exposure[population])
        tally[exposureOf(incident.data, population, category.id).status] += 1;
    }
    return tally;
  });
  const shown = all.slice(0, limit);
  const rows = shown.flatMap((incident) =>
    populationsOf(incident.data)
      .filter((population) => appliesTo(category, population))
      .map((population) => ({
        incidentId: incident.id,
        url: incident.pages[lang]?.url ?? "",
        operator: incident.data.operator,
        population,
        entry: exposureOf(incident.data, population, category.id),
      })),
  );
  const factSources = shown.flatMap((incident) =>
    populationsOf(incident.data).flatMap(
      (population) => exposureOf(incident.data, population, category.id).sources,
    ),
  );
  return {
    rows,
    counts,
    latest: all.length > limit ? limit : undefined,
    allUrl: all.length > limit ? site.pageOf(lang, "incidents")?.url : undefined,
    factSources,
  };
}

export interface ComparisonTableView {
  population: Population;
  incidents: { id: string; url: string; operator: string }[];
  rows: { category: CategoryLink; cells: { incidentId: string; entry: ExposureEntry }[] }[];
}

/**
 * « Mes données exposées »: the incidents a reader can tick, and every category some incident
 * exposed for insured people, with what that means, so the page's script only shows, orders
 * and counts what the build wrote (citations included).
 */
export interface ChooserView {
  incidents: { id: string; operator: string }[];
  exposedCategories: {
    category: CategoryLink;
    implication: { text: string; sources: string[] } | undefined;
  }[];
  /**
   * Breaks ties between categories exposed in as many chosen incidents: those that call for a
   * precaution first, then vocabulary order.
   */
  categoryOrder: string[];
}

export interface ComparisonView {
  chooser: ChooserView;
  tables: ComparisonTableView[];
  /** Set when the tables show only the newest incidents: how many. */
  latest: number | undefined;
  factSources: string[];
}

/** The comparison: every data category × every incident, per population. */
export function comparisonView(site: SiteModel, lang: Lang): ComparisonView {
  // The incidents the site was made for lead, as on the home page; then the newest others.
  const featured = new Set<string>(siteConfig.featuredIncidents);
  const all = [
    ...siteConfig.featuredIncidents.flatMap((id) =>
      site.incidentsIn(lang).filter((incident) => incident.id === id),
    ),
    ...site.incidentsIn(lang).filter((incident) => !featured.has(incident.id)),
  ];
  const limit = siteConfig.lists.comparisonColumns;
  const incidents = all.slice(0, limit);
  const exposedCategories = site.categories
    .filter((category) => appliesTo(category, "insured"))
    .filter((category) =>
      incidents.some((incident) => exposureOf(incident.data, "insured", category.id).status === "exposed"),
    )
    .map((category) => ({
      category: categoryLink(site, lang, category),
      implication: category.implication
        ? { text: category.implication[lang], sources: category.implicationSources }
        : undefined,
    }));
  const tables = POPULATIONS.map((population) => {
    const covered = incidents.filter((incident) => incident.data.exposure[population]);
    return {
      population,
      incidents: covered.map((incident) => ({
        id: incident.id,
        url: incident.pages[lang]?.url ?? "",
        operator: incident.data.operator,
      })),
      rows: site.categories
        .filter((category) => appliesTo(category, population))
        // A category only some services hold gets a row only where a shown incident mentions it.
        .filter(
          (category) =>
            !category.onlyWhereStated ||
            covered.some((incident) => incident.data.exposure[population]?.[category.id] !== undefined),
        )
        .map((category) => ({
          category: categoryLink(site, lang, category),
          cells: covered.map((incident) => ({
            incidentId: incident.id,
            entry: exposureOf(incident.data, population, category.id),
          })),
        })),
    };
  }).filter((table) => table.incidents.length > 0);
  return {
    chooser: {
      incidents: incidents
        .filter((incident) => incident.data.exposure.insured)
        .map((incident) => ({ id: incident.id, operator: incident.data.operator })),
      exposedCategories,
      // Among categories exposed equally often, those with a precaution come first.
      categoryOrder: [
        ...site.categories.filter((category) => category.implication),
        ...site.categories.filter((category) => !category.implication),
      ].map((category) => category.id),
    },
    tables,
    latest: all.length > limit ? limit : undefined,
    // Cells cite nothing here (each incident's page does): only the precautions do.
    factSources: exposedCategories.flatMap(({ implication }) => implication?.sources ?? []),
  };
}

export interface SearchView {
  types: { value: string; label: string }[];
  fallback: { url: string; label: string }[];
  statusText: Record<"none" | "one" | "many" | "didYouMean" | "unavailable", string>;
  /**
   * What the page's script reads, as JSON safe inside its <script> element: the synonym groups
   * for the query expansion (`groups`) and the other words worth suggesting for a query that
   * finds nothing (`terms`: glossary terms, operators).
   */
  vocabulary: string;
}

/** The glossary's terms and the incidents' operators, normalised, for « did you mean ». */
function searchTerms(site: SiteModel, lang: Lang): string[] {
  const glossaryTerms = site.pages
    .filter((page) => page.lang === lang && page.data.kind === "glossary")
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
      didYouMean: t(lang, "search.didYouMean"),
      unavailable: t(lang, "search.unavailable"),
    },
    vocabulary: scriptJson({ groups: site.searchGroups(lang), terms: searchTerms(site, lang) }),
  };
}

export interface FaqTheme {
  /** The theme's anchor on the FAQ's index, the last part of its page's address. */
  id: string;
  title: string;
  url: string;
  questions: { id: string; text: string; url: string }[];
}

export interface FaqIndexView {
  themes: FaqTheme[];
  /** The sources the answers cite, listed on the index as they were on the one-page FAQ. */
  factSources: string[];
}

/** The FAQ's index: each theme page, in order, with its questions (its h2 headings). */
export function faqIndexView(site: SiteModel, page: SitePage): FaqIndexView {
  const themes = site.childrenOf(page).filter((child) => child.data.kind === "faq");
  return {
    themes: themes.map((theme) => ({
      id: theme.url.split("/").at(-2) ?? "",
      title: theme.data.title,
      url: theme.url,
      questions: theme.metadata.headings
        .filter((heading) => heading.depth === 2)
        .map((heading) => ({ id: heading.slug, text: heading.text, url: `${theme.url}#${heading.slug}` })),
    })),
    factSources: themes.flatMap((theme) => theme.metadata.citations),
  };
}
