/**
 * What an incident page shows, from the facts: the exposure table of each population, what
 * it means for the reader, the figures, the timeline and where things stand.
 */
import { letterUrl } from "./letter.ts";
import { diagramUrl, hasDiagram, type Scheme } from "./diagram.ts";
import { t, type UiKey } from "../../../i18n/index.ts";
import type { Lang } from "../../../i18n/langs.ts";
import type { Category } from "../../../schemas/category.ts";
import type { Population } from "../../../schemas/common.ts";
import type { TimelineEvent } from "../../../schemas/event.ts";
import type { Figure } from "../../../schemas/figure.ts";
import { whoSays, type ExposureEntry, type Incident } from "../../../schemas/incident.ts";
import { siteConfig } from "../../../site.config.ts";
import { exposureImageName, incidentsWithImages } from "../exposure-images.ts";
import { coveringSources, exposureByState, exposureRows, populationsOf } from "../../facts/exposure.ts";
import { sourcesOfFacts } from "../../facts/selection.ts";
import type { IncidentRecord, SiteModel } from "../model.ts";
import { populationLabel } from "../population-label.ts";

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
  /** Whose data the table shows, as its caption says it. */
  people: string;
  rows: ExposureRowView[];
}

/** A category named in running text, with who states its state when only one party does. */
export interface CategoryMention extends CategoryLink {
  according: string | undefined;
  /** Exposed for some of the people only. */
  partial?: boolean | undefined;
}

export interface MeaningView {
  population: Population;
  /** « Si vous êtes assuré ou ayant droit », or whose data it is (« Si vous faites partie des … »). */
  title: string;
  lists: {
    label: "meaning.notStated";
    categories: CategoryMention[];
  }[];
  /** Not stated by the operator but reported elsewhere: each with its note and sources. */
  reported: { category: CategoryLink; note: string; sources: string[] }[];
  implications: { text: string; sources: string[] }[];
}

/**
 * The top of the page, from the facts: for the first population (insured people when the
 * facts cover them), what was exposed and what was not, in a few words, and how many
 * categories the sources leave unsaid.
 */
export interface GlanceView {
  population: Population;
  /** Whose data the glance is about: « Pour les assurés et leurs ayants droit ». */
  heading: string;
  exposed: CategoryMention[];
  notExposed: CategoryMention[];
  /** The sources of each list, each once. */
  exposedSources: string[];
  notExposedSources: string[];
  /**
   * Only when the sources state nothing either way (a seller's claims, say): what one source
   * reports without confirmation, so the top of the page is not empty. Never shown as exposed.
   */
  reported: CategoryMention[];
  reportedSources: string[];
  /** Not stated and not listed above: the table says which carry a note. */
  notStatedCount: number;
  /** The other populations the page has a table for. */
  others: Population[];
}

/** An entry of « Sur cette page ». */
export interface ContentsEntry {
  id: string;
  label: string;
}

export interface IncidentView {
  id: string;
  glance: GlanceView | undefined;
  operator: string;
  announced: string;
  tables: ExposureTableView[];
  meaning: MeaningView[];
  /** Sources of the caution under "what this means for you". */
  caution: "meaning.caution" | "meaning.cautionRelated";
  cautionSources: readonly string[];
  /** Sources of the risk sentence at the top. */
  riskSources: readonly string[];
  guidanceUrl: string | undefined;
  /** The guided check « Ce message est-il une arnaque ? ». */
  checkMessageUrl: string | undefined;
  /** This incident's letter on « Demander mes données » (`?incident=<id>`). */
  letterUrl: string | undefined;
  figures: Figure[];
  attackWindow: Incident["attackWindow"];
  entryPoint: Incident["entryPoint"];
  /** The tiers-payant diagram's two files, light and dark, where the page has one. */
  diagram: Record<Scheme, string> | undefined;
  /** Who tells people whether they are concerned, when the facts name someone other than the insurer. */
  informedBy: { text: string; sources: string[] };
  named: { name: string; role: string; sources: string[] }[];
  /** The file name (without extension) of its table drawn as an image, if it is drawn. */
  tableImage: string | undefined;
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
  wording: "inText" | "short" = "inText",
): CategoryMention {
  return {
    ...categoryLink(site, lang, category),
    label: category[wording][lang],
    according: whoSays(entry?.according, lang),
    partial: entry?.partial,
  };
}

