import type { Lang } from "../../../i18n/langs.ts";
import { POPULATIONS, type Population } from "../../../schemas/common.ts";
import type { ExposureEntry } from "../../../schemas/incident.ts";
import { siteConfig } from "../../../site.config.ts";
import { appliesTo, exposureOf, populationsOf } from "../../facts/exposure.ts";
import type { SiteModel } from "../model.ts";
import { populationLabel } from "../population-label.ts";

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
