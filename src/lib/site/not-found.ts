/** The not-found page, one page for both languages: the main links of each edition. */
import { LANGS, t, type Lang, type UiKey } from "../../i18n/index.ts";
import { siteConfig } from "../../site.config.ts";
import { chromeModel, type ChromeModel } from "./chrome.ts";
import { headModel, type HeadModel } from "./head.ts";
import type { SiteModel } from "./model.ts";

export interface NotFoundModel {
  head: HeadModel;
  chrome: ChromeModel;
  sections: { lang: Lang; links: { url: string; label: string }[] }[];
}

export function notFoundModel(site: SiteModel, siteUrl: URL): NotFoundModel {
  const items: { key: string; label: UiKey }[] = [
    { key: "home", label: "nav.home" },
    ...siteConfig.nav,
    { key: siteConfig.searchKey, label: "search.submit" },
  ];
  return {
    head: headModel({
      lang: "fr",
      title: t("fr", "notFound.title"),
      description: t("fr", "notFound.body"),
      url: "/404/",
      site: siteUrl,
      // "article": the site name follows the title, as on every page but the home page.
      type: "article",
      indexable: false,
    }),
    chrome: chromeModel(site, "fr", "/404/", []),
    sections: LANGS.map((lang) => ({
      lang,
      links: items.flatMap((item) => {
        const url = site.pageOf(lang, item.key)?.url;
        return url ? [{ url, label: t(lang, item.label) }] : [];
      }),
    })),
  };
}
