/**
 * What an incident page shows, from the facts: the exposure table of each population, what
 * it means for the reader, the figures, the timeline and where things stand.
 */
import type { Lang } from "../../i18n/langs.ts";
import type { Category } from "../../schemas/category.ts";
import type { Population } from "../../schemas/common.ts";
import type { TimelineEvent } from "../../schemas/event.ts";
import type { Figure } from "../../schemas/figure.ts";
import type { ExposureEntry, Incident } from "../../schemas/incident.ts";
import { siteConfig } from "../../site.config.ts";
import { exposureRows, populationsOf, summariseExposure } from "../facts/exposure.ts";
import { sourcesOfFacts } from "../facts/selection.ts";
import type { IncidentRecord, SiteModel } from "./model.ts";

/** A data category as a table or a list shows it: its label, linked to its page if any. */
export interface CategoryLink {
  id: string;
  label: string;
  url: string | undefined;
}

export interface ExposureRowView {
  category: CategoryLink;
  entry: ExposureEntry;
}

export interface ExposureTableView {
  population: Population;
  rows: ExposureRowView[];
}

/** A category named in running text, with who states its state when only one party does. */
export interface CategoryMention extends CategoryLink {
  according: string | undefined;
}

export interface MeaningView {
  population: Population;
  lists: {
    label: "meaning.exposed" | "meaning.notExposed" | "meaning.notStated";
    categories: CategoryMention[];
  }[];
  /** Not stated by the operator but reported elsewhere: each with its note and sources. */
  reported: { category: CategoryLink; note: string; sources: string[] }[];
  implications: { text: string; sources: string[] }[];
}

export interface IncidentView {
  id: string;
  operator: string;
  announced: string;
  tables: ExposureTableView[];
  meaning: MeaningView[];
  /** Sources of the caution under "what this means for you". */
  cautionSources: readonly string[];
  guidanceUrl: string | undefined;
  figures: Figure[];
  attackWindow: Incident["attackWindow"];
  events: TimelineEvent[];
  status: string;
  statusAsOf: string;
  /** Every source the structured facts shown on the page cite. */
  factSources: string[];
}

export function categoryLink(site: SiteModel, lang: Lang, category: Category): CategoryLink {
  return { id: category.id, label: category.label[lang], url: site.categoryUrl(lang, category.id) };
}

function categoryMention(
  site: SiteModel,
  lang: Lang,
  category: Category,
  entry?: ExposureEntry,
): CategoryMention {
  return {
    ...categoryLink(site, lang, category),
    label: category.inText[lang],
    according: entry?.according,
  };
}

export function incidentView(site: SiteModel, lang: Lang, incident: IncidentRecord): IncidentView {
  const { data } = incident;
  const link = (category: Category) => categoryLink(site, lang, category);
  const populations = populationsOf(data);
  const meaning = populations.map((population): MeaningView => {
    const summary = summariseExposure(data, population, site.categories);
    const mention = ({ category, entry }: { category: Category; entry?: ExposureEntry }) =>
      categoryMention(site, lang, category, entry);
    const lists = [
      { label: "meaning.exposed" as const, categories: summary.exposed.map(mention) },
      { label: "meaning.notExposed" as const, categories: summary.notExposed.map(mention) },
      {
        label: "meaning.notStated" as const,
        categories: summary.notStated.map((category) => mention({ category })),
      },
    ];
    return {
      population,
      lists: lists.filter((list) => list.categories.length > 0),
      reported: summary.reported.map(({ category, entry }) => ({
        category: link(category),
        note: entry.note?.[lang] ?? "",
        sources: entry.sources,
      })),
      implications: summary.implications.map(({ text, sources }) => ({ text: text[lang], sources })),
    };
  });
  return {
    id: incident.id,
    operator: data.operator,
    announced: data.dates.announced,
    tables: populations.map((population) => ({
      population,
      rows: exposureRows(data, population, site.categories).map(({ category, entry }) => ({
        category: link(category),
        entry,
      })),
    })),
    meaning,
    cautionSources: siteConfig.cautionSources,
    guidanceUrl: site.pageOf(lang, siteConfig.guidanceKey)?.url,
    figures: incident.figures,
    attackWindow: data.attackWindow,
    events: incident.events,
    status: data.status[lang],
    statusAsOf: data.statusAsOf,
    factSources: [
      ...sourcesOfFacts(data, incident.figures, incident.events),
      ...meaning.flatMap((group) => group.implications.flatMap((implication) => implication.sources)),
      ...siteConfig.cautionSources,
    ],
  };
}
