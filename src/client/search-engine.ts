/**
 * The search page's behaviour, loaded by `./search-page.ts` once the reader starts
 * searching: it fetches Pagefind (its JS and index), runs the query and its synonyms, shows
 * results a few at a time (only the results shown are fetched), links each to the matching
 * section, moves through them with the arrow keys and announces their number.
 */
import {
  closestTerm,
  expandQuery,
  isFormOf,
  knownTerms,
  normalise,
  queryWords,
  withoutQuestionWords,
  withoutRarestWord,
  withoutStopWords,
  type SynonymGroups,
} from "../lib/search/synonyms.ts";
import { fillPlaceholders } from "../lib/text/placeholders.ts";
import {
  mergeByBestScore,
  PAGEFIND_RANKING,
  rankResults,
  withTextFragment,
  type RankedResult,
  type ResultData,
} from "../lib/search/ranking.ts";

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<ResultData>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  /** Starts loading the WebAssembly and the index's metadata; resolves before they arrive. */
  init: () => Promise<void>;
  search: (
    query: string,
    options?: { filters?: Record<string, string> },
  ) => Promise<{ results: PagefindResult[] }>;
  /** Fetches the index chunks a query needs, so the search that follows finds them loaded. */
  preload: (query: string, options?: { filters?: Record<string, string> }) => Promise<void>;
  /** Every value of every filter, with its number of pages. */
  filters: () => Promise<Record<string, Record<string, number>>>;
}

/** Results fetched and shown at a time: each one costs its own download. */
const PAGE_SIZE = 5;
/**
 * While the word being typed is shorter than this, nothing is searched or loaded until Enter:
 * a one- or two-letter prefix matches most of the index (its chunks, then a search that held
 * the page up for over 100 ms between two keystrokes), and the finished word needs none of it.
 */
const MIN_TYPED_WORD_LENGTH = 3;
/**
 * Waits this long after a keystroke for the next one before searching. A reader types a key
 * every 100 ms or more, so the pause only gathers bursts (a held key, a fast typist); each
 * millisecond of it is also a millisecond of waiting after the last key (40 ms until
 * 3 December 2026: 88 ms from last key to results on the real site, median of 15; 20 ms: 29).
 */
const TYPING_PAUSE_MS = 20;
/**
 * A query of several words that finds fewer results than this is searched again with fewer
 * words (see `widen`), and the status line says which words were left out.
 */
const FEW_RESULTS = 3;
// A variable, so the bundler leaves this runtime URL alone: the file exists only after indexing.
const PAGEFIND_URL = "/pagefind/pagefind.js";
/**
 * Takes over the search form inside `root`. With `searchNow` (the form was sent, or the page
 * opened with `?q=`), the query in the box is searched at once; otherwise what the reader
 * typed before this code arrived is treated as typing.
 */
