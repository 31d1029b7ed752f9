/**
 * The page model: everything one page shows, computed from the site model with lookups
 * only. Templates render it and decide nothing of their own.
 */
import { createHash } from "node:crypto";
import { formatDate, t } from "../../i18n/index.ts";
import type { Lang } from "../../i18n/langs.ts";
import { datasetLd } from "./structured-data.ts";
import { incidentFilterName, searchFiltersOf } from "../search/filters.ts";
import { chromeModel, type ChromeModel } from "./chrome.ts";
import { categoryLead, fillFactBlocks } from "./fact-blocks.ts";
import { feedsOf, headModel, pageJsonLd, type HeadModel } from "./head.ts";
import type { NumberedSource, SiteModel, SitePage } from "./model.ts";
import { kindOf, type KindView } from "./page-kinds.ts";
import { ogImageUrl } from "../text/urls.ts";

/** The open-data files, built by `src/pages/api/v1/`. */
export const OPEN_DATA_FILES = [
  { name: "incidents.json", type: "application/json", format: "JSON", description: "press.json" },
  { name: "incidents.csv", type: "text/csv", format: "CSV", description: "press.csv" },
  { name: "figures.csv", type: "text/csv", format: "CSV", description: "press.figuresCsv" },
  { name: "timeline.csv", type: "text/csv", format: "CSV", description: "press.timelineCsv" },
  {
    name: "incidents.schema.json",
    type: "application/schema+json",
    format: "JSON Schema",
    description: "press.schema",
  },
] as const;

/** The licence of the open data, as `incidents.json` and the Dataset structured data state it. */
export const OPEN_DATA_LICENSE = {
  name: "CC BY 4.0",
  url: "https://creativecommons.org/licenses/by/4.0/",
} as const;

export type { KindView };

export interface PageModel {
  page: SitePage;
  lang: Lang;
  head: HeadModel;
  chrome: ChromeModel;
  title: string;
  /** The line under the title: facts (an incident's operator and date) and the update date. */
  metaLine: string;
  summaryHtml: string | undefined;
  bodyHtml: string;
  /** Shown when the page exists only in the other language. */
  notTranslated: { lang: Lang; homeUrl: string } | undefined;
  /** Pagefind filters and the other names a search may use for this page. */
  searchFilters: [name: string, value: string][];
  searchAliases: string[];
  /** Every source the page cites, in prose or through the facts it shows, in number order. */
  sources: NumberedSource[];
  /** Source numbers for the marks beside facts. */
  sourceNumbers: ReadonlyMap<string, number>;
  citation: { text: string; url: string } | undefined;
  /** The bibliography page, which every page's source numbers refer to. */
  allSourcesUrl: string | undefined;
  /** Strings for the copy buttons (`src/client/page-tools.ts`). */
  tools: string;
  changes: readonly { date: string; summary: string }[];
  /** False for generated lists (archives), which search would only repeat. */
  indexed: boolean;
  view: KindView;
}

/** The bibliography « all sources » points to: an incident's group's own, or the main one. */
function bibliographyOf(site: SiteModel, lang: Lang, view: KindView): SitePage | undefined {
  const group = view.kind === "incident" ? site.incident(view.incident.id)?.data.group : undefined;
  return (group && site.pageOf(lang, `sources-${group}`)) || site.pageOf(lang, "sources");
}

function metaLineOf(page: SitePage, view: KindView): string {
  const updated = t(page.lang, "page.updated", { date: formatDate(page.lang, page.data.updated) });
  if (view.kind !== "incident") return updated;
  const facts = t(page.lang, "incident.metaLine", {
    operator: view.incident.operator,
    date: formatDate(page.lang, view.incident.announced),
  });
  return `${facts} · ${updated}`;
}

export interface PageModelOptions {
  /** The public address (SITE_URL) that makes links absolute. */
  site: URL;
  /** Today, `YYYY-MM-DD`: the "accessed" date of the ready-made citation. */
  today: string;
}

/** A page model without the page's own HTML, which is read from disk by its digest. */
type ModelWithoutHtml = Omit<PageModel, "summaryHtml" | "bodyHtml">;

export function pageModel(site: SiteModel, page: SitePage, options: PageModelOptions): PageModel {
  const { lang } = page;
  const model = modelWithoutHtml(site, page, options);
  const content = page.content();
  const numbers = site.sourceNumbers;
  // What the page says of every incident, written from the facts: its `::facts` blocks, and
  // on a data page an opening that names where the datum was exposed, not exposed, not stated.
  const summary = content.summaryHtml && fillFactBlocks(site, lang, content.summaryHtml, numbers);
  const body = fillFactBlocks(site, lang, content.html, numbers);
  const lead =
    page.data.kind === "category" ? categoryLead(site, lang, page.data.category, numbers) : undefined;
  return {
    ...model,
    summaryHtml: summary ? summary.html : lead?.html,
    bodyHtml: body.html,
    sources: site.sourcesIn([
      ...model.sources.map((source) => source.id),
      ...(summary ? summary.sources : (lead?.sources ?? [])),
      ...body.sources,
    ]),
  };
}

/** Whether the page shows text written from the facts (`::facts` blocks, a data page's opening). */
const showsFactText = (page: SitePage) =>
  page.metadata.factBlocks.length > 0 || page.data.kind === "category";

