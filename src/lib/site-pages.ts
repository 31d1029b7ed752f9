import { getCollection, type CollectionEntry } from "astro:content";
import type { Lang } from "../i18n/index.ts";
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
