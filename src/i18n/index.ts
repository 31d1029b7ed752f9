import { fillPlaceholders } from "../lib/text/placeholders.ts";
import { frenchTypography } from "../lib/text/typography.ts";
import { en } from "./en.ts";
import { fr, type UiKey } from "./fr.ts";
import { LANGUAGES, type Lang } from "./langs.ts";

export { LANGS, LANGUAGES, type Lang } from "./langs.ts";
export type { UiKey };

const dictionaries: Record<Lang, Record<UiKey, string>> = { fr, en };

/**
 * Looks up a UI string and fills `{name}` placeholders. French strings get the same
 * typography as French Markdown (no-break spaces, typographic apostrophes), so « : » never
 * starts a line and no typewriter quote reaches a reader.
 */
export function t(lang: Lang, key: UiKey, params?: Record<string, string>): string {
  if (!params) return plain(lang, key);
  const text = fillPlaceholders(dictionaries[lang][key], params);
  return lang === "fr" ? frenchTypography(text) : text;
}

// Every page asks for the same labels (menus, headings, footer): each is set once a build.
const plainStrings = new Map<string, string>();

function plain(lang: Lang, key: UiKey): string {
  const id = `${lang}:${key}`;
  let text = plainStrings.get(id);
  if (text === undefined) {
    text = lang === "fr" ? frenchTypography(dictionaries[lang][key]) : dictionaries[lang][key];
    plainStrings.set(id, text);
  }
  return text;
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

const asDate = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

/**
 * Formats an ISO date (`2024-02-01`) for display: « 1er février 2024 » (French writes the
 * first of the month as an ordinal, which Intl does not), "1 February 2024".
 */
export function formatDate(lang: Lang, isoDate: string): string {
  const text = dayFormat(lang).format(asDate(isoDate));
  return lang === "fr" ? text.replace(/^1 /, "1er ") : text;
}

const dayMonthFormat = memo(
  (lang) =>
    new Intl.DateTimeFormat(LANGUAGES[lang].locale, { day: "numeric", month: "long", timeZone: "UTC" }),
);
const dayOnlyFormat = memo(
  (lang) => new Intl.DateTimeFormat(LANGUAGES[lang].locale, { day: "numeric", timeZone: "UTC" }),
);

/**
 * Formats a span of days the way each language writes it, without repeating the shared
 * month and year: « du 10 au 12 février 2024 », « du 29 janvier au 1er février 2024 »,
 * "10–12 February 2024", "29 January – 1 February 2024".
 */
export function formatDateRange(lang: Lang, start: string, end: string): string {
  if (start === end) return lang === "fr" ? `le ${formatDate(lang, start)}` : formatDate(lang, start);
  const sameYear = start.slice(0, 4) === end.slice(0, 4);
  const sameMonth = sameYear && start.slice(0, 7) === end.slice(0, 7);
  let first = sameMonth
    ? dayOnlyFormat(lang).format(asDate(start))
    : sameYear
      ? dayMonthFormat(lang).format(asDate(start))
      : dayFormat(lang).format(asDate(start));
  const last = formatDate(lang, end);
  if (lang === "fr") {
    first = first.replace(/^1( |$)/, "1er$1");
    return `du ${first} au ${last}`;
  }
  return sameMonth ? `${first}–${last}` : `${first} – ${last}`;
}

/** Formats `YYYY-MM-DD` as a date, or `YYYY-MM` as a month (« février 2024 »). */
export function formatDateOrMonth(lang: Lang, value: string): string {
  if (value.length > 7) return formatDate(lang, value);
  return monthFormat(lang).format(asDate(`${value}-01`));
}

/**
 * "As of" a date or a month, in words: « au 7 février 2024 », but « en février 2024 » when
 * the source gives only the month.
 */
export function formatAsOf(lang: Lang, value: string): string {
  const key = value.length > 7 ? "incident.asOf" : "incident.asOfMonth";
  return t(lang, key, { date: formatDateOrMonth(lang, value) });
}

const listFormat = memo(
  (lang) => new Intl.ListFormat(LANGUAGES[lang].locale, { style: "long", type: "conjunction" }),
);

/** Joins items as running text: « a, b et c », "a, b and c". */
export function formatList(lang: Lang, items: readonly string[]): string {
  return listFormat(lang).format(items);
}

/** The parts of a joined list, in order, so each item can be rendered as a link. */
export function listParts(lang: Lang, count: number): ({ item: number } | { text: string })[] {
  let next = 0;
  return listFormat(lang)
    .formatToParts(Array.from({ length: count }, (_, index) => String(index)))
    .map((part) => (part.type === "element" ? { item: next++ } : { text: part.value }));
}

/** A generated phrase made to start a sentence: its first letter in capitals. */
export function upperFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

const compactFormat = memo(
  (lang) => new Intl.NumberFormat(LANGUAGES[lang].locale, { notation: "compact", compactDisplay: "long" }),
);

/**
 * A count as people say it: « 33 millions », "33 million" from a million up (where the
 * digits are hard to read at a glance), digits with grouping below.
 */
export function formatCount(lang: Lang, value: number): string {
  // A no-break space keeps « 33 millions » on one line.
  return value >= 1_000_000 && value % 100_000 === 0
    ? compactFormat(lang).format(value).replace(/ /g, "\u00A0")
    : formatNumber(lang, value);
}

/** Formats a number with the locale's grouping (French uses narrow no-break spaces). */
export function formatNumber(lang: Lang, value: number): string {
  return numberFormat(lang).format(value);
}
