/**
 * What the pages that list other things show: incident cards, a data category across
 * incidents, the comparison tables, the change log, the press page's figures, the search
 * page's filters.
 */
import { isGlossaryTerm } from "../content/page-checks.ts";
import { normalise } from "../search/synonyms.ts";
import { t, upperFirst } from "../../i18n/index.ts";
import type { Lang } from "../../i18n/langs.ts";
import { POPULATIONS, type Population } from "../../schemas/common.ts";
import type { Figure } from "../../schemas/figure.ts";
import { INCIDENT_GROUPS, type ExposureEntry, type IncidentGroup } from "../../schemas/incident.ts";
import { siteConfig } from "../../site.config.ts";
import { appliesTo, exposureOf, listedWhenNotStated, populationsOf } from "../facts/exposure.ts";
import { SEARCH_TYPES } from "../search/filters.ts";
import { scriptJson } from "../text/script-json.ts";
import { categoryLink, type CategoryLink } from "./incident-view.ts";
import type { LoggedChange } from "../facts/changes.ts";
import type { IncidentRecord, SiteModel, SitePage } from "./model.ts";
import { populationLabel } from "./population-label.ts";

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
  /** The newest of the other health leaks. */
  others: IncidentCard[];
  /** The newest of the leaks that complete the picture. */
  related: IncidentCard[];
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
  const notFeatured = (group: IncidentGroup) =>
    site.incidentsFeaturedFirst(lang, group).filter((incident) => !incident.featured);
  const others = notFeatured("health");
  const related = notFeatured("related");
  const { homeOthers, homeRelated } = siteConfig.lists;
  return {
    actions,
    featured: site
      .incidentsFeaturedFirst(lang)
      .filter((incident) => incident.featured)
      .map((incident) => incidentCard(incident, lang)),
    others: others.slice(0, homeOthers).map((incident) => incidentCard(incident, lang)),
    related: related.slice(0, homeRelated).map((incident) => incidentCard(incident, lang)),
    allUrl:
      others.length > homeOthers || related.length > homeRelated
        ? site.pageOf(lang, "incidents")?.url
        : undefined,
  };
}

export interface YearLink {
  year: string;
  url: string;
}

export interface IncidentListView {
  cards: IncidentCard[];
  /** The leaks that complete the picture, listed after the health leaks (none on archives). */
  related: IncidentCard[];
  /** Set when the list shows only the newest of a group: how many it shows. */
  latest: number | undefined;
  years: readonly YearLink[];
}

/**
 * `/incidents/`: the featured incidents, then the newest others, and the archive by year.
 * The featured ones stay, so that their published anchors (`#incident-viamedis-2024`) do.
 */
