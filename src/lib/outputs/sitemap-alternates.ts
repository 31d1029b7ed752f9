/**
 * hreflang alternates for the sitemap. The sitemap integration runs outside the content
 * collections, so this reads the page files' `key` directly, with the same URL rule.
 */
import { pageFiles } from "../content/page-files.ts";

export function sitemapAlternates(root: string, site: string): Map<string, { lang: string; url: string }[]> {
  const byKey = new Map<string, { lang: string; url: string }[]>();
  for (const page of pageFiles(root)) {
    const entry = { lang: page.lang, url: new URL(page.url, site).href };
    byKey.set(page.key, [...(byKey.get(page.key) ?? []), entry]);
  }
  const byUrl = new Map<string, { lang: string; url: string }[]>();
  for (const group of byKey.values()) {
    if (group.length > 1) for (const page of group) byUrl.set(page.url, group);
  }
  return byUrl;
}
