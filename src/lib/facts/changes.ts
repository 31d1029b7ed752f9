/** The site-wide change log, built from every page's own dated list of changes. */

export interface LoggedChange {
  date: string;
  summary: string;
  title: string;
  url: string;
}

interface PageLike {
  url: string;
  title: string;
  changes: readonly { date: string; summary: string }[];
}

/** Every change of every page, newest first; same-day changes keep page order. */
export function siteChanges(pages: readonly PageLike[]): LoggedChange[] {
  return pages
    .flatMap((page) => page.changes.map((change) => ({ ...change, title: page.title, url: page.url })))
    .sort((a, b) => b.date.localeCompare(a.date));
}
