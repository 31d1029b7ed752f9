/**
 * hreflang alternates for the sitemap. The sitemap integration runs outside the content
 * collections, so this reads the page files' `key` directly, with the same URL rule.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { splitFrontmatter } from "./content-files.ts";
import { langOfPage, urlOfPage } from "./urls.ts";

export function sitemapAlternates(
  pagesDir: string,
  site: string,
): Map<string, { lang: string; url: string }[]> {
  const byKey = new Map<string, { lang: string; url: string }[]>();
  const files = readdirSync(pagesDir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".md"));
  for (const file of files) {
    const id = relative(pagesDir, join(pagesDir, file)).split(sep).join("/").replace(/\.md$/, "");
    const { data } = splitFrontmatter(readFileSync(join(pagesDir, file), "utf8"), file);
    const key = (data as { key?: string }).key ?? id;
    byKey.set(key, [
      ...(byKey.get(key) ?? []),
      { lang: langOfPage(id), url: new URL(urlOfPage(id), site).href },
    ]);
  }
  const byUrl = new Map<string, { lang: string; url: string }[]>();
  for (const group of byKey.values()) {
    if (group.length > 1) for (const page of group) byUrl.set(page.url, group);
  }
  return byUrl;
}