export function attach(root: HTMLElement, searchNow: boolean): void {
  const form = root.querySelector<HTMLFormElement>("form")!;
  const input = root.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = root.querySelector<HTMLElement>("[data-search-status]")!;
  const list = root.querySelector<HTMLOListElement>("[data-search-results]")!;
  const more = root.querySelector<HTMLButtonElement>("[data-search-more]")!;
  const empty = root.querySelector<HTMLElement>("[data-search-empty]")!;
  const lang = document.documentElement.lang === "en" ? "en" : "fr";
  const text = JSON.parse(root.dataset["search"] ?? "{}") as Record<string, string>;
  const vocabulary = JSON.parse(root.querySelector("[data-search-vocabulary]")?.textContent ?? "{}") as {
    groups?: SynonymGroups;
    terms?: string[];
  };
  const groups = vocabulary.groups ?? [];
  const suggestible = [...knownTerms(groups), ...(vocabulary.terms ?? [])];
  const suggestion = root.querySelector<HTMLElement>("[data-search-suggestion]")!;
  const emptyText = root.querySelector<HTMLElement>("[data-search-empty-text]")!;
  let pagefind: Promise<Pagefind> | undefined;
  let latest = 0;
  /** The current search: every match, best first, and the ones shown so far. */
  let found:
    | {
        query: string;
        queries: string[];
        matches: PagefindResult[];
        shown: RankedResult[];
        /** The fewer words searched as well, when the reader's found few results. */
        widened?: { words: string; dropped: string; count: number };
      }
    | undefined;

  /** Pagefind did not load (offline, blocked): the reader is told, and offered the main pages. */
  const unavailable = (): void => {
    latest += 1;
    found = undefined;
    list.replaceChildren();
    more.hidden = true;
    status.textContent = text["unavailable"] ?? "";
    suggestion.hidden = true;
    emptyText.hidden = true;
    empty.hidden = false;
  };

  /** Pagefind, loaded once; `undefined` when it cannot load (the reader has been told). */
  const loadPagefind = (): Promise<Pagefind | undefined> => {
    pagefind ??= import(/* @vite-ignore */ PAGEFIND_URL).then(async (module: Pagefind) => {
      // No worker: searches are fast on the main thread, and the worker script would add
      // about 12 KB gzip to the first query.
      await module.options({ noWorker: true, ranking: PAGEFIND_RANKING });
      // Fetch and start the WebAssembly and the index's metadata now, while the reader types:
      // otherwise they wait for the first word long enough to load chunks ahead.
      await module.init();
      return module;
    });
    return pagefind.catch(() => {
      unavailable();
      return undefined;
    });
  };

  // Filters typed as text (the incident's name) apply only once they name a known value.
  const known = new Map<string, Set<string>>();
  const filters = (): Record<string, string> => {
    const chosen: Record<string, string> = {};
    for (const field of root.querySelectorAll<HTMLInputElement>("input[data-filter]:checked")) {
      if (field.value) chosen[field.dataset["filter"] ?? ""] = field.value;
    }
    for (const field of root.querySelectorAll<HTMLInputElement>("input[data-filter-text]")) {
      const name = field.dataset["filterText"] ?? "";
      if (known.get(name)?.has(field.value)) chosen[name] = field.value;
    }
    return chosen;
  };

  // The incident names come from the index, not the page: the page stays the same size
  // however many incidents the site holds.
  const loadFilterNames = async (): Promise<void> => {
    const engine = await loadPagefind();
    if (!engine) return;
    const values = await engine.filters();
    for (const datalist of root.querySelectorAll<HTMLDataListElement>("datalist[data-filter-options]")) {
      const name = datalist.dataset["filterOptions"] ?? "";
      const names = Object.keys(values[name] ?? {}).sort((a, b) => a.localeCompare(b, lang));
      known.set(name, new Set(names));
      datalist.replaceChildren(
        ...names.map((value) => Object.assign(document.createElement("option"), { value })),
      );
    }
  };

  const resultItem = (result: RankedResult): HTMLLIElement => {
    const item = document.createElement("li");
    const link = document.createElement("a");
    link.href = withTextFragment(result.url, result.excerpt);
    link.className = "search-result-link";
    link.textContent = result.title;
    const excerpt = document.createElement("p");
    // Pagefind's excerpts are its own escaped text with <mark> around matches.
    // Pagefind joins text runs with a space, so a removed source mark leaves « arnaque . ».
    excerpt.innerHTML = result.excerpt.replace(/ +(?=[.,)])/g, "");
    item.append(link, excerpt);
    return item;
  };

  const announce = (
    query: string,
    count: number,
    widened?: { words: string; dropped: string; count: number },
  ): void => {
    const template = count === 0 ? text["none"] : count === 1 ? text["one"] : text["many"];
    status.textContent = query ? fillPlaceholders(template ?? "", { count: String(count), query }) : "";
    // The reader is told that the results below are for fewer words than they typed.
    if (query && widened) {
      const more = widened.count === 1 ? text["widenedOne"] : text["widenedMany"];
      status.textContent += ` ${fillPlaceholders(more ?? "", {
        count: String(widened.count),
        query: widened.words,
        dropped: widened.dropped,
      })}`;
    }
    count = Math.max(count, widened?.count ?? 0);
    empty.hidden = !(query && count === 0);
    emptyText.hidden = false;
    // No dead end: a close spelling of a known word is offered as a link to its search.
    const close = query && count === 0 ? closestTerm(query, suggestible) : undefined;
    suggestion.hidden = !close;
    if (close) {
      const link = document.createElement("a");
      const url = new URL(location.href);
      url.searchParams.set("q", close);
      link.href = url.href;
      link.textContent = close;
      link.addEventListener("click", (event) => {
        event.preventDefault();
        input.value = close;
        void run();
      });
      const [before = "", after = ""] = (text["didYouMean"] ?? "{term}").split("{term}");
      suggestion.replaceChildren(before, link, after);
    }
  };

  /** Fetches and shows the next few results of the current search. */
  const showMore = async (searchId: number): Promise<void> => {
    if (!found) return;
    const batch = found.matches.slice(found.shown.length, found.shown.length + PAGE_SIZE);
    const loaded = await Promise.all(
      batch.map(async (result) => ({ data: await result.data(), score: result.score })),
    );
    if (searchId !== latest) return;
    // The previous results stay until these replace them: no empty list in between.
    if (found.shown.length === 0) list.replaceChildren();
    // Within what is shown, a title or question that matches comes first.
    const ranked = rankResults(loaded, found.queries);
    found.shown.push(...ranked);
    list.append(...ranked.map(resultItem));
    more.hidden = found.shown.length >= found.matches.length;
  };

  const run = async (): Promise<void> => {
    const query = input.value.trim();
    const searchId = ++latest;
    const url = new URL(location.href);
    if (query) url.searchParams.set("q", query);
    else url.searchParams.delete("q");
    history.replaceState(null, "", url);
    if (!query) {
      found = undefined;
      list.replaceChildren();
      more.hidden = true;
      return announce("", 0);
    }
    const engine = await loadPagefind();
    if (!engine) return;
    const queries = expandQuery(query, lang, groups);
    const searches = await Promise.all(
      queries.map((variant) => engine.search(variant, { filters: filters() })),
    );
    if (searchId !== latest) return;
    let matches = mergeByBestScore(searches.map((search) => search.results));
    // One word no page holds: Pagefind falls back to a shorter word (« portabilite » finds
    // « porter »); those results are not about the reader's word (its synonyms' are).
    const words = withoutStopWords(query, lang).split(" ");
    if (words.length === 1 && searches[0]?.results.length && (await pagesHoldingEach(engine, words))[0] === 0)
      matches = mergeByBestScore(searches.slice(1).map((search) => search.results));
    if (searchId !== latest) return;
    const widened = matches.length < FEW_RESULTS ? await widen(engine, query) : undefined;
    if (searchId !== latest) return;
    const known = new Set(matches.map((match) => match.id));
    found = {
      query,
      queries: widened ? [...queries, ...widened.queries] : queries,
      // The results of the reader's own words first, then those of fewer words.
      matches: [...matches, ...(widened?.matches.filter((match) => !known.has(match.id)) ?? [])],
      shown: [],
      ...(widened && {
        widened: {
          words: widened.words,
          dropped: widened.dropped,
          count: widened.matches.length,
        },
      }),
    };
    await showMore(searchId);
    if (searchId === latest) announce(query, matches.length, found.widened);
  };

  /** Whether the page of `result` holds `word` itself (or a form of it) where Pagefind matched. */
  const holds = async (result: PagefindResult, word: string): Promise<boolean> => {
    const data = await result.data();
    const text = (data.content ?? "").split(/\s+/);
    const locations = data.locations ?? [];
    return locations.length === 0 || locations.some((at) => isFormOf(word, normalise(text[at] ?? "")));
  };

  /**
   * How many pages hold each word itself: none when Pagefind only found a shorter word. One
   * word after the other: Pagefind shares a page's data between searches, and the word
   * positions it holds are those of the last search that found the page.
   */
  const pagesHoldingEach = async (engine: Pagefind, words: string[]): Promise<number[]> => {
    const counts: number[] = [];
    for (const word of words) {
      const { results } = await engine.search(word, { filters: filters() });
      counts.push(results[0] && (await holds(results[0], word)) ? results.length : 0);
    }
    return counts;
  };

  /**
   * A query that found few results, searched with fewer words: first without the words of
   * its question (« comment », "should"), then without its rarest word, until it finds
   * enough or one word is left. Undefined when no shorter query finds more.
   */
  const widen = async (
    engine: Pagefind,
    query: string,
  ): Promise<
    { queries: string[]; matches: PagefindResult[]; words: string; dropped: string } | undefined
  > => {
    const typed = new Map(queryWords(query).map(({ typed, word }) => [word, typed]));
    const asTyped = (words: string) =>
      words
        .split(" ")
        .map((word) => typed.get(word) ?? word)
        .join(" ");
    const start = withoutStopWords(query, lang);
    let words = start;
    let best: { queries: string[]; matches: PagefindResult[]; words: string } | undefined;
    for (let step = 0; step < 4; step++) {
      const list = words.split(" ");
      const next =
        (step === 0 ? withoutQuestionWords(words, lang) : undefined) ??
        withoutRarestWord(list, await pagesHoldingEach(engine, list));
      if (!next) break;
      words = next;
      const queries = expandQuery(words, lang, groups);
      const searches = await Promise.all(
        queries.map((variant) => engine.search(variant, { filters: filters() })),
      );
      const matches = mergeByBestScore(searches.map((search) => search.results));
      if (matches.length > (best?.matches.length ?? 0)) best = { queries, matches, words };
      if (matches.length >= FEW_RESULTS) break;
    }
    if (!best) return undefined;
    const kept = new Set(best.words.split(" "));
    const dropped = start.split(" ").filter((word) => !kept.has(word));
    return { ...best, words: asTyped(best.words), dropped: dropped.map(asTyped).join(" ") };
  };

  let timer: number | undefined;
  /** The query of the search waiting for a pause or running, if any. */
  let pending: string | undefined;
  void loadPagefind();
  input.addEventListener("input", () => {
    const query = input.value.trim();
    // A space after a word changes nothing: the search for that word goes on.
    if (query === pending) return;
    window.clearTimeout(timer);
    // A search still running for the previous letters stops before fetching its results:
    // the reader's words have changed, so they would be replaced or never seen.
    latest += 1;
    pending = undefined;
    const wordBeingTyped = query.split(/\s+/).at(-1) ?? "";
    if (query && wordBeingTyped.length < MIN_TYPED_WORD_LENGTH) return;
    pending = query;
    // The index chunks start loading at once; the search waits for a pause in the typing.
    if (query) {
      void loadPagefind().then((engine) => {
        for (const variant of expandQuery(query, lang, groups))
          void engine?.preload(variant, { filters: filters() });
      });
    }
    timer = window.setTimeout(() => void run(), TYPING_PAUSE_MS);
  });
  more.addEventListener("click", () => {
    const first = found?.shown.length ?? 0;
    void showMore(latest).then(() =>
      list.querySelectorAll<HTMLAnchorElement>("a.search-result-link")[first]?.focus(),
    );
  });
  root.querySelector("details")?.addEventListener("toggle", () => void loadFilterNames(), { once: true });
  root.addEventListener("change", (event) => {
    if ((event.target as HTMLElement).matches("input[data-filter], input[data-filter-text]")) void run();
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void run();
  });

  // Arrow keys move between the box and the results; Enter follows the focused link.
  root.addEventListener("keydown", (event) => {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const links = [...list.querySelectorAll<HTMLAnchorElement>("a.search-result-link")];
    if (links.length === 0) return;
    const position = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (document.activeElement !== input && position === -1) return;
    event.preventDefault();
    const next = event.key === "ArrowDown" ? position + 1 : position - 1;
    if (next < 0) input.focus();
    else links[Math.min(next, links.length - 1)]?.focus();
  });

  if (searchNow) void run();
  else if (input.value.trim()) input.dispatchEvent(new Event("input"));
}
