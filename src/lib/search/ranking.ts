/**
 * All of the search page's ranking: the weights Pagefind scores pages with, then merging and
 * ordering its results. Kept free of the browser so it can be unit-tested.
 */
import type { SearchRanks } from "../site/page-kinds.ts";
import { distance, normalise } from "./synonyms.ts";

/**
 * Pagefind's own ranking options, given when it loads: a query word counts most in a page's
 * title, then in its other names (`aliases`), the same fields `rankResults` orders by.
 */
export const PAGEFIND_RANKING = { metaWeights: { title: 10, aliases: 8 } };

export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  /** The heading the section starts at (Pagefind gives its element, e.g. `h2`). */
  anchor?: { element: string };
}

/** 2 for an h2…; sections without a heading rank last among equals. */
const levelOf = (sub: SubResult) => Number(/^h(\d)$/.exec(sub.anchor?.element ?? "")?.[1] ?? 9);

export interface ResultData {
  url: string;
  excerpt: string;
  /**
   * `aliases`: other names of the page, comma-separated; `kind`: the page's kind (see
   * PageLayout).
   */
  meta: { title?: string; aliases?: string; kind?: string };
  sub_results: SubResult[];
  /** The page's indexed text, and where the query's words are in it (word positions). */
  content?: string;
  locations?: number[];
}

export interface RankedResult {
  title: string;
  /** Where the result link goes: the best-matching section when there is one. */
  url: string;
  excerpt: string;
  sections: SubResult[];
  score: number;
  tier: number;
}

/**
 * Among results that match equally well, the kinds of page that answer come first: guidance
 * and the FAQ say what it means and what to do, then the data pages and the incidents, whose
 * tables only list what was exposed; anything else after. The ranks are the page-kind
 * registry's (`searchRank` in `src/lib/site/page-kinds.ts`), copied because the registry cannot
 * run in the browser: `SearchRanks` makes the compiler refuse a copy that differs.
 */
const KIND_ORDER: Record<string, number> = {
  guidance: 0,
  faq: 1,
  category: 2,
  incident: 3,
} satisfies SearchRanks;
const kindRank = (kind?: string) => KIND_ORDER[kind ?? ""] ?? 4;

/**
 * Keeps each page once, ranked by the best score any query variant gave it. The result kept
 * is the one of the earliest variant that found the page: its sections and excerpt are about
 * the reader's own words rather than a synonym's.
 */
export function mergeByBestScore<T extends { id: string; score: number }>(lists: T[][]): T[] {
  const merged = new Map<string, T>();
  for (const result of lists.flat()) {
    const kept = merged.get(result.id);
    if (!kept) merged.set(result.id, result);
    else if (result.score > kept.score) merged.set(result.id, { ...kept, score: result.score });
  }
  return [...merged.values()].sort((a, b) => b.score - a.score);
}

/**
 * The names a title gives: itself, and each part when it lists alternatives, as in
 * « Coordonnées bancaires (RIB) » or « Complémentaire santé, mutuelle ».
 */
function namesIn(title: string): string[] {
  const clean = (text: string) =>
    normalise(text)
      .replace(/[^\p{L}\p{N} ]/gu, " ")
      .replace(/\s+/g, " ")
      .trim();
  const parts = title.split(/[(),]/).map(clean).filter(Boolean);
  // A question that asks what something is, is about that thing: « Qu’est-ce que le tiers
  // payant ? » is named « tiers payant ».
  const defined = parts.map((part) =>
    part.replace(/^(qu est ce que? (un |une |le |la |les |l )?|what (is|are) (a |an |the )?)/, ""),
  );
  return [...new Set([parts.join(" "), ...parts, ...defined])];
}

/**
 * A word of five letters or more one typo away from a word of the title: Pagefind finds
 * « almeris » in « Almerys » (a word it does not know falls back to its longest known start),
 * and the title should count as it would for the right spelling.
 */
const misspelt = (word: string, name: string): boolean =>
  word.length >= 5 && name.split(" ").some((other) => distance(word, other) === 1);

