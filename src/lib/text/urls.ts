/** Page ids (`fr/incidents/viamedis-2024`, the file path) and the URLs they publish. Pure. */
import { LANGUAGES, isLang, type Lang } from "../../i18n/langs.ts";

/** The language of a page id (`fr/a-propos` → `fr`). */
export function langOfPage(id: string): Lang {
  const lang = id.split("/")[0] ?? "";
  return isLang(lang) ? lang : "fr";
}

/**
 * A page's URL from its file path: French at the root, English under `/en/`, `index` for a
 * folder's own page. `fr/incidents/viamedis-2024` → `/incidents/viamedis-2024/`.
 */
export function urlOfPage(id: string): string {
  const [, ...rest] = id.split("/");
  const parts = rest.at(-1) === "index" ? rest.slice(0, -1) : rest;
  const prefix = LANGUAGES[langOfPage(id)].prefix;
  return parts.length === 0 ? prefix : `${prefix}${parts.join("/")}/`;
}

/** The home page of an edition: `/` or `/en/`. */
export function homeUrl(lang: Lang): string {
  return LANGUAGES[lang].prefix;
}

/** The `[...path]` route parameter for a page URL (undefined for a language's home). */
export function routeParamOfUrl(url: string): string | undefined {
  return url.replace(/^\/|\/$/g, "") || undefined;
}

/** The `[...path]` route parameter for a page id (undefined for a language's home). */
export function routeParamOfPage(id: string): string | undefined {
  return routeParamOfUrl(urlOfPage(id));
}

/** The route parameter of a page's link-preview image: `/og/<param>.png`. */
export function ogImageParam(url: string): string {
  return routeParamOfUrl(url) ?? "index";
}

/** The path of a page's link-preview image. */
export function ogImageUrl(url: string): string {
  return `/og/${ogImageParam(url)}.png`;
}

/**
 * The ancestors of a URL within its edition, home first, then each parent folder:
 * `/en/data/nir/` → `/en/`, `/en/data/`.
 */
export function ancestorUrls(url: string, lang: Lang): string[] {
  const prefix = homeUrl(lang);
  const segments = url.slice(prefix.length).split("/").filter(Boolean);
  const parents = segments
    .slice(0, -1)
    .map((_, index) => `${prefix}${segments.slice(0, index + 1).join("/")}/`);
  return url === prefix ? [] : [prefix, ...parents];
}