export function incidentListView(site: SiteModel, lang: Lang): IncidentListView {
  const health = site.incidentsOfGroup(lang, "health");
  const others = health.filter((incident) => !incident.featured);
  const related = site.incidentsOfGroup(lang, "related");
  const limit = siteConfig.lists.latestIncidents;
  const shown = new Set([...health.filter((incident) => incident.featured), ...others.slice(0, limit)]);
  return {
    // Newest first, as the page has always listed them; the health leaks, then the others.
    cards: health.filter((incident) => shown.has(incident)).map((incident) => incidentCard(incident, lang)),
    related: related.slice(0, limit).map((incident) => incidentCard(incident, lang)),
    latest: others.length > limit || related.length > limit ? limit : undefined,
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
  /** Whose data it is, in words (« patients des laboratoires Cerballiance … »). */
  people: string;
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
  // The order of every general list: featured, other health leaks, then the others.
  const all = site.incidentsFeaturedFirst(lang);
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
        people: populationLabel(incident.data, population, lang),
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

/** One group of incidents on `/donnees/`: its tables, one per population. */
export interface ComparisonGroupView {
  group: IncidentGroup;
  tables: ComparisonTableView[];
  /** Set when the tables show only the newest incidents of the group: how many. */
  latest: number | undefined;
}

/**
 * « Mes données exposées »: the incidents a reader can tick, in their groups, and every
 * category some incident exposed for insured people, with what that means (the category's
 * implication, and the precautions a source gives for one incident), so the page's script
 * only shows, orders and counts what the build wrote (citations included).
 */
export interface ChooserView {
  groups: { group: IncidentGroup; incidents: { id: string; operator: string }[] }[];
  exposedCategories: {
    category: CategoryLink;
    implication: { text: string; sources: string[] } | undefined;
    /** Shown only while its incident is ticked. */
    advice: { incidentId: string; text: string; sources: string[] }[];
  }[];
  /**
   * Breaks ties between categories exposed in as many chosen incidents: those that call for a
   * precaution first, then vocabulary order.
   */
  categoryOrder: string[];
}

export interface ComparisonView {
  chooser: ChooserView;
  groups: ComparisonGroupView[];
  factSources: string[];
}

function comparisonTables(
  site: SiteModel,
  lang: Lang,
  incidents: readonly IncidentRecord[],
): ComparisonTableView[] {
  return POPULATIONS.map((population) => {
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
        .filter((category) =>
          covered.some(
            (incident) =>
              listedWhenNotStated(category, incident.data) ||
              incident.data.exposure[population]?.[category.id] !== undefined,
          ),
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
}

/**
 * The comparison: every data category × every incident, per population, in two groups: the
 * health leaks (the featured ones first), then the leaks that complete the picture. Each group
 * has its own column limit, so the second never pushes the first off the page.
 */
export function comparisonView(site: SiteModel, lang: Lang): ComparisonView {
  const limits: Record<IncidentGroup, number> = {
    health: siteConfig.lists.comparisonColumns,
    related: siteConfig.lists.comparisonColumnsRelated,
  };
  const shownGroups = INCIDENT_GROUPS.map((group) => {
    const all = site.incidentsFeaturedFirst(lang, group);
    return { group, all, incidents: all.slice(0, limits[group]) };
  }).filter(({ incidents }) => incidents.length > 0);
  const incidents = shownGroups.flatMap((group) => group.incidents);
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
      advice: incidents.flatMap((incident) => {
        const entry = exposureOf(incident.data, "insured", category.id);
        return entry.status === "exposed" && entry.advice
          ? [{ incidentId: incident.id, text: entry.advice.text[lang], sources: entry.advice.sources }]
          : [];
      }),
    }));
  return {
    chooser: {
      groups: shownGroups.map(({ group, incidents: shown }) => ({
        group,
        incidents: shown
          .filter((incident) => incident.data.exposure.insured)
          .map((incident) => ({ id: incident.id, operator: incident.data.operator })),
      })),
      exposedCategories,
      // Among categories exposed equally often, those with a precaution come first.
      categoryOrder: [
        ...site.categories.filter((category) => category.implication),
        ...site.categories.filter((category) => !category.implication),
      ].map((category) => category.id),
    },
    groups: shownGroups.map(({ group, all, incidents: shown }) => ({
      group,
      tables: comparisonTables(site, lang, shown),
      latest: all.length > limits[group] ? limits[group] : undefined,
    })),
    // Cells cite nothing here (each incident's page does): only the precautions and the
    // sentence on combined leaks do.
    factSources: [
      ...exposedCategories.flatMap(({ implication, advice }) => [
        ...(implication?.sources ?? []),
        ...advice.flatMap((item) => item.sources),
      ]),
      ...siteConfig.relatedSources,
    ],
  };
}

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
      widenedOne: t(lang, "search.status.widenedOne"),
      widenedMany: t(lang, "search.status.widenedMany"),
      didYouMean: t(lang, "search.didYouMean"),
      unavailable: t(lang, "search.unavailable"),
    },
    vocabulary: scriptJson({ groups: site.searchGroups(lang), terms: searchTerms(site, lang) }),
  };
}

export interface FaqTheme {
  /** The theme's anchor on the FAQ's index, the last part of its page's address. */
  id: string;
  /** The theme alone, as a heading: « Ce qui s'est passé » from « Questions fréquentes : ce qui s'est passé ». */
  title: string;
  url: string;
  questions: { id: string; text: string; url: string }[];
}

export interface FaqIndexView {
  /**
   * The index states no answer, so it lists no answer's sources: each theme page lists its
   * own (listing them all here made the index the heaviest page of the site).
   */
  themes: FaqTheme[];
}

/** The FAQ's index: each theme page, in order, with its questions (its h2 headings). */
export function faqIndexView(site: SiteModel, page: SitePage): FaqIndexView {
  const themes = site.childrenOf(page).filter((child) => child.data.kind === "faq");
  return {
    themes: themes.map((theme) => ({
      id: theme.url.split("/").at(-2) ?? "",
      title: upperFirst(theme.data.title.replace(/^[^:]+:\s*/, "")),
      url: theme.url,
      questions: theme.metadata.headings
        .filter((heading) => heading.depth === 2)
        .map((heading) => ({ id: heading.slug, text: heading.text, url: `${theme.url}#${heading.slug}` })),
    })),
  };
}