/**
 * How well a title matches a query: 2 when one of its names is the query, 1 when it contains
 * all the query's words, 0 otherwise; half a point more when the words are the reader's own
 * rather than a synonym's.
 */
function titleMatch(title: string, variants: string[][]): number {
  const names = namesIn(title);
  let best = 0;
  variants.forEach((words, index) => {
    if (words.length === 0) return;
    const bonus = index === 0 ? 0.5 : 0;
    const phrase = words.join(" ");
    if (names.includes(phrase)) best = Math.max(best, 2 + bonus);
    else if (words.every((word) => names[0]?.includes(word) || misspelt(word, names[0] ?? "")))
      best = Math.max(best, 1 + bonus);
  });
  return best;
}

/**
 * Results are ordered by how well their titles match, then by Pagefind's score: a page
 * title first, then a section title (a FAQ question) matching as well. A glossary term is a
 * definition, not an answer: it ranks below every page or question about the same subject,
 * and first only when nothing else is about it.
 */
const DEFINITION_PENALTY = 1.5;
function tierOf(pageMatch: number, sectionMatch: number, kind: string | undefined): number {
  const tier = Math.max(pageMatch, sectionMatch - 0.25);
  return kind === "glossary" && tier > 0 ? Math.max(0.1, tier - DEFINITION_PENALTY) : tier;
}

/**
 * Turns loaded results into what the page shows. A page whose title, or one of whose
 * sections (FAQ questions are sections), matches a query variant ranks first, and its link
 * goes straight to the best-matching section.
 */
export function rankResults(
  loaded: { data: ResultData; score: number }[],
  queries: string[],
): RankedResult[] {
  const variants = queries.map((query) => normalise(query).split(" ").filter(Boolean));
  return loaded
    .map(({ data, score }) => {
      const title = data.meta.title ?? data.url;
      const candidates = data.sub_results
        .filter((sub) => sub.url.includes("#"))
        .map((sub) => ({ sub, match: titleMatch(sub.title, variants) }))
        .filter((candidate) => candidate.match > 0)
        // Among sections that match as well, the broader one (an h2 before its h3s) answers.
        .sort((a, b) => b.match - a.match || levelOf(a.sub) - levelOf(b.sub));
      // An FAQ theme's title names a group of questions: its questions are what answer, so
      // its title counts for less than the title of a page about the subject.
      const groupTitle = data.meta.kind === "faq" ? 0.5 : 0;
      const pageMatch = Math.max(
        0,
        titleMatch([title, data.meta.aliases ?? ""].join(", "), variants) - groupTitle,
      );
      // A step of the guided check (« Votre mutuelle ») is a question to answer in order, not
      // an answer on its own: only the check's page title and aliases rank it.
      const sectionMatch = data.meta.kind?.startsWith("scam-") ? 0 : (candidates[0]?.match ?? 0);
      // A page whose own title matches opens at its top, unless a section matches better.
      const section = sectionMatch > pageMatch ? candidates[0]?.sub : undefined;
      return {
        title,
        url: section?.url ?? data.url,
        excerpt: section?.excerpt ?? data.excerpt,
        sections: data.sub_results.filter((sub) => sub.url.includes("#")).slice(0, 3),
        score,
        tier: tierOf(pageMatch, sectionMatch, data.meta.kind),
        kind: kindRank(data.meta.kind),
      };
    })
    .sort((a, b) => b.tier - a.tier || a.kind - b.kind || b.score - a.score)
    .map(({ kind: _kind, ...result }) => result);
}

/**
 * A link that also asks the browser to highlight the matched words on the page it opens
 * (URL text fragments: no JavaScript on the target page; browsers without support ignore it).
 */
export function withTextFragment(url: string, excerpt: string): string {
  const marked = /<mark>([^<]+)<\/mark>/.exec(excerpt)?.[1]?.trim();
  if (!marked) return url;
  const separator = url.includes("#") ? ":~:" : "#:~:";
  return `${url}${separator}text=${encodeURIComponent(marked).replace(/-/g, "%2D")}`;
}
