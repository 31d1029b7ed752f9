import { frenchSpacing } from "../lib/text/typography.ts";
import { en } from "./en.ts";
import { fr, type UiKey } from "./fr.ts";
import { LANGUAGES, type Lang } from "./langs.ts";

export { LANGS, LANGUAGES, type Lang } from "./langs.ts";
export type { UiKey };

const dictionaries: Record<Lang, Record<UiKey, string>> = { fr, en };

/**
 * Looks up a UI string and fills `{name}` placeholders. French strings get the same
 * no-break spaces as French Markdown, so « : » never starts a line.
 */
export function t(lang: Lang, key: UiKey, params: Record<string, string> = {}): string {
  const text = dictionaries[lang][key].replace(
    /\{(\w+)\}/g,
    (_, name: string) => params[name] ?? `{${name}}`,
  );
  return lang === "fr" ? frenchSpacing(text) : text;
}

// Intl formatters are costly to create: one per language and style for the whole build.
const memo = <T>(make: (lang: Lang) => T): ((lang: Lang) => T) => {
  const made = new Map<Lang, T>();
  return (lang) => {
    let value = made.get(lang);
    if (value === undefined) made.set(lang, (value = make(lang)));
    return value;
  };
};
const dayFormat = memo(
  (lang) => new Intl.DateTimeFormat(LANGUAGES[lang].locale, { dateStyle: "long", timeZone: "UTC" }),
);
const monthFormat = memo(
  (lang) =>
    new Intl.DateTimeFormat(LANGUAGES[lang].locale, { month: "long", year: "numeric", timeZone: "UTC" }),
);
const numberFormat = memo((lang) => new Intl.NumberFormat(LANGUAGES[lang].locale));

/** Formats an ISO date (`2024-02-01`) for display, e.g. « 1 février 2024 ». */
export function formatDate(lang: Lang, isoDate: string): string {
  return dayFormat(lang).format(new Date(`${isoDate}T00:00:00Z`));
}

/** Formats `YYYY-MM-DD` as a date, or `YYYY-MM` as a month (« février 2024 »). */
export function formatDateOrMonth(lang: Lang, value: string): string {
  if (value.length > 7) return formatDate(lang, value);
  return monthFormat(lang).format(new Date(`${value}-01T00:00:00Z`));
}

/** Formats a number with the locale's grouping (French uses narrow no-break spaces). */
export function formatNumber(lang: Lang, value: number): string {
  return numberFormat(lang).format(value);
}
