/**
 * The guided check « Ce message est-il une arnaque ? » (`content/scam-check.yaml`): every path
 * of the tree, generated from the file, ends with what to do, where to report and sources; no
 * text anywhere says a message is safe or genuine; the examples' marks match their signs.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { scamCheckSchema, type ScamCheck } from "../../src/schemas/scam-check.ts";
import { allPaths, plainQuote, progressOf, quoteParts, stepsInOrder } from "../../src/lib/scam-check/tree.ts";
import { treeProblems } from "../../src/lib/scam-check/tree-links.ts";
import { scamCheckView } from "../../src/lib/site/views/scam-check.ts";
import { contentVocabulary } from "../../src/lib/content/vocabulary.ts";

const check: ScamCheck = scamCheckSchema(contentVocabulary).parse(
  parse(readFileSync(join(import.meta.dirname, "../../content/scam-check.yaml"), "utf8")),
);

/**
 * Wordings that would tell a reader a message is fine, in both languages. The check may name
 * signs of a scam; it never clears a message, so none of these may appear anywhere in it.
 */
const VERDICTS = [
  /authenti/i,
  /sans danger/i,
  /sans risque/i,
  /\bfiable/i,
  /\bsûre?s?\b/i,
  /sans crainte/i,
  /l[ée]gitime/i,
  /pas une arnaque/i,
  /vient bien de (?!celui qu'il nomme)/i,
  /\bgenuine\b/i,
  /\bsafe\b/i,
  /\blegitimate\b/i,
  /\btrustworthy\b/i,
  /not a scam/i,
  /\bit is real\b/i,
];

/** Every text of the tree and the examples, in both languages. */
function allTexts(): { where: string; text: string }[] {
  const texts: { where: string; text: string }[] = [];
  const add = (where: string, value: unknown) => {
    if (typeof value === "string") texts.push({ where, text: value });
    else if (Array.isArray(value)) value.forEach((item, index) => add(`${where}[${index}]`, item));
    else if (value && typeof value === "object")
      for (const [key, item] of Object.entries(value))
        if (key !== "sources" && key !== "quoteSources") add(`${where}.${key}`, item);
  };
  add("verify", check.verify);
  for (const step of check.steps) add(step.id, step);
  for (const example of check.examples) add(example.id, example);
  return texts;
}

describe("the guided check's tree", () => {
  it("is sound: every link leads to a step, no loop, every step reachable", () => {
    expect(treeProblems(check)).toEqual([]);
  });

  const paths = allPaths(check);

  it("has a handful of questions and many paths, each ending at an ending", () => {
    expect(check.steps.filter((step) => step.kind === "question").length).toBeLessThanOrEqual(6);
    expect(paths.length).toBeGreaterThan(20);
    for (const path of paths) expect(path.at(-1)?.kind).toBe("ending");
  });

  it("asks how it arrived, who it claims to be, what it quotes, what it asks, and what was done", () => {
    const questions = stepsInOrder(check).filter((step) => step.kind === "question");
    expect(questions.map((step) => step.id)).toEqual(["channel", "sender", "details", "request", "done"]);
  });

  it("ends every path with advice, a reporting channel and sources", () => {
    const problems: string[] = [];
    for (const path of paths) {
      const name = path.map((step) => step.id).join(" → ");
      const ending = path.at(-1);
      if (ending?.kind !== "ending") {
        problems.push(`${name}: does not end at an ending`);
        continue;
      }
      if (ending.advice.length === 0) problems.push(`${name}: no advice`);
      if (ending.report.length === 0) problems.push(`${name}: no reporting channel`);
      for (const item of [...ending.advice, ...ending.report]) {
        if (item.sources.length === 0) problems.push(`${name}: « ${item.text.fr} » cites no source`);
        if (!item.text.fr.trim() || !item.text.en.trim())
          problems.push(`${name}: a text is missing a language`);
      }
      // The question of what was already done picks the ending, on every path.
      if (!path.some((step) => step.id === "done")) problems.push(`${name}: skips « done »`);
    }
    expect(problems).toEqual([]);
  });

  it("tells, in every ending, how to reach the claimed sender through a channel found alone", () => {
    expect(check.verify.sources.length).toBeGreaterThan(0);
    expect(check.verify.text.fr).toMatch(/vous-même/);
    expect(check.verify.text.en).toMatch(/yourself/);
    const view = scamCheckView(check, "fr", "actions", {
      questions: "/q/",
      care: "/c/",
      services: "/s/",
      actions: "/a/",
    });
    expect(view.steps.filter((step) => step.kind === "ending").length).toBe(5);
  });

  it("covers the situations: nothing given, bank details, a code or password, money paid, identity papers", () => {
    const done = check.steps.find((step) => step.id === "done");
    if (done?.kind !== "question") throw new Error("no question « done »");
    expect(done.answers.map((answer) => answer.next).sort()).toEqual(
      ["gave-bank", "gave-code", "gave-documents", "nothing", "paid"].sort(),
    );
  });

  it("never says a message is safe, genuine or legitimate, in either language", () => {
    const found = allTexts().flatMap(({ where, text }) =>
      VERDICTS.filter((pattern) => pattern.test(text)).map(
        (pattern) => `${where}: ${String(pattern)} in « ${text} »`,
      ),
    );
    expect(found).toEqual([]);
  });

  it("links across its pages by address, within a page by anchor", () => {
    const urls = {
      questions: "/verifier-un-message/",
      care: "/verifier-un-message/soignants/",
      services: "/verifier-un-message/organismes-et-operateurs/",
      actions: "/verifier-un-message/que-faire/",
    };
    const questions = scamCheckView(check, "fr", "questions", urls);
    const request = questions.steps.find((step) => step.anchor === "ce-qu-il-demande");
    expect(request?.answers.at(-1)?.href).toBe("/verifier-un-message/que-faire/#deja-fait");
    expect(request?.answers[0]?.href).toBe("#lien");
    const actions = scamCheckView(check, "en", "actions", {
      questions: "/en/check-a-message/",
      care: "/en/check-a-message/health-services/",
      services: "/en/check-a-message/services-and-providers/",
      actions: "/en/check-a-message/what-to-do/",
    });
    expect(actions.startHref).toBe("/en/check-a-message/#channel");
    // A step on the page of care providers is reached from the questions page by its address,
    // and leads back to the next question on the questions page.
    const sender = questions.steps.find((step) => step.anchor === "expediteur");
    expect(sender?.answers.map((answer) => answer.href)).toContain(
      "/verifier-un-message/soignants/#laboratoire",
    );
    const care = scamCheckView(check, "fr", "care", urls);
    expect(care.steps.find((step) => step.anchor === "laboratoire")?.next).toBe(
      "/verifier-un-message/#ce-qu-il-cite",
    );
    // So is a step on the page of other services, and a quoted IBAN leads back to the question
    // of what the message asks.
    expect(sender?.answers.map((answer) => answer.href)).toContain(
      "/verifier-un-message/organismes-et-operateurs/#operateur",
    );
    const details = questions.steps.find((step) => step.anchor === "ce-qu-il-cite");
    expect(details?.answers.map((answer) => answer.href)).toContain(
      "/verifier-un-message/organismes-et-operateurs/#iban-cite",
    );
    const services = scamCheckView(check, "fr", "services", urls);
    expect(services.steps.find((step) => step.anchor === "iban-cite")?.next).toBe(
      "/verifier-un-message/#ce-qu-il-demande",
    );
  });
});

/** The ending's sourced items, both languages, as plain text. */
const endingTexts = (id: string, list: "advice" | "report") => {
  const ending = check.steps.find((step) => step.id === id);
  if (ending?.kind !== "ending") throw new Error(`no ending « ${id} »`);
  return ending[list].map((item) => item.text);
};

describe("progress (« Étape 2 sur 6 »)", () => {
  it("is true on every path: each question and the ending count one, signs belong to their question", () => {
    const progress = progressOf(check);
    for (const path of allPaths(check)) {
      const counted = path.filter((step) => step.kind !== "signs");
      counted.forEach((step, index) => {
        expect(progress.get(step.id), step.id).toEqual({
          index: index + 1,
          total: counted.length,
          atMost: false,
        });
      });
      path.forEach((step, index) => {
        if (step.kind === "signs")
          expect(progress.get(step.id)?.index).toBe(progress.get(path[index - 1]?.id ?? "")?.index);
      });
    }
    const view = scamCheckView(check, "fr", "questions", {
      questions: "/q/",
      care: "/c/",
      services: "/s/",
      actions: "/a/",
    });
    expect(view.steps[0]?.progress).toBe("Étape 1 sur 6");
  });

  it("says « au plus » when answers change the number of steps, and nothing when they change a step's place", () => {
    const text = { fr: "x", en: "x" };
    const sourced = [{ text, sources: ["a"] }];
    const ending = (id: string) =>
      ({
        id,
        part: "questions",
        kind: "ending",
        anchor: { fr: id, en: id },
        title: text,
        advice: sourced,
        report: sourced,
      }) as const;
    const tree = {
      start: "q1",
      verify: sourced[0],
      examples: [],
      steps: [
        {
          id: "q1",
          part: "questions",
          kind: "question",
          anchor: { fr: "q1", en: "q1" },
          title: text,
          answers: [
            { label: text, next: "q2" },
            { label: text, next: "short" },
          ],
        },
        {
          id: "q2",
          part: "questions",
          kind: "question",
          anchor: { fr: "q2", en: "q2" },
          title: text,
          answers: [
            { label: text, next: "long" },
            { label: text, next: "short" },
          ],
        },
        ending("long"),
        ending("short"),
      ],
    } as unknown as ScamCheck;
    const progress = progressOf(tree);
    expect(progress.get("q1")).toEqual({ index: 1, total: 3, atMost: true });
    expect(progress.get("q2")).toEqual({ index: 2, total: 3, atMost: false });
    expect(progress.get("long")).toEqual({ index: 3, total: 3, atMost: false });
    // Second step on one path, third on the other: no number is true of it.
    expect(progress.has("short")).toBe(false);
  });
});

describe("the endings", () => {
  const endings = check.steps.filter((step) => step.kind === "ending");

  it("print the official reporting routes as text, in both languages", () => {
    const missing: string[] = [];
    for (const ending of endings) {
      for (const lang of ["fr", "en"] as const) {
        const text = ending.report.map((item) => item.text[lang]).join(" ");
        for (const route of ["33700", "signal-spam.fr", "phishing-initiative.eu", "17cyber.gouv.fr"])
          if (!text.includes(route)) missing.push(`${ending.id} (${lang}): ${route}`);
      }
    }
    expect(missing).toEqual([]);
    // Perceval and THESEE, with where to find them.
    const all = endings.flatMap((ending) => [...ending.advice, ...ending.report]).map((item) => item.text.fr);
    expect(all.some((text) => /Perceval\*\*, sur service-public\.fr/.test(text))).toBe(true);
    expect(all.some((text) => /THESEE\*\*.*service-public\.fr/.test(text))).toBe(true);
  });

  it("give a complaint route that holds for every leak: police, gendarmerie or the prosecutor", () => {
    for (const id of ["nothing", "paid", "gave-documents"]) {
      const text = [...endingTexts(id, "advice"), ...endingTexts(id, "report")].map((t) => t.fr).join(" ");
      expect(text, id).toMatch(/commissariat ou (?:à )?la gendarmerie de votre choix/);
      expect(text, id).toMatch(/procureur de la République/);
    }
  });

  it("keep a leak notice until it is checked, and report a scam before deleting it", () => {
    const advice = endingTexts("nothing", "advice");
    // A notice announcing a leak: kept, not deleted or reported as spam first.
    expect(advice.some((text) => /ne le supprimez pas et ne le signalez pas/.test(text.fr))).toBe(true);
    expect(advice.some((text) => /do not delete it or report it as spam/.test(text.en))).toBe(true);
    // Wherever the ending says to delete a message, reporting comes first in the same sentence.
    for (const { fr, en } of advice) {
      const deleteAt = fr.search(/supprimez-le|supprimez le message/);
      if (deleteAt >= 0) expect(fr.slice(0, deleteAt), fr).toMatch(/signalez-le/);
      const deleteAtEn = en.search(/then delete it|delete the message/);
      if (deleteAtEn >= 0) expect(en.slice(0, deleteAtEn), en).toMatch(/report it/);
    }
  });
});

describe("Pharos", () => {
  it("is advised only as its source describes it, or as dated advice", () => {
    const problems = [
      ...check.steps.flatMap((step) =>
        step.kind === "signs" ? step.signs : step.kind === "ending" ? [...step.advice, ...step.report] : [],
      ),
    ]
      .filter((item) => /Pharos/.test(item.text.fr) || /Pharos/.test(item.text.en))
      .filter((item) => !item.sources.includes("pharos") && !/2021/.test(item.text.fr))
      .map((item) => item.text.fr);
    expect(problems).toEqual([]);
  });
});

describe("the examples", () => {
  it("are at least five, each quoted from a source with its signs numbered", () => {
    expect(check.examples.length).toBeGreaterThanOrEqual(5);
    for (const example of check.examples) {
      expect(example.quoteSources.length).toBeGreaterThan(0);
      expect(example.warning.sources.length).toBeGreaterThan(0);
      const marks = example.quote.flatMap((fragment) =>
        quoteParts(fragment).flatMap((part) => part.sign ?? []),
      );
      expect(marks.length, example.id).toBeGreaterThan(0);
      for (const mark of marks) expect(mark, example.id).toBeLessThanOrEqual(example.signs.length);
      for (const fragment of example.quote) expect(plainQuote(fragment)).not.toMatch(/\[\[|\]\]|\|\d/);
    }
  });
});
