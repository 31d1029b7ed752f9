import type { Lang } from "../i18n/index.ts";

/** The language of a page id (`fr/a-propos` → `fr`). */
export function langOfPage(id: string): Lang {
  return id.startsWith("en/") ? "en" : "fr";
}

/**
 * A page's URL from its file path: French at the root, English under `/en/`, `index` for a
 * folder's own page. `fr/incidents/viamedis-2024` → `/incidents/viamedis-2024/`.
 */
export function urlOfPage(id: string): string {
  const [lang, ...rest] = id.split("/");
  const parts = rest.at(-1) === "index" ? rest.slice(0, -1) : rest;
  const prefix = lang === "en" ? "/en/" : "/";
  return parts.length === 0 ? prefix : `${prefix}${parts.join("/")}/`;
}

/** The `[...path]` route parameter for a page id (undefined for a language's home). */
export function routeParamOfPage(id: string): string | undefined {
  return urlOfPage(id).replace(/^\/|\/$/g, "") || undefined;
}

/** The route parameter of a page's link-preview image: `/og/<param>.png`. */
export function ogImageParam(id: string): string {
  return routeParamOfPage(id) ?? "index";
}

/** The path of a page's link-preview image. */
export function ogImageUrl(id: string): string {
  return `/og/${ogImageParam(id)}.png`;
}
