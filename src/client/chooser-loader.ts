/**
 * Shows « Mes données exposées »'s form (without JavaScript a sentence says it needs it) and
 * loads the chooser only when it has work: a selection in the address, or the reader's first
 * tick. Most readers of /donnees/ only read its tables; its start-up scripts stay within 2 KB.
 */
const chooserRoot = document.querySelector<HTMLElement>("[data-chooser]");

if (chooserRoot) {
  const form = chooserRoot.querySelector("form")!;
  const start = () =>
    void import("./exposure-chooser.ts").then(({ startChooser }) => startChooser(chooserRoot));
  form.addEventListener("submit", (event) => event.preventDefault());
  chooserRoot.querySelector<HTMLElement>("[data-chooser-controls]")!.hidden = false;
  chooserRoot.querySelector<HTMLElement>("[data-chooser-fallback]")!.hidden = true;
  if (new URLSearchParams(location.search).has("incident")) start();
  else form.addEventListener("change", start, { once: true });
}
