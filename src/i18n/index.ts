import { frenchSpacing } from "../lib/typography.ts";
import { en } from "./en.ts";
import { fr, type UiKey } from "./fr.ts";

export const LANGS = ["fr", "en"] as const;
export type Lang = (typeof LANGS)[number];
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

const LOCALES: Record<Lang, string> = { fr: "fr-FR", en: "en-GB" };

/** Formats an ISO date (`2024-02-01`) for display, e.g. « 1 février 2024 ». */
export function formatDate(lang: Lang, isoDate: string): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

/** Formats `YYYY-MM-DD` as a date, or `YYYY-MM` as a month (« février 2024 »). */
export function formatDateOrMonth(lang: Lang, value: string): string {
  if (value.length > 7) return formatDate(lang, value);
  return new Intl.DateTimeFormat(LOCALES[lang], { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${value}-01T00:00:00Z`),
  );
}

/** Formats a number with the locale's grouping (French uses narrow no-break spaces). */
export function formatNumber(lang: Lang, value: number): string {
  return new Intl.NumberFormat(LOCALES[lang]).format(value);
}
