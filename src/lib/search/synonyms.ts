/**
 * Pagefind has no synonym support, so the search page expands a query itself: each group
 * lists words people use for the same thing, and a query containing one member is also run
 * with each other member. Members are written accent-free and lowercase.
 */
import type { Lang } from "../../i18n/langs.ts";

const GROUPS: Record<Lang, string[][]> = {
  fr: [
    ["nir", "numero de securite sociale", "securite sociale", "secu"],
    ["rib", "coordonnees bancaires", "iban", "donnees bancaires"],
    ["mutuelle", "complementaire sante", "assureur"],
    ["arnaque", "hameconnage", "phishing", "escroquerie", "fraude"],
    ["email", "e-mail", "mail", "courriel"],
    ["sms", "texto"],
    ["plainte", "porter plainte"],
    ["tiers-payant", "tiers payant"],
    ["professionnel de sante", "pharmacien", "opticien"],
  ],
  en: [
    ["nir", "social security number"],
    ["rib", "bank details", "iban", "bank account"],
    ["mutuelle", "complementary health insurance", "insurer"],
    ["scam", "phishing", "fraud"],
    ["email", "e-mail", "mail"],
    ["sms", "text message"],
    ["complaint", "report to the police"],
  ],
};

/** Lowercase, accents removed, spaces collapsed. */
export function normalise(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’']/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Words that carry no meaning of their own in a question (« est-ce que mon rib a fuité »).
 * Pagefind keeps only pages that hold every word of a query, and the most common words
 * fill the largest parts of its index: both are reasons to leave them out.
 */
const STOP_WORDS: Record<Lang, ReadonlySet<string>> = {
  fr: new Set(
    "a au aux c ce ces cet cette d de des du elle en est et il j je l la le les leur m ma mes mon n ne on ou par pour qu que qui s sa se ses son sur t ta te tes ton un une vos votre y".split(
      " ",
    ),
  ),
  en: new Set(
    "a an and are as at be been by do does for has have i if in is it its my of on or the their to was were what with your".split(
      " ",
    ),
  ),
};

/** The query without its stop words, unless that would leave nothing. */
export function withoutStopWords(query: string, lang: Lang): string {
  const words = normalise(query)
    .replace(/[-?!.,;:«»"()]/g, " ")
    .split(" ")
    .filter(Boolean);
  const kept = words.filter((word) => !STOP_WORDS[lang].has(word));
  return (kept.length > 0 ? kept : words).join(" ");
}

function containsPhrase(haystack: string, phrase: string): boolean {
  return ` ${haystack} `.includes(` ${phrase} `);
}

/**
 * The queries to run for what the reader typed: the query itself first (without its stop
 * words), then one variant per synonym of each group member it contains (at most `limit`).
 */
export function expandQuery(query: string, lang: Lang, limit = 3): string[] {
  const normalised = withoutStopWords(query, lang);
  const variants = [normalised];
  for (const group of GROUPS[lang]) {
    const found = group.find((member) => containsPhrase(normalised, member));
    if (!found) continue;
    for (const other of group) {
      if (other === found) continue;
      const variant = withoutStopWords(` ${normalised} `.replace(` ${found} `, ` ${other} `), lang);
      if (!variants.includes(variant)) variants.push(variant);
    }
  }
  return variants.slice(0, limit);
}
