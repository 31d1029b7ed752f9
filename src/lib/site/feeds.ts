/** Which feeds the site publishes, and what each holds. */
import { siteConfig } from "../../site.config.ts";
import { siteChanges } from "../facts/changes.ts";
import { atomFeed } from "../outputs/feeds.ts";
import type { SiteModel } from "./model.ts";

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
