/**
 * The site model: every lookup the pages need, built once per build from all the
 * collections by one pure function. Pages, feeds and open data read it instead of scanning
 * the collections, so a page's cost does not depend on how many pages exist.
 */
import { createHash } from "node:crypto";
import { LANGS, type Lang } from "../../i18n/langs.ts";
import type { Category } from "../../schemas/category.ts";
import type { TimelineEvent } from "../../schemas/event.ts";
import type { Figure } from "../../schemas/figure.ts";
import { INCIDENT_GROUPS, type Incident, type IncidentGroup } from "../../schemas/incident.ts";
import type { Source } from "../../schemas/source.ts";
import { searchGroups } from "../search/synonyms.ts";
import type { Synonym } from "../../schemas/synonym.ts";
import type { PageKind } from "../../schemas/page.ts";
import type { ScamCheck } from "../../schemas/scam-check.ts";
import { siteChanges, type LoggedChange } from "../facts/changes.ts";
import { archivePages, type ArchiveList, type ArchivePage, type YearLink } from "./archives.ts";
import { sitePairs, type AnchorRegistry } from "./language-pairs.ts";
import type { IncidentRecord, PageInput, SitePage } from "./records.ts";
import { ancestorUrls, langOfPage, urlOfPage } from "../text/urls.ts";

// Defined beside the model (`./records.ts`, so that `./archives.ts` needs no import of this
// file) and handed on from here with the rest of the model.
export type { IncidentRecord, PageInput, SitePage } from "./records.ts";

export interface EntryInput<T> {
  id: string;
  data: T;
  digest: string;
}

/** Every collection, each in its file order (sources are numbered by it). */
export interface SiteInput {
  pages: readonly PageInput[];
  incidents: readonly EntryInput<Incident>[];
  categories: readonly Category[];
  figures: readonly Figure[];
  events: readonly TimelineEvent[];
  sources: readonly Source[];
  /** The editors' synonym groups (`content/search-synonyms.yaml`). */
  synonyms: readonly Synonym[];
  /** The guided check « Ce message est-il une arnaque ? » (`content/scam-check.yaml`). */
  scamCheck?: ScamCheck | undefined;
  /** Navigation and footer, by page key, from `src/site.config.ts`. */
  menus: Readonly<Record<"nav" | "footer", readonly { key: string; label: string }[]>>;
  /** The incidents the site was made for, shown first (`siteConfig.featuredIncidents`). */
  featuredIncidents?: readonly string[] | undefined;
  /** The permalink registry's anchors by page URL (`content/permalinks.json`), for the language links. */
  anchors?: AnchorRegistry | undefined;
}

export interface Alternate {
  lang: Lang;
  url: string;
}

export interface Crumb {
  title: string;
  url: string;
}

/** A menu entry: `label` is a dictionary key, resolved by the page model. */
export interface MenuLink {
  url: string;
  label: string;
}

export interface NumberedSource extends Source {
  /** Its position in `content/sources.yaml`, from 1: the same "[n]" on every page. */
  number: number;
}

