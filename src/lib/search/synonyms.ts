/**
 * Pagefind has no synonym support, so the search page expands a query itself: each group
 * lists words people use for the same thing, and a query containing one member is also run
 * with each other member. The groups come from `content/` (search-synonyms.yaml, category
 * labels and aliases), written into the search page at build time; members are accent-free
 * and lowercase.
 */
import type { Lang } from "../../i18n/langs.ts";

/** Groups of words with the same meaning, per language: built from `content/` (searchGroups). */
export type SynonymGroups = readonly (readonly string[])[];

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
 * On a site where every page is about a leak, « fuite » and "leak" are such words too: with
 * seven leaks, they made every incident page outrank the page about the reader's RIB.
 * Pagefind keeps only pages that hold every word of a query, and the most common words
 * fill the largest parts of its index: both are reasons to leave them out.
 */
const STOP_WORDS: Record<Lang, ReadonlySet<string>> = {
  fr: new Set(
    "a au aux c ce ces cet cette d de des du elle en est et fuite fuites il j je l la le les leur m ma mes mon n ne on ou par pour qu que qui s sa se ses son sur t ta te tes ton un une vos votre y".split(
      " ",
    ),
  ),
  en: new Set(
    "a an and are as at be been by do does for has have i if in is it its leak leaked leaks my of on or the their to was were what with your".split(
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

/** French elided words joined back to the next word with the typographic apostrophe. */
function withElisions(query: string): string | undefined {
  const words = normalise(query)
    .replace(/[-?!.,;:«»"()]/g, " ")
    .split(" ")
    .filter(Boolean);
  const joined = words.join(" ").replace(/(^| )(c|d|j|l|m|n|qu|s|t) (?=\p{L})/gu, "$1$2’");
  return joined.includes("’") ? joined : undefined;
}

function containsPhrase(haystack: string, phrase: string): boolean {
  return ` ${haystack} `.includes(` ${phrase} `);
}

/**
 * The queries to run for what the reader typed: the query itself first (without its stop
 * words), then one variant per synonym of each group member it contains (at most `limit`).
 */
export function expandQuery(query: string, lang: Lang, groups: SynonymGroups, limit = 3): string[] {
  const normalised = withoutStopWords(query, lang);
  const variants = [normalised];
  // Pagefind keeps « d’identité » as one word: « usurpation d identite » must also be run as
  // « usurpation d’identite » to find the pages that write it so.
  const elided = lang === "fr" ? withElisions(query) : undefined;
  if (elided && !variants.includes(elided)) variants.push(elided);
  for (const group of groups) {
    // The longest member the query holds: in « porter plainte », « porter plainte » itself,
    // not « plainte » (which would give « porter porter plainte »).
    const found = group
      .filter((member) => containsPhrase(normalised, member))
      .sort((a, b) => b.length - a.length)[0];
    if (!found) continue;
    for (const other of group) {
      if (other === found) continue;
      const variant = withoutStopWords(` ${normalised} `.replace(` ${found} `, ` ${other} `), lang);
      if (!variants.includes(variant)) variants.push(variant);
    }
  }
  return variants.slice(0, limit);
}

/**
 * The search vocabulary of one language: the editors' synonym groups, then one group per data
 * category (its label, short label and aliases), all normalised. Built once per build.
 */
export function searchGroups(
  lang: Lang,
  synonyms: readonly { lang: Lang; words: readonly string[] }[],
  categories: readonly {
    label: Record<Lang, string>;
    short: Record<Lang, string>;
    aliases?: Record<Lang, readonly string[]> | undefined;
  }[],
): string[][] {
  const clean = (text: string) => normalise(text).replace(/[()]/g, " ").replace(/\s+/g, " ").trim();
  const groups = synonyms.filter((group) => group.lang === lang).map((group) => group.words.map(clean));
  for (const category of categories) {
    const names = [
      category.label[lang].replace(/\s*\(.*\)$/, ""),
      category.short[lang],
      ...(category.aliases?.[lang] ?? []),
    ];
    const group = [...new Set(names.map(clean))].filter(Boolean);
    if (group.length > 1) groups.push(group);
  }
  return groups;
}

/** Every word and phrase the vocabulary knows, for « did you mean » suggestions. */
export function knownTerms(groups: SynonymGroups): string[] {
  return [...new Set(groups.flat())];
}

/** Edit distance between two short strings (insertions, deletions, substitutions). */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * A known term close to what the reader typed (one typo in five letters), for a query that
 * found nothing: « almeris » → « almerys ». Undefined when nothing is close.
 */
export function closestTerm(query: string, terms: readonly string[]): string | undefined {
  const typed = normalise(query);
  if (typed.length < 3) return undefined;
  let best: { term: string; cost: number } | undefined;
  for (const term of terms) {
    if (term === typed || Math.abs(term.length - typed.length) > 2) continue;
    const cost = distance(typed, term);
    if (cost <= Math.max(1, Math.floor(typed.length / 5)) && (!best || cost < best.cost))
      best = { term, cost };
  }
  return best?.term;
}
