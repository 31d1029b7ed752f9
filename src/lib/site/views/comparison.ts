import type { Lang } from "../../../i18n/langs.ts";
import { POPULATIONS, type Population } from "../../../schemas/common.ts";
import { INCIDENT_GROUPS, type ExposureEntry, type IncidentGroup } from "../../../schemas/incident.ts";
import { siteConfig } from "../../../site.config.ts";
import { appliesTo, exposureOf, listedWhenNotStated } from "../../facts/exposure.ts";
import { categoryLink, type CategoryLink } from "./incident.ts";
import type { IncidentRecord, SiteModel } from "../model.ts";

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