export interface SiteModel {
  /** Every page to build: the content pages, then the generated archive pages. */
  pages: readonly SitePage[];
  /** The archive page at this address, if it is one. */
  archiveAt(url: string): ArchivePage | undefined;
  /** The years of an archived list in one language, newest first. */
  archiveYears(lang: Lang, list: ArchiveList): readonly YearLink[];
  pageAt(url: string): SitePage | undefined;
  pageOf(lang: Lang, key: string): SitePage | undefined;
  /** The content pages of one kind in one language, in the order of `pages`. */
  pagesOfKind(lang: Lang, kind: PageKind): readonly SitePage[];
  /** The pages one folder below a page's address, by `order`, then title. */
  childrenOf(page: SitePage): readonly SitePage[];
  /** The page in every language it exists in (itself included), paired by `key`. */
  translations(page: SitePage): Alternate[];
  /**
   * Which anchors of the page at `from` are which on its translation at `to`, as the language
   * link carries them (`./anchor-pairs.ts`); made for the whole site at the first call.
   */
  languagePairs(from: string, to: string): string;
  /** Home, then each parent page that exists, then the page itself. */
  trail(page: SitePage): Crumb[];
  /** Every incident, newest announcement first. */
  incidents: readonly IncidentRecord[];
  incident(id: string): IncidentRecord | undefined;
  /** Incidents with a page in this language, newest announcement first. */
  incidentsIn(lang: Lang): readonly IncidentRecord[];
  /**
   * The same in the order general pages list them: the featured incidents (in their configured
   * order), the other health leaks, then the leaks that complete the picture, each newest first.
   * Of one group, its featured incidents, then its others newest first.
   */
  incidentsFeaturedFirst(lang: Lang, group?: IncidentGroup): readonly IncidentRecord[];
  /** Incidents of one group with a page in this language, newest announcement first. */
  incidentsOfGroup(lang: Lang, group: IncidentGroup): readonly IncidentRecord[];
  /**
   * People and bodies named by one incident only. Search finds an incident by them (« Zataz »);
   * a body named by several (the CNIL, which hears of every leak) identifies none of them,
   * and as an alias it put every such incident above the page that answers about it.
   */
  namedByOneIncident: ReadonlySet<string>;
  /** Every key figure, in file order. */
  figures: readonly Figure[];
  /** Every dated event, oldest first. */
  events: readonly TimelineEvent[];
  /** Search's synonym groups of a language, from the synonyms and the category names. */
  searchGroups(lang: Lang): readonly string[][];
  /** Data categories in vocabulary order, which every table follows. */
  categories: readonly Category[];
  category(id: string): Category | undefined;
  /** URL of each data category's own page in this language. */
  categoryUrl(lang: Lang, id: string): string | undefined;
  /** The guided check's tree and examples, when the file exists. */
  scamCheck: ScamCheck | undefined;
  /** The bibliography in number order. */
  sources: readonly NumberedSource[];
  /** Each source's number by id: one table that every page's source marks read. */
  sourceNumbers: ReadonlyMap<string, number>;
  source(id: string): NumberedSource | undefined;
  /** Sources of these ids, each once, in number order (unknown ids are skipped). */
  sourcesIn(ids: Iterable<string>): NumberedSource[];
  /** Menu links whose page exists in this language. */
  menu(lang: Lang, name: "nav" | "footer"): readonly MenuLink[];
  /** Every change of every page of this language except the log itself, newest first. */
  changes(lang: Lang): readonly LoggedChange[];
  /**
   * A digest of the bibliography (`sources`), which numbers every source mark, and of the
   * facts (`facts`), which fact blocks write into pages: page cache keys stand for the
   * numbering and for that text with them (`pageCacheKey`).
   */
  digests: Readonly<Record<"sources" | "facts", string>>;
}

const digestOf = (parts: Iterable<string>): string => {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part).update("\0");
  return hash.digest("hex").slice(0, 32);
};

const byLangKey = (lang: Lang, key: string) => `${lang}|${key}`;

function indexBy<T>(items: readonly T[], keyOf: (item: T) => string | undefined): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === undefined) continue;
    const list = map.get(key);
    if (list) list.push(item);
    else map.set(key, [item]);
  }
  return map;
}

