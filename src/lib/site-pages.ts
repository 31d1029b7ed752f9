import { getCollection, type CollectionEntry } from "astro:content";
import { t, type Lang, type UiKey } from "../i18n/index.ts";
import type { Category } from "../schemas/category.ts";
import { langOfPage, urlOfPage } from "./urls.ts";
import { knownCategoryIds } from "./vocabulary.ts";

export type Page = CollectionEntry<"pages">;

/** All pages of one language. */
export async function pagesOf(lang: Lang): Promise<Page[]> {
  return (await getCollection("pages")).filter((page) => langOfPage(page.id) === lang);
}

/** The URL of the page with this key in this language, or undefined if it does not exist. */
export async function urlOfKey(lang: Lang, key: string): Promise<string | undefined> {
  const page = (await pagesOf(lang)).find((candidate) => candidate.data.key === key);
  return page ? urlOfPage(page.id) : undefined;
}

/** The data categories in the order of `content/categories.yaml`, which tables follow. */
export async function categoriesInOrder(): Promise<Category[]> {
  const order = [...knownCategoryIds()];
  return (await getCollection("categories"))
    .map((entry) => entry.data)
    .sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
}

/** URL of each data category's own page in this language, by category id. */
export async function categoryPageUrls(lang: Lang): Promise<Map<string, string>> {
  const pages = (await pagesOf(lang)).filter((page) => page.data.kind === "category" && page.data.category);
  return new Map(pages.map((page) => [page.data.category ?? "", urlOfPage(page.id)]));
}

export interface SiteLink {
  href: string;
  label: string;
}

/**
 * Links to pages named by key, labelled from the dictionary; a key with no page in this
 * language is left out, so menus never link to a page that does not exist yet.
 */
export async function linksFor(
  lang: Lang,
  items: readonly { key: string; label: UiKey }[],
): Promise<SiteLink[]> {
  const links = await Promise.all(
    items.map(async (item) => ({ href: await urlOfKey(lang, item.key), label: t(lang, item.label) })),
  );
  return links.filter((link): link is SiteLink => link.href !== undefined);
}
