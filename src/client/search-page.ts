/**
 * The search page's behaviour. Pagefind (its JS and index) is fetched only when the reader
 * focuses or types in the search box, or when the page opens with `?q=` (a shared search).
 * Results link to the matching section; arrows move through them; the count is announced.
 */
import { expandQuery } from "../lib/search/synonyms.ts";
import {
  mergeByBestScore,
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
  search: (
    query: string,
    options?: { filters?: Record<string, string> },
  ) => Promise<{ results: PagefindResult[] }>;
  /** Every value of every filter, with its number of pages. */
  filters: () => Promise<Record<string, Record<string, number>>>;
}

const MAX_RESULTS = 10;
// More candidates than shown are loaded, so a title match ranked low by Pagefind can rise.
const CANDIDATES = 20;
// A variable, so the bundler leaves this runtime URL alone: the file exists only after indexing.
const PAGEFIND_URL = "/pagefind/pagefind.js";
const root = document.querySelector<HTMLElement>("[data-search]");

if (root) {
  const form = root.querySelector<HTMLFormElement>("form")!;
  const input = root.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = root.querySelector<HTMLElement>("[data-search-status]")!;
  const list = root.querySelector<HTMLOListElement>("[data-search-results]")!;
  const empty = root.querySelector<HTMLElement>("[data-search-empty]")!;
  const lang = document.documentElement.lang === "en" ? "en" : "fr";
  const text = JSON.parse(root.dataset["search"] ?? "{}") as Record<string, string>;
  let pagefind: Promise<Pagefind> | undefined;
  let latest = 0;

  const loadPagefind = (): Promise<Pagefind> => {
    pagefind ??= import(/* @vite-ignore */ PAGEFIND_URL).then(async (module: Pagefind) => {
      // No worker: the site's few pages search fast on the main thread, and the worker script
      // would add about 12 KB gzip to the first query.
      await module.options({ noWorker: true, ranking: { metaWeights: { title: 10 } } });
      return module;
    });
    return pagefind;
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
    const values = await (await loadPagefind()).filters();
    for (const list of root.querySelectorAll<HTMLDataListElement>("datalist[data-filter-options]")) {
      const name = list.dataset["filterOptions"] ?? "";
      const names = Object.keys(values[name] ?? {}).sort((a, b) => a.localeCompare(b, lang));
      known.set(name, new Set(names));
      list.replaceChildren(
        ...names.map((value) => Object.assign(document.createElement("option"), { value })),
      );
    }
  };

  const render = (results: RankedResult[], query: string): void => {
    list.replaceChildren(
      ...results.map((result) => {
        const item = document.createElement("li");
        const link = document.createElement("a");
        link.href = withTextFragment(result.url, result.excerpt);
        link.className = "search-result-link";
        link.textContent = result.title;
        const excerpt = document.createElement("p");
        // Pagefind's excerpts are its own escaped text with <mark> around matches.
        excerpt.innerHTML = result.excerpt;
        item.append(link, excerpt);
        return item;
      }),
    );
    const count = results.length;
    status.textContent = query
      ? ((count === 0 ? text["none"] : count === 1 ? text["one"] : text["many"])
          ?.replace("{count}", String(count))
          .replace("{query}", query) ?? "")
      : "";
    empty.hidden = !(query && count === 0);
  };

  const run = async (): Promise<void> => {
    const query = input.value.trim();
    const searchId = ++latest;
    const url = new URL(location.href);
    if (query) url.searchParams.set("q", query);
    else url.searchParams.delete("q");
    history.replaceState(null, "", url);
    if (!query) return render([], "");
    const engine = await loadPagefind();
    const queries = expandQuery(query, lang);
    const searches = await Promise.all(
      queries.map((variant) => engine.search(variant, { filters: filters() })),
    );
    const merged = mergeByBestScore(searches.map((search) => search.results)).slice(0, CANDIDATES);
    const loaded = await Promise.all(
      merged.map(async (result) => ({ data: await result.data(), score: result.score })),
    );
    if (searchId === latest) render(rankResults(loaded, queries).slice(0, MAX_RESULTS), query);
  };

  let timer: number | undefined;
  input.addEventListener("focus", () => void loadPagefind(), { once: true });
  input.addEventListener("input", () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(), 120);
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

  const initial = new URLSearchParams(location.search).get("q");
  if (initial) {
    input.value = initial;
    void run();
  }
}
