/**
 * The press page, from the facts: the headline figure first, then one dated, quotable
 * paragraph per featured incident with its sources, and the feeds to follow.
 */
import { t } from "../../i18n/index.ts";
import { whoSays } from "../../schemas/incident.ts";
import type { Lang } from "../../i18n/langs.ts";
import type { Population } from "../../schemas/common.ts";
import type { Figure } from "../../schemas/figure.ts";
import { siteConfig } from "../../site.config.ts";
import { summariseExposure, populationsOf } from "../facts/exposure.ts";
import { feedsOf } from "./head.ts";
import { categoryLink, type CategoryMention } from "./incident-view.ts";
import type { SiteModel, SitePage } from "./model.ts";
import { pressContacts, type PressContacts } from "./publisher.ts";

export interface PressIncident {
  id: string;
  operator: string;
  url: string;
  announced: string;
  statusAsOf: string;
  /** A tiers-payant operator: the summary says so; any other company is named alone. */
  tiersPayant: boolean;
  population: Population;
  exposed: CategoryMention[];
  notExposed: CategoryMention[];
  sources: string[];
}

export interface PressView {
  /**
   * The figures of the health leaks, the count of people concerned first (the figure a
   * headline quotes), then the others.
   */
  figures: Figure[];
  /**
   * The leaks that complete the picture, each linked to the figures on its own page: listing
   * their figures here too took the page over its weight budget.
   */
  relatedFigures: { label: string; url: string }[];
  incidents: PressIncident[];
  feeds: { title: string; url: string }[];
  contacts: PressContacts;
}

function pressIncident(site: SiteModel, lang: Lang, id: string): PressIncident | undefined {
  const incident = site.incident(id);
  const url = incident?.pages[lang]?.url;
  const population = incident ? populationsOf(incident.data)[0] : undefined;
  if (!incident || !url || !population) return undefined;
  const summary = summariseExposure(incident.data, population, site.categories);
  const mention = ({ category, entry }: (typeof summary.exposed)[number]): CategoryMention => ({
    ...categoryLink(site, lang, category),
    label: category.inText[lang],
    according: whoSays(entry.according, lang),
  });
  return {
    id,
    operator: incident.data.operator,
    url,
    announced: incident.data.dates.announced,
    statusAsOf: incident.data.statusAsOf,
    tiersPayant: incident.data.tiersPayant === true,
    population,
    exposed: summary.exposed.map(mention),
    notExposed: summary.notExposed.map(mention),
    sources: [...new Set([...summary.exposed, ...summary.notExposed].flatMap(({ entry }) => entry.sources))],
  };
}

export function pressView(site: SiteModel, page: SitePage): PressView {
  const { lang } = page;
  const related = site.incidentsOfGroup(lang, "related");
  const relatedIds = new Set(related.map((incident) => incident.id));
  const figures = site.figures
    .filter((figure) => figure.incidents.some((id) => !relatedIds.has(id)))
    .sort((a, b) => Number(b.peopleConcerned) - Number(a.peopleConcerned));
  const withFigures = new Set(site.figures.flatMap((figure) => figure.incidents));
  const featured = siteConfig.featuredIncidents.flatMap((id) => pressIncident(site, lang, id) ?? []);
  return {
    figures,
    relatedFigures: related.flatMap((incident) => {
      const url = incident.pages[lang]?.url;
      return url && withFigures.has(incident.id)
        ? [
            {
              label: `${incident.data.operator}, ${incident.data.dates.announced.slice(0, 4)}`,
              url: `${url}#${t(lang, "anchor.figures")}`,
            },
          ]
        : [];
    }),
    incidents: featured,
    feeds: [
      ...feedsOf(site, page),
      ...featured.map((incident) => ({
        title: incident.operator,
        url: `${incident.url}atom.xml`,
      })),
    ],
    contacts: pressContacts(lang),
  };
}
