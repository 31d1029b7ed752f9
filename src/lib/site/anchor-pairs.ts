/**
 * Which anchor of a page is which anchor of its translation, so the language link can take the
 * reader to the same place (`data-pairs` on the link, read by `src/client/language-switch.ts`).
 *
 * Anchors are paired only through keys both pages share, never by their words:
 * 1. The same id on both pages: ids made from the facts (`source-…`, `event-…`, `incident-…`,
 *    the press page's `resume-…`, an example's id) and headings whose slug is the same word in both languages (« RIB »).
 * 2. The same dictionary key: every anchor a template writes is `t(lang, "anchor.…")`.
 * 3. The same key in a data file: the guided check's steps share their id in
 *    `content/scam-check.yaml`, each language having its own anchor (`canal` / `channel`).
 * 4. A paired anchor followed by a dictionary anchor (`rien-donne-agir` / `nothing-given-act`).
 * 5. Markdown headings by their place in the outline. Each page is translated one-to-one, so
 *    its n-th heading is the n-th heading of the translation, but only where the outlines
 *    agree: the headings paired by 1–4 (and the start and end) cut the outline into runs, and
 *    a run is paired heading by heading only when both sides have the same levels in the same
 *    order. A section added, dropped or split on one side breaks that test, and only its own
 *    run stays unpaired (its readers land at the top of the page, never on another section).
 *    Sections reordered at the same level would pass it: translations keep their order, and
 *    where one cannot, giving both headings the same `{#id}` makes it a fixed point (rule 1).
 * A target claimed by two anchors is a sign of a wrong key: neither is paired.
 */
import { FAMILY, SEPARATOR } from "../text/paired-anchor.ts";

export interface PageAnchors {
  /** Every anchor of the page a link may point at. */
  anchors: readonly string[];
  /** Its Markdown headings in document order, with their levels. */
  headings: readonly { depth: number; slug: string }[];
}

/** [this page's anchor, the other page's anchor] pairs known from shared keys (rules 2–3). */
export type KeyedPairs = readonly (readonly [string, string])[];

/** Id families made from the facts: the same ids on both pages, written once (`source-*`). */
const FAMILIES = ["source-", "event-", "figure-", "incident-", "resume-"];

export function pairAnchors(
  from: PageAnchors,
  to: PageAnchors,
  named: KeyedPairs,
  extra: KeyedPairs = [],
): Map<string, string> {
  const fromSet = new Set(from.anchors);
  const toSet = new Set(to.anchors);
  const pairs = new Map<string, string>();
  for (const anchor of from.anchors) if (toSet.has(anchor)) pairs.set(anchor, anchor);
  for (const [mine, theirs] of [...named, ...extra]) {
    if (fromSet.has(mine) && toSet.has(theirs) && !pairs.has(mine)) pairs.set(mine, theirs);
  }
  pairOutline(from.headings, to.headings, pairs);
  for (const anchor of from.anchors) {
    if (pairs.has(anchor)) continue;
    for (const [mine, theirs] of named) {
      const base = pairs.get(anchor.slice(0, -mine.length - 1));
      if (anchor.endsWith(`-${mine}`) && base && toSet.has(`${base}-${theirs}`)) {
        pairs.set(anchor, `${base}-${theirs}`);
        break;
      }
    }
  }
  return withoutSharedTargets(pairs);
}

/** Rule 5: runs of headings between fixed points, paired by place when their levels agree. */
function pairOutline(
  mine: PageAnchors["headings"],
  theirs: PageAnchors["headings"],
  pairs: Map<string, string>,
): void {
  const place = new Map(theirs.map((heading, index) => [heading.slug, index]));
  // Fixed points in increasing order on both sides; one out of order cuts nothing.
  const fixed: [number, number][] = [[-1, -1]];
  mine.forEach((heading, index) => {
    const other = place.get(pairs.get(heading.slug) ?? "");
    if (other !== undefined && other > fixed.at(-1)![1]) fixed.push([index, other]);
  });
  fixed.push([mine.length, theirs.length]);
  for (let run = 1; run < fixed.length; run++) {
    const [startMine, startTheirs] = fixed[run - 1]!;
    const [endMine, endTheirs] = fixed[run]!;
    const left = mine.slice(startMine + 1, endMine);
    const right = theirs.slice(startTheirs + 1, endTheirs);
    const sameLevels =
      left.length === right.length && left.every((heading, index) => heading.depth === right[index]!.depth);
    if (!sameLevels) continue;
    left.forEach((heading, index) => {
      if (!pairs.has(heading.slug)) pairs.set(heading.slug, right[index]!.slug);
    });
  }
}

function withoutSharedTargets(pairs: Map<string, string>): Map<string, string> {
  const claims = new Map<string, number>();
  for (const target of pairs.values()) claims.set(target, (claims.get(target) ?? 0) + 1);
  return new Map([...pairs].filter(([, target]) => claims.get(target) === 1));
}

/** The pairs as the link carries them (`../text/paired-anchor.ts`): only the page's own anchors. */
export function encodePairs(anchors: readonly string[], pairs: ReadonlyMap<string, string>): string {
  const tokens: string[] = [];
  const families = FAMILIES.filter((prefix) => {
    const members = anchors.filter((anchor) => anchor.startsWith(prefix));
    return members.length > 1 && members.every((anchor) => pairs.get(anchor) === anchor);
  });
  for (const prefix of families) tokens.push(`${prefix}${FAMILY}`);
  for (const anchor of [...new Set(anchors)].sort()) {
    const target = pairs.get(anchor);
    if (!target || families.some((prefix) => anchor.startsWith(prefix))) continue;
    tokens.push(target === anchor ? anchor : `${anchor}${SEPARATOR}${target}`);
  }
  return tokens.join(" ");
}
