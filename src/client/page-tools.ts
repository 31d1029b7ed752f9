/**
 * Progressive enhancement for content pages: a copy-link button at the end of each section heading,
 * and a copy button for the "Cite this page" text. Without JavaScript, headings are already
 * links to themselves, the citation is plain text and no copy button shows. A copy is
 * confirmed where it was asked, in words (« Lien copié »), and to screen readers.
 */
const root = document.querySelector<HTMLElement>("[data-page-tools]");

if (root && navigator.clipboard) {
  const text = JSON.parse(root.dataset["pageTools"] ?? "{}") as Record<string, string>;
  const status = document.createElement("p");
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  root.append(status);

  /** Copies, then says so beside the button for a few seconds (the status says it aloud). */
  const copy = async (value: string, done: string, button: HTMLElement) => {
    await navigator.clipboard.writeText(value);
    status.textContent = done;
    button.parentElement?.querySelector(":scope > .copy-done")?.remove();
    const note = document.createElement("span");
    note.className = "copy-done";
    note.setAttribute("aria-hidden", "true");
    note.textContent = done;
    button.after(note);
    setTimeout(() => note.remove(), 4000);
  };

  const template = document.createElement("button");
  template.type = "button";
  template.className = "copy-link";
  template.innerHTML =
    '<svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20"><path fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" d="M10 14a4 4 0 0 0 5.66 0l3-3a4 4 0 0 0-5.66-5.66l-1 1M14 10a4 4 0 0 0-5.66 0l-3 3a4 4 0 0 0 5.66 5.66l1-1"/></svg>';

  for (const heading of root.querySelectorAll<HTMLElement>(":is(h2, h3)[id]:not(.visually-hidden)")) {
    const title = heading.textContent?.trim() ?? "";
    const button = template.cloneNode(true) as HTMLButtonElement;
    button.setAttribute("aria-label", (text["copyLink"] ?? "").replace("{title}", title));
    button.addEventListener("click", () => {
      const url = new URL(location.href);
      url.search = "";
      url.hash = heading.id;
      void copy(url.href, text["copied"] ?? "", button);
    });
    // Inside the heading, in the room its stylesheet keeps free (nothing moves, the rest of the
    // page is not laid out again); the heading keeps its own text as its accessible name.
    heading.setAttribute("aria-label", title);
    heading.append(button);
  }

  const citation = root.querySelector<HTMLElement>("[data-citation]");
  const citeActions = root.querySelector<HTMLElement>("[data-cite-actions]");
  if (citation && citeActions) {
    const citeButton = document.createElement("button");
    citeButton.type = "button";
    citeButton.className = "button";
    citeButton.dataset["copyCitation"] = "";
    citeButton.textContent = text["citeCopy"] ?? "";
    citeActions.append(citeButton);
    citeButton.addEventListener("click", () => {
      // The section the reader is on, and today's date, replace the page URL and build date.
      const base = citation.dataset["url"] ?? "";
      const here = location.hash ? `${base}${location.hash}` : base;
      const lang = document.documentElement.lang;
      const today = new Intl.DateTimeFormat(lang === "en" ? "en-GB" : "fr-FR", { dateStyle: "long" }).format(
        new Date(),
      );
      const value = (text["citeFormat"] ?? "").replace("{url}", here).replace("{accessed}", today);
      void copy(value, text["citationCopied"] ?? "", citeButton);
    });
  }
}
