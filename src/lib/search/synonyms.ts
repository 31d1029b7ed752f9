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

/**
 * A word without the endings French adds for gender and number (« piratée », « volés »), so
 * that a group member written once (« pirate », « vole ») is found in any of its forms.
 */
const fold = (word: string): string => (word.length > 3 ? word.replace(/(?:ee?s?|s)$/, "") : word);

/** Where `member`'s words start among `words` (compared without their endings), or -1. */
function phraseAt(words: readonly string[], member: string): number {
  const wanted = member.split(" ").map(fold);
  for (let start = 0; start + wanted.length <= words.length; start++) {
    if (wanted.every((word, offset) => fold(words[start + offset]!) === word)) return start;
  }
  return -1;
}

/**
 * The queries to run for what the reader typed: the query itself first (without its stop
 * words), then one variant per synonym of each group member it contains (at most `limit`).
 */
export function expandQuery(query: string, lang: Lang, groups: SynonymGroups, limit = 3): string[] {
  const normalised = withoutStopWords(query, lang);
  const words = normalised.split(" ");
  const variants = [normalised];
  // Pagefind keeps « d’identité » as one word: « usurpation d identite » must also be run as
  // « usurpation d’identite » to find the pages that write it so.
  const elided = lang === "fr" ? withElisions(query) : undefined;
  if (elided && !variants.includes(elided)) variants.push(elided);
  for (const group of groups) {
    // The longest member the query holds: in « porter plainte », « porter plainte » itself,
    // not « plainte » (which would give « porter porter plainte »).
    const found = group
      .map((member) => ({ member, at: phraseAt(words, member) }))
      .filter(({ at }) => at >= 0)
      .sort((a, b) => b.member.length - a.member.length)[0];
    if (!found) continue;
    const length = found.member.split(" ").length;
    for (const other of group) {
      if (fold(other) === fold(found.member)) continue;
      const replaced = [...words.slice(0, found.at), other, ...words.slice(found.at + length)];
      const variant = withoutStopWords(replaced.join(" "), lang);
      if (!variants.includes(variant)) variants.push(variant);
    }
  }
  return variants.slice(0, limit);
}

/**
 * Words of a question that a page answering it rarely holds (« dois-je », "should I"): left
 * out only when the query, stop words left out, finds few results (see `fallbackSteps`).
 */
const QUESTION_WORDS: Record<Lang, ReadonlySet<string>> = {
  fr: new Set(
    "ai as avoir comment dois doit doivent etre ete faire faut peut peux puis pourquoi quand quel quelle quelles quels quoi vous nous moi".split(
      " ",
    ),
  ),
  en: new Set(
    "am can could did do how i me must need should we which who whom why when where will would you".split(
      " ",
    ),
  ),
};

/** The query's words as typed, and in the form search compares them (no accent, lower case). */
export function queryWords(query: string): { typed: string; word: string }[] {
  return query
    .replace(/[’']/g, " ")
    .replace(/[-?!.,;:«»"()“”]/g, " ")
    .split(/\s+/)
    .filter(Boolean)
    .map((typed) => ({ typed, word: normalise(typed) }));
}

/**
 * For a query that found few results: the same query without the words of a question
 * (« comment », "should"), or undefined when it holds none (or nothing else).
 */
export function withoutQuestionWords(query: string, lang: Lang): string | undefined {
  const words = withoutStopWords(query, lang).split(" ");
  const kept = words.filter((word) => !QUESTION_WORDS[lang].has(word));
  return kept.length > 0 && kept.length < words.length ? kept.join(" ") : undefined;
}

/**
 * The query without its rarest word: the one fewest pages hold (`pages`, one count per word),
 * which is most often what no page says together with the others (« carte vitale piratée »).
 * Undefined for a one-word query.
 */
export function withoutRarestWord(words: readonly string[], pages: readonly number[]): string | undefined {
  if (words.length < 2) return undefined;
  let rarest = 0;
  pages.forEach((count, index) => {
    if (count < pages[rarest]!) rarest = index;
  });
  return words.filter((_, index) => index !== rarest).join(" ");
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
export function distance(a: string, b: string): number {
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

/**
 * Whether a word Pagefind matched (`found`, normalised) is the reader's word (`term`) or one
 * of its forms, rather than a shorter word Pagefind fell back to when the term is in no page:
 * for « portabilite » it matches « porter », which shares only its first letters.
 */
export function isFormOf(term: string, found: string): boolean {
  const clean = found.replace(/[^\p{L}\p{N}]/gu, "");
  if (clean.startsWith(term)) return true;
  let common = 0;
  while (common < term.length && term[common] === clean[common]) common += 1;
  return common >= Math.ceil(term.length * 0.6);
}
