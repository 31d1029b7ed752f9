/**
 * What a page puts in <head> besides its stylesheet: title, canonical address, link-preview
 * tags, language alternates, feeds and JSON-LD. Every address is absolute (SITE_URL).
 */
import { DEFAULT_LANG, LANGUAGES, type Lang } from "../../i18n/langs.ts";
import { t } from "../../i18n/index.ts";
import { articleLd, breadcrumbLd } from "./structured-data.ts";
import type { Crumb, SiteModel, SitePage } from "./model.ts";
import { scriptJson } from "../text/script-json.ts";
import { ogImageUrl } from "../text/urls.ts";

export interface HeadLink {
  lang: Lang;
  href: string;
}

export interface HeadModel {
  lang: Lang;
  /** The `<title>`: the page title and the site name, or the home page's title alone. */
  title: string;
  /** The page's own title, for link previews. */
  pageTitle: string;
  description: string;
  siteName: string;
  /** Absolute address of the page; no canonical link (and `noindex`) when undefined. */
  canonical: string | undefined;
  /** Absolute address of the page as served, for `og:url`. */
  url: string;
  image: string | undefined;
  type: "article" | "website";
  ogLocale: string;
  /** hreflang alternates, shown only when the page exists in more than one language. */
  alternates: HeadLink[];
  xDefault: string | undefined;
  feeds: { title: string; href: string }[];
  /** JSON-LD blocks, already serialised and safe inside a <script> element. */
  jsonLd: string[];
}

export interface HeadInput {
  lang: Lang;
  title: string;
  description: string;
  /** Site-relative address of the page. */
  url: string;
  site: URL;
  type: "article" | "website";
  indexable: boolean;
  image?: string | undefined;
  alternates?: readonly { lang: Lang; url: string }[];
  feeds?: readonly { title: string; url: string }[];
  jsonLd?: readonly Record<string, unknown>[];
}

export function headModel(input: HeadInput): HeadModel {
  const absolute = (path: string) => new URL(path, input.site).href;
  const siteName = t(input.lang, "site.name");
  const alternates =
    (input.alternates?.length ?? 0) > 1
      ? (input.alternates ?? []).map((alternate) => ({ lang: alternate.lang, href: absolute(alternate.url) }))
      : [];
  return {
    lang: input.lang,
    title: input.type === "website" ? input.title : `${input.title} · ${siteName}`,
    pageTitle: input.title,
    description: input.description,
    siteName,
    canonical: input.indexable ? absolute(input.url) : undefined,
    url: absolute(input.url),
    image: input.image ? absolute(input.image) : undefined,
    type: input.type,
    ogLocale: LANGUAGES[input.lang].ogLocale,
    alternates,
    xDefault: alternates.find((alternate) => alternate.lang === DEFAULT_LANG)?.href,
    feeds: (input.feeds ?? []).map((feed) => ({ title: feed.title, href: absolute(feed.url) })),
    jsonLd: (input.jsonLd ?? []).map(scriptJson),
  };
}

/** The feeds a page announces: the site's change log, and its own for an incident page. */
export function feedsOf(site: SiteModel, page: SitePage): { title: string; url: string }[] {
  const updates = site.pageOf(page.lang, "mises-a-jour");
  return [
    ...(updates ? [{ title: t(page.lang, "feed.site"), url: `${updates.url}atom.xml` }] : []),
    ...(page.data.kind === "incident"
      ? [{ title: t(page.lang, "feed.page", { title: page.data.title }), url: `${page.url}atom.xml` }]
      : []),
  ];
}

/** Article and breadcrumb JSON-LD of a content page. */
export function pageJsonLd(page: SitePage, trail: readonly Crumb[], site: URL): Record<string, unknown>[] {
  const absolute = (path: string) => new URL(path, site).href;
  return [
    articleLd({
      lang: page.lang,
      siteName: t(page.lang, "site.name"),
      title: page.data.title,
      url: absolute(page.url),
      image: absolute(ogImageUrl(page.url)),
      published: page.data.published,
      updated: page.data.updated,
    }),
    breadcrumbLd(trail.map((step) => ({ name: step.title, url: absolute(step.url) }))),
  ];
}
