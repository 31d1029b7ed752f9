import { LANGS, type Lang } from "../i18n/index.ts";
import { pagesOf, type Page } from "./site-pages.ts";
import { urlOfPage } from "./urls.ts";

export interface Alternate {
  lang: Lang;
  url: string;
}

/** The page in every language it exists in (itself included), paired by `key`. */
export async function alternatesOf(page: Page): Promise<Alternate[]> {
  const found = await Promise.all(
    LANGS.map(async (lang) => {
      const match = (await pagesOf(lang)).find((other) => other.data.key === page.data.key);
      return match ? [{ lang, url: urlOfPage(match.id) }] : [];
    }),
  );
  return found.flat();
}

/** Home, then each parent page that exists, then the page: the breadcrumb trail. */
export async function trailOf(page: Page, lang: Lang): Promise<{ title: string; url: string }[]> {
  const pages = await pagesOf(lang);
  const url = urlOfPage(page.id);
  const prefix = lang === "en" ? "/en/" : "/";
  const segments = url.slice(prefix.length).split("/").filter(Boolean);
  const ancestors = segments.map((_, index) => `${prefix}${segments.slice(0, index + 1).join("/")}/`);
  return [prefix, ...ancestors]
    .filter((candidate, index, all) => all.indexOf(candidate) === index)
    .flatMap((candidate) => {
      const match = pages.find((other) => urlOfPage(other.id) === candidate);
      return match ? [{ title: match.data.title, url: candidate }] : [];
    });
}
