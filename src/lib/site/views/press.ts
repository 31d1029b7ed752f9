/**
 * The press page, from the facts: the headline figure first, each naming its main source,
 * then one dated, quotable paragraph per incident with its sources (a new incident gets its
 * paragraph without any prose being written), the feeds to follow and the open data files.
 */
import { t } from "../../../i18n/index.ts";
import { whoSays } from "../../../schemas/incident.ts";
import type { SourceKind } from "../../../schemas/source.ts";
import type { Lang } from "../../../i18n/langs.ts";
import type { Population } from "../../../schemas/common.ts";
import type { Figure } from "../../../schemas/figure.ts";
import { coveringSources, exposureByState, populationsOf } from "../../facts/exposure.ts";
import { feedsOf } from "../head.ts";
import { categoryLink, type CategoryMention } from "./incident.ts";
import type { SiteModel, SitePage } from "../model.ts";
import { populationLabel } from "../population-label.ts";
import { pressContacts, type PressContacts } from "../publisher.ts";

export interface PressIncident {
  id: string;
  /** The incident page's title, which names the incident (« Cyberattaque contre Viamedis (2024) »). */
  title: string;
  operator: string;
  url: string;
  announced: string;
  statusAsOf: string;
  /** A tiers-payant operator: the summary says so; any other company is named alone. */
  tiersPayant: boolean;
  population: Population;
  /** Who the people concerned are (« patients des médecins qui utilisent le logiciel MLM »). */
  who: string;
  /** The count of people concerned, when a source gives one, and the other incidents it also covers. */
  people: { figure: Figure; sharedWith: string[] } | undefined;
  exposed: CategoryMention[];
  notExposed: CategoryMention[];
  /** The fewest sources that back every stated exposure, then those of the people count. */
  sources: string[];
}

/** A key figure with the one source the page names, and where all its sources are listed. */
export interface PressFigure {
  figure: Figure;
  main: { id: string; publisher: string };
  /** How many other sources back it, listed at `allSourcesUrl` (the figure on its incident's page). */
  others: number;
  allSourcesUrl: string | undefined;
}

export interface PressView {
  /**
   * The figures of the health leaks, the counts of people concerned first (the figure a
   * headline quotes), each group in the order of the general lists (the featured incidents
   * first), then the others.
   */
  figures: PressFigure[];
  /**
   * The leaks that complete the picture, each linked to the figures on its own page: listing
   * their figures here too took the page over its weight budget.
   */
  relatedFigures: { label: string; url: string }[];
  incidents: PressIncident[];
  /**
   * The summaries' source marks point at the bibliography, where each source keeps its number:
   * listing the sources of thirteen summaries on the page took it over its weight budget.
   */
  summarySourceUrls: ReadonlyMap<string, string>;
  feeds: { title: string; url: string }[];
  contacts: PressContacts;
}

function pressIncident(site: SiteModel, lang: Lang, id: string): PressIncident | undefined {
  const incident = site.incident(id);
  const url = incident?.pages[lang]?.url;
  const population = incident ? populationsOf(incident.data)[0] : undefined;
  const title = incident?.pages[lang]?.data.title;
  if (!incident || !url || !population || !title) return undefined;
  const byState = exposureByState(incident.data, population, site.categories);
  const mention = ({ category, entry }: (typeof byState.exposed)[number]): CategoryMention => ({
    ...categoryLink(site, lang, category),
    label: category.inText[lang],
    according: whoSays(entry.according, lang),
  });
  const people = incident.people;
  return {
    id,
    title,
    operator: incident.data.operator,
    url,
    announced: incident.data.dates.announced,
    statusAsOf: incident.data.statusAsOf,
    tiersPayant: incident.data.tiersPayant === true,
    population,
    who: populationLabel(incident.data, population, lang),
    people: people && {
      figure: people,
      // Named unless the figure's own label already names them (« Viamedis et Almerys ensemble »).
      sharedWith: people.incidents.flatMap((other) => {
        const operator = other === id ? undefined : site.incident(other)?.data.operator;
        return operator && !people.label[lang].includes(operator) ? [operator] : [];
      }),
    },
    exposed: byState.exposed.map(mention),
    notExposed: byState.notExposed.map(mention),
    sources: [
      ...new Set([
        ...coveringSources([...byState.exposed, ...byState.notExposed].map(({ entry }) => entry)),
        ...(people?.sources ?? []),
      ]),
    ],
  };
}

/**
 * The source a key figure is quoted from: an official body before the operator, the operator
 * before other companies, professional bodies and the press; the first listed among equals.
 */
const AUTHORITY: readonly SourceKind[] = [
  "official",
  "operator",
  "company",
  "professional",
  "press",
  "service",
];

function pressFigure(site: SiteModel, lang: Lang, figure: Figure): PressFigure | undefined {
  const ranked = figure.sources
    .flatMap((id) => site.source(id) ?? [])
    .map((source, order) => ({ source, order }))
    .sort((a, b) => AUTHORITY.indexOf(a.source.kind) - AUTHORITY.indexOf(b.source.kind) || a.order - b.order);
  const main = ranked[0]?.source;
  if (!main) return undefined;
  const page = figure.incidents.flatMap((id) => site.incident(id)?.pages[lang]?.url ?? [])[0];
  return {
    figure,
    main: { id: main.id, publisher: main.publisher },
    others: figure.sources.length - 1,
    allSourcesUrl: page && `${page}#figure-${figure.id}`,
  };
}

export function pressView(site: SiteModel, page: SitePage): PressView {
  const { lang } = page;
  const related = site.incidentsOfGroup(lang, "related");
  const relatedIds = new Set(related.map((incident) => incident.id));
  const rank = new Map(site.incidentsFeaturedFirst(lang).map((incident, index) => [incident.id, index]));
  const rankOf = (figure: (typeof site.figures)[number]) =>
    Math.min(...figure.incidents.map((id) => rank.get(id) ?? Infinity));
  const figures = site.figures
    .filter((figure) => figure.incidents.some((id) => !relatedIds.has(id)))
    .sort((a, b) => Number(b.peopleConcerned) - Number(a.peopleConcerned) || rankOf(a) - rankOf(b))
    .flatMap((figure) => pressFigure(site, lang, figure) ?? []);
  const withFigures = new Set(site.figures.flatMap((figure) => figure.incidents));
  const incidents = site
    .incidentsFeaturedFirst(lang)
    .flatMap((incident) => pressIncident(site, lang, incident.id) ?? []);
  const summarySourceUrls = new Map(
    incidents.flatMap((incident) =>
      incident.sources.flatMap((id) => {
        const group = site.source(id)?.group;
        const url = ((group && site.pageOf(lang, `sources-${group}`)) || site.pageOf(lang, "sources"))?.url;
        return url ? [[id, `${url}#source-${id}`] as const] : [];
      }),
    ),
  );
  return {
    figures,
    summarySourceUrls,
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
    incidents,
    feeds: [
      ...feedsOf(site, page),
      ...incidents
        .filter((incident) => site.incident(incident.id)?.featured)
        .map((incident) => ({
          title: incident.operator,
          url: `${incident.url}atom.xml`,
        })),
    ],
    contacts: pressContacts(lang),
  };
}
