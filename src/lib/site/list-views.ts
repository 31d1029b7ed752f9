/**
 * What the pages that list other things show: incident cards, a data category across
 * incidents, the comparison tables, the change log, the press page's figures, the search
 * page's filters.
 */
import { t } from "../../i18n/index.ts";
import type { Lang } from "../../i18n/langs.ts";
import { POPULATIONS, type Population } from "../../schemas/common.ts";
import type { Figure } from "../../schemas/figure.ts";
import type { ExposureEntry } from "../../schemas/incident.ts";
import { siteConfig } from "../../site.config.ts";
import { appliesTo, exposureOf, populationsOf } from "../facts/exposure.ts";
import { exposureSourcesOf } from "../facts/selection.ts";
import { SEARCH_TYPES } from "../search/filters.ts";
import { categoryLink, type CategoryLink } from "./incident-view.ts";
import type { IncidentRecord, SiteModel } from "./model.ts";

export interface IncidentCard {
  id: string;
  title: string;
  url: string;
  operator: string;
  announced: string;
  people: Figure | undefined;
  status: string;
}

export function incidentCards(site: SiteModel, lang: Lang): IncidentCard[] {
  return site.incidentsIn(lang).map((incident) => incidentCard(incident, lang));
}

function incidentCard(incident: IncidentRecord, lang: Lang): IncidentCard {
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
  incidents: IncidentCard[];
}

export function homeView(site: SiteModel, lang: Lang): HomeView {
  const actions = [
    { key: "suis-je-concerne", label: t(lang, "nav.amIAffected") },
    { key: siteConfig.guidanceKey, label: t(lang, "meaning.whatToDo") },
  ].flatMap((action) => {
    const url = site.pageOf(lang, action.key)?.url;
    return url ? [{ url, label: action.label }] : [];
  });
  return { actions, incidents: incidentCards(site, lang) };
}

export interface CategoryRowView {
  incidentId: string;
  url: string;
  operator: string;
  population: Population;
  entry: ExposureEntry;
}

export interface CategoryView {
  rows: CategoryRowView[];
  factSources: string[];
}

/** One data category: what each incident's sources say about it. */
export function categoryView(site: SiteModel, lang: Lang, categoryId: string): CategoryView {
  const category = site.category(categoryId);
  if (!category) throw new Error(`data category "${categoryId}" not found`);
  const rows = site.incidentsIn(lang).flatMap((incident) =>
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
  const factSources = site
    .incidentsIn(lang)
    .flatMap((incident) =>
      populationsOf(incident.data).flatMap(
        (population) => exposureOf(incident.data, population, category.id).sources,
      ),
    );
  return { rows, factSources };
}

export interface ComparisonTableView {
  population: Population;
  incidents: { id: string; url: string; operator: string }[];
  rows: { category: CategoryLink; cells: { incidentId: string; entry: ExposureEntry }[] }[];
}

export interface ComparisonView {
  tables: ComparisonTableView[];
  factSources: string[];
}

/** The comparison: every data category × every incident, per population. */
export function comparisonView(site: SiteModel, lang: Lang): ComparisonView {
  const incidents = site.incidentsIn(lang);
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
    tables,
    factSources: site.incidents.flatMap((incident) => exposureSourcesOf(incident.data)),
  };
}

export interface SearchView {
  types: { value: string; label: string }[];
  incidents: { value: string; label: string }[];
  fallback: { url: string; label: string }[];
  statusText: Record<"none" | "one" | "many", string>;
}

export function searchView(site: SiteModel, lang: Lang): SearchView {
  const fallback = [
    { key: siteConfig.guidanceKey, label: t(lang, "nav.whatToDo") },
    { key: "faq", label: t(lang, "nav.faq") },
    { key: "incidents", label: t(lang, "nav.incidents") },
  ].flatMap((item) => {
    const url = site.pageOf(lang, item.key)?.url;
    return url ? [{ url, label: item.label }] : [];
  });
  return {
    types: SEARCH_TYPES.map((type) => ({ value: type, label: t(lang, `search.type.${type}`) })),
    incidents: site
      .incidentsIn(lang)
      .map((incident) => ({ value: incident.id, label: incident.data.operator })),
    fallback,
    statusText: {
      none: t(lang, "search.status.none"),
      one: t(lang, "search.status.one"),
      many: t(lang, "search.status.many"),
    },
  };
}
