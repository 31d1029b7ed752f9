/**
 * Lists that stay short at any size. The incident list and the change log show their newest
 * entries; everything is also reachable through pages by year (`/incidents/2025/`,
 * `/mises-a-jour/2026/`), split into numbered pages past a fixed length
 * (`/incidents/2025/2/`). An archive address, once built, exists in every later build:
 * entries are only ever added.
 */
import { t } from "../../i18n/index.ts";
import { LANGS, type Lang } from "../../i18n/langs.ts";
import type { PageData } from "../../schemas/page.ts";
import { siteConfig } from "../../site.config.ts";
import type { LoggedChange } from "../facts/changes.ts";
import type { IncidentRecord, SitePage } from "./records.ts";

/** A year of an archived list, and the address of its first page. */
export interface YearLink {
  year: string;
  url: string;
}

export type ArchiveList = "incidents" | "updates";

export interface Archive {
  list: ArchiveList;
  year: string;
  /** 1-based page number within the year. */
  page: number;
  pageCount: number;
  /** The pages of the same list in this language, newest year first. */
  years: YearLink[];
  /** The numbered pages of this year. */
  siblings: { page: number; url: string }[];
}

export interface ArchivePage extends SitePage {
  archive: Archive;
  /** What the page lists, newest first. */
  incidents: readonly IncidentRecord[];
  changes: readonly LoggedChange[];
}

/** The list page an archive belongs to: its address is the archive's prefix. */
const LIST_KEY: Record<ArchiveList, string> = { incidents: "incidents", updates: "mises-a-jour" };

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out.length > 0 ? out : [[]];
}

function groupByYear<T>(items: readonly T[], dateOf: (item: T) => string): Map<string, T[]> {
  const years = new Map<string, T[]>();
  for (const item of items) {
    const year = dateOf(item).slice(0, 4);
    const list = years.get(year);
    if (list) list.push(item);
    else years.set(year, [item]);
  }
  return new Map([...years].sort(([a], [b]) => b.localeCompare(a)));
}

const pageUrl = (base: string, year: string, page: number) =>
  page === 1 ? `${base}${year}/` : `${base}${year}/${page}/`;

interface ListSource<T> {
  list: ArchiveList;
  items: readonly T[];
  dateOf: (item: T) => string;
  toPage: (items: T[]) => Pick<ArchivePage, "incidents" | "changes">;
}

function archivesOf<T>(lang: Lang, base: SitePage, source: ListSource<T>): ArchivePage[] {
  const byYear = groupByYear(source.items, source.dateOf);
  const years = [...byYear.keys()].map((year) => ({ year, url: pageUrl(base.url, year, 1) }));
  return [...byYear].flatMap(([year, items]) => {
    const pages = chunks(items, siteConfig.lists.perArchivePage);
    const siblings = pages.map((_, index) => ({ page: index + 1, url: pageUrl(base.url, year, index + 1) }));
    return pages.map((pageItems, index) => {
      const page = index + 1;
      const dates = pageItems.map(source.dateOf).sort();
      const updated = dates.at(-1) ?? base.data.updated;
      const titleKey = pages.length > 1 ? `archive.${source.list}.titlePage` : `archive.${source.list}.title`;
      const params = { year, page: String(page), pages: String(pages.length) };
      const data: PageData = {
        title: t(lang, titleKey as "archive.incidents.title", params),
        description: t(lang, `archive.${source.list}.description`, params),
        kind: source.list,
        key: `${LIST_KEY[source.list]}-${year}-${page}`,
        notTranslated: false,
        published: dates[0] ?? updated,
        updated,
        changes: [{ date: updated, summary: t(lang, "archive.changeSummary") }],
      };
      return {
        id: `${base.id.replace(/\/index$/, "")}/${year}/${page}`,
        lang,
        url: siblings[index]!.url,
        digest: "",
        metadata: { headings: [], citations: [], links: [], factBlocks: [] },
        content: () => ({ html: "", summaryHtml: undefined }),
        data,
        archive: { list: source.list, year, page, pageCount: pages.length, years, siblings },
        ...source.toPage(pageItems),
      };
    });
  });
}

/**
 * The archive pages of both lists in every language that has the list page: incidents by
 * the year they were announced, changes by the year they were made.
 */
export function archivePages(
  pageOf: (lang: Lang, key: string) => SitePage | undefined,
  incidentsIn: (lang: Lang) => readonly IncidentRecord[],
  changesIn: (lang: Lang) => readonly LoggedChange[],
): ArchivePage[] {
  return LANGS.flatMap((lang) => {
    const incidentsPage = pageOf(lang, LIST_KEY.incidents);
    const updatesPage = pageOf(lang, LIST_KEY.updates);
    return [
      ...(incidentsPage
        ? archivesOf(lang, incidentsPage, {
            list: "incidents",
            items: incidentsIn(lang),
            dateOf: (incident: IncidentRecord) => incident.data.dates.announced,
            toPage: (incidents) => ({ incidents, changes: [] }),
          })
        : []),
      ...(updatesPage
        ? archivesOf(lang, updatesPage, {
            list: "updates",
            items: changesIn(lang),
            dateOf: (change: LoggedChange) => change.date,
            toPage: (changes) => ({ incidents: [], changes }),
          })
        : []),
    ];
  });
}
