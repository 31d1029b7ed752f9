import { z } from "astro/zod";
import { treeProblems } from "../lib/scam-check/tree-links.ts";
import { slugId, vocabularyFields, type Vocabulary } from "./common.ts";

/**
 * Texts of the guided check « Ce message est-il une arnaque ? » (`content/scam-check.yaml`).
 * Written as inline Markdown (bold, links; phone numbers become tel:/sms: links), in both
 * languages; the page renders them with the site's Markdown module, which applies French
 * typography.
 */
const text = z.strictObject({ fr: z.string().min(1), en: z.string().min(1) });

/** The same anchor in both languages would read oddly in one of them: each has its own. */
const anchor = z.strictObject({ fr: slugId, en: slugId });

/**
 * Which page a step is on: the questions; the warning signs of a message in the name of a
 * doctor, a laboratory, a teleconsultation service or a clinic (`care`), whose leaks came after
 * the questions page was full; of a message in the name of an employment, payroll or telephone
 * service (`services`: France Travail, the Urssaf, an operator), whose leaks complete the
 * picture; or what to do (the last question and the endings). Each page stays within the weight
 * budget, and « what to do » can be linked alone.
 */
export const SCAM_PARTS = ["questions", "care", "services", "actions"] as const;
const part = z.enum(SCAM_PARTS).default("questions");

/** The guided check, `content/scam-check.yaml`, its tree included. */
export function scamCheckSchema(vocabulary: Vocabulary) {
  const { incidentRef, sourceRefs } = vocabularyFields(vocabulary);

  /** A sentence the sources support, with the sources. */
  const sourced = z.strictObject({ text, sources: sourceRefs });

  const answer = z.strictObject({
    label: text,
    /** The step the answer leads to. */
    next: slugId,
  });

  const question = z.strictObject({
    id: slugId,
    part,
    kind: z.literal("question"),
    anchor,
    title: text,
    /** A line under the question (how to choose), when one is needed. */
    hint: text.optional(),
    answers: z.array(answer).min(2),
  });

  /** What one answer tells the reader: the warning signs that go with it, then on. */
  const signs = z.strictObject({
    id: slugId,
    part,
    kind: z.literal("signs"),
    anchor,
    title: text,
    signs: z.array(sourced).min(1),
    next: slugId,
  });

  /** Where a path ends: what to do now, chosen by the most serious thing already done. */
  const ending = z.strictObject({
    id: slugId,
    part,
    kind: z.literal("ending"),
    anchor,
    title: text,
    advice: z.array(sourced).min(1),
    /** Where to report the message or the fraud. */
    report: z.array(sourced).min(1),
  });

  const step = z.discriminatedUnion("kind", [question, signs, ending]);

  /** What every quoted message has, scam or genuine notice. */
  const quotedMessage = {
    id: slugId,
    title: text,
    /** How it arrived and whose name it used. */
    channel: text,
    /** When it was reported, as the source gives it (a month, or « date non indiquée »). */
    when: text,
    /**
     * The message as the source quotes it, in French, copied exactly. Several items are separate
     * fragments of one message.
     */
    quote: z.array(z.string().min(1)).min(1),
    /** Where the quote was read. */
    quoteSources: sourceRefs,
    /** An English rendering for the English page, said to be a translation. */
    translation: z.string().min(1),
  };

  /** A scam as a source quotes it: `[[words|n]]` in its quote marks the words of warning sign n. */
  const example = z.strictObject({
    ...quotedMessage,
    signs: z.array(sourced).min(1),
    /** The official warning the example comes from (or press quoting it). */
    warning: sourced,
  });

  /**
   * A genuine breach notice as a source quotes or describes it, shown beside the scams it can be
   * confused with: what the source says of it (and never more), and what to do with it.
   */
  const genuineNotice = z.strictObject({
    // Its quote has no marks: it shows no warning sign.
    ...quotedMessage,
    /** The incident it followed. */
    incident: incidentRef,
    /** What the sources say about it: who sent it, how it looks, where it lands. */
    notes: z.array(sourced).min(1),
    /** The examples (ids) it can be mistaken for, or mistaken with. */
    confusedWith: z.array(slugId).min(1),
    /** What to do with it: keep it, check it through the organisation's own channels. */
    advice: sourced,
  });

  return (
    z
      .strictObject({
        /** The first question. */
        start: slugId,
        /** Shown in every ending: how to check with the claimed sender through your own channel. */
        verify: sourced,
        steps: z.array(step).min(1),
        examples: z.array(example).min(5),
        /** Genuine breach notices quoted or described by a source (« Les vrais avis de fuite »). */
        genuine: z.array(genuineNotice).default([]),
      })
      .refine(
        (check) =>
          check.genuine.every((notice) =>
            notice.confusedWith.every((id) => check.examples.some((example) => example.id === id)),
          ),
        {
          error: "a genuine notice's confusedWith names an example id that does not exist",
          path: ["genuine"],
        },
      )
      // A reader is never stuck: every answer leads to a step, no loop, no step out of reach.
      .superRefine((check, context) => {
        for (const problem of treeProblems(check))
          context.addIssue({ code: "custom", message: problem, path: ["steps"] });
      })
  );
}

export type ScamCheck = z.infer<ReturnType<typeof scamCheckSchema>>;
export type ScamStep = ScamCheck["steps"][number];
export type ScamExample = ScamCheck["examples"][number];
export type GenuineNotice = ScamCheck["genuine"][number];
export type ScamPart = (typeof SCAM_PARTS)[number];
export type Sourced = ScamCheck["verify"];
