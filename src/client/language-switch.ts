/**
 * The language link goes to the translation, with or without JavaScript. When it is followed
 * (clicked, tapped, opened in a new tab), it first takes the reader's place along: the search
 * (`?q=`) and the selection of « Mes données exposées » (`?incident=`), whose meaning is the
 * same on both pages (the reader's own words, ids of incidents), and the anchor the reader is
 * on as the other page names it (`data-pairs`, made by the build: `../lib/site/anchor-pairs.ts`).
 * An anchor with no counterpart is dropped: the other page opens at its top, never at another
 * section. The guided check keeps its step in the anchor, so the step travels as one.
 * Imported with the menu's script (`./nav-menu.ts`) by every page's first script: kept tiny.
 */
import { pairedAnchor } from "../lib/text/paired-anchor.ts";

const language = document.querySelector<HTMLAnchorElement>("a[data-pairs]");
language?.addEventListener("click", () => {
  const target = new URL(language.href);
  target.search = location.search;
  target.hash = pairedAnchor(language.dataset["pairs"]!, location.hash.slice(1)) ?? "";
  language.href = target.href;
});
