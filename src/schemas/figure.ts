import { z } from "astro/zod";
import { localized, slugId, vocabularyFields, type Vocabulary } from "./common.ts";

/**
 * How a source qualifies a number: "plus de 33 millions", "environ 20 millions", "un peu moins de
 * 40 millions", "au moins 340 000", "jusqu'à 1,2 million" (an upper bound, not a count).
 */
export const QUALIFIERS = ["exact", "about", "more-than", "just-under", "at-least", "up-to"] as const;

/** A key figure, `content/figures.yaml`: written once, shown on every incident it concerns. */
export function figureSchema(vocabulary: Vocabulary) {
  const { incidentRef, isoDateOrMonth, sourceRefs } = vocabularyFields(vocabulary);
  return z.strictObject({
    /** Stable id, used as an anchor and in open data. Never renamed. */
    id: slugId,
    value: z.number().nonnegative(),
    qualifier: z.enum(QUALIFIERS).default("exact"),
    /** What is counted. */
    label: localized,
    /** The date (or month, when the source gives no day) the figure was published. */
    asOf: isoDateOrMonth,
    /** The incidents the figure is about; a combined figure lists all of them. */
    incidents: z.array(incidentRef).min(1),
    /** True for the count of people concerned, shown first and exported as `peopleConcerned`. */
    peopleConcerned: z.boolean().default(false),
    /** What the figure does and does not mean. */
    note: localized.optional(),
    sources: sourceRefs,
  });
}

export type Figure = z.infer<ReturnType<typeof figureSchema>>;