function glanceView(site: SiteModel, lang: Lang, data: Incident): GlanceView | undefined {
  const [population, ...others] = populationsOf(data);
  if (!population) return undefined;
  const byState = exposureByState(data, population, site.categories);
  const short = ({ category, entry }: { category: Category; entry: ExposureEntry }) =>
    categoryMention(site, lang, category, entry, "short");
  const nothingStated = byState.exposed.length + byState.notExposed.length === 0;
  const reported = nothingStated ? byState.reported : [];
  return {
    population,
    heading:
      population === "insured" && data.insuredAre
        ? t(lang, "glance.people", { people: (data.insuredAreShort ?? data.insuredAre)[lang] })
        : t(lang, population === "insured" ? "glance.insured" : "glance.professionals"),
    exposed: byState.exposed.map(short),
    notExposed: byState.notExposed.map(short),
    exposedSources: coveringSources(byState.exposed.map(({ entry }) => entry)),
    notExposedSources: coveringSources(byState.notExposed.map(({ entry }) => entry)),
    reported: reported.map(short),
    reportedSources: coveringSources(reported.map(({ entry }) => entry)),
    notStatedCount: byState.notStated.length + byState.reported.length - reported.length,
    others,
  };
}

export function incidentView(site: SiteModel, lang: Lang, incident: IncidentRecord): IncidentView {
  const { data } = incident;
  // The leaks that complete the picture are not about health: their cautions say so.
  const related = data.group === "related";
  const link = (category: Category) => categoryLink(site, lang, category);
  const populations = populationsOf(data);
  const meaning = populations.map((population): MeaningView => {
    const byState = exposureByState(data, population, site.categories);
    const mention = ({ category, entry }: { category: Category; entry?: ExposureEntry }) =>
      categoryMention(site, lang, category, entry);
    // What was and was not exposed is said once, at the top and in the table; here, what
    // the sources leave open.
    const lists = [
      {
        label: "meaning.notStated" as const,
        categories: byState.notStated.map((category) => mention({ category })),
      },
    ];
    return {
      population,
      title:
        population === "insured" && data.insuredAre
          ? t(lang, "meaning.people", { people: data.insuredAre[lang] })
          : t(lang, population === "insured" ? "meaning.insured" : "meaning.professionals"),
      lists: lists.filter((list) => list.categories.length > 0),
      reported: byState.reported.map(({ category, entry }) => ({
        category: link(category),
        note: entry.note?.[lang] ?? "",
        sources: entry.sources,
      })),
      implications: byState.implications.map(({ text, sources }) => ({ text: text[lang], sources })),
    };
  });
  return {
    id: incident.id,
    glance: glanceView(site, lang, data),
    operator: data.operator,
    announced: data.dates.announced,
    tables: populations.map((population) => ({
      population,
      people: populationLabel(data, population, lang),
      rows: exposureRows(data, population, site.categories).map(({ category, entry }) => ({
        category: link(category),
        entry,
      })),
    })),
    meaning,
    caution: related ? "meaning.cautionRelated" : "meaning.caution",
    cautionSources: related ? siteConfig.cautionSourcesRelated : siteConfig.cautionSources,
    riskSources: related ? siteConfig.riskSourcesRelated : siteConfig.riskSources,
    guidanceUrl: site.pageOf(lang, siteConfig.guidanceKey)?.url,
    checkMessageUrl: site.pageOf(lang, siteConfig.checkMessageKey)?.url,
    letterUrl: letterUrl(site, lang, incident.id),
    figures: incident.figures,
    attackWindow: data.attackWindow,
    entryPoint: data.entryPoint,
    diagram: hasDiagram(incident)
      ? { light: diagramUrl(incident.id, lang, "light"), dark: diagramUrl(incident.id, lang, "dark") }
      : undefined,
    informedBy: { text: data.informedBy.text[lang], sources: data.informedBy.sources },
    tableImage: incidentsWithImages(site, lang).some((drawn) => drawn.id === incident.id)
      ? exposureImageName(incident.id, lang)
      : undefined,
    named: data.named.map(({ name, role, sources }) => ({ name, role: role[lang], sources })),
    events: incident.events,
    status: data.status[lang],
    statusAsOf: data.statusAsOf,
    factSources: [
      ...sourcesOfFacts(data, incident.figures, incident.events),
      ...meaning.flatMap((group) => group.implications.flatMap((implication) => implication.sources)),
      ...(related ? siteConfig.cautionSourcesRelated : siteConfig.cautionSources),
      ...(related ? siteConfig.riskSourcesRelated : siteConfig.riskSources),
    ],
  };
}

/**
 * « Sur cette page »: the sections of an incident page in reading order, the prose sections
 * (its `##` headings) after what the facts say.
 */
export function incidentContents(
  lang: Lang,
  headings: readonly { depth: number; slug: string; text: string }[],
  withDiagram: boolean,
): ContentsEntry[] {
  const section = (id: UiKey, label: UiKey) => ({ id: t(lang, id), label: t(lang, label) });
  // The key figures come right after the list itself: no entry for them.
  return [
    section("anchor.data", "incident.data"),
    section("anchor.meaning", "meaning.heading"),
    ...(withDiagram ? [section("anchor.diagram", "diagram.heading")] : []),
    ...headings
      .filter((heading) => heading.depth === 2)
      .map((heading) => ({ id: heading.slug, label: heading.text })),
    section("anchor.timeline", "incident.timeline"),
    section("anchor.status", "incident.status"),
  ];
}
