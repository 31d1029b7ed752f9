/**
 * Whether the guided check's tree is sound, for its schema (`src/schemas/scam-check.ts`) to
 * refuse a broken one at build time. It reads only how steps link to each other, a shape it
 * names here, so the schema can run it without this file importing the schema back.
 */

/** What the check reads of a step: its id, its anchors and where it leads. */
export type LinkedStep = { id: string; anchor: { fr: string; en: string } } & (
  | { kind: "question"; answers: readonly { next: string }[] }
  | { kind: "signs"; next: string }
  | { kind: "ending" }
);

export interface LinkedTree {
  start: string;
  steps: readonly LinkedStep[];
}

/** The steps an answer or a signs section may lead to. */
export function nextIds(step: LinkedStep): string[] {
  if (step.kind === "question") return [...new Set(step.answers.map((answer) => answer.next))];
  if (step.kind === "signs") return [step.next];
  return [];
}

/**
 * Problems that would leave a reader stuck: a link to no step, a loop, a step no path
 * reaches, a duplicate id or anchor. Empty when the tree is sound.
 */
export function treeProblems(check: LinkedTree): string[] {
  const problems: string[] = [];
  const byId = new Map<string, LinkedStep>();
  for (const step of check.steps) {
    if (byId.has(step.id)) problems.push(`duplicate step id "${step.id}"`);
    byId.set(step.id, step);
  }
  for (const lang of ["fr", "en"] as const) {
    const seen = new Set<string>();
    for (const step of check.steps) {
      if (seen.has(step.anchor[lang])) problems.push(`duplicate ${lang} anchor "${step.anchor[lang]}"`);
      seen.add(step.anchor[lang]);
    }
  }
  if (!byId.has(check.start)) problems.push(`start "${check.start}" is not a step`);
  for (const step of check.steps) {
    for (const next of nextIds(step)) {
      if (!byId.has(next)) problems.push(`${step.id} leads to "${next}", which is not a step`);
    }
  }
  if (problems.length > 0) return problems;

  const reached = new Set<string>();
  const visit = (id: string, trail: readonly string[]) => {
    if (trail.includes(id)) {
      problems.push(`loop: ${[...trail, id].join(" → ")}`);
      return;
    }
    reached.add(id);
    const step = byId.get(id);
    if (step) for (const next of nextIds(step)) visit(next, [...trail, id]);
  };
  visit(check.start, []);
  for (const step of check.steps) {
    if (!reached.has(step.id)) problems.push(`no path reaches "${step.id}"`);
  }
  return problems;
}
