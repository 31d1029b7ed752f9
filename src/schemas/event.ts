import { z } from "astro/zod";
import { localized, slugId, vocabularyFields, type Vocabulary } from "./common.ts";

/** A dated event, `content/timeline.yaml`: written once, shown on every incident it concerns. */
export function eventSchema(vocabulary: Vocabulary) {
  const { incidentRef, isoDate, sourceRefs } = vocabularyFields(vocabulary);
  return z
    .strictObject({
      /** Stable id, used as an anchor. Never renamed. */
      id: slugId,
      date: isoDate,
      /** Last day, for events that span several days. */
      endDate: isoDate.optional(),
      incidents: z.array(incidentRef).min(1),
      event: localized,
      sources: sourceRefs,
    })
    .refine((e) => !e.endDate || e.endDate >= e.date, {
      error: "endDate must not be before date",
      path: ["endDate"],
    });
}

export type TimelineEvent = z.infer<ReturnType<typeof eventSchema>>;
