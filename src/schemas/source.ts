import { z } from "astro/zod";
import { typeset } from "../lib/text/typography.ts";
import { slugId, vocabularyFields, type Vocabulary } from "./common.ts";
import { INCIDENT_GROUPS } from "./incident.ts";

export const SOURCE_KINDS = ["official", "operator", "company", "press", "professional", "service"] as const;

/** One entry of the bibliography, `content/sources.yaml`. */
export function sourceSchema(vocabulary: Vocabulary) {
  const { isoDate } = vocabularyFields(vocabulary);
  return (
    z
      .strictObject({
        /** Stable id cited in prose as `[@id]` and in facts as `sources: [id]`. Never renamed. */
        id: slugId,
        /** Title as published. */
        title: z.string().min(1),
        /** Who published it (newspaper, authority, operator). */
        publisher: z.string().min(1),
        /** Publication date, when known. */
        date: isoDate.optional(),
        /** Public address; absent only for texts we hold but that are not online (the seed article). */
        url: z.url({ protocol: /^https$/, error: "expected an https:// address" }).optional(),
        /** Official body, operator/insurer, other company (bank, broker), press, professional body, or reporting service. */
        kind: z.enum(SOURCE_KINDS),
        /**
         * Cited only by the guided check « Ce message est-il une arnaque ? » (official warnings,
         * reported scam messages): listed on its pages, not in the site's bibliography of the
         * leaks, which would otherwise outgrow its page. Its number is kept.
         */
        scamCheckOnly: z.boolean().optional(),
        /**
         * Cited only by « Demander mes données » (the law a right-of-access letter rests on, the
         * CNIL's pages on access and complaints): listed on that page, not in the bibliography of
         * the leaks, for the same reason. Its number is kept.
         */
        letterOnly: z.boolean().optional(),
        /**
         * The incident group whose own bibliography lists it (`related`: the leaks that complete
         * the picture, on the sources page whose `group` is `related`); without it, the site's
         * main bibliography. One page for every source would outgrow the page-weight budget. Its
         * number is kept.
         */
        group: z.enum(INCIDENT_GROUPS).optional(),
        /** Language of the source. */
        lang: z.enum(["fr", "en"]).default("fr"),
      })
      // A title is quoted as published, in the typography of its own language.
      .transform((source) => ({
        ...source,
        title: typeset(source.lang, source.title),
        publisher: typeset(source.lang, source.publisher),
      }))
  );
}

export type Source = z.infer<ReturnType<typeof sourceSchema>>;
export type SourceKind = (typeof SOURCE_KINDS)[number];
