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

function containsPhrase(haystack: string, phrase: string): boolean {
  return ` ${haystack} `.includes(` ${phrase} `);
}

/**
 * The queries to run for what the reader typed: the query itself first, then one variant
 * per synonym of each group member it contains (at most `limit` in all).
 */
export function expandQuery(query: string, lang: Lang, limit = 4): string[] {
  const normalised = normalise(query);
  const variants = [query.trim()];
  for (const group of GROUPS[lang]) {
    const found = group.find((member) => containsPhrase(normalised, member));
    if (!found) continue;
    for (const other of group) {
      if (other === found) continue;
      const variant = ` ${normalised} `.replace(` ${found} `, ` ${other} `).trim();
      if (!variants.includes(variant)) variants.push(variant);
    }
  }
  return variants.slice(0, limit);
}
