/**
 * Progressive enhancement for content pages: a copy-link button at the end of each section heading,
 * and a copy button for the "Cite this page" text. Without JavaScript, headings are already
 * links to themselves, the citation is plain text and no copy button shows. A copy is
 * confirmed where it was asked, in words (« Lien copié »), and to screen readers.
 */
import "./nav-menu.ts";

const root = document.querySelector<HTMLElement>("[data-page-tools]");

const text = JSON.parse(root?.dataset["pageTools"] ?? "{}") as {
  copyLink: string;
  copied: string;
  citeFormat: string;
  citeCopy: string;
  citationCopied: string;
  citeBack: string;
};

// A source mark « [2] » jumps to the list of sources, often screens below: the source is
// highlighted (CSS :target) and offers a way back to the very mark the reader followed.
if (root) {
  const back = document.createElement("button");
  back.className = "cite-back";
  back.textContent = text.citeBack;
  let mark: HTMLAnchorElement | null = null;
  root.addEventListener("click", (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>("a.cite");
    const source = link && document.getElementById(link.hash.slice(1));
    if (!link || !source) return;
    mark = link;
    source.append(back);
  });
  back.addEventListener("click", () => {
    mark?.scrollIntoView({ block: "center" });
    mark?.focus();
    back.remove();
  });
}

if (root && navigator.clipboard) {
  const make = (tag: string, className: string) => {
    const element = document.createElement(tag);
    element.className = className;
    return element;
  };
  // Beside the button that copied, in words, for a few seconds; read aloud as a status.
  const status = make("span", "copy-done");
  status.role = "status";
  root.append(status);

  const copy = async (value: string, done: string, button: HTMLElement) => {
    await navigator.clipboard.writeText(value);
    button.after(status);
    status.textContent = done;
    setTimeout(() => (status.textContent = ""), 4000);
  };

  const template = make("button", "copy-link");
  template.innerHTML =
    '<svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20"><path fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" d="M10 14a4 4 0 0 0 5.66 0l3-3a4 4 0 0 0-5.66-5.66l-1 1M14 10a4 4 0 0 0-5.66 0l-3 3a4 4 0 0 0 5.66 5.66l1-1"/></svg>';

  for (const heading of root.querySelectorAll<HTMLElement>(":is(h2, h3)[id]:not(.visually-hidden)")) {
    const title = heading.textContent?.trim() ?? "";
    const button = template.cloneNode(true) as HTMLElement;
    button.ariaLabel = text.copyLink.replace("{title}", title);
    button.addEventListener("click", () => {
      const url = new URL(location.href);
      url.search = "";
      url.hash = heading.id;
      void copy(url.href, text.copied, button);
    });
    // Inside the heading, in the room its stylesheet keeps free (nothing moves, the rest of the
    // page is not laid out again); the heading keeps its own text as its accessible name.
    heading.ariaLabel = title;
    heading.append(button);
    // One Tab stop per heading: the button shares the section; the heading stays a link for
    // the mouse (and is the only way without JavaScript).
    heading.querySelector(".heading-link")?.setAttribute("tabindex", "-1");
  }

  const citation = root.querySelector<HTMLElement>("[data-citation]");
  const citeActions = root.querySelector<HTMLElement>("[data-cite-actions]");
  if (citation && citeActions) {
    const citeButton = make("button", "button");
    citeButton.textContent = text.citeCopy;
    citeActions.append(citeButton);
    citeButton.addEventListener("click", () => {
      // The section the reader is on, and today's date, replace the page URL and build date.
      const base = citation.dataset["url"] ?? "";
      const here = location.hash ? `${base}${location.hash}` : base;
      const lang = document.documentElement.lang;
      const today = new Intl.DateTimeFormat(lang === "en" ? "en-GB" : "fr-FR", { dateStyle: "long" }).format(
        new Date(),
      );
      const value = text.citeFormat.replace("{url}", here).replace("{accessed}", today);
      void copy(value, text.citationCopied, citeButton);
    });
  }
}