export function buildSiteModel(input: SiteInput): SiteModel {
  const pages: SitePage[] = input.pages.map((page) => ({
    ...page,
    lang: langOfPage(page.id),
    url: urlOfPage(page.id),
  }));
  const pageByUrl = new Map(pages.map((page) => [page.url, page]));
  const pageByKey = new Map(pages.map((page) => [byLangKey(page.lang, page.data.key), page]));
  const pagesByKind = Map.groupBy(pages, (page) => `${page.lang} ${page.data.kind}`);
  const children = indexBy(pages, (page) => page.url.replace(/[^/]+\/$/, ""));
  for (const list of children.values()) {
    list.sort(
      (a, b) =>
        (a.data.order ?? Infinity) - (b.data.order ?? Infinity) || a.data.title.localeCompare(b.data.title),
    );
  }

  const figuresByIncident = indexBy(
    input.figures.flatMap((figure) => figure.incidents.map((id) => ({ id, figure }))),
    (item) => item.id,
  );
  const eventsByIncident = indexBy(
    input.events.flatMap((event) => event.incidents.map((id) => ({ id, event }))),
    (item) => item.id,
  );
  const incidentPages = indexBy(
    pages.filter((page) => page.data.kind === "incident"),
    (page) => page.data.incident,
  );
  const featured = input.featuredIncidents ?? [];
  const operatorCount = new Map<string, number>();
  for (const { data } of input.incidents)
    operatorCount.set(data.operator, (operatorCount.get(data.operator) ?? 0) + 1);
  const incidents: IncidentRecord[] = input.incidents
    .map(({ id, data, digest }) => {
      const figures = (figuresByIncident.get(id) ?? [])
        .map((item) => item.figure)
        .sort((a, b) => Number(b.peopleConcerned) - Number(a.peopleConcerned));
      const events = (eventsByIncident.get(id) ?? [])
        .map((item) => item.event)
        .sort((a, b) => a.date.localeCompare(b.date));
      const pagesOfIncident: Partial<Record<Lang, SitePage>> = {};
      for (const page of incidentPages.get(id) ?? []) pagesOfIncident[page.lang] = page;
      const namesake = (operatorCount.get(data.operator) ?? 0) > 1;
      return {
        id,
        data,
        name: namesake ? `${data.operator} (${data.dates.announced.slice(0, 4)})` : data.operator,
        digest,
        figures,
        events,
        people: figures.find((figure) => figure.peopleConcerned),
        featured: featured.includes(id),
        pages: pagesOfIncident,
      };
    })
    .sort((a, b) => b.data.dates.announced.localeCompare(a.data.dates.announced));
  const incidentById = new Map(incidents.map((incident) => [incident.id, incident]));
  const incidentsByLang = Object.fromEntries(
    LANGS.map((lang) => [lang, incidents.filter((incident) => incident.pages[lang])]),
  ) as Record<Lang, IncidentRecord[]>;
  const byGroup = (lang: Lang, group: IncidentGroup) =>
    incidentsByLang[lang].filter((incident) => incident.data.group === group);
  const incidentsByGroup = new Map<string, IncidentRecord[]>(
    LANGS.flatMap((lang) =>
      INCIDENT_GROUPS.map((group) => [`${lang}|${group}`, byGroup(lang, group)] as const),
    ),
  );
  // « Featured first, then the newest », decided here once for every list that shows it.
  const featuredFirst = (all: readonly IncidentRecord[], groups: readonly IncidentGroup[]) => [
    ...featured.flatMap((id) => all.filter((incident) => incident.id === id)),
    ...groups.flatMap((group) =>
      all.filter((incident) => incident.data.group === group && !incident.featured),
    ),
  ];
  const featuredFirstByKey = new Map<string, IncidentRecord[]>(
    LANGS.flatMap((lang) => [
      [lang, featuredFirst(incidentsByLang[lang], INCIDENT_GROUPS)] as const,
      ...INCIDENT_GROUPS.map(
        (group) =>
          [
            `${lang}|${group}`,
            featuredFirst(incidentsByGroup.get(`${lang}|${group}`) ?? [], [group]),
          ] as const,
      ),
    ]),
  );

  const categoryById = new Map(input.categories.map((category) => [category.id, category]));
  const categoryUrls = new Map(
    pages.flatMap((page) =>
      page.data.kind === "category" ? [[byLangKey(page.lang, page.data.category), page.url] as const] : [],
    ),
  );

  const sources: NumberedSource[] = input.sources.map((source, index) => ({ ...source, number: index + 1 }));
  const sourceById = new Map(sources.map((source) => [source.id, source]));

  const menus = new Map<string, MenuLink[]>();
  for (const lang of LANGS) {
    for (const name of ["nav", "footer"] as const) {
      menus.set(
        `${lang}|${name}`,
        input.menus[name].flatMap((item) => {
          const page = pageByKey.get(byLangKey(lang, item.key));
          return page ? [{ url: page.url, label: item.label }] : [];
        }),
      );
    }
  }

  const changesByLang = Object.fromEntries(
    LANGS.map((lang) => [
      lang,
      siteChanges(
        pages
          .filter((page) => page.lang === lang && page.data.kind !== "updates")
          .map((page) => ({ url: page.url, title: page.data.title, changes: page.data.changes })),
      ),
    ]),
  ) as Record<Lang, LoggedChange[]>;

  const archives = archivePages(
    (lang, key) => pageByKey.get(byLangKey(lang, key)),
    (lang) => incidentsByLang[lang],
    (lang) => changesByLang[lang],
  );
  for (const archive of archives) {
    pageByUrl.set(archive.url, archive);
    pageByKey.set(byLangKey(archive.lang, archive.data.key), archive);
  }
  const archiveByUrl = new Map(archives.map((archive) => [archive.url, archive]));

  const digests = {
    sources: digestOf([JSON.stringify(input.sources)]),
    facts: digestOf([
      ...input.incidents.map((incident) => incident.digest),
      JSON.stringify([input.figures, input.events, input.categories]),
    ]),
  };

  const timesNamed = new Map<string, number>();
  for (const incident of input.incidents) {
    for (const name of new Set(incident.data.named.map((named) => named.name))) {
      timesNamed.set(name, (timesNamed.get(name) ?? 0) + 1);
    }
  }
  const namedByOneIncident = new Set(
    [...timesNamed].filter(([, count]) => count === 1).map(([name]) => name),
  );

  const groupsByLang = Object.fromEntries(
    LANGS.map((lang) => [lang, searchGroups(lang, input.synonyms, input.categories)]),
  ) as Record<Lang, string[][]>;

  let pairs: Map<string, string> | undefined;
  const model: SiteModel = {
    pages: [...pages, ...archives],
    archiveAt: (url) => archiveByUrl.get(url),
    archiveYears: (lang, list) =>
      archives.find((archive) => archive.lang === lang && archive.archive.list === list)?.archive.years ?? [],
    pageAt: (url) => pageByUrl.get(url),
    pageOf: (lang, key) => pageByKey.get(byLangKey(lang, key)),
    pagesOfKind: (lang, kind) => pagesByKind.get(`${lang} ${kind}`) ?? [],
    childrenOf: (page) => (children.get(page.url) ?? []).filter((child) => child !== page),
    translations: (page) =>
      LANGS.flatMap((lang) => {
        const match = pageByKey.get(byLangKey(lang, page.data.key));
        return match ? [{ lang, url: match.url }] : [];
      }),
    languagePairs: (from, to) => (pairs ??= sitePairs(model, input.anchors ?? {})).get(`${from} ${to}`) ?? "",
    trail: (page) =>
      [...ancestorUrls(page.url, page.lang), page.url].flatMap((url) => {
        const match = pageByUrl.get(url);
        return match ? [{ title: match.data.title, url }] : [];
      }),
    incidents,
    incident: (id) => incidentById.get(id),
    incidentsIn: (lang) => incidentsByLang[lang],
    incidentsFeaturedFirst: (lang, group) => featuredFirstByKey.get(group ? `${lang}|${group}` : lang) ?? [],
    incidentsOfGroup: (lang, group) => incidentsByGroup.get(`${lang}|${group}`) ?? [],
    namedByOneIncident,
    figures: input.figures,
    events: [...input.events].sort((a, b) => a.date.localeCompare(b.date)),
    searchGroups: (lang) => groupsByLang[lang],
    categories: input.categories,
    category: (id) => categoryById.get(id),
    categoryUrl: (lang, id) => categoryUrls.get(byLangKey(lang, id)),
    scamCheck: input.scamCheck,
    sources,
    sourceNumbers: new Map(sources.map((source) => [source.id, source.number])),
    source: (id) => sourceById.get(id),
    sourcesIn: (ids) =>
      [...new Set(ids)]
        .flatMap((id) => {
          const source = sourceById.get(id);
          return source ? [source] : [];
        })
        .sort((a, b) => a.number - b.number),
    menu: (lang, name) => menus.get(`${lang}|${name}`) ?? [],
    changes: (lang) => changesByLang[lang],
    digests,
  };
  return model;
}
