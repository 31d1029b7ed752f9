import type { Lang } from "../../i18n/langs.ts";

const NBSP = "\u00A0";
const NARROW_NBSP = "\u202F";
const APOSTROPHE = "\u2019";

/**
 * French spacing: the space an author types before `; ! ?` becomes a narrow no-break
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

/**
 * The typography Markdown body text gets, for plain French strings (titles, YAML facts, UI
 * strings): French spacing, and the typographic apostrophe in place of the typewriter one.
 * Plain strings hold no code or address, so every `'` is an apostrophe.
 */
export function frenchTypography(text: string): string {
  return frenchSpacing(text.replace(/'/g, APOSTROPHE));
}

/** A plain string set in the typography of its language (English text is left as written). */
export function typeset(lang: Lang, text: string): string {
  return lang === "fr" ? frenchTypography(text) : text;
}

/** Typographic quotes for markdown-it's `quotes` option, per language. */
export const QUOTES: Record<Lang, [string, string, string, string]> = {
  fr: [`«${NBSP}`, `${NBSP}»`, "“", "”"],
  en: ["“", "”", "‘", "’"],
};

const MONTHS = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre";

/** What a French text must never contain once built, each with the reason shown to the editor. */
const FRENCH_FAULTS: readonly { pattern: RegExp; problem: string }[] = [
  { pattern: /'/, problem: "typewriter apostrophe (use ’)" },
  { pattern: /"/, problem: "typewriter quotes (use « »)" },
  { pattern: / [;:!?]/, problem: "breaking space before ; : ! or ?" },
  { pattern: /[\p{L}»)][;!?](?=\s|$)/u, problem: "no space before ; ! or ?" },
  { pattern: /\p{L}:(?=\s)/u, problem: "no space before :" },
  { pattern: /«(?!\u00A0)/, problem: "no no-break space after «" },
  { pattern: /(?<!\u00A0)»/, problem: "no no-break space before »" },
  {
    pattern: new RegExp(`(?<![\\d\\p{L}])1 (${MONTHS})`, "u"),
    problem: "« 1 » before a month (write « 1er »)",
  },
  { pattern: new RegExp(`\\bau (${MONTHS})\\b`, "u"), problem: "« au » before a month (write « en »)" },
  { pattern: /\p{Ll}\.\p{Lu}/u, problem: "no space after a full stop" },
];

/** The typography faults of a French text, each with a short excerpt around it. */
export function frenchTypographyFaults(text: string): string[] {
  const faults: string[] = [];
  for (const { pattern, problem } of FRENCH_FAULTS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const start = Math.max(0, match.index - 25);
    const excerpt = text.slice(start, match.index + match[0].length + 25).replace(/\s+/g, " ");
    faults.push(`${problem}: “…${excerpt}…”`);
  }
  return faults;
}

/**
 * A hyphenated word with a short part (« est-il », « e-mail », « peut-on », « a-t-il »): the
 * browser may break a title after its hyphen, leaving « est- » at the end of a line and « il »
 * alone on the next. Such words are at most this long, so holding them on one line never
 * makes a title overflow a 320 px screen.
 */
const HELD_WORD = /[\p{L}\d’]+(?:-[\p{L}\d]+)+/gu;
const SHORT_PART = 3;
const LONGEST_HELD = 14;

function holdsTogether(word: string): boolean {
  return word.length <= LONGEST_HELD && word.split(/[-’]/).some((part) => part.length <= SHORT_PART);
}

/**
 * Escaped title text with its short hyphenated words kept on one line by a `nowrap` span. A
 * span and not U+2011: the text a reader copies, searches or hears keeps its plain hyphen,
 * and no font lacks the glyph. Only text between tags is touched.
 */
export function holdHyphenatedWords(html: string): string {
  return html
    .split(/(<[^>]*>)/)
    .map((part) =>
      part.startsWith("<")
        ? part
        : part.replace(HELD_WORD, (word) =>
            holdsTogether(word) ? `<span class="nowrap">${word}</span>` : word,
          ),
    )
    .join("");
}
