import { z } from "astro/zod";
import { localized, localizedName, name, slugId, vocabularyFields, type Vocabulary } from "./common.ts";

/** One data category of the vocabulary, `content/categories.yaml`. Ids are never renamed. */
export function categorySchema(vocabulary: Vocabulary) {
  const { sourceRef } = vocabularyFields(vocabulary);
  return z
    .strictObject({
      /** Fixed English id used in facts and open data, e.g. `nir`. */
      id: slugId,
      /** URL slug per language: `/donnees/<fr>/`, `/en/data/<en>/`. */
      slug: z.strictObject({ fr: slugId, en: slugId }),
      /** Short label, as shown in the data tables. */
      label: localizedName,
      /** The label as it reads inside a sentence, with its article: « l'état civil ». */
      inText: localized,
      /** The fewest words that name it, lower case, for the summary of an incident page. */
      short: localizedName,
      /**
       * Other words readers type for it (acronyms, everyday words, common misspellings), per
       * language: search finds its page with any of them.
       */
      aliases: z.strictObject({ fr: z.array(name), en: z.array(name) }).optional(),
      /**
       * Data only some kinds of service hold (a doctor's notes, a teleconsultation): an incident's
       * table lists it only where a source says something of it, since « not stated » for, say, a
       * tiers-payant operator tells the reader nothing. Left out of a table is still not stated.
       */
      onlyWhereStated: z.boolean().optional(),
      /**
       * Data that only health services and insurers hold (birth rank, insurer, tiers-payant
       * cover…): for the leaks that complete the picture (`group: related`) it gets a row only
       * where a source mentions it, as `onlyWhereStated` does everywhere.
       */
      healthOnly: z.boolean().optional(),
      /** Whose data this is: insured people, health professionals, or both. */
      population: z.enum(["insured", "professionals", "both"]),
      /**
       * What its exposure means for the person, shown on incident pages where it was exposed.
       * Only what sources say of the category in general; advice a source gives about one
       * incident goes in that incident's exposure entry (`advice`).
       */
      implication: localized.optional(),
      implicationSources: z.array(sourceRef).default([]),
    })
    .refine((category) => !category.implication || category.implicationSources.length > 0, {
      error: "an implication must cite at least one source",
      path: ["implicationSources"],
    });
}

export type Category = z.infer<ReturnType<typeof categorySchema>>;
