/**
 * « Demander mes données »: shows the letter the address names, `?incident=<id>` (the links of
 * incident pages) or `#lettre-<id>` (the picker's links, which work without this script too),
 * fills in today's date, and adds « Imprimer la lettre » and « Copier le texte » under it.
 *
 * Nothing is stored or sent: the choice is the address itself, no cookie, no browser storage,
 * no request.
 */
const letters = document.querySelector<HTMLElement>("[data-letters]");

if (letters) {
  const root = letters;
  const text = JSON.parse(root.dataset["letters"] ?? "{}") as {
    prefix: string;
    copy: string;
    copied: string;
    print: string;
  };
  const blocks = [...root.querySelectorAll<HTMLElement>("[data-letter]")];
  const lang = document.documentElement.lang;
  const today = new Intl.DateTimeFormat(lang === "en" ? "en-GB" : "fr-FR", { dateStyle: "long" }).format(
    new Date(),
  );
  for (const blank of root.querySelectorAll("[data-today]")) blank.textContent = today;

  const choose = (id: string | null) => {
    const chosen = blocks.find((block) => block.id === id);
    for (const block of blocks) block.toggleAttribute("data-chosen", block === chosen);
    root.toggleAttribute("data-has-choice", Boolean(chosen));
    return chosen;
  };
  const fromHash = () => {
    try {
      // A heading's own address (its copy-link button's, `#lettre-<id>-h`) names its letter.
      return decodeURIComponent(location.hash.slice(1)).replace(/-h$/, "");
    } catch {
      return "";
    }
  };
  const incident = new URLSearchParams(location.search).get("incident");
  const first = choose(fromHash()) ?? choose(incident && `${text.prefix}${incident}`);
  if (first && !location.hash) first.scrollIntoView();
  addEventListener("hashchange", () => choose(fromHash()));

  const status = document.createElement("span");
  status.className = "copy-done";
  status.role = "status";
  for (const block of blocks) {
    const letter = block.querySelector<HTMLElement>("[data-letter-text]");
    const actions = block.querySelector<HTMLElement>("[data-letter-actions]");
    if (!letter || !actions) continue;
    const button = (label: string, action: () => void) => {
      const element = document.createElement("button");
      element.type = "button";
      element.className = "button";
      element.textContent = label;
      element.addEventListener("click", action);
      actions.append(element);
      return element;
    };
    button(text.print, () => {
      choose(block.id);
      print();
    });
    if (navigator.clipboard) {
      const copy = button(text.copy, () => {
        // The letter's text, paragraph by paragraph, without its source marks.
        const clone = letter.cloneNode(true) as HTMLElement;
        for (const mark of clone.querySelectorAll(".cite")) mark.remove();
        for (const lineBreak of clone.querySelectorAll("br")) lineBreak.replaceWith("\n");
        const value = [...clone.querySelectorAll("p")]
          .map((paragraph) =>
            (paragraph.textContent ?? "")
              .replace(/[ \t]+/g, " ")
              .replace(/ ?\n ?/g, "\n")
              .trim(),
          )
          .join("\n\n");
        void navigator.clipboard.writeText(value).then(() => {
          copy.after(status);
          status.textContent = text.copied;
          setTimeout(() => (status.textContent = ""), 4000);
        });
      });
    }
  }
}

export {};
