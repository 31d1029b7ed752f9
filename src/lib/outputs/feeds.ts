/**
 * Atom feeds of page changes: which feeds the site publishes (the change log's in each
 * language, one per incident page) and what each holds.
 */
import { Feed } from "feed";
import { t, type Lang } from "../../i18n/index.ts";
import { siteConfig } from "../../site.config.ts";
import { siteChanges, type LoggedChange } from "../facts/changes.ts";
import type { SiteModel } from "../site/model.ts";

export interface FeedInput {
  lang: Lang;
  site: URL;
  /** Feed title, e.g. the page it follows. */
  title: string;
  /** The HTML page the feed follows, and the feed's own path. */
  pageUrl: string;
  feedUrl: string;
  /** The changes it lists, newest first (`siteChanges`). */
  changes: readonly LoggedChange[];
}

function entryId(change: LoggedChange, index: number, site: URL): string {
  return new URL(`${change.url}#change-${change.date}-${index}`, site).href;
}

export function atomFeed(input: FeedInput): string {
  const { changes } = input;
  const absolute = (path: string) => new URL(path, input.site).href;
  const latest = changes[0]?.date ?? "1970-01-01";
  const feed = new Feed({
    id: absolute(input.feedUrl),
    title: `${input.title} · ${t(input.lang, "site.name")}`,
    link: absolute(input.pageUrl),
    language: input.lang,
    updated: new Date(`${latest}T00:00:00Z`),
    generator: false,
    feedLinks: { atom: absolute(input.feedUrl) },
    copyright: t(input.lang, "feed.copyright"),
    author: { name: t(input.lang, "site.name"), link: input.site.href },
  });
  // Same-day changes of one page are numbered so each entry keeps a distinct, stable id.
  const seen = new Map<string, number>();
  for (const change of changes) {
    const key = `${change.url}|${change.date}`;
    const index = seen.get(key) ?? 0;
    seen.set(key, index + 1);
    feed.addItem({
      id: entryId(change, index, input.site),
      title: t(input.lang, "feed.entryTitle", { title: change.title, summary: change.summary }),
      link: absolute(change.url),
      date: new Date(`${change.date}T00:00:00Z`),
      description: change.summary,
    });
  }
  return feed.atom1();
}

export interface FeedFile {
  /** Path under the site root, e.g. `incidents/viamedis-2024/atom.xml`. */
  path: string;
  xml: () => string;
}

/** The change log's feed in each language, and one feed per incident page. */
export function feedFiles(site: SiteModel, siteUrl: URL): FeedFile[] {
  return site.pages
    .filter(
      (page) => (page.data.kind === "updates" || page.data.kind === "incident") && !site.archiveAt(page.url),
    )
    .map((page) => ({
      path: `${page.url.slice(1)}atom.xml`,
      xml: () =>
        atomFeed({
          lang: page.lang,
          site: siteUrl,
          title: page.data.title,
          pageUrl: page.url,
          feedUrl: `${page.url}atom.xml`,
          changes:
            page.data.kind === "updates"
              ? site.changes(page.lang).slice(0, siteConfig.lists.feedEntries)
              : siteChanges([{ url: page.url, title: page.data.title, changes: page.data.changes }]),
        }),
    }));
}
