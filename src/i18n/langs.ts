/**
 * The site's languages and everything that differs per language outside the dictionaries:
 * one table, read by the formatters, the page heads, the URLs and the browser scripts.
 */
export const LANGS = ["fr", "en"] as const;
export type Lang = (typeof LANGS)[number];

export interface LanguageSettings {
  /** BCP 47 locale for dates and numbers. */
  locale: string;
  /** Open Graph `og:locale`. */
  ogLocale: string;
  /** Path prefix of this edition: French at the root, English under /en/. */
  prefix: string;
}

export const LANGUAGES: Record<Lang, LanguageSettings> = {
  fr: { locale: "fr-FR", ogLocale: "fr_FR", prefix: "/" },
  en: { locale: "en-GB", ogLocale: "en_GB", prefix: "/en/" },
};

/** The default language, served without a prefix and named by `hreflang="x-default"`. */
export const DEFAULT_LANG: Lang = "fr";

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}
