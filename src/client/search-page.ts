/**
 * The search page's first script, kept small: it loads the search code (and, through it,
 * Pagefind) only when the reader focuses the search box, types, submits, or opens a shared
 * `?q=` address. Without JavaScript the form is a plain GET form to this page.
 */
import "./nav-menu.ts";

const root = document.querySelector<HTMLElement>("[data-search]");

if (root) {
  const input = root.querySelector<HTMLInputElement>('input[name="q"]')!;
  let engine: Promise<void> | undefined;
  // Read when the search code arrives: a form sent while it loads is searched at once.
  let searchNow = false;
  const start = () =>
    (engine ??= import("./search-engine.ts").then(
      (module) => module.attach(root, searchNow),
      () => {
        // The search code did not load: say so, as the search code does when Pagefind fails.
        const text = JSON.parse(root.dataset["search"] ?? "{}") as Record<string, string>;
        root.querySelector("[data-search-status]")!.textContent = text["unavailable"] ?? "";
        root.querySelector<HTMLElement>("[data-search-empty-text]")!.hidden = true;
        root.querySelector<HTMLElement>("[data-search-empty]")!.hidden = false;
      },
    ));
  input.addEventListener("focus", () => void start(), { once: true });
  input.addEventListener("input", () => void start());
  root.querySelector("form")?.addEventListener("submit", (event) => {
    event.preventDefault();
    searchNow = true;
    void start();
  });
  const shared = new URLSearchParams(location.search).get("q");
  if (shared) {
    input.value = shared;
    searchNow = true;
    void start();
  }
}

// A module, not a global script: its names stay its own.
export {};
