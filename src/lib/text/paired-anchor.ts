/**
 * The anchor pairing as the language link carries it (`data-pairs`), read by the build that
 * writes it and by the page script that follows the link: one format, in one small file that
 * imports nothing, so the browser gets only this.
 *
 * Tokens separated by spaces, each about one anchor of the page the link is on:
 * - `historique:history`: this anchor is `history` on the other page;
 * - `rib`: the same anchor on both pages;
 * - `source-*`: every anchor that starts with `source-` is the same on both pages (ids made
 *   from the facts: sources, events, figures, incident cards), written once instead of 91 times.
 * An anchor no token names has no counterpart: the link goes to the top of the other page.
 */
export const SEPARATOR = ":";
export const FAMILY = "*";

/** The other page's anchor for `id` (as the address has it, without `#`), if it has one. */
export function pairedAnchor(pairs: string, id: string): string | undefined {
  for (const token of pairs.split(" ")) {
    const [from = "", to = from] = token.split(SEPARATOR);
    if (id && from === id) return to;
    if (from.endsWith(FAMILY) && id.startsWith(from.slice(0, -1))) return id;
  }
  return undefined;
}
