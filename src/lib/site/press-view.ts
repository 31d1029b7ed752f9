/**
 * The press page, from the facts: the headline figure first, then one dated, quotable
 * paragraph per featured incident with its sources, and the feeds to follow.
 */
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
  population: Population;
  exposed: CategoryMention[];
  notExposed: CategoryMention[];
  sources: string[];
}

export interface PressView {
  /** The count of people concerned first (the figure a headline quotes), then the others. */
  figures: Figure[];
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
    according: entry.according,
  });
  return {
    id,
    operator: incident.data.operator,
    url,
    announced: incident.data.dates.announced,
    statusAsOf: incident.data.statusAsOf,
    population,
    exposed: summary.exposed.map(mention),
    notExposed: summary.notExposed.map(mention),
    sources: [...new Set([...summary.exposed, ...summary.notExposed].flatMap(({ entry }) => entry.sources))],
  };
}

export function pressView(site: SiteModel, page: SitePage): PressView {
  const { lang } = page;
  const figures = [...site.figures].sort((a, b) => Number(b.peopleConcerned) - Number(a.peopleConcerned));
  const featured = siteConfig.featuredIncidents.flatMap((id) => pressIncident(site, lang, id) ?? []);
  return {
    figures,
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
