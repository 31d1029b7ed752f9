/**
 * The guided check's tree, walked without a browser: the template follows it to order the
 * sections, and the tests walk every path to check each one ends with what to do.
 */
import type { ScamCheck, ScamStep } from "../../schemas/scam-check.ts";
import { nextIds } from "./tree-links.ts";

export type Ending = Extract<ScamStep, { kind: "ending" }>;

/** Every path from the first question to an ending, as the steps it goes through. */
export function allPaths(check: ScamCheck): ScamStep[][] {
  const byId = new Map(check.steps.map((step) => [step.id, step]));
  const paths: ScamStep[][] = [];
  const walk = (id: string, trail: ScamStep[]) => {
    const step = byId.get(id);
    if (!step || trail.includes(step)) throw new Error(`unsound tree at "${id}": run treeProblems first`);
    const here = [...trail, step];
    const next = nextIds(step);
    if (next.length === 0) paths.push(here);
    for (const id of next) walk(id, here);
  };
  walk(check.start, []);
  return paths;
}

/** The steps in the order a reader first meets them: the page's section order. */
export function stepsInOrder(check: ScamCheck): ScamStep[] {
  const byId = new Map(check.steps.map((step) => [step.id, step]));
  const order: ScamStep[] = [];
  const seen = new Set<string>();
  // Breadth first: each question, then what its answers lead to, then the next question.
  const queue = [check.start];
  while (queue.length > 0) {
    const id = queue.shift() ?? "";
    const step = byId.get(id);
    if (!step || seen.has(id)) continue;
    seen.add(id);
    order.push(step);
    queue.push(...nextIds(step));
  }
  return order;
}

/**
 * Where each step stands on the reader's way, true on every path through it. The steps counted
 * are the questions and the ending; a signs section belongs to the question it answers. `total`
 * is the same on every path through the step, or its largest value (`atMost`) when answers
 * change it; a step met at different positions on different paths gets no entry.
 */
export function progressOf(check: ScamCheck): Map<string, { index: number; total: number; atMost: boolean }> {
  const seen = new Map<string, { indexes: Set<number>; totals: Set<number> }>();
  for (const path of allPaths(check)) {
    const total = path.filter((step) => step.kind !== "signs").length;
    let index = 0;
    for (const step of path) {
      if (step.kind !== "signs") index += 1;
      const entry = seen.get(step.id) ?? { indexes: new Set<number>(), totals: new Set<number>() };
      entry.indexes.add(index);
      entry.totals.add(total);
      seen.set(step.id, entry);
    }
  }
  const progress = new Map<string, { index: number; total: number; atMost: boolean }>();
  for (const [id, { indexes, totals }] of seen) {
    if (indexes.size !== 1) continue;
    progress.set(id, { index: [...indexes][0] ?? 0, total: Math.max(...totals), atMost: totals.size > 1 });
  }
  return progress;
}

/** The endings, for the links between them (« you also… »). */
export function endingsOf(check: ScamCheck): Ending[] {
  return check.steps.filter((step): step is Ending => step.kind === "ending");
}

/** A part of a quoted message: plain words, or words that show warning sign `sign`. */
export interface QuotePart {
  text: string;
  sign?: number;
}

const MARK = /\[\[([^|\]]+)\|(\d+)\]\]/g;

/** Splits `… [[words|2]] …` into plain and marked parts. */
export function quoteParts(quote: string): QuotePart[] {
  const parts: QuotePart[] = [];
  let last = 0;
  for (const match of quote.matchAll(MARK)) {
    if (match.index > last) parts.push({ text: quote.slice(last, match.index) });
    parts.push({ text: match[1] ?? "", sign: Number(match[2]) });
    last = match.index + match[0].length;
  }
  if (last < quote.length) parts.push({ text: quote.slice(last) });
  return parts;
}

/** The quote as the source gives it, without the marks. */
export const plainQuote = (quote: string) => quote.replace(MARK, "$1");
