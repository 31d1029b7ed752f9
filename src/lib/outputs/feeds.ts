/** Atom feeds of page changes: the whole site per language, and one per incident page. */
import { Feed } from "feed";
import { t, type Lang } from "../../i18n/index.ts";
import type { LoggedChange } from "../facts/changes.ts";

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
