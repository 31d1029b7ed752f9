/** The parts of every page around its content: header, navigation, language switch, footer. */
import { t, type UiKey } from "../../i18n/index.ts";
import type { Lang } from "../../i18n/langs.ts";
import { siteConfig } from "../../site.config.ts";
import type { Alternate, SiteModel } from "./model.ts";
import { homeUrl } from "../text/urls.ts";

export interface ChromeLink {
  url: string;
  label: string;
  /** The reader is on this page or below it. */
  current: boolean;
}

/** The same page in another language, and where each of this page's anchors is on it. */
export interface LanguageLink extends Alternate {
  /** `data-pairs`: see `../text/paired-anchor.ts`. */
  pairs: string;
}

export interface ChromeModel {
  lang: Lang;
  homeUrl: string;
  nav: ChromeLink[];
  footer: ChromeLink[];
  /** The search page, unless the reader is on it (the header form would repeat its form). */
  searchUrl: string | undefined;
  /** This page in the other languages. */
  languages: LanguageLink[];
}

export function chromeModel(
  site: SiteModel,
  lang: Lang,
  currentUrl: string,
  translations: readonly Alternate[],
): ChromeModel {
  const links = (name: "nav" | "footer") =>
    site.menu(lang, name).map((link) => ({
      url: link.url,
      label: t(lang, link.label as UiKey),
      current: currentUrl.startsWith(link.url),
    }));
  const searchUrl = site.pageOf(lang, siteConfig.searchKey)?.url;
  return {
    lang,
    homeUrl: homeUrl(lang),
    nav: links("nav"),
    footer: links("footer"),
    searchUrl: searchUrl === currentUrl ? undefined : searchUrl,
    languages: translations
      .filter((alternate) => alternate.lang !== lang)
      .map((alternate) => ({ ...alternate, pairs: site.languagePairs(currentUrl, alternate.url) })),
  };
}
