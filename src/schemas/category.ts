import { z } from "astro/zod";
import { localized, slugId } from "./common.ts";

/** One data category of the vocabulary, `content/categories.yaml`. Ids are never renamed. */
export const categorySchema = z.strictObject({
  /** Fixed English id used in facts and open data, e.g. `nir`. */
  id: slugId,
  /** URL slug per language: `/donnees/<fr>/`, `/en/data/<en>/`. */
  slug: z.strictObject({ fr: slugId, en: slugId }),
  /** Short label, as shown in the data tables. */
  label: localized,
  /** Whose data this is: insured people, health professionals, or both. */
  population: z.enum(["insured", "professionals", "both"]),
});

export type Category = z.infer<typeof categorySchema>;
