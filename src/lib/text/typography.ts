import type { Lang } from "../../i18n/langs.ts";

const NBSP = "\u00A0";
const NARROW_NBSP = "\u202F";

/**
 * French typography: the space an author types before `; ! ?` becomes a narrow no-break
 * space, before `:` and inside « » a no-break space, so punctuation never starts a line.
 * Only spaces the author typed are replaced: text such as `?q=` or `15:00` is left alone.
 */
export function frenchSpacing(text: string): string {
  return text
    .replace(/[ \u00A0\u202F]+([;!?])/g, `${NARROW_NBSP}$1`)
    .replace(/[ \u00A0\u202F]+(:)/g, `${NBSP}$1`)
    .replace(/«[ \u00A0\u202F]*/g, `«${NBSP}`)
    .replace(/[ \u00A0\u202F]*»/g, `${NBSP}»`);
}

/** Typographic quotes for markdown-it's `quotes` option, per language. */
export const QUOTES: Record<Lang, [string, string, string, string]> = {
  fr: [`«${NBSP}`, `${NBSP}»`, "“", "”"],
  en: ["“", "”", "‘", "’"],
};