function modelWithoutHtml(site: SiteModel, page: SitePage, options: PageModelOptions): ModelWithoutHtml {
  const { lang } = page;
  const kind = kindOf(page);
  const view = kind.view(site, page);
  const archived = site.archiveAt(page.url) !== undefined;
  // Lists of other pages are left out of search, which would only repeat them.
  const listOnly = archived || page.data.kind === "faq-index";
  const translations = site.translations(page);
  const trail = site.trail(page);
  const absolute = (path: string) => new URL(path, options.site).href;
  // A data page's description starts with where the datum was exposed, written from the facts.
  const lead =
    page.data.kind === "category"
      ? categoryLead(site, lang, page.data.category, site.sourceNumbers)
      : undefined;
  const jsonLd = pageJsonLd(page, trail, options.site);
  if (view.kind === "press") {
    jsonLd.push(
      datasetLd({
        lang,
        siteName: t(lang, "site.name"),
        name: t(lang, "press.datasetName"),
        description: t(lang, "press.datasetDescription"),
        url: absolute(page.url),
        jsonUrl: absolute("/api/v1/incidents.json"),
        csvUrl: absolute("/api/v1/incidents.csv"),
        updated: page.data.updated,
      }),
    );
  }
  const head = headModel({
    lang,
    title: page.data.title,
    description: lead ? `${lead.text} ${page.data.description}` : page.data.description,
    url: page.url,
    site: options.site,
    type: page.data.kind === "home" ? "website" : "article",
    indexable: true,
    image: ogImageUrl(page.url),
    alternates: translations,
    feeds: feedsOf(site, page),
    jsonLd,
  });
  const otherLang: Lang = lang === "fr" ? "en" : "fr";
  const siteName = t(lang, "site.name");
  const updated = formatDate(lang, page.data.updated);
  const citationUrl = absolute(page.url);
  return {
    page,
    lang,
    head,
    chrome: chromeModel(site, lang, page.url, translations),
    title: page.data.title,
    metaLine: metaLineOf(page, view),
    notTranslated: page.data.notTranslated
      ? { lang: otherLang, homeUrl: otherLang === "en" ? "/en/" : "/" }
      : undefined,
    searchFilters: Object.entries(
      searchFiltersOf(
        kind.searchType,
        view.kind === "incident"
          ? incidentFilterName(view.incident.operator, view.incident.announced)
          : undefined,
      ),
    ),
    // An incident is also found by the people and bodies its sources name.
    searchAliases: [
      ...(view.kind === "incident"
        ? [
            view.incident.operator,
            ...view.incident.named.map((n) => n.name).filter((name) => site.namedByOneIncident.has(name)),
          ]
        : []),
      ...(page.data.aliases ?? []),
    ],
    sources: site.sourcesIn([...page.metadata.citations, ...view.factSources]),
    sourceNumbers: site.sourceNumbers,
    allSourcesUrl: page.data.kind === "sources" ? undefined : bibliographyOf(site, lang, view)?.url,
    citation: kind.citable
      ? {
          url: citationUrl,
          text: t(lang, "cite.format", {
            title: page.data.title,
            site: siteName,
            url: citationUrl,
            updated,
            accessed: formatDate(lang, options.today),
          }),
        }
      : undefined,
    tools: JSON.stringify({
      copyLink: t(lang, "tools.copyLink"),
      copied: t(lang, "tools.copied"),
      citeFormat: t(lang, "cite.format", { title: page.data.title, site: siteName, updated }),
      citeCopy: t(lang, "cite.copy"),
      citationCopied: t(lang, "cite.copied"),
      citeBack: t(lang, "cite.back"),
    }),
    // An archive's history is its entries'.
    changes: archived ? [] : page.data.changes,
    indexed: !listOnly,
    view,
  };
}

/**
 * A digest of everything a page shows, for Astro's incremental build: the page model itself,
 * which is all its template reads (besides code, which Astro hashes). Anything a page shows
 * from elsewhere (a glossary term in the search page's vocabulary, whether an incident's table
 * is among the images drawn, a title in a menu) is in its model, so no such change can leave a
 * page stale. The page's own HTML is stood for by its digest (which names it on disk), and the
 * bibliography's numbers, the same lookup table on every page, by the sources' digest.
 */
export function pageCacheKey(site: SiteModel, page: SitePage, options: PageModelOptions): string {
  const model = {
    ...modelWithoutHtml(site, page, options),
    sourceNumbers: site.digests.sources,
    // What its fact blocks write, and the sources they cite, is stood for by the facts' digest.
    factText: showsFactText(page) ? site.digests.facts : "",
  };
  return createHash("sha256").update(stableJson(model)).digest("hex").slice(0, 32);
}

/** JSON of a model: maps and sets as lists of their entries, functions left out. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item instanceof Map ? [...item] : item instanceof Set ? [...item] : item,
  );
}

/** The kind-specific part of a page model, for the template of that kind. */
export function viewOf<K extends KindView["kind"]>(
  model: PageModel,
  kind: K,
): Extract<KindView, { kind: K }> {
  if (model.view.kind !== kind)
    throw new Error(`${model.page.id}: expected a ${kind} page, got ${model.view.kind}`);
  return model.view as Extract<KindView, { kind: K }>;
}
